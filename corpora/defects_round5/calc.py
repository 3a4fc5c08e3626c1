"""CAL-03 (instalments) and CON-01 … CON-05, round 5.

What rounds 1–4 wrote is listed in corpora/defects_round4/calc.py (rounds 1–3) and corpora/defects_round4/README.md (round
4: sub-items 不迟于…, two passive instalments 在…以前; an unbracketed "，大写人民币…", a bare bracket; 以上各项合计人民币…, 上述第一、
二项款项总额为人民币…; 法庭辩论终结之日, 本判决送达之日; the award in 大写 × 1.3, an added 律师代理费; 本判项所称…, 确认…尚欠…).

Here:
- CAL-03: "分四次付清，即…前付…元、…" whose parts do not add up, and a second sentence "该款于…前支付…元，剩余部分…元于…前
  付清" whose two parts do not add up.
- CON-01: the 大写 first with the figure in a bracket without a label ("人民币壹万叁仟玖佰元（13,090元）"), and a bracket "（即
  人民币…）" whose 大写 is the figure a place too low (a tenth).
- CON-02: the total first and its parts after 其中 ("款项共计…元，其中租金…元、押金…元…"), and a closing sentence "综上，被告Y
  累计应向原告X支付…元" under consecutive payment items.
- CON-03: 本院认为 fixes the end of interest on "原告首次催款之日" while the item runs it to payment, and an item ending
  interest "至本案立案之日止" against a reasoning that runs it to payment.
- CON-04: the award raised and written in 万元 with 人民币 ("人民币1.5万元"), and the item in two sentences, the second giving a
  raised figure ("…货款。该款数额为…元").
- CON-05: a second sentence "扣除已付的…元后，被告Y仍欠原告X…元" that gives the same debt another amount, and an added item
  "原告X对被告Y享有的…债权为…元".
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from random import Random

from corpora.defects.calc import _reasoning_insert, in_section
from corpora.defects.common import (
    NUM_RE,
    Edits,
    Injection,
    Src,
    add_items,
    item_edit,
    quote,
    rel,
)
from corpora.defects.money import capital, claim_amounts, fmt_like
from corpora.defects_round3.common import month_end, ymd
from corpora.defects_round4.calc import _interest_item, _other, _plain_amounts, _run
from corpora.defects_round4.common import pays
from corpora.defects_round5.common import period, role

# --------------------------------------------------------------------------- CAL-03 instalments that do not add up


def _like(p) -> str:
    return "1,000元" if "," in p.amount else "1元"


def cal03_times(src: Src, rng: Random) -> Injection | None:
    """"分四次付清，即…前付a元、…前付b元、…": four parts that do not add up to the total."""
    if not src.date:
        return None
    for p in pays(src):
        if not p.deadline or p.value < 4000:
            continue
        total = p.value
        step = Decimal(100 if total < 50_000 else 1000)
        a = (total / 4 / step).to_integral_value(rounding=ROUND_FLOOR) * step
        last = total - 3 * a + step * rng.choice([2, -3])
        if last <= 0 or 3 * a + last == total:
            continue
        like = _like(p)
        parts = [f"{ymd(month_end(src.date, k))}前付{fmt_like(x, like)}元" for k, x in zip((1, 2, 3, 4), (a, a, a, last))]
        plan = "分四次付清，即" + "、".join(parts)
        new_item = f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}，{plan}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Replaced the performance period by four payments "分四次付清，即…" that add up to '
                         f'{3 * a + last}元, not the total {total}元: "{quote(p.it.text, 80)}" → "{quote(new_item2, 200)}".',
                         plan)
    return None


def cal03_rest(src: Src, rng: Random) -> Injection | None:
    """A second sentence "该款于…前支付a元，剩余部分b元于…前付清" with a + b ≠ total."""
    if not src.date:
        return None
    for p in pays(src):
        if not p.deadline or p.value < 2000:
            continue
        total = p.value
        step = Decimal(100 if total < 50_000 else 1000)
        a = (total * Decimal("0.6") / step).to_integral_value(rounding=ROUND_CEILING) * step
        b = total - a + step * rng.choice([3, -2])
        if b <= 0 or a + b == total:
            continue
        like = _like(p)
        plan = (f"该款于{ymd(month_end(src.date, 1))}前支付{fmt_like(a, like)}元，剩余部分{fmt_like(b, like)}元于"
                f"{ymd(month_end(src.date, 3))}前付清")
        new_item = f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}。{plan}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Replaced the performance period by a second sentence with two payments that add '
                         f'up to {a + b}元, not the total {total}元: "{quote(p.it.text, 80)}" → "{quote(new_item2, 160)}".',
                         plan)
    return None


# --------------------------------------------------------------------------- CON-01 two renderings of one amount

def _hundreds_up(v: int) -> int | None:
    """The hundreds digit one up, without carrying: 4150 → 4250, 13900 → 13000."""
    s = str(v)
    if len(s) < 4:
        return None
    d = (int(s[-3]) + 1) % 10
    return int(s[:-3] + str(d) + s[-2:])


def con01_capital_first(src: Src, rng: Random) -> Injection | None:
    """"13,900元" → "人民币壹万叁仟零玖拾元（13,900元）": the 大写 first, the figure in a bracket without a label."""
    for it, a, s, e in _plain_amounts(src):
        wrong = _hundreds_up(int(a.value))
        if not wrong or wrong == int(a.value):
            continue
        new = f"人民币{capital(Decimal(wrong))}（{a.text}）"
        text, _new_item, _ = item_edit(src, it.index, [(s, e, new)])
        return Injection(text, it.index, f'Wrote the amount in 大写 first with the figure in a bracket without a label; the '
                         f'大写 reads {wrong}元, the figure {a.text}: "{a.text}" → "{new}".', new)
    return None


def con01_tenth(src: Src, rng: Random) -> Injection | None:
    """"35232元" → "35232元（即人民币叁仟伍佰贰拾叁元贰角）": the 大写 a place too low."""
    for it, a, _s, e in _plain_amounts(src):
        if e < len(it.text) and it.text[e] not in "。；":
            continue
        wrong = Decimal(int(a.value)) / 10
        ins = f"（即人民币{capital(wrong)}）"
        text, _new_item, _ = item_edit(src, it.index, [(e, e, ins)])
        return Injection(text, it.index, f'Added the 大写 after the figure as "（即人民币…）", a place too low (it reads {wrong}元 '
                         f'against the figure {a.text}): "{a.text}" → "{a.text}{ins}".', a.text + ins)
    return None


# --------------------------------------------------------------------------- CON-02 a total that is not the sum

PART_RE = re.compile(r"([\u4e00-\u9fa5]{2,8}?)(\d[\d,]*(?:\.\d+)?元)")


def con02_first(src: Src, rng: Random) -> Injection | None:
    """The total first, the parts after 其中: "…支付下列款项共计X元，其中租金…元、押金…元、保养费…元"."""
    for it in src.clean_money_items():
        if len(it.amounts) < 2 or len(it.obligations) != 1 or not it.deadline or it.deadline.text == "立即":
            continue
        ob = it.obligations[0]
        if len(ob.obligors) != 1 or len(ob.obligees) != 1 or re.search(r"利息|每月", it.text):
            continue
        amounts = list(it.amounts)
        if re.search(r"(共计|合计|总计)$", it.text[:rel(it, amounts[-1].span)[0]]):
            amounts = amounts[:-1]
        parts = []
        for a in amounts:
            s, _e = rel(it, a.span)
            head = re.sub(r"^.*(支付|返还|退还|偿还|赔偿|给付|并|、|，)", "", it.text[:s])
            head = re.sub(rf"^(?:向)?(?:原告|被告)?{re.escape(ob.obligees[0])}", "", head)
            m = re.fullmatch(r"([\u4e00-\u9fa5]{2,6})", head)
            if not m:
                break
            parts.append(f"{m.group(1)}{a.text}")
        if len(parts) != len(amounts) or len(parts) < 2:
            continue
        right = sum(a.value for a in amounts)
        wrong = right + Decimal(rng.choice([1200, -200]))
        who, to = ob.obligors[0], ob.obligees[0]
        dl = it.deadline.text
        dl = dl if dl.startswith(("于", "在")) else "于" + dl.lstrip("限")
        num = NUM_RE.match(it.text)
        nm = num.group(0) if num else ""
        end = it.text[-1] if it.text.endswith(("。", "；")) else ""
        total = f"共计{fmt_like(wrong, amounts[0].text)}元，其中" + "、".join(parts)
        new_item = f"{nm}{role(src, who)}{who}{dl}向{role(src, to)}{to}支付下列款项{total}{end}"
        text, new_item2, _ = item_edit(src, it.index, [(0, len(it.text), new_item)])
        return Injection(text, it.index, f'Rewrote the item with the total first and its parts after 其中; the total is not '
                         f'their sum ({right}元): "{quote(it.text, 90)}" → "{quote(new_item2, 160)}".', total)
    return None


def con02_summing_up(src: Src, rng: Random) -> Injection | None:
    """A closing sentence "综上，被告Y累计应向原告X支付…元" under consecutive payment items of one obligor."""
    run = _run(src)
    if not run:
        return None
    obs = {(it.obligations[0].obligors[0], it.obligations[0].obligees[0]) for it in run
           if it.obligations and it.obligations[0].obligors and it.obligations[0].obligees}
    if len(obs) != 1:
        return None
    who, to = obs.pop()
    last = run[-1]
    right = sum(it.amounts[0].value for it in run)
    wrong = right + Decimal(rng.choice([-1000, 100]))
    sentence = f"综上，{role(src, who)}{who}累计应向{role(src, to)}{to}支付{fmt_like(wrong, run[0].amounts[0].text)}元"
    t = last.text
    end = len(t) - (1 if t.endswith(("。", "；")) else 0)
    text, _new_item, _ = item_edit(src, last.index, [(end, end, "。" + sentence)])
    return Injection(text, last.index, f'Added a closing sentence to item {last.index} that sums items {run[0].index}–'
                     f'{last.index} ({right}元) wrongly: "{sentence}".', sentence)


# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为

ENDS = r"届满之日|生效之日|作出之日|辩论终结|送达之日|起诉之日|立案之日|催款|还清时|付清之日|还清之日"


def con03_demand(src: Src, rng: Random) -> Injection | None:
    """本院认为 ends interest on the plaintiff's first demand; the item runs it to payment (unchanged)."""
    pos = _reasoning_insert(src)
    if pos is None or re.search(ENDS, src.section("reasoning") or ""):
        return None
    got = _interest_item(src)
    if not got or "利息" not in got[0].text:
        return None
    it, m = got
    sentence = "被告应付利息的截止日应确定为原告首次催款之日。"
    e = Edits(src.text)
    e.insert(pos, sentence)
    inj = Injection(e.apply(), it.index, f'Inserted in 本院认为: "{sentence}", while the item keeps its interest running to '
                    f'「{m.group(0)}」 (not changed).', m.group(0), check=lambda d, s=sentence: in_section(d, "reasoning", s))
    inj.wordings = [sentence]
    return inj


def con03_filed(src: Src, rng: Random) -> Injection | None:
    """The item ends interest on the day the case was filed; 本院认为 (unchanged) runs it until payment."""
    reasoning = src.section("reasoning") or ""
    said = None
    for said in re.finditer(r"至(?:款项)?(?:实际)?(?:付清|还清|清偿|给付|履行)之日", reasoning):
        pass
    if not said or re.search(r"届满之日|生效之日|作出之日|送达之日|立案之日", reasoning):
        return None
    got = _interest_item(src)
    if not got:
        return None
    it, m = got
    new = "本案立案之日"
    text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
    return Injection(text, it.index, f'Changed the item\'s interest end "{m.group(0)}" → "{new}", while 本院认为 (not changed) '
                     f'runs it 「{said.group(0)}」.', f"至{new}")


# --------------------------------------------------------------------------- CON-04 award beyond the claims

def con04_wan(src: Src, rng: Random) -> Injection | None:
    """The award raised above the claims and written "人民币X万元"."""
    amounts = claim_amounts(src.claims_head())
    if not amounts:
        return None
    claim = max(amounts)
    for p in pays(src):
        if p.value > claim or claim < 9100:
            continue
        wrong = (claim * Decimal("1.1") / 1000).to_integral_value(rounding=ROUND_CEILING) * 1000
        wan = f"{(wrong / 10000).normalize():f}"
        it = p.it
        s, e = rel(it, it.amounts[0].span)
        new = f"人民币{wan}万元"
        text, _new_item, _ = item_edit(src, it.index, [(s, e, new)])
        return Injection(text, it.index, f'Raised the award above the claims (at most {claim}元) and wrote it in 万元 with '
                         f'人民币 ({wrong}元): "{p.amount}" → "{new}".', new)
    return None


def con04_second(src: Src, rng: Random) -> Injection | None:
    """Two sentences, the second giving a raised figure: "…货款。该款数额为…元"."""
    amounts = claim_amounts(src.claims_head())
    if not amounts:
        return None
    claim = max(amounts)
    for p in pays(src):
        if p.value > claim or not p.deadline or not re.fullmatch(r"[\u4e00-\u9fa5]{2,6}", p.body_noun):
            continue
        wrong = (claim * Decimal("1.4") / 100).to_integral_value(rounding=ROUND_CEILING) * 100
        sentence = f"该款数额为{fmt_like(wrong, p.amount)}元"
        new_item = f"{p.nm}{p.who_role}{p.who}{period(p)}{p.verb}{p.to_role}{p.to}{p.body_noun}。{sentence}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Rewrote the item in two sentences, the second giving an award above the claims '
                         f'(at most {claim}元): "{quote(p.it.text, 80)}" → "{quote(new_item2, 120)}".', sentence)
    return None


# --------------------------------------------------------------------------- CON-05 one debt, two amounts

def con05_deduct(src: Src, rng: Random) -> Injection | None:
    """A second sentence "扣除已付的…元后，被告Y仍欠原告X…元" that gives the same debt another amount."""
    for p in pays(src):
        noun = p.body_noun
        if not re.fullmatch(r"[\u4e00-\u9fa5]{2,5}", noun) or noun in ("损失", "费用") or p.value < 1000:
            continue
        paid = (p.value * Decimal("0.2") / 100).to_integral_value(rounding=ROUND_FLOOR) * 100
        left = p.value - paid + Decimal(rng.choice([500, 300]))
        sentence = (f"扣除已付的{fmt_like(paid, p.amount)}元后，{p.who_role}{p.who}仍欠{p.to_role}{p.to}{noun}"
                    f"{fmt_like(left, p.amount)}元")
        t = p.it.text
        end = len(t) - len(p.end)
        text, _new_item, _ = item_edit(src, p.it.index, [(end, end, "。" + sentence)])
        return Injection(text, p.it.index, f'Added a second sentence that states the same {noun} with another amount '
                         f'({fmt_like(left, p.amount)}元 against {p.amount} awarded): "{sentence}".', sentence)
    return None


def con05_claim(src: Src, rng: Random) -> Injection | None:
    """An added item "原告X对被告Y享有的…债权为…元" after the payment item, with another amount."""
    for p in pays(src):
        noun = p.body_noun
        if not re.fullmatch(r"[\u4e00-\u9fa5]{2,5}", noun) or noun in ("损失", "费用", "赔偿款") or p.value < 1000:
            continue
        if (not p.nm and len(src.items) > 1) or p.to_role != "原告" or p.who_role != "被告":
            continue
        other = _other(src, p, rng)
        body = f"原告{p.to}对被告{p.who}享有的{noun}债权为{fmt_like(other, p.amount)}元"
        e = Edits(src.text)
        idx = add_items(src, e, p.it.index, [body])
        return Injection(e.apply(), idx[0], f'Added an item after item {p.it.index} that states the same {noun} as a claim of '
                         f'another amount ({fmt_like(other, p.amount)}元 against {p.amount} in the payment item): '
                         f'"{body}".', body, n_items=len(src.items) + 1)
    return None


KINDS = {
    "CAL-03": ("instalments-sum", "calculation", [cal03_times, cal03_rest]),
    "CON-01": ("capital-figure-mismatch", "contradiction", [con01_capital_first, con01_tenth]),
    "CON-02": ("total-not-sum", "contradiction", [con02_first, con02_summing_up]),
    "CON-03": ("interest-end-vs-reasoning", "contradiction", [con03_demand, con03_filed]),
    "CON-04": ("award-beyond-claims", "contradiction", [con04_wan, con04_second]),
    "CON-05": ("same-debt-two-amounts", "contradiction", [con05_deduct, con05_claim]),
}
