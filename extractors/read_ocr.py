"""Scans and photos: page images read by rapidocr (PP-OCRv6 small, the models inside its wheel).

Each page becomes lines in the same shape pdfplumber gives a text layer (text, x0, x1, top, bottom),
so that read_pdf lays them out into paragraphs the same way; every line also keeps the recogniser's
confidence, which the figures read from it carry (Figure.ocr).
"""
from __future__ import annotations

import unicodedata
from functools import cache
from io import BytesIO
from pathlib import Path

import cv2
import numpy as np
import regex
from pdfplumber import table as table_geometry
from PIL import Image, ImageOps, UnidentifiedImageError

import patterns

from . import regexp
from .model import Document, DocumentError
from .text_builder import join_wrapped

RENDER_DPI = 200            # a PDF page is rendered at this resolution for OCR
RENDER_MAX = 4000           # pixels on a page's longer side at most (the recogniser works at 2000)
COLUMN_GAP = 2.0            # a gap wider than this many characters' width inside a line separates table cells

# NFKC makes Chinese clause marks ASCII; outside numbers they go back to the marks the patterns read.
CLAUSE_MARKS = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
CLAUSE_MARK = regexp.compile(r"[,:;!?]")
THOUSANDS_SEPARATOR = regexp.compile(r"(?<=\d),(?=\d{3}(?!\d))")
BRACKETS = regexp.compile(r"\((?=\p{Han})|(?<=\p{Han})\)")


@cache
def _figure_token() -> regexp.Pattern:
    """A number as OCR may misread it, followed by a unit: only there are its characters repaired."""
    units = [name for entry in patterns.load("units")["unit"] for name in entry["names"]]
    units += patterns.load("numbers")["multipliers"]
    alternation = "|".join(regex.escape(u) for u in sorted(set(units), key=len, reverse=True))
    return regexp.compile(rf"(?<![A-Za-z\d.,])[\dOolI|]+(?:[ ]?[.,·:：。，][ ]?[\dOolI|]+|[ ][\dOolI|]{{1,2}})*(?=\s*(?:{alternation}))")


DIGIT_LIKE = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
POINT_LIKE = regexp.compile(r"[·:：。]")
THOUSANDS = regexp.compile(r"^\d{1,3}(?:,\d{3})+$")


def _repair_figure(token: str) -> str:
    """1，845·00 → 1,845.00; 3O5.l → 305.1; 3.268.5 → 3,268.5; a point read as a space (1,845 00) comes back."""
    if not any(c.isdigit() for c in token):
        return token
    text = POINT_LIKE.sub(".", token.translate(DIGIT_LIKE).replace("，", ","))
    text = text.replace(" .", ".").replace(". ", ".").replace(", ", ",").replace(" ,", ",")
    integer, space, decimals = text.rpartition(" ")
    if space and THOUSANDS.match(integer) and decimals.isdigit():
        text = f"{integer}.{decimals}"
    if text.count(".") > 1:
        head, _, tail = text.rpartition(".")
        if regex.fullmatch(r"\d{1,3}(?:\.\d{3})+", head):
            text = head.replace(".", ",") + "." + tail
    return text


def clean_line(text: str) -> str:
    """A recognised line as a typed report would have it: full-width folded (NFKC), figures repaired,
    Chinese clause marks where NFKC made them ASCII."""
    text = unicodedata.normalize("NFKC", text)
    text = _figure_token().sub(lambda m: _repair_figure(m.group()), text)
    text = CLAUSE_MARK.sub(lambda m: m.group() if _kept(m) else CLAUSE_MARKS[m.group()], text)
    return BRACKETS.sub(lambda m: "（" if m.group() == "(" else "）", text)


def _kept(mark: regexp.Match) -> bool:
    """A thousands separator, or a colon between digits (a ratio, a time), stays ASCII."""
    if mark.group() == ",":
        return bool(THOUSANDS_SEPARATOR.match(mark.string, mark.start()))
    s, i = mark.string, mark.start()
    return mark.group() == ":" and 0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()


@cache
def engine():
    """One recogniser per process (per worker), its models from the wheel: nothing is downloaded.
    Imported on first use, so that runs without a scan never load onnxruntime."""
    import rapidocr
    from rapidocr import RapidOCR
    models = Path(rapidocr.__file__).parent / "models"
    return RapidOCR(params={
        "Global.use_cls": False,        # the angle classifier read no better on scans, and can turn upright lines over
        "Global.log_level": "critical",
        # detection on the page scaled to 1280 pixels at most: a third to a sixth of the time, the same lines
        "Det.limit_type": "max",
        "Det.limit_side_len": 1280,
        "Det.model_path": str(models / "PP-OCRv6_det_small.onnx"),
        "Rec.model_path": str(models / "PP-OCRv6_rec_small.onnx"),
    })


def read_page(image: np.ndarray, scale: float = 1.0) -> tuple[list[dict], list[tuple], float]:
    """A page image's text lines, ruled tables and height, in the page's coordinates (pixels / scale), as
    read_pdf's lay_out takes them: lines top to bottom (boxes side by side are one line, cells far apart
    keep a tab between them), tables as (top, cells, confidence of each cell)."""
    result = engine()(image)
    if _sideways(result):
        # a landscape table scanned lying down: read both ways up, keep the reading with more confidence
        turned = [np.ascontiguousarray(np.rot90(image, k)) for k in (1, 3)]
        image, result = max(((t, engine()(t)) for t in turned), key=lambda reading: _read_well(reading[1]))
    page_height = image.shape[0] / scale
    if result.boxes is None or not len(result.boxes):
        return [], [], page_height
    quads = np.asarray(result.boxes, dtype=np.float64)
    # straighten the page: the text's median slant, taken from the top edges of wide boxes
    slants = [np.degrees(np.arctan2(q[1][1] - q[0][1], q[1][0] - q[0][0]))
              for q in quads if q[1][0] - q[0][0] > 4 * (q[3][1] - q[0][1])]
    slant = float(np.median(slants)) if slants else 0.0
    height, width = image.shape[:2]
    turn = cv2.getRotationMatrix2D((width / 2, height / 2), slant, 1.0)
    quads = quads @ turn[:, :2].T + turn[:, 2]
    boxes = [{"text": clean_line(text), "x0": q[:, 0].min(), "x1": q[:, 0].max(), "top": q[:, 1].min(),
              "bottom": q[:, 1].max(), "ocr": float(score)}
             for q, text, score in zip(quads, result.txts, result.scores)]
    char_height = float(np.median([b["bottom"] - b["top"] for b in boxes]))
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY) if image.ndim == 3 else image
    straight = cv2.warpAffine(gray, turn, (width, height), borderValue=255)
    tables = []
    for bboxes in _ruled_tables(straight, char_height):
        inside = [b for b in boxes if any(_holds(bbox, b) for bbox in bboxes)]
        boxes = [b for b in boxes if b not in inside]
        tables.append(_table(bboxes, inside, scale))
    lines = [_line(line) for line in _rows(boxes)]
    for line in lines:
        for key in ("x0", "x1", "top", "bottom"):
            line[key] /= scale
    return lines, tables, page_height


def _sideways(result) -> bool:
    """Most of the page's long boxes stand upright: its lines run down the page."""
    if result.boxes is None:
        return False
    sizes = [(np.ptp(q[:, 0]), np.ptp(q[:, 1])) for q in np.asarray(result.boxes)]
    long = [(w, h) for w, h in sizes if max(w, h) > 3 * min(w, h)]
    return len(long) >= 3 and sum(h > w for w, h in long) > len(long) / 2


def _read_well(result) -> float:
    return sum(score * len(text) for text, score in zip(result.txts or (), result.scores or ()))


def _rows(boxes: list[dict]) -> list[list[dict]]:
    """Boxes grouped into lines (a box whose middle lies within a line's first box joins it), left to right."""
    rows: list[list[dict]] = []
    for box in sorted(boxes, key=lambda b: (b["top"] + b["bottom"]) / 2):
        middle = (box["top"] + box["bottom"]) / 2
        if rows and rows[-1][0]["top"] <= middle <= rows[-1][0]["bottom"]:
            rows[-1].append(box)
        else:
            rows.append([box])
    return [sorted(row, key=lambda b: b["x0"]) for row in rows]


def _holds(bbox: tuple, box: dict) -> bool:
    x0, top, x1, bottom = bbox
    return x0 <= (box["x0"] + box["x1"]) / 2 <= x1 and top <= (box["top"] + box["bottom"]) / 2 <= bottom


def _ruled_tables(gray: np.ndarray, char_height: float) -> list[list[tuple]]:
    """The cells of the ruled tables on a straightened page: rules are dark runs longer than any stroke of
    a character, joined and cut into cells as pdfplumber does with a text layer's drawn lines."""
    dark = (gray < 170).astype(np.uint8)
    edges = []
    for orientation, size in (("h", (int(3 * char_height), 1)), ("v", (1, int(1.3 * char_height)))):
        rules = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, size))
        _, _, stats, _ = cv2.connectedComponentsWithStats(rules, connectivity=8)
        for x, y, w, h, _ in stats[1:]:
            if orientation == "h":
                x0, x1, top, bottom = float(x), float(x + w), y + h / 2, y + h / 2
            else:
                x0, x1, top, bottom = x + w / 2, x + w / 2, float(y), float(y + h)
            edges.append({"x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top, "width": x1 - x0,
                          "height": bottom - top, "orientation": orientation, "object_type": "line"})
    tolerance = max(3.0, char_height / 4)
    edges = table_geometry.merge_edges(edges, tolerance, tolerance, tolerance, tolerance)
    cells = table_geometry.intersections_to_cells(table_geometry.edges_to_intersections(edges, tolerance, tolerance))
    return [table for table in table_geometry.cells_to_tables(cells) if len(table) >= 4]


def _table(bboxes: list[tuple], boxes: list[dict], scale: float) -> tuple:
    from .read_pdf import grid_cells    # read_pdf imports this module: import late, no cycle
    scores: dict[tuple, float] = {}

    def text_in(*bbox) -> str:
        inside = [b for b in boxes if _holds(bbox, b)]
        if inside:
            scores[bbox] = min(b["ocr"] for b in inside)
        return join_wrapped(["".join(b["text"] for b in row) for row in _rows(inside)])

    cells = grid_cells(bboxes, text_in)
    confidence = [scores.get(tuple(bbox)) for bbox in bboxes]
    return min(b[1] for b in bboxes) / scale, cells, confidence


def _line(boxes: list[dict]) -> dict:
    """Boxes on one line as one line; cells far apart keep a tab between them."""
    text = ""
    for prev, box in zip([None] + boxes, boxes):
        if prev is not None:
            width = (prev["x1"] - prev["x0"]) / max(1, len(prev["text"]))
            text += "\t" if box["x0"] - prev["x1"] > COLUMN_GAP * width else ""
        text += box["text"]
    return {"text": text, "x0": boxes[0]["x0"], "x1": boxes[-1]["x1"],
            "top": min(b["top"] for b in boxes), "bottom": max(b["bottom"] for b in boxes),
            "ocr": min(b["ocr"] for b in boxes)}


def render(pdf, index: int) -> tuple[np.ndarray, float]:
    """A PDF page (pypdfium2) as an image for OCR, and its pixels per point."""
    page = pdf[index]
    scale = min(RENDER_DPI / 72, RENDER_MAX / max(page.get_size()))
    return page.render(scale=scale).to_numpy(), scale


def read_images(images: list[bytes], doc: Document, suffix: str = "") -> Document:
    """Page images (a photo, a scan, or a folder of them in page order) read as one document."""
    from .read_pdf import lay_out    # read_pdf imports this module: import late, no cycle
    pages = []
    for data in images:
        try:
            image = Image.open(BytesIO(data))
            frames = []
            for n in range(getattr(image, "n_frames", 1)):     # a multi-page TIFF
                image.seek(n)
                frames.append(np.array(ImageOps.exif_transpose(image).convert("RGB")))   # a phone's turn undone
        except Image.DecompressionBombError as exc:
            raise DocumentError(f"图片（{doc.format}）像素过多（超过{Image.MAX_IMAGE_PIXELS * 2}），不像是一页报告；"
                                "请重新扫描或拍照后提交。") from exc
        except (UnidentifiedImageError, OSError, ValueError) as exc:
            raise DocumentError(f"图片文件（{doc.format}）已损坏，无法打开；请重新扫描或拍照后提交。") from exc
        for frame in frames:
            lines, tables, height = read_page(frame)
            pages.append((lines, height, tables))
    if not any(lines or tables for lines, _, tables in pages):
        raise DocumentError(f"该文件是{doc.format.upper()}图片（扩展名为{suffix or '无'}），OCR没有识别出任何文字；"
                            "请提供清晰的扫描件或原始文档。")
    return lay_out(pages, doc)
