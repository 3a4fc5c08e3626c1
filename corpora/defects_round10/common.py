"""Round-10 helpers on top of rounds 1–9: what the earlier rounds used (their records, the wordings their code can write,
round 9's own markers and inserted sentences, their sources per kind) and the few pieces the round-10 structures share
(a payment item written again with a new middle)."""

from __future__ import annotations

from collections import Counter

from corpora.defects.common import ROOT, Src
from corpora.defects_round3.common import after_wordings
from corpora.defects_round4 import common as c4
from corpora.defects_round9 import common as c9

ROUND9 = ROOT / "corpora" / "defects_round9"


def round9_records() -> list[dict]:
    recs = c4._records(ROUND9 / "expected.jsonl")
    assert recs, f"round 9 has no expected.jsonl at {ROUND9}"
    return recs


def prior_records() -> list[dict]:
    """The records of rounds 1–9 (their expected.jsonl)."""
    return c9.prior_records() + round9_records()


def prior_sources_by_code() -> dict[str, set[str]]:
    """code → the sources rounds 1–9 injected that kind into."""
    out: dict[str, set[str]] = {}
    for r in prior_records():
        out.setdefault(r["code"], set()).add(r["source"])
    return out


def round9_code_wordings() -> dict[str, list[str]]:
    """The alternatives round 9's code can write (its constants and the fixed parts of its templates)."""
    from corpora.defects_round9 import cite as ci9
    from corpora.defects_round9 import deadlines as d9
    from corpora.defects_round9 import execution as x9
    from corpora.defects_round9 import unclear as u9

    events = sorted({e for _, opts in d9.EVENTS for e in opts} | set(d9.DEFAULT))
    return {
        "UNC-01": [f"按照{r}确定的数额" for _, r in u9.REPORTS] + ["明细表》", "金额详见本判决附件一"],
        "UNC-02": ["利息计算方法见本判决附表", "（以下简称占用损失）", "，并赔偿占用损失"],
        "UNC-03": ["按本院认定的上述标准", "按当地农村信用社同期贷款利率"],
        "UNC-04": ["按日万分之六计付利息", "按借条约定的年利率15%"],
        "UNC-10": [r for _, r in u9.RELATION] + ["共同负责清偿", "两被告"],
        "UNC-11": list(u9.RESIDUE),
        "UNC-20": ["按本判决第一项确定的期限", "自本判决生效之日起"],
        "UNC-21": [*events, *(f"视{e}情况分批" for e in events), "；如届时无力支付，则在"],
        "CAL-03": ["所列期次", "分三期给付：", "，分两期给付："],
        "CON-01": ["（金额大写为"],
        "CON-02": ["明细如下：", "项承揽款共计", "项货款共计", "项款项共计"],
        "CON-03": ["利息以计算至", "本判决指定的履行期间届满之日"],
        "CON-04": ["为申请财产保全支出的保险费"],
        "CON-05": ["应向被告", "开具等额发票", "在诉讼中已支付的", "中予以扣减"],
        "CAL-01": ["受理费计"],
        "CAL-02": ["减半为"],
        "CAL-04": ["平均负担，每人负担"],
        "CIT-01": ["《中华人民共和国民法典》第六百七十六条", "《中华人民共和国民法典》第五百七十七条",
                   "《中华人民共和国民事诉讼法（2023修正）》第264条"],
        "CIT-02": ["本判决确定的利息继续计算至实际清偿之日。", "同期贷款基准利率的二倍支付迟延履行期间的债务利息。"],
        "CIT-03": ["判决书送达之日起六个月内", "判决书送达之日起十五日后"],
        "CIT-04": [ci9.CONSTRUCTION_2004, ci9.CONTRACT_II, ci9.EVIDENCE_2001],
        "EXE-01": ["按本判决所附物品清单", "（品种、数量以实际清点为准）"] + [g for _, g in x9.GOODS],
        "EXE-02": ["将争议房屋腾空交还", "附图所示范围内的宅基地", "附图所示范围内的林地"],
        "EXE-03": ["第三条、第五条的约定履行", "按照当地同行业通行标准履行"],
        "EXE-04": [g.split("原告")[0] for _, g in x9.LOCAL] + ["按照鉴定意见书提出的修复方案"],
        "EXE-05": ["立即停止上述侵权行为", "停止销售本判决附件所列侵权产品"],
        "EXE-06": ["按照当地习俗探望", "寒暑假期间的探望事宜由双方另行商定"],
        "EXE-07": ["以双方实际办理为准", "按原合同约定的方式相互交付"],
        "EXE-08": ["有权占有、使用", "协助办理"],
    }


def round9_markers(sources: list[Src]) -> dict[str, list[str]]:
    """code → the markers (and inserted sentences) of round 9's documents, rebuilt in memory with round 9's own code and
    seed; the rebuilt descriptions must equal round 9's committed expected.jsonl."""
    from corpora.defects.generate import ORDER
    from corpora.defects_round9 import generate as g9

    reg, known, by_code, usage = g9.registry(), c4.known_defects(), c9.prior_sources_by_code(), Counter()
    picked = [(code, inj) for code in ORDER
              for _src, inj in g9.pick(code, reg[code][2], sources, usage, by_code.get(code, set()), known)]
    assert [inj.description for _, inj in picked] == [r["description"] for r in round9_records()], \
        "round 9 no longer rebuilds as committed"
    out: dict[str, list[str]] = {}
    for code, inj in picked:
        out.setdefault(code, []).extend(w for w in (getattr(inj, "wordings", None) or [inj.marker]) if w)
    return out


def prior_wordings(sources: list[Src]) -> dict[str, list[str]]:
    """code → every wording rounds 1–9 wrote or could write for it: round 9's table of rounds 1–8, the quoted "after"
    wordings of round 9's records, round 9's markers and the alternatives round 9's code can write."""
    out = c9.prior_wordings(sources)
    for r in round9_records():
        out.setdefault(r["code"], []).extend(after_wordings(r["description"]))
    for table in (round9_markers(sources), round9_code_wordings()):
        for code, ws in table.items():
            out.setdefault(code, []).extend(w for w in ws if w)
    return out


# ----------------------------------------------------------------------------------------------- item pieces

def pay_item(p, middle: str | None = None, tail: str = "", head: str | None = None) -> str:
    """A read payment item written again: number, obligor, `middle` (default: its period), verb, obligee, noun, amount,
    `tail`, closing punctuation; `head` replaces number and obligor."""
    from corpora.defects_round5.common import period

    lead = p.nm + p.who_role + p.who if head is None else head
    mid = period(p) if middle is None else middle
    return f"{lead}{mid}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}{tail}{p.end}"


def rewrite(src: Src, p, new_item: str, desc: str, marker: str, **kw):
    """The injection that replaces the whole of a read payment item by `new_item`."""
    from corpora.defects.common import Injection, item_edit, quote

    text, new2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
    return Injection(text, p.it.index, f'{desc}: "{quote(p.it.text, 90)}" → "{quote(new2, 200)}".', marker, **kw)
