"""Round-12 helpers on top of rounds 1–11: what the earlier rounds used (their records, the wordings their code can write,
round 11's own markers and inserted sentences, their sources per kind) and the few pieces the round-12 structures share
(dates with half-width dots, amounts in 万元 with decimals, a payment item written again with a new duty phrase)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

from corpora.defects.common import ROOT, Src
from corpora.defects_round3.common import after_wordings, month_end
from corpora.defects_round4 import common as c4
from corpora.defects_round11 import common as c11
from corpora.defects_round11.common import pay_item, rewrite  # noqa: F401  (re-exported for the round-12 modules)

ROUND11 = ROOT / "corpora" / "defects_round11"


def round11_records() -> list[dict]:
    recs = c4._records(ROUND11 / "expected.jsonl")
    assert recs, f"round 11 has no expected.jsonl at {ROUND11}"
    return recs


def prior_records() -> list[dict]:
    """The records of rounds 1–11 (their expected.jsonl)."""
    return c11.prior_records() + round11_records()


def prior_sources_by_code() -> dict[str, set[str]]:
    """code → the sources rounds 1–11 injected that kind into."""
    out: dict[str, set[str]] = {}
    for r in prior_records():
        out.setdefault(r["code"], set()).add(r["source"])
    return out


def round11_code_wordings() -> dict[str, list[str]]:
    """The alternatives round 11's code can write (its constants and the fixed parts of its templates)."""
    from corpora.defects_round11 import cite as ci11
    from corpora.defects_round11 import deadlines as d11
    from corpora.defects_round11 import execution as x11
    from corpora.defects_round11 import unclear as u11

    events = sorted({e for _, opts in d11.EVENTS for e in opts} | set(d11.DEFAULT))
    bases = [b for _, b in u11.BASES] + ["诉讼标的额"]
    return {
        "UNC-01": ["具体数额在执行阶段据实核算", "如双方另有结算的，以结算数额为准"],
        "UNC-02": ["利息的计算公式为：本金×利率×逾期天数", "下列款项：①"],
        "UNC-03": [f"按{b}的一定比例" for b in bases] + ["（按付款时的市场价格结算）"],
        "UNC-04": ["利息计算方式为：以", "按年利率17.4%计算", "按每万元每月170元的标准"],
        "UNC-10": [r for _, r in u11.TORT + u11.DEBT] + ["按各自过错程度", "分别向原告"],
        "UNC-11": ["，该公司执行董事。"],
        "UNC-20": ["分期向", "经双方协商，"],
        "UNC-21": [*events, *(f"于{e}后七个工作日内" for e in events), *(f"于{e}后两周内" for e in events)],
        "CAL-03": ["期次｜付款期限｜金额", "按下表分期", "余下"],
        "CON-01": [],
        "CON-02": ["款项名称｜金额", "计算方式为："],
        "CON-03": [f"庭审中，原告同意利息计算至约定的{d}届满之日止，本院予以照准。" for d in ("还款期限", "付款期限")],
        "CON-04": ["一年期贷款市场报价利率的1.5倍", "逾期付款，则另行向原告"],
        "CON-05": ["。经双方确认，被告", "（其中尚未支付的部分为"],
        "CAL-01": [],
        "CAL-02": ["减半后按最低标准收取50元", "元减去"],
        "CAL-04": ["按未获支持部分负担", "按获支持部分负担"],
        "CIT-01": ["《中华人民共和国民事诉讼法（2023修正）》第260条", "《中华人民共和国民事诉讼法》第二百六十二条"],
        "CIT-02": ["如未按本判决指定的期间履行，本院将依法将其纳入失信被执行人名单。",
                   "如未按本判决指定的期间履行，申请执行费由被执行人负担。"],
        "CIT-03": ["判决书送达之日起二十一日内"],
        "CIT-04": [ci11.LABOUR_2001, "《中华人民共和国著作权法》（2010年修正）"],
        "EXE-01": [f"与原订单同规格、同型号的{g}" for _, g in x11.GOODS] + [w for _, w in x11.LENT if w]
                  + ["；如不能返还，则折价赔偿"],
        "EXE-02": ["家的老宅", "父亲生前管理的林地", "的具体位置和范围由双方到现场确认"],
        "EXE-03": ["；如不能履行，则承担相应的违约责任", "（二）具体履行方式由双方另行协商确定"],
        "EXE-04": ["满意为止", "；如修复不能，则另行赔偿"],
        "EXE-05": ["应当规范其经营行为，不得侵犯他人著作权", "应当约束自身行为，不得再侵犯他人合法权益",
                   "继续实施侵权行为，则应承担相应的法律责任"],
        "EXE-06": ["探望期间原告", "放学后探望"],
        "EXE-07": ["双方各自返还因该合同取得的财产", "负责在十个工作日内将"],
        "EXE-08": ["的房屋无权占有", "享有继承权", "并判令被告将存有上述存款的存折移交原告"],
    }


def round11_markers(sources: list[Src]) -> dict[str, list[str]]:
    """code → the markers (and inserted sentences) of round 11's documents, rebuilt in memory with round 11's own code and
    seed; the rebuilt descriptions must equal round 11's committed expected.jsonl."""
    from corpora.defects.generate import ORDER
    from corpora.defects_round11 import generate as g11

    reg, known, by_code, usage = g11.registry(), c4.known_defects(), c11.prior_sources_by_code(), Counter()
    picked = [(code, inj) for code in ORDER
              for _src, inj in g11.pick(code, reg[code][2], sources, usage, by_code.get(code, set()), known)]
    assert [inj.description for _, inj in picked] == [r["description"] for r in round11_records()], \
        "round 11 no longer rebuilds as committed"
    out: dict[str, list[str]] = {}
    for code, inj in picked:
        out.setdefault(code, []).extend(w for w in (getattr(inj, "wordings", None) or [inj.marker]) if w)
    return out


def prior_wordings(sources: list[Src]) -> dict[str, list[str]]:
    """code → every wording rounds 1–11 wrote or could write for it: round 11's table of rounds 1–10, the quoted "after"
    wordings of round 11's records, round 11's markers and the alternatives round 11's code can write."""
    out = c11.prior_wordings(sources)
    for r in round11_records():
        out.setdefault(r["code"], []).extend(after_wordings(r["description"]))
    for table in (round11_markers(sources), round11_code_wordings()):
        for code, ws in table.items():
            out.setdefault(code, []).extend(w for w in ws if w)
    return out


# ----------------------------------------------------------------------------------------------- dates and amounts

def dot_date(t: tuple[int, int, int]) -> str:
    """A date with half-width dots, as clerks type it: (2024, 1, 31) → 2024.1.31."""
    return f"{t[0]}.{t[1]}.{t[2]}"


def dot_month_end(d: dt.date, n: int) -> str:
    """The last day of the n-th month after d, with half-width dots."""
    return dot_date(month_end(d, n))


def wan(v: Decimal) -> str:
    """An amount in 万元 with as many decimals as it needs: 30800 → 3.08万元, 4150 → 0.415万元."""
    s = f"{(Decimal(v) / 10000).normalize():f}"
    return s + "万元"


def duty(p, verb: str | None = None) -> str:
    """What a read payment item orders, as an object phrase: "向原告Y偿还借款30800元"."""
    from corpora.defects_round5.common import noun_total

    return f"向{p.to_role}{p.to}{verb or p.verb}{noun_total(p)}{p.amount}"
