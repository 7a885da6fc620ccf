"""A run's memory of the documents it has read: one part file per document in OUT/.ziping-parts/.

A part holds a document's rows as they go into the CSVs. It is written whole and renamed into place, so a
run stopped at any point (Ctrl-C, kill -9) leaves whole parts only, and the next run over the same output
folder reads only the files that have none. A part belongs to the file's bytes (doc_id), the path it was
read under (the file name can give the county) and this ziping's code and patterns.
"""
from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import metadata
from pathlib import Path

from .writers import replace_atomically

FOLDER = ".ziping-parts"
_SOURCES = ("extractors", "pipeline", "patterns")


@cache
def ziping_version() -> str:
    """The package version and a digest of the code and patterns that produce the rows."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent.parent
    for package in _SOURCES:
        for path in sorted((root / package).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".toml", ".csv", ".txt"):
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    try:
        version = metadata.version("ziping")
    except metadata.PackageNotFoundError:
        version = "0"
    return f"{version}+{digest.hexdigest()[:12]}"


def part_path(out: Path, doc_id: str, display_path: str) -> Path:
    where = hashlib.sha256(display_path.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return out / FOLDER / f"{doc_id}-{where}.json"


def save(path: Path, record: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_atomically(path, json.dumps({"version": ziping_version(), **record}, ensure_ascii=False))


def load(path: Path) -> dict | None:
    """The part, or None when there is none from this ziping (a part from another version is read again)."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if record.get("version") == ziping_version() else None
