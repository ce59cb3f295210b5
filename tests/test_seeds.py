"""The five seed articles must score as /work/shared/tools/check-seeds requires.

tests/expected_incidents.json is a byte copy of /work/shared/seeds/expected_incidents.json;
data/articles/0*.txt are the seeds copied byte for byte.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scoring  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
EXPECTED = REPO / "tests" / "expected_incidents.json"
SEEDS = sorted((REPO / "data" / "articles").glob("0*.txt"))
SHARED = Path("/work/shared/seeds")


def test_seed_files_present_and_identical():
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert sorted(expected["articles"]) == [p.name for p in SEEDS]
    if not SHARED.is_dir():
        pytest.skip("shared seeds not available")
    assert EXPECTED.read_bytes() == (SHARED / "expected_incidents.json").read_bytes()
    for p in SEEDS:
        assert p.read_bytes() == (SHARED / p.name).read_bytes(), p.name


@pytest.fixture(scope="module")
def seeds_result():
    proc = subprocess.run([sys.executable, "-m", "geo", "extract", *map(str, SEEDS)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert proc.returncode == 0, f"exit {proc.returncode}: {proc.stderr[-3000:]}"
    pred = json.loads(proc.stdout)
    gold = json.loads(EXPECTED.read_text(encoding="utf-8"))
    return scoring.score(gold, pred)


def test_seeds_score_as_check_seeds_requires(seeds_result):
    res = seeds_result
    f, msg = res["figures"], scoring.report(seeds_result)
    assert f["recall"] == 1, msg
    assert f["precision"] >= 0.9, msg
    assert f["actor"] == 1, msg
    assert f["evidence"] == 1, msg
    assert not res["split"], msg
    assert not res["context_hits"], msg
