"""EXE-05 … EXE-08, round 11: an exhortation "应当规范其经营行为，不得侵犯他人著作权" / "应当约束自身行为…" for an
injunction, and a conditional "如被告Y继续实施侵权行为，则应承担相应的法律责任"; visits in the consent wording of a
mediation ("双方同意被告Y探望原告X…"), and "可于原告X放学后探望"; "，双方各自返还因该合同取得的财产" after the refund, and
the return of the car "负责在十个工作日内" from nothing; "确认被告Y对…的房屋无权占有" where the claims ask to move out,
and "…享有继承权" where the claims ask for the passbook.
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Edits, Injection, Src, item_edit, quote
from corpora.defects_round2.execution import _add, _occupier, _vacate_case
from corpora.defects_round4.execution import _before_dismissal, _child_case
from corpora.defects_round7.orders import _refund_car
from corpora.defects_round8.common import body_end
from corpora.defects_round10.orders import TORT, _moved_out

# --------------------------------------------------------------------------- EXE-05 停止侵害 without act or right


def _enjoin(src: Src, body_of, desc: str, marker_of) -> Injection | None:
    """An added item against the occupier of a 返还原物 case (before its dismissal) or a defendant of a tort judgment who
    is not enjoined yet: body_of(defendant) gives the item, marker_of(defendant) its marker."""
    if _vacate_case(src):
        d = _occupier(src)
        return _before_dismissal(src, [body_of(d)], f'{desc}: "{body_of(d)}".', marker_of(d))
    enjoined = {x.name for x in src.parties("defendant") for it in src.items if x.name in it.text and "停止" in it.text}
    free = [x.name for x in src.parties("defendant") if x.name not in enjoined]
    if src.dtype != "judgment" or not free or not src.money_items() or not re.search(TORT, src.cause()[:80]):
        return None
    return _add(src, [body_of(free[-1])], f'{desc}: "{body_of(free[-1])}".', marker_of(free[-1]))


def exe05_exhort(src: Src, rng: Random) -> Injection | None:
    """"被告Y应当规范其经营行为，不得侵犯他人著作权": an exhortation for an injunction, no act, work or right."""
    ip = bool(re.search(r"著作权|作品|商标", src.cause()[:80]))
    rest = "应当规范其经营行为，不得侵犯他人著作权" if ip else "应当约束自身行为，不得再侵犯他人合法权益"
    return _enjoin(src, lambda d: f"被告{d}{rest}", "Added an exhortation in place of an injunction, naming no act, no "
                   "work and no right of the plaintiff's", lambda d: rest)


def exe05_if_again(src: Src, rng: Random) -> Injection | None:
    """"如被告Y继续实施侵权行为，则应承担相应的法律责任": a condition with no act to stop and no consequence."""
    return _enjoin(src, lambda d: f"如被告{d}继续实施侵权行为，则应承担相应的法律责任", "Added a conditional item that "
                   "names neither the act to stop nor the right nor the consequence",
                   lambda d: f"如被告{d}继续实施侵权行为")


# --------------------------------------------------------------------------- EXE-06 visitation

def exe06_agreed(src: Src, rng: Random) -> Injection | None:
    if not (got := _child_case(src)):
        return None
    p, d = got
    body = f"双方同意被告{d}探望原告{p}，探望期间原告{p}的安全由被告{d}负责"
    return _add(src, [body], f'Added a visitation item in the consent wording of a mediation, with no time, frequency, '
                f'place or hand-over: "{body}".', f"双方同意被告{d}探望原告{p}")


def exe06_after_school(src: Src, rng: Random) -> Injection | None:
    if not (got := _child_case(src)):
        return None
    p, d = got
    body = f"被告{d}可于原告{p}放学后探望原告{p}"
    return _add(src, [body], f'Added a visitation item "after school", with no days, length, place or hand-over: '
                f'"{body}".', f"可于原告{p}放学后探望")


# --------------------------------------------------------------------------- EXE-07 mutual obligations, no order

def _after_refund(src: Src, tail_of, desc: str, marker_of) -> Injection | None:
    if not (got := _refund_car(src)):
        return None
    p, d, it, car, _noun = got
    end, tail = body_end(it.text), tail_of(p, d, car)
    text, new_item, _ = item_edit(src, it.index, [(end, end, tail)])
    return Injection(text, it.index, f'{desc}, with no order of performance: "{quote(it.text, 80)}" → '
                     f'"{quote(new_item, 200)}".', marker_of(p, d, car))


def exe07_each_return(src: Src, rng: Random) -> Injection | None:
    return _after_refund(src, lambda p, d, car: "，双方各自返还因该合同取得的财产", "Added after the refund a general "
                         "restitution by both sides that names neither the things nor who goes first",
                         lambda p, d, car: "双方各自返还因该合同取得的财产")


def exe07_workdays(src: Src, rng: Random) -> Injection | None:
    return _after_refund(src, lambda p, d, car: f"，原告{p}负责在十个工作日内将{car}交还被告{d}", "Added after the refund "
                         "the plaintiff's return of the car within ten working days counted from nothing stated",
                         lambda p, d, car: f"原告{p}负责在十个工作日内将")


# --------------------------------------------------------------------------- EXE-08 confirmation where delivery was sought

def exe08_no_right(src: Src, rng: Random) -> Injection | None:
    """The claims ask to move out; the item only declares "被告Y对…的房屋无权占有"."""
    if not (got := _moved_out(src)):
        return None
    addr, _p, d = got
    body = f"确认被告{d}对{addr}的房屋无权占有"
    return _before_dismissal(src, [body], f'The claims ask for the house to be vacated and returned; the added item only '
                             f'declares that the defendant has no right to possess it: "{body}"; no 腾退/交付 item follows.',
                             "的房屋无权占有")


def exe08_heir(src: Src, rng: Random) -> Injection | None:
    """Claims now ask for the passbook as well; the item only declares "原告X对…享有继承权"."""
    cp = src.span("claims")
    k = src.text.find("归原告所有", *cp) if cp and "继承" in src.cause()[:80] else -1
    for it in (x for x in src.items if k >= 0):
        m = re.fullmatch(r"(.+?)由原告(\S+?)继承([。；]?)", it.text)
        if not m or not re.search(r"存款|存折", m.group(1)):
            continue
        add = "，并判令被告将存有上述存款的存折移交原告"
        e = Edits(src.text)
        e.insert(k + len("归原告所有"), add)
        new_item = f"原告{m.group(2)}对{m.group(1)}享有继承权{m.group(3)}"
        text, _new, _ = item_edit(src, it.index, [(0, len(it.text), new_item)], e)
        return Injection(text, it.index, f'Claims now also ask for the passbook ("{add[1:]}"); the item only declares the '
                         f'right to inherit: "{quote(it.text, 80)}" → "{quote(new_item, 120)}"; nobody is ordered to hand '
                         f'over the passbook or to help with the transfer.', "享有继承权")
    return None


KINDS = {
    "EXE-05": ("cease-infringement-vague", "non_executable", [exe05_exhort, exe05_if_again]),
    "EXE-06": ("visitation-vague", "non_executable", [exe06_agreed, exe06_after_school]),
    "EXE-07": ("mutual-no-order", "non_executable", [exe07_each_return, exe07_workdays]),
    "EXE-08": ("confirmation-without-delivery", "non_executable", [exe08_no_right, exe08_heir]),
}
