"""The court's findings: the facts (with a lead-in) and the reasoning (本院认为)."""

from __future__ import annotations

import random
import re

from .builder import Builder
from .record import Case
from .text import ends_sentence, paragraphs

FACT_LEADS = ("经审理查明", "本院经审理查明", "本院查明", "本院经审理认定事实如下", "本院审理认定事实如下",
              "本院认定事实如下", "经审理认定事实如下", "本院经审理认定")

# 法院意见 that is only a copy of 基本案情: the reasoning below is written for this corpus from the record's own facts
# and 主文 (the only synthetic reasoning in the corpus; named in corpora/rebuilt/README.md).
SYNTHETIC_REASONING = {
    "sc1-060": "本院认为，原、被告签订的清洗工程施工合同系双方真实意思表示，合法有效。原告已为被告提供设备清洗服务，"
               "双方对已完成工程进行了结算，被告应支付承揽款35232元，并退还合同履约保证金2000元。被告主张因原告原因"
               "造成漏水及市场用户损失，未能提供证据证实，本院不予采信。原告主张合同外增加的清洗通风费用，未能提供"
               "证据证实，本院不予支持。",
}

# a real name the source left unmasked where the rest of the record uses the masked form
REAL_NAME_FIXES = {"sc1-022": [("仇贞涵", "仇某1")]}


def write_facts(b: Builder, case: Case, fact_lines: list[str], evidence_lines: list[str],
                rng: random.Random) -> None:
    """fact_lines: 基本案情 as paragraphs (after write_claims took out any plaintiff narrative); evidence_lines: the
    evidence list that was inside the claims field."""
    fact_lines = list(fact_lines)
    if fact_lines and fact_lines[0].startswith("院经审理"):
        fact_lines[0] = "本" + fact_lines[0]
        case.notes.append("facts began with '院经审理…' (lost '本'); restored")
    for line in evidence_lines:
        b.add("facts", line)
    has_lead = fact_lines and fact_lines[0].startswith(FACT_LEADS)
    evidence_first = fact_lines and re.match(r"^(原告|被告)\S{0,10}?(提供|提交)的证据", fact_lines[0])
    if not has_lead and not evidence_first:
        lead = rng.choice(["本院经审理认定事实如下：", "经审理查明：", "本院经审理查明：", "经审理查明，",
                           "本院认定事实如下："])
        if fact_lines[0].endswith("：") or len(fact_lines[0]) < 15 or rng.random() < 0.2:
            fact_lines.insert(0, lead if lead.endswith("：") else "经审理查明：")    # lead-in on its own line
        else:
            fact_lines[0] = lead + fact_lines[0]
    fact_lines[-1] = ends_sentence(fact_lines[-1])
    for line in fact_lines:
        b.add("facts", line)


def write_reasoning(b: Builder, case: Case) -> None:
    notes = case.notes
    if case.reason_raw == case.facts_raw:
        reason_lines = [SYNTHETIC_REASONING[case.rid]]
        notes.append("法院意见 is a copy of 基本案情; reasoning written synthetically from the facts")
    else:
        reason_lines = paragraphs(case.reason_raw)
        r0 = reason_lines[0]
        if r0.startswith("本院经审理认定："):
            r0 = "本院认为，" + r0[len("本院经审理认定："):]
            notes.append("法院意见 began with '本院经审理认定：' and repeats the facts; lead changed to 本院认为")
        elif not r0.startswith("本院认为"):
            r0 = "本院认为，" + r0
        reason_lines[0] = r0
    if any("〈" in x for x in reason_lines) and not any("〉" in x for x in reason_lines):
        reason_lines = [x.replace("〈", "") for x in reason_lines]     # stray unmatched brackets in the source
        notes.append("unmatched '〈' characters removed from 法院意见")
    for real, anon in REAL_NAME_FIXES.get(case.rid, []):
        reason_lines = [x.replace(real, anon) for x in reason_lines]
        notes.append(f"a real name left unmasked in 法院意见 replaced by {anon}")
    reason_lines[-1] = ends_sentence(reason_lines[-1])
    for line in reason_lines:
        b.add("reasoning", line)
