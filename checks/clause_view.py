"""The checks' view of the 主文 as clauses (extractors/clauses.py, read once per item and shared with the field
stage), with spans moved to document offsets for evidence."""

from __future__ import annotations

from extractors.clauses import Clause, item_clauses
from zhixing.document import Document, OperativeItem

# items that order nothing (a dismissal names the acts it refuses; costs are checked elsewhere)
NO_ORDER = ("dismissal", "costs", "procedural")


def clauses(doc: Document, item: OperativeItem) -> list[Clause]:
    """The item's ordered clauses (none for dismissal, costs and procedural items)."""
    if item.item_type in NO_ORDER:
        return []
    aliases = {a: p.name for p in doc.parties for a in p.aliases}  # as the field stage reads them (alias_index)
    return [c for c in item_clauses(item.text, doc.parties, aliases) if c.ordered]


def all_clauses(doc: Document) -> list[tuple[OperativeItem, Clause]]:
    return [(item, c) for item in doc.operative_items for c in clauses(doc, item)]


def at(item: OperativeItem, span: tuple[int, int]) -> tuple[int, int]:
    """An item-relative span as document offsets."""
    return item.span[0] + span[0], item.span[0] + span[1]


def find_in(item: OperativeItem, words: str, near: tuple[int, int] | None = None) -> tuple[int, int]:
    """Document span of ``words`` in the item (first after ``near``), or the whole item."""
    start = item.text.find(words, near[0] if near else 0) if words else -1
    if start < 0:
        start = item.text.find(words) if words else -1
    return at(item, (start, start + len(words))) if start >= 0 else item.span
