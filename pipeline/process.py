"""The whole flow for one document, in one place: read → structure → figures → context → fields → checks."""
from __future__ import annotations

from pathlib import Path

from extractors.context import read_context
from extractors.figures import scan_figures
from extractors.labels import label_figures
from extractors.fields import assign_fields
from extractors.metadata import read_metadata
from extractors.model import Document, DocumentError
from extractors.normalize import normalize
from extractors.performance import read_indicator_rows
from extractors.placement import mark_ocr, place_figures
from extractors.read import read
from extractors.read_txt import read_txt
from extractors.sniff import MAX_FIGURES, MAX_TEXT_CHARS, too_long, too_many_figures
from extractors.structure import find_sections
from extractors.table_figures import numbers_in_cells, table_figures

from .checks import check_document


def process(path: str | Path, display_path: str | None = None) -> Document:
    doc = read(path, display_path)
    if doc.status == "ok" and len(doc.text) > MAX_TEXT_CHARS:
        return refused(doc, too_long(f"{len(doc.text) // 10_000}万字"))
    return extract(doc) if doc.status == "ok" else doc


def refused(doc: Document, error: str) -> Document:
    """A document too large to read as one report: its row says so, and nothing of its text is kept."""
    doc.status, doc.error = "error", error
    doc.text, doc.norm, doc.blocks, doc.tables, doc.page_starts = "", "", [], [], []
    doc.sections, doc.figures, doc.cache = [], [], {}
    return doc


def process_text(text: str, path: str = "<text>", year: int | None = None) -> Document:
    """The same flow over a string, as if it had come from a .txt file (examples, tests)."""
    doc = Document(path=path, format="txt", doc_id="example")
    try:
        read_txt(text.encode("utf-8"), doc)
    except DocumentError as exc:    # no text at all, or only garbage: an error Document, as from a file
        doc.status, doc.error = "error", str(exc)
        return doc
    return extract(doc, year)


def extract(doc: Document, year: int | None = None) -> Document:
    """Every stage after reading; year overrides the fiscal year the text gives (examples)."""
    try:
        doc.norm = normalize(doc.text)
        not_figures = read_metadata(doc) + find_sections(doc)
        doc.year = year or doc.year
        doc.figures = scan_figures(doc, not_figures)
        if (numbers := len(doc.figures) + numbers_in_cells(doc)) > MAX_FIGURES:
            return refused(doc, too_many_figures(numbers))     # (before the tables' cells are read one by one)
        doc.figures = table_figures(doc, doc.figures)
        if len(doc.figures) > MAX_FIGURES:
            return refused(doc, too_many_figures(len(doc.figures)))
        place_figures(doc)
        mark_ocr(doc)
        label_figures(doc)
        read_context(doc)
        assign_fields(doc)
        read_indicator_rows(doc)
        check_document(doc)
    except Exception as exc:  # an extraction bug must not stop the batch; the file is reported
        doc.status = "error"
        doc.error = f"提取时发生内部错误（{type(exc).__name__}: {exc}）；文字已读出，请把此文件反馈给ziping维护者。"
        doc.figures, doc.findings = [], []
    return doc
