"""A run's memory of the documents it has read: their parts, in journal files in OUT/.ziping-parts/.

A part holds a document's rows as they go into the CSVs. The process that read a document (a worker)
appends its part as one line to a journal file of its own (NNNNNN.jsonl, numbered after those already
there), once the document's other files are written: one file for each worker of a run, not one per
document, whose creating was a third of what a worker spent on disk. A line is `key<TAB>version<TAB>json`
and counts only when it is whole (it ends the line and its JSON reads), so a run stopped at any point
(Ctrl-C, kill -9) leaves whole parts only, and the next run over the same output folder reads only the
files that have none. A part belongs to the file's bytes (doc_id), the path it was read under (the file
name can give the county) and this ziping's code and patterns; where a key comes more than once, the last
line counts (a run with --force reads every file again).
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import BinaryIO, NamedTuple

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


def part_key(doc_id: str, display_path: str) -> str:
    where = hashlib.sha256(display_path.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{doc_id}-{where}"


class Place(NamedTuple):
    """Where a part's line is: its journal, the offset of its JSON and the JSON's length."""
    journal: Path
    offset: int
    length: int


def journals(out: Path) -> list[Path]:
    """The journal files of an output folder, oldest first."""
    folder = Path(out) / FOLDER
    found = folder.glob("*.jsonl") if folder.is_dir() else []
    return sorted((p for p in found if p.stem.isdigit()), key=lambda p: int(p.stem))


def index(out: Path) -> dict[str, Place]:
    """Every key with a whole line of this ziping in the folder's journals, and where its last such line is."""
    version = ziping_version().encode()
    places: dict[str, Place] = {}
    for journal in journals(out):
        with open(journal, "rb") as f:
            offset = 0
            for line in f:
                key, _, rest = line.partition(b"\t")
                stamp, _, body = rest.partition(b"\t")
                if line.endswith(b"\n") and stamp == version and body:
                    start = offset + len(line) - len(body)
                    places[key.decode("ascii", "replace")] = Place(journal, start, len(body) - 1)
                offset += len(line)
    return places


class Parts:
    """The parts of an output folder: those earlier runs left (index()), and those this run adds (add())."""

    def __init__(self, out: Path) -> None:
        self.out = Path(out)
        self.places = index(out)
        # a journal none of whose lines counts any more (all read again since, or of another ziping) is dropped
        current = {place.journal for place in self.places.values()}
        for journal in journals(out):
            if journal not in current and journal.stat().st_size:
                journal.unlink()
        self.reading: dict[Path, BinaryIO] = {}

    def add(self, key: str, place: Place) -> None:
        self.places[key] = place

    def load(self, key: str) -> dict | None:
        """The part, or None when there is none whole from this ziping (a part of another version is read again)."""
        place = self.places.get(key)
        if place is None:
            return None
        f = self.reading.get(place.journal)
        try:
            if f is None:
                f = self.reading[place.journal] = open(place.journal, "rb")
            f.seek(place.offset)
            record = json.loads(f.read(place.length))
        except (OSError, ValueError):
            return None
        return record if isinstance(record, dict) and key.startswith(f"{record.get('doc_id')}-") else None

    def close(self) -> None:
        """The journals read, and the one this process appended to."""
        for f in self.reading.values():
            f.close()
        self.reading = {}
        if (journal := _appending.pop(self.out / FOLDER, None)) is not None:
            journal.file.close()


class _Journal:
    """The journal a process appends to: a new file, numbered after those in the folder when it is opened."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        taken = journals(folder.parent)
        number = int(taken[-1].stem) + 1 if taken else 1
        while True:
            self.path = folder / f"{number:06d}.jsonl"
            try:
                self.file = open(self.path, "xb", buffering=0)     # unbuffered: each write is a whole line
                break
            except FileExistsError:     # another process took it meanwhile
                number += 1
        self.pid, self.end = os.getpid(), 0

    def append(self, key: str, body: bytes) -> Place:
        head = f"{key}\t{ziping_version()}\t".encode()
        line = memoryview(head + body + b"\n")
        while line:
            line = line[self.file.write(line):]
        place = Place(self.path, self.end + len(head), len(body))
        self.end += len(head) + len(body) + 1
        return place


_appending: dict[Path, _Journal] = {}     # this process's journal in each output folder


def save(out: Path, key: str, record: dict) -> Place:
    """A document's part, appended as one line (in one write) to this process's journal in the output folder,
    which the process's first part opens."""
    folder = Path(out) / FOLDER
    journal = _appending.get(folder)
    if journal is None or journal.pid != os.getpid():       # none yet, or the parent's (a forked worker)
        journal = _appending[folder] = _Journal(folder)
    return journal.append(key, json.dumps(record, ensure_ascii=False).encode("utf-8"))
