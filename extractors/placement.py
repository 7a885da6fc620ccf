"""Where each figure sits: section path, indicator, page, paragraph or table; its fact id."""
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
