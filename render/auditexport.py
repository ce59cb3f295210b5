"""The audit log as exports carry it: CSV, a page, the brief's closing table, pack files.

The entries are :mod:`geo.auditlog`'s (:func:`geo.auditlog.concerning`,
:func:`geo.auditlog.since`), newest first:

- :func:`audit_csv` and :func:`audit_html` — the rows as CSV (cells neutralised by
  :func:`geo.table.neutralise`, as every export) and as a page (every field escaped);
- :func:`closing_table` — the brief's closing slide or page "Changes to these incidents":
  the first :data:`CLOSING_LIMIT` entries, and a note of those left out;
- :func:`pack_with_audit` and :func:`pack_with_since` — a brief pack zip with the files.

Every field of the log is untrusted text (a name, a reason, a typed place).
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence
from dataclasses import dataclass

from geo.auditlog import CSV_COLUMNS, AuditEntry
from geo.table import neutralise
from render.briefdoc import clip, plain  # the brief's own text rules

CLOSING_TITLE = "Changes to these incidents"
CLOSING_HEADER = ("When", "Who", "Incident", "Action", "Change", "Why")
CLOSING_LIMIT = 10
"""Entries listed on the closing slide or page; the pack's audit log has them all."""
PACK_AUDIT = "audit_log"
"""The pack's audit log of its incidents: ``audit_log.html`` and ``audit_log.csv``."""
PACK_SINCE = "audit_since_last_brief"
"""The pack's whole log since the last brief (when it opens with the brief's diff)."""


def audit_csv(rows: Sequence[AuditEntry]) -> str:
    """The entries as CSV (:data:`CSV_COLUMNS`), every cell formula-neutral."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: neutralise(v) for k, v in r.row().items()})
    return buf.getvalue()


def audit_html(rows: Sequence[AuditEntry], title: str, subtitle: str = "") -> str:
    """A standalone page of the entries, newest first; every field escaped."""
    e = html.escape
    head = "".join(f"<th>{e(h)}</th>" for h in ("When", "Who", "Incident", "Action", "Change",
                                                 "Why", "Ref"))  # fmt: skip
    parts = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(title)}</title>",
        "<style>body{font:14px/1.4 system-ui,sans-serif;margin:2em auto;max-width:1100px;"
        "padding:0 1em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;"
        "padding:.3em .5em;text-align:left;vertical-align:top}th{background:#eee}"
        ".m{color:#555}</style></head><body>",
        f"<h1>{e(title)}</h1>",
    ]
    if subtitle:
        parts.append(f'<p class="m">{e(subtitle)}</p>')
    if not rows:
        parts.append("<p>No entry: nobody has corrected, merged, split, dismissed or "
                     "restored these incidents.</p></body></html>")  # fmt: skip
        return "".join(parts)
    parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>")
    for r in rows:
        cells = (r.when, r.who, r.incident_id, r.action, r.change, r.why, r.ref)
        parts.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
    parts.append("</tbody></table></body></html>")
    return "".join(parts)


@dataclass(frozen=True)
class ClosingTable:
    """The brief's closing slide or page: rows in :data:`CLOSING_HEADER` order (XML-safe,
    clipped) and a note of what is left out (or that nothing changed)."""

    title: str
    rows: tuple[tuple[str, ...], ...]
    note: str | None


def closing_table(rows: Sequence[AuditEntry], limit: int = CLOSING_LIMIT) -> ClosingTable:
    """The first ``limit`` entries as the closing slide's or page's table.

    Parameters
    ----------
    rows
        The entries about the brief's incidents, newest first (:func:`geo.auditlog.concerning`).
    limit
        How many to list.

    Returns
    -------
    ClosingTable
        Its note counts the entries left out, or says none concerns the incidents.
    """
    shown = rows[: max(0, limit)]
    cells = tuple(
        (clip(plain(r.when), 20), clip(plain(r.who), 30), clip(plain(r.incident_id), 40),
         clip(plain(r.action), 24), clip(plain(r.change), 90), clip(plain(r.why), 80))
        for r in shown
    )  # fmt: skip
    more = len(rows) - len(shown)
    note = None
    if not rows:
        note = "Nobody has corrected, merged, split, dismissed or restored these incidents."
    elif more > 0:
        note = (f"… and {more} older change(s): the Incidents page's audit log and the "
                f"brief pack's {PACK_AUDIT}.html list them all.")  # fmt: skip
    return ClosingTable(CLOSING_TITLE, cells, note)


def _add_files(pack: bytes, files: Sequence[tuple[str, str, str]]) -> bytes:
    """``pack`` with ``(name, text, what it is)`` files added at its end, each with a line
    in README.txt's list of files (the block after its first paragraph)."""
    import zipfile

    names = {name for name, _, _ in files}
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(pack)) as src,
        zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            if info.filename in names:
                continue  # replaced below
            data = src.read(info.filename)
            if info.filename == "README.txt":
                blocks = data.decode("utf-8").split("\n\n")
                at = 1 if len(blocks) > 1 else 0
                blocks[at] = blocks[at].rstrip("\n") + "".join(
                    f"\n{name}  {what}" for name, _, what in files
                )
                data = "\n\n".join(blocks).encode("utf-8")
            dst.writestr(info.filename, data)
        for name, text, _ in files:
            dst.writestr(name, text)
    return out.getvalue()


def _pair(stem: str, rows: Sequence[AuditEntry], title: str, subtitle: str,
          what: str) -> list[tuple[str, str, str]]:  # fmt: skip
    return [
        (f"{stem}.html", audit_html(rows, title, subtitle), what),
        (f"{stem}.csv", audit_csv(rows), f"{what} (CSV)"),
    ]


def pack_with_audit(pack: bytes, rows: Sequence[AuditEntry], n_incidents: int) -> bytes:
    """The brief pack with the audit log of its incidents (:data:`PACK_AUDIT` ``.html`` and
    ``.csv``; ``rows`` from :func:`geo.auditlog.concerning`)."""
    subtitle = (f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'} about the "
                f"{n_incidents} incident(s) of this pack, newest first.")  # fmt: skip
    what = "who changed these incidents, when, how and why"
    return _add_files(pack, _pair(PACK_AUDIT, rows, "Audit log of these incidents",
                                  subtitle, what))  # fmt: skip


def pack_with_since(pack: bytes, rows: Sequence[AuditEntry], brief_name: str) -> bytes:
    """The brief pack with the whole log since the brief ``brief_name`` (:data:`PACK_SINCE`
    ``.html`` and ``.csv``; ``rows`` from :func:`geo.auditlog.since`)."""
    title = f"Audit log since the brief “{brief_name}”"
    subtitle = f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'}, every incident, newest first."
    what = "every change since the last brief"
    return _add_files(pack, _pair(PACK_SINCE, rows, title, subtitle, what))
