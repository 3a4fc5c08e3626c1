"""Judgment / ruling / mediation structure: sections in order, parties, 主文 items, signature and date.

The parser anchors on what every such document has: the header up to the 案号, the party block, the sentence ending in
判决如下： / 裁定如下： / 达成如下协议： (the last one before the signature, so a quoted lower-court judgment does not
fool it), and the signature block. Paragraphs between the party block and the anchor are labelled by their opening
words; a paragraph without a cue continues the section before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.structure.header import Header, parse_header
from extractors.structure.operative import TOP_ARABIC, TOP_CN, split_items
from extractors.structure.paragraphs import Para, split_paragraphs, split_run_on, trim
from extractors.structure.parties import parse_parties, party_block
from extractors.structure.patterns import (ANCHOR_INLINE, APPEAL, COSTS, CUE_CLAIMS, CUE_DEFENCE, CUE_FACTS,
                                           CUE_LOWER_COURT, CUE_PROCEDURAL, CUE_REASONING, DELAY_INTEREST, FINALITY,
                                           SECTION_BREAK, TAIL_BREAK)
from extractors.structure.signature import parse_signature, signature_range
from zhixing.document import OperativeItem, Party, Section, Signature

EXPECTED = {
    "judgment": ["header", "parties", "procedural_history", "claims", "facts", "reasoning", "legal_basis", "operative",
                 "costs", "signature"],
    "ruling": ["header", "parties", "procedural_history", "reasoning", "legal_basis", "operative", "signature"],
    "mediation": ["header", "parties", "procedural_history", "operative", "signature"],
    "decision": ["header", "parties", "operative", "signature"],
}


@dataclass
class JudgmentStructure:
    header: Header
    sections: list[Section] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    operative_items: list[OperativeItem] = field(default_factory=list)
    signature: Signature | None = None
    date: object = None
    anchor_found: bool = False


def parse_judgment(text: str) -> JudgmentStructure:
    paras = split_paragraphs(text)
    run_on = [p for p in paras if ANCHOR_INLINE.search(p.text) and SECTION_BREAK.search(p.text)]
    if run_on:  # 诉称…本院认为…判决如下：… in one paragraph
        paras = split_run_on(text, paras, SECTION_BREAK, only=run_on)
    paras = split_run_on(text, paras, TAIL_BREAK)
    header = parse_header(paras)
    result = JudgmentStructure(header=header)
    spans: list[tuple[str, int, int]] = []
    if header.end_para >= 0:
        spans.append(("header", paras[0].start, paras[header.end_para].end))
    body_start = header.end_para + 1
    party_last = party_block(paras, body_start)
    if party_last >= body_start:
        spans.append(("parties", paras[body_start].start, paras[party_last].end))
        result.parties = parse_parties(paras, body_start, party_last)
        body_start = party_last + 1
    sig = signature_range(paras, body_start)
    tail_limit = sig[0] if sig else len(paras)
    anchor = _find_anchor(paras, body_start, tail_limit)
    if anchor is None:
        spans.extend(_label_middle(paras, body_start, tail_limit))
    else:
        para, colon_end = anchor
        result.anchor_found = True
        basis_start = _legal_basis_start(paras, para, colon_end)
        spans.extend(_label_middle(paras, body_start, para.index, stop_at=basis_start))
        spans.append(("legal_basis", basis_start, colon_end))
        op_start, op_end, tail_first = _operative_range(text, paras, para, colon_end, tail_limit)
        if op_start < op_end:
            spans.append(("operative", op_start, op_end))
            result.operative_items = split_items(text, op_start, op_end)
            for item in result.operative_items:
                body = item.text[len(item.number):].lstrip()
                if item.number and COSTS.match(body):
                    spans.append(("costs", item.span[0], item.span[1]))
        spans.extend(_label_tail(paras, tail_first, tail_limit))
    if sig:
        spans.append(("signature", paras[sig[0]].start, paras[sig[1]].end))
        result.signature, result.date = parse_signature(paras, sig[0], sig[1])
        if sig[1] + 1 < len(paras):
            spans.append(("appendix", paras[sig[1] + 1].start, paras[-1].end))
    result.sections = [Section(name=n, span=trim(text, s, e)) for n, s, e in sorted(spans, key=lambda x: (x[1], -x[2]))
                       if trim(text, s, e)[0] < trim(text, s, e)[1]]
    return result


def _find_anchor(paras: list[Para], start: int, stop: int) -> tuple[Para, int] | None:
    found = None
    for para in paras[start:stop]:
        for m in ANCHOR_INLINE.finditer(para.text):
            found = (para, para.start + m.end())
        if found and found[0] is para:
            continue
        if re.search(r"(判决|裁定|决定)\s*[：:]\s*$", para.text) and re.search(r"依照|根据|依据|缺席", para.text):
            found = (para, para.end)
    return found


def _legal_basis_start(paras: list[Para], para: Para, colon_end: int) -> int:
    """Where the legal-basis sentence that ends in the anchor begins."""
    text = para.text[: colon_end - para.start]
    sentence_start = _last_sentence_start(text)
    sentence = text[sentence_start:]
    m = re.search(r"依照|根据|依据|按照|参照", sentence)
    if m:
        return para.start + sentence_start + m.start()
    lead = sentence.strip()
    if len(lead) <= 12 and para.index > 0:  # "判决如下：" alone: the basis is the paragraph before it
        prev = paras[para.index - 1]
        if re.match(r"(据此[，,]?)?(依照|根据|依据)", prev.text):
            return prev.start + (prev.text.find("依") if prev.text.startswith("据此") else 0)
    return para.start + sentence_start + (len(sentence) - len(sentence.lstrip()))


_OPEN = {"“": "”", "‘": "’", "《": "》", "「": "」", "『": "』", "（": "）", "(": ")", "〈": "〉"}


def _last_sentence_start(text: str) -> int:
    """Start of the last sentence of ``text``; a 。 inside quotes or brackets (a quoted statute) does not end one."""
    stack: list[str] = []
    start = 0
    for i, ch in enumerate(text[:-1]):
        if stack and ch == stack[-1]:
            stack.pop()
        elif ch in _OPEN:
            stack.append(_OPEN[ch])
        elif ch == "'" or ch == '"':
            if stack and stack[-1] == ch:
                stack.pop()
            else:
                stack.append(ch)
        elif ch in "。！？" and not stack:
            start = i + 1
    return start


def _operative_range(text: str, paras: list[Para], anchor: Para, colon_end: int, stop: int) -> tuple[int, int, int]:
    """(start, end) of the 主文 and the index of the first paragraph after it."""
    start = colon_end if text[colon_end:anchor.end].strip() else (paras[anchor.index + 1].start
                                                                   if anchor.index + 1 < len(paras) else anchor.end)
    end = start
    index = anchor.index + 1
    if text[colon_end:anchor.end].strip():
        end = anchor.end
    while index < stop:
        para = paras[index]
        numbered = TOP_CN.match(para.text) or TOP_ARABIC.match(para.text)
        if _tail_label(para.text) and not numbered:
            break
        end = para.end
        index += 1
    start, end = trim(text, start, end)
    return start, end, index


def _tail_label(text: str) -> str | None:
    if DELAY_INTEREST.search(text[:80]) and len(text) < 200:
        return "delay_interest"
    if COSTS.match(text):
        return "costs"
    if APPEAL.match(text):
        return "appeal_notice"
    if FINALITY.match(text):
        return "finality"
    return None


def _label_tail(paras: list[Para], first: int, stop: int) -> list[tuple[str, int, int]]:
    spans: list[tuple[str, int, int]] = []
    for para in paras[first:stop]:
        label = _tail_label(para.text) or (spans[-1][0] if spans else "finality")
        if spans and spans[-1][0] == label:
            spans[-1] = (label, spans[-1][1], para.end)
        else:
            spans.append((label, para.start, para.end))
    return spans


def _middle_label(text: str, current: str | None, seen_facts: bool) -> str | None:
    if CUE_REASONING.match(text):
        return "reasoning"
    if current == "reasoning":
        return "reasoning"
    if CUE_LOWER_COURT.match(text):
        return "lower_court"
    if CUE_FACTS.match(text):
        return "facts"
    if not seen_facts and CUE_DEFENCE.match(text):
        return "defence"
    if not seen_facts and CUE_CLAIMS.match(text):
        return "claims"
    return None


def _label_middle(paras: list[Para], first: int, stop: int, stop_at: int | None = None) -> list[tuple[str, int, int]]:
    """Label paragraphs [first, stop) and, when ``stop_at`` is inside paragraph ``stop``, its part before ``stop_at``."""
    spans: list[tuple[str, int, int]] = []
    current: str | None = None
    seen_facts = False
    pieces = [(p, p.start, p.end) for p in paras[first:stop]]
    if stop_at is not None and stop < len(paras) and paras[stop].start < stop_at:
        pieces.append((paras[stop], paras[stop].start, stop_at))
    for k, (para, s, e) in enumerate(pieces):
        if k == 0 and CUE_PROCEDURAL.search(para.text[:150]) and not CUE_REASONING.match(para.text):
            label = "procedural_history"
        else:
            label = _middle_label(para.text, current, seen_facts)
        if label is None:
            if k == 0 or current is None:
                label = "procedural_history" if (k == 0 or CUE_PROCEDURAL.search(para.text[:120])) else "claims"
            else:
                label = current
        seen_facts = seen_facts or label in ("facts", "reasoning")
        if spans and spans[-1][0] == label:
            spans[-1] = (label, spans[-1][1], e)
        else:
            spans.append((label, s, e))
        current = label
    return spans


def missing_sections(doc_type: str, sections: list[Section]) -> list[str]:
    found = {s.name for s in sections}
    expected = list(EXPECTED.get(doc_type, []))
    if doc_type == "judgment" and not ({"appeal_notice", "finality"} & found):
        expected.append("appeal_notice")
    return [name for name in expected if name not in found]
