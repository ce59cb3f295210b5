"""Heap probe for ``python -m benchmarks.load --probe`` (benchmark-only, never in the app).

Python imports ``sitecustomize`` at start-up from ``sys.path``; the load script puts
this folder first on the server's ``PYTHONPATH`` and sets ``INCIDENT_ATLAS_PROBE`` to a
file. A daemon thread then waits for ``<file>.req`` and answers each request by
appending one JSON line to the file: the server's RSS, Python's allocated blocks, how
many ``AppSession`` and ``DataFrame`` objects are alive (after a full collection) and
how many sessions Streamlit still lists. A request whose text is ``trim`` first calls
glibc's ``malloc_trim(0)``, to tell memory Python freed from memory Python holds.
Nothing runs, and nothing is sampled, between requests.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import sys
import threading
import time
from pathlib import Path


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _sample(trim: bool) -> dict[str, object]:
    gc.collect()
    counts = {"AppSession": 0, "DataFrame": 0}
    for obj in gc.get_objects():
        name = type(obj).__name__
        if name in counts:
            counts[name] += 1
    sessions = None
    if "streamlit.runtime" in sys.modules:
        from streamlit.runtime import Runtime

        if Runtime.exists():
            sessions = len(Runtime.instance()._session_mgr.list_sessions())
    rss_before_trim = _rss_mb()
    if trim:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    return {
        "t": time.time(),
        "rss_mb": round(_rss_mb(), 1),
        "rss_before_trim_mb": round(rss_before_trim, 1) if trim else None,
        "blocks": sys.getallocatedblocks(),
        "sessions_listed": sessions,
        **counts,
    }


def _serve(out: Path) -> None:
    req = out.with_name(out.name + ".req")
    while True:
        time.sleep(0.2)
        try:
            text = req.read_text()
        except OSError:
            continue
        row = _sample(trim=text.strip() == "trim")
        with out.open("a", encoding="utf-8") as f:
            f.write(json.dumps(row) + "\n")
        req.unlink(missing_ok=True)


if os.environ.get("INCIDENT_ATLAS_PROBE"):
    threading.Thread(
        target=_serve,
        args=(Path(os.environ["INCIDENT_ATLAS_PROBE"]),),
        daemon=True,
        name="atlas-probe",
    ).start()
