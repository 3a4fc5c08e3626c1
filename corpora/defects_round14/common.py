"""Round-14 helpers on top of rounds 1–13: the parser-only reader and its re-parse checks (round 13's, imported), what the
earlier rounds used (their records, the wordings their code can write, round 13's own markers and inserted sentences,
their sources per kind) and the few pieces the round-14 structures share (the end of a section, a sentence put there, the
yearly rates used so far)."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from corpora.defects.calc import in_section
from corpora.defects.common import ROOT, Edits, Injection, Src
from corpora.defects_round3.common import after_wordings
from corpora.defects_round4 import common as c4
from corpora.defects_round13 import common as c13
from corpora.defects_round13.common import load_sources, parse_file, verify  # noqa: F401  (re-exported)

ROUND13 = ROOT / "corpora" / "defects_round13"

# ----------------------------------------------------------------------------------------------- rounds 1–13


def round13_records() -> list[dict]:
    recs = c4._records(ROUND13 / "expected.jsonl")
    assert recs, f"round 13 has no expected.jsonl at {ROUND13}"
    return recs


def prior_records() -> list[dict]:
    """The records of rounds 1–13 (their expected.jsonl)."""
    return c13.prior_records() + round13_records()


def prior_sources_by_code() -> dict[str, set[str]]:
    """code → the sources rounds 1–13 injected that kind into."""
    out: dict[str, set[str]] = {}
    for r in prior_records():
        out.setdefault(r["code"], set()).add(r["source"])
    return out


def round13_code_wordings() -> dict[str, list[str]]:
    """The alternatives round 13's code can write (its constants and the fixed parts of its templates)."""
    from corpora.defects_round13 import cite as ci13
    from corpora.defects_round13 import contra as k13
    from corpora.defects_round13 import deadlines as d13
    from corpora.defects_round13 import unclear as u13

    events = sorted({e for _, opts in d13.EVENTS for e in opts} | set(d13.DEFAULT))
    shorts = sorted(f"（以下简称{s}）" for s in d13.SHORT.values())
    return {
        "UNC-01": ["务必于", "一次性付清", "一次性退清", "将所欠", "将应退", "，同时退还", "，同时支付"],
        "UNC-02": ["，并支付截至", "为基数计付利息", "，另以"],
        "UNC-03": ["按年利率3%至6%", "按不低于全国银行间同业拆借中心公布的一年期贷款市场报价利率的标准"],
        "UNC-04": ["按每千元每日伍角伍分计付利息至实际清偿之日止", "按年利率百分之十九支付利息至实际清偿之日止"],
        "UNC-10": [r for _, r in u13.RELATION] + ["承担主要责任", "承担次要责任", "，二人内部各负担一半"],
        "UNC-11": [],
        "UNC-20": [*shorts, "务必按期"],
        "UNC-21": [*events, "（以在后者为准）", "，履行期限至", *(f"，履行期限至{e}之日届满" for e in events)],
        "CAL-03": ["季度起分四个季度偿还，每季度末月二十五日前偿还", "，自本判决生效后的第一周起，每周五前支付人民币"],
        "CON-01": ["（合人民币", "（大写"],
        "CON-02": ["，两笔款项共计"],
        "CON-03": ["此后的利息原告可另行主张。", "至原告申请诉讼财产保全之日止"],
        "CON-04": ["催收费用600元", *(t for _, t in k13.USE), "于本判决生效之日起十日内支付给被告"],
        "CON-05": ["经核对，被告", "，同时确认被告"],
        "CAL-01": ["负担，计", "按各项诉讼请求分别计算为"],
        "CAL-02": ["减半收取后由", "减半即"],
        "CAL-04": ["分别负担", "负担三成即", "负担七成即"],
        "CIT-01": [ci13.NON_MONEY, "《中华人民共和国民事诉讼法》第二百四十六条"],
        "CIT-02": ["义务人须在本判决指定的期间内履行给付金钱义务，逾期履行的，按双方约定的标准支付逾期违约金。",
                   "义务人务必按期履行，逾期不履行的，本院将依职权移送执行。"],
        "CIT-03": ["判决书送达之日起五十日内", "（以本院收到上诉状之日为准）"],
        "CIT-04": ["2009年修正的《中华人民共和国消费者权益保护法》第四十七条", "（法释〔2002〕31号）"],
        "EXE-01": ["存放于其处的其他物品", "处取走的物品"],
        "EXE-02": ["搬入的房屋腾退交还原告", "该林地中由其管护的地块"],
        "EXE-03": ["起照常履行其与原告", "剩余部分的履行"],
        "EXE-04": ["修复如初", "的车辆进行维修", "的房屋进行维修"],
        "EXE-05": ["结束其侵权状态", "包括但不限于"],
        "EXE-06": ["按离婚调解协议的约定办理", "按离婚协议的约定办理", "享有探望原告"],
        "EXE-07": ["履行顺序由执行法院确定", "任何一方未履行的，对方有权拒绝履行"],
        "EXE-08": ["的权利人为原告", "的扶贫安置住房", "，并由被告将该存折交付原告"],
    }


def round13_markers(sources: list[Src]) -> dict[str, list[str]]:
    """code → the markers (and inserted sentences) of round 13's documents, rebuilt in memory with round 13's own code and
    seed; the rebuilt descriptions must equal round 13's committed expected.jsonl."""
    from corpora.defects.generate import ORDER
    from corpora.defects_round13 import generate as g13

    reg, known, by_code, usage = g13.registry(), c4.known_defects(), c13.prior_sources_by_code(), Counter()
    picked = [(code, inj) for code in ORDER
              for _src, inj in g13.pick(code, reg[code][2], sources, usage, by_code.get(code, set()), known)]
    assert [inj.description for _, inj in picked] == [r["description"] for r in round13_records()], \
        "round 13 no longer rebuilds as committed"
    out: dict[str, list[str]] = {}
    for code, inj in picked:
        out.setdefault(code, []).extend(w for w in (getattr(inj, "wordings", None) or [inj.marker]) if w)
    return out


def prior_wordings(sources: list[Src]) -> dict[str, list[str]]:
    """code → every wording rounds 1–13 wrote or could write for it: round 13's table of rounds 1–12, the quoted "after"
    wordings of round 13's records, round 13's markers and the alternatives round 13's code can write."""
    out = c13.prior_wordings(sources)
    for r in round13_records():
        out.setdefault(r["code"], []).extend(after_wordings(r["description"]))
    for table in (round13_markers(sources), round13_code_wordings()):
        for code, ws in table.items():
            out.setdefault(code, []).extend(w for w in ws if w)
    return out


# yearly values (%) of every rate rounds 1–13 put above the cap (UNC-04), from their READMEs
PRIOR_YEARLY = {Decimal(v) for v in ("36", "36.5", "24", "30", "29.2", "17.25", "18", "21.6", "18.25", "20", "15.5", "15.6",
                                     "15.45", "16.8", "16", "19.2", "22", "21.9", "15", "16.65", "16.425", "17.4", "20.4",
                                     "17.6", "17.52", "20.075", "19")}

# ----------------------------------------------------------------------------------------------- round-14 pieces


def section_end(src: Src, name: str) -> int | None:
    """Where a section's text ends (before trailing blanks), if it closes with 。; else None."""
    sp = src.span(name)
    if not sp:
        return None
    end = sp[1]
    while end > sp[0] and src.text[end - 1] in " \n":
        end -= 1
    return end if end > sp[0] and src.text[end - 1] == "。" else None


def add_sentence(src: Src, name: str, sentence: str, index: int | None, desc: str, marker: str) -> Injection | None:
    """The injection that closes section `name` with `sentence`; the re-parse check looks for it in that section."""
    pos = section_end(src, name)
    if pos is None:
        return None
    e = Edits(src.text)
    e.insert(pos, sentence)
    inj = Injection(e.apply(), index, desc, marker, check=lambda d, s=sentence, n=name: in_section(d, n, s))
    inj.wordings = [sentence]
    return inj
