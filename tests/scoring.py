"""Importable copy of /work/shared/tools/score_extract.py (same matching logic).

`score(gold, pred)` returns a dict with the figures and the miss lists; `main(argv)` keeps the
original command-line behaviour. Added on top of the original: the check of list-form
`not_incidents` (hidden format), which the shared scorer ignores: no predicted incident that
cites article A may lie within 25 km of a context place listed for article A.
"""
import json
import math
import re
import sys
from datetime import date

CONTEXT_KM = 25


def km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    dp, dl = p2 - p1, math.radians(d - b)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(min(1, math.sqrt(h)))


def norm(s):
    s = (s or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def d(s):
    return date.fromisoformat(str(s)[:10]) if s else None


def gold_rows(gold):
    rows = []
    if isinstance(gold, dict):  # seeds format
        for inc in gold["incidents"]:
            for art in inc["sources"]:
                rows.append(dict(article=art, key=inc["key"], lat=inc["lat"], lon=inc["lon"], tol=inc["tolerance_km"],
                                 window=inc["window"], actor=inc["actor"], attribution=inc["attribution"],
                                 evidence=inc["evidence"].get(art, ""), required=inc["required"]))
        not_inc = {a: gold.get("not_incidents", []) for a in gold["articles"]}
    else:  # hidden format
        not_inc = {}
        for g in gold:
            rows.append(dict(article=g["article"], key=g["incident_key"], lat=g["lat"], lon=g["lon"],
                             tol=g["tolerance_km"], window=g["date_window"], actor=g["actor"],
                             attribution=g["attribution"], evidence=g["evidence"], required=True))
            not_inc[g["article"]] = g.get("not_incidents", [])
    return rows, not_inc


def base(name):
    return str(name).replace("\\", "/").rsplit("/", 1)[-1]


def place_date_ok(p, g):
    try:
        lat, lon = float(p["lat"]), float(p["lon"])
    except (TypeError, ValueError, KeyError):
        return False
    if km(lat, lon, g["lat"], g["lon"]) > g["tol"]:
        return False
    try:
        s, e = d(p.get("date_start")), d(p.get("date_end") or p.get("date_start"))
    except ValueError:
        return False
    w0, w1 = d(g["window"][0]), d(g["window"][1])
    return s is not None and e is not None and w0 <= s and e <= w1


def actor_ok(p, g):
    a = norm(p.get("actor"))
    if g["actor"] is None:
        return True
    return norm(g["actor"])[:5] in a  # 'russi', 'ukrai'


def _list_context_hits(incs, not_inc):
    """List-form not_incidents: per article, no incident citing it within CONTEXT_KM of its context places."""
    hits = []
    for i, p in enumerate(incs):
        try:
            la, lo = float(p["lat"]), float(p["lon"])
        except (TypeError, ValueError, KeyError):
            continue
        for s in p.get("sources", []) or []:
            art = base(s.get("article", ""))
            places = not_inc.get(art)
            if not isinstance(places, list):
                continue
            for c in places:
                if km(la, lo, float(c["lat"]), float(c["lon"])) <= CONTEXT_KM:
                    hits.append(f"{art}:{c['name']}<-{p.get('place')}")
    return hits


def score(gold, pred):
    """Score `pred` ({"incidents": [...]}) against `gold` (seeds dict or hidden-format list).

    Returns {"figures": {recall, precision, actor, attribution, evidence, merged}, "misses": [...],
    "context_hits": [...], "false_positives": [...], "split": [...], "gold": n, "pairs": n}.
    """
    rows, not_inc = gold_rows(gold)
    for x, g in enumerate(rows):  # same article, same spot, same window: one requirement (e.g. 3 sites in one city)
        for h in rows[:x]:
            if h["required"] and h["article"] == g["article"] and h["window"] == g["window"] \
                    and km(h["lat"], h["lon"], g["lat"], g["lon"]) < 2:
                g["required"] = False
    incs = pred.get("incidents", []) if isinstance(pred, dict) else pred
    per_article = {}
    for i, p in enumerate(incs):
        for s in p.get("sources", []) or []:
            per_article.setdefault(base(s.get("article", "")), []).append((i, s))

    by_article = {}
    for gi, g in enumerate(rows):
        by_article.setdefault(g["article"], []).append(gi)
    assigned = {}
    matched_pred = set()
    for art, pairs in per_article.items():
        for i, s in pairs:
            fits = [gi for gi in by_article.get(art, []) if place_date_ok(incs[i], rows[gi])]
            if not fits:
                continue
            p = incs[i]
            best = min(fits, key=lambda gi: (round(km(float(p["lat"]), float(p["lon"]), rows[gi]["lat"], rows[gi]["lon"])
                                                   / rows[gi]["tol"], 1), len(assigned.get(gi, [])), gi))
            assigned.setdefault(best, []).append((i, s))
            matched_pred.add((i, art))
    found = actor = attr = evid = 0
    misses, key_to_pred = [], {}
    req = [r for r in rows if r["required"]]
    for gi, g in enumerate(rows):
        cands = assigned.get(gi, [])
        if not g["required"]:
            continue
        if not cands:
            misses.append(f"{g['article']}:{g['key']}")
            continue
        found += 1
        i, s = cands[0]
        key_to_pred.setdefault(g["key"], set()).update(c[0] for c in cands)
        actor += actor_ok(incs[i], g)
        attr += norm(incs[i].get("attribution")) == norm(g["attribution"])
        ev = norm(g["evidence"])
        evid += any(ev in norm(s2.get("excerpt")) for _, s2 in cands)
    total_pairs = sum(len(v) for v in per_article.values())
    fp = [(i, a) for a, v in per_article.items() for i, _ in v if (i, a) not in matched_pred]
    recall = found / len(req) if req else 0
    precision = (total_pairs - len(fp)) / total_pairs if total_pairs else 0
    per_key = {}
    for gi, g in enumerate(rows):
        if g["required"]:
            per_key.setdefault(g["key"], {})[g["article"]] = {i for i, _ in assigned.get(gi, [])}
    split = [k for k, arts in per_key.items() if len(arts) > 1 and all(arts.values())
             and not set.intersection(*arts.values())]
    context_hits = []
    if isinstance(gold, dict) and isinstance(gold.get("not_incidents"), dict):
        for i, p in enumerate(incs):
            try:
                la, lo = float(p["lat"]), float(p["lon"])
            except (TypeError, ValueError, KeyError):
                continue
            context_hits += [f"{name}<-{p.get('place')}" for name, (a, b) in gold["not_incidents"].items()
                             if km(la, lo, a, b) <= CONTEXT_KM]
    else:
        context_hits += _list_context_hits(incs, not_inc)
    n = max(found, 1)
    figs = dict(recall=recall, precision=precision, actor=actor / n, attribution=attr / n, evidence=evid / n,
                merged=1 - len(split) / max(sum(len(a) > 1 for a in per_key.values()), 1))
    return dict(figures=figs, misses=misses, context_hits=context_hits,
                false_positives=[f"{a}:{incs[i].get('place')}@{incs[i].get('date_start')}" for i, a in fp],
                split=split, gold=len(req), pairs=total_pairs, per_key=per_key)


def report(res):
    """Human-readable summary (the same lines the shared scorer prints)."""
    f = res["figures"]
    return "\n".join([
        "missed: " + (", ".join(res["misses"]) or "none"),
        "context places made incidents: " + (", ".join(res["context_hits"]) or "none"),
        "false positives: " + (", ".join(res["false_positives"]) or "none"),
        "split across several incidents: " + (", ".join(res["split"]) or "none"),
        " ".join(f"{k}={v:.2f}" for k, v in f.items()) + f" (gold {res['gold']}, predicted pairs {res['pairs']})",
    ])


def main(argv):
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    for k in ("recall", "precision", "actor", "evidence"):
        ap.add_argument(f"--min-{k}", type=float, default=0.0)
    ap.add_argument("--require-merge", action="store_true")
    a = ap.parse_args(argv[1:])
    with open(a.gold, encoding="utf-8") as fh:
        gold = json.load(fh)
    with open(a.pred, encoding="utf-8") as fh:
        pred = json.load(fh)
    res = score(gold, pred)
    print(report(res))
    figs = res["figures"]
    ok = (figs["recall"] >= a.min_recall and figs["precision"] >= a.min_precision and figs["actor"] >= a.min_actor
          and figs["evidence"] >= a.min_evidence and (not a.require_merge or not res["split"])
          and not res["context_hits"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
