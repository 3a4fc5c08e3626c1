"""One labelled record read into a Case: parties, the record's texts, 主文 items, dates, procedure, attendance."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from decimal import Decimal

from .money import amounts
from .parties import party_list
from .text import NONE, clean, is_none, join_names, paragraphs
from .timeline import (
    PROCEDURE_NAMES,
    choose_procedure,
    draw_filing_date,
    draw_judgment_date,
    explicit_filing_date,
    latest_known_date,
)


@dataclass
class Case:
    """What the section writers need from one record. notes collects the per-document repairs for the gold file."""

    rid: str
    fields: dict
    notes: list[str]
    plaintiffs: list[dict]
    defendants: list[dict]
    p_names: list[str]
    d_names: list[str]
    cause: str
    laws: list[str]
    claims_raw: str
    defence_raw: str
    facts_raw: str
    reason_raw: str
    items: list[str]                # 主文 items exactly as given (the costs sentence taken out)
    record_costs: str | None        # a 民事结果 field that is really the costs sentence
    judgment_date: dt.date
    filing: dt.date
    claim_max: Decimal | None       # the largest amount claimed before 事实和理由
    publication: bool               # defendants summoned by 公告
    procedure: str                  # a key of PROCEDURE_NAMES
    defence_lines: list[str]
    absent: list[str]               # defendants who did not appear
    present_d: list[str]            # defendants who did

    @property
    def plaintiffs_text(self) -> str:
        return join_names(self.p_names)

    @property
    def defendants_text(self) -> str:
        return join_names(self.d_names)

    @property
    def proc_name(self) -> str:
        return PROCEDURE_NAMES[self.procedure]


def title_cause(title: str, names: list[str]) -> str:
    t = re.sub(r"(民事)?一审民事判决书$", "", clean(title))
    changed = True
    while changed:
        changed = False
        for n in sorted(names, key=len, reverse=True):
            if n and t.startswith(n):
                t = t[len(n):]
                changed = True
        for sep in ("、", "与", "等", "诉"):
            if t.startswith(sep):
                t = t[len(sep):]
                changed = True
    return t if re.search(r"(纠纷|争议)$", t) else ""


def attendance(d_names: list[str], defence_lines: list[str], default_cited: bool) -> list[str]:
    """The defendants who did not appear."""
    named_in_defence = [n for n in d_names if any(re.match(rf"^(被告)?{re.escape(n)}辩称", x) for x in defence_lines)]
    if defence_lines:
        absent = []
        if default_cited and len(d_names) > 1:
            absent = [n for n in d_names if n not in named_in_defence and len(named_in_defence) > 0]
    else:
        # no defence in the record: the defendant did not appear (147 is cited in most of these records)
        absent = list(d_names)
    return absent


def read_case(rec: dict, rng: random.Random) -> Case:
    """Read one record; draws the judgment date, the procedure and the 立案 date from rng."""
    f = rec["fields"]
    notes: list[str] = []

    plaintiffs = party_list(f["原告（公诉）"])
    defendants = party_list(f["被告"])
    p_names = [p["name"] for p in plaintiffs]
    d_names = [d["name"] for d in defendants]

    cause = title_cause(f["案件名"], p_names + d_names) or clean(f["案由"])
    if cause != clean(f["案由"]):
        notes.append(f"案由 taken from the title ({cause}) instead of the 案由 field ({clean(f['案由'])})")

    laws = [f.get(f"引用法律条文{i}", NONE) for i in range(1, 12)]
    laws = [clean(x) for x in laws if not is_none(x)]
    law_blob = "".join(laws)
    small_claims = bool(re.search(r"民事诉讼法》第一百六十五条", law_blob))
    default_cited = "民事诉讼法》第一百四十七条" in law_blob

    claims_raw = clean(f["原告诉请判令（公诉机关指控）"])
    defence_raw = "" if is_none(f["被告陈述"]) else clean(f["被告陈述"])
    if not is_none(f["被告代理人辩护"]):
        defence_raw = (defence_raw + "\n" + clean(f["被告代理人辩护"])).strip()
    facts_raw = clean(f["基本案情"])
    reason_raw = clean(f["法院意见"])
    all_text = "\n".join([claims_raw, defence_raw, facts_raw, reason_raw])

    # ---- operative items (exactly as given) and a 民事结果 that is really the costs sentence
    items = [clean(f.get(f"民事结果{i}", NONE)) for i in (1, 2, 3)]
    items = [x for x in items if not is_none(x)]
    record_costs = None
    for x in list(items):
        if re.match(r"^(本案)?(案件)?受理费", x):
            record_costs = x
            items.remove(x)
            notes.append("a 民事结果 item is the costs sentence; written as the costs section")
    item_text = "\n".join(items)

    # ---- dates
    pub_raw = clean(f["发布时间"])
    pub = dt.date.fromisoformat(pub_raw) if not is_none(pub_raw) else None
    case_year = int(re.search(r"(20\d\d)", f["案号"]).group(1))
    explicit_filing = explicit_filing_date(claims_raw, facts_raw, item_text, case_year, notes)
    latest = latest_known_date(all_text + "\n" + item_text, pub)
    j = draw_judgment_date(pub, latest, explicit_filing, item_text, rng, notes)

    # ---- procedure
    claim_part = re.split(r"事实(和|与|及)理由", claims_raw)[0]
    claim_amounts = amounts(claim_part)
    claim_max = max(claim_amounts) if claim_amounts else None
    publication = "公告费" in claims_raw and "如有" not in claims_raw
    procedure = choose_procedure(small_claims, publication, claim_max, explicit_filing, j, rng)
    if explicit_filing:
        filing = explicit_filing
    else:
        filing = draw_filing_date(procedure, publication, j, "\n".join([claims_raw, defence_raw, facts_raw]),
                                  case_year, item_text, rng, notes)

    # ---- who appeared
    defence_lines = paragraphs(defence_raw) if defence_raw else []
    absent = attendance(d_names, defence_lines, default_cited)
    present_d = [n for n in d_names if n not in absent]

    return Case(rid=rec["id"], fields=f, notes=notes, plaintiffs=plaintiffs, defendants=defendants,
                p_names=p_names, d_names=d_names, cause=cause, laws=laws, claims_raw=claims_raw,
                defence_raw=defence_raw, facts_raw=facts_raw, reason_raw=reason_raw, items=items,
                record_costs=record_costs, judgment_date=j, filing=filing, claim_max=claim_max,
                publication=publication, procedure=procedure, defence_lines=defence_lines, absent=absent,
                present_d=present_d)
