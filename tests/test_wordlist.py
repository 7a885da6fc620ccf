"""A list of words as a trie matches as the alternation of the words longest first does."""
from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.wordlist import longest_first

LETTERS = "ab元万.("          # few letters, so that words share their beginnings and one holds another
WORDS = st.lists(st.text(LETTERS, min_size=1, max_size=4), min_size=1, max_size=8)
TEXTS = st.text(LETTERS + "c", max_size=30)
# what may follow the words in a larger pattern: the engine backtracks into the words when it fails
TAILS = st.sampled_from(["", "b", "b?a", "(?:元|万元)", "(?!a)", r"\.\(", "a*b", "(?=元)"])


def alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def found(pattern: str, text: str) -> list:
    return [(m.span(), m.span("w")) for m in regex.finditer(pattern, text)]


@settings(max_examples=400, deadline=None)
@given(WORDS, TEXTS, TAILS)
def test_the_trie_finds_what_the_alternation_longest_first_finds(words, text, tail):
    plain = f"(?P<w>{alternation(words)}){tail}"
    trie = f"(?P<w>{longest_first(words)}){tail}"
    assert found(trie, text) == found(plain, text)
    assert found(f"c?{trie}c?", text) == found(f"c?{plain}c?", text)


def test_a_word_that_holds_another_is_tried_first():
    assert longest_first(["到位", "到位资金", "到账"]) == "到(?:位(?:资金)?|账)"
    assert regex.match(longest_first(["万", "万元"]), "万元").group() == "万元"
