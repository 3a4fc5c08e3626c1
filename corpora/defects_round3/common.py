"""Round-3 helpers on top of corpora.defects / corpora.defects_round2: what rounds 1 and 2 used (their records, the
wordings their code can write, their sources per kind), Chinese lower-case numerals, date helpers and item rewriting."""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re

from corpora.defects.common import ROOT, Src
from corpora.defects.money import add_months

ROUND1 = ROOT / "corpora" / "defects"
ROUND2 = ROOT / "corpora" / "defects_round2"


def _records(path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def prior_records() -> list[dict]:
    """The records of rounds 1 and 2 (corpora/defects and corpora/defects_round2 expected.jsonl)."""
    return _records(ROUND1 / "expected.jsonl") + _records(ROUND2 / "expected.jsonl")


def prior_sources_by_code() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in prior_records():
        out.setdefault(r["code"], set()).add(r["source"])
    return out


def known_defects() -> set[tuple]:
    """(source, code, item_index) of real defects the untouched sources carry (corpora/defects/known-real-defects.json)."""
    path = ROUND1 / "known-real-defects.json"
    if not path.exists():
        return set()
    return {(r["source"], r["code"], r.get("item_index")) for r in json.loads(path.read_text(encoding="utf-8"))}


QUOTE_RE = re.compile(r'"([^"]+)"')


def after_wordings(description: str) -> list[str]:
    """Every quoted wording of a description except the "before" side of an arrow (a quote directly followed by →) and
    what a "Removed …" / "Deleted …" phrase quotes: the replaced wordings, the added items, the inserted reasoning and
    claims sentences."""
    out = []
    for m in QUOTE_RE.finditer(description):
        if re.match(r"\s*→", description[m.end():]) or re.search(r'(Removed|Deleted)[^"]*$', description[:m.start()]):
            continue
        out.append(m.group(1))
    return out


def code_wordings() -> dict[str, list[str]]:
    """Wordings that the code of rounds 1 and 2 can write (alternatives a document did not happen to use), read from
    their modules where they are constants, written out here where they are inline."""
    from corpora.defects import deadlines as d1
    from corpora.defects_round2 import cite as ci2
    from corpora.defects_round2 import deadlines as d2
    from corpora.defects_round2 import unclear as u2

    events1 = [e for _, opts in d1.EVENTS for e in opts] + d1.DEFAULT_EVENTS
    events2 = [e for _, opts in d2.EVENTS for e in opts] + d2.DEFAULT_EVENTS
    vague2 = [w for ws in u2.VAGUE_DEBT.values() for w in ws]
    return {
        "UNC-01": vague2,
        "UNC-02": ["逾期利息", "及利息", "并支付利息", "及相应利息", "及逾期付款损失", "并赔偿逾期付款损失", "及资金占用损失",
                   *u2.PARTIAL, "并支付自逾期之日起的利息", "并支付资金占用费"],
        "UNC-03": ["合同约定利率", "双方约定的利率", "约定利率", "等合理费用", "等相关费用", "等相应的费用", "相应的违约金",
                   *u2.PENALTY_STD, "以实际发生的票据金额为准"] + [f"合理的{n}" for n in u2.FEE_NOUNS],
        "UNC-04": ["年利率36%", "年利率36％", "月利率3%", "月利率3％", "日千分之一", "年利率24%", "年利率24％", *u2.ABOVE_CAP],
        "UNC-10": ["及其配偶", "共同支付", "共同偿还"],
        "UNC-20": ["尽快付清", "及时履行完毕"],
        "UNC-21": events1 + events2,
        "CAL-03": ["共12期", "共10期", "共6期", "分三期履行", "先行支付"],
        "CON-01": ["（大写：", "（大写人民币", "（人民币", "（小写：", "（¥"],
        "CON-02": ["以上共计", "以上款项总计", "两项合计", "三项合计", "四项合计"],
        "CON-03": ["计算至本判决确定的履行期限届满之日止", "计算至本判决确定的履行期届满之日止", "计算至借款实际清偿之日止",
                   "本院酌定计算至本判决生效之日止", "至本判决生效之日止的利息", "支付利息至款项付清之日", "至起诉之日"],
        "CON-05": ["支付上述", "偿还上述", "给付前述", "项所述", "项所涉", "以双方对账确认的", "即双方结算确认的"],
        "CIT-01": ["第二百五十三条", "第二百六十条", "第二百六十四条", "第二百二十九条", "第二百三十二条", "第二百六十五条"],
        "CIT-02": list(ci2.ENFORCE),
        "CIT-03": ["送达之日起十五日内", "送达之日起15内", "送达之日起十日内", "送达之日起二十日内", "送达之日起三十日内"],
        "CIT-04": ["《中华人民共和国合同法》", "《中华人民共和国婚姻法》", "《中华人民共和国民法通则》"]
                  + [f"{law}{art}" for law, art in ci2.REPEALED.values()],
        "EXE-01": ["车辆一辆", "汽车一辆", "教练车一辆", "被继承人的遗物", "库存侵权产品", "设备、工具一批", "清洗设备一批",
                   "个人物品", "寄存的物品"],
        "EXE-02": ["涉案房屋的过户手续", "过户登记至原告名下", "双方共有的林地", "涉案林地", "提供抵押的房屋", "腾退涉案房屋",
                   "搬离并腾退涉案住房", "将涉案房屋交还", "交付涉案在建房屋"],
        "EXE-03": ["双方继续履行", "双方应当继续履行", "继续履行双方签订的", "继续履行与原告", "继续履行其合同义务", "继续履行"],
        "EXE-04": ["的房屋恢复原状", "的妨碍", "恢复涉案土地原状", "恢复土地原状", "受损的车辆", "修复原状"],
        "EXE-05": ["立即停止侵害", "立即停止侵权", "停止侵权行为", "停止侵权", "美术作品著作权的行为", "享有著作权的作品的侵害",
                   "合法权益的行为", "的侵害"],
        "EXE-06": ["每月可探视", "每月探望两次", "可于节假日探视", "具体探视方式由双方协商确定", "正常学习、生活的情况下随时探望"],
        "EXE-07": ["返还车牌号为", "剩余购房款", "产权过户登记手续", "补种", "增值税专用发票", "增值税普通发票"],
        "EXE-08": ["的房屋归原告", "所有权归原告", "享有所有权"],
    }


def prior_wordings() -> dict[str, list[str]]:
    """code → every wording rounds 1 and 2 wrote or could write for it (descriptions' after side plus code lists)."""
    out: dict[str, list[str]] = {}
    for r in prior_records():
        out.setdefault(r["code"], []).extend(after_wordings(r["description"]))
    for code, ws in code_wordings().items():
        out.setdefault(code, []).extend(ws)
    return out


# ----------------------------------------------------------------------------------------------- numerals and dates

LOWER = "零一二三四五六七八九"


def _four_lower(n: int) -> str:
    s, zero, started = "", False, False
    for d, u in zip(f"{n:04d}", ("千", "百", "十", "")):
        d = int(d)
        if d == 0:
            zero = zero or started
            continue
        if zero:
            s += "零"
            zero = False
        s += LOWER[d] + u
        started = True
    return s


def lower_cn(n: int) -> str:
    """An integer amount in Chinese lower-case numerals: 30800 → 三万零八百, 13350 → 一万三千三百五十, 100000 → 十万."""
    assert 0 < n < 100_000_000
    hi, lo = divmod(n, 10_000)
    if hi:
        s = _four_lower(hi) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + _four_lower(lo)
    else:
        s = _four_lower(lo)
    return s[1:] if s.startswith("一十") else s


def month_end(d: dt.date, n: int) -> tuple[int, int, int]:
    y, m = add_months(d, n)
    return y, m, calendar.monthrange(y, m)[1]


def ymd(t: tuple[int, int, int]) -> str:
    return f"{t[0]}年{t[1]}月{t[2]}日"


# ----------------------------------------------------------------------------------------------- party lines, names

def party_prefix(src: Src, role: str) -> tuple[int, int, str] | None:
    """(line start, line end, prefix such as "被告：") of the last party line of a role."""
    ps = src.parties(role)
    if not ps:
        return None
    p = ps[-1]
    ls = src.text.rfind("\n", 0, p.span[0]) + 1
    le = src.text.find("\n", p.span[1])
    return ls, (le if le >= 0 else len(src.text)), src.text[ls:p.span[0]]


def role_word(src: Src, name: str) -> str:
    role = {p.name: p.role for p in src.doc.parties}.get(name)
    return {"plaintiff": "原告", "defendant": "被告"}.get(role, "")
