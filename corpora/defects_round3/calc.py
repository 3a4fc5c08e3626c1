"""CAL-03 (instalments) and CON-01 … CON-05, round 3.

Round 1 writes monthly instalments "自…起每月…日前支付…元，共N期" / "分N期支付…各支付…" / "首期…余款…每月…" (CAL-03); a gloss
"（大写：…）" / "（大写人民币…）" / "（人民币…）" after the figure (CON-01); a changed "共计" or an added "，共计 / ，合计 / ，以上共计"
(CON-02); reasoning sentences ending interest "至本判决确定的履行期（限）届满之日" or "至借款实际清偿之日" (CON-03); the award × 1.2 /
1.5 / 2 (CON-04); an added item restating "上述 / 前述" debt (CON-05).
Round 2 writes "分三期履行：于…前支付…，于…前支付…，于…前支付…" and "于…前先行支付…元，余款…元于…前付清" (CAL-03); 大写 first with
"（小写：…）" / "（¥…）" (CON-01); "，两项合计…" / "，以上款项总计…" and a changed total written before its parts (CON-02); "本院酌定
计算至本判决生效之日止", "…至本判决生效之日止的利息", "…支付利息至款项付清之日，于法有据" with the item "至起诉之日" (CON-03);
the award × 1.08 / 1.17 + 30 and an added 违约金 / 经济损失 head (CON-04); "第N项所述 / 所涉…数额确定为…" and "（…以双方对账确认的…
为准）" / "（即双方结算确认的…）" (CON-05).

Here: three instalments in a second sentence "上述款项分三期：…前支付…；…前支付…；…前付清余款…" and four quarter-end dates
"于…3月31日、6月30日、9月30日、12月31日前各支付…" (CAL-03); the amount in Chinese lower-case numerals with the Arabic figure, a
zero short or extra, in brackets, and a second sentence "前述款项大写为人民币…" (CON-01); a second sentence "。以上两项共…元" and an
added item "上列第一、第二项款项总计…元" summing items (CON-02); 本院认为 ends interest "至本判决作出之日", or ends it "至欠款全部还清时"
while the item stops at a calendar date (CON-03); the award in Chinese numerals above the claim, and an interest head the claims
never asked for (CON-04); an interest base other than the principal, and a dismissal item "驳回…超过…元部分的诉讼请求" that
implies another award (CON-05).
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
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
from corpora.defects.deadlines import deadline_ops
from corpora.defects.money import capital, claim_amounts, fmt_like
from corpora.defects.unclear import END_RE
from corpora.defects_round3.common import lower_cn, month_end, ymd


def _plain_single(src: Src, minimum: int = 5000):
    """Single-amount money items without interest whose period can be removed cleanly, with the removal ops."""
    for it in src.clean_money_items():
        if len(it.amounts) != 1 or it.interest or "每月" in it.text:
            continue
        ops = deadline_ops(it)
        if not ops or it.amounts[0].value < minimum:
            continue
        yield it, ops


# --------------------------------------------------------------------------- CAL-03 instalments that do not add up

def _like(a) -> str:
    return "1,000元" if "," in a.text else "1元"


def cal03_three(src: Src, rng: Random) -> Injection | None:
    """Three dated instalments in a second sentence, the last one "付清余款" with a wrong remainder."""
    if not src.date:
        return None
    for it, ops in _plain_single(src):
        total = it.amounts[0].value
        t = it.text
        end = len(t) - (1 if t.endswith(("。", "；")) else 0)
        if any(o[1] > end for o in ops):
            continue
        step = Decimal(100 if total < 50_000 else 1000)
        a = (total / 3 / step).to_integral_value(rounding=ROUND_FLOOR) * step
        rest = total - 2 * a
        c = rest + step * rng.choice([-3, 4])
        if c <= 0 or 2 * a + c == total:
            continue
        d1, d2, d3 = (ymd(month_end(src.date, k)) for k in (2, 4, 6))
        like = _like(it.amounts[0])
        plan = (f"上述款项分三期：{d1}前支付{fmt_like(a, like)}元；{d2}前支付{fmt_like(a, like)}元；"
                f"{d3}前付清余款{fmt_like(c, like)}元")
        text, new_item, _ = item_edit(src, it.index, ops + [(end, end, "。" + plan)])
        return Injection(text, it.index, f'Replaced the performance period by three instalments in a second sentence that add '
                         f'up to {2 * a + c}元, not the total {total}元 (the remainder is {rest}元): "{quote(new_item, 200)}".',
                         plan)
    return None


def cal03_quarters(src: Src, rng: Random) -> Injection | None:
    """Four equal payments by four quarter-end dates; four times the payment is not the total."""
    if not src.date:
        return None
    for it, ops in _plain_single(src, 8000):
        total = it.amounts[0].value
        s, e = rel(it, it.amounts[0].span)
        t = it.text
        rest = t[e:]
        dl = [o for o in ops if o[0] >= e]
        if rest and not (rest in "。；" or (dl and dl[0][0] == e and dl[0][1] >= len(t.rstrip("。；")))):
            continue
        step = Decimal(100 if total < 50_000 else 1000)
        x = (total / 4 / step).to_integral_value(rounding=ROUND_CEILING) * step + step * rng.choice([0, 1])
        if 4 * x == total:
            x += step
        y = src.date.year + (1 if src.date.month >= 10 else 0)
        plan = f"，于{y}年3月31日、6月30日、9月30日、12月31日前各支付{fmt_like(x, _like(it.amounts[0]))}元"
        ops2 = [o for o in ops if o[0] < s] + [(e, max([o[1] for o in dl] + [e]), plan)]
        text, new_item, _ = item_edit(src, it.index, ops2)
        return Injection(text, it.index, f'Replaced the performance period by four quarterly payments that add up to '
                         f'{4 * x}元, not the total {total}元: "{quote(t, 90)}" → "{quote(new_item, 160)}".', plan[1:])
    return None


# --------------------------------------------------------------------------- CON-01 two renderings of one amount

def _zero_slip(v: int) -> int:
    """A zero short (30800 → 3800) or, with no zero to lose, a zero extra (26983 → 269830)."""
    s = str(v)
    return int(s.replace("0", "", 1)) if "0" in s else v * 10


def con01_lower(src: Src, rng: Random) -> Injection | None:
    """"借款30800元" → "借款三万零八百元（3800元）": lower-case numerals with the Arabic figure, a zero short, in brackets."""
    for it in src.clean_money_items():
        for a in it.amounts:
            s, e = rel(it, a.span)
            if not re.fullmatch(r"\d+元", a.text) or a.value != a.value.to_integral_value() or a.value < 1000:
                continue
            if e < len(it.text) and it.text[e] == "（":
                continue
            v = int(a.value)
            wrong = _zero_slip(v)
            new = f"{lower_cn(v)}元（{wrong}元）"
            text, _new_item, _ = item_edit(src, it.index, [(s, e, new)])
            return Injection(text, it.index, f'Wrote the amount in Chinese lower-case numerals with the Arabic figure in '
                             f'brackets, a zero {"short" if wrong < v else "extra"} ({v}元 against {wrong}元): '
                             f'"{a.text}" → "{new}".', new)
    return None


def con01_sentence(src: Src, rng: Random) -> Injection | None:
    """A second sentence gives the 大写 of "上述款项", and it reads another value."""
    for it in src.clean_money_items():
        if len(it.amounts) != 1 or it.interest or it.amounts[0].value < 1000:
            continue
        t = it.text
        end = len(t) - (1 if t.endswith(("。", "；")) else 0)
        a = it.amounts[0]
        digits = len(str(int(a.value)))
        wrong = a.value - Decimal(10) ** max(digits - 3, 1) * rng.choice([4, 6])
        sentence = f"前述款项大写为人民币{capital(wrong)}"
        text, _new_item, _ = item_edit(src, it.index, [(end, end, "。" + sentence)])
        return Injection(text, it.index, f'Added a second sentence giving the 大写 of the amount, which reads {wrong}元 against '
                         f'the figure {a.text}: "{sentence}".', sentence)
    return None


# --------------------------------------------------------------------------- CON-02 a total that is not the sum

def _consecutive_money(src: Src) -> list:
    """Consecutive single-amount money items (no interest, no monthly sums), the longest run of at least two."""
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


def con02_sentence(src: Src, rng: Random) -> Injection | None:
    """The last of several payment items gets a second sentence "以上两项共…元" with the wrong sum."""
    run = _consecutive_money(src)
    if not run:
        return None
    last = run[-1]
    right = sum(it.amounts[0].value for it in run)
    wrong = right + Decimal(rng.choice([-500, 1200]))
    t = last.text
    end = len(t) - (1 if t.endswith(("。", "；")) else 0)
    n = {2: "两"}.get(len(run), cn_num(len(run)))
    sentence = f"以上{n}项共{fmt_like(wrong, last.amounts[0].text)}元"
    text, _new_item, _ = item_edit(src, last.index, [(end, end, "。" + sentence)])
    return Injection(text, last.index, f'Added a second sentence to item {last.index} that totals items '
                     f'{run[0].index}–{last.index} ({right}元) wrongly: "{sentence}".', sentence)


def con02_item(src: Src, rng: Random) -> Injection | None:
    """An added item sums the payment items before it, wrongly: "上列第一、第二项款项总计…元，…一并付清"."""
    run = _consecutive_money(src)
    if not run or any(not it.deadline for it in run):
        return None
    right = sum(it.amounts[0].value for it in run)
    wrong = right + Decimal(rng.choice([-1000, 800]))
    refs = "、".join(f"第{cn_num(it.index)}" for it in run)
    body = f"上列{refs}项款项总计{fmt_like(wrong, run[-1].amounts[0].text)}元，于本判决生效之日起十日内一并付清"
    e = Edits(src.text)
    (new_index,) = add_items(src, e, run[-1].index, [body])
    return Injection(e.apply(), new_index, f'Added an item after item {run[-1].index} that totals items '
                     f'{run[0].index}–{run[-1].index} ({right}元) wrongly: "{body}".', body.split("，")[0],
                     n_items=len(src.items) + 1)


# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为

def _con03_sources(src: Src):
    pos = _reasoning_insert(src)
    reasoning = src.section("reasoning") or ""
    if pos is None or re.search(r"届满之日|生效之日|付清之日|起诉之日|还清时", reasoning) or END_RE.search(reasoning):
        return None
    for it in src.clean_money_items():
        m = END_RE.search(it.text)
        if it.interest and m and "违约金" not in it.text:
            return pos, it, m
    return None


def con03_judged(src: Src, rng: Random) -> Injection | None:
    """本院认为 ends interest on the day the judgment is made; the item runs it to payment (unchanged)."""
    got = _con03_sources(src)
    if not got:
        return None
    pos, it, m = got
    sentence = "对于原告主张的利息，本院支持计算至本判决作出之日止。"
    e = Edits(src.text)
    e.insert(pos, sentence)
    inj = Injection(e.apply(), it.index, f'Inserted in 本院认为: "{sentence}", while the item keeps its interest running to '
                    f'{m.group(0)} (not changed).', m.group(0), check=lambda d, s=sentence: in_section(d, "reasoning", s))
    inj.wordings = [sentence]
    return inj


def con03_fixed(src: Src, rng: Random) -> Injection | None:
    """The item stops interest at a calendar date; 本院认为 says it runs until the debt is paid in full."""
    got = _con03_sources(src)
    if not got or not src.date:
        return None
    pos, it, m = got
    start = re.search(r"\d{4}年\d{1,2}月\d{1,2}日", it.interest[0].text)
    frm = f"自{start.group(0)}起" if start else ""
    date = ymd(month_end(src.date, 1))
    sentence = f"被告应{frm}向原告支付利息至欠款全部还清时止。"
    e = Edits(src.text)
    e.insert(pos, sentence)
    text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), date)], e)
    return Injection(text, it.index, f'Changed the item\'s interest end "{m.group(0)}" → "{date}" and inserted in 本院认为: '
                     f'"{sentence}".', f"至{date}", check=lambda d, s=sentence: in_section(d, "reasoning", s))


# --------------------------------------------------------------------------- CON-04 award beyond the claims

def con04_lower(src: Src, rng: Random) -> Injection | None:
    """The award, in Chinese lower-case numerals, is a quarter above the largest claimed amount."""
    amounts = claim_amounts(src.claims_head())
    if not amounts:
        return None
    claim = max(amounts)
    for it in src.clean_money_items():
        if len(it.amounts) != 1 or it.interest:
            continue
        a = it.amounts[0]
        if not re.fullmatch(r"\d+元", a.text) or a.value > claim:
            continue
        wrong = (claim * Decimal("1.25") / 100).to_integral_value(rounding=ROUND_CEILING) * 100
        s, e = rel(it, a.span)
        new = f"{lower_cn(int(wrong))}元"
        text, _new_item, _ = item_edit(src, it.index, [(s, e, new)])
        return Injection(text, it.index, f'Raised the award above the claims (at most {claim}元) and wrote it in Chinese '
                         f'lower-case numerals ({wrong}元): "{a.text}" → "{new}".', new)
    return None


def con04_interest(src: Src, rng: Random) -> Injection | None:
    """A complete interest clause is awarded although the claims ask for the principal only."""
    head = src.claims_head()
    filed = re.search(r"于(\d{4}年\d{1,2}月\d{1,2}日)(?:立案|受理)", src.cause())
    if not head or re.search(r"利息|息|损失|违约金", head) or not filed:
        return None
    for it in src.clean_money_items():
        if len(it.amounts) != 1 or it.interest:
            continue
        _s, e = rel(it, it.amounts[0].span)
        t = it.text
        if not (e == len(t) or t[e] in "，。；"):
            continue
        clause = (f"并支付该款自{filed.group(1)}起按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算至实际清偿之日止的"
                  f"利息")
        text, _new_item, _ = item_edit(src, it.index, [(e, e, "，" + clause)])
        return Injection(text, it.index, f'Awarded interest that the claims do not ask for (they ask only for '
                         f'{quote(head, 60)}): "{it.amounts[0].text}" → "{it.amounts[0].text}，{clause}".', clause)
    return None


# --------------------------------------------------------------------------- CON-05 one debt, two amounts

BASE_RE = re.compile(r"以(?:本金)?(\d[\d,]*(?:\.\d+)?)元(?:中未履行部分)?为基数")


def con05_base(src: Src, rng: Random) -> Injection | None:
    """The interest is computed on a base other than the principal the item awards."""
    for it in src.clean_money_items():
        if not it.interest or "违约金" in it.text or "手续费" in it.text:
            continue
        a = it.amounts[0]
        other = a.value + Decimal(rng.choice([2000, 5000]))
        fo = fmt_like(other, a.text)
        t = it.text
        m = BASE_RE.search(t)
        if m:
            ops = [(m.start(1), m.end(1), fo)]
            marker = t[m.start():m.start(1)] + fo + "元"
        else:
            p = re.search(r"(利息|利息损失|逾期利息)（", t)
            q = re.search(r"并支付该款(?=自)", t)
            if p:
                ops = [(p.end(), p.end(), f"以{fo}元为基数，")]
            elif q:
                ops = [(q.start() + 3, q.end(), f"以{fo}元为基数")]
            else:
                continue
            marker = f"以{fo}元为基数"
        text, _new_item, _ = item_edit(src, it.index, ops)
        return Injection(text, it.index, f'The interest of the item runs on a base of {fo}元 while the principal it awards is '
                         f'{a.text}: "{marker}".', marker)
    return None


def con05_dismissal(src: Src, rng: Random) -> Injection | None:
    """"驳回原告A的其他诉讼请求" → "驳回原告A要求被告B赔偿超过Z元部分的诉讼请求", Z not the amount awarded."""
    money = [it for it in src.clean_money_items() if len(it.amounts) == 1 and len(it.obligations) == 1]
    last = src.items[-1] if src.items else None
    if len(money) != 1 or not last or not re.search(r"驳回原告(\S+?)的其他诉讼请求", last.text):
        return None
    it = money[0]
    a = it.amounts[0]
    ob = it.obligations[0]
    if len(ob.obligors) != 1:
        return None
    pool = " ".join((src.section(n) or "") for n in ("facts", "reasoning")) + src.claims_head()
    near = sorted({v for v in claim_amounts(pool) if a.value < v <= a.value * Decimal("1.5")})
    z = near[0] if near else a.value + Decimal(rng.choice([1000, 3000]))
    fz = fmt_like(z, a.text)
    verb = "赔偿" if "赔偿" in it.text else "支付"
    m = re.search(r"驳回原告(\S+?)的其他诉讼请求", last.text)
    new = f"驳回原告{m.group(1)}要求被告{ob.obligors[0]}{verb}超过{fz}元部分的诉讼请求"
    text, _new_item, _ = item_edit(src, last.index, [(m.start(), m.end(), new)])
    return Injection(text, last.index, f'The dismissal item now dismisses only the part above {fz}元, which implies an award '
                     f'of {fz}元, while item {it.index} awards {a.text}: "{m.group(0)}" → "{new}".', f"超过{fz}元部分")


KINDS = {
    "CAL-03": ("instalments-sum", "calculation", [cal03_three, cal03_quarters]),
    "CON-01": ("capital-figure-mismatch", "contradiction", [con01_lower, con01_sentence]),
    "CON-02": ("total-not-sum", "contradiction", [con02_sentence, con02_item]),
    "CON-03": ("interest-end-vs-reasoning", "contradiction", [con03_fixed, con03_judged]),
    "CON-04": ("award-beyond-claims", "contradiction", [con04_lower, con04_interest]),
    "CON-05": ("same-debt-two-amounts", "contradiction", [con05_base, con05_dismissal]),
}
