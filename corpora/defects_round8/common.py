"""Round-8 helpers on top of rounds 1–7: what the earlier rounds used (their records, the wordings their code can write,
round 6's and round 7's own markers and inserted sentences, their sources per kind) and the few pieces the round-8
structures share (a payment item rebuilt from its parts, the legal representative of an organisation)."""

from __future__ import annotations

import re
from collections import Counter

from corpora.defects.common import ROOT, Src
from corpora.defects_round3.common import after_wordings
from corpora.defects_round4 import common as c4
from corpora.defects_round7 import common as c7

ROUND7 = ROOT / "corpora" / "defects_round7"


def round7_records() -> list[dict]:
    recs = c4._records(ROUND7 / "expected.jsonl")
    assert recs, f"round 7 has no expected.jsonl at {ROUND7}"
    return recs


def prior_records() -> list[dict]:
    """The records of rounds 1–7 (their expected.jsonl)."""
    return c7.prior_records() + round7_records()


def prior_sources_by_code() -> dict[str, set[str]]:
    """code → the sources rounds 1–7 injected that kind into."""
    recs = prior_records()
    return {code: {r["source"] for r in recs if r["code"] == code} for code in {r["code"] for r in recs}}


def round7_code_wordings() -> dict[str, list[str]]:
    """The alternatives round 7's code can write (its constants and the fixed parts of its templates)."""
    from corpora.defects_round7 import cite as ci7
    from corpora.defects_round7 import contra as k7
    from corpora.defects_round7 import deadlines as d7
    from corpora.defects_round7 import execution as x7
    from corpora.defects_round7 import unclear as u7

    events = sorted({e for _, opts in d7.EVENTS for e in opts} | set(d7.DEFAULT))
    return {
        "UNC-01": ["之借款，款限", "所受损失，由", *(f"按{s}的比例" for s in u7.SHARE)],
        "UNC-02": ["及该款孳息", "，利随本清"],
        "UNC-03": ["按届时适用的市场利率", "利率由执行法院参照市场行情确定"],
        "UNC-04": ["每百元每月1.4元的标准", "按年利率10%支付利息、按年利率6%支付违约金"],
        "UNC-10": [r for _, r in u7.RELATION] + ["均应", "对前项债务承担清偿责任"],
        "UNC-11": ["有限责任公司"],
        "UNC-20": ["，限期付清", "；逾期不付的，", "可向本院申请强制执行"],
        "UNC-21": [*events, *(f"付款时间以{e}为准" for e in events), *(f"如{e}，应即" for e in events)],
        "CAL-03": ["该款分三笔付清：", "月底前", "余款"],
        "CON-01": ["人民币（大写）", "（￥"],
        "CON-02": ["＋", "项款项合共"],
        "CON-03": ["至于利息的截止时间，本院确定为原告起诉前一日。", "被告收到起诉状副本之日"],
        "CON-04": ["为实现债权支出的差旅费", "另向原告", "支付补偿金"],
        "CON-05": ["按前项期限清偿", *(f"系该笔{n}的连带责任保证人" for n in ("借款", "货款")), *k7.GUARANTORS],
        "CAL-01": ["依法应收"],
        "CAL-02": ["折半收取", "减半计收"],
        "CAL-04": ["各半负担，每方负担", "并迳付原告"],
        "CIT-01": ["《中华人民共和国民事诉讼法》第２５３条", "《中华人民共和国民事诉讼法》第264条"],
        "CIT-02": ["之规定，支付迟延履行期间的债务利息。", f"迟延履行期间的债务利息按照{ci7.INTERP}计算。"],
        "CIT-03": ["判决书送达之日起两周内", "本判决作出之日起十五日内"],
        "CIT-04": [ci7.LOAN_1991, ci7.MARRIAGE_2001],
        "EXE-01": [w for _, w in x7.COUNT + x7.OPEN],
        "EXE-02": ["涉案宅基地的西半部分", "的东半部分交由原告", "其居住的", "其名下的"],
        "EXE-03": ["约定的事项", "关系维持不变，双方按约行使权利、承担义务"],
        "EXE-04": ["拆除其在涉案宅基地上加盖的部分", "房屋改建中搭建的部分", "车辆受损的部分予以修复", "的通道畅通"],
        "EXE-05": ["产品相同或近似的", "的正常生活"],
        "EXE-06": ["本人意愿进行", "到其住处过周末"],
        "EXE-07": ["双方应相互配合完成车辆交接与"],
        "EXE-08": ["的房屋产权人为原告", "应当登记在原告"],
    }


def round7_markers(sources: list[Src]) -> dict[str, list[str]]:
    """code → the markers (and inserted sentences) of round 7's documents, rebuilt in memory with round 7's own code and
    seed; the rebuilt descriptions must equal round 7's committed expected.jsonl."""
    from corpora.defects.generate import ORDER
    from corpora.defects_round7 import generate as g7

    reg, known, by_code, usage = g7.registry(), c4.known_defects(), c7.prior_sources_by_code(), Counter()
    picked = [(code, inj) for code in ORDER
              for _src, inj in g7.pick(code, reg[code][2], sources, usage, by_code.get(code, set()), known)]
    assert [inj.description for _, inj in picked] == [r["description"] for r in round7_records()], \
        "round 7 no longer rebuilds as committed"
    out: dict[str, list[str]] = {}
    for code, inj in picked:
        out.setdefault(code, []).extend(w for w in (getattr(inj, "wordings", None) or [inj.marker]) if w)
    return out


def prior_wordings(sources: list[Src]) -> dict[str, list[str]]:
    """code → every wording rounds 1–7 wrote or could write for it: round 7's table of rounds 1–6, the quoted "after"
    wordings of round 7's records, round 7's markers and the alternatives round 7's code can write."""
    out = c7.prior_wordings(sources)
    for r in round7_records():
        out.setdefault(r["code"], []).extend(after_wordings(r["description"]))
    for table in (round7_markers(sources), round7_code_wordings()):
        for code, ws in table.items():
            out.setdefault(code, []).extend(w for w in ws if w)
    return out


# ----------------------------------------------------------------------------------------------- item pieces

period = c7.period
role = c7.role
cause = c7.cause
add_defendant = c7.add_defendant
bare_period = c7.bare_period
plain_noun = c7.plain_noun
fullwidth = c7.fullwidth


def body_end(t: str) -> int:
    """Where an item's text ends before its closing 。 / ；."""
    return len(t) - (1 if t.endswith(("。", "；")) else 0)


def legal_rep(src: Src, name: str) -> str | None:
    """The 法定代表人 (or 负责人 / 经营者) written under an organisation's party line, or None."""
    k = src.text.find(name)
    hd = src.span("procedural_history") or (len(src.text), 0)
    m = re.compile(r"(?:法定代表人|负责人|经营者)[:：]([\u4e00-\u9fa5]{2,3})[，,。]").search(src.text, k, hd[0])
    return m.group(1) if k >= 0 and m else None
