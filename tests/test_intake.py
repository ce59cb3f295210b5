"""geo.intake: validating submissions, previewing incidents, saving articles safely."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from geo import intake
from geo.htmltext import html_to_text
from geo.intake import (
    DuplicateArticleError,
    find_duplicates,
    parse_submission,
    preview,
    save_article,
)
from geo.jobtasks import ArticleInput, preview_article
from geo.places import default_resolver

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2024, 6, 1)

KHARKIV = (
    "Russian missiles struck the centre of Kharkiv on 3 March 2024, killing two people "
    "and injuring ten, the regional governor said. Rescue workers searched the rubble of "
    "a five-storey building through the night.\n"
)
ODESA = (
    "Russian drones hit the port of Odesa on 12 April 2024, injuring four people, the "
    "regional administration said on Friday. Grain terminals were damaged in the attack.\n"
)
HTML = (
    "<!DOCTYPE html><html><head><title>x</title><script>var tracking = 1;</script>"
    "<style>p { color: red }</style></head><body><nav>Home | World | Sport | Weather</nav>"
    "<article><h1>Strike on Kharkiv</h1><p>" + KHARKIV.strip() + "</p>"
    "<p>The governor said more details would follow.</p></article>"
    "<footer>Copyright Example News</footer></body></html>"
)


def sub(text: str = KHARKIV, **kw):
    return parse_submission(text=text, today=TODAY, **kw)


# ---- parse_submission ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "expect"),
    [
        ({"text": KHARKIV}, {"text": KHARKIV, "title": None, "published": None}),
        ({"text": KHARKIV.strip(), "title": "  Strike  ", "outlet": "Example",
          "url": "https://example.org/a", "published": "2024-03-03"},
         {"text": KHARKIV, "title": "Strike", "outlet": "Example",
          "url": "https://example.org/a", "published": date(2024, 3, 3)}),
        ({"text": KHARKIV.replace("\n", "\r\n")}, {"text": KHARKIV}),
        ({"text": KHARKIV, "published": date(2024, 3, 3)}, {"published": date(2024, 3, 3)}),
        ({"text": KHARKIV, "published": ""}, {"published": None}),
        ({"upload": KHARKIV.encode(), "filename": "a.txt"}, {"text": KHARKIV, "origin": "a.txt"}),
        ({"upload": b"\xef\xbb\xbf" + KHARKIV.encode(), "filename": "a.TXT"}, {"text": KHARKIV}),
        ({"upload": "Kyiv’s mayor said Russian drones struck Kyiv.".encode(),
          "filename": "k.txt"}, {"text": "Kyiv’s mayor said Russian drones struck Kyiv.\n"}),
        ({"text": "ignored", "upload": KHARKIV.encode(), "filename": "a.txt"}, {"text": KHARKIV}),
    ],
)
def test_good_submissions(kwargs, expect):
    s = parse_submission(today=TODAY, **kwargs)
    for k, v in expect.items():
        assert getattr(s, k) == v


def test_html_upload_is_reduced_to_main_text():
    s = parse_submission(upload=HTML.encode(), filename="page.html", today=TODAY)
    assert "Russian missiles struck the centre of Kharkiv" in s.text
    for junk in ("tracking", "color: red", "Home | World", "<p>"):
        assert junk not in s.text


def test_stdlib_html_fallback_drops_script_style_nav(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails → fallback
    text = html_to_text(HTML)
    assert "Russian missiles struck the centre of Kharkiv" in text
    assert "Strike on Kharkiv" in text
    for junk in ("tracking", "color: red", "Home | World", "Copyright"):
        assert junk not in text


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "Paste the article's text"),
        ({"text": "   \n\t "}, "Paste the article's text"),
        ({"upload": b"", "filename": "a.txt"}, "empty"),
        ({"upload": b"  \n ", "filename": "a.txt"}, "empty"),
        ({"upload": b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" * 10, "filename": "a.txt"}, "binary"),
        ({"upload": b"x" * 2_000_001, "filename": "a.txt"}, "MB"),
        ({"text": "word " * 500_000}, "MB"),
        ({"upload": "Café strike in Kherson killed two people".encode("latin-1"),
          "filename": "a.txt"}, "not UTF-8"),
        ({"upload": KHARKIV.encode(), "filename": "a.pdf"}, "only .txt and .html"),
        ({"upload": KHARKIV.encode(), "filename": "a"}, "only .txt and .html"),
        ({"text": "\x01\x02\x03\x04" * 50 + KHARKIV}, "binary"),
        ({"text": "hello world"}, "fewer than 5 words"),
        ({"text": "12345 67890 !!! ??? ... 42"}, "fewer than 5 words"),
        ({"upload": b"<html><body><script>x()</script></body></html>", "filename": "a.html"},
         "no readable text"),
        ({"text": KHARKIV, "title": "two\nlines"}, "title must be a single line"),
        ({"text": KHARKIV, "title": "t" * 301}, "at most 300"),
        ({"text": KHARKIV, "url": "javascript:alert(1)"}, "http:// or https://"),
        ({"text": KHARKIV, "url": "example.org"}, "http:// or https://"),
        ({"text": KHARKIV, "published": "03/03/2024"}, "2024-03-01"),
        ({"text": KHARKIV, "published": "2030-01-01"}, "in the future"),
    ],
)
def test_bad_submissions(kwargs, message):
    with pytest.raises(ValueError, match=message.replace("|", r"\|").replace(".", r"\.")):
        parse_submission(today=TODAY, **kwargs)


# ---- preview and duplicates ------------------------------------------------------------


@pytest.fixture
def store(tmp_path):
    """An empty store (SQLite in the test's directory; the contract tests cover both)."""
    from store import open_store

    opened = open_store(tmp_path)
    yield opened
    opened.close()


def stored(store) -> dict[str, dict]:
    """The stored articles' metadata rows, by file."""
    return {r["file"]: r for r in store.articles().to_dict("records")}


def test_preview_shows_incident_place_and_excerpt(store):
    p = preview(sub(), store, default_resolver())
    assert len(p.incidents) == 1
    inc = p.incidents[0]
    assert inc["place"] == "Kharkiv" and inc["date_start"] == "2024-03-03"
    assert "struck the centre of Kharkiv" in inc["sources"][0]["excerpt"]
    assert inc["killed"] == 2
    assert p.duplicates == []


def test_duplicates_exact_and_near(store):
    store.add_article(KHARKIV, file="001_a.txt")
    store.add_article(ODESA, file="002_b.txt")
    same = find_duplicates(KHARKIV.upper(), store)
    assert [(d.file, d.identical) for d in same] == [("001_a.txt", True)]
    near = KHARKIV + "Officials said more details would be released later today.\n"
    dups = find_duplicates(near, store)
    assert [d.file for d in dups] == ["001_a.txt"] and dups[0].score >= 0.8
    assert not dups[0].identical
    # Sharing a sentence or two is not a duplicate.
    mixed = KHARKIV.split(",")[0] + ". " + ODESA.split(",")[0] + ". " + "Other news " * 40
    assert find_duplicates(mixed, store) == []


def test_the_preview_job_reads_html_previews_and_checks_duplicates(store):
    # the worker opens the store by its URL, as the page passes it (this module's store is
    # SQLite; the contract tests cover PostgreSQL)
    store_url = store.engine.url.render_as_string(hide_password=False)
    store.add_article(KHARKIV, file="001_a.txt")
    told: list[tuple[int, int]] = []
    raw = ArticleInput(upload=HTML.encode(), filename="strike.html")
    sub, pv = preview_article(raw, store_url, progress=lambda d, n: told.append((d, n)))
    assert "Strike on Kharkiv" in sub.text and "tracking" not in sub.text
    assert sub.origin == "strike.html"
    assert [i["place"] for i in pv.incidents] == ["Kharkiv"]
    assert [d.file for d in pv.duplicates] == ["001_a.txt"]  # the worker opened the store
    assert told and told[-1][0] == told[-1][1] - 1  # every sentence reported, the last too
    with pytest.raises(ValueError, match="fewer than 5 words"):
        preview_article(ArticleInput(text="hello world"), None)


def test_metadata_is_checked_apart_from_the_text():
    body = sub(KHARKIV, title="Old", url="https://example.org/a")
    new = intake.with_metadata(body, title=" New ", outlet="Ex", published="2024-03-03",
                               today=TODAY)  # fmt: skip
    assert (new.text, new.origin) == (body.text, body.origin)
    assert (new.title, new.outlet, new.url, new.published) == ("New", "Ex", None, date(2024, 3, 3))
    with pytest.raises(ValueError, match="http:// or https://"):
        intake.with_metadata(body, url="ftp://example.org/x")
    with pytest.raises(ValueError, match="at most 300"):
        intake.with_metadata(body, title="t" * 400)


def test_the_preview_inputs_fingerprint_changes_with_every_value():
    base = ArticleInput(text=KHARKIV, upload=b"x", filename="a.txt", published=date(2024, 3, 3))
    others = [ArticleInput(**{**base.__dict__, k: v}) for k, v in
              [("text", KHARKIV + "!"), ("upload", b"y"), ("filename", "b.txt"),
               ("published", date(2024, 3, 4)), ("published", None)]]  # fmt: skip
    digests = {base.digest(), *(o.digest() for o in others)}
    assert len(digests) == 1 + len(others)
    assert ArticleInput(text=KHARKIV).digest() == ArticleInput(text=KHARKIV).digest()


# ---- saving ----------------------------------------------------------------------------


def test_save_stores_text_and_metadata(store, tmp_path):
    s = sub(title="Strike on Kharkiv!", outlet="Example", published="2024-03-03")
    saved = save_article(store, s)
    assert saved.file == "000_strike-on-kharkiv.txt"
    assert store.article_text(saved.file) == KHARKIV
    meta = stored(store)
    assert meta[saved.file]["title"] == "Strike on Kharkiv!"
    assert meta[saved.file]["published"] == "2024-03-03"
    s2 = sub(ODESA)
    saved2 = save_article(store, s2)
    assert saved2.file.startswith("001_russian-drones-hit")
    assert set(stored(store)) == {saved.file, saved2.file}
    assert not (tmp_path / "articles").exists()  # no file is written: the store keeps them


def test_save_keeps_existing_index_rows(tmp_path):
    from store.migrate import open_seeded

    arts = tmp_path / "articles"
    arts.mkdir()
    (arts / "index.csv").write_text(
        "file,title,outlet,url,published,language\n007_old.txt,Old,,,2022-07-05,en", "utf-8"
    )
    (arts / "007_old.txt").write_text(ODESA, encoding="utf-8")
    store, _report = open_seeded(tmp_path)  # as the app opens it: the files are imported
    saved = save_article(store, sub(title="New"))
    assert saved.file == "008_new.txt"
    rows = list(stored(store).values())
    store.close()
    assert [r["file"] for r in rows] == ["007_old.txt", "008_new.txt"]
    assert rows[0]["language"] == "en"


def test_duplicate_needs_confirmation(store):
    save_article(store, sub())
    before = sorted(stored(store))
    with pytest.raises(DuplicateArticleError, match="confirm"):
        save_article(store, sub())
    assert sorted(stored(store)) == before
    save_article(store, sub(), allow_duplicate=True)
    assert len(stored(store)) == 2


def test_the_same_text_saved_at_once_is_refused_in_the_transaction(store, monkeypatch):
    """The near-duplicate check runs before the write; the same words are checked again
    inside it, so a save that raced past the first check is still refused."""
    monkeypatch.setattr(intake, "find_duplicates", lambda *_a, **_k: [])
    save_article(store, sub())
    with pytest.raises(DuplicateArticleError, match="confirm"):
        save_article(store, sub())
    assert len(stored(store)) == 1


def test_concurrent_saves_are_all_kept(store):
    n = 16
    texts = [f"{KHARKIV}Update number {i} {'extra words here ' * i}\n" for i in range(n)]
    errors: list[BaseException] = []
    barrier = threading.Barrier(n)

    def work(i: int) -> None:
        try:
            barrier.wait()
            save_article(store, sub(texts[i], title="Same title"), allow_duplicate=True)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    files = sorted(stored(store))
    assert len(files) == n and len(set(files)) == n
    assert all(stored(store)[f]["title"] == "Same title" for f in files)
    texts_stored = {store.article_text(f) for f in files}
    assert texts_stored == {parse_submission(text=t, today=TODAY).text for t in texts}


def test_a_taken_number_is_never_reused(store):
    store.add_article(ODESA, file="000_x.txt")
    # Another writer stored 000_x.txt: the next save takes the next number.
    saved = save_article(store, sub(title="x"))
    assert saved.file == "001_x.txt"
    assert store.article_text("000_x.txt") == ODESA


# ---- write_atomic under SIGKILL ----------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from geo.atomicfile import write_atomic
    target = Path(sys.argv[1])
    i = 0
    print("ready", flush=True)
    while True:
        i += 1
        write_atomic(target, (f"version {{i}}\\n" + "x" * 200_000 + f"\\nend {{i}}\\n"))
    """
)


def _whole(text: str) -> bool:
    lines = text.split("\n")
    return (len(lines) == 4 and lines[0].startswith("version ")
            and lines[2] == "end " + lines[0].split()[1] and len(lines[1]) == 200_000)


@pytest.mark.parametrize("delay", [0.05, 0.13, 0.31])
def test_write_atomic_survives_sigkill(tmp_path, delay):
    target = tmp_path / "index.csv"
    target.write_text("version 0\n" + "x" * 200_000 + "\nend 0\n", encoding="utf-8")
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(root=str(ROOT)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(target)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    text = target.read_text(encoding="utf-8")
    assert _whole(text), text[:80]
    # Only leftover temp files (never a half-written target) may remain.
    others = [p.name for p in tmp_path.iterdir() if p.name not in ("index.csv", "writer.py")]
    assert all(n.startswith(".index.csv.") and n.endswith(".tmp") for n in others), others
