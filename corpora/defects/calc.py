"""CAL-03 (instalments) and CON-* (大写, 共计, interest end, 超诉请, one debt with two amounts)."""

from __future__ import annotations

import re
from decimal import Decimal
from random import Random

from corpora.defects.common import (
    Edits,
    Injection,
    Src,
    add_items,
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

# --------------------------------------------------------------------------- CAL-03 instalments

def cal03(src: Src, rng: Random) -> Injection | None:
    if not src.date:
        return None
    for it in src.clean_money_items():
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
        like = "1,000元" if "," in it.amounts[0].text else "1元"
        fa = fmt_like(a, like)
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
            plan = (f"，首期于{y}年{mth}月{day}日前支付{fmt_like(first, like)}元，余款自{y2}年{m2}月起"
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

def con01(src: Src, rng: Random) -> Injection | None:
    for it in src.clean_money_items():
        a = it.amounts[0]
        _s, e = rel(it, a.span)
        if a.value < 1000 or (e < len(it.text) and it.text[e] == "（"):
            continue
        digits = len(str(int(a.value)))
        wrong = a.value + Decimal(10) ** (digits - 2) * rng.choice([1, 2, 5])
        form = rng.choice(["（大写：{}）", "（大写人民币{}）", "（人民币{}）"])
        ins = form.format(capital(wrong))
        text, _new_item, _ = item_edit(src, it.index, [(e, e, ins)])
        return Injection(text, it.index, f'Added a 大写 gloss with a different value after "{a.text}" ({a.value}元): "{ins}" '
                         f'reads {wrong}元.', ins)
    return None


# --------------------------------------------------------------------------- CON-02 共计 not the sum

def con02(src: Src, rng: Random) -> Injection | None:
    for it in src.clean_money_items():
        if len(it.amounts) < 2 or it.interest or "每月" in it.text:
            continue
        *parts, last = it.amounts
        s, e = rel(it, last.span)
        delta = Decimal(rng.choice([1000, -100, 900, 100]))
        if re.search(r"(共计|合计)$", it.text[:s]) and len(parts) >= 2:
            right = sum(p.value for p in parts)
            if right != last.value:
                continue
            wrong = right + delta
            new = fmt_like(wrong, last.text)
            text, _new_item, _ = item_edit(src, it.index, [(s, e - 1, new)])
            return Injection(text, it.index, f'Changed the total so it is not the sum of its parts ({right}元): '
                             f'"{it.text[s - 2:e]}" → "{it.text[s - 2:s]}{new}元".', f"{it.text[s - 2:s]}{new}元")
        if any(re.search(r"(共计|合计)$", it.text[:rel(it, p.span)[0]]) for p in it.amounts):
            continue
        right = sum(p.value for p in it.amounts)
        wrong = right + delta
        ins = rng.choice(["，共计{}元", "，合计{}元", "，以上共计{}元"]).format(fmt_like(wrong, last.text))
        text, _new_item, _ = item_edit(src, it.index, [(e, e, ins)])
        return Injection(text, it.index, f'Added a total that is not the sum of the figures before it ({right}元): "{ins[1:]}".',
                         ins[1:])
    return None


# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为

def _reasoning_insert(src: Src) -> int | None:
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


def con03(src: Src, rng: Random) -> Injection | None:
    pos = _reasoning_insert(src)
    reasoning = src.section("reasoning") or ""
    if pos is None or "届满之日" in reasoning or END_RE.search(reasoning):
        return None
    for it in src.clean_money_items():
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
            text, _new_item, marker = item_edit(src, it.index, [(m.start(), m.end(), new_end)], e)
            desc = (f'Changed the item\'s interest end "{m.group(0)}" → "{new_end}" and inserted in 本院认为: "{sentence}".')
        return Injection(text, it.index, desc, marker, check=lambda d, s=sentence: in_section(d, "reasoning", s))
    return None


# --------------------------------------------------------------------------- CON-04 award beyond the claims

def con04(src: Src, rng: Random) -> Injection | None:
    amounts = claim_amounts(src.claims_head())
    if not amounts:
        return None
    claim = max(amounts)
    for it in src.clean_money_items():
        if len(it.amounts) != 1 or it.interest or it.amounts[0].value > claim:
            continue
        a = it.amounts[0]
        step = Decimal(100 if claim < 100_000 else 1000)
        wrong = (claim * Decimal(rng.choice(["1.2", "1.5", "2"])) / step).to_integral_value(rounding="ROUND_CEILING") * step
        m = AMOUNT_RE.search(a.text)
        s, _e = rel(it, a.span)
        s += m.start(1)
        new = fmt_like(wrong, m.group(1))
        text, _new_item, _ = item_edit(src, it.index, [(s, s + len(m.group(1)), new)])
        return Injection(text, it.index, f'Raised the award above the claims (the claims ask at most {claim}元): '
                         f'"{a.text}" → "{a.text.replace(m.group(1), new)}".', a.text.replace(m.group(1), new))
    return None


# --------------------------------------------------------------------------- CON-05 same debt, two amounts

def con05(src: Src, rng: Random) -> Injection | None:
    amounts = claim_amounts(src.claims_head())
    for it in src.clean_money_items():
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
}
