"""Plain text reports: detect the encoding, split into paragraphs."""
from __future__ import annotations

import codecs
from collections import Counter
from functools import partial
from unicodedata import east_asian_width

from charset_normalizer import from_bytes

from . import regexp
from .flattened_tables import NUMBER_ROLES
from .model import Cell, Document, DocumentError
from .normalize import normalize
from .page_breaks import TITLE_LINES, past_page_break
from .structure import heading_level
from .table_figures import cues as table_cues, role_of
from .text_builder import TextBuilder

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CJK = regexp.compile(r"\p{Han}")
UNIT_LINE_REACH = 2     # lines above a table its unit may be stated in, past a line naming the table
WIDE_GAP = regexp.compile(r"\u3000{2,}| {2,}")     # columns set apart by runs of spaces (a layout export)
TRAILING_GAP = regexp.compile(r"(?:\u3000{2,}| {2,})$")
RULE_LINE = regexp.compile(r"[-=_—─━·.\s]*")     # ------ / ====== / ──────: a rule drawn between lines
# 合  计 / 合　　计: one word spaced out for alignment
SPREAD_LABEL = regexp.compile(r"^(\p{Han})(?:\u3000+| +)(\p{Han})(?=\u3000{2,}| {2,}|\t|$)")
LABEL_THEN_NUMBER = regexp.compile(r"^(?P<label>\S*\p{Han})[\u3000 ](?P<number>[-−+]?\d[\d,.]*%?)$")
BARS = str.maketrans("｜│┃║", "||||")
STRAY_BAR = "|｜│┃║¦ \u3000"     # a bar alone at the end of a row set apart by spaces, and the spaces before it
BOX_RULE = regexp.compile(r"[─━═\s]*[┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬][─━═┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬\s]*")
CHINESE_ENCODINGS = ("gb18030", "gbk", "gb2312", "big5", "hz")


def decode(data: bytes) -> str:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is not None and best.encoding in CHINESE_ENCODINGS:
        return str(best)
    try:
        # GB18030 is a superset of GBK and GB2312, the usual encodings of Chinese office files.
        return data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    guessed = str(best) if best is not None else data.decode("gb18030", errors="replace")
    if not CJK.search(guessed):
        # no Chinese encoding fits and the detector's guess has not one Chinese character: not a report's text
        raise DocumentError("文本文件的编码无法识别（按常见中文编码都读不出汉字）；请另存为UTF-8编码后重新提交。")
    return guessed


def read_txt(data: bytes, doc: Document) -> Document:
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DocumentError("文本文件里没有文字内容；请向报送单位索取完整的报告文件。")
    if text.count("\ufffd") > max(20, len(text) // 50):
        raise DocumentError("文本文件的编码无法识别（大量乱码）；请另存为UTF-8编码后重新提交。")
    builder = TextBuilder()
    lines = unwrapped(text.split("\n"))
    title = "".join(line.strip() for line in lines[:TITLE_LINES] if line.strip() and not heading_level(normalize(line)))
    emit_lines(builder, lines, title)
    return builder.fill(doc)


def emit_lines(builder: TextBuilder, lines: list[str], title: str) -> None:
    """Lines of text into paragraphs, and the runs of them that are rows of a table (cells set apart by tabs, bars or
    runs of spaces) into tables, each with the caption line above it."""
    i, caption = 0, ""          # caption: the last non-empty line before a table (单位：万元)
    unit_line, unit_at = "", -1  # the last line that states a unit (（单位：万元）\n项目名称  2022年…资金\n…): kept a line more
    while i < len(lines):
        if (vertical := _vertical_table(lines, i)) is not None:
            rows, i = vertical
            builder.table([Cell(r, c, t) for r, row in enumerate(rows) for c, t in enumerate(row)], caption=caption,
                          flattened=True)
            continue
        j = i
        cells = _cells
        if _cells(lines[i]) is None and _narrow_table_opens(lines, i):
            cells = _narrow_cells
        elif _cells(lines[i]) is None and (width := _spaced_table_opens(lines, i)):
            cells = partial(_spaced_cells, width=width)
        furniture: list[str] = []     # a page's number and running header between two rows of one table
        while j < len(lines):
            if cells(lines[j], inside=j > i) is not None:
                j += 1
            elif j > i and (k := past_page_break(lines, j, title)) > j and k < len(lines) \
                    and cells(lines[k], inside=True) is not None:
                furniture += lines[j:k]
                j = k
            else:
                break
        if j - i >= 2:
            read = [(row, line) for line in lines[i:j] if (row := cells(line, inside=True))]
            header = read[0][1] if read else ""
            # (the layout places a short row's cells only where every full row stands under the header's columns)
            laid_out = bool(read) and _laid_out(read, header)
            rows: list[list[str]] = []
            numeric = _numeric_columns(read)
            for row, line in read:
                rows.append(_aligned(row, line, len(rows[0]), header if laid_out else "", numeric) if rows else row)
            near_unit = unit_line if unit_line and unit_line != caption and i - unit_at <= UNIT_LINE_REACH else ""
            builder.table([Cell(r, c, t) for r, row in enumerate(rows) for c, t in enumerate(row)],
                          caption=" ".join(filter(None, (near_unit, caption))), flattened=True)
            for line in furniture:
                builder.paragraph(line)
            i = j
        else:
            builder.paragraph(lines[i])
            if not RULE_LINE.fullmatch(lines[i].strip()):
                caption = lines[i].strip() or caption   # (a line of dashes under the caption is no caption)
                if table_cues()["unit_in_caption"].search(lines[i]):
                    unit_line, unit_at = lines[i].strip(), i
            i += 1


MOST_COLUMNS = 12       # column names a score table has at most (a longer run of them is no header: time stays linear)


def _vertical_table(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """一级指标\n分值\n得分\n资金执行\n20\n19.5\n产出指标\n40\n37.5…: a self-assessment table a PDF's text gave one cell per
    line: a run of its column names (two of the roles a score table's columns have at least), then rows of as many lines,
    each with a number under every column of numbers; its rows and the line after it, else None."""
    header = _column_names(lines, i)
    if header and _unit_column(header[0]):
        header = []     # (年度资金总额（万元）\n全年预算数\n…: the label column, named with the unit of its row's numbers)
    if not header and i + 1 < len(lines) and 0 < len(lines[i].strip()) <= NARROW_CELL \
            and not PROSE_MARK.search(lines[i]) and not any(ch.isdigit() for ch in lines[i]):
        named = _column_names(lines, i + 1)     # 项目资金（万元）\n年初预算数\n…\n得分: the label column named otherwise
        header = [lines[i].strip(), *named] if named and (role_of(named[0]) or _unit_column(named[0])) else []
        values = [line.strip() for line in lines[i + 1 + len(named):i + 1 + 2 * len(named)]]
        if header and len(values) == len(named) and all(NUMBER_CELL.match(v) for v in values):
            # 资金执行\n全年预算数（万元）\n…\n得分\n24,572.36\n…\n9.7: a row's label, its columns' names, then its numbers
            return [["", *named], [header[0], *values]], i + 1 + 2 * len(named)
    roles = [role_of(h) for h in header]
    # (the first column holds the rows' labels, whatever unit its name gives them: 项目资金（万元）\n年初预算数…)
    numeric = [False] + [role in NUMBER_ROLES or _unit_column(name) for role, name in zip(roles[1:], header[1:])]
    if len(header) < 3 or roles[0] or sum(1 for r in roles if r) < 2 and sum(numeric) < 2:
        return None
    rows, j = [header], i + len(header)
    while j + len(header) <= len(lines):
        row = [line.strip() for line in lines[j:j + len(header)]]
        # (小计\n \n \n \n \n90\n87.5: a row may leave its columns of words blank, never its columns of numbers)
        if not row[0] or NUMBER_CELL.match(row[0]) or any(
                len(cell) > NARROW_CELL or PROSE_MARK.search(cell) or number and not NUMBER_CELL.match(cell)
                for cell, number in zip(row, numeric)):
            break
        rows.append(row)
        j += len(header)
    if len(rows) >= 2 and (sums := _short_row_of_sums(lines, j, numeric)) is not None:
        rows.append(sums)       # 合计\n100\n96 closing a table of seven columns: its numbers under the columns of numbers
        j += 1 + sum(numeric)
    return (rows, j) if len(rows) >= 2 else None


def _row_of_sums(label: str) -> bool:
    return bool(table_cues()["sum_row"].search(label) or table_cues()["total_row"].search(label))


def _short_row_of_sums(lines: list[str], j: int, numeric: list[bool]) -> list[str] | None:
    """A closing row of sums written as its label and its numbers alone, one per column of numbers; else None."""
    wanted = sum(numeric)
    cells = [line.strip() for line in lines[j + 1:j + 1 + wanted]]
    after = lines[j + 1 + wanted].strip() if j + 1 + wanted < len(lines) else ""
    if j >= len(lines) or not _row_of_sums(lines[j].strip()) or len(cells) < wanted \
            or not all(NUMBER_CELL.match(c) for c in cells) or NUMBER_CELL.match(after):
        return None
    numbers = iter(cells)
    return [lines[j].strip()] + [next(numbers) if number else "" for number in numeric[1:]]


def _column_names(lines: list[str], i: int) -> list[str]:
    """The run of lines from i that each name a column of a score table (一级指标, 年度指标值, 分值, 得分…) or a column of
    numbers in a unit (下达资金（万元）, 执行率（%）)."""
    names = []
    for line in lines[i:i + MOST_COLUMNS + 1]:
        text = line.strip()
        if not text or not (role_of(text) or table_cues()["plain_header"].match(text)
                            or table_cues()["spaced_header"].fullmatch(text) or _unit_column(text)):
            break
        names.append(text)
    return names if len(names) <= MOST_COLUMNS else []


def _unit_column(name: str) -> bool:
    """A column's name that ends with the unit of its numbers in brackets (实际支出（万元）, 执行率（%）)."""
    unit = table_cues()["unit_in_header"].search(name)
    return unit is not None and not name[unit.end():].strip() and len(name) <= NARROW_CELL \
        and not PROSE_MARK.search(name)


WRAPPED_SHARE = 0.4     # of the text's long lines, how many reach one length in a text wrapped at that length
WRAPPED_LINES = 10      # long lines a wrapped text has at least
WRAP_WIDTH = 25         # characters a wrapped line holds at least (shorter lines of one length are lists, not wrapping)
LONG_LINE = 15          # characters of a line that may have been wrapped
EARLY_WRAP = 0.6        # of the width, a line that stopped short before a number that did not fit
NUMBER_START = regexp.compile(r"\s*[\d.,%％]")
LINE_END = regexp.compile(r"[。；;！!？?：:]\s*$")
# a line that opens something of its own besides a heading: a page's number, an attachment, a note, a signature's date
OWN_LINE = regexp.compile(r"\s*(?:第[\d一二三四五六七八九十]+[章节条页]|[-—–]\s*\d+\s*[-—–]|附件|注[：:]"
                          r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$)")


def unwrapped(lines: list[str], sample: list[str] | None = None) -> list[str]:
    """A text exported from a PDF or a fixed-width layout breaks its sentences where its lines were full (…比2017年的\n
    7,500万元增加…): where most long lines share one length, a line of that length that ends no sentence runs on into
    the next line of running text; so does a shorter one whose next line opens with a number too long to fit after
    it. A length is counted in characters, and in the columns a layout gives them (a Chinese character two, a digit
    one): a line is full by either count that most lines share. sample: the lines the width is read from, where the
    lines are some of a text's (a Word file's paragraphs between its tables)."""
    long = [line for line in (lines if sample is None else sample) if len(line.strip()) >= LONG_LINE and _cells(line) is None]
    if len(long) < WRAPPED_LINES:
        return lines
    # (per measure, the length a full line reaches at least)
    full_at = [(measure, width - spread)
               for measure, least, spread in ((_chars, WRAP_WIDTH, 2), (_columns, 2 * WRAP_WIDTH, 4))
               for width, share in [_widest_common(measure, long, spread)]
               if width >= least and share >= WRAPPED_SHARE * len(long)]
    if not full_at:
        return lines
    out: list[str] = []
    full = early = False
    for line in lines:
        prose = _cells(line) is None and not _spaced_row(line)
        if (full or early and NUMBER_START.match(line)) and line.strip() and prose and not _opens_its_own(line):
            out[-1] += line.strip()
        else:
            out.append(line)
        open_end = prose and not LINE_END.search(line)
        full = open_end and any(measure(line) >= least for measure, least in full_at)
        early = open_end and any(measure(line) >= EARLY_WRAP * least for measure, least in full_at)
    return out


def _widest_common(measure, lines: list[str], spread: int) -> tuple[int, int]:
    """The length that most lines reach to within `spread` below it, and how many do. A full line stops short of the
    width by what did not fit after it: a character (two columns), a sign kept off the next line's start, or part of
    a number that went down whole."""
    counts = Counter(measure(line) for line in lines)
    near = {w: sum(counts[w - k] for k in range(spread + 1)) for w in counts}   # (one pass: time linear in the text)
    width = max(near, key=lambda w: (near[w], w))
    return width, near[width]


def _chars(line: str) -> int:
    return len(line.rstrip())


def _columns(line: str) -> int:
    """How wide a line is laid out: a Chinese character or a full-width sign takes two columns, a digit or a Latin
    letter one (a line with figures holds fewer characters than one without, wrapped at the same width)."""
    return _width(line.rstrip())


def _width(text: str) -> int:
    return len(text) + sum(1 for ch in text if east_asian_width(ch) in "WF")


def _opens_its_own(line: str) -> bool:
    """A heading, a list item (一、 （一） 1. as the headings read them), a page's number or a signature's date."""
    return heading_level(normalize(line)) is not None or OWN_LINE.match(line) is not None


def _spans(line: str) -> list[tuple[int, int]]:
    """Where each cell of a row set apart by runs of spaces lies, in the columns a fixed-width layout gives it (a
    Chinese character two, a digit one)."""
    spans, at = [], 0
    for gap in [*WIDE_GAP.finditer(line), None]:
        end = gap.start() if gap is not None else len(line.rstrip("\u3000 "))
        if end > at:
            spans.append((_width(line[:at]), _width(line[:end])))
        at = gap.end() if gap is not None else at
    if spans and SPREAD_LABEL.match(line.strip("\u3000 ")) and len(spans) >= 2:
        spans[:2] = [(spans[0][0], spans[1][1])]        # 合  计: one cell
    return spans


def _placed(row: list[str], line: str, header: str, width: int) -> list[str] | None:
    """A short row laid out under its header by spaces, each cell in the column it stands under (　　合计      100
    94.5 under 　　一级指标  分值  自评得分  扣分原因); None where its cells do not each stand under a column of their own."""
    heads, cells = _spans(header), _spans(line)
    if len(heads) != width or len(cells) != len(row):
        return None
    placed, last = [""] * width, -1
    for text, (a, b) in zip(row, cells):
        # (the column it overlaps most; else the nearest, where a long cell before it pushed it a little aside)
        fits = [(max(0, min(b, d) - max(a, c)), -max(0, c - b, a - d)) for c, d in heads]
        best = max(range(width), key=lambda k: fits[k])
        if fits[best][0] == 0 and -fits[best][1] > LAYOUT_DRIFT or best <= last \
                or sum(2 * fit >= d - c for (fit, _), (c, d) in zip(fits, heads)) > 1:
            return None     # (nor 2016年　612.40, one cell across two columns: a label and a figure run together)
        placed[best], last = text, best
    return placed


LAYOUT_DRIFT = 2    # columns a cell may stand beside the column it is under (a Chinese character's width)


def _laid_out(read: list[tuple[list[str], str]], header: str) -> bool:
    """Every row of a table as wide as its header stands cell by cell under the header's columns, and such rows are
    most of them, or, where no row is wider than the header, every shorter row stands under columns of its own too
    (产出指标(50分)  数量指标  …  58个  10  10 with its 偏差原因 empty; not 项目  年初预算数 … / 整合资金 … / 考评指标  分值  得分 /
    …: a table of its own run on below)."""
    width = len(read[0][0])
    full = [(row, line) for row, line in read[1:] if len(row) == width]
    short = [(row, line) for row, line in read[1:] if len(row) < width]
    return all(_placed(row, line, header, width) == row for row, line in full) \
        and (2 * len(full) > len(read) - 1 or len(full) + len(short) == len(read) - 1
             and all(_placed(row, line, header, width) is not None for row, line in short))


def _numeric_columns(read: list[tuple[list[str], str]]) -> list[int]:
    """The columns where every row as wide as the header holds a figure (or a dash), where there are two such rows or
    more."""
    width = len(read[0][0])
    full = [row for row, _ in read[1:] if len(row) == width]
    if len(full) < 2:
        return []
    return [k for k in range(1, width) if all(NUMBER_CELL.match(row[k]) or DASH_CELL.fullmatch(row[k]) for row in full)]


def _aligned(row: list[str], line: str, width: int, header: str = "", numeric: list[int] = ()) -> list[str]:
    """A row set apart by spaces that has fewer cells than its header left its middle ones empty (合计　　　　18,462　　
    4,895.37 under 批次 | 验收时间 | 奖补户数 | 拨付金额): each cell takes the column it stands under where the layout
    shows it, else its label stays first and its figures take the last columns.
    A row one cell short that opens with a bar and closes with none left its first cell empty ( | 合计 |  | 1,200 |
    1,046.5 under 序号 | 乡镇 | 项目村 | 安排资金 | 已支出)."""
    bars = line.strip().translate(BARS)
    if header and len(row) < width and "\t" not in line + header and "|" not in bars + header.translate(BARS) \
            and (placed := _placed(row, line, header, width)) is not None:
        return placed
    if len(row) < width and "\t" not in line and "|" not in bars:
        # (  合计  1,150  1,036.82   under 序号 | 项目名称 | 安排资金 | 已支出 | 完成情况: a gap at either end is an empty cell)
        padded = [""] * bool(WIDE_GAP.match(line)) + row + [""] * bool(TRAILING_GAP.search(line))
        if len(padded) == width:
            return padded
    if len(row) < width and "\t" not in line and "|" not in bars and (split := LABEL_THEN_NUMBER.match(row[0])):
        row = [split.group("label"), split.group("number"), *row[1:]]     # 2016年　612.40　　208.50: one space after a label
    if len(row) == width - 2 and bars.startswith("|") and bars.endswith("|"):
        return ["", *row, ""]   # | 合计 |  | 318.6 | 309.5 |  under 序号 | 项目名称 | … | 完成情况: empty at both ends
    if len(row) == width - 1 and bars.startswith("|") and not bars.endswith("|"):
        return ["", *row]
    if len(row) == width - 1 and bars.endswith("|") and not bars.startswith("|"):
        return [*row, ""]       # 合计｜　｜1,286.40｜1,231.96｜ under 序号｜…｜完成情况: a bar that closes an empty last cell
    if 2 <= len(row) < width and "\t" not in line and "|" not in bars and WIDE_GAP.match(line):
        return row      # (          绩效目标  8  7 under 一级指标  分值  得分  二级指标  分值  得分: indented under a merged group,
                        # placed by the kinds of the header's columns, flattened_tables.align)
    if 2 <= len(row) < width and "\t" not in line and "|" not in bars and len(row) - 1 == len(numeric) \
            and all(NUMBER_CELL.match(c) for c in row[1:]):
        # (合计  100  98  91.5 under 指标名称 | 分值 | 自评得分 | 评价得分 | 扣分说明: its figures in the columns of figures)
        placed = [row[0], *[""] * (width - 1)]
        for k, text in zip(numeric, row[1:]):
            placed[k] = text
        return placed
    if 2 <= len(row) < width and "\t" not in line and "|" not in bars:
        return [row[0], *[""] * (width - len(row)), *row[1:]]
    return row


def _narrow_table_opens(lines: list[str], i: int) -> bool:
    """项目名称　下达资金（万元）　建设规模 / 红枣提质增效　96.80　1,200亩: a header and a row of figures whose cells are set
    apart by one full-width space each."""
    if i + 1 >= len(lines):
        return False
    header, first = _narrow_cells(lines[i]), _narrow_cells(lines[i + 1])
    return header is not None and first is not None and len(header) == len(first) >= 3 \
        and any(NUMBER_CELL.match(c) for c in first)


def _narrow_cells(line: str, inside: bool = False) -> list[str] | None:
    """The cells of a row set apart by single full-width spaces, or None for running text (a clause mark, a long cell);
    a full-width space closing the row leaves its last cell empty (合计　326.48　)."""
    body = line.strip(" ")
    parts = body.strip("\u3000").split("\u3000")
    if len(parts) < (2 if inside else 3) or any(not p.strip() or len(p) > NARROW_CELL or PROSE_MARK.search(p)
                                                for p in parts):
        return None
    return [p.strip() for p in parts] + [""] * body.endswith("\u3000")


def _spaced_table_opens(lines: list[str], i: int) -> int:
    """一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 / 产出指标 数量指标 新建产业路 ≥20公里 23.6公里 10 10: a
    self-assessment table whose cells a PDF's text set apart by single spaces, opened by a header of its columns'
    names and a row of as many cells with figures; its width, else 0."""
    if i + 1 >= len(lines) or any(ch.isdigit() for ch in lines[i]):
        return 0
    header, first = _spaced(lines[i]), _spaced(lines[i + 1])
    if header is None or first is None or len(header) < 3 or len(first) != len(header) \
            or not _names_columns(lines[i]) or not any(NUMBER_CELL.match(c) for c in first):
        return 0
    return len(header)


def _spaced_cells(line: str, inside: bool = False, width: int = 0) -> list[str] | None:
    """The cells of a row of such a table: as many as its header has."""
    row = _spaced(line)
    return row if row is not None and len(row) == width else None


def _spaced_row(line: str) -> bool:
    """A line that is a header or a row of such a table (not running text that a line's end cut short)."""
    parts = _spaced(line)
    return parts is not None and len(parts) >= 3 \
        and (sum(bool(NUMBER_CELL.match(p)) for p in parts) >= 2 or _names_columns(line))


def _names_columns(line: str) -> bool:
    """The line names two of a self-assessment table's columns or more (年度指标值 实际完成值 分值 得分)."""
    return len(table_cues()["spaced_header"].findall(line)) >= 2


def _spaced(line: str) -> list[str] | None:
    body = line.strip()
    if "  " in body or "\t" in body or "\u3000" in body:
        return None
    parts = body.split(" ")
    if len(parts) < 2 or any(not p or len(p) > NARROW_CELL or PROSE_MARK.search(p) for p in parts):
        return None
    return parts


NUMBER_CELL = regexp.compile(r"[-−+]?\d[\d,.]*\s*(?:%|[\p{Han}]{1,2})?$")    # 96.80, 1,200亩, 98.55
DASH_CELL = regexp.compile(r"[-—–/]+")
PROSE_MARK = regexp.compile(r"[，。；;：:！？]")
NARROW_CELL = 24      # characters a cell of such a row may have (红枣提质增效（嫁接改良、防裂果）)


def _cells(line: str, inside: bool = False) -> list[str] | None:
    """The cells of a table row flattened into text (tabs or pipes), or None for running text. Inside a
    table, a row with one filled cell (\t……, \t生态效益指标) is still a row."""
    stripped = line.strip().translate(BARS)         # (a full-width bar is a bar: 决策｜20｜19; so is a drawn one: │爱辉区│)
    if BOX_RULE.fullmatch(stripped):
        return []   # a rule drawn with box characters between rows (├──────┼─────┤)
    if stripped.count("|") >= 2:
        parts = stripped.strip("|").split("|")
    elif stripped.count("|") == 1 and (" | " in stripped or "｜" in line) \
            and all(p.strip() for p in stripped.split("|")):
        parts = stripped.split("|")        # two columns: 文山市 | 14,236.50 / 住房解困｜5,326 (a full-width bar is no prose)
    elif line.count("\t") >= 1 and len([p for p in line.split("\t") if p.strip()]) >= (1 if inside else 2):
        parts = line.split("\t")
    elif len(spaced := WIDE_GAP.split(SPREAD_LABEL.sub(r"\1\2", line.strip("\u3000 ").rstrip(STRAY_BAR)))) \
            >= (2 if inside else 3):        # (合计  100  98  91.5 ¦: a bar left at the end closes nothing)
        parts = spaced         # 预算执行率　　≥95%　　98.64%　　10　　10 / 右江区    7,261.00    7,124.49: columns set apart by spaces
    else:
        return None
    if stripped and set(stripped) <= set("|-:+ \t"):
        return []   # a markdown separator row
    return [p.strip() for p in parts]
