"""EXE-05 … EXE-08, round 12: an injunction written as a duty "负有不再侵害原告X合法权益的义务", and "应即停止相关侵权
行为" (which acts?); visits "按本判决附件《探望安排》" with no annex, and a double negative with a frequency only ("…的法定
代理人不得无故拒绝被告Y每周探望原告X一次"); after the refund, the return of the car as a duty of the other side "负有交还…
的义务", and both performances "互为条件" (who goes first?); "原告X系…的房屋的合法权利人" where the claims ask to move
out, and "确认原告X为…存款10.3万元及利息的合法继承人" where the claims now ask for the passbook.
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Edits, Injection, Src, item_edit, quote
from corpora.defects.money import AMOUNT_RE, amount_value
from corpora.defects_round2.execution import _add
from corpora.defects_round4.execution import _before_dismissal, _child_case
from corpora.defects_round10.orders import _moved_out
from corpora.defects_round11.orders import _after_refund, _enjoin
from corpora.defects_round12.common import wan

# --------------------------------------------------------------------------- EXE-05 停止侵害 without act or right


def _plaintiff(src: Src) -> str:
    ps = src.parties("plaintiff")
    return ps[0].name if ps else ""


def exe05_duty(src: Src, rng: Random) -> Injection | None:
    """"被告Y负有不再侵害原告X合法权益的义务": no act, no object, no right named."""
    p = _plaintiff(src)
    rest = f"负有不再侵害原告{p}合法权益的义务"
    return _enjoin(src, lambda d: f"被告{d}{rest}", "Added an injunction written as a duty (负有…的义务) that names no act, "
                   "no object and no right", lambda d: rest) if p else None


def exe05_related(src: Src, rng: Random) -> Injection | None:
    """"被告Y应即停止相关侵权行为": which acts are 相关?"""
    return _enjoin(src, lambda d: f"被告{d}应即停止相关侵权行为", "Added an injunction against 「相关」 infringing acts, which "
                   "it does not name", lambda d: "应即停止相关侵权行为")


# --------------------------------------------------------------------------- EXE-06 visitation

def exe06_annex(src: Src, rng: Random) -> Injection | None:
    if not (got := _child_case(src)):
        return None
    p, d = got
    body = f"被告{d}按本判决附件《探望安排》探望原告{p}"
    return _add(src, [body], f'Added a visitation item that points to an annex the judgment does not have: "{body}".',
                "按本判决附件《探望安排》探望")


def exe06_not_refuse(src: Src, rng: Random) -> Injection | None:
    if not (got := _child_case(src)):
        return None
    p, d = got
    body = f"原告{p}的法定代理人不得无故拒绝被告{d}每周探望原告{p}一次"
    return _add(src, [body], f'Added a visitation item as a double negative with a frequency only (no day, time, place or '
                f'hand-over): "{body}".', f"不得无故拒绝被告{d}每周探望")


# --------------------------------------------------------------------------- EXE-07 mutual obligations, no order

def exe07_duty(src: Src, rng: Random) -> Injection | None:
    return _after_refund(src, lambda p, d, car: f"；原告{p}对被告{d}负有交还{car}的义务", "Added after the refund the "
                         "plaintiff's return of the car as a duty (负有…的义务) with no period",
                         lambda p, d, car: f"原告{p}对被告{d}负有交还")


def exe07_conditions(src: Src, rng: Random) -> Injection | None:
    return _after_refund(src, lambda p, d, car: f"，被告{d}退款与原告{p}交还{car}互为条件", "Added after the refund that "
                         "the refund and the return of the car are each other's condition (互为条件), without saying who "
                         "goes first", lambda p, d, car: "互为条件")


# --------------------------------------------------------------------------- EXE-08 confirmation where delivery was sought

def exe08_holder(src: Src, rng: Random) -> Injection | None:
    """The claims ask to move out; the item only says "原告X系…的房屋的合法权利人"."""
    if not (got := _moved_out(src)):
        return None
    addr, p, _d = got
    body = f"原告{p}系{addr}的房屋的合法权利人"
    return _before_dismissal(src, [body], f'The claims ask for the house to be vacated and returned; the added item only '
                             f'states who holds the right to it: "{body}"; no 腾退/交付 item follows.', "的房屋的合法权利人")


def exe08_heir(src: Src, rng: Random) -> Injection | None:
    """Claims now ask for the passbook as well; the item only declares "原告X为…的合法继承人", the sum in 万元."""
    cp = src.span("claims")
    k = src.text.find("归原告所有", *cp) if cp and "继承" in src.cause()[:80] else -1
    for it in (x for x in src.items if k >= 0):
        m = re.fullmatch(r"(.+?)由原告(\S+?)继承([。；]?)", it.text)
        a = AMOUNT_RE.search(m.group(1)) if m and re.search(r"存款|存折", m.group(1)) else None
        if not a:
            continue
        add = "，并判令被告向原告交付该存折"
        e = Edits(src.text)
        e.insert(k + len("归原告所有"), add)
        what = m.group(1)[:a.start()] + wan(amount_value(a.group(0))) + m.group(1)[a.end():]
        new_item = f"确认原告{m.group(2)}为{what}的合法继承人{m.group(3)}"
        text, _new, _ = item_edit(src, it.index, [(0, len(it.text), new_item)], e)
        return Injection(text, it.index, f'Claims now also ask for the passbook ("{add[1:]}"); the item only declares who '
                         f'is the lawful heir, the sum in 万元: "{quote(it.text, 80)}" → "{quote(new_item, 120)}"; nobody is '
                         f'ordered to hand over the passbook or to help with the transfer.', "的合法继承人")
    return None


KINDS = {
    "EXE-05": ("cease-infringement-vague", "non_executable", [exe05_duty, exe05_related]),
    "EXE-06": ("visitation-vague", "non_executable", [exe06_annex, exe06_not_refuse]),
    "EXE-07": ("mutual-no-order", "non_executable", [exe07_duty, exe07_conditions]),
    "EXE-08": ("confirmation-without-delivery", "non_executable", [exe08_holder, exe08_heir]),
}
