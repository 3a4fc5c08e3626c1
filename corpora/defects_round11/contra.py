"""CON-03 … CON-05, round 11: the interest end written as a date in Chinese numerals against 本院认为, and a plaintiff's
concession recorded in 本院认为 ("庭审中，原告同意利息计算至约定的付款期限届满之日止") against the item; the LPR rate
multiplied ("…的1.5倍") where the claims ask the plain LPR, and a conditional penalty nobody claimed ("；如被告X逾期付款，则
另行…支付违约金…元"); the debt confirmed in a following sentence with another amount ("。经双方确认，被告X结欠的…为…元"),
and an unpaid part in brackets larger than the whole.
"""

from __future__ import annotations

import re
from decimal import Decimal
from random import Random

from corpora.defects.calc import _reasoning_insert, in_section
from corpora.defects.common import Edits, Injection, Src, item_edit, quote
from corpora.defects.money import fmt_like
from corpora.defects_round3.common import month_end
from corpora.defects_round4.calc import _interest_item, _other
from corpora.defects_round4.common import pays
from corpora.defects_round5.calc import ENDS
from corpora.defects_round7.contra import _debt_pays
from corpora.defects_round8.common import body_end
from corpora.defects_round8.contra import PAID_RE
from corpora.defects_round10.contra import END_FULL
from corpora.defects_round11.common import cn_ymd

# --------------------------------------------------------------------------- CON-03 interest end: 主文 vs 本院认为


def con03_cn_end(src: Src, rng: Random) -> Injection | None:
    """The item's end replaced by the last day of the judgment's month in Chinese numerals; 本院认为 runs it to payment."""
    held = [s for s in (src.section("reasoning") or "").split("。") if re.search(r"予以支持|确定并计算|本院确定", s)]
    said = [m for s in held for m in PAID_RE.finditer(s)]
    got = _interest_item(src) if said and src.date else None
    m = END_FULL.search(got[0].text) if got else None
    if not m:
        return None
    it, new = got[0], f"至{cn_ymd(month_end(src.date, 0))}止"
    text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
    return Injection(text, it.index, f'Ended the interest on a date written in Chinese numerals, while 本院认为 (not changed) '
                     f'runs it 「{said[-1].group(0)}」: "{m.group(0)}" → "{new}".', new)


def con03_concession(src: Src, rng: Random) -> Injection | None:
    """本院认为 records that the plaintiff narrowed the interest to the agreed due date; the item (unchanged) runs it on."""
    got, pos = _interest_item(src), _reasoning_insert(src)
    if pos is None or not got or re.search(ENDS, src.section("reasoning") or "") or not PAID_RE.search(src.claims_head()):
        return None
    it, m = got
    due = "还款期限" if re.search(r"借贷|借款", src.cause()[:80]) else "付款期限"
    sentence = f"庭审中，原告同意利息计算至约定的{due}届满之日止，本院予以照准。"
    e = Edits(src.text)
    e.insert(pos, sentence)
    inj = Injection(e.apply(), it.index, f'Inserted in 本院认为 a concession of the plaintiff that the court accepts: '
                    f'"{sentence}", while the item keeps its interest running to 「{m.group(0)}」 (not changed).',
                    m.group(0), check=lambda d, s=sentence: in_section(d, "reasoning", s))
    inj.wordings = [sentence]
    return inj


# --------------------------------------------------------------------------- CON-04 award beyond the claims

LPR = re.compile(r"按(?:照)?(?:同期)?全国银行间同业拆借中心公布的[^，。；（）]*?贷款市场报价利率")


def con04_lpr_times(src: Src, rng: Random) -> Injection | None:
    """The rate 1.5 × the 1-year LPR where the claims ask the LPR itself."""
    head = src.claims_head()
    if "贷款市场报价利率" not in head or re.search(r"倍|%|％|‰|万分之|上浮", head):
        return None
    for it in src.clean_money_items():
        m = LPR.search(it.text)
        if not m or not it.interest:
            continue
        new = "按全国银行间同业拆借中心公布的一年期贷款市场报价利率的1.5倍"
        text, _new, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
        return Injection(text, it.index, f'Raised the interest rate to 1.5 × the 1-year LPR, while the claims ask the LPR '
                         f'itself: "{m.group(0)}" → "{new}".', "一年期贷款市场报价利率的1.5倍")
    return None


def con04_if_late(src: Src, rng: Random) -> Injection | None:
    """"；如被告X逾期付款，则另行向原告Y支付违约金…元": a conditional penalty the claims never ask for."""
    if re.search(r"违约金|违约责任", src.claims_head()) or any("违约金" in it.text for it in src.items):
        return None
    for p in (x for x in pays(src) if x.deadline and x.who_role == "被告" and x.to_role == "原告" and x.value >= 1000):
        ins = f"；如被告{p.who}逾期付款，则另行向原告{p.to}支付违约金{rng.choice([500, 1000])}元"
        end = body_end(p.it.text)
        text, _new, _ = item_edit(src, p.it.index, [(end, end, ins)])
        return Injection(text, p.it.index, f'Added a conditional penalty for late payment that the claims never ask for '
                         f'(nor the facts mention): "{ins[1:]}".', ins[1:])
    return None


# --------------------------------------------------------------------------- CON-05 one debt, two amounts

def con05_confirmed(src: Src, rng: Random) -> Injection | None:
    """"。经双方确认，被告X结欠的借款为…元": a following sentence names the debt with another amount."""
    for p, noun in _debt_pays(src):
        other = fmt_like(_other(src, p, rng), p.amount)
        tail = f"。经双方确认，被告{p.who}结欠的{noun}为{other}元"
        end = body_end(p.it.text)
        text, new_item, _ = item_edit(src, p.it.index, [(end, end, tail)])
        return Injection(text, p.it.index, f'Added a following sentence in the wording of a mediation that names the '
                         f'{noun} as {other}元, against {p.amount} ordered before it: "{quote(p.it.text, 90)}" → '
                         f'"{quote(new_item, 160)}".', tail[1:])
    return None


def con05_unpaid_part(src: Src, rng: Random) -> Injection | None:
    """"借款30800元（其中尚未支付的部分为33000元）": a part of the debt larger than the whole."""
    for p, noun in _debt_pays(src):
        part = fmt_like(p.value + Decimal(rng.choice([1200, 2500])), p.amount)
        note = f"（其中尚未支付的部分为{part}元）"
        k = p.it.text.find(p.amount) + len(p.amount)
        text, new_item, _ = item_edit(src, p.it.index, [(k, k, note)])
        return Injection(text, p.it.index, f'Added a bracket that names an unpaid part of the {noun} larger than the '
                         f'{p.amount} ordered: "{quote(p.it.text, 90)}" → "{quote(new_item, 140)}".', note)
    return None


KINDS = {
    "CON-03": ("interest-end-vs-reasoning", "contradiction", [con03_cn_end, con03_concession]),
    "CON-04": ("award-beyond-claims", "contradiction", [con04_lpr_times, con04_if_late]),
    "CON-05": ("same-debt-two-amounts", "contradiction", [con05_confirmed, con05_unpaid_part]),
}
