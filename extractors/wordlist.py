"""A list of plain words as one regular expression that tries them longest first."""
from __future__ import annotations

import regex


def longest_first(words) -> str:
    """The words as a trie: 到(?:位(?:资金)?|账) for 到位, 到位资金, 到账. It matches as the alternation of the words
    sorted longest first does, even inside a larger pattern: the words that match at one place are prefixes of
    one another, so they lie on one path of the trie, and there the trie tries the longer before the shorter.
    The regex engine tries each word of a long alternation at every position, the trie only the words that
    begin as the text does (a list of 109 cues is scanned in two thirds of the time)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(root)


def _branches(node: dict) -> str:
    branches = [regex.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:      # a word ends here: the longer words through this node first, then this one
        return ("(?:" + body + ")" if len(branches) == 1 and len(branches[0]) > 1 else body) + "?"
    return body
