"""Headings → a section tree; indicator titles → indicator numbers."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import patterns

from . import regexp
from .model import Document, Section, innermost, innermost_index

LEADING_NUMBER = regexp.compile(r"\s*(\d+)")


@dataclass(frozen=True)
class HeadingForm:
    name: str
    level: int
    pattern: regexp.Pattern
    sequence: regexp.Pattern | None


@cache
def _forms() -> tuple[HeadingForm, ...]:
    data = patterns.load("headings")
    return tuple(HeadingForm(f["name"], f["level"], regexp.compile(f["pattern"]),
                             regexp.compile(f["sequence_pattern"]) if f.get("sequence_pattern") else None)
                 for f in data["form"])


@cache
def _indicators() -> tuple[int, tuple[tuple[int, regexp.Pattern], ...]]:
    data = patterns.load("indicators")
    return data["min_matches"], tuple((i["number"], regexp.compile(i["title"])) for i in data["indicator"])


TITLE_END = regexp.compile(r"[。：:；;]")


def _match_heading(line: str, last_arabic: int | None) -> tuple[HeadingForm, int] | None:
    """The heading form at the start of a line and the length of its number."""
    for form in _forms():
        m = form.pattern.match(line)
        if m:
            return form, m.end()
        if form.sequence:
            m = form.sequence.match(line)
            if m and last_arabic is not None and int(m.group(1)) == last_arabic + 1:
                return form, m.end()
    return None


def heading_level(line: str) -> int | None:
    """The level of the heading number a line opens with (一、 → 1, （一） → 2, 1. → 3), or None."""
    found = _match_heading(line, None)
    return found[0].level if found else None


def heading_form(line: str) -> str:
    """The name of the heading form a line opens with (project_item for 项目二：…), or ""."""
    found = _match_heading(line, None)
    return found[0].name if found else ""


def find_sections(doc: Document) -> list[tuple[int, int]]:
    """Fill doc.sections; return the spans of heading numbers (they are not figures)."""
    max_title = patterns.load("headings")["max_title_length"]
    sections: list[Section] = []
    number_spans: list[tuple[int, int]] = []
    stack: list[Section] = []
    last_arabic: int | None = None
    paragraphs = [b for b in doc.blocks if b.kind == "paragraph"]
    for i, block in enumerate(paragraphs):
        line = doc.norm[block.start:block.end]
        if block.numbering:
            found = _match_heading(doc.norm[block.start:block.start + len(block.numbering)] + "标题", last_arabic)
            number_len = len(block.numbering)
        else:
            found = _match_heading(line, last_arabic)
            number_len = found[1] if found else 0
        if not found:
            continue
        form = found[0]
        number_spans.append((block.start, block.start + number_len))
        rest = line[number_len:]
        cut = TITLE_END.search(rest)
        title = rest[:cut.start()] if cut else rest
        if len(title.strip()) > max_title and not cut:
            title = title[:max_title]
        title = title.strip()
        if not title and i + 1 < len(paragraphs):
            following = doc.norm[paragraphs[i + 1].start:paragraphs[i + 1].end]
            cut = TITLE_END.search(following)
            title = (following[:cut.start()] if cut else following)[:max_title].strip()
        number = doc.text[block.start:block.start + number_len].strip().rstrip("、.．:：")
        if form.name == "arabic_point":
            last_arabic = int(LEADING_NUMBER.match(doc.norm, block.start).group(1))
        elif form.level < 3:
            last_arabic = None
        while stack and stack[-1].level >= form.level:
            stack.pop().end = block.start
        section = Section(number=number, title=title, level=form.level, start=block.start, end=len(doc.text),
                          form=form.name)
        section.path = "/".join([s.number for s in stack] + [number])
        stack.append(section)
        sections.append(section)
    _map_indicators(sections)
    doc.sections = sections
    return number_spans


def _map_indicators(sections: list[Section]) -> None:
    min_matches, indicators = _indicators()
    found: dict[int, int] = {}
    for index, section in enumerate(sections):
        for number, pattern in indicators:
            if pattern.search(section.title):
                found.setdefault(index, number)
                break
    if len(set(found.values())) < min_matches:
        return
    for index, number in found.items():
        sections[index].indicator = number


def indicator_at(doc: Document, offset: int) -> int | None:
    """The indicator of the deepest numbered-indicator section around offset."""
    index = doc.indexed("indicator_sections", doc.sections,
                        lambda: innermost_index([s for s in doc.sections if s.indicator]))
    best = innermost(index, offset)
    return best.indicator if best else None


def subsections(doc: Document) -> dict[int, list[Section]]:
    """Each section's start → its direct subsections, in order (once per document; linear: paths repeat
    when several reports are joined in one file, so children are found by nesting, not by path)."""
    found = doc.cache.get("subsections")
    if found is None:
        found = doc.cache["subsections"] = {}
        parents: list[Section] = []
        for x in sorted(doc.sections, key=lambda x: x.start):
            while parents and not (parents[-1].start <= x.start < parents[-1].end):
                parents.pop()
            if parents and x.path.rpartition("/")[0] == parents[-1].path:
                found.setdefault(parents[-1].start, []).append(x)
            parents.append(x)
    return found
