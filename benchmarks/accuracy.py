"""Extraction accuracy on every hand-coded set: ``python -m benchmarks.accuracy [SET ...]``.

A set is a folder of article files with a ``gold.json`` in the scorer's hidden format
(``tests/holdout/README.md``). Prints, per set: recall, precision, actor and attribution
agreement (the shared scorer's figures), the share of matched incidents dated to the exact
gold window, and casualty figures right where the gold gives one. The blind sets
(``tests/blind/*``) are sealed: score them only when the approach changes, and report the
figure beside the tuned sets' (README, "How well it extracts").

``--misses`` also prints what was missed and every false positive (do not use it on a blind
set you still mean to keep blind).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TUNED = [
    "tests/articles", "tests/holdout", "tests/holdout2",
    "tests/dev/wire2", "tests/dev/local2", "tests/dev/notes2", "tests/dev/pages3",
    "tests/dev/headlines6", "tests/dev/ru_en4", "tests/dev/features7", "tests/dev/local3",
    "tests/dev/wire8", "tests/dev/local8", "tests/dev/notes9", "tests/dev/pages9",
    "tests/dev/variants10", "tests/dev/live10", "tests/dev/official11", "tests/dev/wire11",
    "tests/dev/acled12", "tests/dev/figures12", "tests/dev/roundup12", "tests/dev/mixed13",
    "tests/dev/fresh14", "tests/dev/acled15", "tests/dev/pages15", "tests/dev/villages15",
    "tests/dev/dates15", "tests/dev/mixed16", "tests/dev/posts16", "tests/dev/oblast17",
    "tests/dev/ngo17", "tests/dev/ru17", "tests/dev/long17", "tests/dev/local18",
    "tests/dev/wire18", "tests/dev/acled19", "tests/dev/mixed19",
    "tests/dev/regional20", "tests/dev/long20", "tests/dev/inbox20", "tests/dev/names21",
    "tests/dev/early21", "tests/dev/news22", "tests/dev/wire23", "tests/dev/long23",
    "tests/dev/frontline23", "tests/dev/mixed23", "tests/dev/wire24", "tests/dev/notes24",
    "tests/dev/wire25", "tests/dev/long25", "tests/dev/posts25", "tests/dev/notes26",
    "tests/dev/pages26", "tests/dev/wire27", "tests/dev/mixed27", "tests/dev/long27",
    "tests/dev/wire28", "tests/dev/digest28", "tests/dev/analyst28", "tests/dev/ru29",
    "tests/dev/notes29",
    "tests/dev/pages28", "tests/dev/wire30", "tests/dev/acled30", "tests/dev/pages30",
    "tests/dev/news30", "tests/dev/news31", "tests/dev/news32", "tests/dev/wire33",
    "tests/dev/acled33", "tests/dev/posts34", "tests/dev/pages34", "tests/dev/news33",
    "tests/dev/notes35", "tests/dev/local35", "tests/dev/wire35",
    "tests/dev/news35", "tests/dev/notes36", "tests/dev/notes37", "tests/dev/wire37",
    "tests/dev/news37", "tests/dev/live38", "tests/dev/notes38",
    "tests/dev/regional38", "tests/dev/mixed38", "tests/dev/notes39", "tests/dev/news39",
    "tests/dev/pages39", "tests/dev/ru39", "tests/dev/news40", "tests/dev/news41",
    "tests/dev/notes40", "tests/dev/official40", "tests/dev/news42", "tests/dev/acled42",
    "tests/dev/pages42", "tests/dev/notes42", "tests/dev/news43", "tests/dev/notes43",
    "tests/dev/posts43", "tests/dev/notes44", "tests/dev/posts44", "tests/dev/roundups44",
    # held out when written, read since (sessions 29 to 38)
    "tests/dev/notes45", "tests/dev/news45", "tests/dev/acled45", "tests/dev/notes47",
    "tests/dev/notes46", "tests/dev/notes48", "tests/dev/pages46", "tests/dev/acled46",
    "tests/dev/notes49", "tests/dev/notes50", "tests/dev/news49",
    "tests/dev/news51", "tests/dev/acled51", "tests/dev/pages51", "tests/dev/notes51",
    "tests/dev/news52", "tests/dev/acled52", "tests/dev/pages52", "tests/dev/notes52",
    "tests/dev/news53", "tests/dev/acled53", "tests/dev/pages53", "tests/dev/notes53",
    "tests/dev/news54", "tests/dev/acled54", "tests/dev/pages54", "tests/dev/notes54",
    "tests/dev/news55", "tests/dev/acled55", "tests/dev/pages55", "tests/dev/notes55",
    "tests/dev/news56", "tests/dev/acled56", "tests/dev/pages56", "tests/dev/notes56",
    "tests/dev/news57", "tests/dev/acled57", "tests/dev/pages57", "tests/dev/notes57",
    "tests/dev/news58", "tests/dev/acled58", "tests/dev/pages58", "tests/dev/notes58",
    "tests/dev/news59", "tests/dev/acled59", "tests/dev/pages59", "tests/dev/notes59",
    "tests/dev/news60", "tests/dev/acled60", "tests/dev/pages60", "tests/dev/notes60",
    "tests/dev/news61", "tests/dev/acled61", "tests/dev/pages61", "tests/dev/notes61",
    # (written blind in session 42, scored on arrival, then read and tuned on that session)
    "tests/dev/news63", "tests/dev/acled63", "tests/dev/pages63", "tests/dev/notes63",
    # (written blind in session 42, held out unread that session, read and tuned on in session 43)
    "tests/dev/news62", "tests/dev/acled62", "tests/dev/pages62", "tests/dev/notes62",
    # (written blind in session 43, scored on arrival, then read and tuned on that session)
    "tests/dev/news65", "tests/dev/acled65", "tests/dev/pages65", "tests/dev/notes65",
    # (written blind in session 43, held out unread that session, read and tuned on in session 44)
    "tests/dev/news64", "tests/dev/acled64", "tests/dev/pages64", "tests/dev/notes64",
    # (written blind in session 44, scored on arrival, then read and tuned on that session)
    "tests/dev/news67", "tests/dev/acled67", "tests/dev/pages67", "tests/dev/notes67",
    # (written blind in session 44, held out unread that session, read and tuned on in session 45)
    "tests/dev/news66", "tests/dev/acled66", "tests/dev/pages66", "tests/dev/notes66",
    # (written blind in session 45, scored on arrival, then read and tuned on that session)
    "tests/dev/news69", "tests/dev/acled69", "tests/dev/pages69", "tests/dev/notes69",
    # (written blind in session 45, held out unread that session, read and tuned on in session 46)
    "tests/dev/news68", "tests/dev/acled68", "tests/dev/pages68", "tests/dev/notes68",
    # (written blind in session 46, scored on arrival, then read and tuned on that session)
    "tests/dev/news71", "tests/dev/acled71", "tests/dev/pages71", "tests/dev/notes71",
    # (written blind in session 46, held out unread that session, read and tuned on in session 47)
    "tests/dev/news70", "tests/dev/acled70", "tests/dev/pages70", "tests/dev/notes70",
    # (written blind in session 47, scored on arrival, then read and tuned on that session)
    "tests/dev/news73", "tests/dev/acled73", "tests/dev/pages73", "tests/dev/notes73",
    # (written blind in session 47, held out unread that session, read and tuned on in session 48)
    "tests/dev/news72", "tests/dev/acled72", "tests/dev/pages72", "tests/dev/notes72",
    # (written blind in session 48, scored on arrival, then read and tuned on that session)
    "tests/dev/news75", "tests/dev/acled75", "tests/dev/pages75", "tests/dev/notes75",
    # (written blind in session 48, held out unread that session, read and tuned on in session 49)
    "tests/dev/news74", "tests/dev/acled74", "tests/dev/pages74", "tests/dev/notes74",
    # (written blind in session 49, held out unread that session, read and tuned on in session 50)
    "tests/dev/news76", "tests/dev/acled76", "tests/dev/pages76", "tests/dev/notes76",
    "tests/dev/news77", "tests/dev/acled77", "tests/dev/pages77", "tests/dev/notes77",
    # (written blind in session 50, scored on arrival, then read and tuned on that session)
    "tests/dev/news78", "tests/dev/acled78", "tests/dev/pages78", "tests/dev/notes78",
    # (written blind in session 50, held out unread that session, read and tuned on in session 51)
    "tests/dev/news79", "tests/dev/acled79", "tests/dev/pages79", "tests/dev/notes79",
    # (written blind in session 51, scored on arrival, then read and tuned on that session)
    "tests/dev/news80", "tests/dev/acled80", "tests/dev/pages80", "tests/dev/notes80",
    # (written blind in session 51, held out unread that session, read and tuned on in session 52)
    "tests/dev/news81", "tests/dev/acled81", "tests/dev/pages81", "tests/dev/notes81",
    # (written blind in session 52, scored on arrival, then read and tuned on that session)
    "tests/dev/news82", "tests/dev/acled82", "tests/dev/pages82", "tests/dev/notes82",
    # (written blind in session 52, held out unread while the 81 and 82 sets were read, then
    # read and tuned on that session)
    "tests/dev/news83", "tests/dev/acled83", "tests/dev/pages83", "tests/dev/notes83",
    # (written blind in session 52, held out unread that session, read and tuned on in session 53)
    "tests/dev/news84", "tests/dev/acled84", "tests/dev/pages84", "tests/dev/notes84",
    # (written blind in session 53, scored on arrival, then read and tuned on that session)
    "tests/dev/news85", "tests/dev/acled85", "tests/dev/pages85", "tests/dev/notes85",
    # (written blind in session 53, held out unread that session, read and tuned on in session 54)
    "tests/dev/news86", "tests/dev/acled86", "tests/dev/pages86", "tests/dev/notes86",
    # (written blind in session 54, held out while the 86 sets were read, then read and tuned
    # on that session)
    "tests/dev/news87", "tests/dev/acled87", "tests/dev/pages87", "tests/dev/notes87",
    # (written blind in session 54, held out while the 86 and 87 sets were read, then read and
    # tuned on at that session's end)
    "tests/dev/news88", "tests/dev/acled88", "tests/dev/pages88", "tests/dev/notes88",
    # (written blind in session 54, held out unread that session, read and tuned on in session 55)
    "tests/dev/news89", "tests/dev/acled89", "tests/dev/pages89", "tests/dev/notes89",
    # (written blind in session 55, scored on arrival, then read and tuned on that session)
    "tests/dev/news90", "tests/dev/acled90", "tests/dev/pages90", "tests/dev/notes90",
    # (written blind in session 55, held out while the 89 and 90 sets were read, then read and
    # tuned on at that session's end)
    "tests/dev/news91", "tests/dev/acled91", "tests/dev/pages91", "tests/dev/notes91",
    # (written blind in session 55, held out unread that session, read and tuned on in session 56)
    "tests/dev/news92", "tests/dev/acled92", "tests/dev/pages92", "tests/dev/notes92",
    # (written blind in session 56, scored on arrival, then read and tuned on that session)
    "tests/dev/news93", "tests/dev/acled93", "tests/dev/pages93", "tests/dev/notes93",
    # (written blind in session 56, held out unread that session, read and tuned on in session 57)
    "tests/dev/news94", "tests/dev/acled94", "tests/dev/pages94", "tests/dev/notes94",
    # (written blind in session 57, scored on arrival, then read and tuned on that session)
    "tests/dev/acled95", "tests/dev/acled96",
    # (written blind in session 57, held out unread that session, read and tuned on in session 58)
    "tests/dev/news95", "tests/dev/pages95", "tests/dev/notes95",
    "tests/dev/news96", "tests/dev/pages96", "tests/dev/notes96",
    # (written blind in session 58, scored on arrival, then read and tuned on that session)
    "tests/dev/acled97",
    # (written blind in session 58, held out unread that session, read and tuned on in session 59)
    "tests/dev/news97", "tests/dev/pages97", "tests/dev/notes97",
    # (written blind in session 59, scored on arrival, then read and tuned on that session; the
    # 98 sets' notes and acled and all the 99 sets after this session's first rules, unmoved by
    # them)
    "tests/dev/news98", "tests/dev/pages98", "tests/dev/notes98", "tests/dev/acled98",
    "tests/dev/news99", "tests/dev/pages99", "tests/dev/notes99", "tests/dev/acled99",
]  # fmt: skip
# Written blind in session 59 and not read: scored, never tuned on (the next rounds' material).
HELD_OUT = ["tests/dev/news100", "tests/dev/pages100", "tests/dev/notes100", "tests/dev/acled100"]
BLIND = ["tests/blind/wire", "tests/blind/local", "tests/blind/notes"]


def _scoring() -> Any:
    sys.path.insert(0, str(ROOT / "tests"))
    import scoring

    return scoring


def predict(folder: Path) -> dict[str, Any]:
    """The CLI's ``extract`` output for every article of a folder, computed in-process."""
    from geo.articles import read_metadata
    from geo.pipeline import extract_incidents, load_articles
    from geo.places import default_resolver
    from geo.table import incident_record

    articles, _ = load_articles(sorted(folder.glob("*.txt")), read_metadata(folder))
    return {
        "incidents": [incident_record(i) for i in extract_incidents(articles, default_resolver())]
    }


def _figures_right(
    gold: list[dict[str, Any]], pred: dict[str, Any], scoring: Any, wrong: list[str] | None = None
) -> tuple[int, int]:
    """(right, given): the source's own killed/injured figure against the gold row's.
    ``wrong`` collects a line per figure missed (for ``--misses``)."""
    right = given = 0
    for g in gold:
        for field in ("killed", "injured"):
            want = g.get(field)
            if want is None:
                continue
            given += 1
            row = scoring.gold_rows([g])[0][0]
            got = []
            for p in pred["incidents"]:
                if not scoring.place_date_ok(p, row):
                    continue
                mine = [
                    s for s in p.get("sources", []) if scoring.base(s["article"]) == g["article"]
                ]
                got += [s.get(field) for s in mine]
                if mine and len(mine) == len(p.get("sources", [])):
                    # One article's incident: its figure is that article's account, summed
                    # over sentences ("a woman was injured … her son was also injured").
                    got.append(p.get(field))
            if want in got:
                right += 1
            elif wrong is not None:
                key = f"{g['article']} {g['incident_key']}"
                wrong.append(f"  {key} {field}: want {want}, got {got}")
    return right, given


def _exact_day(gold: list[dict[str, Any]], pred: dict[str, Any], scoring: Any) -> tuple[int, int]:
    """(exact, matched): matched gold rows whose incident has exactly the gold window."""
    exact = matched = 0
    for g in gold:
        row = scoring.gold_rows([g])[0][0]
        hits = [
            p for p in pred["incidents"]
            if scoring.place_date_ok(p, row)
            and any(scoring.base(s["article"]) == g["article"] for s in p.get("sources", []))
        ]  # fmt: skip
        if hits:
            matched += 1
            exact += any([p["date_start"], p["date_end"]] == g["date_window"] for p in hits)
    return exact, matched


def _by_confidence(gold: list[dict[str, Any]], pred: dict[str, Any], scoring: Any) -> str:
    """Precision of the (incident, article) pairs at or above the review threshold, and below."""
    from geo.confidence import REVIEW_BELOW

    rows = {}
    for g in gold:
        rows.setdefault(g["article"], []).append(scoring.gold_rows([g])[0][0])
    tally = {True: [0, 0], False: [0, 0]}
    for p in pred["incidents"]:
        sure = (p.get("confidence") or 0) >= REVIEW_BELOW
        for art in {scoring.base(s["article"]) for s in p.get("sources", [])}:
            tally[sure][1] += 1
            tally[sure][0] += any(scoring.place_date_ok(p, r) for r in rows.get(art, []))
    (a, n), (b, m) = tally[True], tally[False]
    return f"{a / max(n, 1):.2f} of {n} sure, {b / max(m, 1):.2f} of {m} in review"


def score_set(folder: Path, show_misses: bool = False) -> dict[str, Any]:
    """Score one set; returns the figures (and prints the misses when asked)."""
    scoring = _scoring()
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    pred = predict(folder)
    res = scoring.score(gold, pred)
    out = {
        k: round(v, 2)
        for k, v in res["figures"].items()
        if k in ("recall", "precision", "actor", "attribution")
    }
    exact, matched = _exact_day(gold, pred, scoring)
    wrong: list[str] = []
    right, given = _figures_right(gold, pred, scoring, wrong)
    out.update(
        gold=res["gold"],
        predicted=res["pairs"],
        exact_day=round(exact / max(matched, 1), 2),
        figures=f"{right}/{given}",
        precision_by_confidence=_by_confidence(gold, pred, scoring),
    )
    if show_misses:
        print(scoring.report(res))
        print("figures missed:", *wrong, sep="\n")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help=f"folders (default: {' '.join(TUNED)})")
    ap.add_argument("--blind", action="store_true", help="score the sealed blind sets too")
    ap.add_argument("--misses", action="store_true")
    a = ap.parse_args(argv)
    sets = a.sets or TUNED + (BLIND if a.blind else [])
    for s in sets:
        folder = ROOT / s if not Path(s).is_absolute() else Path(s)
        if not (folder / "gold.json").exists():
            print(f"{s}: no gold.json, skipped")
            continue
        print(s, json.dumps(score_set(folder, a.misses)))


if __name__ == "__main__":
    main()
