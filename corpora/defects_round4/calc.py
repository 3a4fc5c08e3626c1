"""CAL-03 (instalments) and CON-01 … CON-05, round 4.

Rounds 1–3 write monthly instalments (共N期 / 分N期…各支付 / 首期…余款…每月), "分三期履行：于…前支付…", "于…前先行支付…，余款…前
付清", "上述款项分三期：…前支付…；…前付清余款…" and four quarter-end dates (CAL-03); a 大写 gloss in brackets after the figure
(（大写：…） / （大写人民币…） / （人民币…）), 大写 first with （小写：…） / （¥…）, lower-case numerals with the figure in brackets and
"前述款项大写为人民币…" (CON-01); a changed 共计, an added "，共计 / ，合计 / ，以上共计 / ，两项合计 / ，以上款项总计", a changed total
before its parts, "以上两项共…" and an added item "上列第一、第二项款项总计…" (CON-02); reasoning or items ending interest at 履行期
（限）届满之日, 判决生效之日, 判决作出之日, 起诉之日, 实际清偿 / 付清之日, 欠款全部还清时 or a calendar date (CON-03); the award × 1.2 /
1.5 / 2 / 1.08 / 1.17 (+30) / 1.25 in lower-case numerals, an added 违约金 / 经济损失 head and an unclaimed interest clause
(CON-04); an added item restating "上述 / 前述 / 第N项所述 / 所涉…" debt, "（…以双方对账确认的…为准）", an interest base other than
the principal and a dismissal "超过…元部分" (CON-05).

Here:
- CAL-03: sub-items "按下列期限履行：（一）不迟于…支付…；（二）…；（三）…", and a passive item "由被告X分两期支付：第一期在…以前
  支付…，第二期在…以前支付…".
- CON-01: an unbracketed "，大写人民币…元整" after the figure (two digits swapped), and a bracket with the 大写 only, no label,
  one digit moved down a place (13,900元（壹万叁仟零玖拾元整）).
- CON-02: a payment item rewritten as sub-items with a closing line "以上各项合计人民币…元", and a line "上述第一、二项款项总额为
  人民币…" in 大写.
- CON-03: 本院认为 ends interest "至本案法庭辩论终结之日止" while the item runs to payment, and an item ending interest "至本判决
  送达之日止" against a reasoning that runs it to payment.
- CON-04: the award written in 大写 only, 1.3 times the claim, and sub-items adding a 律师代理费 the claims never asked for.
- CON-05: a second sentence "本判项所称借款为…元" with the amount of the IOU, and a confirmation item "确认被告X尚欠原告Y…元"
  before the payment item of another amount.
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from random import Random

from corpora.defects.calc import _reasoning_insert, in_section
from corpora.defects.common import Edits, Injection, Src, cn_num, item_edit, quote, rel
from corpora.defects.money import capital, claim_amounts, fmt_like
from corpora.defects.unclear import END_RE
from corpora.defects_round2.common import insert_items_before
from corpora.defects_round3.common import month_end, ymd
from corpora.defects_round4.common import numbered, pays
from extractors.structure.patterns import COSTS

# --------------------------------------------------------------------------- CAL-03 instalments that do not add up


def _like(p) -> str:
    return "1,000元" if "," in p.amount else "1元"


def cal03_sub(src: Src, rng: Random) -> Injection | None:
    """Sub-items "（一）不迟于…支付…元；（二）…；（三）…" whose sum is not the total."""
    if not src.date:
        return None
    for p in pays(src):
        nm = numbered(src, p.it)
        if not p.deadline or p.value < 5000 or not nm:
            continue
        total = p.value
        step = Decimal(100 if total < 50_000 else 1000)
        a = (total * Decimal("0.4") / step).to_integral_value(rounding=ROUND_FLOOR) * step
        b = a
        c = total - a - b + step * rng.choice([-2, 3])
        if c <= 0 or a + b + c == total:
            continue
        dates = [ymd(month_end(src.date, k)) for k in (2, 5, 8)]
        like = _like(p)
        lines = [f"（{cn_num(i + 1)}）不迟于{d}支付{fmt_like(x, like)}元" for i, (d, x) in enumerate(zip(dates, (a, b, c)))]
        new_item = (f"{nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}，按下列期限履行：\n"
                    + "；\n".join(lines) + "。")
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Replaced the performance period by three sub-items, each "不迟于…支付…", that add '
                         f'up to {a + b + c}元, not the total {total}元: "{quote(new_item2, 220)}".', lines[2],
                         n_items=len(src.items))
    return None


def cal03_two(src: Src, rng: Random) -> Injection | None:
    """Passive, two instalments "第一期在…以前支付…元，第二期在…以前支付…元" whose sum is not the total."""
    if not src.date:
        return None
    for p in pays(src):
        if not p.deadline or p.value < 5000:
            continue
        total = p.value
        step = Decimal(100 if total < 50_000 else 1000)
        a = (total / 2 / step).to_integral_value(rounding=ROUND_CEILING) * step
        b = total - a - step * rng.choice([5, 10])
        if b <= 0 or a + b == total:
            continue
        like = _like(p)
        d1, d2 = ymd(month_end(src.date, 2)), ymd(month_end(src.date, 5))
        plan = f"第一期在{d1}以前支付{fmt_like(a, like)}元，第二期在{d2}以前支付{fmt_like(b, like)}元"
        new_item = (f"{p.nm}{p.to_role}{p.to}的{p.body_noun}{p.amount}，由{p.who_role}{p.who}分两期{p.verb}：{plan}{p.end}")
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Rewrote the payment item in the passive with two instalments "在…以前" that add '
                         f'up to {a + b}元, not the total {total}元: "{quote(p.it.text, 80)}" → "{quote(new_item2, 160)}".',
                         plan)
    return None


# --------------------------------------------------------------------------- CON-01 two renderings of one amount

def _swap_thousands_hundreds(v: int) -> int | None:
    s = str(v)
    if len(s) < 4 or s[-4] == s[-3]:
        return None
    return int(s[:-4] + s[-3] + s[-4] + s[-2:])


def _move_down(v: int) -> int | None:
    """The lowest non-zero digit that has a 0 right after it moved one place down: 13900 → 13090, 4150 → 4105."""
    s = str(v)
    for i in range(len(s) - 2, 0, -1):  # never the leading digit: 20000 → 2000 would be a zero short
        if s[i] != "0" and s[i + 1] == "0":
            return int(s[:i] + "0" + s[i] + s[i + 2:])
    return None


def _plain_amounts(src: Src):
    for it in src.clean_money_items():
        for a in it.amounts:
            s, e = rel(it, a.span)
            if a.value < 1000 or a.value != a.value.to_integral_value() or (e < len(it.text) and it.text[e] in "（(，,"):
                continue
            if not re.fullmatch(r"[\d,]+(?:\.0+)?元", a.text):
                continue
            yield it, a, s, e


def con01_comma(src: Src, rng: Random) -> Injection | None:
    """"13350元" → "13350元，大写人民币壹万叁仟伍佰叁拾元整": an unbracketed 大写 with two digits swapped."""
    for it, a, _s, e in _plain_amounts(src):
        if e < len(it.text) and it.text[e] not in "。；":
            continue
        wrong = _swap_thousands_hundreds(int(a.value))
        if not wrong:
            continue
        ins = f"，大写人民币{capital(Decimal(wrong))}"
        text, _new_item, _ = item_edit(src, it.index, [(e, e, ins)])
        return Injection(text, it.index, f'Added an unbracketed 大写 after the figure, with two digits swapped (the 大写 reads '
                         f'{wrong}元 against the figure {a.text}): "{a.text}" → "{a.text}{ins}".', ins[1:])
    return None


def con01_bare_bracket(src: Src, rng: Random) -> Injection | None:
    """"13,900元" → "13,900元（壹万叁仟零玖拾元整）": the 大写 in a bracket without 大写 / 人民币, a digit one place down."""
    for it, a, _s, e in _plain_amounts(src):
        if e < len(it.text) and it.text[e] not in "。；":
            continue
        wrong = _move_down(int(a.value))
        if not wrong:
            continue
        ins = f"（{capital(Decimal(wrong))}）"
        text, _new_item, _ = item_edit(src, it.index, [(e, e, ins)])
        return Injection(text, it.index, f'Added the 大写 in a bracket without a label, with one digit a place too low (the '
                         f'大写 reads {wrong}元 against the figure {a.text}): "{a.text}" → "{a.text}{ins}".', a.text + ins)
    return None


# --------------------------------------------------------------------------- CON-02 a total that is not the sum

HEAD_RE = re.compile(r"([\u4e00-\u9fa5]{2,8}(?:费|金|损失))(\d+(?:\.\d+)?)元")


def con02_sub(src: Src, rng: Random) -> Injection | None:
    """A 共计 item rewritten as sub-items from the heads the reasoning lists, closed by "以上各项合计人民币…元" (wrong)."""
    reasoning = src.section("reasoning") or ""
    for p in pays(src):
        if "共计" not in p.noun or not p.deadline:
            continue
        nm = numbered(src, p.it)
        m = re.search(r"((?:" + HEAD_RE.pattern + r"[，、；]?){2,})[，、；]?(?:共计|合计|以上合计)" + re.escape(p.amount), reasoning)
        if not m or not nm:
            continue
        heads = HEAD_RE.findall(m.group(1))
        if sum(Decimal(v) for _, v in heads) != p.value:
            continue
        wrong = p.value + Decimal(rng.choice([100, -1000]))
        groups = [[f"{h}{v}元"] for h, v in heads]
        # a sub-item line that starts like the costs sentence (（四）鉴定费…) would end the 主文: join it to the line before
        while len(groups) > 1:
            k = next((i for i, g in enumerate(groups) if i and COSTS.match(f"（{cn_num(i + 1)}）" + "、".join(g))), None)
            if k is None:
                break
            groups[k - 1] += groups.pop(k)
        lines = [f"（{cn_num(i + 1)}）" + "、".join(g) for i, g in enumerate(groups)]
        total = f"以上各项合计人民币{fmt_like(wrong, p.amount)}元"
        what = "下列损失" if p.verb == "赔偿" else "下列款项"
        new_item = (f"{nm}{p.who_role}{p.who}{p.deadline}{p.verb}{p.to_role}{p.to}{what}：\n" + "；\n".join(lines)
                    + f"；\n{total}。")
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Rewrote the item as {len(lines)} sub-items (the {len(heads)} heads and figures of 本院认为) '
                         f'with a closing total that is not their sum ({p.value}元): "{quote(new_item2, 260)}".', total)
    return None


def _run(src: Src) -> list:
    """Consecutive single-amount payment items, the longest run of at least two."""
    runs, cur = [], []
    for it in src.items:
        ok = it in src.clean_money_items() and len(it.amounts) == 1 and not it.interest and "每月" not in it.text
        if ok and (not cur or cur[-1].index == it.index - 1):
            cur.append(it)
        else:
            if len(cur) >= 2:
                runs.append(cur)
            cur = [it] if ok else []
    if len(cur) >= 2:
        runs.append(cur)
    return max(runs, key=len) if runs else []


def con02_capital(src: Src, rng: Random) -> Injection | None:
    """A line "上述第一、二项款项总额为人民币…" (大写) under the last of several payment items, with the wrong sum."""
    run = _run(src)
    if not run or any(not re.match(r"^[一二三四五六七八九十]+、", it.text) for it in run):
        return None
    last = run[-1]
    right = sum(it.amounts[0].value for it in run)
    wrong = right + Decimal(rng.choice([1000, -100]))
    refs = "、".join(cn_num(it.index) for it in run)
    line = f"上述第{refs}项款项总额为人民币{capital(wrong)}"
    t = last.text
    end = len(t) - (1 if t.endswith(("。", "；")) else 0)
    text, _new_item, _ = item_edit(src, last.index, [(end, end, "。\n" + line)])
    return Injection(text, last.index, f'Added a line to item {last.index} that totals items {run[0].index}–{last.index} '
                     f'({right}元) in 大写, wrongly ({wrong}元): "{line}".', line)


# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为

def _interest_item(src: Src):
    for it in src.clean_money_items():
        m = END_RE.search(it.text)
        if it.interest and m:
            return it, m
    return None


def con03_debate(src: Src, rng: Random) -> Injection | None:
    """本院认为 ends interest on the day the debate in court closed; the item runs it to payment (unchanged)."""
    pos = _reasoning_insert(src)
    reasoning = src.section("reasoning") or ""
    if pos is None or re.search(r"届满之日|生效之日|作出之日|辩论终结|送达之日|起诉之日|还清时|付清之日|还清之日", reasoning):
        return None
    got = _interest_item(src)
    if not got:
        return None
    it, m = got
    sentence = "利息应计算至本案法庭辩论终结之日止。"
    e = Edits(src.text)
    e.insert(pos, sentence)
    inj = Injection(e.apply(), it.index, f'Inserted in 本院认为: "{sentence}", while the item keeps its interest running to '
                    f'{m.group(0)} (not changed).', m.group(0), check=lambda d, s=sentence: in_section(d, "reasoning", s))
    inj.wordings = [sentence]
    return inj


def con03_served(src: Src, rng: Random) -> Injection | None:
    """The item ends interest on the day the judgment is served; 本院认为 (unchanged) runs it until payment."""
    reasoning = src.section("reasoning") or ""
    said = None
    for said in re.finditer(r"至(?:款项)?(?:实际)?(?:付清|还清|清偿|给付)之日", reasoning):
        pass  # the last one: the court's own ruling follows the parties' claims
    if not said or re.search(r"届满之日|生效之日|作出之日|送达之日", reasoning):
        return None
    got = _interest_item(src)
    if not got:
        return None
    it, m = got
    new = "本判决送达之日"
    text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
    return Injection(text, it.index, f'Changed the item\'s interest end "{m.group(0)}" → "{new}", while 本院认为 (not changed) '
                     f'runs it 「{said.group(0)}」.', f"至{new}")


# --------------------------------------------------------------------------- CON-04 award beyond the claims

def con04_capital(src: Src, rng: Random) -> Injection | None:
    """The award written in 大写 only, 1.3 times the largest claimed amount."""
    amounts = claim_amounts(src.claims_head())
    if not amounts:
        return None
    claim = max(amounts)
    for p in pays(src):
        if p.value > claim:
            continue
        wrong = (claim * Decimal("1.3") / 100).to_integral_value(rounding=ROUND_CEILING) * 100
        it = p.it
        s, e = rel(it, it.amounts[0].span)
        new = f"人民币{capital(wrong)}"
        text, _new_item, _ = item_edit(src, it.index, [(s, e, new)])
        return Injection(text, it.index, f'Raised the award above the claims (at most {claim}元) and wrote it in 大写 only '
                         f'({wrong}元): "{p.amount}" → "{new}".', new)
    return None


def con04_fee_head(src: Src, rng: Random) -> Injection | None:
    """Sub-items: the claimed sum, plus "（二）律师代理费…元" the claims never asked for."""
    head = src.claims_head()
    amounts = claim_amounts(head)
    if not amounts or re.search(r"律师|违约金|损失|利息|费用", head):
        return None
    for p in pays(src):
        nm = numbered(src, p.it)
        if p.value != max(amounts) or not p.deadline or not nm:
            continue
        x = (p.value * Decimal("0.06") / 100).to_integral_value(rounding=ROUND_CEILING) * 100
        fee = f"（二）律师代理费{fmt_like(x, p.amount)}元"
        new_item = (f"{nm}{p.who_role}{p.who}{p.deadline}{p.verb}{p.to_role}{p.to}下列款项：\n（一）{p.body_noun}{p.amount}；"
                    f"\n{fee}。")
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Split the item into sub-items and added a 律师代理费 the claims do not ask for, so '
                         f'that the award ({p.value + x}元) exceeds the claims (at most {max(amounts)}元): '
                         f'"{quote(new_item2, 160)}".', fee)
    return None


# --------------------------------------------------------------------------- CON-05 one debt, two amounts

def _other(src: Src, p, rng: Random) -> Decimal:
    """An amount the claims give for the same debt (an IOU's 3.3万元 against 30800元 awarded), else the award plus a bit."""
    head = src.claims_head()
    noun = p.body_noun
    same = [claim_amounts(m.group(0))[0] for m in re.finditer(re.escape(noun[-2:]) + r"(\d[\d,]*(?:\.\d+)?(?:万)?元)", head)]
    near = [x for x in same if x != p.value and p.value * Decimal("0.8") < x < p.value * 2]
    return near[0] if near else p.value + Decimal(rng.choice([1200, 2500]))


def con05_this_item(src: Src, rng: Random) -> Injection | None:
    """A second sentence "本判项所称借款为…元" with another amount."""
    for p in pays(src):
        noun = p.body_noun
        if not re.fullmatch(r"[\u4e00-\u9fa5]{2,5}", noun) or noun in ("损失", "费用") or p.value < 1000:
            continue
        other = _other(src, p, rng)
        sentence = f"本判项所称{noun}为{fmt_like(other, p.amount)}元"
        t = p.it.text
        end = len(t) - len(p.end)
        text, _new_item, _ = item_edit(src, p.it.index, [(end, end, "。" + sentence)])
        return Injection(text, p.it.index, f'Added a second sentence that restates the same {noun} with another amount '
                         f'({fmt_like(other, p.amount)}元 against {p.amount}): "{sentence}".', sentence)
    return None


def con05_confirm(src: Src, rng: Random) -> Injection | None:
    """A confirmation item "确认被告X尚欠原告Y…元" before the payment item, with another amount."""
    for p in pays(src):
        noun = p.body_noun
        if not re.fullmatch(r"[\u4e00-\u9fa5]{2,5}", noun) or noun in ("损失", "费用", "赔偿款") or p.value < 1000:
            continue
        if (not p.nm and len(src.items) > 1) or (p.it.span[0] and src.text[p.it.span[0] - 1] != "\n"):
            continue
        other = _other(src, p, rng)
        body = f"确认{p.who_role}{p.who}尚欠{p.to_role}{p.to}{noun}{fmt_like(other, p.amount)}元"
        e = Edits(src.text)
        idx = insert_items_before(src, e, p.it.index, [body])
        return Injection(e.apply(), idx[0], f'Added a confirmation item before item {p.it.index} that states the same {noun} '
                         f'with another amount ({fmt_like(other, p.amount)}元 against {p.amount} in the payment item, now '
                         f'item {p.it.index + 1}): "{body}".', body, n_items=len(src.items) + 1)
    return None


KINDS = {
    "CAL-03": ("instalments-sum", "calculation", [cal03_sub, cal03_two]),
    "CON-01": ("capital-figure-mismatch", "contradiction", [con01_comma, con01_bare_bracket]),
    "CON-02": ("total-not-sum", "contradiction", [con02_sub, con02_capital]),
    "CON-03": ("interest-end-vs-reasoning", "contradiction", [con03_debate, con03_served]),
    "CON-04": ("award-beyond-claims", "contradiction", [con04_capital, con04_fee_head]),
    "CON-05": ("same-debt-two-amounts", "contradiction", [con05_this_item, con05_confirm]),
}
