"""regexp.needs: the characters of which every match of a pattern holds one, so that a scan of a text holding none
of them may be skipped."""
from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import patterns
from extractors import fields, figures, regexp

EXAMPLES = sorted((Path(patterns.__file__).parent / "examples").glob("*.toml"))


@pytest.mark.parametrize("pattern, needed", [
    (r"[（(]\s*[\d一二三]+\s*期\s*[）)]", "期"),
    (r"首批|排名第|位居第", "首排位"),
    (r"a?b+c", "b"),                         # the fewest characters of those every match holds
    (r"(?:19|20)\d{2}\s*年", "年"),
    (r"(?<=乡)\s*\d{1,2}\s*村(?![民级])", "村"),     # a lookaround's characters are outside the match
    (r"(?:x|y)z", "z"),
    (r"[xX*]{2,}", "xX*"),
])
def test_what_every_match_holds(pattern, needed):
    assert regexp.needs(pattern) == frozenset(needed)


@pytest.mark.parametrize("pattern", [
    r"a?", r"a|", r"a*b?", r"\d+", r"[^a]", r"[a-z]", r".", r"(?=a)", r"(a)\1", r"(?i)a", r"\w+", r"\p{Han}"])
def test_no_characters_where_a_match_may_hold_none_of_a_few(pattern):
    assert regexp.needs(pattern) is None


@cache
def needing() -> tuple[tuple[regex.Pattern, frozenset[str]], ...]:
    """The project's patterns that need some characters: the masks and the rules of fields.toml."""
    found = [p.pattern for _, p, _ in figures.scanner().masks]
    found += [p.pattern for rule in fields.rules() for _, _, p in rule.conditions]
    return tuple((regex.compile(p), needs) for p in found if (needs := regexp.needs(p)) is not None)


@cache
def example_texts() -> tuple[str, ...]:
    return tuple(e["text"] for path in EXAMPLES for e in tomllib.loads(path.read_text("utf-8")).get("example", [])
                 if isinstance(e.get("text"), str))


def test_the_masks_and_rules_need_characters():
    assert len(needing()) > 40


def test_no_example_matches_without_what_its_pattern_needs():
    for pattern, needs in needing():
        for text in example_texts():
            assert pattern.search(text) is None or any(c in text for c in needs), (pattern.pattern, text)


def pieces():
    letters = sorted({ch for p, _ in needing() for ch in p.pattern if not ch.isascii()}
                     | set("0123456789.,%-:;()[]年月日万元亿个户人 xX*"))
    slices = st.builds(lambda text, a, n: text[a:a + n], st.sampled_from(example_texts()),
                       st.integers(0, 80), st.integers(1, 40))
    return st.lists(st.one_of(slices, st.text(st.sampled_from(letters), max_size=6)), max_size=8).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.deferred(pieces))
def test_no_random_text_matches_without_what_its_pattern_needs(text):
    for pattern, needs in needing():
        assert pattern.search(text) is None or any(c in text for c in needs), (pattern.pattern, text)
