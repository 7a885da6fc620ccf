"""Where each figure sits: section path, indicator, page, paragraph or table; its fact id."""
from __future__ import annotations

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
            table_index = next((i for i, t in enumerate(doc.tables) if t.start <= figure.start < t.end), None)
            if table_index is not None:
                figure.source, figure.table_index = "table", table_index
                figure.cell = next((c for c in doc.tables[table_index].cells if c.start <= figure.start < c.end), None)
