"""CAL-* (fees, halving, shares, instalments) and CON-* (大写, 共计, interest end, 超诉请, two amounts)."""

from __future__ import annotations

import re
from decimal import Decimal
from random import Random
from typing import Optional

from corpora.defects.common import (AMOUNT_RE, Edits, Injection, Src, acceptance_fee, add_items, add_months, amount_value,
                                    capital, claim_amounts, fmt_like, to_yuan)
from corpora.defects.unclear import END_RE, deadline_ops, item_edit, noun_before, quote, rel

FIG = r"(\d[\d,]*(?:\.\d+)?)"


def _num(s: str) -> Decimal:
    return Decimal(s.replace(",", ""))


def costs_parts(src: Src):
    """(costs span, costs text, acceptance-fee match, halved match or None, share matches) of a plain costs sentence."""
    sp = src.span("costs")
    if not sp:
        return None
    t = src.text[sp[0]:sp[1]]
    fee = re.search(r"受理费" + FIG + "元", t)
    half = re.search(r"减半收取(?:计)?" + FIG + "元", t)
    shares = list(re.finditer(r"(原告|被告)([^，。、负]{1,30})负担" + FIG + "元", t))
    if not fee or "退" in t or "公告费" in t:
        return None
    return sp, t, fee, half, shares


# --------------------------------------------------------------------------- CAL-01 wrong 案件受理费

def cal01(src: Src, rng: Random) -> Optional[Injection]:
    parts = costs_parts(src)
    amounts = claim_amounts(src.claims_head())
    if not parts or not amounts or src.dtype != "judgment":
        return None
    sp, t, fee, half, shares = parts
    claim = max(amounts)
    right = to_yuan(acceptance_fee(claim))
    stated = _num(fee.group(1))
    if abs(stated - right) > 1 or claim <= 10_000 or (shares and len(shares) > 1):
        return None
    how = rng.choice(["flat", "tenfold", "plus"])
    wrong = {"flat": (claim * Decimal("0.025")).quantize(Decimal(1)), "tenfold": to_yuan(acceptance_fee(claim * 10)),
             "plus": stated + rng.choice([300, 500, 1000])}[how]
    if abs(wrong - right) <= 50:
        wrong = stated + 500
    e = Edits(src.text)
    e.replace(sp[0] + fee.start(1), sp[0] + fee.end(1), fmt_like(wrong, fee.group(1)))
    note = ""
    if half:
        e.replace(sp[0] + half.start(1), sp[0] + half.end(1), fmt_like(wrong / 2, half.group(1)))
        note = f', and its half "{half.group(1)}" → "{fmt_like(wrong / 2, half.group(1))}" so that the halving stays right'
    for m in shares:
        if _num(m.group(3)) == _num(half.group(1) if half else fee.group(1)):
            e.replace(sp[0] + m.start(3), sp[0] + m.end(3), fmt_like(wrong / 2 if half else wrong, m.group(3)))
    return Injection(e.apply(), None, f'Set the 案件受理费 wrong for the claimed {claim}元 (诉讼费用交纳办法 gives {right}元): '
                     f'"受理费{fee.group(1)}元" → "受理费{fmt_like(wrong, fee.group(1))}元"{note}.',
                     f"受理费{fmt_like(wrong, fee.group(1))}元", section="costs")


# --------------------------------------------------------------------------- CAL-02 wrong halved figure

def cal02(src: Src, rng: Random) -> Optional[Injection]:
    parts = costs_parts(src)
    if not parts or not parts[3] or len(parts[4]) > 1:
        return None
    sp, t, fee, half, shares = parts
    full, stated = _num(fee.group(1)), _num(half.group(1))
    if abs(full / 2 - stated) > Decimal("0.5") or full < 20:
        return None
    digits = half.group(1)
    swapped = None
    core = digits.replace(",", "").split(".")[0]
    if len(core) >= 3 and core[-2] != core[-3]:
        swapped = _num(core[:-3] + core[-2] + core[-3] + core[-1] + ("." + digits.split(".")[1] if "." in digits else ""))
    options = [stated + 50, stated + (Decimal(10) if stated < 100 else Decimal(100))] + ([swapped] if swapped else [])
    wrong = rng.choice(options)
    new = fmt_like(wrong, digits)
    e = Edits(src.text)
    e.replace(sp[0] + half.start(1), sp[0] + half.end(1), new)
    for m in shares:
        if _num(m.group(3)) == stated:
            e.replace(sp[0] + m.start(3), sp[0] + m.end(3), fmt_like(wrong, m.group(3)))
    return Injection(e.apply(), None, f'Made the 减半收取 figure wrong: {fee.group(1)}元 halved is {fmt_like(full / 2, digits)}元, '
                     f'the document now says "{half.group(0)}" → "{half.group(0).replace(digits, new)}".',
                     half.group(0).replace(digits, new), section="costs")


# --------------------------------------------------------------------------- CAL-04 fee shares that do not add up

def cal04(src: Src, rng: Random) -> Optional[Injection]:
    parts = costs_parts(src)
    if not parts:
        return None
    sp, t, fee, half, shares = parts
    charged = _num((half or fee).group(1))
    e = Edits(src.text)
    if len(shares) >= 2:
        m = shares[-1]
        old = _num(m.group(3))
        wrong = old + rng.choice([10, 100, 91]) if old >= 10 else old + 100
        e.replace(sp[0] + m.start(3), sp[0] + m.end(3), fmt_like(wrong, m.group(3)))
        total = sum(_num(x.group(3)) for x in shares) - old + wrong
        return Injection(e.apply(), None, f'Changed one fee share so the shares ({total}元) no longer add up to the fee '
                         f'charged ({charged}元): "{m.group(0)}" → "{m.group(0).replace(m.group(3), fmt_like(wrong, m.group(3)))}".',
                         m.group(0).replace(m.group(3), fmt_like(wrong, m.group(3))), section="costs")
    b = re.search(r"由(被告|原告)?([^，。]*?)(负担|承担)" + FIG + r"?元?(?=。|$)", t)
    pl, df = src.parties("plaintiff"), src.parties("defendant")
    if not b or not pl or not df or charged < 100 or src.dtype != "judgment":
        return None
    a = (charged * Decimal(rng.choice(["0.3", "0.4", "0.25"]))).quantize(Decimal(1))
    c = charged - a + rng.choice([100, 50, -40, 200])
    new = f"由原告{pl[0].name}负担{fmt_like(a, fee.group(1))}元，被告{df[0].name}负担{fmt_like(c, fee.group(1))}元"
    e.replace(sp[0] + b.start(), sp[0] + b.end(), new)
    return Injection(e.apply(), None, f'Split the fee of {charged}元 between the parties with shares that add up to {a + c}元: '
                     f'"{b.group(0)}" → "{new}".', new, section="costs")


# --------------------------------------------------------------------------- CAL-03 instalments

def cal03(src: Src, rng: Random) -> Optional[Injection]:
    if not src.date:
        return None
    for it in src.money_items():
        if len(it.amounts) != 1 or it.interest:
            continue
        ops = deadline_ops(it)
        total = it.amounts[0].value
        if not ops or total < 3000:
            continue
        s, e = rel(it, it.amounts[0].span)
        rest = it.text[e:]
        dl = [o for o in ops if o[0] >= e]
        if rest and not (rest in "。；" or (dl and dl[0][0] == e and dl[0][1] >= len(it.text.rstrip("。；")))):
            continue
        n = rng.choice([6, 10, 12])
        step = Decimal(100 if total < 50_000 else 1000)
        a = (total / n / step).to_integral_value(rounding="ROUND_FLOOR") * step
        if a * n == total or abs(a * n - total) < total / 100:
            a -= step
        y, mth = add_months(src.date, 2)
        day = rng.choice([10, 15, 20, 25])
        fa = fmt_like(a, it.amounts[0].text)
        style = rng.choice([0, 1, 2])
        if style == 0:
            plan = f"，自{y}年{mth}月起每月{day}日前支付{fa}元，共{n}期"
            stated = a * n
        elif style == 1:
            plan = f"，分{n}期支付，自{y}年{mth}月起于每月{day}日前各支付{fa}元"
            stated = a * n
        else:
            first = a * 2
            y2, m2 = add_months(src.date, 3)
            plan = (f"，首期于{y}年{mth}月{day}日前支付{fmt_like(first, it.amounts[0].text)}元，余款自{y2}年{m2}月起"
                    f"每月{day}日前支付{fa}元，共{n - 1}期付清")
            stated = first + a * (n - 1)
        if stated == total:
            continue
        ops2 = [o for o in ops if o[0] < s] + [(e, max([o[1] for o in dl] + [e]), plan)]
        head = it.text[:s]
        if not re.search(r"(共计|合计)$", head):
            ops2.append((s, s, "共计"))
        text, new_item, _ = item_edit(src, it.index, ops2)
        return Injection(text, it.index, f'Replaced the performance period by instalments that add up to {stated}元, not the '
                         f'total {total}元: "{quote(it.text, 90)}" → "{quote(new_item, 140)}".', plan.lstrip("，"))
    return None


# --------------------------------------------------------------------------- CON-01 大写 disagreeing with the figure

def con01(src: Src, rng: Random) -> Optional[Injection]:
    for it in src.money_items():
        a = it.amounts[0]
        s, e = rel(it, a.span)
        if a.value < 1000 or (e < len(it.text) and it.text[e] == "（"):
            continue
        digits = len(str(int(a.value)))
        wrong = a.value + Decimal(10) ** (digits - 2) * rng.choice([1, 2, 5])
        form = rng.choice(["（大写：{}）", "（大写人民币{}）", "（人民币{}）"])
        ins = form.format(capital(wrong))
        text, new_item, _ = item_edit(src, it.index, [(e, e, ins)])
        return Injection(text, it.index, f'Added a 大写 gloss with a different value after "{a.text}" ({a.value}元): "{ins}" '
                         f'reads {wrong}元.', ins)
    return None


# --------------------------------------------------------------------------- CON-02 共计 not the sum

def con02(src: Src, rng: Random) -> Optional[Injection]:
    for it in src.money_items():
        if len(it.amounts) < 2 or it.interest:
            continue
        *parts, last = it.amounts
        s, e = rel(it, last.span)
        delta = Decimal(rng.choice([1000, 100, -100, 900, 10]))
        if re.search(r"(共计|合计)$", it.text[:s]) and len(parts) >= 2:
            right = sum(p.value for p in parts)
            if right != last.value:
                continue
            wrong = right + delta
            new = fmt_like(wrong, last.text)
            text, new_item, _ = item_edit(src, it.index, [(s, e - 1, new)])
            return Injection(text, it.index, f'Changed the total so it is not the sum of its parts ({right}元): '
                             f'"{it.text[s - 2:e]}" → "{it.text[s - 2:s]}{new}元".', f"{it.text[s - 2:s]}{new}元")
        if any(re.search(r"(共计|合计)$", it.text[:rel(it, p.span)[0]]) for p in it.amounts):
            continue
        right = sum(p.value for p in it.amounts)
        wrong = right + delta
        ins = rng.choice(["，共计{}元", "，合计{}元", "，以上共计{}元"]).format(fmt_like(wrong, last.text))
        text, new_item, _ = item_edit(src, it.index, [(e, e, ins)])
        return Injection(text, it.index, f'Added a total that is not the sum of the figures before it ({right}元): "{ins[1:]}".',
                         ins[1:])
    return None


# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为

def _reasoning_insert(src: Src) -> Optional[int]:
    sp = src.span("reasoning")
    if not sp:
        return None
    end = sp[1]
    while end > sp[0] and src.text[end - 1] in " \n":
        end -= 1
    return end if src.text[end - 1] == "。" else None


def in_section(doc, name: str, wording: str) -> bool:
    sec = doc.section(name)
    return bool(sec) and wording in doc.text[sec.span[0]:sec.span[1]]


def con03(src: Src, rng: Random) -> Optional[Injection]:
    pos = _reasoning_insert(src)
    reasoning = src.section("reasoning") or ""
    if pos is None or "届满之日" in reasoning or "实际清偿" in reasoning:
        return None
    for it in src.money_items():
        m = END_RE.search(it.text)
        if not it.interest or not m:
            continue
        start = re.search(r"\d{4}年\d{1,2}月\d{1,2}日", it.interest[0].text)
        frm = f"自{start.group(0)}起" if start else ""
        e = Edits(src.text)
        if rng.random() < 0.5:
            sentence = rng.choice([f"关于逾期利息，应{frm}计算至本判决确定的履行期限届满之日止。",
                                   f"被告应支付的利息{frm}计算至本判决确定的履行期届满之日止。"])
            e.insert(pos, sentence)
            text, marker = e.apply(), m.group(0)
            desc = (f'Inserted in 本院认为: "{sentence}", while the item keeps its interest running "至{m.group(0)}" '
                    f'(not changed).')
        else:
            sentence = f"原告主张利息{frm}计算至借款实际清偿之日止，符合法律规定，本院予以支持。"
            e.insert(pos, sentence)
            new_end = rng.choice(["本判决生效之日", "本判决确定的履行期限届满之日"])
            text, new_item, marker = item_edit(src, it.index, [(m.start(), m.end(), new_end)], e)
            desc = (f'Changed the item\'s interest end "{m.group(0)}" → "{new_end}" and inserted in 本院认为: "{sentence}".')
        return Injection(text, it.index, desc, marker, check=lambda d, s=sentence: in_section(d, "reasoning", s))
    return None


# --------------------------------------------------------------------------- CON-04 award beyond the claims

def con04(src: Src, rng: Random) -> Optional[Injection]:
    amounts = claim_amounts(src.claims_head())
    if not amounts:
        return None
    claim = max(amounts)
    for it in src.money_items():
        if len(it.amounts) != 1 or it.interest or it.amounts[0].value > claim:
            continue
        a = it.amounts[0]
        step = Decimal(100 if claim < 100_000 else 1000)
        wrong = (claim * Decimal(rng.choice(["1.2", "1.5", "2"])) / step).to_integral_value(rounding="ROUND_CEILING") * step
        m = AMOUNT_RE.search(a.text)
        s, e = rel(it, a.span)
        s += m.start(1)
        new = fmt_like(wrong, m.group(1))
        text, new_item, _ = item_edit(src, it.index, [(s, s + len(m.group(1)), new)])
        return Injection(text, it.index, f'Raised the award above the claims (the claims ask at most {claim}元): '
                         f'"{a.text}" → "{a.text.replace(m.group(1), new)}".', a.text.replace(m.group(1), new))
    return None


# --------------------------------------------------------------------------- CON-05 same debt, two amounts

def con05(src: Src, rng: Random) -> Optional[Injection]:
    amounts = claim_amounts(src.claims_head())
    for it in src.money_items():
        if len(it.amounts) != 1 or not it.obligations:
            continue
        a = it.amounts[0]
        s, _ = rel(it, a.span)
        noun = noun_before(it.text, s)
        ob = it.obligations[0]
        if not noun or noun in ("费用", "损失") or len(ob.obligors) != 1 or len(ob.obligees) != 1:
            continue
        other = [x for x in amounts if x != a.value and x > a.value / 2]
        x = other[0] if other and rng.random() < 0.7 else a.value + Decimal(rng.choice([500, 1000, 2000]))
        fx = fmt_like(x, a.text)
        role = {p.name: p.role for p in src.doc.parties}
        who = ("被告" if role.get(ob.obligors[0]) == "defendant" else "原告") + ob.obligors[0]
        to = ("原告" if role.get(ob.obligees[0]) == "plaintiff" else "被告") + ob.obligees[0]
        body = rng.choice([f"{who}于本判决生效之日起十日内向{to}支付上述{noun}{fx}元",
                           f"{who}于本判决生效之日起十日内向{to}偿还上述{noun}共计{fx}元",
                           f"{who}应向{to}给付前述{noun}{fx}元，于本判决生效之日起十日内付清"])
        e = Edits(src.text)
        (new_index,) = add_items(src, e, it.index, [body])
        return Injection(e.apply(), new_index, f'Added an item after item {it.index} that restates the same {noun} with a '
                         f'different amount ({fx}元 against {a.text}): "{body}".', f"{noun}{'共计' if '共计' in body else ''}{fx}元",
                         n_items=len(src.items) + 1)
    return None


KINDS = {
    "CAL-03": ("instalments-sum", "calculation", [cal03]),
    "CON-01": ("capital-figure-mismatch", "contradiction", [con01]),
    "CON-02": ("total-not-sum", "contradiction", [con02]),
    "CON-03": ("interest-end-vs-reasoning", "contradiction", [con03]),
    "CON-04": ("award-beyond-claims", "contradiction", [con04]),
    "CON-05": ("same-debt-two-amounts", "contradiction", [con05]),
    "CAL-01": ("acceptance-fee-wrong", "calculation", [cal01]),
    "CAL-02": ("halved-fee-wrong", "calculation", [cal02]),
    "CAL-04": ("fee-shares-sum", "calculation", [cal04]),
}
