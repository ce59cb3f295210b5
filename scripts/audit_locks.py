"""Audit the locked pins for known vulnerabilities: ``python scripts/audit_locks.py``.

``./dev test`` runs it (so CI does). It runs ``pip-audit`` on ``requirements.lock`` and
``requirements-dev.lock`` against PyPI's vulnerability data (``-s pypi``), without installing
anything (``--disable-pip``: the locks pin every package with hashes).

Where pip-audit cannot reach a release's vulnerability record (``/pypi/NAME/VERSION/json``,
which some networks block), the pin is looked up in the project's record
(``/pypi/NAME/json``, the same data source): its ``vulnerabilities`` are those of the newest
release, so they cover a pin that is the newest release and nothing else.

Exit status:

- 0: every pin audited, no known vulnerability outside ``audit-ignore.txt``;
- 1: a known vulnerability (always fails, whatever the environment says);
- 2: ``audit-ignore.txt`` is malformed (an id without a written reason);
- 3: some pins could not be audited (no vulnerability database reachable for them). A loud
  message on stderr names them. ``INCIDENT_ATLAS_AUDIT_OFFLINE_OK=1`` accepts such a run
  (exit 0, the message still printed): an explicit, logged choice, never a silent one.

``audit-ignore.txt``: one vulnerability id per line followed by the reason it is accepted
(``GHSA-xxxx-xxxx-xxxx  reason…``); ``#`` starts a comment. Each id becomes
``pip-audit --ignore-vuln``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LOCKS = [ROOT / "requirements.lock", ROOT / "requirements-dev.lock"]
IGNORE_FILE = ROOT / "audit-ignore.txt"
OFFLINE_OK = "INCIDENT_ATLAS_AUDIT_OFFLINE_OK"
PYPI_JSON = "https://pypi.org/pypi/{name}/json"
TIMEOUT = 20

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)", re.M)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(lock: Path) -> dict[str, str]:
    """The lock's pins, ``{canonical name: version}``."""
    text = lock.read_text(encoding="utf-8")
    return {canonical(m.group(1)): m.group(2) for m in PIN.finditer(text)}


def read_ignores(path: Path) -> dict[str, str]:
    """``{vulnerability id: reason}``; an id without a reason is an error (no silent ignore)."""
    if not path.exists():
        return {}
    ignores: dict[str, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        vuln_id, _, reason = line.partition(" ")
        if not reason.strip():
            raise ValueError(f"{path.name}:{number}: {vuln_id} has no written reason")
        ignores[vuln_id] = reason.strip()
    return ignores


def run_pip_audit(ignores: dict[str, str]) -> tuple[dict[str, list[dict[str, Any]]], set[str]]:
    """pip-audit's findings ``{name: [vuln]}`` and the names it could not audit.

    If pip-audit fails as a whole (no network, no pip-audit), every pin is unaudited.
    """
    pins: dict[str, str] = {}
    for lock in LOCKS:
        pins.update(read_pins(lock))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "audit.json"
        cmd = [
            sys.executable,
            "-m",
            "pip_audit",
            "--disable-pip",
            "-s",
            "pypi",
            "-f",
            "json",
            "-o",
            str(out),
            "--progress-spinner",
            "off",
            "--desc",
            "off",
            "--timeout",
            str(TIMEOUT),
        ]
        for lock in LOCKS:
            cmd += ["-r", str(lock)]
        for vuln_id in sorted(ignores):
            cmd += ["--ignore-vuln", vuln_id]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        report = out.read_text(encoding="utf-8") if out.exists() else ""
    if proc.returncode == 0 and not report.strip():
        return {}, set()  # pip-audit writes no report when everything was audited and clean
    try:
        data = json.loads(report)
    except ValueError:
        tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        print(f"audit: pip-audit failed (exit {proc.returncode}): {tail}", file=sys.stderr)
        return {}, set(pins)
    found: dict[str, list[dict[str, Any]]] = {}
    skipped: set[str] = set()
    for dep in data.get("dependencies", []):
        name = canonical(dep["name"])
        if "skip_reason" in dep:
            skipped.add(name)
        elif dep.get("vulns"):
            found[name] = dep["vulns"]
    return found, skipped


def project_record_vulns(name: str, version: str, ignores: dict[str, str]) -> list[dict[str, Any]]:
    """The pin's vulnerabilities from the project's PyPI record, if the pin is its newest release.

    Raises LookupError when the record cannot tell (unreachable, or the pin is not the newest).
    """
    url = PYPI_JSON.format(name=name)
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT) as response:  # noqa: S310 (fixed host)
            record = json.load(response)
    except (urllib.error.URLError, TimeoutError, ValueError) as error:
        raise LookupError(f"{url}: {error}") from error
    newest = record.get("info", {}).get("version")
    if newest != version:
        raise LookupError(f"pinned {version}, PyPI's record covers only its newest, {newest}")
    vulns = []
    for vuln in record.get("vulnerabilities") or []:
        ids = {vuln.get("id"), *(vuln.get("aliases") or [])}
        if vuln.get("withdrawn") or ids & set(ignores):
            continue
        vulns.append(
            {
                "id": vuln.get("id"),
                "fix_versions": vuln.get("fixed_in") or [],
                "aliases": vuln.get("aliases") or [],
            }
        )
    return vulns


def main() -> int:
    try:
        ignores = read_ignores(IGNORE_FILE)
    except ValueError as error:
        print(f"audit: {error}", file=sys.stderr)
        return 2
    pins: dict[str, str] = {}
    for lock in LOCKS:
        pins.update(read_pins(lock))
    found, skipped = run_pip_audit(ignores)
    unaudited: dict[str, str] = {}
    for name in sorted(skipped):
        try:
            vulns = project_record_vulns(name, pins[name], ignores)
        except (LookupError, KeyError) as error:
            unaudited[name] = str(error)
            continue
        if vulns:
            found[name] = vulns
    for name, vulns in sorted(found.items()):
        for vuln in vulns:
            fixes = ", ".join(vuln.get("fix_versions") or []) or "none yet"
            aliases = ", ".join(vuln.get("aliases") or [])
            print(
                f"audit: VULNERABLE {name}=={pins.get(name, '?')}: {vuln['id']}"
                f"{f' ({aliases})' if aliases else ''}; fixed in: {fixes}",
                file=sys.stderr,
            )
    audited = len(pins) - len(unaudited)
    note = f", {len(ignores)} accepted in {IGNORE_FILE.name}" if ignores else ""
    if unaudited:
        offline_ok = os.environ.get(OFFLINE_OK) == "1"
        bar = "!" * 78
        print(
            f"{bar}\naudit: {len(unaudited)} of {len(pins)} locked pins were NOT AUDITED: no "
            "vulnerability database answered for them.",
            file=sys.stderr,
        )
        for name, why in sorted(unaudited.items()):
            print(f"audit:   {name}=={pins[name]}: {why}", file=sys.stderr)
        print(
            "audit: run `./dev audit` where PyPI's JSON API is reachable"
            + (
                f" ({OFFLINE_OK}=1: accepted for this run)"
                if offline_ok
                else f"; set {OFFLINE_OK}=1 to accept an offline run"
            )
            + f"\n{bar}",
            file=sys.stderr,
        )
    if found:
        count = sum(len(v) for v in found.values())
        print(
            f"audit: {count} known vulnerabilities in {len(found)} locked packages: bump them "
            f"(./dev lock) or accept each in {IGNORE_FILE.name} with a reason",
            file=sys.stderr,
        )
        return 1
    print(
        f"audit: {audited} of {len(pins)} locked pins audited against PyPI's vulnerability "
        f"data: no known vulnerabilities{note}",
        file=sys.stderr,
    )
    if unaudited and os.environ.get(OFFLINE_OK) != "1":
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
