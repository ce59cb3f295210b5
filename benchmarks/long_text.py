"""Extraction time against text length: ``python -m benchmarks.long_text [--sizes KB ...]``.

A pasted text with no full stops used to be one "sentence", read once per place it names:
time grew with the square of its length (issue 14: 10 KB 9.9 s, 40 KB 163 s). Sentences are
now cut at ``geo.articles.MAX_SENTENCE`` characters. Prints seconds per size, punctuated and
not, so growth can be read off as linear or not.
"""

from __future__ import annotations

import argparse
import random
import time

_WORDS = [
    "Russian", "forces", "shelled", "Kharkiv", "on", "Monday", "killing", "two", "people",
    "and", "injuring", "five", "in", "the", "Kyivskyi", "district", "of", "the", "city", "the",
    "governor", "said", "drones", "struck", "Sumy", "region", "villages", "near", "Bilopillia",
]  # fmt: skip


def text_of(kb: int, punctuated: bool, seed: int = 1) -> str:
    """About ``kb`` kilobytes of war-report words; a full stop every 25 words if punctuated."""
    rng = random.Random(seed)
    words = [rng.choice(_WORDS) for _ in range(kb * 1024 // 7)]
    if punctuated:
        words = [w + ("." if i % 25 == 24 else "") for i, w in enumerate(words)]
    return " date 2024-05-01 probe\n\n" + " ".join(words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 2048])
    a = ap.parse_args()
    from geo.articles import make_article
    from geo.pipeline import extract_incidents
    from geo.places import default_resolver

    resolver = default_resolver()
    took: dict[tuple[int, bool], float] = {}
    for kb in a.sizes:
        for punctuated in (False, True):
            article = make_article("long.txt", text_of(kb, punctuated))
            t0 = time.perf_counter()
            n = len(extract_incidents([article], resolver))
            dt = took[kb, punctuated] = time.perf_counter() - t0
            kind = "punctuated" if punctuated else "no full stops"
            print(f"{kb:>6} KB {kind:<13} {dt:7.2f} s  {dt / kb * 1024:6.2f} s/MB  {n} incidents")
    # Linear: time grows by the size's factor (quadratic: by its square). Small texts carry a
    # fixed cost, so read the step between the larger sizes.
    for lo, hi in zip(a.sizes, a.sizes[1:], strict=False):
        growth = ", ".join(
            f"{'punctuated' if p else 'no full stops'} ×{took[hi, p] / took[lo, p]:.1f}"
            for p in (False, True)
        )
        print(f"{lo} KB → {hi} KB: size ×{hi / lo:.1f}, time {growth}")


if __name__ == "__main__":
    main()
