"""The pleadings: the plaintiff's claims (with 事实和理由) and the defence."""

from __future__ import annotations

import random
import re

from .builder import Builder
from .record import Case
from .text import clean, ends_sentence, is_none, join_names, paragraphs

EVIDENCE_LINE = re.compile(r"^原告\S{0,30}?为(支持|证明)其(诉讼请求|主张)")


def write_claims(b: Builder, case: Case, fact_lines: list[str], rng: random.Random) -> list[str]:
    """Write the claims. Where 基本案情 opens with the plaintiff's narrative, that narrative is cut from
    fact_lines[0] (in place) and becomes the 事实和理由. Returns the evidence lines found inside the claims field,
    which belong at the start of the facts."""
    f, notes = case.fields, case.notes
    claims_raw, P = case.claims_raw, case.plaintiffs_text
    plaintiff_statement = f["原告陈述"]
    m_mid = re.search(r"。(经审理查明|本院经审理查明)，", fact_lines[0])
    if m_mid and not re.search(r"事实(和|与|及)理由", claims_raw) and is_none(plaintiff_statement):
        # the plaintiff's narrative precedes the court's findings in 基本案情: it is the 事实和理由 of the claims
        plaintiff_statement = fact_lines[0][:m_mid.start() + 1]
        fact_lines[0] = fact_lines[0][m_mid.start() + 1:]
        notes.append("基本案情 opened with the plaintiff's narrative before 经审理查明; moved to 事实和理由")
    claim_lines = paragraphs(claims_raw)
    evidence_lines: list[str] = []
    for k, line in enumerate(claim_lines):
        if k > 0 and EVIDENCE_LINE.match(line):
            evidence_lines = claim_lines[k:]
            claim_lines = claim_lines[:k]
            notes.append("evidence list inside the claims field moved to the start of the facts")
            break
    first = claim_lines[0]
    lead = rng.choice([f"原告{P}向本院提出诉讼请求：", f"原告{P}向本院提出诉讼请求：", f"原告{P}向本院提出诉讼请求：",
                       f"原告{P}起诉请求："])
    m_proc = re.match(r"^原告\S*?(与|诉)被告\S*?一案，.*?(请求判令|诉请|请求)：(.*)$", first)
    m_own = re.match(r"^(原告)?(\S{1,30}?)向本院提出诉讼请求", first)
    if m_proc:          # '原告X与被告Y…一案，于…诉至本院，请求判令：…'
        first = lead + m_proc.group(3)
        notes.append("claim text began with its own procedural lead-in; replaced by the standard lead")
    elif first.startswith("原告的诉讼请求为："):
        first = lead + first[len("原告的诉讼请求为："):]
        notes.append("claim lead '原告的诉讼请求为：' replaced by the standard lead")
    elif m_own:
        if not first.startswith("原告"):
            first = "原告" + first     # '宦大为向本院提出诉讼请求' -> '原告宦大为向本院…'
        notes.append("claim text already had its own lead-in; kept")
    else:
        body = re.sub(r"^请求(?=判令|依法|法院|人民法院)", "", first)
        first = lead + body
    claim_lines[0] = first
    if not is_none(plaintiff_statement):
        claim_lines.append("事实和理由：" + clean(plaintiff_statement))
    claim_lines[-1] = ends_sentence(claim_lines[-1])
    for line in claim_lines:
        b.add("claims", line)
    return evidence_lines


def write_defence(b: Builder, case: Case, rng: random.Random) -> None:
    """The record's defence under 被告X辩称, or a non-appearance sentence where the record has none."""
    notes, d_names = case.notes, case.d_names
    defence_lines = list(case.defence_lines)
    absent = case.absent
    if defence_lines:
        if defence_lines[0].startswith("、"):
            defence_lines[0] = "1" + defence_lines[0]
            notes.append("defence text began with '、' (lost '1'); restored")
        others_named = [n for n in d_names if any(re.match(rf"^(被告)?{re.escape(n)}辩称", x) for x in defence_lines[1:])]
        first_def = defence_lines[0]
        silent: list[str] = []
        if not re.match(r"^(被告)?\S{1,40}?(辩称|答辩称|答辩)", first_def[:45]):
            speakers = [n for n in d_names if n not in others_named] or d_names
            if len(speakers) > 1 and not re.search(r"[二两各]被告|被告等|被告均", case.defence_raw):
                # one unnamed statement and several defendants: the first answers; the others filed none
                speakers, silent = speakers[:1], speakers[1:]
                notes.append("defence names no speaker; attributed to the first defendant")
            punct = "：" if re.match(r"^(一、|1[、．.])", first_def) else rng.choice(["，", "，", "："])
            defence_lines[0] = f"被告{join_names(speakers)}辩称{punct}{first_def}"
        elif not first_def.startswith("被告"):
            defence_lines[0] = "被告" + first_def
        if silent:
            defence_lines[-1] = ends_sentence(defence_lines[-1])
            defence_lines.append(f"被告{join_names(silent)}未提交书面答辩意见。")
        defence_lines = [ends_sentence(x) if k == len(defence_lines) - 1 else x for k, x in enumerate(defence_lines)]
        for line in defence_lines:
            b.add("defence", line)
    else:
        who = join_names(d_names)
        if re.search(r"被告[^。，]{0,12}(提出|辩称|抗辩)", case.facts_raw + case.reason_raw):
            # the facts show the defendant raising a point (in writing): do not say it never answered
            s = f"被告{who}经本院合法传唤，无正当理由未到庭参加诉讼。"
        elif absent and case.publication:
            s = f"被告{who}经本院公告送达起诉状副本及开庭传票，未到庭参加诉讼，亦未提交书面答辩意见。"
        elif absent:
            s = rng.choice([f"被告{who}未到庭参加诉讼，亦未提交书面答辩意见。",
                            f"被告{who}经本院合法传唤，无正当理由未到庭参加诉讼，亦未提交书面答辩意见。",
                            f"被告{who}未作答辩。",
                            f"被告{who}未到庭应诉，亦未提交答辩意见。"])
        else:
            s = rng.choice([f"被告{who}未作答辩。", f"被告{who}未提交书面答辩意见。"])
        b.add("defence", s)
