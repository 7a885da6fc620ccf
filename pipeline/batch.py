"""Run the per-document flow over many files (a local process pool), then the checks across documents."""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from extractors.model import Document
from extractors.read import page_images

from .checker import check_across
from .process import process

PARALLEL_FROM = 4   # below this many files a pool costs more than it saves


def collect(paths: list[str]) -> list[tuple[Path, str]]:
    """Every file under the given paths, with the path to show (relative stays relative)."""
    found: list[tuple[Path, str]] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            # a folder of page images named in order is one document
            pages = {d: os.path.normpath(os.path.join(given, str(d.relative_to(p))))
                     for d in [p, *p.rglob("*")] if d.is_dir() and page_images(d)}
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if f.is_file() and not any(part.startswith(".") for part in rel.parts):
                    if f.parent not in pages:
                        found.append((f, os.path.join(given, str(rel))))
                    elif (f.parent, pages[f.parent]) not in found[-1:]:
                        found.append((f.parent, pages[f.parent]))
        else:
            found.append((p, given))
    return found


def _process(item: tuple[Path, str]) -> Document:
    return process(item[0], item[1])


def run_batch(paths: list[str], workers: int | None = None) -> tuple[list[Document], list]:
    files = collect(paths)
    workers = workers or min(os.cpu_count() or 1, len(files))
    if workers > 1 and len(files) >= PARALLEL_FROM:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            docs = list(pool.map(_process, files, chunksize=max(1, len(files) // (workers * 4))))
    else:
        docs = [_process(item) for item in files]
    _mark_duplicates(docs)
    return docs, check_across(docs)


def _mark_duplicates(docs: list[Document]) -> None:
    """The same bytes twice would give the same ids twice: the copy is reported, not read again."""
    first: dict[str, Document] = {}
    for doc in docs:
        if doc.doc_id in first and doc.status == "ok":
            doc.status = "error"
            doc.error = f"与 {first[doc.doc_id].path} 内容完全相同（重复文件），只统计一次；请确认是否重复报送。"
            doc.figures, doc.findings, doc.tables, doc.sections = [], [], [], []
        first.setdefault(doc.doc_id, doc)
