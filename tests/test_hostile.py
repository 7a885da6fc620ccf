"""Hostile input: a zip bomb or a zip that lies about its sizes is refused before it is inflated, XML
entities are neither expanded nor fetched, and random or hostile text (1,000-digit numbers, only
punctuation, mixed scripts, NUL characters, 10,000 numbers in a row) never makes the pipeline fail, and
every figure's offsets point at its text. The lookups that replaced scans per figure (page, section,
indicator, table) answer as the scans did."""
from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CORPUS
from extractors.model import Document, Section, Table
from extractors.numbers import parse_number
from extractors.placement import _first_around
from extractors.read import read
from extractors.sniff import MAX_TEXT_BYTES
from extractors.structure import indicator_at
from pipeline.process import process, process_text

DOCX = CORPUS / "henan-lankao-2023.docx"
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _docx_with(document_xml) -> bytes:
    """The corpus .docx with its document.xml replaced (a function of the original XML)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(DOCX) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item.filename, document_xml(data) if item.filename == "word/document.xml" else data)
    return buffer.getvalue()


def _declare_size(data: bytes, member: str, size: int) -> bytes:
    """The zip with the uncompressed size its central directory declares for member changed."""
    at = data.find(b"PK\x01\x02")          # the central directory's entries
    while at >= 0:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46:at + 46 + name_len] == member.encode():
            return data[:at + 24] + struct.pack("<I", size) + data[at + 28:]
        at = data.find(b"PK\x01\x02", at + 46)
    raise AssertionError(member)


def _read_bytes(tmp_path: Path, name: str, data: bytes) -> Document:
    path = tmp_path / name
    path.write_bytes(data)
    return process(path)


def test_a_zip_bomb_is_an_error_row_before_it_is_inflated(tmp_path):
    bomb = _docx_with(lambda xml: xml.replace(b"<w:body>", b"<w:body>" + b" " * (32 * 2**20), 1))
    assert len(bomb) < 2 * 2**20
    doc = _read_bytes(tmp_path, "炸弹.docx", bomb)
    assert doc.status == "error" and "压缩炸弹" in doc.error and "请" in doc.error


def test_a_zip_declaring_gigabytes_is_refused(tmp_path):
    lying = _declare_size(DOCX.read_bytes(), "word/document.xml", 2**32 - 1)
    doc = _read_bytes(tmp_path, "超大.docx", lying)
    assert doc.status == "error" and "压缩炸弹" in doc.error


def test_a_zip_declaring_less_than_it_holds_is_read_no_further_than_declared(tmp_path):
    # zipfile inflates a member only up to its declared size, then fails the checksum: a broken file
    big = _docx_with(lambda xml: xml.replace(b"<w:body>", b"<w:body>" + b" " * (16 * 2**20), 1))
    doc = _read_bytes(tmp_path, "谎报.docx", _declare_size(big, "word/document.xml", 1000))
    assert doc.status == "error" and "内部错误" not in doc.error


def test_xml_entities_are_neither_expanded_nor_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容XYZ", encoding="utf-8")
    laughs = "".join(f'<!ENTITY l{k} "{f"&l{k - 1};" * 10}">' for k in range(1, 10))
    dtd = (f'<!DOCTYPE w:document [<!ENTITY l0 "哈哈">{laughs}'
           f'<!ENTITY xxe SYSTEM "file://{secret}">]>').encode()

    def hostile(xml: bytes) -> bytes:
        head, rest = xml.split(b"?>", 1)
        rest = rest.replace(b"</w:body>", b"<w:p><w:r><w:t>&l9;&xxe;</w:t></w:r></w:p></w:body>", 1)
        return head + b"?>" + dtd + rest
    doc = _read_bytes(tmp_path, "实体.docx", _docx_with(hostile))
    assert "机密内容" not in doc.text
    assert doc.text.count("哈哈") < 100          # 10^9 of them if the entities were expanded
    assert "内部错误" not in doc.error


def test_a_text_too_long_for_one_report_is_an_error_row_saying_to_split_it(tmp_path):
    doc = _read_bytes(tmp_path, "合并导出.txt", "到位资金100万元。".encode() * (MAX_TEXT_BYTES // 20))
    assert doc.status == "error" and "拆分" in doc.error and doc.figures == []


# ---------------------------------------------------------------- random and hostile text

HOSTILE = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=400),
    st.text(alphabet="0123456789.,，。万元亿%％年月日第一二三四五六七八九十百千点分户人个\n\t|　 ", max_size=400),
    st.integers(1, 1000).map(lambda n: "资金" + "9" * n + "万元"),
    st.integers(1, 2000).map(lambda n: "，。、；：！？“”（）【】《》—…·" * (n // 16 + 1)),
    st.lists(st.sampled_from(["县级", "资金", "Ünïcödé", "ملف", "ไทย", "\x00", "１２３", "百分之", "壹仟",
                              "2024年", "％", "亿元", "\u200b", "\ufffd", "𠀀"]), max_size=80).map("".join),
)


@SETTINGS
@given(HOSTILE)
def test_the_pipeline_never_fails_and_offsets_stay_true(text):
    doc = process_text(text)
    assert "内部错误" not in doc.error, doc.error
    for f in doc.figures:
        assert doc.text[f.start:f.end] == f.text


def test_ten_thousand_numbers_in_a_row():
    text = "各项资金分别为" + "、".join(f"{k}万元" for k in range(10000)) + "。合计5000万元。"
    doc = process_text(text)
    assert doc.status == "ok", doc.error
    assert sum(f.kind == "money" for f in doc.figures) >= 10000
    assert all(doc.text[f.start:f.end] == f.text for f in doc.figures)


@SETTINGS
@given(st.text(max_size=60))
def test_the_number_parser_reads_or_says_it_is_no_number(written):
    try:
        value, decimals = parse_number(written)
    except ValueError:
        return
    assert decimals >= 0 and value.is_finite()


# ---------------------------------------------------------------- lookups instead of scans

@st.composite
def documents(draw) -> Document:
    size = 200
    spans = draw(st.lists(st.tuples(st.integers(0, size), st.integers(0, size), st.integers(1, 4),
                                    st.one_of(st.none(), st.integers(1, 16))), max_size=25))
    sections = [Section(str(k), "", level, start, end, indicator=indicator)
                for k, (start, end, level, indicator) in enumerate(spans)]
    pages = sorted(draw(st.lists(st.integers(0, size), max_size=8)))
    return Document(path="", sections=sections, page_starts=[(start, n + 1) for n, start in enumerate(pages)])


def _section_scan(doc: Document, offset: int, only_indicators: bool = False):
    found = None
    for s in doc.sections:
        if (s.indicator or not only_indicators) and s.start <= offset < s.end and (found is None or s.level >= found.level):
            found = s
    return found


@SETTINGS
@given(documents())
def test_page_section_and_indicator_lookups_answer_as_a_scan_would(doc):
    for offset in range(-1, 202):
        page = None
        for start, number in doc.page_starts:
            if start > offset:
                break
            page = number
        assert doc.page_at(offset) == page
        assert doc.section_at(offset) is _section_scan(doc, offset)
        expected = _section_scan(doc, offset, only_indicators=True)
        assert indicator_at(doc, offset) == (expected.indicator if expected else None)


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 30)), max_size=12), st.booleans())
def test_the_table_around_a_figure_is_the_first_a_scan_would_find(spans, in_order):
    if in_order:
        spans = sorted(spans)
    tables = [Table(cells=[], start=start, end=start + length) for start, length in spans]
    doc = Document(path="", tables=tables)
    for offset in range(0, 132):
        expected = next((i for i, t in enumerate(tables) if t.start <= offset < t.end), None)
        assert _first_around(doc, "tables", tables, offset) == expected


@SETTINGS
@given(st.text(alphabet="资金万元12。，\n", max_size=3000))
def test_sentences_are_cut_at_the_longest_a_report_has_and_only_there(text):
    from extractors.sentences import LONGEST, SENTENCE_BOUNDARY, sentence_spans
    doc = Document(path="", norm=text)
    spans = sentence_spans(doc)
    assert all(end - start <= LONGEST + 1 for start, end in spans)
    natural = [m.start() for m in SENTENCE_BOUNDARY.finditer(text)]
    if all(b - a <= LONGEST for a, b in zip([-1] + natural, natural + [len(text)])):
        assert doc.cache["sentence"] == natural
