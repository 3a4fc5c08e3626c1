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
from zhixing.scan import first_char_gate

# a sentence opened by the court's concluding word, at the start of the text or after 。 / ；
_CONCLUDING = re.compile(r"综上所述|综上|综合以上|据此|因此|由此|故此|故|所以")
# the finding that closes the facts: the sum both sides checked (经核对 / 经核算 / 经对账 / 经双方结算 …)
_CHECKED = re.compile(r"经(?:双方)?(?:核对|核算|对账|结算|清算|核实)")
_REST_OF_SENTENCE = re.compile(r"[^。；]*[。；]?")
_ACCOUNT_WORDS = ("对账", "结算单", "结算书", "确认书", "欠条", "欠据", "承诺书")
_ACCOUNT = re.compile(r"(?:对账单|对账函|对账确认书|结算单|结算书|确认书|欠条|欠据|还款承诺书)[^，。；]{0,6}?(?:载明|记载|写明|显示|注明)")
# a payment or deduction told after the finding: the sum owed changed since
# (理应按约还款 is a duty, not a payment: a payment is told as done, 已 / 又 … 还, 还了)
_PAID_LATER = first_char_gate(re.compile(r"(?:已|又|再|另)(?:经)?[^，。；]{0,8}?(?:还|支付|偿还|归还|给付)|(?:还|付|偿还|归还|支付)了|"
                         r"扣除|减去|抵扣|冲抵|折抵"))
_DIGIT = re.compile(r"[0-9０-９]")
# the court says what is owed or to be paid: 共欠 / 尚欠 / 应支付 / 应当偿还 / 应向原告返还 …
_OWED = first_char_gate(re.compile(r"(?:共|尚|仍|还|下|今|合计|累计|结)欠|欠付|欠[^，。；]{0,24}?未(?:还|付|偿还|支付|归还)|"
                   r"应(?:当|予)?[^，。；]{0,20}?(?:支付|偿还|给付|返还|归还|赔偿|退还|清偿)"))
# a party's word, a sum already paid or one of several parts: not the award
_NOT_AWARD = re.compile(r"主张|请求|诉称|辩称|已(?:经)?(?:支付|偿还|给付|归还|返还)|其中|扣除|减去|利息|违约金|以内|范围|每月|每期")


def concluded_sum_differs(doc: Document):
    """A concluding sentence of the reasons, the finding that closes the facts (经核对，被告欠原告借款33000元未还), a
    defendant's admission of what is owed (被告当庭确认其欠原告服务费7540元), or a claim changed at trial that the reasons
    grant in full names a debt and its figure; the one item that names the same debt orders another figure, and no
    item orders the stated figure at all."""
    # the sentences that say what is owed, found first: most judgments have none with a figure, and the debts of the
    # 主文 are read only for those that do
    candidates = [(at, sentence, where, owed.start()) for at, sentence, where in _concluding(doc)
                  for owed in [_OWED.search(sentence)] if owed and not _NOT_AWARD.search(sentence)
                  and _DIGIT.search(sentence)]
    candidates += _admitted(doc) + _changed_claim_granted(doc)
    if not candidates:
        return
    by_noun: dict[str, list] = {}
    for mention in debt_mentions(doc):
        by_noun.setdefault(mention[2], []).append(mention)
    if not by_noun:
        return
    ordered = {a.value for item in doc.operative_items for a in amounts_in(item.text)}
    names = party_names(doc)
    for at, sentence, where, owed_at in candidates:
        for a in amounts_in(sentence):
            if a.gloss_of is not None or a.span[0] < owed_at or a.value in ordered:
                continue
            before = NOUN_BEFORE.search(sentence[max(owed_at, a.span[0] - 24):a.span[0]])
            noun = debt_noun(before.group("noun"), names) if before else None
            found = by_noun.get(noun, []) if noun else []
            if len(found) != 1 or SHARE_WORDS.search(sentence[owed_at:a.span[1] + 4]):
                continue
            item, other, _, _, _ = found[0]
            if where == "被告的陈述" and other.value > a.value:
                continue  # a court may award more than the defendant admits, on the evidence
            start = at + a.span[0]
            if where == "原告的当庭陈述" and _weighed_in_reasons(doc, a.value):
                continue  # the reasons weigh the figure the plaintiff stated
            said = {"被告的陈述": f"被告自认尚欠{noun}{a.text}，", "变更后的诉讼请求": f"原告将诉讼请求变更为{noun}{a.text}，"
                    f"本院认为部分支持其诉讼请求，", "原告的当庭陈述": f"原告当庭陈述尚欠{noun}{a.text}，"
                    }.get(where, f"{where}认定{noun}为{a.text}，")
            yield Finding(message=(f"{said}第{item_no(item.index)}项却判令给付{noun}{other.text}，"
                                   f"主文与{where.removesuffix('部分')}的数额不一致"
                                   f"{'，判决未说明理由' if where in ('被告的陈述', '变更后的诉讼请求', '原告的当庭陈述') else ''}。"),
                          evidence=[(start, start + len(a.text)),
                                    (item.span[0] + other.span[0], item.span[0] + other.span[1])],
                          item_index=item.index, confidence=0.6 if where == "原告的当庭陈述" else 0.8,
                          # a plaintiff may claim less than he says is owed: asked about, not declared wrong
                          severity="warning" if where == "原告的当庭陈述" else None,
                          suggestion=f"核对{noun}数额，使主文与{where.removesuffix('部分')}一致。")
            return


# 被告当庭确认其欠原告服务费7540元 / 被告认可尚欠货款…元: what the defendant admits owing
_ADMITS = re.compile(r"(?:确认|认可|承认)(?:其|被告)?(?:尚|仍|共|还)?(?:欠|拖欠|欠付)")
# 原告…当庭陈述被告…尚欠其货款7050元: the plaintiff's own account at the hearing of what is owed
_STATED_AT_TRIAL = re.compile(r"原告[^，。；]{0,16}?(?:当庭|庭审中|庭审时|在庭审中)(?:陈述|表示|称|述称)[^，。；]{0,20}?"
                              r"(?:尚|仍|共|还)?(?:欠|拖欠|欠付)")
# 原告将诉讼请求变更为要求被告归还借款7900元 / 变更诉讼请求为…: the claim as it stood at the end of the trial
_CHANGED = re.compile(r"变更为|变更诉讼请求为|诉讼请求变更为|将诉讼请求[^，。；]{0,6}?变更为")
# the reasons grant every claim: 对原告的诉讼请求予以支持 / 支持原告的全部诉讼请求 (not 部分支持)
_GRANTED = re.compile(r"(?:诉讼请求|诉请)[，,]?\s*(?:本院)?(?:依法)?(?:均|全部)?(?:予以|应予)支持|支持原告的?(?:全部)?诉讼请求")
_SENTENCE_OF = re.compile(r"[^。；]*[。；]?")


def _admitted(doc: Document) -> list[tuple[int, str, str, int]]:
    """(offset, sentence, where, where the admission starts) for the defendant's admissions in the defence and the
    facts, unless the reasons tell of a payment since."""
    out = []
    for name in ("procedural_history", "defence", "facts"):
        section = doc.section(name)
        text = doc.span_text(section.span) if section else ""
        if "欠" not in text:
            continue  # every admission and statement says 欠
        found = [(m, "被告的陈述") for m in _ADMITS.finditer(text)] + \
            [(m, "原告的当庭陈述") for m in _STATED_AT_TRIAL.finditer(text)]
        for m, who in found:
            begin = max(text.rfind(ch, 0, m.start()) for ch in "。；") + 1
            sentence = _SENTENCE_OF.match(text, begin).group(0)
            if _DIGIT.search(sentence) and not _paid_since(text[:begin], reasoning_part(doc)):
                out.append((section.span[0] + begin, sentence, who, m.start() - begin))
    return out


def _weighed_in_reasons(doc: Document, value) -> bool:
    reasoning = reasoning_part(doc)
    return bool(reasoning) and value in {a.value for a in amounts_in(reasoning[1])}


def _changed_claim_granted(doc: Document) -> list[tuple[int, str, str, int]]:
    """The last changed claim, where the reasons grant the claims in full and no item dismisses any of them."""
    claims = doc.section("claims")
    text = doc.span_text(claims.span) if claims else ""
    changed = list(_CHANGED.finditer(text)) if "变更" in text else []  # most claims are never changed: asked first
    reasoning = reasoning_part(doc) if changed else None
    if not reasoning or any(item.item_type == "dismissal" for item in doc.operative_items):
        return []
    granted = [m for m in _GRANTED.finditer(reasoning[1])
               if "部分" not in reasoning[1][max(0, m.start() - 6):m.end()]]
    if not granted:
        return []
    m = changed[-1]
    begin = max(text.rfind(ch, 0, m.start()) for ch in "。；") + 1
    sentence = _SENTENCE_OF.match(text, begin).group(0)
    said = {a.value for a in amounts_in(reasoning[1])}
    if any(a.value in said for a in amounts_in(sentence[m.start() - begin:])):
        return []  # the reasons weigh the changed figure: what they grant is read elsewhere
    return [(claims.span[0] + begin, sentence, "变更后的诉讼请求", m.start() - begin)]


def _concluding(doc: Document) -> list[tuple[int, str, str]]:
    """(offset, sentence, where it stands): the concluding sentences of the reasons, and the last checked sum of the
    facts where nothing paid or deducted is told after it."""
    out = []
    reasoning = reasoning_part(doc)  # read once: the facts' check and the reasons' conclusions both need it
    facts = doc.section("facts")
    if facts:
        text = doc.span_text(facts.span)
        checked = _opening(text, _CHECKED)
        # …盖章确认的对账单载明：“尚欠…36832元。”: a statement of account the facts quote is a checked sum too
        account = [m.start() for m in _ACCOUNT.finditer(text)] if any(w in text for w in _ACCOUNT_WORDS) else []
        if account:
            begin = max(text.rfind(ch, 0, account[-1]) for ch in "。；") + 1
            checked = sorted(checked + [(begin, text[begin:_REST_OF_SENTENCE.match(text, account[-1]).end()])])
        if checked and not _PAID_LATER.search(text[checked[-1][0] + len(checked[-1][1]):]) and \
                not _paid_since(text[:checked[-1][0]], reasoning):
            at, sentence = checked[-1]
            out.append((facts.span[0] + at, sentence, "查明的事实"))
    if reasoning:
        offset, text = reasoning
        out.extend((offset + at, sentence, "本院认为部分") for at, sentence in _opening(text, _CONCLUDING))
    return out


def _opening(text: str, word: re.Pattern) -> list[tuple[int, str]]:
    """(offset, sentence) of every sentence ``word`` opens: at the start of ``text`` or after 。 / ；, blanks allowed
    before it, up to and with the next 。 / ；. Found from the word: a pattern that opens with the look-behind for the
    sentence start gives the regex engine no first character to scan for, and is tried at every position."""
    out = []
    for m in word.finditer(text):
        at = m.start()
        while at > 0 and text[at - 1].isspace():
            at -= 1
        if at == 0 or text[at - 1] in "。；":
            end = _REST_OF_SENTENCE.match(text, m.end()).end()
            out.append((at, text[at:end]))
    return out


_CLAUSE = re.compile(r"[^，。；]+")


def _paid_since(before: str, reasoning: tuple[int, str] | None) -> bool:
    """Whether the reasons tell of a payment or deduction the facts did not tell before their checked sum (a payment
    with no figure counts): the sum owed may have changed since the check."""
    if not reasoning:
        return False
    told = {a.value for a in amounts_in(before)}
    for clause in _CLAUSE.finditer(reasoning[1]):
        if _PAID_LATER.search(clause.group(0)):
            paid = [a.value for a in amounts_in(clause.group(0))]
            if not paid and clause.group(0).lstrip().startswith("关于"):
                continue  # 关于已还数额的认定: the heading of an issue, not a payment
            if not paid or any(v not in told for v in paid):
                return True
    return False
