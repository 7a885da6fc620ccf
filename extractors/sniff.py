"""Tell a file's format from its bytes, not its name."""
from __future__ import annotations

import zipfile
from io import BytesIO

from .model import DocumentError

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
            names = set(zipfile.ZipFile(BytesIO(data)).namelist())
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
    return "txt"
