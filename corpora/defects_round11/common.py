"""Round-11 helpers on top of rounds 1–10: what the earlier rounds used (their records, the wordings their code can write,
round 10's own markers and inserted sentences, their sources per kind) and the few pieces the round-11 structures share
(dates in Chinese numerals, the obligee-first and 应当 forms of a payment item)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from corpora.defects.common import ROOT, Src
from corpora.defects_round3.common import after_wordings, lower_cn, month_end
from corpora.defects_round4 import common as c4
from corpora.defects_round10 import common as c10
from corpora.defects_round10.common import pay_item, rewrite  # noqa: F401  (re-exported for the round-11 modules)

ROUND10 = ROOT / "corpora" / "defects_round10"


def round10_records() -> list[dict]:
    recs = c4._records(ROUND10 / "expected.jsonl")
    assert recs, f"round 10 has no expected.jsonl at {ROUND10}"
    return recs


def prior_records() -> list[dict]:
    """The records of rounds 1–10 (their expected.jsonl)."""
    return c10.prior_records() + round10_records()


def prior_sources_by_code() -> dict[str, set[str]]:
    """code → the sources rounds 1–10 injected that kind into."""
    out: dict[str, set[str]] = {}
    for r in prior_records():
        out.setdefault(r["code"], set()).add(r["source"])
    return out


def round10_code_wordings() -> dict[str, list[str]]:
    """The alternatives round 10's code can write (its constants and the fixed parts of its templates)."""
    from corpora.defects_round10 import cite as ci10
    from corpora.defects_round10 import contra as k10
    from corpora.defects_round10 import deadlines as d10
    from corpora.defects_round10 import execution as x10

    events = sorted({e for _, opts in d10.EVENTS for e in opts} | set(d10.DEFAULT))
    return {
        "UNC-01": ["（已还部分予以扣除）", "（已付部分予以扣除）", "万余元"],
        "UNC-02": ["，往后另行计算）", "元，往后另行计算"],
        "UNC-03": ["按同期银行贷款利率上浮50%", "按其月收入的百分之二十"],
        "UNC-04": ["按每月1.1%的标准支付资金服务费", "按每日0.045%"],
        "UNC-10": ["承担保证责任", "（以下合称被告方）", "的共同债务人", "所负借款的保证人", "所负货款的保证人"],
        "UNC-11": ["（以下简称"],
        "UNC-20": ["年×月×日前", "，并应积极筹措资金尽早清偿"],
        "UNC-21": [*events, *(f"于{e}后" for e in events)],
        "CAL-03": ["，按下列比例分期给付：", "前给付总额的", "万元于"],
        "CON-01": [],
        "CON-02": ["元后的余额）"],
        "CON-03": ["上述利息计算至本判决宣判之日止", "其中超过二年的部分，本院不予支持。"],
        "CON-04": ["为固定证据支出的公证费", "；另支付原告"],
        "CON-05": [f"（即{p}载明的" for p in k10.PAPERS],
        "CAL-01": ["按件收取100元"],
        "CAL-02": ["按半数收取", "半额收取"],
        "CAL-04": ["负担如下：1.原告", "%，被告"],
        "CIT-01": ["《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百零四条",
                   "《中华人民共和国民事诉讼法》（2021修正）第260条"],
        "CIT-02": ["如未按本判决指定的期间履行给付金钱义务，应当加倍支付本判决确定的金钱债务。",
                   "如未按本判决指定的期间履行，由此产生的法律后果由义务人自行承担。"],
        "CIT-03": ["上诉期限为判决书送达之日起一个月。", "判决书送达之日起五日内"],
        "CIT-04": [ci10.SALES_2012, "《中华人民共和国民事诉讼法》（2017年修正）第六十四条"],
        "EXE-01": [w for _, w in x10.LISTS + x10.HELD if w] + ["提供的清单为准）"],
        "EXE-02": ["住宅东侧的两间平房", "承包地东侧的坡地", "（坐落、面积以不动产权证书记载为准）",
                   "（四至、面积以林权证记载为准）"],
        "EXE-03": ["恢复双方的合作关系", "合同约定的义务"],
        "EXE-04": ["存在的问题限期整改", "清除其堆放在"],
        "EXE-05": ["停止侵害原告", "今后不得再实施类似行为"],
        "EXE-06": ["2.探望地点由双方届时协商；3.交接方式另行确定", "法定代理人的同意"],
        "EXE-07": ["双方一致同意退车退款"],
        "EXE-08": ["的房屋享有使用权", "所有不持异议"],
    }


def round10_markers(sources: list[Src]) -> dict[str, list[str]]:
    """code → the markers (and inserted sentences) of round 10's documents, rebuilt in memory with round 10's own code and
    seed; the rebuilt descriptions must equal round 10's committed expected.jsonl."""
    from corpora.defects.generate import ORDER
    from corpora.defects_round10 import generate as g10

    reg, known, by_code, usage = g10.registry(), c4.known_defects(), c10.prior_sources_by_code(), Counter()
    picked = [(code, inj) for code in ORDER
              for _src, inj in g10.pick(code, reg[code][2], sources, usage, by_code.get(code, set()), known)]
    assert [inj.description for _, inj in picked] == [r["description"] for r in round10_records()], \
        "round 10 no longer rebuilds as committed"
    out: dict[str, list[str]] = {}
    for code, inj in picked:
        out.setdefault(code, []).extend(w for w in (getattr(inj, "wordings", None) or [inj.marker]) if w)
    return out


def prior_wordings(sources: list[Src]) -> dict[str, list[str]]:
    """code → every wording rounds 1–10 wrote or could write for it: round 10's table of rounds 1–9, the quoted "after"
    wordings of round 10's records, round 10's markers and the alternatives round 10's code can write."""
    out = c10.prior_wordings(sources)
    for r in round10_records():
        out.setdefault(r["code"], []).extend(after_wordings(r["description"]))
    for table in (round10_markers(sources), round10_code_wordings()):
        for code, ws in table.items():
            out.setdefault(code, []).extend(w for w in ws if w)
    return out


# ----------------------------------------------------------------------------------------------- dates and items

DIGITS = "〇一二三四五六七八九"


def cn_ymd(t: tuple[int, int, int]) -> str:
    """A date in Chinese numerals, the year digit by digit: (2024, 3, 31) → 二〇二四年三月三十一日."""
    y, m, d = t
    return "".join(DIGITS[int(c)] for c in str(y)) + f"年{lower_cn(m)}月{lower_cn(d)}日"


def cn_month_end(d: dt.date, n: int) -> str:
    """The last day of the n-th month after d, in Chinese numerals."""
    return cn_ymd(month_end(d, n))


def obligee_first(p, duty: str, tail: str = "") -> str:
    """A read payment item turned round, the obligee's money first: "原告Y的货款53,150元，被告X{duty}" + tail."""
    return f"{p.nm}{p.to_role}{p.to}的{p.body_noun}{p.amount}，{p.who_role}{p.who}{duty}{tail}{p.end}"


CLAUSE = re.compile(r"(，并|并|及)(?:支付|赔偿|给付)?[^。；]*?(?:利息(?:损失)?（[^）]*）|的(?:逾期)?利息(?:损失)?)")
START = re.compile(r"(?:自|从)(\d{4}年\d{1,2}月\d{1,2}日)")


def interest_clause(it):
    """(start, end, start date) of the complete interest clause after the principal of a money item, or None: a clause
    that gives a date or a rate, the item going on after it with nothing but its period."""
    if not it.amounts:
        return None
    m = CLAUSE.search(it.text, it.amounts[0].span[1] - it.span[0])
    s = START.search(m.group(0)) if m else None
    rest = it.text[m.end():] if m else ""
    if not s or not re.search(r"利率", m.group(0)) or not re.fullmatch(r"(?:，(?:于|款|限)[^，；。]*)?[。；]?", rest):
        return None
    return m.start(), m.end(), s.group(1)


def sub_items(it, clause_start: int, second: str) -> str | None:
    """The item with its principal and its interest clause turned into two sub-items after the obligee: "…原告Y下列款项：
    ①借款37250元；②{second}" (the period after the clause is kept), or None where the principal is not noun + amount."""
    obs = [n for ob in it.obligations for n in ob.obligees]
    k = it.text.rfind(obs[0], 0, clause_start) if obs else -1
    principal = it.text[k + len(obs[0]):clause_start] if k >= 0 else ""
    if not re.fullmatch(r"[\u4e00-\u9fa5]{0,6}\d[\d,]*(?:\.\d+)?元", principal):
        return None
    return f"{it.text[:k + len(obs[0])]}下列款项：①{principal}；②{second}"
