"""Round-15 helpers on top of rounds 1–14: the parser-only reader and its re-parse checks (round 13's, imported), what the
earlier rounds used (their records, the wordings their code can write, round 14's own markers and inserted sentences,
their sources per kind) and the yearly rates used so far. The pieces the round-15 structures share are imported from
round 14 (`add_sentence`, `section_end`)."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from corpora.defects.common import ROOT, Src
from corpora.defects_round3.common import after_wordings
from corpora.defects_round4 import common as c4
from corpora.defects_round13.common import load_sources, parse_file, verify  # noqa: F401  (re-exported)
from corpora.defects_round14 import common as c14
from corpora.defects_round14.common import add_sentence, section_end  # noqa: F401  (re-exported)

ROUND14 = ROOT / "corpora" / "defects_round14"

# ----------------------------------------------------------------------------------------------- rounds 1–14


def round14_records() -> list[dict]:
    recs = c4._records(ROUND14 / "expected.jsonl")
    assert recs, f"round 14 has no expected.jsonl at {ROUND14}"
    return recs


def prior_records() -> list[dict]:
    """The records of rounds 1–14 (their expected.jsonl)."""
    return c14.prior_records() + round14_records()


def prior_sources_by_code() -> dict[str, set[str]]:
    """code → the sources rounds 1–14 injected that kind into."""
    out: dict[str, set[str]] = {}
    for r in prior_records():
        out.setdefault(r["code"], set()).add(r["source"])
    return out


def round14_code_wordings() -> dict[str, list[str]]:
    """The alternatives round 14's code can write (its constants and the fixed parts of its templates)."""
    from corpora.defects_round14 import deadlines as d14
    from corpora.defects_round14 import execution as x14
    from corpora.defects_round14 import orders as o14
    from corpora.defects_round14 import unclear as u14

    events = sorted({e for _, opts in d14.EVENTS for e in opts} | set(d14.DEFAULT))
    limits = [part for _, r in o14.LIMITS for part in r.split("{p}") if len(part) >= 4]
    return {
        "UNC-01": [u for _, u in u14.UNITS] + ["货款不低于"],
        "UNC-02": ["如逾期未付，则自逾期之日起另计利息", "，并支付三个月的利息"],
        "UNC-03": ["（由原告择一主张）", "按本院同类案件通常适用的利率标准"],
        "UNC-04": ["按月利率16.5‰计付利息至借款还清之日止", "每月另付利息", "元至借款还清之日止"],
        "UNC-10": [r for _, r in u14.RELATION] + ["以夫妻共同财产", "的配偶"],
        "UNC-11": [],
        "UNC-20": ["通过银行转账方式向"],
        "UNC-21": [*(f"在其{w}{h}的同时" for w, h in events),
                   *(f"（如其{w}届时尚未{h}，则顺延至{h}后十日内）" for w, h in events)],
        "CAL-03": ["起分四个月付清，首月支付", "，以后每月比上月递增", "每月月底前支付"],
        "CON-01": ["（小写｜", "；大写｜"],
        "CON-02": ["下列款项：一是", "两项共计"],
        "CON-03": ["至双方最后一次对账之日止的利息。", "（最迟计至原告宣布借款提前到期之日）", "（最迟计至原告通知解除合同之日）"],
        "CON-04": ["书面赔礼道歉", "大学毕业时止"],
        "CON-05": ["当庭确认其欠原告", "将诉讼请求变更为要求被告"],
        "CAL-01": ["反诉案件受理费", "元计收）"],
        "CAL-02": ["减半核定为", "按减半标准收取"],
        "CAL-04": ["负担其三倍即"],
        "CIT-01": ["《中华人民共和国民事诉讼法》第一百五十七条第一款第七项",
                   "《中华人民共和国民事诉讼法》（以下简称民事诉讼法）第一百七十一条"],
        "CIT-02": ["迟延履行期间的债务利息，由执行法院依照有关规定计算。", "一旦逾期未履行，义务人即应承担相应的迟延履行责任。"],
        "CIT-03": ["被告可在判决书送达之日起二十五日内", "自判决书送达之日起至第十二日止"],
        "CIT-04": ["（2014年12月18日最高人民法院审判委员会第1636次会议通过）", "自2020年8月20日起施行的"],
        "EXE-01": ["除已返还部分以外的其余物品", "原物或与原物同等价值的替代物", *(t for _, t in x14.THINGS if len(t) >= 4)],
        "EXE-02": ["出资修建的房屋", "出资造林的林地", "种有两棵核桃树的房屋", "种有桉树的林地"],
        "EXE-03": ["第五百零九条的规定履行", "付清上述款项后接着履行"],
        "EXE-04": ["存在的安全隐患", "的维修事宜"],
        "EXE-05": [*limits, "保持适当距离"],
        "EXE-06": ["累计不少于十二日", "的法定代理人在场的情况下探望"],
        "EXE-07": ["一手交钱、一手交车", "由双方在本院主持下当面交接"],
        "EXE-08": ["的借用关系于本判决生效之日终止", "可凭本判决到银行办理支取手续", "被告应将其保管的存折交给原告"],
    }


def round14_markers(sources: list[Src]) -> dict[str, list[str]]:
    """code → the markers (and inserted sentences) of round 14's documents, rebuilt in memory with round 14's own code and
    seed; the rebuilt descriptions must equal round 14's committed expected.jsonl."""
    from corpora.defects.generate import ORDER
    from corpora.defects_round14 import generate as g14

    reg, known, by_code, usage = g14.registry(), c4.known_defects(), c14.prior_sources_by_code(), Counter()
    picked = [(code, inj) for code in ORDER
              for _src, inj in g14.pick(code, reg[code][2], sources, usage, by_code.get(code, set()), known)]
    assert [inj.description for _, inj in picked] == [r["description"] for r in round14_records()], \
        "round 14 no longer rebuilds as committed"
    out: dict[str, list[str]] = {}
    for code, inj in picked:
        out.setdefault(code, []).extend(w for w in (getattr(inj, "wordings", None) or [inj.marker]) if w)
    return out


def prior_wordings(sources: list[Src]) -> dict[str, list[str]]:
    """code → every wording rounds 1–14 wrote or could write for it: round 14's table of rounds 1–13, the quoted "after"
    wordings of round 14's records, round 14's markers and the alternatives round 14's code can write."""
    out = c14.prior_wordings(sources)
    for r in round14_records():
        out.setdefault(r["code"], []).extend(after_wordings(r["description"]))
    for table in (round14_markers(sources), round14_code_wordings()):
        for code, ws in table.items():
            out.setdefault(code, []).extend(w for w in ws if w)
    return out


# yearly values (%) of every rate rounds 1–14 put above the cap (UNC-04): round 14's list and round 14's own two
PRIOR_YEARLY = c14.PRIOR_YEARLY | {Decimal("19.8"), Decimal("18.6")}
