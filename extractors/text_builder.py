"""Assemble a document's text from paragraphs and tables, recording offsets.

Every reader emits its content through one TextBuilder, so paragraphs,
tables (one line per row, cells separated by tabs) and pages all get their
offsets the same way.
"""
from __future__ import annotations

from .model import Block, Cell, Document, Table


class TextBuilder:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []
        self.tables: list[Table] = []
        self.page_starts: list[tuple[int, int]] = []
        self.last_paragraph = ""    # the caption of a table that follows (单位：万元)

    @property
    def next_offset(self) -> int:
        return self._length

    def _write(self, text: str) -> tuple[int, int]:
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        return start, self._length

    def page(self, number: int, offset: int | None = None) -> None:
        """Page `number` starts at `offset` (default: where the next text goes)."""
        offset = self._length if offset is None else offset
        if not self.page_starts or self.page_starts[-1][1] != number:
            self.page_starts.append((offset, number))

    def paragraph(self, text: str, page: int | None = None, numbering: str = "") -> None:
        text = text.strip("\r\n")
        if not text.strip() and not numbering:
            return
        if numbering:
            text = numbering + text
        if page is not None:
            self.page(page)
        start, end = self._write(text)
        self._write("\n")
        self.blocks.append(Block("paragraph", start, end, page=page, numbering=numbering))
        self.last_paragraph = text.strip()

    def table(self, cells: list[Cell], page: int | None = None, caption: str = "", flattened: bool = False) -> None:
        """Write a table row by row; each cell keeps its offsets. Merged cells appear once."""
        if not cells:
            return
        cells = sorted(cells, key=lambda c: (c.row, c.col))
        if page is not None:
            self.page(page)
        table_start = self._length
        current_row = cells[0].row
        first_in_row = True
        for cell in cells:
            if cell.row != current_row:
                self._write("\n")
                current_row, first_in_row = cell.row, True
            if not first_in_row:
                self._write("\t")
            text = " ".join(cell.text.split()) if "\n" in cell.text or "\t" in cell.text else cell.text
            cell.text = text
            cell.start, cell.end = self._write(text)
            cell.page = cell.page if cell.page is not None else page
            first_in_row = False
        table_end = self._length
        self._write("\n")
        table = Table(cells, start=table_start, end=table_end, page=page, caption=caption or self.last_paragraph,
                      flattened=flattened)
        self.last_paragraph = ""
        self.tables.append(table)
        self.blocks.append(Block("table", table_start, table_end, page=page, table=table))

    def fill(self, doc: Document) -> Document:
        doc.text = "".join(self._parts)
        doc.blocks, doc.tables, doc.page_starts = self.blocks, self.tables, self.page_starts
        return doc


def join_wrapped(lines: list[str]) -> str:
    """Join lines that a layout wrapped; Chinese and numbers join with nothing between."""
    return join_with_offsets(lines)[0]


def join_with_offsets(lines: list[str]) -> tuple[str, list[int]]:
    """join_wrapped, with the offset where each line starts in the joined text."""
    out, offsets = "", []
    for line in lines:
        line = line.strip()
        offsets.append(len(out))
        if not line:
            continue
        if out and out[-1].isascii() and out[-1].isalpha() and line[0].isascii() and line[0].isalpha():
            out += " "
            offsets[-1] += 1
        out += line
    return out, offsets
