"""CAL-03 (instalments) and CON-01 … CON-05, held out.

corpora/defects writes monthly instalments "自…起每月…日前支付…元，共N期" / "分N期支付…各支付…" / "首期…余款…每月…"
(CAL-03); a gloss "（大写：…）" / "（大写人民币…）" / "（人民币…）" after the figure (CON-01); a changed "共计" or an added
"，共计 / ，合计 / ，以上共计" (CON-02); the reasoning sentences "关于逾期利息，应…计算至本判决确定的履行期限届满之日止" /
"被告应支付的利息…计算至本判决确定的履行期届满之日止" / "原告主张利息…计算至借款实际清偿之日止…予以支持" (CON-03); the
award × 1.2 / 1.5 / 2 (CON-04); an added item restating "上述 / 前述" debt (CON-05). Here the wordings are others.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal
from random import Random

from corpora.defects.calc import _reasoning_insert, in_section
from corpora.defects.common import (
    Edits,
    Injection,
    Src,
    add_items,
    cn_num,
    item_edit,
    noun_before,
    quote,
    rel,
)
from corpora.defects.deadlines import deadline_ops
from corpora.defects.money import (
    AMOUNT_RE,
    add_months,
    capital,
    claim_amounts,
    fmt_like,
)
from corpora.defects.unclear import END_RE
from corpora.defects_round2.common import cn_count


def _month_end(d: dt.date, n: int) -> str:
    y, m = add_months(d, n)
    return f"{y}年{m}月{calendar.monthrange(y, m)[1]}日"


# --------------------------------------------------------------------------- CAL-03 instalments that do not add up

def cal03(src: Src, rng: Random) -> Injection | None:
    if not src.date:
        return None
    for it in src.clean_money_items():
        if len(it.amounts) != 1 or it.interest:
            continue
        ops = deadline_ops(it)
        total = it.amounts[0].value
        if not ops or total < 5000:
            continue
        s, e = rel(it, it.amounts[0].span)
        rest = it.text[e:]
        dl = [o for o in ops if o[0] >= e]
        if rest and not (rest in "。；" or (dl and dl[0][0] == e and dl[0][1] >= len(it.text.rstrip("。；")))):
            continue
        step = Decimal(100 if total < 50_000 else 1000)
        like = "1,000元" if "," in it.amounts[0].text else "1元"
        style = rng.choice(["dated", "rest"])
        if style == "dated":
            base = (total / 3 / step).to_integral_value(rounding="ROUND_FLOOR") * step
            off = step * rng.choice([3, 5])
            parts = [base, base, total - 2 * base - off]
            dates = [_month_end(src.date, k) for k in (2, 4, 6)]
            plan = "，分三期履行：" + "，".join(f"于{d}前支付{fmt_like(p, like)}元" for d, p in zip(dates, parts))
            stated = sum(parts)
        else:
            first = (total / 2 / step).to_integral_value() * step
            off = step * rng.choice([2, 4])
            rest_amt = total - first + off
            plan = (f"，于{_month_end(src.date, 1)}前先行支付{fmt_like(first, like)}元，余款{fmt_like(rest_amt, like)}元于"
                    f"{_month_end(src.date, 4)}前付清")
            stated = first + rest_amt
        if stated == total:
            continue
        ops2 = [o for o in ops if o[0] < s] + [(e, max([o[1] for o in dl] + [e]), plan)]
        text, new_item, _ = item_edit(src, it.index, ops2)
        return Injection(text, it.index, f'Replaced the performance period by instalments that add up to {stated}元, not the '
                         f'total {total}元: "{quote(it.text, 90)}" → "{quote(new_item, 160)}".', plan.lstrip("，"))
    return None


# --------------------------------------------------------------------------- CON-01 大写 first, 小写 in brackets

def _transpose(value: Decimal) -> Decimal | None:
    """Swap the lowest pair of adjacent, different digits of the integer part (30800 → 30080)."""
    ip, _, fp = f"{value:f}".partition(".")
    ds = list(ip)
    for i in range(len(ds) - 1, 0, -1):
        if ds[i] != ds[i - 1] and not (i - 1 == 0 and ds[i] == "0"):
            ds[i], ds[i - 1] = ds[i - 1], ds[i]
            return Decimal("".join(ds) + ("." + fp if fp else ""))
    return None


def con01(src: Src, rng: Random) -> Injection | None:
    for it in src.clean_money_items():
        a = it.amounts[0]
        s, e = rel(it, a.span)
        if a.value < 1000 or (e < len(it.text) and it.text[e] == "（"):
            continue
        m = AMOUNT_RE.search(a.text)
        figure = a.text[m.start():]
        style = rng.choice(["capital-wrong", "figure-wrong"])
        if style == "capital-wrong":
            digits = len(str(int(a.value)))
            wrong = a.value - Decimal(10) ** (digits - 2) * rng.choice([1, 3])
            new = f"人民币{capital(wrong)}（小写：{figure}）"
            desc = f'the 大写 reads {wrong}元, the 小写 in brackets {a.value}元'
        else:
            wrong = _transpose(a.value)
            if wrong is None:
                continue
            new = f"人民币{capital(a.value)}（¥{wrong:.2f}）"
            desc = f'the 大写 reads {a.value}元, the 小写 in brackets {wrong}元'
        text, _new_item, _ = item_edit(src, it.index, [(s, e, new)])
        return Injection(text, it.index, f'Wrote the amount 大写 first with the 小写 figure in brackets, and the two differ '
                         f'({desc}): "{a.text}" → "{new}".', new)
    return None


# --------------------------------------------------------------------------- CON-02 a total that is not the sum

def con02_count(src: Src, rng: Random) -> Injection | None:
    for it in src.clean_money_items():
        if len(it.amounts) < 2 or it.interest and len(it.amounts) < 3 or "每月" in it.text:
            continue
        if re.search(r"共计|合计|总计", it.text):
            continue
        last = it.amounts[-1]
        _s, e = rel(it, last.span)
        if e < len(it.text) and it.text[e] not in "，。；":
            continue
        right = sum(p.value for p in it.amounts)
        wrong = right + Decimal(rng.choice([-360, 90, 540]))
        n = len(it.amounts)
        ins = rng.choice([f"，{cn_count(n)}项合计{{}}元", "，以上款项总计{}元"]).format(fmt_like(wrong, last.text))
        text, _new_item, _ = item_edit(src, it.index, [(e, e, ins)])
        return Injection(text, it.index, f'Added a total that is not the sum of the {n} figures before it ({right}元): '
                         f'"{ins[1:]}".', ins[1:])
    return None


def con02_lead(src: Src, rng: Random) -> Injection | None:
    """A total written before its parts ("收益80010元，由原告享有40005元、由被告享有40005元") is changed."""
    for it in src.items:
        if len(it.amounts) < 3 or "驳回" in it.text:
            continue
        head, *parts = it.amounts
        if head.value != sum(p.value for p in parts):
            continue
        s, _e = rel(it, head.span)
        m = AMOUNT_RE.search(head.text)
        digits = m.group(1)
        wrong = head.value + Decimal(rng.choice([90, -900]))
        new = fmt_like(wrong, digits)
        lead = "" if re.search(r"(共计|合计|总计)$", it.text[:s]) else "合计"
        ops = [(s + m.start(1), s + m.end(1), new)] + ([(s, s, lead)] if lead else [])
        text, _new_item, _ = item_edit(src, it.index, ops)
        return Injection(text, it.index, f'Changed the total written before its parts so that the parts ({" + ".join(str(p.value) for p in parts)}'
                         f' = {head.value}元) no longer add up to it: "{head.text}" → "{lead}{head.text.replace(digits, new)}".',
                         f"{lead}{head.text.replace(digits, new)}")
    return None


# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为

def con03(src: Src, rng: Random) -> Injection | None:
    pos = _reasoning_insert(src)
    reasoning = src.section("reasoning") or ""
    if pos is None or re.search(r"届满之日|生效之日|付清之日", reasoning) or END_RE.search(reasoning):
        return None
    for it in src.clean_money_items():
        m = END_RE.search(it.text)
        if not it.interest or not m:
            continue
        start = re.search(r"\d{4}年\d{1,2}月\d{1,2}日", it.interest[0].text)
        e = Edits(src.text)
        if rng.random() < 0.5:
            sentence = rng.choice(["对于原告主张的利息，本院酌定计算至本判决生效之日止。",
                                   (f"故被告应以欠款本金为基数，按上述标准支付{'自' + start.group(0) + '起' if start else ''}"
                                   f"至本判决生效之日止的利息。")])
            e.insert(pos, sentence)
            text, marker = e.apply(), m.group(0)
            desc = f'Inserted in 本院认为: "{sentence}", while the item keeps its interest running "至{m.group(0)}" (not changed).'
        else:
            sentence = "原告要求被告支付利息至款项付清之日，于法有据，本院予以支持。"
            e.insert(pos, sentence)
            new_end = "起诉之日"
            text, _new_item, marker = item_edit(src, it.index, [(m.start(), m.end(), new_end)], e)
            marker = "至起诉之日"
            desc = f'Changed the item\'s interest end "{m.group(0)}" → "{new_end}" and inserted in 本院认为: "{sentence}".'
        return Injection(text, it.index, desc, marker, check=lambda d, s=sentence: in_section(d, "reasoning", s))
    return None


# --------------------------------------------------------------------------- CON-04 award beyond the claims

def con04_raise(src: Src, rng: Random) -> Injection | None:
    amounts = claim_amounts(src.claims_head())
    if not amounts:
        return None
    claim = max(amounts)
    for it in src.clean_money_items():
        if len(it.amounts) != 1 or it.interest or it.amounts[0].value > claim:
            continue
        a = it.amounts[0]
        wrong = (claim * Decimal(rng.choice(["1.08", "1.17"])) / 10).to_integral_value(rounding="ROUND_CEILING") * 10 + 30
        m = AMOUNT_RE.search(a.text)
        s, _e = rel(it, a.span)
        s += m.start(1)
        new = fmt_like(wrong, m.group(1))
        text, _new_item, _ = item_edit(src, it.index, [(s, s + len(m.group(1)), new)])
        return Injection(text, it.index, f'Raised the award above the claims (the claims ask at most {claim}元): '
                         f'"{a.text}" → "{a.text.replace(m.group(1), new)}".', a.text.replace(m.group(1), new))
    return None


def con04_head(src: Src, rng: Random) -> Injection | None:
    """An item that grants the whole claim gets a further head nobody claimed, so the award exceeds the claims."""
    amounts = claim_amounts(src.claims_head())
    if not amounts or "损失" in src.claims_head() or "违约金" in src.claims_head():
        return None
    claim = max(amounts)
    for it in src.clean_money_items():
        if len(it.amounts) != 1 or it.interest or it.amounts[0].value != claim:
            continue
        a = it.amounts[0]
        _s, e = rel(it, a.span)
        if e < len(it.text) and it.text[e] not in "，。；":
            continue
        x = (claim * Decimal("0.2") / 100).to_integral_value(rounding="ROUND_CEILING") * 100
        ins = rng.choice([f"，并赔偿经济损失{fmt_like(x, a.text)}元", f"及违约金{fmt_like(x, a.text)}元"])
        text, _new_item, _ = item_edit(src, it.index, [(e, e, ins)])
        return Injection(text, it.index, f'Added a head the claims do not ask for, so that the award ({claim + x}元) exceeds '
                         f'the claims (at most {claim}元): "{a.text}" → "{a.text}{ins}".', ins.lstrip("，"))
    return None


# --------------------------------------------------------------------------- CON-05 one debt, two amounts

def _other_amount(src: Src, a, noun: str, rng: Random) -> Decimal:
    """An amount the claims give for the same debt (a 借款 of 3.3万元 against 30800元 awarded), else the award plus a bit."""
    head = src.claims_head()
    amounts = [claim_amounts(m.group(0))[0] for m in re.finditer(re.escape(noun) + AMOUNT_RE.pattern, head)]
    other = [x for x in amounts if x != a.value and a.value / 2 < x < a.value * 2]
    return other[0] if other else a.value + Decimal(rng.choice([300, 1500]))


def con05_item(src: Src, rng: Random) -> Injection | None:
    """An added item that settles "第一项所述" debt with another amount."""
    for it in src.clean_money_items():
        if len(it.amounts) != 1 or len(it.obligations) != 1:
            continue
        a = it.amounts[0]
        s, _ = rel(it, a.span)
        noun = noun_before(it.text, s)
        ob = it.obligations[0]
        if not noun or noun in ("费用", "损失") or len(ob.obligors) != 1 or len(ob.obligees) != 1:
            continue
        if a.value < 1000:
            continue
        x = _other_amount(src, a, noun, rng)
        fx = fmt_like(x, a.text)
        role = {p.name: p.role for p in src.doc.parties}
        who = ("被告" if role.get(ob.obligors[0]) == "defendant" else "原告") + ob.obligors[0]
        to = ("原告" if role.get(ob.obligees[0]) == "plaintiff" else "被告") + ob.obligees[0]
        num = cn_num(it.index)
        body = rng.choice([f"{who}应于本判决生效之日起十日内将第{num}项所述{noun}{fx}元一次性支付给{to}",
                           f"第{num}项所涉{noun}数额确定为{fx}元，由{who}于本判决生效之日起十日内向{to}结清"])
        e = Edits(src.text)
        (new_index,) = add_items(src, e, it.index, [body])
        return Injection(e.apply(), new_index, f'Added an item after item {it.index} that settles the same {noun} with a '
                         f'different amount ({fx}元 against {a.text}): "{body}".', f"{noun}{fx}元" if "所述" in body else f"{noun}数额确定为{fx}元",
                         n_items=len(src.items) + 1)
    return None


def con05_inline(src: Src, rng: Random) -> Injection | None:
    """The item itself says the debt is another amount "以双方对账确认的…为准"."""
    for it in src.clean_money_items():
        if len(it.amounts) != 1 or it.interest:
            continue
        a = it.amounts[0]
        s, e = rel(it, a.span)
        noun = noun_before(it.text, s)
        if noun not in ("货款", "借款", "工程款", "欠款", "承揽款", "服务费", "劳务报酬", "租金", "化肥款"):
            continue
        if (e < len(it.text) and it.text[e] == "（") or a.value < 1000:
            continue
        x = _other_amount(src, a, noun, rng)
        ins = rng.choice([f"（{noun}金额以双方对账确认的{fmt_like(x, a.text)}元为准）",
                          f"（即双方结算确认的{noun}{fmt_like(x, a.text)}元）"])
        text, _new_item, _ = item_edit(src, it.index, [(e, e, ins)])
        return Injection(text, it.index, f'Restated the same {noun} inside the item with a different amount '
                         f'({fmt_like(x, a.text)}元 against {a.text}): "{noun}{a.text}" → "{noun}{a.text}{ins}".', ins)
    return None


KINDS = {
    "CAL-03": ("instalments-sum", "calculation", [cal03]),
    "CON-01": ("capital-figure-mismatch", "contradiction", [con01]),
    "CON-02": ("total-not-sum", "contradiction", [con02_count, con02_lead]),
    "CON-03": ("interest-end-vs-reasoning", "contradiction", [con03]),
    "CON-04": ("award-beyond-claims", "contradiction", [con04_raise, con04_head]),
    "CON-05": ("same-debt-two-amounts", "contradiction", [con05_item, con05_inline]),
}
