"""Supply chain: the locks match their inputs, carry hashes, and are what gets installed.

requirements.txt and requirements-dev.txt are the human-edited inputs (ranges);
requirements.lock and requirements-dev.lock are made from them by ``./dev lock`` (pip-compile
--generate-hashes). ``./dev`` and the Dockerfile install only the locks, with
--require-hashes; ``./dev test`` audits them (scripts/audit_locks.py). Pure: files only.
"""

from __future__ import annotations

import importlib.util
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
INPUTS = {"requirements.txt": "requirements.lock", "requirements-dev.txt": "requirements-dev.lock"}
# The packages an input's extra brings in, which the lock must pin (and hash) on their own:
# pip installs an extra's packages only from the lock's own lines under --require-hashes.
EXTRA_PACKAGES = {("psycopg", "binary"): {"psycopg-binary"}}


def input_requirements(name: str) -> list[tuple[str, Requirement]]:
    """The top-level requirements of an input file and the file naming each, following ``-r``."""
    found: list[tuple[str, Requirement]] = []
    for raw in (ROOT / name).read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("-r"):
            found += input_requirements(line[2:].strip())
            continue
        assert not line.startswith("-"), f"{name}: unexpected option {line!r}"
        found.append((name, Requirement(line)))
    return found


def lock_entries(name: str) -> dict[str, dict[str, Any]]:
    """``{canonical name: {"version", "hashes", "via"}}`` of a lock, checking its shape."""
    text = (ROOT / name).read_text(encoding="utf-8")
    entries: dict[str, dict[str, Any]] = {}
    # A requirement is a line at column 0 with its continuation lines (backslash-joined),
    # followed by its "# via" annotation lines.
    blocks = re.split(r"\n(?=[^\s#])", text)
    for block in blocks:
        if block.startswith("#"):
            continue
        spec, _, notes = block.partition("\n    #")
        tokens = shlex.split(spec.replace("\\\n", " "))
        assert tokens, block
        requirement, options = tokens[0], tokens[1:]
        match = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)", requirement)
        assert match, f"{name}: not an exact pin: {requirement!r}"
        hashes = []
        for option in options:
            assert option.startswith("--hash=sha256:"), f"{name}: {requirement}: {option!r}"
            hashes.append(option.removeprefix("--hash=sha256:"))
        assert all(re.fullmatch(r"[0-9a-f]{64}", h) for h in hashes), requirement
        key = str(canonicalize_name(match.group(1)))
        assert key not in entries, f"{name}: {key} pinned twice"
        via = re.findall(r"#[ \t]+(?:via[ \t]+)?(-r \S+|[A-Za-z0-9._-]+)[ \t]*$", "#" + notes, re.M)
        via = [v for v in via if v != "via"]  # "# via" alone heads a list of lines
        entries[key] = {"version": match.group(2), "hashes": hashes, "via": via}
    return entries


@pytest.mark.parametrize("source, lock", INPUTS.items())
def test_every_input_requirement_is_pinned_in_its_lock_within_its_range(source, lock):
    entries = lock_entries(lock)
    for origin, requirement in input_requirements(source):
        key = str(canonicalize_name(requirement.name))
        assert key in entries, f"{lock} does not pin {requirement} (run ./dev lock)"
        # pip-compile notes each top-level requirement's file: a pin that was only a
        # dependency when the lock was made is not yet resolved as the input asks.
        assert f"-r {origin}" in entries[key]["via"], f"{lock}: {key} (run ./dev lock)"
        version = entries[key]["version"]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{lock} pins {key}=={version}, outside {requirement} (run ./dev lock)"
        )
        for extra in requirement.extras:
            assert (key, extra) in EXTRA_PACKAGES, f"{requirement}: list what [{extra}] pulls"
            for package in EXTRA_PACKAGES[key, extra]:
                assert package in entries, f"{lock}: {requirement} needs {package} pinned"


@pytest.mark.parametrize("source, lock", INPUTS.items())
def test_every_pin_has_hashes_and_nothing_is_left_over_from_an_old_input(source, lock):
    entries = lock_entries(lock)
    assert len(entries) > 20
    top_level = {str(canonicalize_name(r.name)) for _, r in input_requirements(source)}
    for key, entry in entries.items():
        assert entry["hashes"], f"{lock}: {key} has no --hash"
        assert entry["via"], f"{lock}: {key} says nothing of why it is there"
        if any(via.startswith("-r ") for via in entry["via"]):
            assert key in top_level, f"{lock}: {key} is no longer in {source} (run ./dev lock)"


def test_the_locks_are_generated_for_python_3_11_by_dev_lock():
    for lock in INPUTS.values():
        head = (ROOT / lock).read_text(encoding="utf-8")[:400]
        assert "autogenerated by pip-compile with Python 3.11" in head, lock
        assert "./dev lock" in head, lock


def test_the_dev_lock_pins_the_runtime_lock_unchanged():
    runtime, dev = lock_entries("requirements.lock"), lock_entries("requirements-dev.lock")
    for key, entry in runtime.items():
        assert key in dev, f"requirements-dev.lock lacks {key}"
        assert dev[key]["version"] == entry["version"], key
        assert set(dev[key]["hashes"]) == set(entry["hashes"]), key


def test_extras_of_dependencies_are_pinned_too():
    # justext needs lxml[html_clean]; a pip older than 23.3 resolving the locks dropped the
    # extra's package (lxml-html-clean) and trafilatura then failed to import.
    entries = lock_entries("requirements.lock")
    assert "lxml-html-clean" in entries
    assert "psycopg-binary" in entries
    # A binary wheel per platform: more than one hash (manylinux x86_64 among them).
    assert len(entries["psycopg-binary"]["hashes"]) > 4


def test_pip_itself_is_locked():
    for lock in INPUTS.values():
        assert "pip" in lock_entries(lock), f"{lock}: pip unpinned (./dev lock uses --allow-unsafe)"


def _pip_installs(text: str) -> list[str]:
    joined = text.replace("\\\n", " ")
    return [line.strip() for line in joined.splitlines() if re.search(r"\bpip\S* install\b", line)]


def test_dev_installs_only_the_locks_with_require_hashes():
    dev = (ROOT / "dev").read_text(encoding="utf-8")
    lock_fn = re.search(r"^lock\(\) \{\n.*?^\}", dev, re.M | re.S)
    assert lock_fn, "./dev has no lock()"
    # The throwaway venv of `./dev lock` gets pip-tools; every other install is a lock's.
    rest = dev.replace(lock_fn.group(0), "")
    installs = _pip_installs(rest)
    assert installs, "./dev installs nothing?"
    for line in installs:
        assert "--require-hashes" in line and re.search(r'-r "\$(lock|pin)"', line), line
    # The pip bootstrap file is cut from the lock itself, so it is pinned and hashed there.
    assert re.search(r'^    awk .*"\$lock" >"\$pin"$', rest, re.M)
    assert re.search(r"^  app\)\n    venv requirements\.lock$", dev, re.M)
    assert re.search(r"^  test\)\n    venv requirements-dev\.lock$", dev, re.M)
    assert "requirements.txt" not in rest.replace("requirements.txt from", "")
    # The reinstall stamp keys on the lock's content.
    assert re.search(r'sha256sum "\$lock"', rest)
    # `./dev lock` regenerates both locks, hashes included.
    assert "--generate-hashes" in lock_fn.group(0)
    assert "-o requirements.lock requirements.txt" in lock_fn.group(0)
    assert "-o requirements-dev.lock requirements-dev.txt" in lock_fn.group(0)


def test_the_image_installs_the_runtime_lock_with_require_hashes():
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    installs = _pip_installs(dockerfile)
    assert installs == ["RUN pip install --require-hashes -r requirements.lock"]
    assert re.search(r"^COPY requirements\.lock \.$", dockerfile, re.M)
    # The lock must reach the build context.
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert not {"requirements.lock", "*.lock"} & set(ignored)


# ---- the audit ------------------------------------------------------------------------------


def _audit_module() -> Any:
    spec = importlib.util.spec_from_file_location("audit_locks", ROOT / "scripts/audit_locks.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_test_runs_the_audit():
    dev = (ROOT / "dev").read_text(encoding="utf-8")
    block = re.search(r"^  test\)\n(.*?)^    ;;", dev, re.M | re.S)
    assert block and "scripts/audit_locks.py" in block.group(1)


def test_every_accepted_vulnerability_has_a_written_reason(tmp_path):
    audit = _audit_module()
    audit.read_ignores(ROOT / "audit-ignore.txt")  # raises on an id without a reason
    bad = tmp_path / "ignore.txt"
    bad.write_text("# comment\nGHSA-aaaa-bbbb-cccc   fixed upstream only in 3.x\nPYSEC-1\n")
    with pytest.raises(ValueError, match="PYSEC-1 has no written reason"):
        audit.read_ignores(bad)
    bad.write_text("GHSA-aaaa-bbbb-cccc   not reachable: we never parse TOML\n")
    assert audit.read_ignores(bad) == {"GHSA-aaaa-bbbb-cccc": "not reachable: we never parse TOML"}


@pytest.fixture
def audit(monkeypatch):
    module = _audit_module()
    monkeypatch.setattr(module, "IGNORE_FILE", ROOT / "no-such-file")
    monkeypatch.delenv(module.OFFLINE_OK, raising=False)
    return module


def _fake(audit, monkeypatch, found, skipped, record):
    monkeypatch.setattr(audit, "run_pip_audit", lambda ignores: (dict(found), set(skipped)))

    def project_record_vulns(name, version, ignores):
        if name not in record:
            raise LookupError("unreachable")
        return record[name]

    monkeypatch.setattr(audit, "project_record_vulns", project_record_vulns)


def test_audit_passes_when_every_pin_is_audited_and_clean(audit, monkeypatch, capsys):
    _fake(audit, monkeypatch, {}, {"numpy"}, {"numpy": []})
    assert audit.main() == 0
    assert "no known vulnerabilities" in capsys.readouterr().err


def test_audit_fails_loudly_when_no_database_answers(audit, monkeypatch, capsys):
    _fake(audit, monkeypatch, {}, {"numpy", "pandas"}, {})
    assert audit.main() == 3
    err = capsys.readouterr().err
    assert "2 of" in err and "NOT AUDITED" in err and "numpy==" in err
    monkeypatch.setenv(audit.OFFLINE_OK, "1")
    assert audit.main() == 0  # accepted explicitly, still said out loud
    assert "NOT AUDITED" in capsys.readouterr().err


def test_audit_fails_on_a_vulnerability_whatever_the_environment(audit, monkeypatch, capsys):
    vuln = {"id": "GHSA-xxxx", "fix_versions": ["9.9"], "aliases": ["CVE-1"]}
    monkeypatch.setenv(audit.OFFLINE_OK, "1")
    _fake(audit, monkeypatch, {"pandas": [vuln]}, set(), {})
    assert audit.main() == 1
    assert "VULNERABLE pandas==" in capsys.readouterr().err
    _fake(audit, monkeypatch, {}, {"numpy"}, {"numpy": [vuln]})  # found via the project record
    assert audit.main() == 1


@pytest.mark.parametrize("lock", sorted(INPUTS.values()))
def test_the_pip_bootstrap_is_the_locks_own_pip_pin(lock: str, tmp_path: Path) -> None:
    # ./dev upgrades the venv's bundled pip first (old pips refuse an extra such as
    # lxml[html_clean] under --require-hashes); what it installs must be the lock's pip, hashed.
    import subprocess

    dev = (ROOT / "dev").read_text(encoding="utf-8")
    cut = re.search(r'^    (awk .*)"\$lock" >"\$pin"$', dev, re.M)
    assert cut, "./dev does not cut pip's pin from the lock"
    pin = tmp_path / "pin.txt"
    script = f'{cut.group(1)}"$1" >"$2"'
    subprocess.run(["bash", "-c", script, "cut", str(ROOT / lock), str(pin)], check=True)
    lines = [
        x for x in pin.read_text(encoding="utf-8").splitlines() if not x.strip().startswith("#")
    ]
    assert lines[0] == f"pip=={lock_entries(lock)['pip']['version']} \\"
    hashes = {x.strip().rstrip(" \\") for x in lines[1:]}
    assert hashes == {f"--hash=sha256:{h}" for h in lock_entries(lock)["pip"]["hashes"]}
