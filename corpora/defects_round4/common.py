"""Round-4 helpers on top of rounds 1–3: what the earlier rounds used (their records, the wordings their code can write,
their sources per kind), a reader of simple payment items, and the pieces the round-4 structures are built from (the
obligee-first and passive forms, sub-items, numbering of a single item).

Round 3's modules import round 2 under its old name ``corpora.defects_round2``; the package's ``__init__`` maps that name
to ``corpora.defects_round2`` before anything here imports round 3.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from corpora.defects.common import NUM_RE, ROOT, Src, rel
from corpora.defects_round3.common import after_wordings

ROUNDS = {
    1: ROOT / "corpora" / "defects",
    2: ROOT / "corpora" / "defects_round2",
    3: ROOT / "corpora" / "defects_round3",
}


def _records(path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def prior_records() -> list[dict]:
    """The records of rounds 1, 2 and 3 (their expected.jsonl)."""
    out = []
    for n, path in ROUNDS.items():
        recs = _records(path / "expected.jsonl")
        assert recs, f"round {n} has no expected.jsonl at {path}"
        out += recs
    return out


def prior_sources_by_code() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in prior_records():
        out.setdefault(r["code"], set()).add(r["source"])
    return out


def known_defects() -> set[tuple]:
    """(source, code, item_index) of real defects the untouched sources carry (corpora/defects/known-real-defects.json)."""
    path = ROUNDS[1] / "known-real-defects.json"
    if not path.exists():
        return set()
    return {(r["source"], r["code"], r.get("item_index")) for r in json.loads(path.read_text(encoding="utf-8"))}


def round3_code_wordings() -> dict[str, list[str]]:
    """The alternatives round 3's code can write (its constants and the fixed parts of its templates)."""
    from corpora.defects_round3 import cite as ci3
    from corpora.defects_round3 import deadlines as d3
    from corpora.defects_round3 import unclear as u3

    events = [e.replace("被告{d}", "") for _, opts in d3.EVENTS for e in opts] + [e.replace("被告{d}", "") for e in d3.DEFAULT]
    return {
        "UNC-01": ["等上列各项损失", "等前述各项损失", *u3.REFUND_QUAL.values()],
        "UNC-02": ["该款利息由被告", "该笔款项的利息由被告", "另行给付", "一并支付"],
        "UNC-03": [*u3.CAP_STD, *u3.STD.values(), *(v + k for k, v in u3.STD.items())],
        "UNC-04": [u3.LPR5, "贷款市场报价利率的五倍", "年息18%", "年息18％"],
        "UNC-10": ["及担保人", "与其合伙人", "借款的担保人", "的合伙人"],
        "UNC-20": [*d3.AGREED, "于本判决生效后"],
        "UNC-21": events,
        "CAL-03": ["上述款项分三期", "月31日、6月30日、9月30日、12月31日前各支付"],
        "CON-01": ["前述款项大写为人民币"],
        "CON-02": ["以上两项共", "以上三项共", "项款项总计", "一并付清"],
        "CON-03": ["对于原告主张的利息，本院支持计算至本判决作出之日止。", "向原告支付利息至欠款全部还清时止。"],
        "CON-04": ["按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算至实际清偿之日止的利息"],
        "CON-05": ["元部分的诉讼请求"],
        "CIT-01": list(ci3.TRANSPOSED.values()),
        "CIT-02": [ci3.LATE_FEE],
        "CIT-03": ["送达之日起15个工作日内", "本判决宣判之日起15日内"],
        "CIT-04": [ci3.PROPERTY_LAW, ci3.TORT_LAW] + [ci3.PROPERTY_LAW + a for a in ci3.PROPERTY.values()]
                  + [ci3.TORT_LAW + a for a in ci3.TORT.values()],
        "EXE-01": ["财物返还原告", "其扣留的相关证件", "其保管的原告证照"],
        "EXE-02": ["的房屋一套", "林地中原告户应分得的部分"],
        "EXE-03": ["恢复履行与原告", "双方应按约履行各自义务"],
        "EXE-04": ["受损车辆的使用功能", "应当排除妨害，保障原告", "对其房屋的正常使用"],
        "EXE-05": ["停止一切侵权行为", "不得再以任何方式侵害原告"],
        "EXE-06": ["就读的学校探望原告", "原告的监护人应当予以协助"],
        "EXE-07": ["房屋的房产证书返还被告"],
        "EXE-08": ["间房屋归原告"],
    }


def prior_wordings() -> dict[str, list[str]]:
    """code → every wording rounds 1–3 wrote or could write for it: the quoted "after" wordings of their records, the
    alternatives the code of rounds 1 and 2 can write (round 3's list of them) and round 3's own alternatives."""
    from corpora.defects_round3.common import code_wordings

    out: dict[str, list[str]] = {}
    for r in prior_records():
        out.setdefault(r["code"], []).extend(after_wordings(r["description"]))
    for table in (code_wordings(), round3_code_wordings()):
        for code, ws in table.items():
            out.setdefault(code, []).extend(ws)
    return out


# ----------------------------------------------------------------------------------------------- simple payment items

VERBS = ("偿还", "归还", "返还", "退还", "支付", "给付", "赔偿", "偿付", "清偿")
_VERB = "|".join(VERBS)


@dataclass
class Pay:
    """A payment item with one obligor, one obligee and one amount, taken apart."""
    it: object
    nm: str  # the item number with its separator ("一、") or ""
    who: str
    to: str
    who_role: str  # 被告 / 原告 / ""
    to_role: str
    verb: str
    noun: str  # what is paid, as written between the obligee and the amount ("借款本金", "房屋租金等费用合计")
    amount: str  # the amount as written
    value: object
    deadline: str | None  # the period as written, or None
    end: str  # the closing punctuation of the item ("。", "；" or "")

    @property
    def body_noun(self) -> str:
        """The noun without a leading 支付的 / 的 and a trailing 合计 / 共计."""
        n = re.sub(r"^(其|已|所)?(支付的|交纳的|的)", "", self.noun)
        return re.sub(r"(合计|共计|总计)$", "", n)


def role_of(src: Src, name: str) -> str:
    role = {p.name: p.role for p in src.doc.parties}.get(name)
    return {"plaintiff": "原告", "defendant": "被告"}.get(role, "")


def read_pay(src: Src, it) -> Pay | None:
    """Take a simple payment item apart, or None: one obligation with one obligor and one obligee, one amount, no
    interest, no instalments; the obligor first, then the period (or the period after the amount), the verb, the
    obligee and the noun."""
    if len(it.amounts) != 1 or it.interest or len(it.obligations) != 1 or "每月" in it.text:
        return None
    ob = it.obligations[0]
    if len(ob.obligors) != 1 or len(ob.obligees) != 1 or (it.deadline and it.deadline.instalments):
        return None
    t = it.text
    num = NUM_RE.match(t)
    nm = num.group(0) if num else ""
    end = t[-1] if t.endswith(("。", "；")) else ""
    core = t[:len(t) - len(end)]
    who, to = ob.obligors[0], ob.obligees[0]
    a = it.amounts[0]
    s, e = rel(it, a.span)
    dl = it.deadline
    ds, de = rel(it, dl.span) if dl else (None, None)
    head = core[len(nm):]
    m = re.match(rf"^(?:由|限)?(?:被告|原告)?{re.escape(who)}", head)
    if not m:
        return None
    pos = len(nm) + m.end()
    seg = core[pos:s]
    tail = core[e:]
    deadline = None
    if dl and dl.text != "立即" and ds is not None:
        if pos <= ds and de <= s:
            if not seg.startswith(core[ds:de]) and not seg.startswith("应" + core[ds:de]):
                return None
            seg = seg[seg.find(core[ds:de]) + (de - ds):]
            deadline = core[ds:de]
        elif ds >= e:
            mt = re.fullmatch(r"，(?:款)?(?:限)?(?:当事人)?(?:在|于)?(.*?)(?:付清|履行完毕|给付完毕|支付完毕|偿还完毕)?", tail)
            if not mt or core[ds:de] not in tail:
                return None
            deadline = core[ds:de]
            if not deadline.startswith(("于", "在", "限")):
                deadline = "于" + deadline.lstrip("限")
            tail = ""
        else:
            return None
    elif dl and dl.text == "立即":
        return None
    if tail:
        return None
    mv = re.fullmatch(rf"(?:应)?(?:向(?:原告|被告)?{re.escape(to)})?(?P<verb>{_VERB})(?:原告|被告)?(?:{re.escape(to)})?(?P<noun>.*)",
                      seg)
    if not mv or to not in seg or not mv.group("noun"):
        return None
    noun = mv.group("noun")
    if not re.search(r"(款|金|费|费用|损失|报酬|本金|债权|租金|合计|共计)$", noun):
        return None
    return Pay(it=it, nm=nm, who=who, to=to, who_role=role_of(src, who), to_role=role_of(src, to), verb=mv.group("verb"),
               noun=noun, amount=a.text, value=a.value, deadline=deadline, end=end)


def pays(src: Src):
    for it in src.clean_money_items():
        p = read_pay(src, it)
        if p:
            yield p


def numbered(src: Src, it) -> str:
    """The number to write before an item that gets sub-items: its own, or 一、 for a single unnumbered item."""
    num = NUM_RE.match(it.text)
    if num:
        return num.group(0)
    return "一、" if len(src.items) == 1 else ""


def province(src: Src) -> str | None:
    head = src.text.split("\n", 1)[0]
    m = re.match(r"^([\u4e00-\u9fa5]{2,3}(?:省|自治区)|北京市|上海市|天津市|重庆市)", head)
    if m:
        return m.group(1)
    m = re.match(r"^(杭州|宁波|温州)市", head)
    return "浙江省" if m else None


# the intermediate courts of the small-claims courts of the corpus (the appeal court of a 判决 that is in fact final)
APPEAL_COURT = {
    "广东省龙门县人民法院": "广东省惠州市中级人民法院", "浙江省永康市人民法院": "浙江省金华市中级人民法院",
    "吉林省德惠市人民法院": "吉林省长春市中级人民法院", "上海市松江区人民法院": "上海市第一中级人民法院",
    "上海市崇明区人民法院": "上海市第二中级人民法院", "浙江省义乌市人民法院": "浙江省金华市中级人民法院",
    "浙江省嵊州市人民法院": "浙江省绍兴市中级人民法院", "云南省宾川县人民法院": "云南省大理白族自治州中级人民法院",
    "杭州市钱塘区人民法院": "浙江省杭州市中级人民法院", "浙江省瑞安市人民法院": "浙江省温州市中级人民法院",
}


def court(src: Src) -> str:
    return src.text.split("\n", 1)[0].strip()
