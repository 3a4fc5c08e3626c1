"""Round-5 helpers on top of rounds 1–4: what the earlier rounds used (their records, the wordings their code can write,
their sources per kind) and the few pieces the round-5 structures share (a period written with 于 / 在, the noun before an
amount with its 共计, the role word of a party)."""

from __future__ import annotations

from corpora.defects.common import ROOT, Src
from corpora.defects_round3.common import after_wordings
from corpora.defects_round4 import common as c4

ROUND4 = ROOT / "corpora" / "defects_round4"


def prior_records() -> list[dict]:
    """The records of rounds 1, 2, 3 and 4 (their expected.jsonl)."""
    recs = c4._records(ROUND4 / "expected.jsonl")
    assert recs, f"round 4 has no expected.jsonl at {ROUND4}"
    return c4.prior_records() + recs


def prior_sources_by_code() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in prior_records():
        out.setdefault(r["code"], set()).add(r["source"])
    return out


def round4_code_wordings() -> dict[str, list[str]]:
    """The alternatives round 4's code can write (its constants and the fixed parts of its templates)."""
    from corpora.defects_round4 import cite as ci4
    from corpora.defects_round4 import deadlines as d4
    from corpora.defects_round4 import unclear as u4

    events = sorted({e for _, opts in d4.EVENTS for e in opts} | set(d4.DEFAULT))
    return {
        "UNC-01": ["按本院查明的数额", "按本院核定的数额", "中经本院确认的部分", *u4.QUAL.values()],
        "UNC-02": ["前项借款所生利息", "所生利息", "借款本息，其中本金为"],
        "UNC-03": [u4.PBOC, "上一年度人身损害赔偿标准计算的"],
        "UNC-04": ["按月利率百分之一点八计算", "按日万分之五的标准", "亦由被告"],
        "UNC-10": ["系在借条上共同签名的借款人", "系涉案车辆的登记所有人", "系涉案工程的实际发包人", "系涉案车辆的实际使用人",
                   "所办培训机构的实际经营人", "所经营店铺的共同经营者"],
        "UNC-20": ["有权要求被告"],
        "UNC-21": [*events, *(f"不迟于{e}之日" for e in events), *(f"在{e}以前" for e in events)],
        "CAL-03": ["按下列期限履行", "分两期支付", "第一期在", "第二期在"],
        "CON-01": ["，大写人民币"],
        "CON-02": ["以上各项合计人民币", "项款项总额为人民币"],
        "CON-03": ["利息应计算至本案法庭辩论终结之日止。", "本判决送达之日"],
        "CON-04": ["律师代理费"],
        "CON-05": ["本判项所称", "尚欠原告"],
        "CAL-01": ["受理费八百零四元"],
        "CAL-02": ["减半交纳"],
        "CAL-04": ["%即", "的比例负担，即原告负担"],
        "CIT-01": [*ci4.BELOW.values(), *ci4.PERFORM.values(),
                   *(f"（{e}）" for _, e in ci4.EDITION)],
        "CIT-02": ["应当依法承担相应的法律责任", ci4.SINGLE],
        "CIT-03": ["判决书送达之次日起一个月内", "可在判决书送达之日起十五日内，向本院递交上诉状"],
        "CIT-04": [ci4.INHERIT_LAW, ci4.GENERAL_LAW, *(ci4.INHERIT_LAW + a for a in ci4.INHERIT.values())],
        "EXE-01": ["承租的车辆及随车物品", "的车辆及相关物品"],
        "EXE-02": ["名义申请取得的宅基地使用权", "所购商品房的不动产转移登记手续"],
        "EXE-03": ["中尚未履行的部分", "按原约定履行完毕", "的约定履行剩余义务"],
        "EXE-04": ["恢复至试驾前的状态", "院落内的施工障碍", "负责清除"],
        "EXE-05": ["的侵害行为应予停止", "不得再销售侵权产品"],
        "EXE-06": ["每月第一个星期六上午9时至下午5时探望", "每次以四小时为限，并应提前三日通知原告一方"],
        "EXE-07": ["被告开具的购货发票退还被告", "相互返还："],
        "EXE-08": ["的所有权属于原告", "其所有权自本判决生效之日起属于原告"],
    }


def prior_wordings() -> dict[str, list[str]]:
    """code → every wording rounds 1–4 wrote or could write for it: round 4's table of rounds 1–3, the quoted "after"
    wordings of round 4's records and the alternatives round 4's code can write."""
    out = c4.prior_wordings()
    for r in c4._records(ROUND4 / "expected.jsonl"):
        out.setdefault(r["code"], []).extend(after_wordings(r["description"]))
    for code, ws in round4_code_wordings().items():
        out.setdefault(code, []).extend(w for w in ws if w)
    return out


# ----------------------------------------------------------------------------------------------- item pieces

def period(p) -> str:
    """The period of a read payment item, starting with 于 / 在 (c4.read_pay already adds 于 to a trailing one)."""
    d = p.deadline or ""
    return d if d.startswith(("于", "在")) else "于" + d.lstrip("限")


def noun_total(p) -> str:
    """The noun of a read payment item without a leading 支付的 / 的, keeping a trailing 共计 / 合计 before the amount."""
    tail = next((t for t in ("共计", "合计", "总计") if p.noun.endswith(t)), "")
    return p.body_noun + tail


def role(src: Src, name: str) -> str:
    return c4.role_of(src, name)
