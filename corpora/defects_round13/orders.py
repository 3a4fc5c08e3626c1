"""EXE-05 … EXE-08, round 13: an injunction with 务必 and a date in Chinese numerals but no act, object or right ("务必于
二〇二四年一月三十一日前结束其侵权状态"), and an open list of acts ("停止包括但不限于销售在内的侵害原告X著作权的行为");
visits left, in the passive, to the terms of the parents' divorce ("原告X的探望事宜，由被告Y按离婚协议的约定办理"),
and a bare right of visit joined to the support item with 同时 ("，同时被告Y享有探望原告X的权利"); after the refund, the
return of the car with the order of the two left to the enforcement court ("履行顺序由执行法院确定"), and a right to
withhold performance stated in the item ("任何一方未履行的，对方有权拒绝履行"); the heir confirmed with 同时 as the holder of
the right in the passbook ("同时确认该存折的权利人为原告X") where the claims ask for its delivery, and the house "确认为原告X的扶贫安置住房" where the claims ask to move out.
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Edits, Injection, Src, item_edit, quote
from corpora.defects_round2.execution import _add
from corpora.defects_round4.execution import _before_dismissal, _child_case
from corpora.defects_round8.common import body_end
from corpora.defects_round10.orders import _moved_out
from corpora.defects_round11.orders import _after_refund, _enjoin
from corpora.defects_round13.common import month_end_cn

# --------------------------------------------------------------------------- EXE-05 停止侵害 without act or right


def exe05_by_date(src: Src, rng: Random) -> Injection | None:
    """"被告Y务必于二〇二四年一月三十一日前结束其侵权状态": by when, but no act, object or right."""
    if not src.date:
        return None
    when = month_end_cn(src.date, 1)
    return _enjoin(src, lambda d: f"被告{d}务必于{when}前结束其侵权状态", "Added an injunction with 务必 and a date in "
                   "Chinese numerals that names no act, object or right", lambda d: "前结束其侵权状态")


def exe05_open_list(src: Src, rng: Random) -> Injection | None:
    """"被告Y停止包括但不限于销售在内的侵害原告X著作权的行为": an open list of acts."""
    ps = src.parties("plaintiff")
    if not ps:
        return None
    c = src.cause()[:80]
    act, right = ("销售", "著作权") if re.search(r"著作权|作品", c) else ("占用", "合法权益") if "返还原物" in c \
        else ("滋扰", "合法权益")
    return _enjoin(src, lambda d: f"被告{d}停止包括但不限于{act}在内的侵害原告{ps[0].name}{right}的行为", "Added an "
                   "injunction against an open list of acts (包括但不限于…), which leaves the acts to stop undetermined",
                   lambda d: f"包括但不限于{act}在内的")


# --------------------------------------------------------------------------- EXE-06 visitation

def exe06_divorce_terms(src: Src, rng: Random) -> Injection | None:
    """"原告X的探望事宜，由被告Y按离婚协议的约定办理": the terms are in a paper the judgment does not quote."""
    got = _child_case(src)
    if not got or "离婚" not in src.text:
        return None
    p, d = got
    paper = "离婚调解协议" if re.search(r"调解[^。]{0,6}离婚|离婚[^。]{0,6}调解", src.text) else "离婚协议"
    body = f"原告{p}的探望事宜，由被告{d}按{paper}的约定办理"
    return _add(src, [body], f'Added a visitation item in the passive that leaves every term to the parents\' {paper}, '
                f'which the judgment neither quotes nor annexes: "{body}".', f"由被告{d}按{paper}的约定办理")


def exe06_joined(src: Src, rng: Random) -> Injection | None:
    """"…，同时被告Y享有探望原告X的权利" joined to the support item: a bare right, no time, place or hand-over."""
    got = _child_case(src)
    if not got:
        return None
    p, d = got
    it = next((x for x in src.money_items() if "抚养费" in x.text and d in x.text), None)
    if not it:
        return None
    k = body_end(it.text)
    add = f"，同时被告{d}享有探望原告{p}的权利"
    text, new_item, _ = item_edit(src, it.index, [(k, k, add)])
    return Injection(text, it.index, f'Joined to the support item with 同时 a bare right of visit, with no time, frequency, '
                     f'place or hand-over: "{quote(it.text, 90)}" → "{quote(new_item, 200)}".', add[1:])


# --------------------------------------------------------------------------- EXE-07 mutual obligations, no order

def exe07_enforcement_court(src: Src, rng: Random) -> Injection | None:
    return _after_refund(src, lambda p, d, car: f"，原告{p}将{car}交回被告{d}，履行顺序由执行法院确定", "Added after the "
                         "refund the return of the car and left the order of the two to the enforcement court",
                         lambda p, d, car: "履行顺序由执行法院确定")


def exe07_withhold(src: Src, rng: Random) -> Injection | None:
    return _after_refund(src, lambda p, d, car: f"；原告{p}应将{car}交回被告{d}，任何一方未履行的，对方有权拒绝履行",
                         "Added after the refund the return of the car, without a period of its own, and a right of each "
                         "side to withhold its performance while the other has not performed",
                         lambda p, d, car: "任何一方未履行的，对方有权拒绝履行")


# --------------------------------------------------------------------------- EXE-08 confirmation where delivery was sought

def exe08_passbook(src: Src, rng: Random) -> Injection | None:
    """Claims now ask for the passbook to be handed over; the item only adds "，同时确认该存折的权利人为原告X"."""
    cp = src.span("claims")
    k = src.text.find("归原告所有", *cp) if cp and "继承" in src.cause()[:80] else -1
    for it in (x for x in src.items if k >= 0 and re.search(r"存折", x.text)):
        m = re.fullmatch(r"(.+?)由原告(\S+?)继承([。；]?)", it.text)
        if not m:
            continue
        ask = "，并由被告将该存折交付原告"
        e = Edits(src.text)
        e.insert(k + len("归原告所有"), ask)
        add = f"，同时确认该存折的权利人为原告{m.group(2)}"
        end = body_end(it.text)
        text, new_item, _ = item_edit(src, it.index, [(end, end, add)], e)
        return Injection(text, it.index, f'Claims now also ask for the passbook to be handed over ("{ask[1:]}"); the item '
                         f'only adds, with 同时, that the passbook belongs to the heir: "{quote(it.text, 80)}" → '
                         f'"{quote(new_item, 160)}"; nobody is ordered to hand it over.', add[1:])
    return None


def exe08_classified(src: Src, rng: Random) -> Injection | None:
    """The claims ask to move out; the item only classifies the house "确认为原告X的扶贫安置住房"."""
    if not (got := _moved_out(src)) or "扶贫" not in src.text:
        return None
    addr, p, _d = got
    body = f"{addr}的房屋确认为原告{p}的扶贫安置住房"
    return _before_dismissal(src, [body], f'The claims ask for the house to be vacated and returned; the added item only '
                             f'says what the house is and whose: "{body}"; no 腾退/交付 item follows.', f"确认为原告{p}的扶贫安置住房")


KINDS = {
    "EXE-05": ("cease-infringement-vague", "non_executable", [exe05_by_date, exe05_open_list]),
    "EXE-06": ("visitation-vague", "non_executable", [exe06_divorce_terms, exe06_joined]),
    "EXE-07": ("mutual-no-order", "non_executable", [exe07_enforcement_court, exe07_withhold]),
    "EXE-08": ("confirmation-without-delivery", "non_executable", [exe08_passbook, exe08_classified]),
}
