"""CAL-03 (instalments) and CON-01 … CON-05, round 6.

What rounds 1–5 wrote is listed in corpora/defects_round4/calc.py (rounds 1–3), corpora/defects_round5/calc.py (rounds 4
and 5) and in the READMEs of rounds 4 and 5.

Here:
- CAL-03: numbered sub-items with Arabic numerals "分三期…：（1）…之前给付…元；（2）…；（3）…" whose parts do not add up, and a
  share named as a percentage in words "其中百分之六十即…元于…前支付，其余…元于…前支付" whose rest is wrong.
- CON-01: labels in running text, 人民币 and 大写 in the same item ("人民币大写贰万玖仟捌佰元整，小写30800元"), and a bracket
  labelled 大写金额 whose 角 and 分 are swapped ("43051.85元（大写金额：肆万叁仟零伍拾壹元伍角捌分）").
- CON-02: a sum of the parts written in 万元 ("，三项相加计1.72万元"), and an added item "经核算，被告Y应向原告X支付的款项总额为
  …元" after consecutive payment items.
- CON-03: 本院认为 ends interest on "被告最后一次还款之日" while the item runs it to payment, and an item ending interest "至原告
  申请强制执行之日止" against a reasoning that runs it to payment.
- CON-04: the award as a percentage of the claimed sum ("货款53,150元的百分之一百二十"), and a refund doubled ("双倍返还").
- CON-05: a bracket "（下欠货款…元）" with another amount for the same debt, and an added item "被告Y所欠原告X的…，以本判决第一项
  确定的…元为准" with another amount.
"""

from __future__ import annotations

import re
from decimal import ROUND_FLOOR, Decimal
from random import Random

from corpora.defects.calc import _reasoning_insert, in_section
from corpora.defects.common import (
    Edits,
    Injection,
    Src,
    add_items,
    cn_num,
    item_edit,
    quote,
    rel,
)
from corpora.defects.money import capital, claim_amounts, fmt_like
from corpora.defects_round3.common import month_end, ymd
from corpora.defects_round4.calc import _interest_item, _other, _plain_amounts, _run
from corpora.defects_round4.common import pays
from corpora.defects_round5.calc import ENDS, _like
from corpora.defects_round6.common import cn_percent, role

# --------------------------------------------------------------------------- CAL-03 instalments that do not add up


def _step(total: Decimal) -> Decimal:
    return Decimal(100 if total < 50_000 else 1000)


def cal03_numbered(src: Src, rng: Random) -> Injection | None:
    """"分三期…：（1）…之前给付a元；（2）…之前给付a元；（3）…之前给付b元" with 2a + b ≠ the total."""
    if not src.date:
        return None
    for p in pays(src):
        if not p.deadline or p.value < 3000:
            continue
        total, step = p.value, _step(p.value)
        a = (total / 3 / step).to_integral_value(rounding=ROUND_FLOOR) * step
        last = total - 2 * a + step * rng.choice([4, -2])
        if last <= 0 or 2 * a + last == total:
            continue
        like = _like(p)
        parts = [f"（{k}）{ymd(month_end(src.date, 2 * k))}之前给付{fmt_like(x, like)}元" for k, x in ((1, a), (2, a), (3, last))]
        plan = "：" + "；".join(parts)
        new_item = f"{p.nm}{p.who_role}{p.who}分三期{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}{plan}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Replaced the performance period by three numbered instalments （1）（2）（3） that '
                         f'add up to {2 * a + last}元, not the total {total}元: "{quote(p.it.text, 80)}" → '
                         f'"{quote(new_item2, 200)}".', plan[1:])
    return None


def cal03_percent(src: Src, rng: Random) -> Injection | None:
    """"其中百分之六十即a元于…前支付，其余b元于…前支付": a is 60 %, a + b ≠ the total."""
    if not src.date:
        return None
    for p in pays(src):
        if not p.deadline or p.value < 2000:
            continue
        total, step = p.value, _step(p.value)
        a = total * Decimal("0.6")
        if a != a.to_integral_value():
            continue
        b = total - a + step * rng.choice([-3, 2])
        if b <= 0:
            continue
        like = _like(p)
        plan = (f"其中{cn_percent(60)}即{fmt_like(a, like)}元于{ymd(month_end(src.date, 1))}前支付，其余{fmt_like(b, like)}元于"
                f"{ymd(month_end(src.date, 4))}前支付")
        new_item = f"{p.nm}{p.who_role}{p.who}{p.verb}{p.to_role}{p.to}{p.noun}{p.amount}，{plan}{p.end}"
        text, new_item2, _ = item_edit(src, p.it.index, [(0, len(p.it.text), new_item)])
        return Injection(text, p.it.index, f'Replaced the performance period by a share named as a percentage and the rest; '
                         f'the two add up to {a + b}元, not the total {total}元: "{quote(p.it.text, 80)}" → '
                         f'"{quote(new_item2, 160)}".', plan)
    return None


# --------------------------------------------------------------------------- CON-01 two renderings of one amount

def con01_labels(src: Src, rng: Random) -> Injection | None:
    """"30800元" → "人民币大写贰万玖仟捌佰元整，小写30800元": the 大写 a thousand short."""
    for it, a, s, e in _plain_amounts(src):
        wrong = int(a.value) - 1000
        if wrong <= 0:
            continue
        new = f"人民币大写{capital(Decimal(wrong))}，小写{a.text}"
        text, _new_item, _ = item_edit(src, it.index, [(s, e, new)])
        return Injection(text, it.index, f'Wrote the amount with the labels 大写 and 小写 in running text; the 大写 reads '
                         f'{wrong}元, the figure {a.text}: "{a.text}" → "{new}".', new)
    return None


def _fen_amounts(src: Src):
    for it in src.clean_money_items():
        for a in it.amounts:
            s, e = rel(it, a.span)
            m = re.fullmatch(r"[\d,]+\.(\d)(\d)元", a.text)
            if m and m.group(1) != m.group(2) and "0" not in m.group(0)[-4:-1] and not (e < len(it.text)
                                                                                        and it.text[e] in "（("):
                yield it, a, s, e, m


def con01_fen(src: Src, rng: Random) -> Injection | None:
    """"43051.85元" → "43051.85元（大写金额：肆万叁仟零伍拾壹元伍角捌分）": 角 and 分 swapped."""
    for it, a, _s, e, m in _fen_amounts(src):
        wrong = Decimal(a.text[:-4].replace(",", "") + "." + m.group(2) + m.group(1))
        ins = f"（大写金额：{capital(wrong)}）"
        text, _new_item, _ = item_edit(src, it.index, [(e, e, ins)])
        return Injection(text, it.index, f'Added a bracket labelled 大写金额 whose 角 and 分 are swapped (it reads {wrong}元 '
                         f'against the figure {a.text}): "{a.text}" → "{a.text}{ins}".', a.text + ins)
    return None


# --------------------------------------------------------------------------- CON-02 a total that is not the sum

def con02_wan(src: Src, rng: Random) -> Injection | None:
    """"，三项相加计1.72万元" after the parts of one item (17,100元)."""
    for it in src.clean_money_items():
        n = len(it.amounts)
        if n < 2 or re.search(r"共计|合计|总计|利息|享有|每月", it.text) or n > 9:
            continue
        right = sum(a.value for a in it.amounts)
        wrong = right + 100
        wan = f"{(wrong / 10_000).normalize():f}万元"
        tail = f"，{cn_num(n)}项相加计{wan}"
        t = it.text
        end = len(t) - (1 if t.endswith(("。", "；")) else 0)
        text, _new_item, _ = item_edit(src, it.index, [(end, end, tail)])
        return Injection(text, it.index, f'Added the sum of the item\'s {n} parts in 万元 ({wan}); the parts add up to '
                         f'{right}元: "{tail[1:]}".', tail[1:])
    return None


def con02_checked(src: Src, rng: Random) -> Injection | None:
    """An added item "经核算，被告Y应向原告X支付的款项总额为…元" after consecutive payment items of one obligor."""
    run = _run(src)
    obs = {(it.obligations[0].obligors[0], it.obligations[0].obligees[0]) for it in run
           if it.obligations and it.obligations[0].obligors and it.obligations[0].obligees}
    if not run or len(obs) != 1:
        return None
    who, to = obs.pop()
    right = sum(it.amounts[0].value for it in run)
    wrong = right + Decimal(rng.choice([300, -1100]))
    body = f"经核算，{role(src, who)}{who}应向{role(src, to)}{to}支付的款项总额为{fmt_like(wrong, run[0].amounts[0].text)}元"
    e = Edits(src.text)
    idx = add_items(src, e, run[-1].index, [body])
    return Injection(e.apply(), idx[0], f'Added an item after items {run[0].index}–{run[-1].index} that states their total '
                     f'({right}元) wrongly: "{body}".', body, n_items=len(src.items) + 1)


# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为

def con03_last_payment(src: Src, rng: Random) -> Injection | None:
    """本院认为 ends interest on the defendant's last repayment; the item runs it to payment (unchanged)."""
    pos = _reasoning_insert(src)
    if pos is None or re.search(ENDS, src.section("reasoning") or ""):
        return None
    got = _interest_item(src)
    if not got:
        return None
    it, m = got
    sentence = "逾期利息应当计算至被告最后一次还款之日止。"
    e = Edits(src.text)
    e.insert(pos, sentence)
    inj = Injection(e.apply(), it.index, f'Inserted in 本院认为: "{sentence}", while the item keeps its interest running to '
                    f'「{m.group(0)}」 (not changed).', m.group(0), check=lambda d, s=sentence: in_section(d, "reasoning", s))
    inj.wordings = [sentence]
    return inj


def con03_execution(src: Src, rng: Random) -> Injection | None:
    """The item ends interest on the day the plaintiff applies for enforcement; 本院认为 (unchanged) runs it to payment."""
    reasoning = src.section("reasoning") or ""
    said = None
    for said in re.finditer(r"至(?:款项)?(?:实际)?(?:付清|还清|清偿|给付|履行)之日", reasoning):
        pass
    if not said or re.search(r"届满之日|生效之日|作出之日|送达之日|立案之日|执行之日", reasoning):
        return None
    got = _interest_item(src)
    if not got:
        return None
    it, m = got
    new = "原告申请强制执行之日"
    text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
    return Injection(text, it.index, f'Changed the item\'s interest end "{m.group(0)}" → "{new}", while 本院认为 (not changed) '
                     f'runs it 「{said.group(0)}」.', f"至{new}")


# --------------------------------------------------------------------------- CON-04 award beyond the claims

def con04_percent(src: Src, rng: Random) -> Injection | None:
    """The award as a percentage of the claimed sum: "货款53,150元的百分之一百二十"."""
    amounts = claim_amounts(src.claims_head())
    if not amounts:
        return None
    claim = max(amounts)
    for p in pays(src):
        if p.value > claim or p.value * Decimal("1.2") <= claim or p.value < 1000:
            continue
        _s, e = rel(p.it, p.it.amounts[0].span)
        ins = f"的{cn_percent(120)}"
        text, _new_item, _ = item_edit(src, p.it.index, [(e, e, ins)])
        return Injection(text, p.it.index, f'Made the award 120 % of the sum ({p.value * Decimal("1.2")}元), above the claims '
                         f'(at most {claim}元): "{p.amount}" → "{p.amount}{ins}".', p.amount + ins)
    return None


def con04_double(src: Src, rng: Random) -> Injection | None:
    """A refund doubled: "退还原告X预付款1980元" → "双倍返还原告X预付款1980元", the claims asking the single sum."""
    amounts = claim_amounts(src.claims_head())
    if not amounts or re.search(r"双倍|定金", src.section("claims") or ""):
        return None
    claim = max(amounts)
    for p in pays(src):
        if p.verb not in ("退还", "返还") or p.value > claim or 2 * p.value <= claim:
            continue
        k = p.it.text.find(p.verb)
        text, _new_item, _ = item_edit(src, p.it.index, [(k, k + 2, "双倍返还")])
        return Injection(text, p.it.index, f'Doubled the refund ({2 * p.value}元), above the claims (at most {claim}元): '
                         f'"{p.verb}" → "双倍返还".', f"双倍返还{p.to_role}{p.to}")
    return None


# --------------------------------------------------------------------------- CON-05 one debt, two amounts

def con05_remaining(src: Src, rng: Random) -> Injection | None:
    """A bracket "（下欠货款…元）" after the amount, with another amount for the same debt."""
    for p in pays(src):
        noun = p.body_noun
        if not re.fullmatch(r"[\u4e00-\u9fa5]{2,5}", noun) or noun in ("损失", "费用", "违约金") or p.value < 1000:
            continue
        left = (p.value * Decimal("0.9") / 100).to_integral_value(rounding=ROUND_FLOOR) * 100
        ins = f"（下欠{noun}{fmt_like(left, p.amount)}元）"
        k = p.it.text.find(p.amount) + len(p.amount)
        text, _new_item, _ = item_edit(src, p.it.index, [(k, k, ins)])
        return Injection(text, p.it.index, f'Added a bracket that states the same {noun} as still owed in another amount '
                         f'({fmt_like(left, p.amount)}元 against {p.amount} ordered): "{p.amount}" → "{p.amount}{ins}".',
                         p.amount + ins)
    return None


def con05_refer(src: Src, rng: Random) -> Injection | None:
    """An added item "被告Y所欠原告X的…，以本判决第一项确定的…元为准" with another amount than the item it names."""
    for p in pays(src):
        noun = p.body_noun
        if not re.fullmatch(r"[\u4e00-\u9fa5]{2,5}", noun) or noun in ("损失", "费用", "赔偿款") or p.value < 1000:
            continue
        if (not p.nm and len(src.items) > 1) or p.to_role != "原告" or p.who_role != "被告":
            continue
        other = _other(src, p, rng)
        body = f"被告{p.who}所欠原告{p.to}的{noun}，以本判决第{cn_num(p.it.index)}项确定的{fmt_like(other, p.amount)}元为准"
        e = Edits(src.text)
        idx = add_items(src, e, p.it.index, [body])
        return Injection(e.apply(), idx[0], f'Added an item after item {p.it.index} that refers back to it with another amount '
                         f'({fmt_like(other, p.amount)}元 against {p.amount} in item {p.it.index}): "{body}".', body,
                         n_items=len(src.items) + 1)
    return None


KINDS = {
    "CAL-03": ("instalments-sum", "calculation", [cal03_numbered, cal03_percent]),
    "CON-01": ("capital-figure-mismatch", "contradiction", [con01_labels, con01_fen]),
    "CON-02": ("total-not-sum", "contradiction", [con02_wan, con02_checked]),
    "CON-03": ("interest-end-vs-reasoning", "contradiction", [con03_last_payment, con03_execution]),
    "CON-04": ("award-beyond-claims", "contradiction", [con04_percent, con04_double]),
    "CON-05": ("same-debt-two-amounts", "contradiction", [con05_remaining, con05_refer]),
}
