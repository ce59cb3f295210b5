"""Hostile load: abusive sessions and normal viewers on one server at once.

``python -m benchmarks.abuse [--abusers 5] [--viewers 10] [--strict] [--data DIR]``

* one ``streamlit run app.py`` in ``open`` mode (writes allowed), tiles off, on the data dir
  of :mod:`benchmarks.load` (seed articles + the CIR layer: the map at CIR scale), warmed by
  one viewer;
* ``--abusers`` sessions (contexts of one headless Chromium), each in turn, a fresh page per
  request: pastes a 2 MB article into Add article (punctuated, then without full stops) and
  waits for its preview; uploads a 2 MB HTML file there; sends a 200,000-row ACLED export
  (~48 MB) straight to the server's upload endpoint with that page's session (the browser's
  own widget refuses it before sending: the server must refuse it too) and through the
  Import-layer page's widget; imports the largest ACLED file the widget lets through (3 MB,
  ~75,000 rows of the importer's four required columns); opens the Map and Sources with a
  100 KB query string. Each text is its session's own (no shared cache entry);
* meanwhile ``--viewers`` viewers arrive evenly over ``--ramp`` seconds, starting
  ``--delay`` seconds in, and do what ``benchmarks.load`` users do (shared link → "Showing N
  of M incidents" and the map, slider, popup);
* the server's RSS is read every second, then 10 s and ``--after`` seconds (130) once all
  is done (Streamlit keeps a closed tab's session for 120 s).

For every abusive request: the seconds from the request (the text committed, the file
chosen, the URL requested) to the message that ended it, and the message. A summary table
per kind with its budget (:data:`benchmarks.abuse_data.BUDGETS`) and the targets
(:data:`benchmarks.abuse_data.TARGETS`). Exit 1 with ``--strict`` when a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
import urllib.parse
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.abuse_data import (
    ARTICLE_BYTES,
    BUDGETS,
    UPLOAD_LIMIT,
    Outcome,
    acled_csv,
    article_html,
    article_text,
    kind_rows,
    long_query,
    short,
    target_rows,
)
from benchmarks.load import (
    SHARED,
    Result,
    make_data_dir,
    one_user,
    pct,
    rss_mb,
    streamlit_server,
    summary,
)
from benchmarks.server import CHROMIUM, CHROMIUM_ARGS

VIEW = {"width": 1400, "height": 1000}
URL_BYTES = 100_000
# What ends an abusive request: "!" marks a failure (an exception, a lost connection).
MESSAGE_JS = """count => {
  const main = document.querySelector("[data-testid='stMain']");
  const body = document.body ? document.body.innerText : '';
  const lost = body.match(/Connection error[^\\n]*/);
  if (lost) return '!' + lost[0];
  if (!main) return null;
  const ex = main.querySelector("[data-testid='stException']");
  if (ex) return '!' + ex.innerText;
  const t = main.innerText;
  const pv = t.match(/Preview: [\\d,]+ incident\\(s\\) will be (added|imported)/);
  if (pv) return pv[0];
  const fe = t.match(/Error: File must be[^\\n]*/);
  if (fe) return fe[0];
  for (const a of main.querySelectorAll("[data-testid='stAlert']")) {
    const x = a.innerText.trim();
    if (x && !/^Nothing to preview yet/.test(x)) return x;
  }
  const c = count && t.match(/Showing [\\d,]+ of [\\d,]+ incidents/);
  return c ? 'no warning; ' + c[0] : null;
}"""


@dataclass(frozen=True)
class Payloads:
    """One abusive session's files (its own seed: no two sessions share a cached preview)."""

    punctuated: str
    unpunctuated: str
    html: bytes
    big_csv: bytes
    big_rows: int
    fit_csv: bytes
    fit_rows: int

    @classmethod
    def make(cls, seed: int, big_rows: int) -> Payloads:
        big, n_big = acled_csv(big_rows, seed)
        fit, n_fit = acled_csv(10**6, seed, minimal=True, max_bytes=UPLOAD_LIMIT - 4096)
        return cls(
            article_text(ARTICLE_BYTES, True, seed),
            article_text(ARTICLE_BYTES, False, seed),
            article_html(ARTICLE_BYTES, seed),
            big,
            n_big,
            fit,
            n_fit,
        )


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


async def wait_message(
    page: Any, started: float, timeout_s: float, count: bool = False
) -> tuple[float | None, str, bool]:
    """(seconds since ``started``, message, failed) once the page shows what ended it."""
    left = max(1.0, timeout_s - (time.perf_counter() - started))
    try:
        handle = await page.wait_for_function(MESSAGE_JS, arg=count, timeout=left * 1000,
                                              polling=250)  # fmt: skip
    except Exception as exc:  # timed out, or the page went away
        kind = "no message" if "Timeout" in type(exc).__name__ else type(exc).__name__
        return None, f"{kind} within {timeout_s:.0f} s", True
    text = str(await handle.json_value())
    failed = text.startswith("!")
    return time.perf_counter() - started, text.lstrip("!"), failed


async def fresh(ctx: Any, base: str, path: str, timeout_s: float) -> Any:
    page = await ctx.new_page()
    page.set_default_timeout(timeout_s * 1000)
    await page.goto(base + path)
    await page.locator("[data-testid='stMain'] h1").first.wait_for()
    return page


async def abuser(
    browser: Any, base: str, s: int, pay: Payloads, timeout_s: float, bad_query_base: str
) -> list[Outcome]:
    """One abusive session's requests, one after the other; never raises."""
    ctx = await browser.new_context(viewport=VIEW)
    out: list[Outcome] = []

    def note(o: Outcome) -> None:
        out.append(o)
        took = "-" if o.seconds is None else f"{o.seconds:.1f} s"
        log(f"abuser {s}: {o.kind}: {took}: {short(o.message)}")

    async def step(kind: str, coro: Any) -> None:
        try:
            await coro
        except Exception as exc:  # count it and go on with the next request
            note(Outcome(s, kind, None, f"{type(exc).__name__}: {short(str(exc))}", True))

    async def paste(kind: str, text: str) -> None:
        page = await fresh(ctx, base, "/add_article", timeout_s)
        box = page.locator("[data-testid='stTextArea'] textarea").first
        await box.fill(text)
        t0 = time.perf_counter()
        await box.press("Control+Enter")  # Streamlit's text area: apply
        note(Outcome(s, kind, *await wait_message(page, t0, timeout_s)))
        await page.close()

    async def upload(kind: str, path: str, name: str, mime: str, data: bytes, put: bool) -> None:
        page = await fresh(ctx, base, path, timeout_s)
        seen: list[Any] = []
        page.on("request", lambda r: seen.append(r) if "/upload_file/" in r.url else None)
        await page.locator("input[type=file]").first.set_input_files(
            files=[{"name": name, "mimeType": mime, "buffer": data}]
        )
        t0 = time.perf_counter()  # the file is chosen (its bytes crossed the DevTools pipe)
        note(Outcome(s, kind, *await wait_message(page, t0, timeout_s)))
        if put and seen:  # the over-limit file, sent as this session's upload (no widget)
            await server_put(seen[0])
        await page.close()

    async def server_put(req: Any) -> None:
        url = req.url.rsplit("/", 1)[0] + "/" + uuid.uuid4().hex
        token = (await req.all_headers()).get("x-xsrftoken", "")
        cookie = "; ".join(f"{c['name']}={c['value']}" for c in await ctx.cookies(url))
        for kind, chunked in (("import 200k rows: server PUT", False),
                              ("import 200k rows: server PUT chunked", True)):  # fmt: skip
            t0 = time.perf_counter()
            try:
                msg = await raw_put(url, cookie, token, pay.big_csv, chunked, timeout_s)
                failed = not msg.startswith("HTTP/1.1 4")
            except Exception as exc:
                msg, failed = f"{type(exc).__name__}: {short(str(exc), 60)}", True
            note(Outcome(s, kind, time.perf_counter() - t0, msg, failed))

    async def bad_url(kind: str, path: str, key: str) -> None:
        page = await ctx.new_page()
        t0 = time.perf_counter()
        resp = await page.goto(
            base + path + "?" + long_query(URL_BYTES, key, bad_query_base), timeout=timeout_s * 1000
        )
        if resp is not None and resp.status >= 400:
            body = short(await page.inner_text("body"), 60)
            note(Outcome(s, kind, time.perf_counter() - t0, f"HTTP {resp.status} {body}"))
        else:
            note(Outcome(s, kind, *await wait_message(page, t0, timeout_s, count=True)))
        await page.close()

    await step("paste 2 MB punctuated", paste("paste 2 MB punctuated", pay.punctuated))
    await step("paste 2 MB no full stops", paste("paste 2 MB no full stops", pay.unpunctuated))
    await step("upload 2 MB HTML", upload("upload 2 MB HTML", "/add_article", f"s{s}.html",
                                          "text/html", pay.html, put=True))  # fmt: skip
    await step("import 200k rows: browser", upload("import 200k rows: browser", "/import_layer",
               "acled_200k.csv", "text/csv", pay.big_csv, put=False))  # fmt: skip
    await step("import 3 MB ACLED", upload("import 3 MB ACLED", "/import_layer",
               "acled_3mb.csv", "text/csv", pay.fit_csv, put=False))  # fmt: skip
    await step("URL 100 KB: map", bad_url("URL 100 KB: map", "/", "actor"))
    await step("URL 100 KB: sources", bad_url("URL 100 KB: sources", "/sources", "article"))
    await ctx.close()
    return out


async def raw_put(
    url: str, cookie: str, token: str, data: bytes, chunked: bool, timeout_s: float
) -> str:
    """PUT ``data`` as a multipart upload to Streamlit's upload endpoint over a plain socket,
    with its Content-Length or chunked (no length: the server must count); returns the
    status line the server answered with and how much had been sent by then."""
    parts = urllib.parse.urlsplit(url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    bound = uuid.uuid4().hex
    body = (
        f'--{bound}\r\nContent-Disposition: form-data; name="file"; filename="acled.csv"\r\n'
        "Content-Type: text/csv\r\n\r\n".encode()
        + data
        + f"\r\n--{bound}--\r\n".encode()
    )
    length = "Transfer-Encoding: chunked" if chunked else f"Content-Length: {len(body)}"
    writer.write(
        f"PUT {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nCookie: {cookie}\r\n"
        f"X-Xsrftoken: {token}\r\nContent-Type: multipart/form-data; boundary={bound}\r\n"
        f"{length}\r\n\r\n".encode()
    )
    answer = asyncio.create_task(reader.readline())
    sent = 0
    try:
        for k in range(0, len(body), 1 << 16):
            if answer.done():
                break
            piece = body[k : k + (1 << 16)]
            writer.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n" if chunked else piece)
            await writer.drain()
            sent += len(piece)
        else:
            writer.write(b"0\r\n\r\n" if chunked else b"")
        status = await asyncio.wait_for(answer, timeout_s)
    except ConnectionError:  # the server hung up: its answer, if it gave one, was read
        status = await asyncio.wait_for(answer, 5) if not answer.cancelled() else b""
    finally:
        writer.close()
    line = status.decode(errors="replace").strip() or "connection closed, no answer"
    return f"{line} ({sent / 1e6:.1f} of {len(body) / 1e6:.1f} MB sent)"


async def sample_rss(pid: int, into: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        into.append(rss_mb(pid))
        await asyncio.sleep(1.0)


async def drive(
    base: str, pid: int, a: argparse.Namespace, pays: list[Payloads]
) -> tuple[list[Outcome], list[Result], list[float], float]:
    """Abusers and viewers at once; (outcomes, viewers, RSS samples, wall seconds)."""
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        rss: list[float] = []
        stop = asyncio.Event()
        sampler = asyncio.create_task(sample_rss(pid, rss, stop))
        t0 = time.perf_counter()
        abusers = [
            asyncio.create_task(abuser(browser, base, s, pays[s], a.timeout, SHARED[2:]))
            for s in range(a.abusers)
        ]
        release, all_done, done = asyncio.Event(), asyncio.Event(), list[int]()
        gap = a.ramp / max(1, a.viewers - 1)
        viewers = [
            asyncio.create_task(one_user(browser, base + SHARED, i, release, done, a.viewers,
                                         all_done, None, a.timeout, a.delay + i * gap))
            for i in range(a.viewers)
        ]  # fmt: skip
        await all_done.wait()
        log(f"viewers done; {sum(not t.done() for t in abusers)} abusive session(s) still going")
        release.set()
        results = list(await asyncio.gather(*viewers))
        outcomes = [o for t in await asyncio.gather(*abusers) for o in t]
        wall = time.perf_counter() - t0
        stop.set()
        await sampler
        await browser.close()
    return outcomes, results, rss, wall


def report(
    outcomes: list[Outcome], viewers: list[Result], rss: list[float], after: float, a: Any
) -> bool:
    """Print the per-request list, the per-kind table and the targets; True if all met."""
    print("\nEvery abusive request (session, kind, seconds to its message, message):")
    for o in sorted(outcomes, key=lambda o: (list(BUDGETS).index(o.kind), o.session)):
        took = "   -   " if o.seconds is None else f"{o.seconds:7.1f}"
        flag = "" if o.within_budget else "  ← over budget" if not o.failed else "  ← FAILED"
        print(f"  {o.session}  {o.kind:<37} {took} s  {short(o.message, 80)}{flag}")
    print("\n| kind | requests | answered | within budget | p50 s | max s | budget s | message |")
    print("|---|---|---|---|---|---|---|---|")
    for r in kind_rows(outcomes):
        p50, mx = (f"{r[k]:.1f}" if r[k] is not None else "-" for k in ("p50", "max"))
        msgs = "; ".join(str(m) for m in r["messages"])  # type: ignore[attr-defined]
        print(f"| {r['kind']} | {r['n']} | {r['answered']} | {r['in_budget']} | {p50} | {mx} | "
              f"{r['budget']:g} | {msgs} |")  # fmt: skip
    ready = [v.ready for v in viewers if v.ready is not None]
    errors = [v.error for v in viewers if v.error]
    print(f"\nviewers: {len(viewers)}, arriving over {a.ramp:g} s from {a.delay:g} s in")
    print("  " + summary("time to ready ", ready))
    print("  " + summary("slider → count", [v.slider for v in viewers if v.slider]))
    print("  " + summary("popup         ", [v.popup for v in viewers if v.popup]))
    for e in errors:
        print("  " + str(e))
    peak = max(rss) if rss else float("nan")
    print(f"server RSS during the run: peak {peak:.0f} MB, p50 {pct(rss, 0.5):.0f} MB; "
          f"{a.after:g} s after: {after:.0f} MB")  # fmt: skip
    rows = target_rows(ready, len(errors), peak, after, outcomes)
    print("\n| target | measured | wanted | met |\n|---|---|---|---|")
    for name, got, want, met in rows:
        print(f"| {name} | {got} | {want} | {'yes' if met else '**no**'} |")
    return all(r[3] for r in rows)


def run(a: argparse.Namespace, data: Path) -> int:
    log(f"making payloads for {a.abusers} abusive session(s) …")
    pays = [Payloads.make(s + 1, a.rows) for s in range(a.abusers)]
    p = pays[0]
    log(f"paste {len(p.punctuated):,} B; HTML {len(p.html):,} B; over-limit CSV "
        f"{len(p.big_csv):,} B ({p.big_rows:,} rows); 3 MB CSV {len(p.fit_csv):,} B "
        f"({p.fit_rows:,} rows); URL {URL_BYTES:,} B")  # fmt: skip
    os.environ["INCIDENT_ATLAS_MODE"] = "open"  # the server inherits it: writes allowed
    with streamlit_server(data) as (base, proc):
        from benchmarks.load import drive as warm_drive

        warm, *_ = asyncio.run(warm_drive(base + SHARED, 1, proc.pid, None, a.timeout))
        log(f"warm-up: ready {warm[0].ready or float('nan'):.2f} s {warm[0].error or ''}; "
            f"RSS {rss_mb(proc.pid):.0f} MB; load average {os.getloadavg()[0]:.1f}")  # fmt: skip
        outcomes, viewers, rss, wall = asyncio.run(drive(base, proc.pid, a, pays))
        log(f"all done in {wall:.0f} s; load average {os.getloadavg()[0]:.1f}; "
            f"waiting {a.after:g} s")  # fmt: skip
        time.sleep(min(10.0, a.after))
        soon = rss_mb(proc.pid)
        time.sleep(max(0.0, a.after - 10))
        after = rss_mb(proc.pid)
        log(f"server RSS 10 s after: {soon:.0f} MB; {a.after:g} s after: {after:.0f} MB")
        alive = proc.poll() is None
    print(f"\ndate {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, "
          f"server {'alive' if alive else 'DEAD'} at the end, wall {wall:.0f} s")  # fmt: skip
    met = report(outcomes, viewers, rss, after, a) and alive
    return 1 if a.strict and not met else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.abuse", description=__doc__)
    ap.add_argument("--abusers", type=int, default=5)
    ap.add_argument("--viewers", type=int, default=10)
    ap.add_argument("--rows", type=int, default=200_000, help="rows of the over-limit import")
    ap.add_argument("--delay", type=float, default=10, help="s before the first viewer")
    ap.add_argument("--ramp", type=float, default=60, help="viewers arrive over this many s")
    ap.add_argument(
        "--after",
        type=float,
        default=130,
        help="s after the run to read RSS (Streamlit keeps a closed tab's session 120 s)",
    )
    ap.add_argument("--timeout", type=float, default=900, help="per request (s)")
    ap.add_argument("--data", type=Path, default=None, help="use this data dir as it is")
    ap.add_argument("--seed-only", action="store_true", help="leave the CIR layer out")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="atlas-abuse-") as tmp:
        data = a.data or make_data_dir(Path(tmp) / "data", with_layer=not a.seed_only)
        return run(a, data)


if __name__ == "__main__":
    raise SystemExit(main())
