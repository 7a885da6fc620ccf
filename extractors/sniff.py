"""Tell a file's format from its bytes, not its name."""
from __future__ import annotations

import zipfile
from io import BytesIO

from .model import DocumentError
from .safe_zip import check_zip

# a report runs to tens of thousands of characters; beyond these a file is many reports in one (or hostile),
# and reading it would hold the batch for minutes
MAX_TEXT_BYTES = 4 * 2**20
MAX_TEXT_CHARS = 1_000_000
# time and memory go with the figures (about 0.3 ms and 8 KB each, from reading to writing): a report has
# hundreds, an export of reports at the caps above some 53,000; a hostile text (a table of a million
# characters) gives 200,000, a minute and 1.7 GB, and is refused once its figures are found
MAX_FIGURES = 60_000

# page images read by OCR (format name as documents.csv shows it)
IMAGE_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "png",
    b"\xff\xd8\xff": "jpg",
    b"GIF8": "gif",
    b"II*\x00": "tif",
    b"MM\x00*": "tif",
}
ODF_TEXT = b"application/vnd.oasis.opendocument.text"


def sniff(data: bytes, suffix: str) -> str:
    """Return txt, docx, pdf, doc, wps, rtf, odt or an image format; raise DocumentError for anything unreadable."""
    if not data.strip():
        raise DocumentError("文件为空（0字节或只有空白），没有可读的内容；请向报送单位索取完整的报告文件。")
    if data.startswith(b"%PDF-") or data[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            archive = zipfile.ZipFile(BytesIO(data))
            check_zip(archive)
            names = set(archive.namelist())
        except zipfile.BadZipFile:
            if suffix in (".docx", ".docm"):
                raise DocumentError("该Word文件(.docx)已损坏（压缩包不完整），无法打开；请向报送单位重新索取原文件。")
            raise DocumentError("文件是损坏的压缩包，不是可读的报告；请向报送单位重新索取原文件。")
        if "word/document.xml" in names:
            return "docx"
        if "mimetype" in names and "content.xml" in names:
            mimetype = zipfile.ZipFile(BytesIO(data)).read("mimetype").strip()
            if mimetype in (ODF_TEXT, ODF_TEXT + b"-template"):
                return "odt"
            raise DocumentError("这是OpenDocument表格或演示文件，不是报告正文；请提供自评报告的Word、PDF或文本文件。")
        if any(n.startswith("xl/") for n in names):
            raise DocumentError("这是Excel表格文件，不是报告正文；请提供自评报告的Word、PDF或文本文件。")
        raise DocumentError("这是一个压缩包，不是Word文档；请解压后分别提交其中的报告文件。")
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "wps" if suffix == ".wps" else "doc"
    for signature, name in IMAGE_SIGNATURES.items():
        if data.startswith(signature):
            return name
    if data.startswith(b"BM") and data[6:10] == b"\x00\x00\x00\x00":   # a BMP's reserved bytes: text rarely starts so
        return "bmp"
    if data.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"{\\rtf"):
        return "rtf"
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(f"文件内容不是文本，也不是Word或PDF文档（扩展名{suffix or '无'}）；请提供.docx、.pdf或.txt格式的报告。")
    if len(data) > MAX_TEXT_BYTES:
        raise DocumentError(too_long(f"{len(data) / 2**20:.0f} MB"))
    return "txt"


def too_long(size: str) -> str:
    return (f"文本长达{size}，远超一份自评报告（通常几万字），可能是多份报告合并导出的文件，未提取；"
            "请拆分成单份报告后重新提交。")


def too_many_figures(n: int) -> str:
    return (f"文本中有{n}个数字（金额、比例、数量等），远超一份自评报告（通常几百个），可能是多份报告合并导出的文件，"
            "未提取；请拆分成单份报告后重新提交。")
