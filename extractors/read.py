"""Read any report file into a Document; a file that cannot be read becomes an error Document."""
from __future__ import annotations

import hashlib
import importlib
import re
from pathlib import Path

from .model import Document, DocumentError
from .read_office import convert_to_docx
from .read_txt import CJK
from .sniff import IMAGE_SIGNATURES, sniff

# each format's reader, imported when a file of its format comes (python-docx, pdfplumber and OpenCV take
# a third of a second to import, which a run over text files never needs)
READERS = {"txt": ("read_txt", "read_txt"), "docx": ("read_docx", "read_docx"), "pdf": ("read_pdf", "read_pdf"),
           "image": ("read_ocr", "read_images")}
OFFICE = ("doc", "wps", "rtf", "odt")   # read through LibreOffice's .docx
NUMBER = re.compile(r"\d+")
IMAGE_SUFFIXES = (*IMAGE_SIGNATURES.values(), "jpeg", "tiff")


def reader(kind: str):
    module, function = READERS[kind]
    return getattr(importlib.import_module(f"{__package__}.{module}"), function)


def load_readers(kinds=READERS) -> None:
    """Import these readers now (before a pool forks, so that its workers share them)."""
    for kind in kinds:
        reader(kind)


def likely_readers(paths: list[Path]) -> set[str]:
    """The readers these files will most likely need, by their names: what a pool loads before it forks (a
    file of another kind than its name says gets its reader when it comes)."""
    kinds = set()
    for path in paths:
        suffix = path.suffix.lower()
        if path.is_dir() or suffix.lstrip(".") in IMAGE_SUFFIXES:
            kinds.add("image")
        elif suffix in (".docx", ".docm", *(f".{office}" for office in OFFICE)):
            kinds.add("docx")
        elif suffix in (".txt", ".pdf"):
            kinds.add(suffix[1:])
        else:
            return set(READERS)
    return kinds


def page_images(folder: Path) -> list[Path]:
    """A folder that holds only page images named in order (扫描_01.jpg, 扫描_02.jpg …) is one document:
    its pages in the order of their numbers; for any other folder, nothing."""
    entries = [e for e in folder.iterdir() if not e.name.startswith(".")]
    if len(entries) < 2 or not all(e.is_file() and NUMBER.search(e.name) for e in entries):
        return []
    if len({NUMBER.sub("#", e.name.lower()) for e in entries}) != 1:
        return []
    for entry in entries:
        with open(entry, "rb") as f:
            head = f.read(16)
        if not any(head.startswith(signature) for signature in IMAGE_SIGNATURES):
            return []
    return sorted(entries, key=lambda e: [int(n) for n in NUMBER.findall(e.name)])


def read(path: str | Path, display_path: str | None = None) -> Document:
    path = Path(path)
    doc = Document(path=display_path if display_path is not None else str(path))
    if path.is_dir():
        return _read_pages(page_images(path), doc)
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
        if doc.format in OFFICE:
            reader("docx")(convert_to_docx(data, doc.format), doc)
        elif doc.format in IMAGE_SIGNATURES.values():
            reader("image")([data], doc, suffix)
        else:
            reader(doc.format)(data, doc)
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


def _read_pages(pages: list[Path], doc: Document) -> Document:
    """A folder of page images, read as one document (its id from all its pages' bytes)."""
    images = [page.read_bytes() for page in pages]
    doc.doc_id = hashlib.sha256(b"".join(images)).hexdigest()[:12]
    try:
        doc.format = sniff(images[0], pages[0].suffix.lower())
        reader("image")(images, doc, pages[0].suffix.lower())
        if not CJK.search(doc.text):
            raise DocumentError("扫描页里没有识别出一个汉字，不像是自评报告（可能放错了文件）；请确认后重新提交。")
    except DocumentError as exc:
        doc.status, doc.error = "error", str(exc)
    except Exception as exc:  # a reader bug must not stop the batch nor lose the pages
        doc.status = "error"
        doc.error = f"读取时发生内部错误（{type(exc).__name__}: {exc}）；请把此文件夹反馈给ziping维护者。"
    return doc
