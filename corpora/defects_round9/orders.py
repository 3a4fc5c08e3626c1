"""EXE-05 … EXE-08, round 9: items that cannot be executed as written (the 2018 意见 list, items (七)–(九) and the
confirmation that gives nothing to execute); EXE-01 … EXE-04 are in execution.py.

What rounds 1–8 wrote is listed in corpora/defects_round4/execution.py (rounds 1–3), corpora/defects_round5/execution.py
(rounds 4 and 5), corpora/defects_round6/execution.py, corpora/defects_round7/orders.py, corpora/defects_round8/orders.py
and in the READMEs of rounds 4–8.

Here:
- EXE-05: an anaphora with nothing before it in the 主文 ("被告Y立即停止上述侵权行为"), and products named only by an annex the
  judgment does not contain ("被告Y停止销售本判决附件所列侵权产品").
- EXE-06: visits by local custom on traditional festivals ("在春节、中秋等传统节日按照当地习俗探望原告X"), and sub-items of which
  the second leaves the school holidays to the parties ("（一）每月探望一次；（二）寒暑假期间的探望事宜由双方另行商定").
- EXE-07: a second sentence in the refund item that leaves the timing of both returns to practice ("。车辆交接与购车款退还的时
  间，以双方实际办理为准"), and one that points to the contract ("。车辆与购车款按原合同约定的方式相互交付").
- EXE-08: "原告X有权占有、使用…的房屋" where the claims ask to move out, and "原告X有权要求被告Y协助办理“…”房屋的不动产转移登记"
  where the claims now ask for the transfer: rights declared, nobody ordered to do anything.
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import (
    Edits,
    Injection,
    Src,
    add_items,
    last_award_item,
    quote,
)
from corpora.defects_round2.execution import _add, _occupier, _pd, _vacate_case, _who
from corpora.defects_round4.execution import _before_dismissal, _child_case
from corpora.defects_round8.orders import _second_sentence
from corpora.defects_round9.unclear import NO_ANNEX

# --------------------------------------------------------------------------- EXE-05 停止侵害 without act or right


def exe05_above(src: Src, rng: Random) -> Injection | None:
    """"被告Y立即停止上述侵权行为": no act is described before it in the 主文."""
    if any(re.search(r"侵权|侵害|停止", it.text) for it in src.items):
        return None
    if _vacate_case(src):
        body = f"被告{_occupier(src)}立即停止上述侵权行为"
        return _before_dismissal(src, [body], f'Added an injunction whose 上述 points at nothing in the 主文: "{body}".',
                                 "立即停止上述侵权行为")
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"侵权责任|人格权|生命权|健康权|身体权", src.cause()[:80]):
        return None
    body = f"被告{d}立即停止上述侵权行为"
    return _add(src, [body], f'Added an injunction whose 上述 points at nothing in the 主文: "{body}".', "立即停止上述侵权行为")


def exe05_annex(src: Src, rng: Random) -> Injection | None:
    """"被告Y停止销售本判决附件所列侵权产品", and no annex."""
    enjoined = {x.name for x in src.parties("defendant") for it in src.items
                if x.name in it.text and re.search(r"停止|不得", it.text)}
    free = [x.name for x in src.parties("defendant") if x.name not in enjoined]
    if src.dtype != "judgment" or NO_ANNEX.search(src.text) or not re.search(r"著作权|作品|商标|专利", src.cause()[:80]) \
            or not free:
        return None
    body = f"被告{free[-1]}停止销售本判决附件所列侵权产品"
    return _add(src, [body], f'Added an injunction that names the products only by an annex the judgment does not contain, '
                f'and not the right infringed: "{body}".', "停止销售本判决附件所列侵权产品")


# --------------------------------------------------------------------------- EXE-06 visitation

def exe06_custom(src: Src, rng: Random) -> Injection | None:
    if not (got := _child_case(src)):
        return None
    p, d = got
    body = f"被告{d}可在春节、中秋等传统节日按照当地习俗探望原告{p}"
    return _add(src, [body], f'Added a visitation item by local custom on traditional festivals, with no dates, length, '
                f'place or hand-over: "{body}".', f"按照当地习俗探望原告{p}")


def exe06_holidays(src: Src, rng: Random) -> Injection | None:
    if not (got := _child_case(src)):
        return None
    p, d = got
    body = f"被告{d}探望原告{p}的方式为：\n（一）每月探望一次；\n（二）寒暑假期间的探望事宜由双方另行商定"
    return _add(src, [body], f'Added a visitation item in sub-items, the first with a frequency but no day, place or '
                f'hand-over, the second leaving the school holidays to the parties: "{quote(body, 200)}".',
                "（二）寒暑假期间的探望事宜由双方另行商定")


# --------------------------------------------------------------------------- EXE-07 mutual obligations, no order

def exe07_as_done(src: Src, rng: Random) -> Injection | None:
    """"。车辆交接与购车款退还的时间，以双方实际办理为准"."""
    return _second_sentence(src, lambda p, d, noun: f"车辆交接与{noun}退还的时间，以双方实际办理为准",
                            "that leaves the timing of both returns to how the parties happen to do it")


def exe07_contract(src: Src, rng: Random) -> Injection | None:
    """"。车辆与购车款按原合同约定的方式相互交付"."""
    return _second_sentence(src, lambda p, d, noun: f"车辆与{noun}按原合同约定的方式相互交付",
                            "that points to the contract, which the judgment does not quote, for how both are returned")


# --------------------------------------------------------------------------- EXE-08 confirmation where delivery was sought

def exe08_use(src: Src, rng: Random) -> Injection | None:
    """The claims ask to move out; the item only says "原告X有权占有、使用…的房屋"."""
    m = re.search(r"从([^，。；]{6,40}?号)搬出", src.section("claims") or "") if _vacate_case(src) else None
    if not m:
        return None
    body = f"原告{_who(src, 'plaintiff')}有权占有、使用{m.group(1)}的房屋"
    return _before_dismissal(src, [body], f'The claims ask for the house to be vacated and returned; the added item only '
                             f'declares the plaintiff\'s right to possess and use it: "{body}"; no 腾退/交付 item follows.',
                             f"原告{_who(src, 'plaintiff')}有权占有、使用")


def exe08_may_demand(src: Src, rng: Random) -> Injection | None:
    """The claims now ask for the transfer; the item only says the plaintiff may demand it."""
    p, d = _pd(src)
    cp = src.span("claims")
    seat = re.search(r"坐落于“([^”]+)”", src.text)
    if not p or not cp or not seat or not src.money_items() or "房屋买卖" not in src.cause()[:80]:
        return None
    m = re.search(r"判令被告[^；。]*?(?=；|。)", src.text[cp[0]:cp[1]])
    if not m:
        return None
    add = "，并判令被告协助原告办理其所购房屋的不动产转移登记"
    e, at = Edits(src.text), cp[0] + m.end()
    e.insert(at, add)
    body = f"原告{p}有权要求被告{d}协助办理“{seat.group(1)}”房屋的不动产转移登记"
    idx = add_items(src, e, last_award_item(src), [body])
    return Injection(e.apply(), idx[-1], f'Claims now ask for the transfer of the house ("{add[1:]}"); the added item only '
                     f'declares that the plaintiff may demand it: "{body}"; nobody is ordered to 协助办理.',
                     f"原告{p}有权要求被告{d}协助办理", n_items=len(src.items) + 1)


KINDS = {
    "EXE-05": ("cease-infringement-vague", "non_executable", [exe05_above, exe05_annex]),
    "EXE-06": ("visitation-vague", "non_executable", [exe06_custom, exe06_holidays]),
    "EXE-07": ("mutual-no-order", "non_executable", [exe07_as_done, exe07_contract]),
    "EXE-08": ("confirmation-without-delivery", "non_executable", [exe08_use, exe08_may_demand]),
}
