"""Every pattern of the project is compiled here, by the engine that runs it faster with the same matches.

The `regex` module reads what some patterns need (variable-length lookbehind, branch reset, \\p{..} beyond Han),
but for a simple pattern the standard `re` costs a third to a half of `regex` per call, and a report makes
about 1,100 small searches. So a pattern goes to `re` when `re` reads it as `regex` does:

- \\d, \\s and \\p{Han} (and their complements outside a set) are spelled out as the characters `regex` takes for
  them: `regex` follows a newer Unicode than `re` (110 more digits, added to re's \\d) and `re` counts \\x1c-\\x1f
  as spaces.
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

A scan of a whole document pays for every position even where nothing can match: needs() reads from a pattern the
characters of which every match holds one (期 for （二期）), and a scan of a text holding none of them is skipped.
"""
from __future__ import annotations

import re
import warnings
from re import _constants as sre      # re's own parser and its node names: needs() reads patterns as re does
from re import _parser

import regex

# The characters regex 2024.4 and later takes for \d (Unicode 17's decimal digits) beyond re's own \d (Python
# 3.11: Unicode 14), for \s (White_Space: re's \s also takes \x1c-\x1f) and for \p{Han}, as ranges of code
# points. tests/test_regexp.py compares re's reading of them with the installed regex over every code point.
# re's \d stays a category in the set: spelling out all 72 ranges of digits cost re.compile 0.5 ms a pattern.
DIGITS_BEYOND_RE = (
    (0x10D40, 0x10D49), (0x116D0, 0x116E3), (0x11BF0, 0x11BF9), (0x11DE0, 0x11DE9), (0x11F50, 0x11F59),
    (0x16130, 0x16139), (0x16D70, 0x16D79), (0x1CCF0, 0x1CCF9), (0x1E4F0, 0x1E4F9), (0x1E5F1, 0x1E5FA))
SPACES = ((0x9, 0xD), (0x20, 0x20), (0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A),
          (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000))
HAN = (
    (0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5), (0x3005, 0x3005), (0x3007, 0x3007), (0x3021, 0x3029),
    (0x3038, 0x303B), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFA6D), (0xFA70, 0xFAD9), (0x16FE2, 0x16FE3),
    (0x16FF0, 0x16FF6), (0x20000, 0x2A6DF), (0x2A700, 0x2B81E), (0x2B820, 0x2CEAD), (0x2CEB0, 0x2EBE0),
    (0x2EBF0, 0x2EE5D), (0x2F800, 0x2FA1D), (0x30000, 0x3134A), (0x31350, 0x33479))


def _ranges(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


IN_SET = {"d": r"\d" + _ranges(DIGITS_BEYOND_RE), "s": _ranges(SPACES), "Han": _ranges(HAN)}
# an escape spelled out for re: what stands for it inside a set (None: nothing can), and outside one
SPELLED = {r"\d": (IN_SET["d"], f"[{IN_SET['d']}]"), r"\D": (None, f"[^{IN_SET['d']}]"),
           r"\s": (IN_SET["s"], f"[{IN_SET['s']}]"), r"\S": (None, f"[^{IN_SET['s']}]"),
           r"\p{Han}": (IN_SET["Han"], f"[{IN_SET['Han']}]"), r"\P{Han}": (None, f"[^{IN_SET['Han']}]")}
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
                inside, outside = SPELLED[spelled.group()]
                if in_set and inside is None:
                    return None
                out.append(inside if in_set else outside)
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


def needs(pattern: str) -> frozenset[str] | None:
    """A few characters of which every match of the pattern holds one, or None when no such few are known."""
    spelled = for_re(pattern)
    if spelled is None:
        return None
    try:
        parsed = _parser.parse(spelled)
    except (re.error, RecursionError, OverflowError):
        return None
    return None if parsed.state.flags & re.IGNORECASE else _needs_of_sequence(parsed)


NEEDS_AT_MOST = 20      # more characters to look for cost about what the scan they would spare costs


def _needs_of_sequence(items) -> frozenset[str] | None:
    """Every item of a sequence is in each of its matches: the fewest characters any one of them needs."""
    best = None
    for op, av in items:
        found = _needs_of_item(op, av)
        if found is not None and len(found) <= NEEDS_AT_MOST and (best is None or len(found) < len(best)):
            best = found
    return best


def _needs_of_item(op, av) -> frozenset[str] | None:
    if op is sre.LITERAL:
        return frozenset(chr(av))
    if op is sre.IN:        # a set of characters; not a negated set, a range or a class (too many characters)
        return frozenset(chr(v) for o, v in av) if all(o is sre.LITERAL for o, _ in av) else None
    if op is sre.BRANCH:    # one of the alternatives: the characters of all
        found = [_needs_of_sequence(branch) for branch in av[1]]
        return None if any(f is None for f in found) else frozenset().union(*found)
    if op is sre.SUBPATTERN:        # a group: (number, flags added, flags removed, its sequence)
        return None if av[1] & re.IGNORECASE else _needs_of_sequence(av[3])
    if op is sre.ATOMIC_GROUP:
        return _needs_of_sequence(av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):     # (least, most, sequence)
        return _needs_of_sequence(av[2]) if av[0] >= 1 else None
    return None         # an anchor, a lookaround, a back-reference, any character: nothing of its own
