"""PDF reports: the text layer (pdfplumber), or for a scanned page, OCR (read_ocr).

pdfminer lays each page out once; a page that draws no vertical line, rectangle or curve can hold no
ruled table (a cell needs vertical edges), so its characters are taken from that layout directly, as
pdfplumber would make them, and pdfplumber's table finder (and its conversion of every object on the
page) runs only where there may be a ruled table.

Lines are joined back into paragraphs so that a figure broken across a line
or a page comes back whole; running headers, footers and page numbers are
removed; ruled tables are read as tables with their spans (pdf_tables), a table that a page break split
as one.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from functools import cache
from io import BytesIO

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTLine
from pdfplumber.utils import chars_to_textmap
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

import patterns

from . import regexp
from .model import Document, DocumentError
from .pdf_tables import grid_cells, read_tables  # noqa: F401  (read_ocr reads its grids with grid_cells)
from .read_txt import CJK
from .text_builder import TextBuilder, join_with_offsets

PAGE_NUMBER = re.compile(r"^[-—–\s]*\d{1,3}[-—–\s]*$|^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$")
SENTENCE_END = re.compile(r"[。：:；;！!？?”）)]\s*$")
UNBREAKABLE_START = re.compile(r"^[\dA-Za-z.,%％万亿元]")   # what a line wrap moves down whole
CLAUSE_END = re.compile(r"[，,、]\s*$")                       # no paragraph ends so
CLOSING_START = re.compile(r"^[、，,。；;：:？！）)」』”’]")        # nor begins so: a layout that wrapped before it
MARGIN = 0.1  # share of the page height where running headers and footers live


def _open(data: bytes):
    try:
        pdf = pdfplumber.open(BytesIO(data))
        _ = pdf.pages
        return pdf
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise DocumentError("该PDF已加密（需要密码），无法读取；请向报送单位索取未加密的版本。") from exc
    except (PDFSyntaxError, PdfminerException, ValueError, KeyError, TypeError) as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise DocumentError("该PDF已加密（需要密码），无法读取；请向报送单位索取未加密的版本。") from exc
        raise DocumentError("该PDF文件已损坏，无法解析；请向报送单位重新索取原文件。") from exc


def _running_lines(pages_lines: list[list[dict]], heights: list[float]) -> set[str]:
    """Texts that repeat in the top or bottom margin of several pages (digits folded)."""
    counts: Counter = Counter()
    for lines, height in zip(pages_lines, heights):
        seen = set()
        for line in lines:
            if line["top"] < height * MARGIN or line["bottom"] > height * (1 - MARGIN):
                seen.add(re.sub(r"\d+", "#", line["text"].strip()))
        counts.update(seen)
    return {text for text, n in counts.items() if n >= 2}


def _furniture(line: dict, height: float, running: set[str]) -> bool:
    """A page number, or a running header or footer, in the page's top or bottom margin."""
    text = line["text"].strip()
    return ((line["top"] < height * MARGIN or line["bottom"] > height * (1 - MARGIN))
            and bool(PAGE_NUMBER.match(text) or re.sub(r"\d+", "#", text) in running))


def _needs_ocr(chars: list[dict], images: int, curves: int, lines: list[dict], tables: list) -> bool:
    """A scanned page: no text layer but a picture (or glyphs drawn as curves), or a text layer that is
    garbage (a scanner's invisible text with no Chinese character, or mojibake from a font without a map)."""
    if not lines and not tables:
        return bool(images) or curves > 50
    chars = [c["text"] for c in chars if not c["text"].isspace()]
    if len(chars) < 20 or any(CJK.match(c) for c in chars):
        return False
    return bool(images) or sum(not c.isascii() for c in chars) > 0.3 * len(chars)


def _layout_objects(items, chars: list, images: list, drawn: list) -> None:
    """pdfminer's layout of a page, flattened in pdfplumber's order (a figure's objects in its place)."""
    for item in items:
        if isinstance(item, LTContainer):
            _layout_objects(item, chars, images, drawn)
        elif isinstance(item, LTChar):
            chars.append(item)
        elif isinstance(item, LTImage):
            images.append(item)
        elif isinstance(item, LTCurve):
            drawn.append(item)


def _char(char: LTChar, page) -> dict:
    """A character as pdfplumber's Page.chars gives it (the attributes its text lines read)."""
    mb_x0, mb_top = page.mediabox[:2]
    top, bottom = page.height - char.y1 + mb_top, page.height - char.y0 + mb_top
    return {"text": char.get_text(), "x0": char.x0 + mb_x0, "x1": char.x1 + mb_x0, "top": top, "bottom": bottom,
            "doctop": page.initial_doctop + top, "y0": char.y0, "y1": char.y1, "width": char.width,
            "height": char.height, "size": char.size, "adv": char.adv, "upright": char.upright,
            "fontname": char.fontname, "matrix": char.matrix, "page_number": page.page_number,
            "object_type": "char"}


def _read_page(page) -> tuple[list[dict], list, bool]:
    """A page's text lines outside its ruled tables, its ruled tables (pdfplumber's) and whether it looks scanned."""
    chars, images, drawn = [], [], []
    _layout_objects(page.layout, chars, images, drawn)
    if all(type(d) is LTLine and d.y0 == d.y1 for d in drawn):     # no vertical edge: no ruled table
        chars = [_char(c, page) for c in chars]
        lines = chars_to_textmap(chars, layout_bbox=page.bbox, layout_width=page.width,
                                 layout_height=page.height).extract_text_lines(strip=True)
        return lines, [], _needs_ocr(chars, len(images), 0, lines, [])
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    lines = [ln for ln in page.extract_text_lines(strip=True)
             if not any(b[1] - 1 <= (ln["top"] + ln["bottom"]) / 2 <= b[3] + 1 and b[0] - 1 <= ln["x0"] <= b[2] for b in boxes)]
    return lines, tables, _needs_ocr(page.chars, len(page.images), len(page.curves), lines, tables)


def read_pdf(data: bytes, doc: Document) -> Document:
    pdf = _open(data)
    with pdf:
        pages, scanned, ruled = [], [], []
        for number, page in enumerate(pdf.pages):
            lines, tables, needs_ocr = _read_page(page)
            if needs_ocr:
                scanned.append(number)
            pages.append([lines, page.height, []])
            ruled.append((page, lines, [] if needs_ocr else tables))
        running = _running_lines([lines for lines, _, _ in pages], [height for _, height, _ in pages])
        body = [(page, [ln for ln in lines if not _furniture(ln, page.height, running)], tables)
                for page, lines, tables in ruled]
        for entry, tables in zip(pages, read_tables(body)):
            entry[2] = tables
    if scanned:
        with pdfium.PdfDocument(data) as rendered:
            for number in scanned:
                from .read_ocr import read_page, render    # OpenCV and the recogniser load only for scans
                lines, tables, height = read_page(*render(rendered, number))
                pages[number] = [lines, height, tables]
    if not any(lines for lines, _, _ in pages) and not any(tables for _, _, tables in pages):
        if scanned:
            raise DocumentError("该PDF为扫描件，没有文字层，OCR也没有识别出任何文字；请提供清晰的扫描件、文字版PDF或Word原件。")
        raise DocumentError("该PDF没有任何文字内容；请向报送单位索取完整的报告文件。")
    return lay_out(pages, doc)


@cache
def _heading_start() -> regexp.Pattern:
    """The start of a heading or a numbered item: any number form of patterns/headings.toml (一、 （一） 1. ①)."""
    return regexp.compile("|".join(f"(?:{form['pattern']})" for form in patterns.load("headings")["form"]))


def _paragraph_ended(paragraph: list[dict], following: str, spaced: bool) -> bool:
    """After a line that stopped short of the margin with no sentence end: the paragraph ended there only if
    more space than a line's follows it, or that line is a heading on its own, or the next line starts one.
    Otherwise the line wrapped early (a number that did not fit, or a layout that does not justify its lines)
    and the sentence goes on."""
    heading = _heading_start()
    if UNBREAKABLE_START.match(following):
        return False
    return bool(spaced or len(paragraph) == 1 and heading.match(paragraph[0]["text"]) or heading.match(following))


def _ocr_margins(body: list[dict]) -> tuple[float, float]:
    """OCR's line ends wander by a point or two, and a typed page's right edge may be ragged: the margins
    are where nearly all lines begin and end (a first-line indent or a wide title does not move them)."""
    starts = sorted(ln["x0"] for ln in body)
    ends = sorted(ln["x1"] for ln in body)
    return starts[len(starts) // 10], ends[-1 - len(ends) // 10]


def lay_out(pages: list, doc: Document) -> Document:
    """Lines of each page (its text layer's, or OCR's), its height and its tables, as paragraphs and tables.
    Where lines were read by OCR their offsets are kept with the recogniser's confidence (doc.cache["ocr_lines"])."""
    pages_lines = [lines for lines, _, _ in pages]
    heights = [height for _, height, _ in pages]
    pages_tables = [tables for _, _, tables in pages]
    running = _running_lines(pages_lines, heights)

    builder = TextBuilder()
    ocr_lines: list[tuple[int, int, float]] = []
    paragraph: list[dict] = []
    line_pages: list[int] = []
    wrapped_early = False   # the last line stopped a little short with no punctuation: an unbreakable number
    ended = False           # the last line ended its paragraph, unless the next one begins with closing punctuation

    def write(lines: list[dict], pages: list[int]) -> None:
        """Write lines as one paragraph; a paragraph that runs onto the next page starts that page mid-way."""
        text, offsets = join_with_offsets([ln["text"] for ln in lines])
        start = builder.next_offset
        builder.paragraph(text, page=pages[0])
        for offset, page, line in zip(offsets, pages, lines):
            builder.page(page, start + offset)
            if "ocr" in line:
                ocr_lines.append((start + offset, start + offset + len(line["text"].strip()), line["ocr"]))

    def flush() -> None:
        nonlocal paragraph, line_pages
        if paragraph:
            write(paragraph, line_pages)
        paragraph, line_pages = [], []

    for number, (lines, height, tables) in enumerate(zip(pages_lines, heights, pages_tables), start=1):
        body = [ln for ln in lines if not _furniture(ln, height, running)]
        if body:
            char_width = statistics.median((ln["x1"] - ln["x0"]) / max(1, len(ln["text"])) for ln in body)
            if "ocr" in body[0]:
                left, right = _ocr_margins(body)
            else:
                # the body's margins: the most common line ends (a wider title line does not move them); where
                # no end is common (a ragged right edge) the end nearly every line reaches
                ends = Counter(round(ln["x1"]) for ln in body).most_common(1)[0]
                right = ends[0] if ends[1] * 3 >= len(body) else _ocr_margins(body)[1]
                left = Counter(round(ln["x0"]) for ln in body).most_common(1)[0][0]
            line_height = statistics.median(ln["bottom"] - ln["top"] for ln in body)
            tops = sorted(ln["top"] for ln in body)
            steps = [b - a for a, b in zip(tops, tops[1:]) if b - a > line_height / 2]
            pitch = min(steps, default=None)    # a paragraph's lines are closest (many short paragraphs may be set apart)
        items = [(ln["top"], "line", ln) for ln in body] + [(table[0], "table", table) for table in tables]
        for _, what, item in sorted(items, key=lambda x: x[0]):
            if what == "table":
                flush()
                _, cells, confidence = item
                builder.table(cells, page=number)
                for cell in sorted(cells, key=lambda c: c.start):     # a table that runs on to the next pages
                    builder.page(cell.page, cell.start)
                if confidence:     # cells read by OCR (in the order of cells, before the builder sorts them)
                    ocr_lines.extend((c.start, c.end, s) for c, s in zip(cells, confidence) if s is not None)
                continue
            indent = (item["x0"] - left) / char_width
            short_by = (right - item["x1"]) / char_width
            spaced = bool(pitch and line_pages and line_pages[-1] == number
                          and item["top"] - paragraph[-1]["top"] > 1.3 * pitch)
            if paragraph and not CLOSING_START.match(item["text"]) and (
                    ended or indent > 1.5 or wrapped_early and _paragraph_ended(paragraph, item["text"], spaced)):
                flush()
            wrapped_early = ended = False
            centred = indent > 2.5 and abs(indent - short_by) < 1.5    # beyond a first-line indent
            larger = item["bottom"] - item["top"] > 1.2 * line_height
            if indent > 3.5 or centred or larger or "\t" in item["text"]:
                # a centred title, a right-aligned signature or a row of cells stands alone
                flush()
                write([item], [number])
                continue
            paragraph.append(item)
            line_pages.append(number)
            if CLAUSE_END.search(item["text"]):
                continue
            if short_by > 12 or (short_by > 2 and SENTENCE_END.search(item["text"])):
                ended = True
            elif short_by > 2:
                wrapped_early = True
    flush()
    if ocr_lines:
        doc.cache["ocr_lines"] = sorted(ocr_lines)
    return builder.fill(doc)
