"""Run the per-document flow over many files, keeping each document's rows in the output folder as it
finishes; then the checks across documents and the CSVs, in input order.

The rows of each document go to its part (pipeline/parts.py) the moment it is read; the CSVs are built
from the parts in input order at the end. So a run's row order does not depend on which worker finished
first, memory holds only the figures the checks across documents need, a run stopped half-way continues
where it stopped, and files read before by the same ziping are not read again.
"""
from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from extractors.model import Document, Finding
from extractors.read import READERS, likely_readers, load_readers, page_images

from . import engines, parts
from .checks import check_across
from .checks.across import entity
from .process import process, process_text
from .writers import (across_summary, document_files, document_record, document_row, figure_from, replace_atomically,
                      write_outputs)

_WARM_UP = "某县2024年度衔接推进乡村振兴补助资金绩效自评报告\n一、资金到位情况\n到位资金100万元，其中省级40万元，支出率100%。\n"


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


def warm_up(kinds=READERS) -> None:
    """Load jieba, the patterns and the readers (of these kinds) once per worker, before its first document;
    and fix the version the parts are stamped with (the code as the run started, not as a worker finds it later)."""
    load_readers(kinds)
    parts.ziping_version()
    process_text(_WARM_UP)


def process_file(index: int, path: str, display_path: str, out: str | None = None, key: str | None = None):
    """The per-document function every engine maps. Where the worker can write to the output folder (the
    local pool), it keeps the document there itself (`out`, its part's `key`) and sends back its row, whose
    report it is and where its part is; from a cluster, the record and the <doc_id>.txt/.json go back to the
    caller to keep."""
    doc = process(path, display_path)
    record, doc_files = document_record(doc), document_files(doc)
    if out is None or key is None:
        return index, record, doc_files, None
    write_files(Path(out), doc_files)
    place = parts.save(Path(out), key, record)
    # its rows go back too, so that the CSVs need not read its part again (all but the figures across documents)
    return index, {**{k: record[k] for k in ("doc_id", "row", "facts", "findings", "tables")},
                   "across": record["across"] and {k: record["across"][k] for k in WHOSE}}, None, place


def write_files(out: Path, doc_files: dict[str, str]) -> None:
    """A document's <doc_id>.txt and .json, each written whole (before its part, which says they are there)."""
    for name, text in doc_files.items():
        replace_atomically(out / name, text)


def crashed_document(path: str, display_path: str) -> Document:
    """A file whose reading killed the process reading it."""
    return Document(path=display_path, doc_id=file_id(Path(path)), format=Path(path).suffix.lower().lstrip("."),
                    status="error", error="读取此文件时处理进程意外退出（文件可能损坏或构造异常，触发了底层库的错误或耗尽内存）；"
                                          "请检查文件，或另存为新文件后重新提交。")


def crashed(index: int, path: str, display_path: str, *_) -> tuple[int, dict, dict[str, str], None]:
    return index, document_record(crashed_document(path, display_path)), {}, None


def file_id(path: Path) -> str:
    """doc_id as the reader computes it: the file's bytes (a folder of page images: all its pages' bytes),
    or its path when it cannot be read."""
    digest = hashlib.sha256()
    try:
        for page in page_images(path) if path.is_dir() else [path]:
            with open(page, "rb") as f:
                for chunk in iter(lambda: f.read(2**20), b""):
                    digest.update(chunk)
    except OSError:
        return hashlib.sha256(str(path).encode()).hexdigest()[:12]
    return digest.hexdigest()[:12]


@dataclass
class Run:
    """What a finished run reports: counts for the summary line and the files that failed."""
    documents: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    facts: int = 0
    errors: int = 0
    warnings: int = 0
    cached: int = 0
    book: Any = None      # report.xlsx as the run wrote it (report_xlsx.Book), for reports.finish_run to finish


def run(paths: list[str], out: Path, workers: int | None = None, force: bool = False, scheduler: str | None = None,
        progress: Callable[[int, int], None] | None = None, workbook: bool = False) -> Run:
    """Read every file under paths into out/ (a local pool, or the dask cluster at scheduler). The CSVs (and
    with `workbook` report.xlsx, which report.book then finishes) are written while the workers read: each
    document as soon as it and all before it in input order are read."""
    out.mkdir(parents=True, exist_ok=True)
    files = [(path.absolute(), display) for path, display in collect(paths)]     # read where a worker runs
    ids = [file_id(path) for path, _ in files]
    part_keys = [parts.part_key(doc_id, display) for (_, display), doc_id in zip(files, ids)]
    kept = parts.Parts(out)
    first: dict[str, int] = {}
    keys: dict[int, str] = {}
    todo = []
    for index, ((path, display), doc_id) in enumerate(zip(files, ids)):
        if first.setdefault(doc_id, index) != index:
            continue                              # the same bytes again: reported as a copy, not read
        part = None if force else kept.load(part_keys[index])
        if part is None or not _files_present(out, part):
            todo.append((index, str(path), display, str(out), part_keys[index]))
        elif key := whose(part):
            keys[index] = key
    report = Run(documents=len(files), cached=len(first) - len(todo))
    warm = partial(warm_up, likely_readers([Path(item[1]) for item in todo]))
    mapped = engines.dask(process_file, [item[:3] for item in todo], scheduler, crashed) if scheduler else \
        engines.local(process_file, todo, workers, warm, crashed)
    waiting = {item[0] for item in todo}
    done_rows: dict[int, dict] = {}     # what the workers sent back, until _records takes it

    def ready(index: int) -> None:
        """Take what the workers have finished until the document at index is among it."""
        while index in waiting:
            done, record, doc_files, place = next(mapped)
            if place is None:           # from a cluster, or a document that killed its worker
                write_files(out, doc_files)
                place = parts.save(out, part_keys[done], record)
            kept.add(part_keys[done], place)
            if key := whose(record):
                keys[done] = key
            done_rows[done] = record
            waiting.discard(done)
            if progress:
                progress(len(todo) - len(waiting), len(todo))
            if not waiting:
                next(mapped, None)      # all read: the pool shuts down
    if workbook:
        from .report_xlsx import Book
        report.book = Book(out, {doc_id for doc_id, n in Counter(ids).items() if n > 1})
    records = _records(out, files, ids, part_keys, first, report, ready, done_rows, kept)
    # the findings across documents are found one county at a time as findings.csv is written, never all held
    cross = check_across_groups(_groups(keys, lambda i: kept.load(part_keys[i])["across"]))
    try:
        write_outputs(out, records if report.book is None else _into(report.book, records), _counted(cross, report))
    except BaseException:
        if report.book is not None:
            report.book.abandon()
        raise
    finally:
        kept.close()
    return report


def _into(book, records: Iterator[dict]) -> Iterator[dict]:
    for record in records:
        book.add(record)
        yield record


def _counted(findings: Iterator[Finding], report: Run) -> Iterator[Finding]:
    for f in findings:
        report.errors += f.severity == "error"
        report.warnings += f.severity == "warning"
        yield f


def _files_present(out: Path, part: dict) -> bool:
    return part["row"]["status"] != "ok" or all((out / f"{part['doc_id']}{s}").exists() for s in (".txt", ".json"))


def _records(out: Path, files: list[tuple[Path, str]], ids: list[str], part_keys: list[str],
             first: dict[str, int], report: Run, ready: Callable[[int], None], done_rows: dict[int, dict],
             kept: parts.Parts) -> Iterator[dict]:
    """Each file's record in input order once it is ready: as its worker sent it back, else read back from
    its part (a file read by an earlier run); a copy gets its original's row, as a copy."""
    for index, ((_, display), doc_id) in enumerate(zip(files, ids)):
        original = first[doc_id]
        ready(original)
        record = done_rows.pop(original, None) or kept.load(part_keys[original])
        if record is None:
            raise RuntimeError(f"the part of {display} vanished from {out / parts.FOLDER} during the run")
        record["row"]["path"] = display
        if original != index:
            record = _copy_of(record, files[original][1])
        report.facts += int(record["row"]["n_facts"])
        report.errors += int(record["row"]["n_errors"])
        report.warnings += int(record["row"]["n_warnings"])
        if record["row"]["status"] != "ok":
            report.failed.append((display, record["row"]["error"]))
        yield record


def copy_message(original_path: str) -> str:
    return f"与 {original_path} 内容完全相同（重复文件），只统计一次；请确认是否重复报送。"


def _copy_of(record: dict, original_path: str) -> dict:
    row = dict(record["row"])
    if row["status"] == "ok":
        row.update(status="error", error=copy_message(original_path), n_facts=0, n_errors=0, n_warnings=0)
    return {"doc_id": record["doc_id"], "row": row, "facts": "", "findings": "", "tables": ""}


# ---------------------------------------------------------------- checks across documents

WHOSE = ("county", "city", "province", "year", "title")    # what a worker sends back for whose() beside its row


def whose(record: dict) -> str | None:
    """The key the checks across documents group a document under (they compare the reports of one
    county, else prefecture or province, in different years); None when it takes no part."""
    across = record.get("across")
    if record["row"]["status"] != "ok" or not across or not across["year"]:
        return None
    return entity(Document(path="", county=across["county"], city=across["city"], province=across["province"],
                           title=across.get("title", ""))) or None


def check_across_groups(groups: Iterator[list[dict]]) -> Iterator[Finding]:
    """The checks across documents, one group of summaries at a time (no rule compares reports of two
    counties), so that only one county's figures are held at once."""
    findings = (f for group in groups if len(group) > 1 for f in check_across([_document(s) for s in group]))
    for n, f in enumerate(findings, start=1):
        f.finding_id = f"X-F{n}"
        yield f


def _document(summary: dict) -> Document:
    fields = {k: v for k, v in summary.items() if k != "figures"}
    return Document(**fields, figures=[figure_from(f) for f in summary["figures"]])


def _groups(keys: dict[int, str], summary_of: Callable[[int], dict]) -> Iterator[list[dict]]:
    by_key: dict[str, list[int]] = {}
    for index in sorted(keys):
        by_key.setdefault(keys[index], []).append(index)
    for indices in by_key.values():
        yield [summary_of(i) for i in indices] if len(indices) > 1 else []


# ---------------------------------------------------------------- in memory

def run_batch(paths: list[str], workers: int | None = None) -> tuple[list[Document], list[Finding]]:
    """Every file's Document and the findings across them, in memory (tests, small scripts)."""
    items = [(index, str(path), display) for index, (path, display) in enumerate(collect(paths))]
    docs = sorted(engines.local(_process_indexed, items, workers, warm_up, _crashed_document), key=lambda pair: pair[0])
    docs = [doc for _, doc in docs]
    _mark_duplicates(docs)
    records = {i: {"row": document_row(doc), "across": across_summary(doc)} for i, doc in enumerate(docs)}
    keys = {i: key for i, record in records.items() if (key := whose(record))}
    return docs, list(check_across_groups(_groups(keys, lambda i: records[i]["across"])))


def _process_indexed(index: int, path: str, display_path: str) -> tuple[int, Document]:
    return index, process(path, display_path)


def _crashed_document(index: int, path: str, display_path: str) -> tuple[int, Document]:
    return index, crashed_document(path, display_path)


def _mark_duplicates(docs: list[Document]) -> None:
    """The same bytes twice would give the same ids twice: the copy is reported, not read again."""
    first: dict[str, Document] = {}
    for doc in docs:
        if doc.doc_id in first and doc.status == "ok":
            doc.status = "error"
            doc.error = copy_message(first[doc.doc_id].path)
            doc.figures, doc.findings, doc.tables, doc.sections = [], [], [], []
        first.setdefault(doc.doc_id, doc)
