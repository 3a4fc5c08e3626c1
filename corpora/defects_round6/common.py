"""Round-6 helpers on top of rounds 1–5: what the earlier rounds used (their records, the wordings their code can write,
their sources per kind) and the few pieces the round-6 structures share (sub-items （1）（2）, 大写 with 人民币, a defendant
added to the party block)."""

from __future__ import annotations

import re
from decimal import Decimal

from corpora.defects.common import ROOT, Edits, Src
from corpora.defects.money import capital
from corpora.defects_round3.common import after_wordings, party_prefix
from corpora.defects_round4 import common as c4
from corpora.defects_round5 import common as c5

ROUND5 = ROOT / "corpora" / "defects_round5"


def prior_records() -> list[dict]:
    """The records of rounds 1–5 (their expected.jsonl)."""
    recs = c4._records(ROUND5 / "expected.jsonl")
    assert recs, f"round 5 has no expected.jsonl at {ROUND5}"
    return c5.prior_records() + recs


def prior_sources_by_code() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in prior_records():
        out.setdefault(r["code"], set()).add(r["source"])
    return out


def round5_code_wordings() -> dict[str, list[str]]:
    """The alternatives round 5's code can write (its constants and the fixed parts of its templates)."""
    from corpora.defects_round5 import cite as ci5
    from corpora.defects_round5 import deadlines as d5
    from corpora.defects_round5 import execution as x5
    from corpora.defects_round5 import unclear as u5

    events = sorted({e for _, opts in d5.EVENTS for e in opts} | set(d5.DEFAULT))
    return {
        "UNC-01": [*(f"将{v}载明的" for v in u5.VOUCHER.values()), *u5.LATER],
        "UNC-02": ["连本带息", "的利息"],
        "UNC-03": [*u5.STATE, "参照当地同期民间借贷市场利率"],
        "UNC-04": ["按年利率百分之二十", "一年期贷款市场报价利率的4.5倍"],
        "UNC-10": [r for _, r in u5.RELATION] + ["予以归还", "予以赔偿", "予以支付"],
        "UNC-11": [b for _, b in u5.SYNONYM],
        "UNC-20": ["负有向", "的义务"],
        "UNC-21": [*events, *(f"一俟{e}，即" for e in events), *(f"自{e}之日起三十日内" for e in events)],
        "CAL-03": ["分四次付清，即", "剩余部分"],
        "CON-01": ["（即人民币"],
        "CON-02": ["支付下列款项共计", "累计应向"],
        "CON-03": ["被告应付利息的截止日应确定为原告首次催款之日。", "本案立案之日"],
        "CON-04": ["该款数额为"],
        "CON-05": ["扣除已付的", "享有的"],
        "CAL-01": ["受理费人民币"],
        "CAL-02": ["减半收取人民币", "按百分之五十收取"],
        "CAL-04": ["负担人民币", "分担，其中原告分担"],
        "CIT-01": ["《民事诉讼法》第260条", "民事诉讼法第二百六十四条"],
        "CIT-02": ["本判决发生法律效力后，当事人应当自觉履行本判决确定的义务。",
                   "如未按本判决指定的期间履行，迟延履行期间自该期间届满之日起计算。"],
        "CIT-03": ["判决书送达之日起七日内", "本判决生效之日起十五日内"],
        "CIT-04": [ci5.CUSTODY + "第七条", ci5.INJURY_2003],
        "EXE-01": ["将其签收的商品退还原告", "的相关资料"],
        "EXE-02": ["的房屋交付原告", "共同购买的山场"],
        "EXE-03": ["项下的义务", "继续有效"],
        "EXE-04": ["存在的质量问题修复到位", "在事故中撞坏的车辆修好"],
        "EXE-05": ["继续实施涉案侵权行为", "立即终止被诉行为"],
        "EXE-06": ["共同生活十日", "通过视频通话等方式探望"],
        "EXE-07": [w for _, w in x5.CARD],
        "EXE-08": ["取得", "所有"],
    }


def prior_wordings() -> dict[str, list[str]]:
    """code → every wording rounds 1–5 wrote or could write for it: round 5's table of rounds 1–4, the quoted "after"
    wordings of round 5's records and the alternatives round 5's code can write."""
    out = c5.prior_wordings()
    for r in c4._records(ROUND5 / "expected.jsonl"):
        out.setdefault(r["code"], []).extend(after_wordings(r["description"]))
    for code, ws in round5_code_wordings().items():
        out.setdefault(code, []).extend(w for w in ws if w)
    return out


# ----------------------------------------------------------------------------------------------- item pieces

period = c5.period
role = c5.role


def rmb_capital(value: Decimal) -> str:
    """人民币 and 大写 together: 人民币叁万零捌佰元整."""
    cap = capital(value)
    return "人民币" + cap + ("" if cap.endswith(("整", "分", "角")) else "整")


def cn_percent(p: int) -> str:
    """20 → 百分之二十 (whole percentages up to 100)."""
    from corpora.defects_round3.common import lower_cn
    return "百分之" + lower_cn(p)


def add_defendant(src: Src, names: list[str], masked: list[str], relation: str, pick: int = 0):
    """A defendant added to the party block (with the relation that makes him a co-obligor) and to the procedural
    history: (edits, name, party line) or None."""
    defs = src.parties("defendant")
    if len(defs) != 1 or src.dtype != "judgment" or defs[0].kind != "person":
        return None
    who = defs[0].name
    pl, ph = party_prefix(src, "defendant"), src.span("procedural_history")
    free = [n for n in (masked if "某" in who else names) if n not in src.text]
    if not pl or not ph or not free:
        return None
    new = free[pick % len(free)]
    e = Edits(src.text)
    line = f"{pl[2]}{new}，{relation}。"
    e.insert(pl[1], "\n" + line)
    k = src.text.find("被告" + who, ph[0], ph[1])
    if k >= 0:
        e.insert(k + 2 + len(who), "、" + new)
    return e, new, line


def cause(src: Src) -> str:
    return src.cause()[:80]


def has(src: Src, pattern: str, *sections: str) -> bool:
    text = "".join(src.section(s) or "" for s in (sections or ("facts", "claims", "reasoning")))
    return bool(re.search(pattern, text))
