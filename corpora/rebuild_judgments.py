#!/usr/bin/env python3
"""Rebuild full first-instance civil judgments (民事判决书) from labelled fields, with gold structure.

Input : /work/shared/corpora/judgments-structured.jsonl (50 real 2023 civil first-instance judgments, split into
        labelled fields by the SimuCourt data set; see /work/shared/corpora/PROVENANCE.md).
Output: corpora/rebuilt/<id>.txt            one paragraph per line, UTF-8, "\\n" line ends
        corpora/gold/structure/<id>.json    section snippets, 主文 items, parties (computed from what was written)

The wording of claims, defence, facts, reasoning, cited articles and 主文 items is the record's own. The layout, the
立案 and judgment dates, the procedure, the costs sentence, the appeal sentence and the signature names are synthetic.
Deterministic: every record gets its own random.Random seeded with SEED and its id. Standard library only.

Run from the repository root:  python corpora/rebuild_judgments.py
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

SEED = "zhixing-rebuild-judgments-v1"
SOURCE = Path("/work/shared/corpora/judgments-structured.jsonl")
ROOT = Path(__file__).resolve().parent.parent
OUT_TXT = ROOT / "corpora" / "rebuilt"
OUT_GOLD = ROOT / "corpora" / "gold" / "structure"

# the sections a first-instance judgment can be expected to have (docs/sections.md names, document order); an absent
# one is listed in "missing". lower_court (second instance only) and appendix (optional) are not expected.
EXPECTED_SECTIONS = ["header", "parties", "procedural_history", "claims", "defence", "facts", "reasoning",
                     "legal_basis", "operative", "delay_interest", "costs", "appeal_notice", "finality", "signature"]

NONE = "无"

# --------------------------------------------------------------------------------------------------------------------
# Geography: 案号 court code (province abbreviation + 2-digit city code) -> province, city; used for missing court
# names and for the 上诉 court. Only the codes occurring in the input are listed; a missing one fails loudly.
PROVINCES = {"浙": "浙江省", "云": "云南省", "粤": "广东省", "鲁": "山东省", "豫": "河南省", "吉": "吉林省",
             "沪": "上海市", "陕": "陕西省", "青": "青海省", "甘": "甘肃省", "苏": "江苏省", "辽": "辽宁省"}
CITIES = {
    "浙01": "杭州市", "浙02": "宁波市", "浙03": "温州市", "浙04": "嘉兴市", "浙06": "绍兴市", "浙07": "金华市",
    "浙09": "舟山市", "云01": "昆明市", "云04": "玉溪市", "云29": "大理白族自治州", "粤13": "惠州市",
    "鲁09": "泰安市", "鲁13": "临沂市", "豫10": "许昌市", "吉01": "长春市", "吉05": "通化市", "陕05": "渭南市",
    "陕08": "榆林市", "青01": "西宁市", "青02": "海东市", "甘08": "平凉市", "甘09": "酒泉市", "苏04": "常州市",
    "辽04": "抚顺市", "辽05": "本溪市",
}
# Shanghai: 上诉 court by district code
SHANGHAI_UPPER = {"0112": "上海市第一中级人民法院", "0117": "上海市第一中级人民法院", "0151": "上海市第二中级人民法院"}
# courts for records whose 法院 field is 无, from the 案号 code (administrative division code of the court's seat)
COURT_BY_CODE = {
    "甘0826": "甘肃省静宁县人民法院",      # 620826 静宁县 (平凉市); the facts name 静宁县细巷镇
    "浙0112": "浙江省杭州市临安区人民法院",  # 330112
    "浙0114": "杭州市钱塘区人民法院",        # 330114; written as the other 钱塘区 records give it
    "吉0502": "吉林省通化市东昌区人民法院",  # 220502; the facts name 通化市
    "浙0902": "浙江省舟山市定海区人民法院",  # 330902; as sc1-063 gives it
    "浙0109": "浙江省杭州市萧山区人民法院",  # 330109
    "浙0381": "浙江省瑞安市人民法院",        # 330381 (温州市)
}

SURNAMES = list("张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段")

CN_DIGITS = "〇一二三四五六七八九"

ORG_MARKERS = ("公司", "银行", "厂", "中心", "合作社", "委员会", "医院", "店", "局", "办事处", "俱乐部", "企业", "学校",
               "协会", "站", "所", "社", "部", "院", "行")

PAY_VERBS = "支付|偿还|归还|给付|赔偿|返还|退还|偿付|付清"
MONEY_RE = re.compile(r"(\d[\d,，]*(?:\.\d+)?)(万)?元")


# --------------------------------------------------------------------------------------------------------------------
# small helpers

def clean(s: str) -> str:
    return (s or "").strip().strip("\t").strip()


def is_none(s: str) -> bool:
    return clean(s) in ("", NONE)


def split_outside_parens(s: str, seps: str) -> list[str]:
    """Split on any character of seps that is not inside （）/()."""
    out, buf, depth = [], "", 0
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        if ch in seps and depth == 0:
            out.append(buf)
            buf = ""
        else:
            buf += ch
    out.append(buf)
    return [x.strip() for x in out if x.strip()]


def party_list(field: str) -> list[dict]:
    """'A、B' / 'A，B' / 'B（系被告A之父）' -> [{'name', 'note'}]; the note is a parenthetical that is no part of the name."""
    if is_none(field):
        return []
    out = []
    for chunk in split_outside_parens(clean(field), "、，,；;"):
        m = re.match(r"^(.*?)[（(](.*)[）)]$", chunk)
        if m and m.group(1):
            out.append({"name": m.group(1).strip(), "note": m.group(2).strip()})
        else:
            out.append({"name": chunk, "note": ""})
    return out


def agent_list(field: str) -> list[str]:
    """'黄晨骞、张军，浙江月泉律师事务所执业律师' -> ['黄晨骞，浙江月泉律师事务所执业律师', '张军，浙江…']"""
    if is_none(field):
        return []
    out = []
    for chunk in split_outside_parens(clean(field), "；;\n"):
        if "，" in chunk:
            names, desc = chunk.split("，", 1)
        else:
            names, desc = chunk, ""
        for n in split_outside_parens(names, "、"):
            out.append(n + ("，" + desc if desc else ""))
    return out


def is_org(name: str) -> bool:
    return len(name) > 4 and any(m in name for m in ORG_MARKERS)


def join_names(names: list[str]) -> str:
    return "、".join(names)


def to_amount(num: str, wan: str | None) -> Decimal:
    v = Decimal(num.replace(",", "").replace("，", ""))
    return v * 10000 if wan else v


def amounts(text: str) -> list[Decimal]:
    out = []
    for m in MONEY_RE.finditer(text):
        try:
            out.append(to_amount(m.group(1), m.group(2)))
        except Exception:  # noqa: BLE001 - a malformed number is simply not an amount
            pass
    return out


def ends_sentence(line: str) -> str:
    """Give a paragraph a sentence end (the source often drops the final 。)."""
    line = line.rstrip()
    if not line:
        return line
    if line[-1] in "；，、":
        return line[:-1] + "。"
    if line[-1] in "。！？：" or line.endswith(("。”", "。）", "。」", "！”", "？”")):
        return line
    return line + "。"


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in clean(text).replace("\r", "").split("\n") if p.strip()]


def cn_num(n: int) -> str:
    """1..31 -> 一 … 三十一"""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + ("" if ones == 0 else CN_DIGITS[ones])


def cn_date(d: dt.date, zero: str) -> str:
    year = "".join(CN_DIGITS[int(c)] for c in str(d.year)).replace("〇", zero)
    return f"{year}年{cn_num(d.month)}月{cn_num(d.day)}日"


def ar_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


DATE_RE = re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日")


def dates_in(text: str) -> list[dt.date]:
    out = []
    for m in DATE_RE.finditer(text):
        try:
            out.append(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            pass
    return out


def fmt_money(v: Decimal) -> str:
    v = v.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if v == v.to_integral_value():
        return str(int(v))
    return f"{v:.2f}".rstrip("0")


def property_fee(x: Decimal) -> Decimal:
    """诉讼费用交纳办法 第十三条第一项, cumulative slices, rounded to the yuan."""
    brackets = [(Decimal(10000), None), (Decimal(100000), Decimal("0.025")), (Decimal(200000), Decimal("0.02")),
                (Decimal(500000), Decimal("0.015")), (Decimal(1000000), Decimal("0.01")),
                (Decimal(2000000), Decimal("0.009")), (Decimal(5000000), Decimal("0.008")),
                (Decimal(10000000), Decimal("0.007")), (Decimal(20000000), Decimal("0.006"))]
    fee, lower = Decimal(50), Decimal(10000)
    if x > lower:
        for upper, rate in brackets[1:]:
            part = min(x, upper) - lower
            if part <= 0:
                break
            fee += part * rate
            lower = upper
        if x > Decimal(20000000):
            fee += (x - Decimal(20000000)) * Decimal("0.005")
    return fee.quantize(Decimal(1), rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------------------------------------------------
# court, 案号, upper court

PROV_NAMES = tuple(PROVINCES.values()) + ("江苏省", "广东省")


def court_name(raw: str, case_no: str) -> tuple[str, str]:
    """-> (court as written, note). Strips junk before a province name; derives a missing court from the 案号."""
    raw = clean(raw)
    if is_none(raw):
        code = case_code(case_no)
        return COURT_BY_CODE[code], f"法院 field 无; court derived from 案号 code {code}"
    for p in PROV_NAMES:
        i = raw.find(p)
        if i > 0:
            return raw[i:], f"junk prefix {raw[:i]!r} removed from 法院"
    return raw, ""


def case_code(case_no: str) -> str:
    m = re.search(r"[)）]\s*([\u4e00-\u9fa5])(\d{4})", case_no)
    if not m:
        raise ValueError(f"no court code in {case_no!r}")
    return m.group(1) + m.group(2)


def upper_court(case_no: str) -> str:
    code = case_code(case_no)
    prov = code[0]
    if prov == "沪":
        return SHANGHAI_UPPER[code[1:]]
    city = CITIES.get(code[:3])
    if city is None:
        return "…中级人民法院"
    return f"{PROVINCES[prov]}{city}中级人民法院"


def swap_brackets(case_no: str) -> str:
    if "（" in case_no:
        return case_no.replace("（", "(").replace("）", ")")
    return case_no.replace("(", "（").replace(")", "）")


# --------------------------------------------------------------------------------------------------------------------
# legal basis

LAW_ITEM_RE = re.compile(r"^(《[^》]+》)(.*)$")


def legal_basis_text(laws: list[str], rng: random.Random) -> str:
    items = []
    for law in laws:
        law = clean(law).replace("<", "〈").replace(">", "〉")
        m = LAW_ITEM_RE.match(law)
        if not m:
            items.append(("", law))
            continue
        name, art = m.group(1), m.group(2).strip()
        if art and not art.startswith("第"):
            art = "第" + art          # 《…民法典》五百四十五条 -> 第五百四十五条
        if (name, art) not in items:
            items.append((name, art))
    collapse = rng.random() < 0.65
    if collapse:
        groups: list[tuple[str, list[str]]] = []
        for name, art in items:
            if groups and groups[-1][0] == name:
                groups[-1][1].append(art)
            else:
                groups.append((name, [art]))
        sep = rng.choice(["，", "，", "；", "、"])
        body = sep.join(name + "、".join(arts) for name, arts in groups)
    else:
        body = "、".join(name + art for name, art in items)
    return f"依照{body}之规定，判决如下："


# --------------------------------------------------------------------------------------------------------------------
# one record

class Builder:
    """Collects lines and the character span of every section."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.spans: dict[str, list[int]] = {}
        self.order: list[str] = []

    @property
    def pos(self) -> int:
        return sum(len(x) + 1 for x in self.lines)

    def add(self, section: str, line: str, *, same_line: bool = False) -> None:
        """Append a paragraph (or, with same_line, text to the last paragraph) belonging to section."""
        assert line and line == line.strip(), (section, line)
        if same_line:
            start = self.pos - 1
            self.lines[-1] += line
        else:
            start = self.pos
            self.lines.append(line)
        end = start + len(line)
        if section not in self.spans:
            self.spans[section] = [start, end]
            self.order.append(section)
        else:
            assert self.order[-1] == section, f"section {section} is not contiguous"
            self.spans[section][1] = end

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def snippet_first(text: str, start: int, end: int) -> str:
    out = ""
    for ch in text[start:min(end, start + 12)]:
        if ch.isspace():
            break
        out += ch
    return out


def snippet_last(text: str, start: int, end: int, size: int = 12) -> str:
    out = ""
    i = end - 1
    while i >= max(start, end - size) and not text[i].isspace():
        out = text[i] + out
        i -= 1
    return out


def resolving_last(text: str, start: int, end: int) -> str:
    """The shortest suffix of at most 12 characters, or longer only where a 12-character one occurs earlier in the
    section (a checker takes the first occurrence after the section's start)."""
    size = 12
    while True:
        last = snippet_last(text, start, end, size)
        if text.find(last, start) + len(last) == end or len(last) < size:
            return last
        size += 1


def title_cause(title: str, names: list[str]) -> str:
    t = re.sub(r"(民事)?一审民事判决书$", "", clean(title))
    changed = True
    while changed:
        changed = False
        for n in sorted(names, key=len, reverse=True):
            if n and t.startswith(n):
                t = t[len(n):]
                changed = True
        for sep in ("、", "与", "等", "诉"):
            if t.startswith(sep):
                t = t[len(sep):]
                changed = True
    return t if re.search(r"(纠纷|争议)$", t) else ""


FACT_LEADS = ("经审理查明", "本院经审理查明", "本院查明", "本院经审理认定事实如下", "本院审理认定事实如下",
              "本院认定事实如下", "经审理认定事实如下", "本院经审理认定")
EVIDENCE_LINE = re.compile(r"^原告\S{0,30}?为(支持|证明)其(诉讼请求|主张)")
FILING_RE = re.compile(r"(20\d\d年\d{1,2}月\d{1,2}日)[^。；]{0,20}?(诉至本院|向本院提起诉讼|向本院起诉|提起本案诉讼|诉至法院)")


def build(rec: dict, rng: random.Random) -> tuple[str, dict, list[str]]:
    f = rec["fields"]
    rid = rec["id"]
    notes: list[str] = []
    b = Builder()

    plaintiffs = party_list(f["原告（公诉）"])
    defendants = party_list(f["被告"])
    p_names = [p["name"] for p in plaintiffs]
    d_names = [d["name"] for d in defendants]
    P, D = join_names(p_names), join_names(d_names)

    cause = title_cause(f["案件名"], p_names + d_names) or clean(f["案由"])
    if cause != clean(f["案由"]):
        notes.append(f"案由 taken from the title ({cause}) instead of the 案由 field ({clean(f['案由'])})")

    laws = [f.get(f"引用法律条文{i}", NONE) for i in range(1, 12)]
    laws = [clean(x) for x in laws if not is_none(x)]
    law_blob = "".join(laws)
    small_claims = bool(re.search(r"民事诉讼法》第一百六十五条", law_blob))
    default_cited = "民事诉讼法》第一百四十七条" in law_blob

    claims_raw = clean(f["原告诉请判令（公诉机关指控）"])
    defence_raw = "" if is_none(f["被告陈述"]) else clean(f["被告陈述"])
    if not is_none(f["被告代理人辩护"]):
        defence_raw = (defence_raw + "\n" + clean(f["被告代理人辩护"])).strip()
    facts_raw = clean(f["基本案情"])
    reason_raw = clean(f["法院意见"])
    all_text = "\n".join([claims_raw, defence_raw, facts_raw, reason_raw])

    # ---- operative items (exactly as given) and a 民事结果 that is really the costs sentence
    items = [clean(f.get(f"民事结果{i}", NONE)) for i in (1, 2, 3)]
    items = [x for x in items if not is_none(x)]
    record_costs = None
    for x in list(items):
        if re.match(r"^(本案)?(案件)?受理费", x):
            record_costs = x
            items.remove(x)
            notes.append("a 民事结果 item is the costs sentence; written as the costs section")
    item_text = "\n".join(items)

    # ---- dates
    pub_raw = clean(f["发布时间"])
    pub = dt.date.fromisoformat(pub_raw) if not is_none(pub_raw) else None
    case_year = int(re.search(r"(20\d\d)", f["案号"]).group(1))
    explicit_filing = None
    for m in FILING_RE.finditer(claims_raw + "\n" + facts_raw):
        d = dates_in(m.group(1))
        if d and d[0].year == case_year:     # an earlier suit (e.g. 2022) is not this case's 立案
            explicit_filing = d[0]
    if explicit_filing is None and re.search(r"(起诉|诉讼)之日起", claims_raw):
        m = re.search(r"[自从](20\d\d年\d{1,2}月\d{1,2}日)起", item_text)
        if m and dates_in(m.group(1))[0].year == case_year:
            explicit_filing = dates_in(m.group(1))[0]
            notes.append("立案 date taken from the interest start date that the claim calls 起诉之日")
    if explicit_filing:
        notes.append(f"立案 date {explicit_filing} from the record")
    horizon = pub or dt.date(2024, 1, 15)
    known = [d for d in dates_in(all_text + "\n" + item_text) if d <= horizon and d.year >= 2000]
    latest = max(known) if known else dt.date(2023, 6, 1)
    if pub:
        j = pub - dt.timedelta(days=rng.randint(0, 6))
    else:
        # the published records run from late October 2023 to mid-January 2024; keep these in the same window
        lo = max(latest + dt.timedelta(days=10), dt.date(2023, 10, 20))
        if explicit_filing:
            lo = max(lo, explicit_filing + dt.timedelta(days=15))
        if re.search(r"2024年\d{1,2}月起", item_text):      # a monthly payment starting next January
            lo = max(lo, dt.date(2023, 12, 1))
        hi = max(lo, dt.date(2023, 12, 29))
        j = lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))
        notes.append("发布时间 无; judgment date derived from the dates in the record")
    j = max(j, latest + dt.timedelta(days=2))
    if explicit_filing:
        j = max(j, explicit_filing + dt.timedelta(days=8))
    while j.weekday() >= 5 and j - dt.timedelta(days=1) > latest:   # courts rarely date a judgment on a weekend
        j -= dt.timedelta(days=1)

    # ---- procedure
    claim_part = re.split(r"事实(和|与|及)理由", claims_raw)[0]
    claim_amounts = amounts(claim_part)
    claim_max = max(claim_amounts) if claim_amounts else None
    publication = "公告费" in claims_raw and "如有" not in claims_raw
    if small_claims:
        procedure = "small"
    elif publication or (claim_max and claim_max > 1000000) or (explicit_filing and (j - explicit_filing).days > 95):
        procedure = "ordinary"
    else:
        procedure = "ordinary" if rng.random() < 0.25 else "simple"
    if explicit_filing:
        filing = explicit_filing
    else:
        lo, hi = {"small": (18, 50), "simple": (25, 80), "ordinary": (60, 150)}[procedure]
        if publication:
            lo, hi = 100, 160           # 公告送达 alone takes thirty days
        filing = j - dt.timedelta(days=rng.randint(lo, hi))
        # the events told in the claims, defence and facts happened before the suit was filed
        told = [d for d in dates_in("\n".join([claims_raw, defence_raw, facts_raw])) if d < j - dt.timedelta(days=12)]
        if told and max(told) >= filing:
            filing = max(told) + dt.timedelta(days=rng.randint(1, 5))
        filing = max(filing, dt.date(case_year, 1, 3))      # the 案号 year is the 立案 year
        # a contract declared 解除 on a date (the day the complaint was served) was sued on before that date
        dissolved = [d for m in re.finditer(r"于(20\d\d年\d{1,2}月\d{1,2}日)解除", item_text) for d in dates_in(m.group(1))]
        if dissolved and filing >= min(dissolved):
            filing = min(dissolved) - dt.timedelta(days=rng.randint(7, 25))
            notes.append("立案 date placed before the 解除 date the 主文 gives")
    proc_name = {"small": "小额诉讼程序", "simple": "简易程序", "ordinary": "普通程序"}[procedure]

    # ---- who appeared
    defence_lines = paragraphs(defence_raw) if defence_raw else []
    named_in_defence = [n for n in d_names if any(re.match(rf"^(被告)?{re.escape(n)}辩称", x) for x in defence_lines)]
    if defence_lines:
        absent = []
        if default_cited and len(d_names) > 1:
            absent = [n for n in d_names if n not in named_in_defence and len(named_in_defence) > 0]
    else:
        # no defence in the record: the defendant did not appear (147 is cited in most of these records)
        absent = list(d_names)
    present_d = [n for n in d_names if n not in absent]

    # ================================================================ header
    court, note = court_name(f["法院"], f["案号"])
    if note:
        notes.append(note)
    b.add("header", court)
    b.add("header", rng.choice(["民事判决书", "民事判决书", "民事判决书", "民 事 判 决 书", "民 事 判 决 书"]))
    case_no = clean(f["案号"])
    if rng.random() < 0.15:
        case_no = swap_brackets(case_no)
    b.add("header", case_no)

    # ================================================================ parties
    colon = rng.choices(["：", "", ":"], weights=[80, 12, 8])[0]
    agents = agent_list(f["原告代理人"])
    d_agents = agent_list(f["代理人"])
    d_info = "" if is_none(f["被告基本情况"]) else clean(f["被告基本情况"])

    def party_line(role: str, p: dict, extra: str = "") -> str:
        sep = colon
        name = p["name"]
        line = f"{role}{sep}{name}"
        if p["note"]:
            if p["note"].startswith(("以下简称", "下称")):
                line += f"（{p['note']}）"
            else:
                line += f"，{p['note']}"
        if extra:
            line += "，" + extra.rstrip("。")
        return line + "。"

    for i, p in enumerate(plaintiffs):
        b.add("parties", party_line("原告", p))
        if i == 0:
            for a in agents:
                b.add("parties", f"委托诉讼代理人{colon or '：'}{a.rstrip('。')}。")
    for i, d in enumerate(defendants):
        b.add("parties", party_line("被告", d, d_info if (i == 0 and len(defendants) == 1) else ""))
        if i == 0:
            for a in d_agents:
                b.add("parties", f"委托诉讼代理人{colon or '：'}{a.rstrip('。')}。")

    # ================================================================ procedural history
    verb = rng.choice(["与", "与", "与", "诉"])
    lian = rng.choice(["立案后", "立案后", "立案受理后", "受理后"])
    if procedure == "ordinary":
        how = "依法适用普通程序，组成合议庭，公开开庭进行了审理"
    else:
        how = f"依法适用{proc_name}，公开开庭进行了审理"
    hearing = None
    if rng.random() < 0.35:
        span_days = max(1, (j - filing).days - 3)
        hearing = filing + dt.timedelta(days=rng.randint(max(1, span_days // 2), span_days))
        how = how.replace("公开开庭", f"于{ar_date(hearing)}公开开庭")
    att = []
    p_att = f"原告{P}"
    if agents:
        an = join_names([a.split("，")[0] for a in agents])
        p_att = rng.choice([f"原告{P}的委托诉讼代理人{an}", f"原告{P}及其委托诉讼代理人{an}"])
    if present_d:
        att.append(f"{p_att}、被告{join_names(present_d)}到庭参加诉讼")
    else:
        att.append(f"{p_att}到庭参加诉讼")
    if absent:
        if publication:
            att.append(f"被告{join_names(absent)}经本院公告送达开庭传票，无正当理由拒不到庭参加诉讼，本院依法缺席审理")
        else:
            att.append(rng.choice([f"被告{join_names(absent)}经本院传票传唤，无正当理由拒不到庭参加诉讼，本院依法缺席审理",
                                   f"被告{join_names(absent)}经本院合法传唤，无正当理由未到庭参加诉讼，本院依法缺席审理"]))
    history = (f"原告{P}{verb}被告{D}{cause}一案，本院于{ar_date(filing)}{lian}，{how}。"
               + "，".join(att) + "。本案现已审理终结。")
    b.add("procedural_history", history)

    # ================================================================ claims
    fact_lines = paragraphs(facts_raw)
    m_mid = re.search(r"。(经审理查明|本院经审理查明)，", fact_lines[0])
    if m_mid and not re.search(r"事实(和|与|及)理由", claims_raw) and is_none(f["原告陈述"]):
        # the plaintiff's narrative precedes the court's findings in 基本案情: it is the 事实和理由 of the claims
        f = dict(f)
        f["原告陈述"] = fact_lines[0][:m_mid.start() + 1]
        fact_lines[0] = fact_lines[0][m_mid.start() + 1:]
        notes.append("基本案情 opened with the plaintiff's narrative before 经审理查明; moved to 事实和理由")
    claim_lines = paragraphs(claims_raw)
    evidence_lines: list[str] = []
    for k, line in enumerate(claim_lines):
        if k > 0 and EVIDENCE_LINE.match(line):
            evidence_lines = claim_lines[k:]
            claim_lines = claim_lines[:k]
            notes.append("evidence list inside the claims field moved to the start of the facts")
            break
    first = claim_lines[0]
    lead = rng.choice([f"原告{P}向本院提出诉讼请求：", f"原告{P}向本院提出诉讼请求：", f"原告{P}向本院提出诉讼请求：",
                       f"原告{P}起诉请求："])
    m_proc = re.match(r"^原告\S*?(与|诉)被告\S*?一案，.*?(请求判令|诉请|请求)：(.*)$", first)
    m_own = re.match(r"^(原告)?(\S{1,30}?)向本院提出诉讼请求", first)
    if m_proc:          # '原告X与被告Y…一案，于…诉至本院，请求判令：…'
        first = lead + m_proc.group(3)
        notes.append("claim text began with its own procedural lead-in; replaced by the standard lead")
    elif first.startswith("原告的诉讼请求为："):
        first = lead + first[len("原告的诉讼请求为："):]
        notes.append("claim lead '原告的诉讼请求为：' replaced by the standard lead")
    elif m_own:
        if not first.startswith("原告"):
            first = "原告" + first     # '宦大为向本院提出诉讼请求' -> '原告宦大为向本院…'
        notes.append("claim text already had its own lead-in; kept")
    else:
        body = re.sub(r"^请求(?=判令|依法|法院|人民法院)", "", first)
        first = lead + body
    claim_lines[0] = first
    if not is_none(f["原告陈述"]):
        claim_lines.append("事实和理由：" + clean(f["原告陈述"]))
    claim_lines[-1] = ends_sentence(claim_lines[-1])
    for line in claim_lines:
        b.add("claims", line)

    # ================================================================ defence
    if defence_lines:
        if defence_lines[0].startswith("、"):
            defence_lines[0] = "1" + defence_lines[0]
            notes.append("defence text began with '、' (lost '1'); restored")
        others_named = [n for n in d_names if any(re.match(rf"^(被告)?{re.escape(n)}辩称", x) for x in defence_lines[1:])]
        first_def = defence_lines[0]
        silent: list[str] = []
        if not re.match(r"^(被告)?\S{1,40}?(辩称|答辩称|答辩)", first_def[:45]):
            speakers = [n for n in d_names if n not in others_named] or d_names
            if len(speakers) > 1 and not re.search(r"[二两各]被告|被告等|被告均", defence_raw):
                # one unnamed statement and several defendants: the first answers; the others filed none
                speakers, silent = speakers[:1], speakers[1:]
                notes.append("defence names no speaker; attributed to the first defendant")
            punct = "：" if re.match(r"^(一、|1[、．.])", first_def) else rng.choice(["，", "，", "："])
            defence_lines[0] = f"被告{join_names(speakers)}辩称{punct}{first_def}"
        elif not first_def.startswith("被告"):
            defence_lines[0] = "被告" + first_def
        if silent:
            defence_lines[-1] = ends_sentence(defence_lines[-1])
            defence_lines.append(f"被告{join_names(silent)}未提交书面答辩意见。")
        defence_lines = [ends_sentence(x) if k == len(defence_lines) - 1 else x for k, x in enumerate(defence_lines)]
        for line in defence_lines:
            b.add("defence", line)
    else:
        who = join_names(d_names)
        if re.search(r"被告[^。，]{0,12}(提出|辩称|抗辩)", facts_raw + reason_raw):
            # the facts show the defendant raising a point (in writing): do not say it never answered
            s = f"被告{who}经本院合法传唤，无正当理由未到庭参加诉讼。"
        elif absent and publication:
            s = f"被告{who}经本院公告送达起诉状副本及开庭传票，未到庭参加诉讼，亦未提交书面答辩意见。"
        elif absent:
            s = rng.choice([f"被告{who}未到庭参加诉讼，亦未提交书面答辩意见。",
                            f"被告{who}经本院合法传唤，无正当理由未到庭参加诉讼，亦未提交书面答辩意见。",
                            f"被告{who}未作答辩。",
                            f"被告{who}未到庭应诉，亦未提交答辩意见。"])
        else:
            s = rng.choice([f"被告{who}未作答辩。", f"被告{who}未提交书面答辩意见。"])
        b.add("defence", s)

    # ================================================================ facts
    if fact_lines and fact_lines[0].startswith("院经审理"):
        fact_lines[0] = "本" + fact_lines[0]
        notes.append("facts began with '院经审理…' (lost '本'); restored")
    for line in evidence_lines:
        b.add("facts", line)
    has_lead = fact_lines and fact_lines[0].startswith(FACT_LEADS)
    evidence_first = fact_lines and re.match(r"^(原告|被告)\S{0,10}?(提供|提交)的证据", fact_lines[0])
    if not has_lead and not evidence_first:
        lead = rng.choice(["本院经审理认定事实如下：", "经审理查明：", "本院经审理查明：", "经审理查明，",
                           "本院认定事实如下："])
        if fact_lines[0].endswith("：") or len(fact_lines[0]) < 15 or rng.random() < 0.2:
            fact_lines.insert(0, lead if lead.endswith("：") else "经审理查明：")    # lead-in on its own line
        else:
            fact_lines[0] = lead + fact_lines[0]
    fact_lines[-1] = ends_sentence(fact_lines[-1])
    for line in fact_lines:
        b.add("facts", line)

    # ================================================================ reasoning
    if reason_raw == facts_raw:
        reason_lines = [SYNTHETIC_REASONING[rid]]
        notes.append("法院意见 is a copy of 基本案情; reasoning written synthetically from the facts")
    else:
        reason_lines = paragraphs(reason_raw)
        r0 = reason_lines[0]
        if r0.startswith("本院经审理认定："):
            r0 = "本院认为，" + r0[len("本院经审理认定："):]
            notes.append("法院意见 began with '本院经审理认定：' and repeats the facts; lead changed to 本院认为")
        elif not r0.startswith("本院认为"):
            r0 = "本院认为，" + r0
        reason_lines[0] = r0
    if any("〈" in x for x in reason_lines) and not any("〉" in x for x in reason_lines):
        reason_lines = [x.replace("〈", "") for x in reason_lines]     # stray unmatched brackets in the source
        notes.append("unmatched '〈' characters removed from 法院意见")
    for real, anon in REAL_NAME_FIXES.get(rid, []):
        reason_lines = [x.replace(real, anon) for x in reason_lines]
        notes.append(f"a real name left unmasked in 法院意见 replaced by {anon}")
    reason_lines[-1] = ends_sentence(reason_lines[-1])
    for line in reason_lines:
        b.add("reasoning", line)

    # ================================================================ legal basis + operative
    basis = legal_basis_text(laws, rng) if laws else "依照《中华人民共和国民事诉讼法》第一百五十五条之规定，判决如下："
    inline_basis = rng.random() < 0.3
    b.add("legal_basis", basis, same_line=inline_basis)

    numbered_in_source = all(re.match(r"^[一二三四五六七八九十]+、", x) for x in items)
    op_items = []
    if len(items) > 1 and not numbered_in_source:
        op_items = [(CN_NUM_LIST[k] + "、", CN_NUM_LIST[k] + "、" + x) for k, x in enumerate(items)]
    elif numbered_in_source:
        op_items = [(re.match(r"^[一二三四五六七八九十]+、", x).group(0), x) for x in items]
        notes.append("主文 items already numbered in the source; numbers kept")
    else:
        op_items = [("", items[0])]
    inline_op = len(op_items) == 1 and rng.random() < 0.15
    for k, (_num, text) in enumerate(op_items):
        b.add("operative", text, same_line=(k == 0 and inline_op))

    # ================================================================ delay interest
    pays = any(re.search(rf"({PAY_VERBS})[^。；]*?\d[\d,，.]*(万)?元", x) and not x.startswith(("驳回", "确认"))
               for x in items)
    article = "第二百六十四条" if j >= dt.date(2024, 1, 1) else "第二百六十条"
    if pays:
        ru = rng.choices(["如果", "如"], weights=[75, 25])[0]
        qi = rng.choices(["期间", "期限"], weights=[80, 20])[0]
        jin = rng.choices(["给付金钱义务", "给付金钱的义务"], weights=[85, 15])[0]
        b.add("delay_interest", f"{ru}未按本判决指定的{qi}履行{jin}，应当依照《中华人民共和国民事诉讼法》"
                                f"{article}之规定，加倍支付迟延履行期间的债务利息。")

    # ================================================================ costs
    halved = procedure in ("simple", "small")
    all_rejected = bool(items) and items[0].startswith("驳回") and "其他" not in items[0]
    partial = any(re.match(r"^驳回\S*?其他", x) or re.match(r"^驳回原告\S*?其他", x) for x in items)
    if record_costs:
        b.add("costs", ends_sentence(record_costs))
        fee_note = "costs sentence from the record"
    else:
        labour = "劳动争议" in cause
        if labour:
            fee = Decimal(10)
        elif claim_max is not None:
            fee = property_fee(claim_max)
        else:
            fee = Decimal(100) if rng.random() < 0.5 else Decimal(50)
        half = (fee / 2) if halved else fee
        fee_s, half_s = fmt_money(fee), fmt_money(half)
        if halved:
            head = rng.choice([f"案件受理费{fee_s}元，减半收取计{half_s}元，",
                               f"案件受理费{fee_s}元，减半收取{half_s}元，",
                               f"本案案件受理费{fee_s}元，因适用{'简易程序' if procedure == 'simple' else '小额诉讼程序'}"
                               f"减半收取{half_s}元，"])
        else:
            head = rng.choice([f"案件受理费{fee_s}元，", f"本案案件受理费{fee_s}元，"])
        if all_rejected:
            tail = f"由原告{P}负担。"
        elif partial:
            awarded = sum((max(amounts(x)) for x in items if amounts(x) and not x.startswith("驳回")), Decimal(0))
            ratio = min(Decimal(1), awarded / claim_max) if (claim_max and awarded) else Decimal("0.5")
            d_share = (half * ratio).quantize(Decimal(1), rounding=ROUND_HALF_UP)
            p_share = half - d_share
            if ratio >= Decimal("0.95") or p_share <= 0:
                tail = f"由被告{D}负担。"
            else:
                tail = f"由原告{P}负担{fmt_money(p_share)}元，被告{D}负担{fmt_money(d_share)}元。"
        else:
            tail = f"由被告{D}负担。"
        b.add("costs", head + tail)
        fee_note = f"fee {fee_s} from {'labour-dispute rate' if labour else ('claim ' + fmt_money(claim_max) if claim_max is not None else 'non-property rate')}"

    # ================================================================ appeal notice / finality
    if procedure == "small":
        b.add("finality", "本判决为终审判决。")
    else:
        up = upper_court(case_no)
        b.add("appeal_notice", rng.choice([
            f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人或者代表人的人数提出副本，上诉于{up}。",
            f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人或者代表人的人数提出副本，上诉于{up}。",
            f"如不服本判决，可在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于{up}。",
        ]))

    # ================================================================ signature
    spaced = rng.random() < 0.3
    fmt_role = {"审判长": "审　判　长", "审判员": "审　判　员", "人民陪审员": "人民陪审员", "法官助理": "法官助理",
                "书记员": "书　记　员"} if spaced else {}
    gap = "　　" if spaced else "　"
    surnames = rng.sample(SURNAMES, 6)
    names = [s + rng.choice(["某", "某某"]) for s in surnames]
    if procedure == "ordinary":
        bench = rng.choice([["审判长", "审判员", "人民陪审员"], ["审判长", "人民陪审员", "人民陪审员"]])
    else:
        bench = ["审判员"]
    members = []
    for role in bench:
        members.append((role, names.pop(0)))
    for role, name in members:
        b.add("signature", f"{fmt_role.get(role, role)}{gap}{name}")
    zero = rng.choices(["〇", "○", "零"], weights=[86, 7, 7])[0]
    date_line = cn_date(j, zero)
    b.add("signature", date_line)
    if rng.random() < 0.25:
        b.add("signature", "本件与原本核对无异")
    assistant = rng.random() < 0.5
    if assistant:
        members.append(("法官助理", names.pop(0)))
        b.add("signature", f"{fmt_role.get('法官助理', '法官助理')}{gap}{members[-1][1]}")
    members.append(("书记员", names.pop(0)))
    b.add("signature", f"{fmt_role.get('书记员', '书记员')}{gap}{members[-1][1]}")

    # ================================================================ gold
    text = b.text()
    sections = []
    prev_end = 0
    for name in b.order:
        start, end = b.spans[name]
        seg = text[start:end]
        assert seg == seg.strip() and seg, (rid, name)
        first_s, last_s = snippet_first(text, start, end), resolving_last(text, start, end)
        assert first_s and last_s and not any(c.isspace() for c in first_s + last_s), (rid, name, first_s, last_s)
        s2 = text.find(first_s, prev_end)
        e2 = text.find(last_s, s2) + len(last_s)
        assert (s2, e2) == (start, end), f"{rid}: snippet of {name} resolves to {(s2, e2)}, not {(start, end)}"
        sections.append({"name": name, "first": first_s, "last": last_s})
        prev_end = end
    # no overlap and document order
    ends = [b.spans[n] for n in b.order]
    assert all(ends[k][1] <= ends[k + 1][0] for k in range(len(ends) - 1)), rid

    op_start = b.spans["operative"][0]
    gold_items = []
    for k, (num, itext) in enumerate(op_items):
        pos = text.find(itext, op_start)
        assert pos >= 0
        op_start = pos + len(itext)
        gold_items.append({"number": num, "text": itext, "sub_items": []})
    gold_parties = ([{"name": n, "role_text": "原告", "role": "plaintiff"} for n in p_names]
                    + [{"name": n, "role_text": "被告", "role": "defendant"} for n in d_names])
    for gp in gold_parties:
        assert gp["name"] in text[b.spans["parties"][0]:b.spans["parties"][1]], (rid, gp)
    for role, name in members:
        assert name in text[b.spans["signature"][0]:b.spans["signature"][1]]
    gold = {
        "id": rid,
        "file": f"corpora/rebuilt/{rid}.txt",
        "doc_type": "judgment",
        "court": court,
        "case_number": case_no,
        "date": j.isoformat(),
        "instance": "first",
        "sections": sections,
        "operative_items": gold_items,
        "parties": gold_parties,
        "missing": [n for n in EXPECTED_SECTIONS if n not in b.spans],
        "generated": True,
        "notes": "; ".join(["rebuilt from labelled fields by corpora/rebuild_judgments.py", f"procedure {proc_name}"]
                           + notes),
        "source": {"repo": rec["source_repo"], "path": rec["source_path"], "commit": rec["source_commit"],
                   "line": rec["line_in_source_path"]},
    }
    summary = (f"{rid}: {proc_name}, 立案 {filing}, judgment {j}, items {len(op_items)}, "
               f"delay_interest {'yes' if pays else 'no'} ({article if pays else '-'}), {fee_note}, "
               f"legal_basis {'inline' if inline_basis else 'own line'}")
    return text, gold, [summary] + ["    " + n for n in notes]


CN_NUM_LIST = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

# 法院意见 that is only a copy of 基本案情: the reasoning below is written for this corpus from the record's own facts
# and 主文 (the only synthetic reasoning in the corpus; named in corpora/rebuilt/README.md).
SYNTHETIC_REASONING = {
    "sc1-060": "本院认为，原、被告签订的清洗工程施工合同系双方真实意思表示，合法有效。原告已为被告提供设备清洗服务，"
               "双方对已完成工程进行了结算，被告应支付承揽款35232元，并退还合同履约保证金2000元。被告主张因原告原因"
               "造成漏水及市场用户损失，未能提供证据证实，本院不予采信。原告主张合同外增加的清洗通风费用，未能提供"
               "证据证实，本院不予支持。",
}

# a real name the source left unmasked where the rest of the record uses the masked form
REAL_NAME_FIXES = {"sc1-022": [("仇贞涵", "仇某1")]}


def main() -> int:
    OUT_TXT.mkdir(parents=True, exist_ok=True)
    OUT_GOLD.mkdir(parents=True, exist_ok=True)
    records = [json.loads(line) for line in SOURCE.read_text(encoding="utf-8").splitlines() if line.strip()]
    log = []
    for rec in records:
        rng = random.Random(f"{SEED}:{rec['id']}")
        text, gold, notes = build(rec, rng)
        (OUT_TXT / f"{rec['id']}.txt").write_text(text, encoding="utf-8", newline="\n")
        (OUT_GOLD / f"{rec['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8", newline="\n")
        log.extend(notes)
    if "-v" in sys.argv:
        print("\n".join(log))
    print(f"wrote {len(records)} documents to {OUT_TXT.relative_to(ROOT)} and gold to {OUT_GOLD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
