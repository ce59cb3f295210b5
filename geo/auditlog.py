"""The audit log as exports carry it: who changed which incident, when, how and why.

The corrections log (:mod:`geo.corrections`, oldest first, append-only) is read as
:class:`AuditEntry` rows, newest first (log order, not the ``when`` column: editors'
clocks differ, the log's order is the one the app applied):

- :func:`concerning` — the entries about a set of incidents: on one of them, on an
  incident merged into one of them (merges in effect, followed through chains), or
  naming one as what a merge absorbed or a split made; proposals and decisions on them
  under the two-person rule (:mod:`geo.review`) included;
- :func:`since` — every entry from a position of the log on (a brief's ``log_length``);
- :func:`audit_csv` and :func:`audit_html` — the rows as CSV (cells neutralised by
  :func:`render.exporters.neutralise`, as every export) and as a page (every field escaped);
- :func:`closing_table` — the brief's closing slide or page "Changes to these incidents":
  the first :data:`CLOSING_LIMIT` entries, and a note of those left out;
- :func:`pack_with_audit` and :func:`pack_with_since` — a brief pack zip with the files.

Every field of the log is untrusted text (a name, a reason, a typed place). Pure: no
Streamlit, no store.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from geo.corrections import Correction, describe, entry_ref
from geo.review import UNDO_MERGE, merges

CSV_COLUMNS = ("ref", "when", "who", "incident_id", "action", "field", "old", "new", "why")
CLOSING_TITLE = "Changes to these incidents"
CLOSING_HEADER = ("When", "Who", "Incident", "Action", "Change", "Why")
CLOSING_LIMIT = 10
"""Entries listed on the closing slide or page; the pack's audit log has them all."""
PACK_AUDIT = "audit_log"
"""The pack's audit log of its incidents: ``audit_log.html`` and ``audit_log.csv``."""
PACK_SINCE = "audit_since_last_brief"
"""The pack's whole log since the last brief (when it opens with the brief's diff)."""
_WORDS = {
    "set": "corrected", "merge": "merged", "split": "split", "not_incident": "dismissed",
    "restore": "restored", "confirm": "confirmed", "accepted": "accepted",
    "rejected": "rejected",
}  # fmt: skip


@dataclass(frozen=True)
class AuditEntry:
    """One log entry as an analyst reads it (values described, still untrusted text)."""

    ref: str
    when: str
    who: str
    incident_id: str
    action: str
    field: str
    old: str
    new: str
    why: str
    change: str
    """``"killed: 2 → 5"``, ``"merged b-2 into a-1"``: what the entry did, in words."""

    def row(self) -> dict[str, str]:
        """The CSV row (:data:`CSV_COLUMNS`), not yet neutralised."""
        return {k: getattr(self, k) for k in CSV_COLUMNS}


def _kind(c: Correction) -> tuple[str, str]:
    """The action and field a correction — or the one a proposal carries — makes."""
    if c.action == "proposed":
        action, _, fld = c.field.partition(":")
        return action, fld
    return c.action, c.field


def _word(action: str, fld: str) -> str:
    if action == "restore" and fld == UNDO_MERGE:
        return "undid a merge"
    return _WORDS.get(action, action)


def _change(c: Correction, proposals: dict[str, Correction]) -> str:
    """What ``c`` did (or, a proposal, would do), in plain words."""
    action, fld = _kind(c)
    if action == "set":
        return f"{fld}: {describe(fld, c.old_value)} → {describe(fld, c.new_value)}"
    if action == "merge":
        return f"merged {c.new_value} into {c.incident_id}"
    if action == "split":
        return f"source {c.old_value} moved to a new incident {c.new_value}"
    if action == "not_incident":
        return "not an incident"
    if action == "restore":
        if fld == UNDO_MERGE:
            return f"undid the merge of {c.new_value} into {c.incident_id} ({c.old_value})"
        return "restored"
    if action == "confirm":
        return "reviewed, nothing changed"
    if action in ("accepted", "rejected"):
        ref = c.old_value.strip()
        proposal = proposals.get(ref)
        if proposal is None:
            return f"proposal {ref}"
        return f"{proposal.who}'s proposal {ref}: {_change(proposal, proposals)}"
    return c.action


def _entry(c: Correction, proposals: dict[str, Correction]) -> AuditEntry:
    action, fld = _kind(c)
    word = _word(action, fld)
    return AuditEntry(
        ref=entry_ref(c), when=c.when, who=c.who, incident_id=c.incident_id,
        action=f"proposed: {word}" if c.action == "proposed" else word, field=fld,
        old=describe(fld, c.old_value) if action == "set" else c.old_value,
        new=describe(fld, c.new_value) if action == "set" else c.new_value,
        why=c.reason, change=_change(c, proposals),
    )  # fmt: skip


def entries(log: Sequence[Correction], keep: Iterable[bool] | None = None) -> list[AuditEntry]:
    """The log's entries (those ``keep`` marks, when given) as :class:`AuditEntry`, newest
    first.

    Parameters
    ----------
    log
        The whole log, oldest first (an acceptance names a proposal anywhere in it).
    keep
        One flag per log entry; None keeps them all.
    """
    proposals = {entry_ref(c): c for c in log if c.action == "proposed"}
    flags = list(keep) if keep is not None else [True] * len(log)
    return [_entry(c, proposals) for c, k in zip(log, flags, strict=True) if k][::-1]


def related_ids(log: Sequence[Correction], ids: Collection[str]) -> set[str]:
    """``ids`` and every incident merged (in effect) into one of them, through chains."""
    out = {str(i).strip() for i in ids}
    folded = [(c.incident_id.strip(), c.new_value.strip()) for _, c in merges(log)]
    grew = True
    while grew:  # a chain of merges: each pass follows one more link
        grew = False
        for kept, absorbed in folded:
            if kept in out and absorbed not in out:
                out.add(absorbed)
                grew = True
    return out


def _concerns(c: Correction, ids: set[str]) -> bool:
    if c.incident_id.strip() in ids:
        return True
    action, _ = _kind(c)
    # A merge names what it absorbed, a split the incident it made, in ``new_value``.
    return action in ("merge", "split") and c.new_value.strip() in ids


def concerning(log: Sequence[Correction], ids: Collection[str]) -> list[AuditEntry]:
    """The entries that concern the incidents ``ids``, newest first.

    Parameters
    ----------
    log
        The whole log, oldest first (:meth:`store.base.AtlasStore.corrections`).
    ids
        The incidents, e.g. those of a brief pack.

    Returns
    -------
    list of AuditEntry
        Entries on one of them or on an incident merged into one (:func:`related_ids`), and
        merges and splits naming one as absorbed or made.
    """
    wanted = related_ids(log, ids)
    return entries(log, (_concerns(c, wanted) for c in log))


def since(log: Sequence[Correction], start: int) -> list[AuditEntry]:
    """Every entry after the first ``start`` of the log (a brief's ``log_length``), newest
    first."""
    start = max(0, start)
    return entries(log, (n >= start for n in range(len(log))))


def audit_csv(rows: Sequence[AuditEntry]) -> str:
    """The entries as CSV (:data:`CSV_COLUMNS`), every cell formula-neutral."""
    from render.exporters import neutralise  # the one neutraliser every export uses

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
        The entries about the brief's incidents, newest first (:func:`concerning`).
    limit
        How many to list.

    Returns
    -------
    ClosingTable
        Its note counts the entries left out, or says none concerns the incidents.
    """
    from render.briefdoc import clip, plain  # the brief's own text rules (briefdoc imports us not)

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
    ``.csv``; ``rows`` from :func:`concerning`)."""
    subtitle = (f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'} about the "
                f"{n_incidents} incident(s) of this pack, newest first.")  # fmt: skip
    what = "who changed these incidents, when, how and why"
    return _add_files(pack, _pair(PACK_AUDIT, rows, "Audit log of these incidents",
                                  subtitle, what))  # fmt: skip


def pack_with_since(pack: bytes, rows: Sequence[AuditEntry], brief_name: str) -> bytes:
    """The brief pack with the whole log since the brief ``brief_name`` (:data:`PACK_SINCE`
    ``.html`` and ``.csv``; ``rows`` from :func:`since`)."""
    title = f"Audit log since the brief “{brief_name}”"
    subtitle = f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'}, every incident, newest first."
    what = "every change since the last brief"
    return _add_files(pack, _pair(PACK_SINCE, rows, title, subtitle, what))
