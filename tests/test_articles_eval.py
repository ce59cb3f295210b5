"""Independent evaluation of `python -m geo extract` on hand-written articles (tests/articles/).

gold.json is in the shared scorer's hidden format; scoring is done by tests/scoring.py (a copy of
/work/shared/tools/score_extract.py plus a per-article check of list-form `not_incidents`).
"""
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scoring  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
ART_DIR = REPO / "tests" / "articles"
GOLD_PATH = ART_DIR / "gold.json"
ARTICLES = sorted(ART_DIR.glob("*.txt"))
TIMEOUT = 600

MIN_RECALL, MIN_PRECISION, MIN_ACTOR = 0.85, 0.85, 0.9


def load_gold():
    with open(GOLD_PATH, encoding="utf-8") as fh:
        return json.load(fh)


def run_extract(files, timeout=TIMEOUT):
    """Run the extractor in a subprocess from the repo root; return CompletedProcess."""
    return subprocess.run([sys.executable, "-m", "geo", "extract", *[str(f) for f in files]],
                          cwd=REPO, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def parse_output(proc):
    assert "Traceback" not in proc.stderr, f"Python traceback in stderr:\n{proc.stderr[-3000:]}"
    assert proc.returncode == 0, f"exit {proc.returncode}; stderr:\n{proc.stderr[-3000:]}"
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise AssertionError(f"stdout is not JSON ({exc}):\n{proc.stdout[:2000]}") from exc


# --------------------------------------------------------------------------- gold self-checks
# These pass without any extractor: they keep the evaluation set itself honest.

def test_gold_internal_consistency():
    gold = load_gold()
    names = {a.name for a in ARTICLES}
    assert len(names) >= 18
    assert {g["article"] for g in gold} == names, "every article has gold rows and every row an article"
    for g in gold:
        where = f"{g['article']}:{g['incident_key']}"
        text = (ART_DIR / g["article"]).read_text(encoding="utf-8")
        assert g["evidence"] and g["evidence"] in text, f"{where}: evidence not verbatim in article"
        w0, w1 = (date.fromisoformat(x) for x in g["date_window"])
        assert w0 <= w1, f"{where}: window out of order"
        assert date(2022, 2, 24) <= w0 and w1 <= date(2025, 12, 31), f"{where}: window outside the war"
        assert 44.0 <= g["lat"] <= 57.0 and 22.0 <= g["lon"] <= 50.0, f"{where}: not in Ukraine/western Russia"
        assert 10 <= g["tolerance_km"] <= 150, where
        assert g["actor"] in ("Russia", "Ukraine", None), where
        assert g["attribution"] in ("alleged", "claimed", "stated"), where
        for c in g["not_incidents"]:
            assert set(c) == {"name", "lat", "lon"}, where
            # a correct marker (anywhere at the true spot) must never be caught by the context check
            dist = scoring.km(g["lat"], g["lon"], c["lat"], c["lon"])
            assert dist > scoring.CONTEXT_KM + 5, f"{where}: context place {c['name']} only {dist:.0f} km away"
    # all rows of one article carry the same context list
    by_art = {}
    for g in gold:
        by_art.setdefault(g["article"], []).append(json.dumps(g["not_incidents"], sort_keys=True))
    assert all(len(set(v)) == 1 for v in by_art.values())
    # one key = one real event: same place and overlapping windows in every article reporting it
    by_key = {}
    for g in gold:
        by_key.setdefault(g["incident_key"], []).append(g)
    for key, rows in by_key.items():
        assert len({r["article"] for r in rows}) == len(rows), f"{key}: twice in one article"
        assert max(r["date_window"][0] for r in rows) <= min(r["date_window"][1] for r in rows), key
        assert all(scoring.km(rows[0]["lat"], rows[0]["lon"], r["lat"], r["lon"]) < 5 for r in rows), key
    assert sum(len(r) > 1 for r in by_key.values()) >= 3, "need at least 3 same-event pairs"


def test_articles_raw_format():
    texts = {a.name: a.read_text(encoding="utf-8") for a in ARTICLES}
    for name, t in texts.items():
        n = len(re.findall(r"\S+", t))
        assert 150 <= n <= 450, f"{name}: {n} words"
    assert sum(t.startswith(" date 20") for t in texts.values()) >= 5
    assert sum(not t.startswith(" date ") for t in texts.values()) >= 5
    assert sum("Advertisement" in t for t in texts.values()) >= 5
    assert any("\u2019" in t or "\u201c" in t for t in texts.values())
    dup = 0
    for t in texts.values():
        lines = [x for x in t.splitlines() if x.strip()]
        dup += any(a == b for a, b in zip(lines, lines[1:], strict=False))
    assert dup >= 5, "duplicated photo captions"


def oracle_prediction(gold):
    """What a perfect extractor would print: one incident per incident_key, merged across articles."""
    incs = {}
    for g in gold:
        inc = incs.setdefault(g["incident_key"], {
            "id": g["incident_key"], "place": g.get("place", g["incident_key"]), "lat": g["lat"], "lon": g["lon"],
            "date_start": max(x["date_window"][0] for x in gold if x["incident_key"] == g["incident_key"]),
            "date_end": min(x["date_window"][1] for x in gold if x["incident_key"] == g["incident_key"]),
            "actor": g["actor"], "attribution": g["attribution"], "sources": []})
        inc["sources"].append({"article": g["article"], "excerpt": "... " + g["evidence"] + " ..."})
    return {"incidents": list(incs.values())}


def test_scorer_on_oracle_and_on_context_trap():
    gold = load_gold()
    pred = oracle_prediction(gold)
    res = scoring.score(gold, pred)
    f = res["figures"]
    assert f["recall"] == 1 and f["precision"] == 1 and f["actor"] == 1 and f["evidence"] == 1, scoring.report(res)
    assert not res["split"] and not res["context_hits"], scoring.report(res)
    # splitting a same-event pair is detected
    key = next(k for k, v in res["per_key"].items() if len(v) > 1)
    inc = next(i for i in pred["incidents"] if i["id"] == key)
    twin = dict(inc, id=key + "-b", sources=inc["sources"][1:])
    inc["sources"] = inc["sources"][:1]
    pred["incidents"].append(twin)
    assert key in scoring.score(gold, pred)["split"]
    # a marker on a context place of the article it cites is detected
    g = next(x for x in gold if x["not_incidents"])
    c = g["not_incidents"][0]
    bad = {"incidents": [{"place": c["name"], "lat": c["lat"], "lon": c["lon"], "date_start": g["date_window"][0],
                          "date_end": g["date_window"][0], "actor": "Russia",
                          "sources": [{"article": g["article"], "excerpt": ""}]}]}
    assert scoring.score(gold, bad)["context_hits"]


# --------------------------------------------------------------------------- extractor evaluation

@pytest.fixture(scope="module")
def eval_result():
    proc = run_extract(ARTICLES)
    pred = parse_output(proc)
    gold = load_gold()
    return gold, pred, scoring.score(gold, pred)


def test_articles_eval_thresholds(eval_result):
    _, _, res = eval_result
    f = res["figures"]
    msg = scoring.report(res)
    assert f["recall"] >= MIN_RECALL, msg
    assert f["precision"] >= MIN_PRECISION, msg
    assert f["actor"] >= MIN_ACTOR, msg


def test_articles_no_context_place_made_incident(eval_result):
    _, _, res = eval_result
    assert not res["context_hits"], scoring.report(res)


def test_same_event_pairs_are_one_incident(eval_result):
    gold, pred, res = eval_result
    problems = []
    for key, arts in res["per_key"].items():
        if len(arts) < 2:
            continue
        common = set.intersection(*arts.values())
        if not common:
            problems.append(f"{key}: " + "; ".join(f"{a} -> incidents {sorted(v) or 'none'}" for a, v in arts.items()))
    assert not problems, "same event not merged into ONE incident:\n" + "\n".join(problems) + "\n" + scoring.report(res)


# --------------------------------------------------------------------------- bad inputs

GOOD_ARTICLE = ART_DIR / "017_uman_missile_reuters.txt"
UMAN = (48.7501, 30.2194)

LATIN1_TEXT = ("Kherson, 3 July 2023 \u2014 Caf\u00e9 owner Andr\u00e9 Petrenko said Russian shelling hit the "
               "market in Kherson on Monday, injuring two people. \u00ab We are used to it \u00bb, he said.\n")


def _bad_input(kind, tmp_path):
    p = tmp_path / f"bad_{kind}.txt"
    if kind == "empty":
        p.write_bytes(b"")
    elif kind == "binary":
        p.write_bytes(bytes(range(256)) * 16 + b"\x00\x00\xff\xfe" + os.urandom(2048))
    elif kind == "latin1":
        p.write_bytes(LATIN1_TEXT.replace("\u2014", "-").encode("latin-1"))
    elif kind == "no_place":
        p.write_text("The central bank left its key interest rate unchanged on Thursday, citing slowing inflation "
                     "and uncertainty about foreign aid. Economists had expected the decision. The next meeting "
                     "is scheduled for next month, officials said.\n", encoding="utf-8")
    elif kind == "huge":
        para = ("The committee met again to discuss the budget and the pension reform. Members said talks would "
                "continue next week, and no decision was expected before the end of the month.\n\n")
        p.write_text(para * (5 * 1024 * 1024 // len(para) + 1), encoding="utf-8")
    return p


@pytest.mark.parametrize("kind", ["empty", "binary", "latin1", "no_place", "huge"])
def test_bad_input_does_not_break_the_batch(kind, tmp_path):
    bad = _bad_input(kind, tmp_path)
    good = tmp_path / GOOD_ARTICLE.name
    good.write_bytes(GOOD_ARTICLE.read_bytes())
    proc = run_extract([bad, good], timeout=300)
    assert "Traceback" not in proc.stderr, f"{kind}: traceback in stderr:\n{proc.stderr[-3000:]}"
    if proc.returncode != 0:
        lines = [x for x in proc.stderr.strip().splitlines() if x.strip()]
        assert len(lines) == 1, f"{kind}: exit {proc.returncode} without a clear one-line message:\n{proc.stderr}"
    try:
        out = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise AssertionError(f"{kind}: stdout not JSON ({exc}); stderr: {proc.stderr[-1000:]}") from exc
    incs = out.get("incidents", [])
    good_hits = [i for i in incs if any(scoring.base(s.get("article", "")) == good.name for s in i.get("sources", []))
                 and scoring.km(float(i["lat"]), float(i["lon"]), *UMAN) <= 15]
    assert good_hits, f"{kind}: the good article in the same call lost its Uman incident: {json.dumps(incs)[:2000]}"
    if kind in ("empty", "binary", "no_place", "huge"):
        cited = [i.get("place") for i in incs if any(scoring.base(s.get("article", "")) == bad.name
                                                     for s in i.get("sources", []))]
        assert not cited, f"{kind}: incidents invented from a file with no event: {cited}"
