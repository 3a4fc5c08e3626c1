"""Faster scans for patterns whose first character the regex engine cannot see.

Python's engine skips ahead to a pattern's first character only when the pattern opens with a literal or a plain
alternation of literals. A pattern that opens with a look-behind, an optional group or an alternation of groups is
tried in full at every position of the text. ``first_char_gate`` puts a look-ahead with every character a match can
start with in front of such a pattern: each position that cannot start a match is left after one set test. The matches
are the same; the set is computed from the pattern itself, so it never goes stale when the pattern is edited.
"""

from __future__ import annotations

import re

try:  # the parser of the standard library (Python 3.11+); without it patterns are left as they are
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover
    _c = _parser = None


class _Unknown(Exception):
    """A part whose first characters are not a finite set (a negated class, \\w, a back-reference, any character)."""


def _first(items) -> tuple[list[tuple[int, int]], bool]:
    """(code-point ranges a match of the sequence can start with, whether the sequence can match nothing)."""
    ranges: list[tuple[int, int]] = []
    for op, av in items:
        found, empty = _first_of(op, av)
        ranges += found
        if not empty:
            return ranges, False
    return ranges, True


def _first_of(op, av) -> tuple[list[tuple[int, int]], bool]:
    if op is _c.LITERAL:
        return [(av, av)], False
    if op is _c.IN:
        ranges = []
        for kind, value in av:
            if kind is _c.LITERAL:
                ranges.append((value, value))
            elif kind is _c.RANGE:
                ranges.append(value)
            else:  # NEGATE, CATEGORY (\d, \s …)
                raise _Unknown
        return ranges, False
    if op is _c.BRANCH:
        ranges, empty = [], False
        for alternative in av[1]:
            found, can_be_empty = _first(alternative)
            ranges += found
            empty = empty or can_be_empty
        return ranges, empty
    if op is _c.SUBPATTERN:
        return _first(av[-1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        least, _, body = av
        found, empty = _first(body)
        return found, empty or least == 0
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return [], True  # zero-width: the next part gives the character
    raise _Unknown


def first_characters(rx: re.Pattern) -> str | None:
    """A character class body with every character a match of ``rx`` can start with, or None where that is not a
    finite set or the pattern can match the empty string (then every position can start a match)."""
    if _parser is None or rx.flags & re.IGNORECASE or not isinstance(rx.pattern, str):
        return None
    try:
        ranges, empty = _first(_parser.parse(rx.pattern, rx.flags).data)
    except _Unknown:
        return None
    if empty or not ranges:
        return None

    def escaped(code: int) -> str:
        char = chr(code)
        return "\\" + char if char in "\\]^-[" else char

    return "".join(escaped(lo) if lo == hi else f"{escaped(lo)}-{escaped(hi)}" for lo, hi in sorted(set(ranges)))


def _engine_sees_first(items) -> bool:
    """Whether the engine finds the first character by itself (as the standard library's compiler does): the pattern
    opens with a literal, a character class, or an alternation whose every branch opens with a literal. A look-ahead
    in front of those only slows the scan down."""
    while items and items[0][0] is _c.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = items[0][1][-1]  # a plain group: look inside
    if not items:
        return False
    op, av = items[0]
    if op in (_c.LITERAL, _c.IN):
        return True
    return op is _c.BRANCH and all(branch and branch[0][0] is _c.LITERAL for branch in av[1])


GATED: list[tuple[re.Pattern, re.Pattern]] = []  # (pattern, gated pattern): every gate put, for the tests


def first_char_gate(rx: re.Pattern) -> re.Pattern:
    """``rx`` behind a look-ahead naming every character a match can start with (``rx`` itself where none can be
    named, or where the engine already skips to the first character). The gated pattern finds exactly what ``rx``
    finds, in the same places, with the same groups."""
    chars = first_characters(rx)
    if chars is None or _engine_sees_first(_parser.parse(rx.pattern, rx.flags).data):
        return rx
    try:
        gated = re.compile(f"(?=[{chars}])(?:{rx.pattern})", rx.flags)
    except re.error:  # global inline flags ((?x) …) may only open a pattern
        return rx
    GATED.append((rx, gated))
    return gated
