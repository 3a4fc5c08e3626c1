"""EXE-05 … EXE-08, round 10: "责令被告Y停止侵害原告X的合法权益", and "，今后不得再实施类似行为" after damages; visits as a
numbered list with place and hand-over open, and subject to the other parent's consent; the counter-duty in brackets in
the passive, and "。双方一致同意退车退款"; "…享有使用权" and "被告Y对…系原告X所有不持异议" where delivery was sought.
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import (
    Edits,
    Injection,
    Src,
    add_items,
    item_edit,
    last_award_item,
)
from corpora.defects_round2.execution import _add, _occupier, _pd, _vacate_case, _who
from corpora.defects_round4.execution import _before_dismissal, _child_case
from corpora.defects_round7.orders import _refund_car
from corpora.defects_round8.common import body_end

# --------------------------------------------------------------------------- EXE-05 停止侵害 without act or right

TORT = r"侵权|著作权|作品|商标|人格权|健康权|身体权"


def exe05_order(src: Src, rng: Random) -> Injection | None:
    """"责令被告Y停止侵害原告X的合法权益": no act, and 合法权益 for the right."""
    if _vacate_case(src):
        body = f"责令被告{_occupier(src)}停止侵害原告{_who(src, 'plaintiff')}的合法权益"
        return _before_dismissal(src, [body], f'Added a 责令 injunction that names no act and no right: "{body}".',
                                 "停止侵害原告")
    enjoined = {x.name for x in src.parties("defendant") for it in src.items if x.name in it.text and "停止" in it.text}
    free = [x.name for x in src.parties("defendant") if x.name not in enjoined]
    p = _who(src, "plaintiff")
    if src.dtype != "judgment" or not free or not p or not src.money_items() or not re.search(TORT, src.cause()[:80]):
        return None
    body = f"责令被告{free[-1]}停止侵害原告{p}的合法权益"
    return _add(src, [body], f'Added a 责令 injunction that names no act and no right: "{body}".', "停止侵害原告")


def exe05_similar(src: Src, rng: Random) -> Injection | None:
    """A damages item that goes on "，今后不得再实施类似行为"."""
    if src.dtype != "judgment" or not re.search(TORT, src.cause()[:80]):
        return None
    for it in src.clean_money_items():
        if "停止" in it.text or "不得" in it.text or not it.obligations or len(it.obligations[0].obligors) != 1:
            continue
        end = body_end(it.text)
        text, _new, _ = item_edit(src, it.index, [(end, end, "，今后不得再实施类似行为")])
        return Injection(text, it.index, 'Added to the damages item an injunction that names no act (which acts are '
                         '"similar"?): "今后不得再实施类似行为".', "今后不得再实施类似行为")
    return None


# --------------------------------------------------------------------------- EXE-06 visitation

def exe06_list(src: Src, rng: Random) -> Injection | None:
    if not (got := _child_case(src)):
        return None
    p, d = got
    body = f"被告{d}按以下方式探望原告{p}：1.每月两次；2.探望地点由双方届时协商；3.交接方式另行确定"
    return _add(src, [body], f'Added a visitation item as a numbered list that leaves the place and the hand-over open: '
                f'"{body}".', "2.探望地点由双方届时协商；3.交接方式另行确定")


def exe06_consent(src: Src, rng: Random) -> Injection | None:
    if not (got := _child_case(src)):
        return None
    p, d = got
    body = f"被告{d}可探望原告{p}，但应事先征得原告{p}法定代理人的同意"
    return _add(src, [body], f'Added a visitation item subject to the other parent\'s consent, with no time, place or '
                f'hand-over: "{body}".', f"但应事先征得原告{p}法定代理人的同意")


# --------------------------------------------------------------------------- EXE-07 mutual obligations, no order

def exe07_bracket(src: Src, rng: Random) -> Injection | None:
    """"购车款30000元（车辆由原告X交回被告Y）": the counter-duty in brackets, in the passive."""
    if not (got := _refund_car(src)):
        return None
    p, d, it, _car, _noun = got
    a = it.amounts[0]
    k = a.span[1] - it.span[0]
    note = f"（车辆由原告{p}交回被告{d}）"
    text, _new, _ = item_edit(src, it.index, [(k, k, note)])
    return Injection(text, it.index, f'Added the plaintiff\'s return of the car in brackets after the refund, in the passive, '
                     f'with no order of performance: "{note}".', note)


def exe07_agreed(src: Src, rng: Random) -> Injection | None:
    """"。双方一致同意退车退款": the wording of a mediation agreement, no order."""
    if not (got := _refund_car(src)):
        return None
    it, end = got[2], body_end(got[2].text)
    text, _new, _ = item_edit(src, it.index, [(end, end, "。双方一致同意退车退款")])
    return Injection(text, it.index, 'Added after the refund the wording of a mediation agreement, with the return of the '
                     'car and no order of performance: "双方一致同意退车退款".', "双方一致同意退车退款")


# --------------------------------------------------------------------------- EXE-08 confirmation where delivery was sought

def _moved_out(src: Src):
    m = re.search(r"从([^，。；]{6,40}?号)搬出", src.section("claims") or "") if _vacate_case(src) else None
    return (m.group(1), _who(src, "plaintiff"), _occupier(src)) if m else None


def exe08_use(src: Src, rng: Random) -> Injection | None:
    """The claims ask to move out; the item only says "原告X对…的房屋享有使用权"."""
    if not (got := _moved_out(src)):
        return None
    addr, p, _d = got
    body = f"原告{p}对{addr}的房屋享有使用权"
    return _before_dismissal(src, [body], f'The claims ask for the house to be vacated and returned; the added item only '
                             f'declares the plaintiff\'s right to use it: "{body}"; no 腾退/交付 item follows.', "的房屋享有使用权")


def exe08_no_objection(src: Src, rng: Random) -> Injection | None:
    """The defendant's acknowledgment as the item: "被告Y对…的房屋系原告X所有不持异议"."""
    if got := _moved_out(src):
        addr, p, d = got
        body = f"被告{d}对{addr}的房屋系原告{p}所有不持异议"
        return _before_dismissal(src, [body], f'The claims ask for the house to be vacated and returned; the added item '
                                 f'records the defendant\'s acknowledgment instead: "{body}"; nobody is ordered to do '
                                 f'anything.', "所有不持异议")
    p, d = _pd(src)
    cp, seat = src.span("claims"), re.search(r"坐落于“([^”]+)”", src.text)
    m = re.search(r"判令被告[^；。]*?(?=；|。)", src.text[cp[0]:cp[1]]) if cp and seat and p else None
    if not m or not src.money_items() or "房屋买卖" not in src.cause()[:80]:
        return None
    add = "，并判令被告将出售给原告的房屋过户至原告名下"
    e = Edits(src.text)
    e.insert(cp[0] + m.end(), add)
    body = f"被告{d}对坐落于“{seat.group(1)}”的房屋系原告{p}所有不持异议"
    idx = add_items(src, e, last_award_item(src), [body])
    return Injection(e.apply(), idx[-1], f'Claims now ask for the transfer of the house ("{add[1:]}"); the added item '
                     f'records the defendant\'s acknowledgment instead: "{body}"; nobody is ordered to 协助办理.',
                     "所有不持异议", n_items=len(src.items) + 1)


KINDS = {
    "EXE-05": ("cease-infringement-vague", "non_executable", [exe05_order, exe05_similar]),
    "EXE-06": ("visitation-vague", "non_executable", [exe06_list, exe06_consent]),
    "EXE-07": ("mutual-no-order", "non_executable", [exe07_bracket, exe07_agreed]),
    "EXE-08": ("confirmation-without-delivery", "non_executable", [exe08_use, exe08_no_objection]),
}
