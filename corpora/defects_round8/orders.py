"""EXE-05 … EXE-08, round 8: items that cannot be executed as written (the 2018 意见 list, items (七)–(九) and the
confirmation that gives nothing to execute); EXE-01 … EXE-04 are in execution.py.

What rounds 1–7 wrote is listed in corpora/defects_round4/execution.py (rounds 1–3), corpora/defects_round5/execution.py
(rounds 4 and 5), corpora/defects_round6/execution.py (round 6), corpora/defects_round7/orders.py (round 7) and in the
READMEs of rounds 4–7.

Here:
- EXE-05: the spoken "被告Y以后不得再骚扰原告X" (which acts?), and "被告Y不得再使用与原告X有关的标识" (which sign, which
  right?).
- EXE-06: the spoken "被告Y可以常去看看原告X", and the visits left to the other parent ("被告Y探望原告X的时间和方式，由与原告X
  共同生活的一方安排").
- EXE-07: a spoken second sentence, the objects first ("。车退给被告Y，钱退给原告X，两清"), and the order left to the
  parties ("。…的退还与车辆的交回，由原、被告自行协商先后").
- EXE-08: "…的房屋系原告X的合法财产" where the claims ask to move out, and "原告X与被告Y就…订立的买卖合同合法有效" where the
  claims now ask for the transfer.
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Edits, Injection, Src, add_items, item_edit, last_award_item
from corpora.defects_round2.execution import _add, _occupier, _pd, _vacate_case, _who
from corpora.defects_round4.execution import _before_dismissal, _child_case
from corpora.defects_round7.orders import _refund_car
from corpora.defects_round8.common import body_end

# --------------------------------------------------------------------------- EXE-05 停止侵害 without act or right


def exe05_pester(src: Src, rng: Random) -> Injection | None:
    """The spoken "被告Y以后不得再骚扰原告X"."""
    if _vacate_case(src):
        body = f"被告{_occupier(src)}以后不得再骚扰原告{_who(src, 'plaintiff')}"
        return _before_dismissal(src, [body], f'Added an injunction in the spoken register that names no act: "{body}".',
                                 "以后不得再骚扰原告")
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"侵权责任|人格权|生命权|健康权|身体权", src.cause()[:80]):
        return None
    body = f"被告{d}以后不得再骚扰原告{p}"
    return _add(src, [body], f'Added an injunction in the spoken register that names no act: "{body}".', f"以后不得再骚扰原告{p}")


def exe05_sign(src: Src, rng: Random) -> Injection | None:
    """"被告Y不得再使用与原告X有关的标识": which sign, which right?"""
    enjoined = {x.name for x in src.parties("defendant") for it in src.items
                if x.name in it.text and re.search(r"停止|不得", it.text)}
    free = [x.name for x in src.parties("defendant") if x.name not in enjoined]
    p = _who(src, "plaintiff")
    if src.dtype != "judgment" or not re.search(r"著作权|作品|商标|专利", src.cause()[:80]) or not free or not p:
        return None
    body = f"被告{free[0]}不得再使用与原告{p}有关的标识"
    return _add(src, [body], f'Added an injunction that names neither the sign or work nor the right: "{body}".',
                f"不得再使用与原告{p}有关的标识")


# --------------------------------------------------------------------------- EXE-06 visitation

def exe06_often(src: Src, rng: Random) -> Injection | None:
    if not (got := _child_case(src)):
        return None
    p, d = got
    body = f"被告{d}可以常去看看原告{p}"
    return _add(src, [body], f'Added a visitation item in the spoken register with no time, frequency, place or hand-over '
                f'("常去看看"): "{body}".', f"可以常去看看原告{p}")


def exe06_arranged(src: Src, rng: Random) -> Injection | None:
    if not (got := _child_case(src)):
        return None
    p, d = got
    body = f"被告{d}探望原告{p}的时间和方式，由与原告{p}共同生活的一方安排"
    return _add(src, [body], f'Added a visitation item that leaves time and manner to the parent the child lives with: '
                f'"{body}".', f"由与原告{p}共同生活的一方安排")


# --------------------------------------------------------------------------- EXE-07 mutual obligations, no order

def _second_sentence(src: Src, sentence_of, why: str) -> Injection | None:
    got = _refund_car(src)
    if not got:
        return None
    p, d, it, _car_text, noun = got
    sentence = sentence_of(p, d, noun)
    end = body_end(it.text)
    text, _new_item, _ = item_edit(src, it.index, [(end, end, "。" + sentence)])
    return Injection(text, it.index, f'Added a second sentence to the refund item {why}, with no order of performance: '
                     f'"{sentence}".', sentence)


def exe07_quits(src: Src, rng: Random) -> Injection | None:
    """"。车退给被告Y，钱退给原告X，两清"."""
    return _second_sentence(src, lambda p, d, noun: f"车退给被告{d}，钱退给原告{p}，两清",
                            "in the spoken register, the objects first")


def exe07_agree(src: Src, rng: Random) -> Injection | None:
    """"。…的退还与车辆的交回，由原、被告自行协商先后"."""
    return _second_sentence(src, lambda p, d, noun: f"{noun}的退还与车辆的交回，由原、被告自行协商先后",
                            "that leaves the order of the two returns to the parties")


# --------------------------------------------------------------------------- EXE-08 confirmation where delivery was sought

def exe08_property(src: Src, rng: Random) -> Injection | None:
    """The claims ask to move out; the item only says "…的房屋系原告X的合法财产"."""
    m = re.search(r"从([^，。；]{6,40}?号)搬出", src.section("claims") or "") if _vacate_case(src) else None
    p = _who(src, "plaintiff")
    if not m:
        return None
    body = f"{m.group(1)}的房屋系原告{p}的合法财产"
    return _before_dismissal(src, [body], f'The claims ask for the house to be vacated and returned; the added item only says '
                             f'whose property it is: "{body}"; no 腾退/交付 item follows.', f"的房屋系原告{p}的合法财产")


def exe08_contract(src: Src, rng: Random) -> Injection | None:
    """Claims now ask for the transfer; the item only declares the sale valid."""
    p, d = _pd(src)
    cp = src.span("claims")
    seat = re.search(r"坐落于“([^”]+)”", src.text)
    if not p or not cp or not seat or not src.money_items() or "房屋买卖" not in src.cause()[:80]:
        return None
    m = re.search(r"判令被告[^；。]*?(?=；|。)", src.text[cp[0]:cp[1]])
    add = "，并判令被告为原告办理涉案房屋的过户手续"
    if not m:
        return None
    e, at = Edits(src.text), cp[0] + m.end()
    e.replace(at, at, add)
    body = f"原告{p}与被告{d}就“{seat.group(1)}”房屋订立的买卖合同合法有效"
    idx = add_items(src, e, last_award_item(src), [body])
    return Injection(e.apply(), idx[-1], f'Claims now ask for the transfer of the house ("{add[1:]}"); the added item only '
                     f'declares the sale valid: "{body}"; no 过户/协助办理 item follows.', "订立的买卖合同合法有效",
                     n_items=len(src.items) + 1)


KINDS = {
    "EXE-05": ("cease-infringement-vague", "non_executable", [exe05_pester, exe05_sign]),
    "EXE-06": ("visitation-vague", "non_executable", [exe06_often, exe06_arranged]),
    "EXE-07": ("mutual-no-order", "non_executable", [exe07_quits, exe07_agree]),
    "EXE-08": ("confirmation-without-delivery", "non_executable", [exe08_property, exe08_contract]),
}
