"""The document being written: its lines and the character span of every section."""

from __future__ import annotations


class Builder:
    """Collects lines and the character span of every section."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.spans: dict[str, list[int]] = {}
        self.order: list[str] = []

    @property
    def pos(self) -> int:
        return sum(len(x) + 1 for x in self.lines)

    def add(self, section: str, line: str, *, same_line: bool = False) -> None:
        """Append a paragraph (or, with same_line, text to the last paragraph) belonging to section."""
        assert line and line == line.strip(), (section, line)
        if same_line:
            start = self.pos - 1
            self.lines[-1] += line
        else:
            start = self.pos
            self.lines.append(line)
        end = start + len(line)
        if section not in self.spans:
            self.spans[section] = [start, end]
            self.order.append(section)
        else:
            assert self.order[-1] == section, f"section {section} is not contiguous"
            self.spans[section][1] = end

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"
