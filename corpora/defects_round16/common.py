"""Round-16 helpers on top of rounds 1–15: the parser-only reader and its re-parse checks (round 13's, imported), what the
earlier rounds used (their records, the wordings their code can write, round 15's own markers and inserted sentences,
their sources per kind) and the yearly rates used so far. The pieces the round-16 structures share are imported from
round 14 (`add_sentence`, `section_end`)."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from corpora.defects.common import ROOT, Src
from corpora.defects_round3.common import after_wordings
from corpora.defects_round4 import common as c4
from corpora.defects_round13.common import load_sources, parse_file, verify  # noqa: F401  (re-exported)
from corpora.defects_round14.common import add_sentence, section_end  # noqa: F401  (re-exported)
from corpora.defects_round15 import common as c15

ROUND15 = ROOT / "corpora" / "defects_round15"

# ----------------------------------------------------------------------------------------------- rounds 1–15


def round15_records() -> list[dict]:
    recs = c4._records(ROUND15 / "expected.jsonl")
    assert recs, f"round 15 has no expected.jsonl at {ROUND15}"
    return recs


def prior_records() -> list[dict]:
    """The records of rounds 1–15 (their expected.jsonl)."""
    return c15.prior_records() + round15_records()


def prior_sources_by_code() -> dict[str, set[str]]:
    """code → the sources rounds 1–15 injected that kind into."""
    out: dict[str, set[str]] = {}
    for r in prior_records():
        out.setdefault(r["code"], set()).add(r["source"])
    return out


def round15_code_wordings() -> dict[str, list[str]]:
    """The alternatives round 15's code can write (its constants and the fixed parts of its templates)."""
    from corpora.defects_round15 import cite as ci15
    from corpora.defects_round15 import deadlines as d15
    from corpora.defects_round15 import execution as x15
    from corpora.defects_round15 import orders as o15
    from corpora.defects_round15 import unclear as u15

    events = sorted({e for _, opts in d15.EVENTS for e in opts} | set(d15.DEFAULT))
    return {
        "UNC-01": [q for _, q in u15.QUANTITY] + ["元至"],
        "UNC-02": ["，并支付至今的利息", "，利息依法计付"],
        "UNC-03": ["按原告的实际融资成本", "按各商业银行同类贷款的平均利率"],
        "UNC-04": ["计付利息至全部借款清偿时止", "起按半年利率9.1%", "起按年利率18.9%（即月利率1.575%）"],
        "UNC-10": [r for _, r in u15.RELATION] + ["以按份责任的方式", "互负连带责任"],
        "UNC-11": ["集团有限公司"],
        "UNC-20": ["，履行期限依法确定", "应在合理期限内向"],
        "UNC-21": [*(f"于其{w}{h}当月" for w, h in events),
                   *(f"{t}待其{w}{h}后由双方另行商定" for w, h in events for t in ("还款时间", "付款时间"))],
        "CAL-03": ["年春节前支付", "年端午节前支付", "年中秋节前付清余款", "年起分三年付清，每年12月31日前支付"],
        "CON-01": ["（以大写金额", "为准）"],
        "CON-02": ["，另加", "，总数为", "，两者合并计算为"],
        "CON-03": ["关于利息计算的截止时间，应以本案第一次开庭之日为准。", "至双方签订还款协议之日止"],
        "CON-04": ["年起每年在上一年基础上递增10%）", "今后医疗费用的百分之五十（凭医疗机构票据结算）"],
        "CON-05": ["盖章确认的对账单载明：", "的欠条载明：", "当庭陈述被告"],
        "CAL-01": ["元（按人格权纠纷案件标准收取）", "元（已按百元取整）"],
        "CAL-02": ["减半收取，减收", "元减半）"],
        "CAL-04": ["多负担", "应负担的诉讼费为"],
        "CIT-01": ["中华人民共和国民事诉讼法第一百五十八条", "民诉法第一百五十五条"],
        "CIT-02": ["权利人就迟延履行造成的损失，可另行向义务人主张。",
                   "如未按本判决指定的期间履行给付金钱义务，每逾期一日，应按未付金额的万分之一点七五另行支付。"],
        "CIT-03": ["判决书送达之日起十五日或三十日内", "在法定上诉期间内"],
        "CIT-04": ["法释〔2008〕6号", *(f"《{t}（{e}）》" for t, e, _ in ci15.EDITIONS)],
        "EXE-01": [t for _, t in x15.BULK] + ["提交的证据五照片所示物品"],
        "EXE-02": ["东至村道、北至原告", "承包地的房屋", "东至山脊、西至水沟的林地", "二十世纪八十年代修建的土木结构房屋",
                   "二〇〇八年退耕还林时栽种的林地"],
        "EXE-03": ["的要求履行双方之间的", "履行至合同目的实现时止"],
        "EXE-04": ["指定的期限内修复", "承担修复责任"],
        "EXE-05": ["应当尊重原告", *(r for _, r in o15.RIGHTS if len(r) >= 4), "和睦相处，不得再生事端"],
        "EXE-06": ["每年生日当天探望", "以不少于每季度一次为宜"],
        "EXE-07": ["车辆与款项的交接按交易习惯办理", "视退款情况交还"],
        "EXE-08": ["房屋的诉讼请求成立", "，并判令二被告向原告交出其持有的存折", "，存折由原告"],
    }


def round15_markers(sources: list[Src]) -> dict[str, list[str]]:
    """code → the markers (and inserted sentences) of round 15's documents, rebuilt in memory with round 15's own code and
    seed; the rebuilt descriptions must equal round 15's committed expected.jsonl."""
    from corpora.defects.generate import ORDER
    from corpora.defects_round15 import generate as g15

    reg, known, by_code, usage = g15.registry(), c4.known_defects(), c15.prior_sources_by_code(), Counter()
    picked = [(code, inj) for code in ORDER
              for _src, inj in g15.pick(code, reg[code][2], sources, usage, by_code.get(code, set()), known)]
    assert [inj.description for _, inj in picked] == [r["description"] for r in round15_records()], \
        "round 15 no longer rebuilds as committed"
    out: dict[str, list[str]] = {}
    for code, inj in picked:
        out.setdefault(code, []).extend(w for w in (getattr(inj, "wordings", None) or [inj.marker]) if w)
    return out


def prior_wordings(sources: list[Src]) -> dict[str, list[str]]:
    """code → every wording rounds 1–15 wrote or could write for it: round 15's table of rounds 1–14, the quoted "after"
    wordings of round 15's records, round 15's markers and the alternatives round 15's code can write."""
    out = c15.prior_wordings(sources)
    for r in round15_records():
        out.setdefault(r["code"], []).extend(after_wordings(r["description"]))
    for table in (round15_markers(sources), round15_code_wordings()):
        for code, ws in table.items():
            out.setdefault(code, []).extend(w for w in ws if w)
    return out


# yearly values (%) of every rate rounds 1–15 put above the cap (UNC-04): round 15's list and round 15's own two
PRIOR_YEARLY = c15.PRIOR_YEARLY | {Decimal("18.2"), Decimal("18.9")}
