"""EXE-05 … EXE-08, round 15: a duty of respect instead of an injunction ("被告Y应当尊重原告X的著作权"), and a
neighbourly exhortation ("被告Y应与原告X和睦相处，不得再生事端"); visits on the child's birthday only ("可于原告X每年
生日当天探望"), and a frequency that is only recommended ("…的频率以不少于每季度一次为宜"); after the refund, the hand-over
left to the custom of the trade ("，车辆与款项的交接按交易习惯办理"), and the car returned by the buyer as he sees the refund
come ("，…车辆由原告X视退款情况交还被告Y"); the claim to move out found well founded and nothing ordered ("原告X要求被告Y
返还…房屋的诉讼请求成立"), and, where the claims now ask for the passbook, the item saying only who holds it ("，存折由原告X
持有").
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

RIGHTS = [(r"著作权|作品|商标", "著作权"), (r"返还原物|物权", "房屋权益"), (r"", "人身权益")]


def exe05_respect(src: Src, rng: Random) -> Injection | None:
    """"被告Y应当尊重原告X的著作权": a duty of respect, no act to stop and no scope of the right."""
    ps = src.parties("plaintiff")
    if not ps:
        return None
    right = next(r for pat, r in RIGHTS if re.search(pat, src.cause()[:80]))
    rest = f"应当尊重原告{ps[0].name}的{right}"
    return _enjoin(src, lambda d: f"被告{d}{rest}", "Added a duty of respect in place of an injunction, naming no act to "
                   "stop and no scope of the right", lambda d: rest)


def exe05_harmony(src: Src, rng: Random) -> Injection | None:
    """"被告Y应与原告X和睦相处，不得再生事端": a neighbourly exhortation, no act to stop and no right."""
    ps = src.parties("plaintiff")
    if not ps or re.search(r"著作权|作品|商标", src.cause()[:80]):
        return None
    p = ps[0].name
    return _enjoin(src, lambda d: f"被告{d}应与原告{p}和睦相处，不得再生事端", "Added an exhortation to live in harmony and "
                   "make no more trouble in place of an injunction, naming neither the act nor the right",
                   lambda d: "和睦相处，不得再生事端")


# --------------------------------------------------------------------------- EXE-06 visitation

def exe06_birthday(src: Src, rng: Random) -> Injection | None:
    """"被告Y可于原告X每年生日当天探望原告X": a day, no hours, place or hand-over."""
    if not (got := _child_case(src)):
        return None
    p, d = got
    body = f"被告{d}可于原告{p}每年生日当天探望原告{p}"
    return _add(src, [body], f'Added a visitation item for the child\'s birthday only, with no hours, place or hand-over: '
                f'"{body}".', "每年生日当天探望")


def exe06_advisable(src: Src, rng: Random) -> Injection | None:
    """"被告Y探望原告X的频率以不少于每季度一次为宜": a frequency that is only recommended."""
    if not (got := _child_case(src)):
        return None
    p, d = got
    body = f"被告{d}探望原告{p}的频率以不少于每季度一次为宜"
    return _add(src, [body], f'Added a visitation item whose frequency is only recommended (为宜), with no time, place or '
                f'hand-over: "{body}".', "以不少于每季度一次为宜")


# --------------------------------------------------------------------------- EXE-07 mutual obligations, no order

def exe07_custom(src: Src, rng: Random) -> Injection | None:
    return _after_refund(src, lambda p, d, car: "，车辆与款项的交接按交易习惯办理", "Added after the refund a hand-over of "
                         "the car and the money left to the custom of the trade",
                         lambda p, d, car: "车辆与款项的交接按交易习惯办理")


def exe07_as_refunded(src: Src, rng: Random) -> Injection | None:
    return _after_refund(src, lambda p, d, car: f"，{car}由原告{p}视退款情况交还被告{d}", "Added after the refund the "
                         "return of the car by the buyer as he sees the refund come, with no time and no first mover",
                         lambda p, d, car: "视退款情况交还")


# --------------------------------------------------------------------------- EXE-08 confirmation where delivery was sought

def exe08_founded(src: Src, rng: Random) -> Injection | None:
    """The claims ask to move out; the added item finds the claim well founded and orders nothing."""
    if not (got := _moved_out(src)):
        return None
    addr, p, d = got
    body = f"原告{p}要求被告{d}返还{addr}房屋的诉讼请求成立"
    return _before_dismissal(src, [body], f'The claims ask for the house to be vacated and returned; the added item only '
                             f'finds that claim well founded: "{body}"; no 腾退/交付 item follows.', "房屋的诉讼请求成立")


def exe08_holder(src: Src, rng: Random) -> Injection | None:
    """Claims now ask the defendants to hand over the passbook; the item only adds "，存折由原告X持有"."""
    cp = src.span("claims")
    k = src.text.find("归原告所有", *cp) if cp and "继承" in src.cause()[:80] else -1
    for it in (x for x in src.items if k >= 0 and re.search(r"存折", x.text)):
        m = re.fullmatch(r"(.+?)由原告(\S+?)继承([。；]?)", it.text)
        if not m:
            continue
        ask = "，并判令二被告向原告交出其持有的存折"
        e = Edits(src.text)
        e.insert(k + len("归原告所有"), ask)
        add = f"，存折由原告{m.group(2)}持有"
        end = body_end(it.text)
        text, new_item, _ = item_edit(src, it.index, [(end, end, add)], e)
        return Injection(text, it.index, f'Claims now also ask the defendants to hand over the passbook ("{ask[1:]}"); the '
                         f'item only adds who holds it: "{quote(it.text, 80)}" → "{quote(new_item, 160)}"; nobody is '
                         f'ordered to hand the passbook over.', add[1:])
    return None


KINDS = {
    "EXE-05": ("cease-infringement-vague", "non_executable", [exe05_respect, exe05_harmony]),
    "EXE-06": ("visitation-vague", "non_executable", [exe06_birthday, exe06_advisable]),
    "EXE-07": ("mutual-no-order", "non_executable", [exe07_custom, exe07_as_refunded]),
    "EXE-08": ("confirmation-without-delivery", "non_executable", [exe08_founded, exe08_holder]),
}
