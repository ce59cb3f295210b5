"""Imported once by the job runner's fork server (``JobRunner(preload=("ui.jobwarm",))``):
loads what every job needs — the modules and the gazetteer (3 s, 360 MB) — so that each job,
forked from it, starts in milliseconds with them in place instead of loading them again.

Importing it has that effect on purpose; nothing else imports it.
"""

from __future__ import annotations

import gc
import sys

try:
    import geo.jobtasks  # noqa: F401 (the Add-article job)
    import geo.layerimport  # noqa: F401 (the Import-layer job)
    import store.sql  # noqa: F401 (the duplicate check opens the store)
    from geo.places import default_resolver

    default_resolver()
except Exception as exc:  # the fork server must start anyway: each job then loads its own
    print(f"ui.jobwarm: not preloaded ({type(exc).__name__}: {exc})", file=sys.stderr)

# Objects loaded here are never freed: keeping the collector off them keeps their memory
# pages shared with every forked job instead of copied into each.
gc.freeze()
