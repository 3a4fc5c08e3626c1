"""The field-extraction stage: fills parties' details, each 主文 item's amounts, deadline, interest, type and
obligations, the costs, and for press releases the statistics and people."""

from __future__ import annotations

from extractors.cause import find_cause
from extractors.claims import find_claims
from extractors.costs import find_costs
from extractors.dates import find_dates
from extractors.press_events import find_courts, find_events, find_listed_cases
from extractors.deadlines import find_deadlines
from extractors.interest import find_interest
from extractors.money import amounts_in
from extractors.obligations import find_obligations, item_type
from extractors.parties import alias_index, find_parties
from extractors.press_facts import find_people, find_statistics
from extractors.traditional import has_traditional, simplified
from zhixing.document import Document, OperativeItem


def shift(results, offset: int):
    """Results found in an item's text, moved to document offsets."""
    for r in results:
        r.span = (r.span[0] + offset, r.span[1] + offset)
    return results


def extract_item(item: OperativeItem, doc: Document, aliases: dict[str, str]) -> None:
    offset = item.span[0]
    item.item_type = item_type(item.text)
    # copies of the shared per-document reading: the checks read the same item text again through amounts_in
    item.amounts = [a.model_copy(update={"span": (a.span[0] + offset, a.span[1] + offset)})
                    for a in amounts_in(item.text)]
    deadlines = shift(find_deadlines(item.text), offset)
    # an instalment plan is the item's deadline even when its first instalment has a fixed date of its own
    plan = next((d for d in deadlines if d.instalments), None)
    item.deadline = plan or (deadlines[0] if deadlines else None)
    interest = shift(find_interest(item.text), offset)
    if item.item_type not in ("payment", "costs"):  # 存款及利息归X所有: interest named, not ordered
        interest = [i for i in interest if i.rate_text or i.start or i.end_kind]
    item.interest = interest
    # a confirmation or formation item may order something too (确认…归原告所有，被告于…协助办理过户手续; 解除合同，
    # 被告于…腾退房屋): its acts are obligations to enforce like a payment item's
    if item.item_type in ("payment", "confirmation", "formation"):
        item.obligations = shift(find_obligations(item.text, doc.parties, aliases), offset)
    else:
        item.obligations = []


def _as_written(found: list, text: str) -> list:
    """Each result's ``text`` as the document writes it (the traditional form, where it was read as simplified)."""
    for f in found:
        f.text = text[f.span[0]:f.span[1]]
    return found


def extract_fields(doc: Document) -> Document:
    if doc.doc_type == "press_release":
        # a release reposted in traditional characters (執行局…同比增長) is read as simplified, one character for one,
        # so the extractors' words match and every span stays an offset into the document's own text
        text = simplified(doc.text) if has_traditional(doc.text) else doc.text
        doc.statistics = _as_written(find_statistics(text), doc.text)
        doc.people = _as_written(find_people(text), doc.text)
        if doc.press is not None:
            doc.press.courts = _as_written(find_courts(text), doc.text)
            doc.press.dates = _as_written(find_dates(text), doc.text)
            doc.press.events = _as_written(find_events(text), doc.text)
            doc.press.cases = _as_written(find_listed_cases(text), doc.text)
        return doc
    find_parties(doc)
    aliases = alias_index(doc.parties)
    cause = find_cause(doc.text, list(aliases) + [p.name for p in doc.parties])
    doc.cause = cause[0] if cause else None
    for item in doc.operative_items:
        extract_item(item, doc, aliases)
    doc.claims = find_claims(doc)
    doc.costs = find_costs(doc)
    return doc
