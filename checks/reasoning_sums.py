"""The sum the reasons conclude on against the 主文 (CON-05): 综上，被告共欠原告劳务报酬9100元 closes the 本院认为, and
the item orders the same debt with another figure. Only the court's concluding sentences count (综上 / 据此 / 故 …):
the reasons also recount claimed, paid and partial sums, and those may well differ from the award."""

from __future__ import annotations

import re

from checks.debt_mentions import NOUN_BEFORE, SHARE_WORDS, debt_mentions, debt_noun
from checks.meaning import party_names, reasoning_part
from checks.registry import Finding, item_no
from extractors.money import amounts_in
from zhixing.document import Document

_CONCLUDING = re.compile(r"(?:^|(?<=[。；]))\s*(?:综上所述|综上|综合以上|据此|因此|由此|故此|故|所以)[^。；]*[。；]?")
_DIGIT = re.compile(r"[0-9０-９]")
# the court says what is owed or to be paid: 共欠 / 尚欠 / 应支付 / 应当偿还 / 应向原告返还 …
_OWED = re.compile(r"(?:共|尚|仍|还|下|合计|累计|结)欠|欠付|应(?:当|予)?[^，。；]{0,20}?(?:支付|偿还|给付|返还|归还|赔偿|退还|清偿)")
# a party's word, a sum already paid or one of several parts: not the award
_NOT_AWARD = re.compile(r"主张|请求|诉称|辩称|已(?:经)?(?:支付|偿还|给付|归还|返还)|其中|扣除|减去|利息|违约金|以内|范围|每月|每期")


def concluded_sum_differs(doc: Document):
    """A concluding sentence of the reasons names a debt and its figure; the one item that names the same debt orders
    another figure, and no item orders the concluded figure at all."""
    reasoning = reasoning_part(doc)
    if not reasoning:
        return
    offset, text = reasoning
    # the concluding sentences that say what is owed, found first: most reasons have none with a figure, and the
    # debts of the 主文 are read only for those that do
    candidates = [m for m in _CONCLUDING.finditer(text)
                  if _OWED.search(m.group(0)) and not _NOT_AWARD.search(m.group(0)) and _DIGIT.search(m.group(0))]
    if not candidates:
        return
    by_noun: dict[str, list] = {}
    for mention in debt_mentions(doc):
        by_noun.setdefault(mention[2], []).append(mention)
    if not by_noun:
        return
    ordered = {a.value for item in doc.operative_items for a in amounts_in(item.text)}
    names = party_names(doc)
    for m in candidates:
        sentence, at = m.group(0), m.start()
        owed = _OWED.search(sentence)
        for a in amounts_in(sentence):
            if a.gloss_of is not None or a.span[0] < owed.start() or a.value in ordered:
                continue
            before = NOUN_BEFORE.search(sentence[max(owed.start(), a.span[0] - 24):a.span[0]])
            noun = debt_noun(before.group("noun"), names) if before else None
            found = by_noun.get(noun, []) if noun else []
            if len(found) != 1 or SHARE_WORDS.search(sentence[owed.start():a.span[1] + 4]):
                continue
            item, other, _, _, _ = found[0]
            start = offset + at + a.span[0]
            yield Finding(message=(f"本院认为部分认定{noun}为{a.text}，第{item_no(item.index)}项却判令给付{noun}{other.text}，"
                                   "主文与本院认为的数额不一致。"),
                          evidence=[(start, start + len(a.text)),
                                    (item.span[0] + other.span[0], item.span[0] + other.span[1])],
                          item_index=item.index, confidence=0.8,
                          suggestion=f"核对{noun}数额，使主文与本院认为一致。")
            return
