"""Read any report file into a Document; a file that cannot be read becomes an error Document."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from pathlib import Path

from .model import Document, DocumentError
from .read_docx import read_docx
from .read_pdf import read_pdf
from .read_txt import CJK, read_txt
from .sniff import sniff

READERS = {"txt": read_txt, "docx": read_docx, "pdf": read_pdf}


def _convert_legacy_word(data: bytes, fmt: str) -> bytes:
    """Old binary Word (.doc/.wps) goes through LibreOffice when it is installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise DocumentError(f"这是旧版Word二进制格式(.{fmt})，本机未安装LibreOffice无法转换；请用Word另存为.docx后重新提交。")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"report.{fmt}"
        source.write_bytes(data)
        try:
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "docx", "--outdir", tmp, str(source)],
                           capture_output=True, timeout=120, check=False)
        except subprocess.TimeoutExpired as exc:
            raise DocumentError(f"旧版Word文件(.{fmt})转换超时，可能已损坏；请用Word另存为.docx后重新提交。") from exc
        converted = Path(tmp) / "report.docx"
        if not converted.exists():
            raise DocumentError(f"旧版Word文件(.{fmt})无法转换，可能已损坏；请用Word另存为.docx后重新提交。")
        return converted.read_bytes()


def read(path: str | Path, display_path: str | None = None) -> Document:
    path = Path(path)
    doc = Document(path=display_path if display_path is not None else str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        doc.doc_id = hashlib.sha256(str(path).encode()).hexdigest()[:12]
        doc.status, doc.error = "error", f"文件无法读取（{exc.strerror}）；请检查文件权限或路径。"
        return doc
    doc.doc_id = hashlib.sha256(data).hexdigest()[:12]
    suffix = path.suffix.lower()
    try:
        doc.format = sniff(data, suffix)
        if doc.format in ("doc", "wps"):
            data = _convert_legacy_word(data, doc.format)
            read_docx(data, doc)
        else:
            READERS[doc.format](data, doc)
        if not CJK.search(doc.text):
            raise DocumentError("文件里没有一个汉字，不像是自评报告（可能放错了文件）；请确认后重新提交。")
    except DocumentError as exc:
        doc.status, doc.error = "error", str(exc)
        doc.format = doc.format or suffix.lstrip(".")
    except Exception as exc:  # a reader bug must not stop the batch nor lose the file
        doc.status = "error"
        doc.error = f"读取时发生内部错误（{type(exc).__name__}: {exc}）；请把此文件反馈给ziping维护者。"
        doc.format = doc.format or suffix.lstrip(".")
    return doc
