"""Extraction speed: ``python -m benchmarks.extract``.

Prints gazetteer load time (warm disk cache) and articles per second on one
core for the seed and evaluation articles cut into ~200-word articles.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from geo.articles import make_article
from geo.model import Article

ROOT = Path(__file__).resolve().parent.parent


def sample_articles(words: int = 200) -> list[Article]:
    """~200-word articles cut from every article we have, each keeping a date line."""
    out = []
    paths = sorted((ROOT / "data" / "articles").glob("*.txt")) + sorted(
        (ROOT / "tests" / "articles").glob("*.txt")
    )
    for path in paths:
        text = path.read_text(encoding="utf-8")
        tokens = re.split(r"(\s+)", text)
        for i in range(0, len(tokens), words * 2):
            chunk = "".join(tokens[i : i + words * 2])
            if len(chunk.split()) > words // 2:
                out.append(make_article(f"{path.stem}-{i}.txt", " date 2023-06-01 " + chunk))
    return out


def main() -> None:
    from geo.gazetteer import Gazetteer, clear_memo
    from geo.pipeline import extract_incidents
    from geo.places import GazetteerResolver

    Gazetteer.load()  # make sure the disk cache is warm
    clear_memo()
    t0 = time.perf_counter()
    gaz = Gazetteer.load()
    load_s = time.perf_counter() - t0
    articles = sample_articles()
    resolver = GazetteerResolver(gaz)
    extract_incidents(articles[:5], resolver)  # warm-up: regexes, caches
    t0 = time.perf_counter()
    incidents = extract_incidents(articles, resolver)
    run_s = time.perf_counter() - t0
    words = sum(len(a.text.split()) for a in articles)
    print(f"gazetteer ready (warm disk cache): {load_s:.2f} s   (target <= 1 s)")
    print(
        f"extraction: {len(articles)} articles, {words / len(articles):.0f} words each on average, "
        f"{run_s:.2f} s -> {len(articles) / run_s:.1f} articles/s on one core (target >= 20); "
        f"{len(incidents)} incidents"
    )


if __name__ == "__main__":
    main()
