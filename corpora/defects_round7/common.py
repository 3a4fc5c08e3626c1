"""Round-7 helpers on top of rounds 1–6: what the earlier rounds used (their records, the wordings their code can write,
round 6's own markers, their sources per kind) and the few pieces the round-7 structures share (a period without its
leading 于 / 在 / 限, full-width digits, a defendant added to the party block)."""

from __future__ import annotations

import re
from collections import Counter

from corpora.defects.common import ROOT, Src
from corpora.defects_round3.common import after_wordings
from corpora.defects_round4 import common as c4
from corpora.defects_round6 import common as c6

ROUND6 = ROOT / "corpora" / "defects_round6"


def round6_records() -> list[dict]:
    recs = c4._records(ROUND6 / "expected.jsonl")
    assert recs, f"round 6 has no expected.jsonl at {ROUND6}"
    return recs


def prior_records() -> list[dict]:
    """The records of rounds 1–6 (their expected.jsonl)."""
    return c6.prior_records() + round6_records()


def prior_sources_by_code() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in prior_records():
        out.setdefault(r["code"], set()).add(r["source"])
    return out


def round6_code_wordings() -> dict[str, list[str]]:
    """The alternatives round 6's code can write (its constants and the fixed parts of its templates)."""
    from corpora.defects_round6 import cite as ci6
    from corpora.defects_round6 import deadlines as d6
    from corpora.defects_round6 import execution as x6
    from corpora.defects_round6 import unclear as u6

    proceeds = [(e, f) for _, opts in d6.PROCEEDS for e, f in opts]
    when = [e for _, opts in d6.WHEN for e in opts]
    return {
        "UNC-01": ["金额按双方往来账目轧差后的余额计算", "往来账目轧差"],
        "UNC-02": ["逾期期间的利息", "（利息另计）", "应当负责支付"],
        "UNC-03": ["按原告主张的利率标准", "按双方交易习惯确定的利率"],
        "UNC-04": ["按月利率百分之一点三", "一年期贷款市场报价利率加1200个基点"],
        "UNC-10": [r for _, r in u6.RELATION] + ["二人应当", "必须于"],
        "UNC-11": [],
        "UNC-20": ["应当如数", "负责向"],
        "UNC-21": [*(f"在{e}后，以{f}" for e, f in proceeds), *(f"于{e}时" for e in when), *when,
                   *(e for e, _ in proceeds)],
        "CAL-03": ["之前给付", "其中百分之六十即"],
        "CON-01": ["人民币大写", "（大写金额："],
        "CON-02": ["项相加计", "支付的款项总额为"],
        "CON-03": ["逾期利息应当计算至被告最后一次还款之日止。", "原告申请强制执行之日"],
        "CON-04": ["的百分之一百二十", "双倍返还"],
        "CON-05": ["（下欠", "项确定的"],
        "CAL-01": ["按诉讼标的额计算为"],
        "CAL-02": ["按二分之一收取", "减半后应交"],
        "CAL-04": ["负担百分之"],
        "CIT-01": ["2021年修正的《中华人民共和国民事诉讼法》第二百六十条", "《民诉法》第二百六十一条"],
        "CIT-02": ["权利人可在本判决规定的履行期限届满后二年内向本院申请执行。", "之规定处理"],
        "CIT-03": ["如不服本裁定，可以在裁定书送达之日起十日内", "判决书送达之日起半个月内"],
        "CIT-04": [ci6.LOAN_RULES + "（法释〔2015〕18号）"],
        "EXE-01": [w for _, w in x6.IN_FULL + x6.SOME],
        "EXE-02": ["小区房屋的产权过户"],
        "EXE-03": ["双方同意继续履行", *(f"提供{w}服务" for _, w in x6.SERVICE)],
        "EXE-04": ["恢复原貌", "修理至可正常行驶的状态", "清洗作业现场"],
        "EXE-05": ["立即停止使用涉案图案", "即行停止对涉案房屋的侵害"],
        "EXE-06": ["正常学习生活的前提下探望", "的法定代理人负责接送"],
        "EXE-07": ["双方均应", "互负返还义务"],
        "EXE-08": ["双方确认", "实际为原告"],
    }


def round6_markers(sources: list[Src]) -> dict[str, list[str]]:
    """code → the markers (and inserted sentences) of round 6's documents, rebuilt in memory with round 6's own code and
    seed; the rebuilt descriptions must equal round 6's committed expected.jsonl."""
    from corpora.defects.generate import ORDER
    from corpora.defects_round6 import generate as g6

    reg, known, prior_by_code = g6.registry(), c4.known_defects(), c6.prior_sources_by_code()
    usage: Counter = Counter()
    out: dict[str, list[str]] = {}
    descriptions = []
    for code in ORDER:
        _slug, _cat, variants = reg[code]
        for _src, inj in g6.pick(code, variants, sources, usage, prior_by_code.get(code, set()), known):
            descriptions.append(inj.description)
            out.setdefault(code, []).extend(w for w in (getattr(inj, "wordings", None) or [inj.marker]) if w)
    assert descriptions == [r["description"] for r in round6_records()], "round 6 no longer rebuilds as committed"
    return out


def prior_wordings(sources: list[Src]) -> dict[str, list[str]]:
    """code → every wording rounds 1–6 wrote or could write for it: round 6's table of rounds 1–5, the quoted "after"
    wordings of round 6's records, round 6's markers and the alternatives round 6's code can write."""
    out = c6.prior_wordings()
    for r in round6_records():
        out.setdefault(r["code"], []).extend(after_wordings(r["description"]))
    for table in (round6_markers(sources), round6_code_wordings()):
        for code, ws in table.items():
            out.setdefault(code, []).extend(w for w in ws if w)
    return out


# ----------------------------------------------------------------------------------------------- item pieces

period = c6.period
role = c6.role
cause = c6.cause
add_defendant = c6.add_defendant

FULL = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def fullwidth(s: str) -> str:
    """Digits (and their point and comma) in full-width forms: 30800 → ３０８００."""
    return s.translate(FULL)


def bare_period(p) -> str:
    """The period of a read payment item without its leading 于 / 在 / 限: "本判决生效之日起十日内"."""
    return re.sub(r"^(?:限|于|在)+", "", p.deadline or "")


def plain_noun(p) -> str | None:
    """The noun of a read payment item if it is a plain word (2–6 characters), else None."""
    n = p.body_noun
    return n if re.fullmatch(r"[\u4e00-\u9fa5]{2,6}", n) else None
