"""Every format a county sends. A .doc, .wps, .rtf and .odt made by LibreOffice from a corpus .docx give the
facts and findings of the .docx; without LibreOffice they are error rows that say what to install. A scan of
a corpus PDF (blurred, turned, speckled, image only) gives its money figures, each with the recogniser's
confidence, and its contradictions are warnings that say the scan may have been misread."""
from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from conftest import CORPUS
from extractors.read import read
from extractors.read_ocr import clean_line
from extractors.read_office import soffice
from pipeline.checks.findings import OCR_CAUTION
from pipeline.process import process
from scans import scan_pdf
from test_broken_inputs import assert_clear_error

needs_soffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed (make setup installs it as root)")
OFFICE_SOURCE = "sichuan-jiange-2023-table.docx"     # merged cells, a performance table and prose
OFFICE_FORMATS = ("doc", "wps", "rtf", "odt")


def facts(doc) -> Counter:
    return Counter((f.kind, str(f.value), f.field) for f in doc.figures)


def findings(doc) -> Counter:
    return Counter((f.rule, f.severity, f.message) for f in doc.findings)


def _convert(sources: list, fmt: str, folder) -> None:
    subprocess.run([soffice(), "--headless", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--convert-to", fmt, "--outdir", str(folder), *map(str, sources)],
                   check=True, capture_output=True, timeout=300)


@pytest.fixture(scope="session")
def office_copies(tmp_path_factory):
    folder = tmp_path_factory.mktemp("office")
    source = CORPUS / OFFICE_SOURCE
    _convert([source], "odt", folder)
    _convert([source], "rtf", folder)
    # the .doc from the .odt: LibreOffice's .docx → .doc export drops these python-docx tables, Word's keeps them
    _convert([folder / f"{source.stem}.odt"], "doc", folder)
    shutil.copy(folder / f"{source.stem}.doc", folder / f"{source.stem}.wps")   # WPS Office saves Word 97 bytes
    return folder


@pytest.fixture(scope="session")
def docx_report():
    return process(CORPUS / OFFICE_SOURCE)


@needs_soffice
@pytest.mark.parametrize("fmt", OFFICE_FORMATS)
def test_an_office_copy_gives_the_facts_and_findings_of_the_docx(office_copies, docx_report, fmt):
    doc = process(office_copies / f"{(CORPUS / OFFICE_SOURCE).stem}.{fmt}")
    assert doc.status == "ok", doc.error
    assert doc.format == fmt
    assert len(doc.tables) == len(docx_report.tables)
    assert facts(doc) == facts(docx_report)
    assert findings(doc) == findings(docx_report)


# small files made here without LibreOffice, each under a suffix that is not its format
RTF = r"{\rtf1\ansi\ansicpg936{\fonttbl{\f0 SimSun;}}\f0 2023\'c4\'ea\'c8\'ab\'cf\'d8\'b9\'b2\'ca\'d5\'b5\'bd\'cf\'ce\'bd\'d3\'d7\'ca\'bd\'f0 3,268.5\'cd\'f2\'d4\'aa\'a1\'a3\par}"
ODT_CONTENT = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:text><text:p>2023年全县共收到衔接资金3,268.5万元。</text:p>'
               '</office:text></office:body></office:document-content>')


def _odt() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", ODT_CONTENT)
        zf.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                    '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                    '"application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path='
                    '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    return buffer.getvalue()


HANDMADE = {
    "rtf": ("报告.doc", lambda: RTF.encode("ascii")),
    "odt": ("报告.docx", _odt),
    "doc": ("报告.wps.bak", lambda: (CORPUS / "broken" / "old-format.doc").read_bytes()),
}


@pytest.mark.parametrize("fmt", sorted(HANDMADE))
def test_without_libreoffice_an_office_file_is_an_error_row_that_says_what_to_install(tmp_path, monkeypatch, fmt):
    name, make = HANDMADE[fmt]
    path = tmp_path / name
    path.write_bytes(make())
    monkeypatch.setattr("extractors.read_office.shutil.which", lambda program: None)
    doc = process(path)
    assert doc.format == fmt, "found by its bytes, not its name"
    assert_clear_error(doc, ("LibreOffice",))
    assert "apt-get install libreoffice-writer-nogui" in doc.error and ".docx" in doc.error


@needs_soffice
def test_an_office_file_is_read_by_its_bytes_not_its_name(tmp_path):
    path = tmp_path / "报告.doc"
    path.write_bytes(RTF.encode("ascii"))
    doc = read(path)
    assert doc.status == "ok" and doc.format == "rtf", doc.error
    assert "3,268.5万元" in doc.text


@needs_soffice
def test_a_file_libreoffice_cannot_convert_is_an_error_row(tmp_path):
    path = tmp_path / "坏文件.doc"
    path.write_bytes((CORPUS / "broken" / "old-format.doc").read_bytes()[:1536])    # the OLE2 header, cut
    assert_clear_error(read(path), ("LibreOffice", "损坏"))


# ---------------------------------------------------------------- scans

SCANNED = ["blind7-huize-2022.pdf"]    # one page: a ruled table, prose, and two contradictions to report


@pytest.fixture(scope="session")
def scans(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scans")
    return {name: (process(CORPUS / name), process(scan_pdf(CORPUS / name, folder / name, dpi=250, angle=1.0)))
            for name in SCANNED}


def test_a_scan_gives_its_money_figures_exactly(scans):
    right = total = 0
    for text, scan in scans.values():
        assert scan.status == "ok", scan.error
        truth = Counter(f.value for f in text.figures if f.kind == "money")
        read_ = Counter(f.value for f in scan.figures if f.kind == "money")
        right += sum((truth & read_).values())
        total += sum(truth.values())
    assert total >= 15 and right / total >= 0.95, f"{right}/{total} money figures read exactly"


def test_every_figure_of_a_scan_carries_its_confidence(scans):
    for text, scan in scans.values():
        assert scan.figures and all(f.ocr is not None and 0 < f.ocr <= 1 for f in scan.figures)
        assert all(f.ocr is None for f in text.figures)


def test_a_contradiction_in_a_scan_is_a_warning_that_says_it_may_be_misread(scans):
    for text, scan in scans.values():
        assert any(f.severity == "error" for f in text.findings), "the text report has contradictions"
        assert not any(f.severity == "error" for f in scan.findings)
        flagged = [f for f in scan.findings if f.severity == "warning"]
        assert flagged and all(f.message.endswith(OCR_CAUTION) for f in flagged)
        # the same contradictions as in the text layer, now as warnings
        assert ({f.rule for f in text.findings if f.severity == "error"}
                <= {f.rule for f in flagged})


def test_a_page_photo_is_read_like_a_scan(tmp_path):
    """A phone photo of a page (a JPEG, turned a degree) is a document; its figures carry their confidence."""
    from PIL import Image
    photo = Image.open(CORPUS / "broken" / "photo-named.pdf").convert("RGB").rotate(-1.0, fillcolor="white")
    path = tmp_path / "第1页.jpg"
    photo.save(path, "JPEG", quality=85)
    doc = process(path)
    assert doc.status == "ok" and doc.format == "jpg", doc.error
    money = {f.text: f.value for f in doc.figures if f.kind == "money"}
    assert money == {"3,268.5万元": 32685000, "2,140万元": 21400000, "628.5万元": 6285000, "500万元": 5000000,
                     "3,241.2万元": 32412000}
    assert all(0 < f.ocr <= 1 for f in doc.figures)


@pytest.mark.parametrize("line,cleaned", [
    ("累计支出1，845·00万元", "累计支出1,845.00万元"),     # a full-width comma and a middle dot inside a figure
    ("支出率99：16%", "支出率99.16%"),
    ("下达资金3O5.l万元", "下达资金305.1万元"),           # O and l read for 0 and 1
    ("合计3.268.5万元", "合计3,268.5万元"),
    ("共1,845 00万元", "共1,845.00万元"),                 # a point read as a space
    ("情况报告如下:", "情况报告如下："),                   # outside figures, Chinese clause marks
    ("按1：1比例配套", "按1:1比例配套"),                    # no unit after it: a ratio, not a decimal
    ("分别为12，15户", "分别为12，15户"),
    ("ISO9001认证", "ISO9001认证"),
])
def test_ocr_confusions_are_repaired_only_inside_a_figure(line, cleaned):
    assert clean_line(line) == cleaned


def test_the_recogniser_downloads_nothing(monkeypatch):
    """Its models are the files inside rapidocr's wheel; any download attempt fails this test."""
    import numpy as np
    import requests
    from rapidocr.utils.download_file import DownloadFile
    from extractors.read_ocr import engine, read_page

    def refuse(*args, **kwargs):
        raise AssertionError("the recogniser tried to download something")
    monkeypatch.setattr(DownloadFile, "run", refuse)
    monkeypatch.setattr(requests, "get", refuse)
    engine.cache_clear()
    try:
        config = engine().cfg
        assert config.Global.use_cls is False
        assert all(Path(config[part].model_path).is_file() for part in ("Det", "Rec"))
        page = np.full((200, 600, 3), 255, dtype=np.uint8)
        assert read_page(page)[:2] == ([], [])
    finally:
        engine.cache_clear()


@pytest.mark.parametrize("angle", [90])     # -90 read the same (measured); one keeps the suite fast
def test_a_page_scanned_lying_down_is_read_upright(tmp_path, angle):
    from PIL import Image
    photo = Image.open(CORPUS / "broken" / "photo-named.pdf").convert("RGB").rotate(angle, expand=True)
    path = tmp_path / "横放.pdf"
    photo.save(path, "PDF", resolution=200)     # rendered back at 200 dpi: the photo's own pixels
    doc = process(path)
    assert doc.status == "ok", doc.error
    assert "共收到衔接资金3,268.5万元，其中中央资金2,140万元" in doc.text
    assert {f.text for f in doc.figures if f.kind == "money"} == {"3,268.5万元", "2,140万元", "628.5万元", "500万元",
                                                                  "3,241.2万元"}


def test_a_folder_of_page_images_named_in_order_is_one_document(tmp_path):
    from PIL import Image
    from pipeline.batch import run_batch
    photo = Image.open(CORPUS / "broken" / "photo-named.pdf").convert("RGB")
    folder = tmp_path / "襄垣县报告扫描"
    folder.mkdir()
    width, height = photo.size
    photo.crop((0, 395, width, height)).save(folder / "扫描_10.png")     # page 10 sorts after page 9, not page 1
    photo.crop((0, 0, width, 395)).save(folder / "扫描_9.png")
    (tmp_path / "另一份.txt").write_text("2023年共收到衔接资金100万元。", encoding="utf-8")
    docs, _ = run_batch([str(tmp_path)], workers=1)
    assert sorted(d.path for d in docs) == sorted([str(tmp_path / "另一份.txt"), str(folder)])
    doc = next(d for d in docs if d.path == str(folder))
    assert doc.status == "ok" and doc.format == "png", doc.error
    assert doc.text.index("3,268.5万元") < doc.text.index("3,241.2万元")
    assert {f.text: f.page for f in doc.figures if f.kind == "money"} == {
        "3,268.5万元": 1, "2,140万元": 1, "628.5万元": 1, "500万元": 1, "3,241.2万元": 2}


def _scan_with_invisible_text(photo, words: str) -> bytes:
    """An image-only page with a scanner's invisible text layer (render mode 3) that holds no Chinese."""
    jpeg = io.BytesIO()
    photo.save(jpeg, "JPEG", quality=85)
    width, height = photo.size
    content = (f"q {width} 0 0 {height} 0 0 cm /Im0 Do Q BT 3 Tr /F1 10 Tf 40 {height - 60} Td ({words}) Tj ET").encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Contents 4 0 R "
        f"/Resources << /XObject << /Im0 5 0 R >> /Font << /F1 6 0 R >> >> >>".encode(),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 "
        b"/Filter /DCTDecode /Length %d >>\nstream\n" % (width, height, len(jpeg.getvalue()))
        + jpeg.getvalue() + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_a_scan_whose_text_layer_is_garbage_is_read_by_ocr(tmp_path):
    from PIL import Image
    photo = Image.open(CORPUS / "broken" / "photo-named.pdf").convert("RGB")
    path = tmp_path / "扫描件.pdf"
    path.write_bytes(_scan_with_invisible_text(photo, "Scanned by XEROX WorkCentre 7855 0x2f3a Page 0001 of 0001"))
    doc = process(path)
    assert doc.status == "ok" and doc.format == "pdf", doc.error
    assert "XEROX" not in doc.text and "共收到衔接资金3,268.5万元" in doc.text
    assert all(f.ocr is not None for f in doc.figures)
