"""Scanned copies of text reports, as a copier or a phone makes them: each page rendered (pypdfium2),
blurred, turned by a degree, speckled, and saved as an image-only PDF (PIL)."""
from __future__ import annotations

import random
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageFilter


def scan_pdf(source: Path, target: Path, dpi: int = 250, angle: float = 1.0, pages: int | None = None,
             seed: int = 0) -> Path:
    rng = random.Random(seed)
    images = []
    with pdfium.PdfDocument(source) as pdf:
        for index in range(len(pdf) if pages is None else min(pages, len(pdf))):
            image = pdf[index].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            image = image.filter(ImageFilter.GaussianBlur(0.8))
            image = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            pixels = image.load()
            width, height = image.size
            for _ in range(width * height // 1500):     # dust and toner specks
                x, y = rng.randrange(width), rng.randrange(height)
                pixels[x, y] = rng.choice((0, 60, 255))
            images.append(image)
    images[0].save(target, "PDF", resolution=dpi, save_all=True, append_images=images[1:], quality=80)
    return target
