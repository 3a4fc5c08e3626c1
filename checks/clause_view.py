"""The checks' view of the 主文 as clauses (extractors/clauses.py, read once per item and shared with the field
stage), with spans moved to document offsets for evidence."""

from __future__ import annotations

from extractors.clause_lexicon import ACT_RES
from extractors.clauses import Clause, keyed_clauses, party_key
from zhixing.document import Document, OperativeItem
from zhixing.memo import per_document

# items that order nothing (a dismissal names the acts it refuses; costs are checked elsewhere)
NO_ORDER = ("dismissal", "costs", "procedural")


def clauses(doc: Document, item: OperativeItem) -> tuple[Clause, ...]:
    """The item's ordered clauses (none for dismissal, costs and procedural items)."""
    if item.item_type in NO_ORDER:
        return ()
    return _ordered(item.text, party_key(doc.parties))


@per_document(maxsize=256)
def _ordered(text: str, key: tuple) -> tuple[Clause, ...]:
    """Kept per document: a dozen checks ask for the same items' clauses, and building the alias index and the keys
    of the shared reading each time cost more than the checks' own work on them."""
    aliases = {a: name for name, _, names in key for a in names}  # as the field stage reads them (alias_index)
    return tuple(c for c in keyed_clauses(text, key, tuple(sorted(aliases.items()))) if c.ordered)


def may_order(item: OperativeItem, acts: tuple[str, ...]) -> bool:
    """Whether a clause of the item can be one of ``acts``: a clause's act is found by the act's pattern in a comma
    segment of the item, and what a pattern finds in a segment it finds in the whole text (its look-arounds never see
    past a segment's commas), so a pattern that finds nothing in the text rules the act out without reading clauses."""
    return any(rx.search(item.text) for rx in _patterns_of(acts))


_PATTERNS_OF: dict[tuple[str, ...], tuple] = {}


def _patterns_of(acts: tuple[str, ...]) -> tuple:
    """The act patterns of ``acts``, picked from ACT_RES once per tuple of acts (the checks ask with a handful)."""
    found = _PATTERNS_OF.get(acts)
    if found is None:
        found = _PATTERNS_OF[acts] = tuple(rx for act, rx in ACT_RES if act in acts)
    return found


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
