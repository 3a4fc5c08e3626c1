"""Round-9 helpers on top of rounds 1–8: what the earlier rounds used (their records, the wordings their code can write,
round 6's, 7's and 8's own markers and inserted sentences, their sources per kind) and the few pieces the round-9
structures share (sub-items （一）（二）, an inserted 本院认为 sentence)."""

from __future__ import annotations

from collections import Counter

from corpora.defects.common import ROOT, Src
from corpora.defects_round3.common import after_wordings
from corpora.defects_round4 import common as c4
from corpora.defects_round8 import common as c8

ROUND8 = ROOT / "corpora" / "defects_round8"


def round8_records() -> list[dict]:
    recs = c4._records(ROUND8 / "expected.jsonl")
    assert recs, f"round 8 has no expected.jsonl at {ROUND8}"
    return recs


def prior_records() -> list[dict]:
    """The records of rounds 1–8 (their expected.jsonl)."""
    return c8.prior_records() + round8_records()


def prior_sources_by_code() -> dict[str, set[str]]:
    """code → the sources rounds 1–8 injected that kind into."""
    out: dict[str, set[str]] = {}
    for r in prior_records():
        out.setdefault(r["code"], set()).add(r["source"])
    return out


def round8_code_wordings() -> dict[str, list[str]]:
    """The alternatives round 8's code can write (its constants and the fixed parts of its templates)."""
    from corpora.defects_round8 import cite as ci8
    from corpora.defects_round8 import contra as k8
    from corpora.defects_round8 import deadlines as d8
    from corpora.defects_round8 import execution as x8
    from corpora.defects_round8 import unclear as u8

    events = sorted({e for _, opts in d8.EVENTS for e in opts} | set(d8.DEFAULT))
    verbs = ("偿还", "归还", "返还", "退还", "支付", "给付", "赔偿", "偿付", "清偿")
    left = [w.replace("被告{d}", "") for _, w in x8.LEFT]
    return {
        "UNC-01": ["的借款还清", "的货款还清", "×××元"],
        "UNC-02": ["外加利息", "按日计息，至还清时止"],
        "UNC-03": ["照银行利息", "按一年期贷款市场报价利率适当上浮"],
        "UNC-04": ["按月息一分六", "按年化22%的利率"],
        "UNC-10": [r for _, r in u8.RELATION] + ["两人一起", "对上述债务承担相应的责任"],
        "UNC-11": [b for _, b in u8.UNITS],
        "UNC-20": ["择期付清", *(f"应予{v}" for v in verbs)],
        "UNC-21": [*events, *(f"等{e}了再" for e in events), *(f"以{e}为付款条件" for e in events), "为付款条件"],
        "CAL-03": ["前依次支付", "，剩下的", "前还清"],
        "CON-01": ["万元（", "圆整（"],
        "CON-02": ["，加起来一共", "项之和为"],
        "CON-03": [k8.REJECT, "满一年为止"],
        "CON-04": ["，另外再赔", "惩罚性赔偿金", "的三倍向原告"],
        "CON-05": ["可就欠款", "元申请执行", "之间的借款按", "元结算"],
        "CAL-01": ["受理费核收", "受理费定为"],
        "CAL-02": ["减收一半为", "打对折计"],
        "CAL-04": ["按四六开承担，即"],
        "CIT-01": ["《民事诉讼法》第253条", "《中华人民共和国民事诉讼法》第二百五十条"],
        "CIT-02": ["如未按期履行，迟延履行期间不另计利息。"],
        "CIT-03": ["收到判决书后十天内", "判决书邮寄之日起十五日内"],
        "CIT-04": [ci8.OPINION_1992, *("《中华人民共和国担保法》" + a for a in ci8.GUARANTEE.values())],
        "EXE-01": [w for _, w in x8.THAT_LOT] + left,
        "EXE-02": ["把那套房子腾出来交给原告", "超出界址占用的宅基地", "超出界址占用的林地"],
        "EXE-03": ["照合同把没做完的事做完", "应本着诚实信用原则履行"],
        "EXE-04": ["把弄坏的地方给原告", "应采取必要措施", *(g.replace("原告{p}", "") for _, g in x8.MEASURES)],
        "EXE-05": ["以后不得再骚扰原告", "有关的标识"],
        "EXE-06": ["可以常去看看原告", "共同生活的一方安排"],
        "EXE-07": ["两清", "自行协商先后"],
        "EXE-08": ["的合法财产", "订立的买卖合同合法有效"],
    }


def round8_markers(sources: list[Src]) -> dict[str, list[str]]:
    """code → the markers (and inserted sentences) of round 8's documents, rebuilt in memory with round 8's own code and
    seed; the rebuilt descriptions must equal round 8's committed expected.jsonl."""
    from corpora.defects.generate import ORDER
    from corpora.defects_round8 import generate as g8

    reg, known, by_code, usage = g8.registry(), c4.known_defects(), c8.prior_sources_by_code(), Counter()
    picked = [(code, inj) for code in ORDER
              for _src, inj in g8.pick(code, reg[code][2], sources, usage, by_code.get(code, set()), known)]
    assert [inj.description for _, inj in picked] == [r["description"] for r in round8_records()], \
        "round 8 no longer rebuilds as committed"
    out: dict[str, list[str]] = {}
    for code, inj in picked:
        out.setdefault(code, []).extend(w for w in (getattr(inj, "wordings", None) or [inj.marker]) if w)
    return out


def prior_wordings(sources: list[Src]) -> dict[str, list[str]]:
    """code → every wording rounds 1–8 wrote or could write for it: round 8's table of rounds 1–7, the quoted "after"
    wordings of round 8's records, round 8's markers and the alternatives round 8's code can write."""
    out = c8.prior_wordings(sources)
    for r in round8_records():
        out.setdefault(r["code"], []).extend(after_wordings(r["description"]))
    for table in (round8_markers(sources), round8_code_wordings()):
        for code, ws in table.items():
            out.setdefault(code, []).extend(w for w in ws if w)
    return out
