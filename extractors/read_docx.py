"""Word .docx reports: body paragraphs and tables in document order.

The package is read with zipfile and lxml directly: only the parts a report's text needs are parsed (the
main document and its numbering; its styles only where a paragraph's style may carry a list number), where
python-docx parses every XML part (a 350 KB styles.xml in most reports) and builds its object model first.
The parts are found as python-docx finds them (relationships, content types) and parsed with the parser
it uses, which neither expands entities nor fetches external ones.

Word keeps the numbers of an automatic list (一、 （一） 1.) outside the
paragraph text, in numbering.xml; they are recovered here, or the section
structure is lost. Text boxes are read once (their VML fallback copy is
skipped). Page headers and footers live in other parts and are left out.
"""
from __future__ import annotations

import posixpath
import zipfile
import zlib
from collections.abc import Callable
from functools import lru_cache
from io import BytesIO

import cn2an
from lxml import etree

from .model import Cell, Document, DocumentError
from .page_breaks import PAGE_BREAK_LINES, TITLE_LINES, continues, joined, past_page_break
from .read_txt import emit_lines, unwrapped
from .text_builder import TextBuilder

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_P, W_TBL, W_TR, W_TC = W + "p", W + "tbl", W + "tr", W + "tc"
W_T, W_TAB, W_BR, W_CR = W + "t", W + "tab", W + "br", W + "cr"
W_TXBX = W + "txbxContent"
W_VAL = W + "val"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
W_DEL = W + "del"
# properties hold no text, but a paragraph's tab stops are w:tab elements too (w:pPr/w:tabs/w:tab)
NOT_TEXT = {MC_FALLBACK, W_DEL, W + "pPr", W + "rPr"}
W_SDT, W_SDT_CONTENT = W + "sdt", W + "sdtContent"

# python-docx's parser (docx.oxml.parser), so the tree, and so the text, is the one it gave
PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
BROKEN = (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, etree.XMLSyntaxError)


def qn(tag: str) -> str:
    """w:numPr → {namespace}numPr"""
    return W + tag.split(":", 1)[1]


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

    def __init__(self, numbering, styles: Callable[[], dict[str, tuple[str, int]]]) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}   # abstractNumId -> ilvl -> (fmt, text, start)
        self.num_to_abstract: dict[str, str] = {}
        self.overrides: dict[str, dict[int, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.styles = styles                # styleId -> (numId, ilvl), read when a paragraph's style could number it
        self.style_numbering: dict[str, tuple[str, int]] | None = None
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
            if style_id is not None and self.levels:
                if self.style_numbering is None:
                    self.style_numbering = self.styles()
                num_id, ilvl = self.style_numbering.get(style_id, (None, 0))
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
            if tag in NOT_TEXT:
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


def _page_break_before_a_table(children: list, at: int, title: str) -> int:
    """How many paragraphs from at on are a page break right before a table; 0 where they are not."""
    texts = []
    for child in children[at:at + PAGE_BREAK_LINES + 1]:
        if child.tag != W_P:
            break
        texts.append(_paragraph_text(child, []))
    end = past_page_break(texts, 0, title) if texts else 0
    return end if end and at + end < len(children) and children[at + end].tag == W_TBL else 0


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


@lru_cache(maxsize=8)
def style_numbering(styles_xml: bytes | None) -> dict[str, tuple[str, int]]:
    """The paragraph styles that carry a list number: styleId -> (numId, ilvl). Kept per styles.xml:
    reports made from one template share its styles part, the largest part of most reports."""
    mapping: dict[str, tuple[str, int]] = {}
    if styles_xml is None:      # python-docx's default styles, used then, number no style
        return mapping
    for style in etree.fromstring(styles_xml, PARSER).iter(qn("w:style")):
        num_pr = style.find(qn("w:pPr") + "/" + qn("w:numPr"))
        if num_pr is not None:
            num_id = _child_val(num_pr, "w:numId")
            if num_id and style.get(qn("w:styleId")) is not None:
                mapping[style.get(qn("w:styleId"))] = (num_id, int(_child_val(num_pr, "w:ilvl") or 0))
    return mapping


class Package:
    """The parts of a .docx found as python-docx finds them: by relationship type from the main document,
    which the package's relationships name and whose content type must be Word's."""

    def __init__(self, data: bytes) -> None:
        self.archive = zipfile.ZipFile(BytesIO(data))
        self.main = self.related("/", "officeDocument")
        if self.main is None:
            raise KeyError("no main document part")
        content_type = self.content_type(self.main)
        if content_type != WORD_MAIN:
            raise ValueError(f"not a Word document: {content_type}")

    def read(self, partname: str) -> bytes:
        return self.archive.read(partname[1:])

    def related(self, source: str, reltype: str) -> str | None:
        """The part `source` relates to by `reltype`; None if there is none, ValueError if there are two."""
        folder, name = posixpath.split(source)
        try:
            rels = etree.fromstring(self.read(posixpath.join(folder, "_rels", name + ".rels")), PARSER)
        except KeyError:
            return None
        matching = [rel for rel in rels if rel.tag == RELATIONSHIP and rel.get("Type") == RT + reltype]
        if len(matching) > 1:
            raise ValueError(f"multiple relationships of type {reltype}")
        if not matching:
            return None
        if matching[0].get("TargetMode", "Internal") == "External":
            raise ValueError(f"{reltype} is an external target")
        return posixpath.abspath(posixpath.join(folder, matching[0].get("Target", "")))

    def content_type(self, partname: str) -> str:
        types = etree.fromstring(self.read("/[Content_Types].xml"), PARSER)
        defaults, overrides = {}, {}
        for entry in types:
            if entry.tag == CONTENT_TYPES + "Override":
                overrides[entry.get("PartName", "").lower()] = entry.get("ContentType")
            elif entry.tag == CONTENT_TYPES + "Default":
                defaults[entry.get("Extension", "").lower()] = entry.get("ContentType")
        extension = posixpath.splitext(partname)[1].lstrip(".").lower()
        if partname.lower() in overrides:
            return overrides[partname.lower()]
        if extension in defaults:
            return defaults[extension]
        raise KeyError(f"no content type for {partname}")

    def part(self, reltype: str) -> bytes | None:
        """A part the main document relates to by reltype (its bytes), or None."""
        partname = self.related(self.main, reltype)
        return None if partname is None else self.read(partname)


def _broken(exc: Exception) -> DocumentError:
    return DocumentError(f"该Word文件(.docx)已损坏，无法打开（{type(exc).__name__}）；请向报送单位重新索取原文件。")


def read_docx(data: bytes, doc: Document) -> Document:
    try:
        package = Package(data)
        body = etree.fromstring(package.read(package.main), PARSER).find(qn("w:body"))
        numbering_xml = package.part("numbering")
        numbering_root = None if numbering_xml is None else etree.fromstring(numbering_xml, PARSER)
    except BROKEN as exc:
        raise _broken(exc) from exc

    def styles() -> dict[str, tuple[str, int]]:
        try:
            return style_numbering(package.part("styles"))
        except BROKEN as exc:
            raise _broken(exc) from exc

    numbering = ListNumbering(numbering_root, styles)
    builder = TextBuilder()
    lines = [] if body is None else [_paragraph_text(p, []) for p in body.iter(W_P)]
    plain: list[str] = []       # unnumbered paragraphs in a row: a table typed as lines of cells may be among them
    title = ""

    def flush() -> None:
        if plain:
            # (a Word file made from a PDF keeps its lines as paragraphs: …旗级资金比\n2021年的1,650万元增加150万元: wrapped
            # lines, by the width most of the file's lines share, run on)
            emit_lines(builder, unwrapped(plain, sample=lines), title)
            plain.clear()

    def emit_paragraph(p) -> None:
        boxes: list = []
        text, label = _paragraph_text(p, boxes), numbering.label(p)
        if not label and not boxes and "\n" not in text:
            plain.append(text)      # (资金级次|到位资金（万元）|已支出（万元） / 中央衔接资金|22,146|21,860.34: read as rows)
            return
        flush()
        builder.paragraph(text, numbering=label)
        for box in boxes:
            for inner in box.iter(W_P):
                emit_paragraph(inner)

    def walk(container, title: str) -> None:
        children = list(container)
        i = 0
        while i < len(children):
            child = children[i]
            i += 1
            if child.tag == W_P:
                emit_paragraph(child)
            elif child.tag == W_TBL:
                cells, furniture = _table_cells(child), []
                # (a table cut by a page break, the page's number and running header in paragraphs between its pieces)
                while (end := _page_break_before_a_table(children, i, title)) \
                        and continues(cells, piece := _table_cells(children[i + end])):
                    furniture += children[i:i + end]
                    cells = joined(cells, piece)
                    i += end + 1
                flush()
                builder.table(cells)
                for p in furniture:
                    emit_paragraph(p)
            elif child.tag == W_SDT:
                content = child.find(W_SDT_CONTENT)
                if content is not None:
                    walk(content, title)

    if body is not None:
        top = [text for line in lines if (text := line.strip())][:TITLE_LINES]
        title = "".join(top)
        walk(body, title)
        flush()
    if not any(block.end > block.start for block in builder.blocks):
        raise DocumentError("该Word文件没有正文文字（可能只有图片）；如为扫描件请先OCR，或向报送单位索取文字版。")
    return builder.fill(doc)
