"""Where each figure sits: section path, indicator, page, paragraph or table; its fact id; the OCR lines it
was read from."""
from __future__ import annotations

from bisect import bisect_right

from .model import Document
from .structure import indicator_at


def place_figures(doc: Document) -> None:
    for n, figure in enumerate(doc.figures, start=1):
        figure.fact_id = f"{doc.doc_id}-{n}"
        section = doc.section_at(figure.start)
        figure.section = section.path if section else ""
        figure.indicator = indicator_at(doc, figure.start)
        if figure.page is None:
            figure.page = doc.page_at(figure.start)
        if figure.cell is None:
            table_index = _first_around(doc, "tables", doc.tables, figure.start)
            if table_index is not None:
                figure.source, figure.table_index = "table", table_index
                cells = doc.tables[table_index].cells
                cell = _first_around(doc, f"cells of table {table_index}", cells, figure.start)
                figure.cell = cells[cell] if cell is not None else None


def _first_around(doc: Document, name: str, items: list, offset: int) -> int | None:
    """The first of items (tables, cells) whose span holds offset: found by bisection when the spans
    follow one another without overlapping, as they do in reading order."""
    spans = doc.indexed(name, items, lambda: _ordered_spans(items))
    if spans is None:
        return next((i for i, x in enumerate(items) if x.start <= offset < x.end), None)
    starts, ends = spans
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < ends[i] else None


def _ordered_spans(items: list) -> tuple[list[int], list[int]] | None:
    starts, ends = [x.start for x in items], [x.end for x in items]
    if all(s <= e for s, e in zip(starts, ends)) and all(e <= s for e, s in zip(ends, starts[1:])):
        return starts, ends
    return None


def mark_ocr(doc: Document) -> None:
    """Each figure read by OCR carries the lowest confidence of the lines it lies in."""
    spans = doc.cache.get("ocr_lines")
    if not spans:
        return
    starts = [s for s, _, _ in spans]
    for figure in doc.figures:
        i = max(0, bisect_right(starts, figure.start) - 1)
        scores = []
        while i < len(spans) and spans[i][0] < figure.end:
            if spans[i][1] > figure.start:
                scores.append(spans[i][2])
            i += 1
        if scores:
            figure.ocr = round(min(scores), 3)
