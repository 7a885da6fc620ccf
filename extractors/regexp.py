"""Every pattern of the project is compiled here, by the engine that runs it faster with the same matches.

The `regex` module reads what some patterns need (variable-length lookbehind, branch reset, \\p{..} beyond Han),
but for a simple pattern the standard `re` costs a third to a half of `regex` per call, and a report makes
about 1,100 small searches. So a pattern goes to `re` when `re` reads it as `regex` does:

- \\d, \\s and \\p{Han} (and their complements outside a set) are spelled out as the characters `regex` takes for
  them: `regex` follows a newer Unicode than `re` (110 more digits) and `re` counts \\x1c-\\x1f as spaces.
- Anything else `re` would read differently or not at all keeps the pattern in `regex`: \\w and \\b (their letters
  differ by thousands), other escapes of letters and digits, a set inside a set (POSIX classes, V1 set
  operations), a brace that is not a repeat (fuzzy matching), possessive and atomic repeats, inline flags other
  than (?m) and (?s), and whatever `re` refuses to compile or warns about.

`re` is not faster everywhere: over a whole document, a pattern that starts with a set, an alternation or a
lookbehind is tried by `re` at every position, while `regex` first looks for the characters a match needs (the
masks of not_figures.toml cost 4 µs per report in `regex` and 77 µs in `re`). Such a pattern is compiled with
long_text=True and stays in `regex`, unless it opens with a lookahead for the characters it can start with, which
`re` checks fast at each position (figures.py's date pattern: 26 µs per report in `re`, 55 in `regex`).

tests/test_regexp.py compares the two engines' spans on every pattern sent to `re`.
"""
from __future__ import annotations

import re
import warnings

import regex

# The characters regex 2024.4 and later takes for \d (Unicode 17's decimal digits), \s (White_Space) and
# \p{Han}, as ranges of code points. tests/test_regexp.py compares them with the installed regex over every
# code point; computing them here would cost each process a quarter of a second.
DIGITS = (
    (0x30, 0x39), (0x660, 0x669), (0x6F0, 0x6F9), (0x7C0, 0x7C9), (0x966, 0x96F), (0x9E6, 0x9EF), (0xA66, 0xA6F),
    (0xAE6, 0xAEF), (0xB66, 0xB6F), (0xBE6, 0xBEF), (0xC66, 0xC6F), (0xCE6, 0xCEF), (0xD66, 0xD6F), (0xDE6, 0xDEF),
    (0xE50, 0xE59), (0xED0, 0xED9), (0xF20, 0xF29), (0x1040, 0x1049), (0x1090, 0x1099), (0x17E0, 0x17E9),
    (0x1810, 0x1819), (0x1946, 0x194F), (0x19D0, 0x19D9), (0x1A80, 0x1A89), (0x1A90, 0x1A99), (0x1B50, 0x1B59),
    (0x1BB0, 0x1BB9), (0x1C40, 0x1C49), (0x1C50, 0x1C59), (0xA620, 0xA629), (0xA8D0, 0xA8D9), (0xA900, 0xA909),
    (0xA9D0, 0xA9D9), (0xA9F0, 0xA9F9), (0xAA50, 0xAA59), (0xABF0, 0xABF9), (0xFF10, 0xFF19), (0x104A0, 0x104A9),
    (0x10D30, 0x10D39), (0x10D40, 0x10D49), (0x11066, 0x1106F), (0x110F0, 0x110F9), (0x11136, 0x1113F),
    (0x111D0, 0x111D9), (0x112F0, 0x112F9), (0x11450, 0x11459), (0x114D0, 0x114D9), (0x11650, 0x11659),
    (0x116C0, 0x116C9), (0x116D0, 0x116E3), (0x11730, 0x11739), (0x118E0, 0x118E9), (0x11950, 0x11959),
    (0x11BF0, 0x11BF9), (0x11C50, 0x11C59), (0x11D50, 0x11D59), (0x11DA0, 0x11DA9), (0x11DE0, 0x11DE9),
    (0x11F50, 0x11F59), (0x16130, 0x16139), (0x16A60, 0x16A69), (0x16AC0, 0x16AC9), (0x16B50, 0x16B59),
    (0x16D70, 0x16D79), (0x1CCF0, 0x1CCF9), (0x1D7CE, 0x1D7FF), (0x1E140, 0x1E149), (0x1E2F0, 0x1E2F9),
    (0x1E4F0, 0x1E4F9), (0x1E5F1, 0x1E5FA), (0x1E950, 0x1E959), (0x1FBF0, 0x1FBF9))
SPACES = ((0x9, 0xD), (0x20, 0x20), (0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A),
          (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000))
HAN = (
    (0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5), (0x3005, 0x3005), (0x3007, 0x3007), (0x3021, 0x3029),
    (0x3038, 0x303B), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFA6D), (0xFA70, 0xFAD9), (0x16FE2, 0x16FE3),
    (0x16FF0, 0x16FF6), (0x20000, 0x2A6DF), (0x2A700, 0x2B81E), (0x2B820, 0x2CEAD), (0x2CEB0, 0x2EBE0),
    (0x2EBF0, 0x2EE5D), (0x2F800, 0x2FA1D), (0x30000, 0x3134A), (0x31350, 0x33479))

# an escape spelled out for re: (the ranges, whether it is their complement)
SPELLED = {r"\d": (DIGITS, False), r"\D": (DIGITS, True), r"\s": (SPACES, False), r"\S": (SPACES, True),
           r"\p{Han}": (HAN, False), r"\P{Han}": (HAN, True)}
SPELLED_ESCAPE = regex.compile(r"\\[dDsS]|\\[pP]\{Han\}")
SAME_ESCAPES = frozenset("ntrfvAZ")        # escapes of letters that mean the same in both, as they are
REPEAT = regex.compile(r"\{\d*(?:,\d*)?\}")
FLAGS = regex.compile(r"\(\?[ms]+\)")
CONDITION = regex.compile(r"\(\?\((?:[A-Za-z_]\w*|\d+)\)")       # (?(name)yes|no): whether the group matched
GROUP_OPENINGS = ("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?P<", "(?P=")

Pattern = re.Pattern | regex.Pattern       # what compile gives
Match = re.Match | regex.Match
SENT_TO_RE: set[str] = set()    # the patterns compiled by re so far (tests/test_regexp.py checks each)


def compile(pattern: str, long_text: bool = False) -> Pattern:
    """The pattern compiled by re when re matches it as regex does and it is not searched over long text,
    otherwise by regex."""
    spelled = None if long_text else for_re(pattern)
    if spelled is not None:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                compiled = re.compile(spelled)
            except (re.error, FutureWarning, DeprecationWarning, RecursionError, OverflowError):
                pass
            else:
                SENT_TO_RE.add(pattern)
                return compiled
    return regex.compile(pattern)


def for_re(pattern: str) -> str | None:
    """The pattern as re must read it to match as regex does, or None when re cannot (see the module's note)."""
    out = []
    in_set = False
    after_repeat = False            # a + here would make the repeat possessive
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        repeat = False
        if ch == "\\":
            spelled = SPELLED_ESCAPE.match(pattern, i)
            if spelled:
                ranges, complement = SPELLED[spelled.group()]
                if in_set and complement:
                    return None
                out.append(_ranges(ranges) if in_set else ("[^" if complement else "[") + _ranges(ranges) + "]")
                i = spelled.end()
                after_repeat = False
                continue
            nxt = pattern[i + 1:i + 2]
            if not nxt or nxt.isascii() and nxt.isalnum() and nxt not in SAME_ESCAPES and nxt not in "xuU":
                return None
            out.append(ch + nxt)
            i += 2
        elif in_set:
            if ch == "[":
                return None
            if ch == "]" and not _opens_set(pattern, i):
                in_set = False
            out.append(ch)
            i += 1
        elif ch == "[":
            in_set = True
            out.append(ch)
            i += 1
        elif ch == "{":
            found = REPEAT.match(pattern, i)
            if found is None:
                return None
            out.append(found.group())
            i = found.end()
            repeat = True
        elif pattern.startswith("(?", i):
            same = FLAGS.match(pattern, i) or CONDITION.match(pattern, i)
            if same:
                out.append(same.group())
                i = same.end()
            else:
                opening = next((o for o in GROUP_OPENINGS if pattern.startswith(o, i)), None)
                if opening is None:
                    return None
                out.append(opening)
                i += len(opening)
        elif after_repeat and ch == "+":
            return None
        else:
            repeat = ch in "*+?" and not after_repeat       # a ? after a repeat makes it lazy
            out.append(ch)
            i += 1
        after_repeat = repeat
    return None if in_set else "".join(out)


def _opens_set(pattern: str, i: int) -> bool:
    """Whether the ] at i is its set's first member ([]…] or [^]…]), which both engines read as a literal."""
    start = i - 2 if pattern[i - 2:i] == "[^" else i - 1
    return pattern[start] == "[" and (len(pattern[:start]) - len(pattern[:start].rstrip("\\"))) % 2 == 0


def _ranges(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)
