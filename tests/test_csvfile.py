"""geo.csvfile.read_records: the app's own old CSV files, read strictly (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.csvfile import read_records

GOOD = [
    (b"file,outlet\na.txt,Post\n", [{"file": "a.txt", "outlet": "Post"}]),
    (b"\xef\xbb\xbffile,outlet\na.txt,Post\n", [{"file": "a.txt", "outlet": "Post"}]),  # BOM
    (
        b'file,outlet\na.txt,"Post, ""Kyiv""\nedition"\n',
        [{"file": "a.txt", "outlet": 'Post, "Kyiv"\nedition'}],
    ),
    (b"file,outlet\na.txt\n", [{"file": "a.txt", "outlet": None}]),  # a short row: empty tail
    (b"file,outlet\n", []),
]
BAD = [
    (b'file,outlet\na.txt,"Post\nb.txt,Other\n', "x.csv, line 2: unexpected end of data (a quote"),
    ("file,outlet\na.txt,Zoë\n".encode("cp1252"), "x.csv is not UTF-8 text (line 2, byte"),
    (b"file,outlet\na.txt,Post,extra\n", "x.csv, line 2: more fields than the header"),
    (b"file,outlet\na.txt," + b"x" * (2**20 + 1) + b"\n", "x.csv, line 2: field larger"),
]


@pytest.mark.parametrize(("data", "rows"), GOOD)
def test_good_files_read_whole(tmp_path: Path, data: bytes, rows: list) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(data)
    assert read_records(path) == rows


@pytest.mark.parametrize(("data", "message"), BAD)
def test_damaged_files_fail_naming_the_file_and_line(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(data)
    with pytest.raises(ValueError) as err:
        read_records(path)
    assert str(err.value).startswith(message)
