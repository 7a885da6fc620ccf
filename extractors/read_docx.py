"""Word .docx reports: body paragraphs and tables in document order.

Word keeps the numbers of an automatic list (一、 （一） 1.) outside the
paragraph text, in numbering.xml; they are recovered here, or the section
structure is lost. Text boxes are read once (their VML fallback copy is
skipped). Page headers and footers live in other parts and are left out.
"""
from __future__ import annotations

import zipfile
from io import BytesIO

import cn2an
import docx
from lxml import etree
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn

from .model import Cell, Document, DocumentError
from .text_builder import TextBuilder

W_P, W_TBL, W_TR, W_TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
W_T, W_TAB, W_BR, W_CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
W_TXBX = qn("w:txbxContent")
W_VAL = qn("w:val")
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
W_DEL = qn("w:del")
W_SDT, W_SDT_CONTENT = qn("w:sdt"), qn("w:sdtContent")


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
               "ideographDigital", "japaneseCounting", "taiwaneseCounting"):
        return cn2an.an2cn(n)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        out, rest = "", n
        for value, letters in numerals:
            while rest >= value:
                out, rest = out + letters, rest - value
        return out if fmt == "upperRoman" else out.lower()
    if fmt == "ideographTraditional":
        return "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10]
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


class ListNumbering:
    """Replays Word's list counters to render each numbered paragraph's label."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}   # abstractNumId -> ilvl -> (fmt, text, start)
        self.num_to_abstract: dict[str, str] = {}
        self.overrides: dict[str, dict[int, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.style_numbering: dict[str, tuple[str, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering = None
        if numbering is not None:
            for abstract in numbering.iter(qn("w:abstractNum")):
                levels = {}
                for lvl in abstract.iter(qn("w:lvl")):
                    ilvl = int(lvl.get(qn("w:ilvl"), 0))
                    fmt = _child_val(lvl, "w:numFmt") or "decimal"
                    text = _child_val(lvl, "w:lvlText") or ""
                    start = int(_child_val(lvl, "w:start") or 1)
                    levels[ilvl] = (fmt, text, start)
                self.levels[abstract.get(qn("w:abstractNumId"))] = levels
            for num in numbering.iter(qn("w:num")):
                num_id = num.get(qn("w:numId"))
                self.num_to_abstract[num_id] = _child_val(num, "w:abstractNumId") or ""
                for override in num.iter(qn("w:lvlOverride")):
                    start = _child_val(override, "w:startOverride")
                    if start is not None:
                        self.overrides.setdefault(num_id, {})[int(override.get(qn("w:ilvl"), 0))] = int(start)
        try:
            for style in document.styles.element.iter(qn("w:style")):
                num_pr = style.find(qn("w:pPr") + "/" + qn("w:numPr"))
                if num_pr is not None:
                    num_id = _child_val(num_pr, "w:numId")
                    if num_id:
                        self.style_numbering[style.get(qn("w:styleId"))] = (num_id, int(_child_val(num_pr, "w:ilvl") or 0))
        except (KeyError, NotImplementedError, AttributeError):
            pass

    def label(self, paragraph) -> str:
        p_pr = paragraph.find(qn("w:pPr"))
        if p_pr is None:
            return ""
        num_pr = p_pr.find(qn("w:numPr"))
        num_id, ilvl = None, 0
        if num_pr is not None:
            num_id = _child_val(num_pr, "w:numId")
            ilvl = int(_child_val(num_pr, "w:ilvl") or 0)
        else:
            style_id = _child_val(p_pr, "w:pStyle")
            if style_id in self.style_numbering:
                num_id, ilvl = self.style_numbering[style_id]
        if not num_id or num_id == "0":
            return ""
        abstract_id = self.num_to_abstract.get(num_id)
        levels = self.levels.get(abstract_id or "", {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        for level in list(counters):
            if level > ilvl:
                del counters[level]
        if ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = self.overrides.get(num_id, {}).get(ilvl, levels[ilvl][2])
        fmt, text, _ = levels[ilvl]
        if fmt == "bullet":
            return ""
        for level, (level_fmt, _, level_start) in levels.items():
            if f"%{level + 1}" in text:
                text = text.replace(f"%{level + 1}", _format_number(counters.get(level, level_start), level_fmt))
        return text


def _child_val(element, tag: str) -> str | None:
    child = element.find(qn(tag))
    return None if child is None else child.get(W_VAL)


def _paragraph_text(paragraph, boxes: list) -> str:
    """The paragraph's own text; paragraphs inside text boxes are collected into boxes."""
    parts: list[str] = []

    def walk(element) -> None:
        for child in element:
            tag = child.tag
            if tag == MC_FALLBACK or tag == W_DEL:
                continue
            if tag == W_TXBX:
                boxes.append(child)
                continue
            if tag == W_T:
                parts.append(child.text or "")
            elif tag == W_TAB:
                parts.append("\t")
            elif tag in (W_BR, W_CR):
                parts.append("\n")
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts)


def _cell_text(tc) -> str:
    lines = []
    for p in tc.iter(W_P):
        lines.append(_paragraph_text(p, []))
    return "\n".join(line for line in lines if line.strip())


def _table_cells(tbl) -> list[Cell]:
    """Cells with their spans; a vertically merged cell appears once, at its top row."""
    cells: list[Cell] = []
    open_merges: dict[int, Cell] = {}
    for r, tr in enumerate(tbl.iter(W_TR)):
        if tr.getparent() is not tbl:
            continue
        col = 0
        tr_pr = tr.find(qn("w:trPr"))
        if tr_pr is not None:
            col += int(_child_val(tr_pr, "w:gridBefore") or 0)
        for tc in tr.findall(W_TC):
            tc_pr = tc.find(qn("w:tcPr"))
            span = int(_child_val(tc_pr, "w:gridSpan") or 1) if tc_pr is not None else 1
            v_merge = tc_pr.find(qn("w:vMerge")) if tc_pr is not None else None
            if v_merge is not None and v_merge.get(W_VAL) in (None, "continue") and col in open_merges:
                open_merges[col].rowspan += 1
            else:
                cell = Cell(r, col, _cell_text(tc), colspan=span)
                cells.append(cell)
                if v_merge is not None and v_merge.get(W_VAL) == "restart":
                    open_merges[col] = cell
                else:
                    open_merges.pop(col, None)
            col += span
    return cells


def read_docx(data: bytes, doc: Document) -> Document:
    try:
        document = docx.Document(BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise DocumentError(f"该Word文件(.docx)已损坏，无法打开（{type(exc).__name__}）；请向报送单位重新索取原文件。") from exc
    numbering = ListNumbering(document)
    builder = TextBuilder()

    def emit_paragraph(p) -> None:
        boxes: list = []
        builder.paragraph(_paragraph_text(p, boxes), numbering=numbering.label(p))
        for box in boxes:
            for inner in box.iter(W_P):
                emit_paragraph(inner)

    def walk(container) -> None:
        for child in container:
            if child.tag == W_P:
                emit_paragraph(child)
            elif child.tag == W_TBL:
                builder.table(_table_cells(child))
            elif child.tag == W_SDT:
                content = child.find(W_SDT_CONTENT)
                if content is not None:
                    walk(content)

    walk(document.element.body)
    if not any(block.end > block.start for block in builder.blocks):
        raise DocumentError("该Word文件没有正文文字（可能只有图片）；如为扫描件请先OCR，或向报送单位索取文字版。")
    return builder.fill(doc)
