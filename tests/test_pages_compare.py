"""AppTests for Compare periods (pages/compare.py) on the fixture data dir: the default
halves, periods from a shared link, tampered links, the sidebar's filters, and a period
typed backwards. The maps themselves are tested in tests/browser/test_compare_browser.py."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pytest  # noqa: E402
from test_pages import SCRIPT, data_dir, make_app, no_errors, texts, warnings  # noqa: E402, F401

pytestmark = pytest.mark.usefixtures("data_dir")  # the fixture data dir of test_pages

COMPARE = "pages/compare.py"
HALVES = {"a_from": "2024-01-02", "a_to": "2024-01-31", "b_from": "2024-02-01",
          "b_to": "2024-02-29"}  # fmt: skip


def periods(at) -> dict[str, date]:
    return {k: at.date_input(key=f"cmp_{k}").value for k in HALVES}


def heads(at) -> list[str]:
    return [s.value for s in at.subheader]


def actor_table(at) -> list[tuple[str, int, int, str]]:
    frame = at.table[0].value
    return [(str(i), int(r["A"]), int(r["B"]), str(r["Change"])) for i, r in frame.iterrows()]


def test_default_periods_are_the_halves_of_the_sidebar_range():
    at = make_app(page=COMPARE)
    no_errors(at)
    assert at.title[0].value == "Compare periods"
    assert periods(at) == {k: date.fromisoformat(v) for k, v in HALVES.items()}
    assert "A: 2024-01-02 – 2024-01-31" in heads(at) and "B: 2024-02-01 – 2024-02-29" in heads(at)
    # A: Kyiv, Kharkiv, Belgorod and the unlocated village; B: Odesa; Donetsk is undated.
    assert "4 incidents · 9 killed · 23 injured" in texts(at)
    assert "1 incident · 1 killed · 0 injured" in texts(at)
    captions = [c.value for c in at.caption]
    assert "By actor: Russia 2 · Ukraine 1 · Unknown 1" in captions
    assert "By actor: Russia 1" in captions
    assert "1 undated incident(s) are in neither period." in captions
    assert actor_table(at) == [("Russia", 2, 1, "-1"), ("Ukraine", 1, 0, "-1"),
                               ("Unknown", 1, 0, "-1")]  # fmt: skip
    assert "**New places in B (1)**" in texts(at) and "- Odesa" in texts(at)
    assert "**Places no longer hit in B (3)**" in texts(at)
    assert "- Belgorod\n- Kharkiv\n- Kyiv" in texts(at)
    assert not at.info and not warnings(at)
    assert dict(at.query_params) == HALVES  # the link to share


def test_a_shared_link_reproduces_the_comparison_and_says_the_periods_overlap():
    link = {"a_from": "2024-01-01", "a_to": "2024-01-10", "b_from": "2024-01-05",
            "b_to": "2024-02-29", "actor": "Russia"}  # fmt: skip
    at = make_app(link, page=COMPARE)
    no_errors(at)
    assert periods(at) == {"a_from": date(2024, 1, 2), "a_to": date(2024, 1, 10),
                           "b_from": date(2024, 1, 5), "b_to": date(2024, 2, 29)}  # fmt: skip
    assert not warnings(at)  # 1 January is before the data: clamped without a fuss
    assert [i.value for i in at.info] == [
        "The periods overlap (2024-01-05 – 2024-01-10, 6 day(s)): an incident in those days "
        "counts in both."
    ]
    # The sidebar's actor filter applies to both: Russia's Kyiv and Kharkiv, then Kharkiv
    # and Odesa.
    assert "2 incidents · 7 killed · 23 injured" in texts(at)
    assert "2 incidents · 1 killed · 3 injured" in texts(at)
    assert actor_table(at) == [("Russia", 2, 2, "+0")]
    assert at.query_params["actor"] == "Russia"


def test_tampered_period_params_warn_by_name_and_fall_back():
    at = make_app({"a_to": SCRIPT, "b_from": "2024-13-40", "b_to": "2024-02-20"}, page=COMPARE)
    no_errors(at)
    assert warnings(at) == [
        "URL parameter 'a_to' is not a date (YYYY-MM-DD); ignored.",
        "URL parameter 'b_from' is not a date (YYYY-MM-DD); ignored.",
    ]
    assert all(SCRIPT not in t for t in [*texts(at), *warnings(at)])
    assert periods(at) == {"a_from": date(2024, 1, 2), "a_to": date(2024, 1, 31),
                           "b_from": date(2024, 2, 1), "b_to": date(2024, 2, 20)}  # fmt: skip
    assert at.query_params["a_to"] == "2024-01-31"  # the URL is mended


def test_a_period_typed_backwards_is_an_error_that_says_why():
    at = make_app(page=COMPARE)
    at.date_input(key="cmp_a_from").set_value(date(2024, 1, 20)).run()
    at.date_input(key="cmp_a_to").set_value(date(2024, 1, 10)).run()
    assert not at.exception
    assert [e.value for e in at.error] == [
        "Period A ends on 2024-01-10, before it starts on 2024-01-20: pick a last day on or "
        "after the first."
    ]
    assert not any("incidents ·" in t for t in texts(at))  # no counts of a period that is not
    assert at.query_params["a_from"] == "2024-01-20"  # the URL keeps the last good one
    assert at.query_params["a_to"] == "2024-01-31"
    at.date_input(key="cmp_a_from").set_value(date(2024, 1, 2)).run()
    no_errors(at)
    assert "3 incidents · 9 killed · 23 injured" in texts(at)  # Kyiv, Belgorod, Kharkiv
    assert (at.query_params["a_from"], at.query_params["a_to"]) == ("2024-01-02", "2024-01-10")


def test_a_new_sidebar_range_gives_new_halves():
    at = make_app(page=COMPARE)
    at.date_input(key="f_to").set_value(date(2024, 1, 11)).run()
    no_errors(at)
    assert periods(at) == {"a_from": date(2024, 1, 2), "a_to": date(2024, 1, 6),
                           "b_from": date(2024, 1, 7), "b_to": date(2024, 1, 11)}  # fmt: skip
    assert "2 incidents · 9 killed · 20 injured" in texts(at)  # Kyiv, Belgorod
    assert "1 incident · 0 killed · 3 injured" in texts(at)  # Kharkiv


def test_the_periods_survive_a_visit_to_another_page():
    at = make_app({"a_from": "2024-01-05", "b_to": "2024-02-10"}, page=COMPARE)
    at.switch_page("pages/map.py").run()
    no_errors(at)
    at.query_params.clear()  # the browser drops the URL's parameters on navigation
    at.switch_page(COMPARE).run()
    no_errors(at)
    assert periods(at) == {"a_from": date(2024, 1, 5), "a_to": date(2024, 1, 31),
                           "b_from": date(2024, 2, 1), "b_to": date(2024, 2, 10)}  # fmt: skip
