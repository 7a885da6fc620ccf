"""A figure's label: the phrase it quantifies, cut from its clause with jieba."""
from __future__ import annotations

import logging
import marshal
import os
from collections.abc import Iterable
from functools import cache, lru_cache
from types import SimpleNamespace

import patterns

from . import regexp
from .model import Document, Figure
from .sentences import clause_start

WORDS_AFTER = regexp.compile(r"[^。；;，,、：:\n]{0,12}")     # the words right after a figure, to its clause end



@cache
def tokenizer():
    import jieba
    jieba.setLogLevel(logging.WARNING)
    # jieba reads its dictionary's cache with marshal.load on the open file, which goes back to the file for
    # each of its half a million words (0.6 s of every start); the same bytes read at once load in 0.2 s
    jieba.marshal = SimpleNamespace(load=lambda f: marshal.loads(f.read()), dump=marshal.dump)
    tk = jieba.Tokenizer()
    tk.load_userdict(str(patterns.path("domain_words.txt")))
    return tk


@cache
def _trim() -> tuple[regexp.Pattern, regexp.Pattern, int]:
    data = patterns.load("labels")
    return regexp.compile(data["leading"]), regexp.compile(data["trailing"]), data["max_length"]


def clause_before(doc: Document, start: int, floor: int = 0, width: int = 40) -> tuple[int, str]:
    """The clause before an offset (back to a punctuation mark, the floor or `width` characters),
    less anything before an opening or closing bracket."""
    lo = max(floor, clause_start(doc, start), start - width)
    window = doc.norm[lo:start]
    cut = max(window.rfind(b) for b in "（）()") + 1
    return lo + cut, window[cut:]


@lru_cache(maxsize=8192)
def _label(text: str) -> str:
    """The clause less its leading scope words and trailing verbs, cut only between jieba's words."""
    leading, trailing, max_length = _trim()
    text = text.strip()
    head = leading.match(text)
    start = _word_boundary(text, head.end(), forward=True) if head else 0
    tail = trailing.search(text, start)
    end = max(start, _word_boundary(text, tail.start(), forward=False)) if tail else len(text)
    if end - start > max_length:
        start = _word_boundary(text, end - max_length, forward=True)
    return text[start:end].strip()


def _word_boundary(text: str, cut: int, forward: bool, reach: int = 4) -> int:
    """The nearest place at or after (forward) or before `cut` that does not split a word.
    jieba segments only the few characters around the cut: a word spans at most `reach` of them."""
    if cut <= 0 or cut >= len(text):
        return max(0, min(cut, len(text)))
    lo = max(0, cut - reach)
    window = text[lo:cut + reach]
    bounds, at = [], lo
    for word in tokenizer().lcut(window, HMM=False):
        at += len(word)
        bounds.append(at)
    bounds = [lo] + bounds
    if forward:
        return min((b for b in bounds if b >= cut), default=len(text))
    return max((b for b in bounds if b <= cut), default=0)


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
            after = WORDS_AFTER.match(doc.norm, figure.end).group()
            words = [w for w in tokenizer().lcut(after, HMM=False) if w.strip()]
            label = _label("".join(words[:2]))
        figure.label = label
        if not figure.year_end:
            previous = figure       # (至2016年底已脱贫10949户: the label reads over the year's end)


@lru_cache(maxsize=4096)
def content_words(text: str) -> frozenset[str]:
    """The words that name what a figure is about (扶贫小额信贷贴息资金 → 扶贫, 小额, 信贷, 贴息), not the
    generic ones every amount has (资金, 万元, 全县)."""
    generic = frozenset(patterns.load("relations")["generic_words"])
    return frozenset(w for w in tokenizer().lcut(text, HMM=False) if len(w) >= 2 and w not in generic)


def names_any(text: str, words: frozenset[str]) -> bool:
    """Whether the content words of text include any of words. A word jieba finds is written in the text, so
    the text is segmented only when one of words is (most amounts share no word with a sentence: jieba
    over every sentence was a sixth of the checks' time)."""
    return any(w in text for w in words) and not words.isdisjoint(content_words(text))


def names_all(text: str, words: frozenset[str]) -> bool:
    """Whether the content words of text include all of words (segmented only when each is written in it)."""
    return all(w in text for w in words) and words <= content_words(text)


def named_most_alike(name: str, figures: Iterable[Figure]) -> tuple[int, list[Figure]]:
    """The figures whose labels end most like the name (完成投资 of 累计完成投资, 奖励资金 of …获省级乡村振兴奖励资金),
    and how many characters they share with its end."""
    best, found = 0, []
    for f in figures:
        n = len(os.path.commonprefix([f.label[::-1], name[::-1]]))
        if n > best:
            best, found = n, [f]
        elif n == best:
            found.append(f)
    return best, found
