"""Scans and photos: page images read by rapidocr (PP-OCRv6 small, the models inside its wheel).

Each page becomes lines in the same shape pdfplumber gives a text layer (text, x0, x1, top, bottom),
so that read_pdf lays them out into paragraphs the same way; every line also keeps the recogniser's
confidence, which the figures read from it carry (Figure.ocr).
"""
from __future__ import annotations

import bisect
import unicodedata
from functools import cache
from io import BytesIO
from pathlib import Path

import numpy as np
import regex
from PIL import Image, ImageOps, UnidentifiedImageError

import patterns

from .model import Document, DocumentError

RENDER_DPI = 200            # a PDF page is rendered at this resolution for OCR
COLUMN_GAP = 2.0            # a gap wider than this many characters' width inside a line separates table cells

# NFKC makes Chinese clause marks ASCII; outside numbers they go back to the marks the patterns read.
CLAUSE_MARKS = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
CLAUSE_MARK = regex.compile(r"[,:;!?]")
BRACKETS = regex.compile(r"\((?=\p{Han})|(?<=\p{Han})\)")


@cache
def _figure_token() -> regex.Pattern:
    """A number as OCR may misread it, followed by a unit: only there are its characters repaired."""
    units = [name for entry in patterns.load("units")["unit"] for name in entry["names"]]
    units += patterns.load("numbers")["multipliers"]
    alternation = "|".join(regex.escape(u) for u in sorted(set(units), key=len, reverse=True))
    return regex.compile(rf"(?<![A-Za-z\d.,])[\dOolI|]+(?:[ ]?[.,·:：。，][ ]?[\dOolI|]+|[ ][\dOolI|]{{1,2}})*(?=\s*(?:{alternation}))")


DIGIT_LIKE = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
POINT_LIKE = regex.compile(r"[·:：。]")
THOUSANDS = regex.compile(r"^\d{1,3}(?:,\d{3})+$")


def _repair_figure(token: str) -> str:
    """1，845·00 → 1,845.00; 3O5.l → 305.1; a decimal point OCR dropped as a space (1,845 00) comes back."""
    if not any(c.isdigit() for c in token):
        return token
    text = token.translate(DIGIT_LIKE).replace("，", ",")
    text = POINT_LIKE.sub(".", text)
    integer, space, decimals = text.replace(" .", ".").replace(". ", ".").rpartition(" ")
    if space and THOUSANDS.match(integer) and decimals.isdigit():
        text = f"{integer}.{decimals}"
    text = text.replace(" ", "")
    # more than one point: all but the last were thousands separators (3.268.5)
    if text.count(".") > 1:
        head, _, tail = text.rpartition(".")
        text = head.replace(".", ",") + "." + tail
    # a comma not followed by three digits was a decimal point (99,16%)
    text = regex.sub(r",(?=\d{1,2}(?!\d))", ".", text) if not THOUSANDS.match(text.partition(".")[0]) else text
    return text if len(text) == len(text) else token


def clean_line(text: str) -> str:
    """A recognised line as a typed report would have it: full-width folded (NFKC), figures repaired,
    Chinese clause marks where NFKC made them ASCII."""
    text = unicodedata.normalize("NFKC", text)
    text = _figure_token().sub(lambda m: _repair_figure(m.group()), text)
    text = CLAUSE_MARK.sub(lambda m: m.group() if _between_digits(m) else CLAUSE_MARKS[m.group()], text)
    return BRACKETS.sub(lambda m: "（" if m.group() == "(" else "）", text)


def _between_digits(m: regex.Match) -> bool:
    s, i = m.string, m.start()
    return 0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()


@cache
def engine():
    """One recogniser per process (per worker), its models from the wheel: nothing is downloaded."""
    import rapidocr
    from rapidocr import RapidOCR
    models = Path(rapidocr.__file__).parent / "models"
    return RapidOCR(params={
        "Global.use_cls": False,        # the angle classifier turned upright lines over in tests
        "Global.log_level": "critical",
        # detection on the page scaled to 1280 pixels at most: a sixth of the time at full size, the same lines
        "Det.limit_type": "max",
        "Det.limit_side_len": 1280,
        "Det.model_path": str(models / "PP-OCRv6_det_small.onnx"),
        "Rec.model_path": str(models / "PP-OCRv6_rec_small.onnx"),
    })


def ocr_lines(image: np.ndarray, scale: float = 1.0) -> list[dict]:
    """The page's text lines, top to bottom, in the page's coordinates (pixels / scale):
    boxes side by side are one line, cells far apart keep a tab between them."""
    result = engine()(image)
    if result.boxes is None:
        return []
    boxes = []
    for box, text, score in zip(result.boxes, result.txts, result.scores):
        xs, ys = [p[0] for p in box], [p[1] for p in box]
        boxes.append({"text": text, "x0": min(xs) / scale, "x1": max(xs) / scale,
                      "top": min(ys) / scale, "bottom": max(ys) / scale, "ocr": float(score)})
    lines: list[list[dict]] = []
    for box in sorted(boxes, key=lambda b: (b["top"] + b["bottom"]) / 2):
        middle = (box["top"] + box["bottom"]) / 2
        if lines and lines[-1][0]["top"] <= middle <= lines[-1][0]["bottom"]:
            lines[-1].append(box)
        else:
            lines.append([box])
    return [_line(sorted(line, key=lambda b: b["x0"])) for line in lines]


def _line(boxes: list[dict]) -> dict:
    text = ""
    for prev, box in zip([None] + boxes, boxes):
        if prev is not None:
            width = (prev["x1"] - prev["x0"]) / max(1, len(prev["text"]))
            text += "\t" if box["x0"] - prev["x1"] > COLUMN_GAP * width else ""
        text += clean_line(box["text"])
    return {"text": text, "x0": boxes[0]["x0"], "x1": boxes[-1]["x1"],
            "top": min(b["top"] for b in boxes), "bottom": max(b["bottom"] for b in boxes),
            "ocr": min(b["ocr"] for b in boxes)}


def render(pdf, index: int) -> tuple[np.ndarray, float]:
    """A PDF page (pypdfium2) as an image for OCR, and its pixels per point."""
    scale = RENDER_DPI / 72
    return pdf[index].render(scale=scale, grayscale=False).to_numpy(), scale


def read_images(images: list[bytes], doc: Document, suffix: str = "") -> Document:
    """Page images (a photo, a scan, or a folder of them in page order) read as one document."""
    from .read_pdf import lay_out   # read_pdf routes its textless pages here: import late, no cycle
    pages = []
    for data in images:
        try:
            image = ImageOps.exif_transpose(Image.open(BytesIO(data)))
            frames = []
            for n in range(getattr(image, "n_frames", 1)):     # a multi-page TIFF
                image.seek(n)
                frames.append(np.array(image.convert("RGB")))
        except (UnidentifiedImageError, OSError, ValueError) as exc:
            raise DocumentError(f"图片文件（{doc.format}）已损坏，无法打开；请重新扫描或拍照后提交。") from exc
        for frame in frames:
            pages.append((ocr_lines(frame), frame.shape[0], []))
    if not any(lines for lines, _, _ in pages):
        raise DocumentError(f"该文件是{doc.format.upper()}图片（扩展名为{suffix or '无'}），OCR没有识别出任何文字；"
                            "请提供清晰的扫描件或原始文档。")
    return lay_out(pages, doc)


def mark_ocr(doc: Document) -> None:
    """Each figure read by OCR carries the lowest confidence of the lines it lies in."""
    spans = doc.cache.get("ocr_lines")
    if not spans:
        return
    starts = [s for s, _, _ in spans]
    for figure in doc.figures:
        i = max(0, bisect.bisect_right(starts, figure.start) - 1)
        scores = []
        while i < len(spans) and spans[i][0] < figure.end:
            if spans[i][1] > figure.start:
                scores.append(spans[i][2])
            i += 1
        if scores:
            figure.ocr = round(min(scores), 3)
