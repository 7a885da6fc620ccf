"""A pattern compiled by re matches as regex does: the same spans, group by group, on every pattern sent to re."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import sys
import tomllib
from functools import cache
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import extractors
import patterns
import pipeline.checks
from extractors import context, regexp

EXAMPLES = sorted((Path(patterns.__file__).parent / "examples").glob("*.toml"))
# characters where the engines or Unicode versions part: new digits, \x1c-\x1f, spaces, Han outside the BMP
EDGES = "\x1c\x1f\x85\xa0\u3000\u2028\t\n\r٣०\U00011f52\U0001e5f5０３〇々\u2e9a\U00020001\U00033480乾"


@cache
def project_patterns() -> tuple[str, ...]:
    """Every pattern the project compiles: the modules' own and those of every loader without arguments."""
    for package in (extractors, pipeline.checks):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for fn in list(vars(module).values()):
                if hasattr(fn, "cache_info") and getattr(fn, "__module__", None) == module.__name__ \
                        and not inspect.signature(fn).parameters:
                    fn()
    return tuple(sorted(regexp.SENT_TO_RE))


@cache
def example_texts() -> tuple[str, ...]:
    return tuple(e["text"] for path in EXAMPLES for e in tomllib.loads(path.read_text("utf-8")).get("example", [])
                 if isinstance(e.get("text"), str))


@cache
def both(pattern: str) -> tuple[re.Pattern, regex.Pattern]:
    return re.compile(regexp.for_re(pattern)), regex.compile(pattern)


def spans(found) -> list[tuple]:
    return [tuple(m.span(g) for g in range(len(m.groups()) + 1)) for m in found if m is not None]


def assert_alike(pattern: str, text: str, pos: int = 0) -> None:
    fast, slow = both(pattern)
    assert spans(fast.finditer(text)) == spans(slow.finditer(text)), (pattern, text)
    assert spans([fast.search(text, pos)]) == spans([slow.search(text, pos)]), (pattern, text, pos)
    assert spans([fast.match(text, pos)]) == spans([slow.match(text, pos)]), (pattern, text, pos)
    assert spans([fast.fullmatch(text)]) == spans([slow.fullmatch(text)]), (pattern, text)
    assert spans([fast.search(text, 0, pos)]) == spans([slow.search(text, 0, pos)]), (pattern, text, pos)
    assert fast.sub("#", text) == slow.sub("#", text) and fast.split(text) == slow.split(text), (pattern, text)


def test_most_project_patterns_go_to_re():
    assert len(project_patterns()) > 400
    assert r"(?<![较比与])(?:上年|去年|上一年)(?!同期)|(?<![较比与]\s*)((?:19|20)\d{2})\s*年" not in project_patterns()


@pytest.mark.parametrize("escape", [r"\d", r"\D", r"\s", r"\S", r"\p{Han}", r"\P{Han}"])
def test_the_spelled_out_characters_are_those_regex_takes(escape):
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    inside, outside = regexp.SPELLED[escape]
    for spelled in (outside, f"[{inside}]") if inside is not None else (outside,):
        assert [m.span() for m in re.finditer(spelled + "+", everything)] \
            == [m.span() for m in regex.finditer(escape + "+", everything)]


@pytest.mark.parametrize("pattern", [
    r"\p{L}+", r"\w+", r"\bx", r"a{e<=1}", r"a*+", r"a{2,3}+", r"(?>ab)", r"[[:alpha:]]", r"[[a-z]--[aeiou]]",
    r"(?|(a)|(b))", r"(?i)a", r"(?V1)a", r"(?<![较比]\s*)x", r"\X", r"\L<words>", r"[\D]", r"[\S]", r"(?<name>a)",
    r"(a)\1", r"x(?m)", r"[\P{Han}]", r"(?(DEFINE)(?P<d>\d))", r"(?(?=a)ab|c)"])
def test_what_re_reads_otherwise_stays_with_regex(pattern):
    assert regexp.for_re(pattern) is None or type(regexp.compile(pattern)) is regex.Pattern


@pytest.mark.parametrize("pattern", [
    r"\d+(?:\.\d+)?\s*万元", r"[^\d\s]{0,4}", r"[\p{Han}A-Za-z0-9（）()·\-]{2,40}?(?:项目|工程)", r"\P{Han}+",
    r"(?m)^\s*附\s*件", r"[]a]+", r"[^]a]+", r"x{,3}", r"a*?b", r"(?P<y>(?:19|20)\d{2})\s*年(?=度)", r"\S+?\D",
    r"(?P<m>万)?元(?(m)整|角)"])
def test_what_re_reads_alike_goes_to_re(pattern):
    assert type(regexp.compile(pattern)) is re.Pattern
    for text in ("", "2023年度 ab]a 全县项目共1.5万元", "a\x1cb\u3000x٣\U00011f52项目" + EDGES, "\n附 件：" + EDGES):
        assert_alike(pattern, text, len(text) // 2)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_pattern_alike_on_the_examples(path):
    texts = [e["text"] for e in tomllib.loads(path.read_text("utf-8")).get("example", [])
             if isinstance(e.get("text"), str)]
    for pattern in project_patterns():
        for text in texts:
            assert_alike(pattern, text, len(text) // 3)


def pieces():
    """Text that the patterns match somewhere: slices of the examples, the patterns' own characters, edges."""
    letters = sorted({ch for p in project_patterns() for ch in p if not ch.isascii()} | set(EDGES)
                     | set("0123456789.,%-:;()[]年月日万元亿个户人 abcNo"))
    slices = st.builds(lambda text, a, n: text[a:a + n], st.sampled_from(example_texts()),
                       st.integers(0, 80), st.integers(1, 40))
    return st.lists(st.one_of(slices, st.text(st.sampled_from(letters), max_size=6)), max_size=8).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.deferred(pieces), st.integers(0, 60))
def test_every_pattern_alike_on_random_text(text, pos):
    pos = min(pos, len(text))
    for pattern in project_patterns():
        assert_alike(pattern, text, pos)


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("年上去一较比与 \u3000\n19202345度同期，"), max_size=20))
def test_the_year_test_before_earlier_years_search_skips_no_match(text):
    pattern = context.lexicon().earlier_year
    assert spans(context.earlier_years(text)) == spans(pattern.finditer(text))
