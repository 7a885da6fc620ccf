"""A figure's label: the phrase it quantifies, cut from its clause with jieba."""
from __future__ import annotations

import logging
from functools import cache

import regex

import patterns

from .model import Document, Figure
from .sentences import clause_start



@cache
def tokenizer():
    import jieba
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.load_userdict(str(patterns.path("domain_words.txt")))
    return tk


@cache
def _trim() -> tuple[regex.Pattern, regex.Pattern, int]:
    data = patterns.load("labels")
    return regex.compile(data["leading"]), regex.compile(data["trailing"]), data["max_length"]


def clause_before(doc: Document, start: int, floor: int = 0, width: int = 40) -> tuple[int, str]:
    """The clause before an offset (back to a punctuation mark, the floor or `width` characters),
    less anything before an opening or closing bracket."""
    lo = max(floor, clause_start(doc, start), start - width)
    window = doc.norm[lo:start]
    cut = max(window.rfind(b) for b in "（）()") + 1
    return lo + cut, window[cut:]


def _label(text: str) -> str:
    """The clause less its leading scope words and trailing verbs, cut only between jieba's words."""
    leading, trailing, max_length = _trim()
    text = text.strip()
    words = tokenizer().lcut(text, HMM=False)
    bounds = [0]
    for word in words:
        bounds.append(bounds[-1] + len(word))
    head = leading.match(text)
    start = min((b for b in bounds if b >= head.end()), default=len(text)) if head else 0
    tail = trailing.search(text, start)
    end = max((b for b in bounds if b <= tail.start()), default=start) if tail else len(text)
    end = max(end, start)
    if end - start > max_length:
        start = min(b for b in bounds if b >= end - max_length)
    return text[start:end].strip()


def _as_written(doc: Document, start: int, window: str, label: str) -> str:
    """The label as the report writes it (normalization keeps lengths, so offsets carry over)."""
    at = window.find(label) if label else -1
    return doc.text[start + at:start + at + len(label)] if at >= 0 else label


def label_figures(doc: Document) -> None:
    previous: Figure | None = None
    for figure in doc.figures:
        if figure.cell is not None:
            previous = figure         # a table figure's label is its row's label (set with the cell)
            continue
        floor = previous.end if previous and previous.source != "table" else 0
        start, clause = clause_before(doc, figure.start, floor)
        label = _as_written(doc, start, clause, _label(clause) or clause.strip())
        if not label and previous is not None and previous.end >= figure.start - 1 and previous.label:
            label = previous.label          # 1164户2819人: the persons of the same households
        if not label:
            after = regex.match(r"[^。；;，,、：:\n]{0,12}", doc.norm[figure.end:]).group()
            words = [w for w in tokenizer().lcut(after, HMM=False) if w.strip()]
            label = _label("".join(words[:2]))
        figure.label = label
        previous = figure
