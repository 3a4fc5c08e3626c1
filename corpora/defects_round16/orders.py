"""EXE-05 … EXE-08, round 16: a duty to prevent a recurrence by unnamed measures instead of an injunction ("被告Y应采取有效
措施防止侵权行为再次发生"), and a duty to correct one's conduct ("被告Y对其不当行为予以纠正"); visits as outings with no time,
place or frequency ("被告Y可带原告X外出游玩"), and visits only while the child is in hospital ("…可在原告X生病住院期间前往
探望"); after the refund, the seller who "takes back" the car ("，并收回车牌号为…的…车辆"), and a bracket that says the refund
and the return of the car come in no order ("（退款与交车不分先后）"); the plaintiff's ownership of the house declared
protected by law where the claims ask to move out ("原告X对…房屋的所有权受法律保护"), and, where the claims now ask for the
passbook to be returned, the item leaving its hand-over to another claim ("，存折交付事宜由原告X另行主张").
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

# --------------------------------------------------------------------------- EXE-05 停止侵害 without act or right


def exe05_prevent(src: Src, rng: Random):
    """"被告Y应采取有效措施防止侵权行为再次发生": measures nobody names, against acts nobody names."""
    return _enjoin(src, lambda d: f"被告{d}应采取有效措施防止侵权行为再次发生", "Added a duty to prevent a recurrence by "
                   "unnamed measures in place of an injunction, naming neither the act nor the right",
                   lambda d: "防止侵权行为再次发生")


def exe05_correct(src: Src, rng: Random):
    """"被告Y对其不当行为予以纠正": which conduct, corrected how?"""
    return _enjoin(src, lambda d: f"被告{d}对其不当行为予以纠正", "Added a duty to correct unnamed conduct in place of an "
                   "injunction, naming neither the act, the manner nor the right", lambda d: "对其不当行为予以纠正")


# --------------------------------------------------------------------------- EXE-06 visitation

def exe06_outings(src: Src, rng: Random):
    """"被告Y可带原告X外出游玩": an activity, no time, place, frequency or hand-over."""
    if not (got := _child_case(src)):
        return None
    p, d = got
    body = f"被告{d}可带原告{p}外出游玩"
    return _add(src, [body], f'Added a visitation item that names an activity only, with no time, place, frequency or '
                f'hand-over: "{body}".', "外出游玩")


def exe06_in_hospital(src: Src, rng: Random):
    """"被告Y可在原告X生病住院期间前往探望": visits on a condition that may never arise, no time or place."""
    if not (got := _child_case(src)):
        return None
    p, d = got
    body = f"被告{d}可在原告{p}生病住院期间前往探望"
    return _add(src, [body], f'Added a visitation item that allows visits only while the child is in hospital, with no time, '
                f'frequency or hand-over: "{body}".', "生病住院期间前往探望")


# --------------------------------------------------------------------------- EXE-07 mutual obligations, no order

def exe07_take_back(src: Src, rng: Random):
    return _after_refund(src, lambda p, d, car: f"，并收回{car}", "Added after the refund that the defendant takes the car back "
                         "(并收回), so that the item orders the refund and the return of the car without saying who goes first",
                         lambda p, d, car: f"并收回{car}")


def exe07_no_order(src: Src, rng: Random):
    return _after_refund(src, lambda p, d, car: "（退款与交车不分先后）", "Added after the refund a bracket that says the "
                         "refund and the return of the car come in no order (不分先后)", lambda p, d, car: "退款与交车不分先后")


# --------------------------------------------------------------------------- EXE-08 confirmation where delivery was sought

def exe08_protected(src: Src, rng: Random):
    """The claims ask to move out; the added item only declares the plaintiff's ownership protected by law."""
    if not (got := _moved_out(src)):
        return None
    addr, p, _d = got
    body = f"原告{p}对{addr}房屋的所有权受法律保护"
    return _before_dismissal(src, [body], f'The claims ask for the house to be vacated and returned; the added item only '
                             f'declares the plaintiff\'s ownership protected by law: "{body}"; no 腾退/交付 item follows.',
                             "房屋的所有权受法律保护")


def exe08_other_claim(src: Src, rng: Random):
    """Claims now ask the defendants to return the passbook; the item adds "，存折交付事宜由原告X另行主张"."""
    cp = src.span("claims")
    k = src.text.find("归原告所有", *cp) if cp and "继承" in src.cause()[:80] else -1
    for it in (x for x in src.items if k >= 0 and re.search(r"存折", x.text)):
        m = re.fullmatch(r"(.+?)由原告(\S+?)继承([。；]?)", it.text)
        if not m:
            continue
        ask = "，并要求二被告将存折返还原告"
        e = Edits(src.text)
        e.insert(k + len("归原告所有"), ask)
        add = f"，存折交付事宜由原告{m.group(2)}另行主张"
        end = body_end(it.text)
        text, new_item, _ = item_edit(src, it.index, [(end, end, add)], e)
        return Injection(text, it.index, f'Claims now also ask the defendants to return the passbook ("{ask[1:]}"); the item '
                         f'leaves its hand-over to another claim: "{quote(it.text, 80)}" → "{quote(new_item, 160)}"; nobody '
                         f'is ordered to hand the passbook over.', add[1:])
    return None


KINDS = {
    "EXE-05": ("cease-infringement-vague", "non_executable", [exe05_prevent, exe05_correct]),
    "EXE-06": ("visitation-vague", "non_executable", [exe06_outings, exe06_in_hospital]),
    "EXE-07": ("mutual-no-order", "non_executable", [exe07_take_back, exe07_no_order]),
    "EXE-08": ("confirmation-without-delivery", "non_executable", [exe08_protected, exe08_other_claim]),
}
