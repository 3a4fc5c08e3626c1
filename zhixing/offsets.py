"""Offset map between the normalised text and the raw extracted text.

Normalisation only deletes raw characters or replaces one character by one character, so every normalised character
comes from exactly one raw character. The map is stored as runs ``(norm_start, raw_start, length)``: inside a run the
two texts advance together.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass
class OffsetMap:
    runs: list[tuple[int, int, int]] = field(default_factory=list)

    def to_raw(self, offset: int) -> int:
        """Raw offset of the normalised character at ``offset`` (or of the end, for ``offset`` == len(text))."""
        if not self.runs:
            return offset
        starts = [r[0] for r in self.runs]
        i = bisect_right(starts, offset) - 1
        if i < 0:
            return self.runs[0][1]
        norm_start, raw_start, length = self.runs[i]
        if offset - norm_start < length:
            return raw_start + (offset - norm_start)
        # offset lies at the end of run i (the end of the text): map to the end of that run
        return raw_start + length

    def to_raw_span(self, span: tuple[int, int]) -> tuple[int, int]:
        """Raw [start, end) of a normalised span; the end maps through its last character."""
        start, end = span
        if end <= start:
            raw = self.to_raw(start)
            return (raw, raw)
        return (self.to_raw(start), self.to_raw(end - 1) + 1)


class TextBuilder:
    """Builds a normalised text from pieces of the raw text, recording where each piece came from."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._parts: list[str] = []
        self._runs: list[tuple[int, int, int]] = []
        self._length = 0

    def keep(self, raw_start: int, raw_end: int, replacement: str | None = None) -> None:
        """Append raw[raw_start:raw_end], or a same-length replacement of it."""
        if raw_end <= raw_start:
            return
        piece = self.raw[raw_start:raw_end] if replacement is None else replacement
        if len(piece) != raw_end - raw_start:
            raise ValueError("a replacement must have the length of the raw piece it replaces")
        if self._runs:
            ns, rs, ln = self._runs[-1]
            if ns + ln == self._length and rs + ln == raw_start:
                self._runs[-1] = (ns, rs, ln + len(piece))
                self._parts.append(piece)
                self._length += len(piece)
                return
        self._runs.append((self._length, raw_start, len(piece)))
        self._parts.append(piece)
        self._length += len(piece)

    def __len__(self) -> int:
        return self._length

    def last_char(self) -> str:
        for part in reversed(self._parts):
            if part:
                return part[-1]
        return ""

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(list(self._runs))
