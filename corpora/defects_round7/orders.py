"""EXE-05 … EXE-08, round 7: items that cannot be executed as written (the 2018 意见 list, items (七)–(九) and the
confirmation that gives nothing to execute); EXE-01 … EXE-04 are in execution.py.

What rounds 1–6 wrote is listed in corpora/defects_round4/execution.py (rounds 1–3), corpora/defects_round5/execution.py
(rounds 4 and 5), corpora/defects_round6/execution.py (round 6) and in the READMEs of rounds 4–6.

Here:
- EXE-05: "被告Y不得再生产、销售与原告X产品相同或近似的鞋类商品" (which design, which right, what is 近似?), and "被告Y不得干扰
  原告X的正常生活" (which acts?).
- EXE-06: visitation left to the child's wish ("被告Y探望原告X，视原告X本人意愿进行"), and "被告Y有权接原告X到其住处过周末"
  (which weekends, when, how handed over?).
- EXE-07: the period first and both duties joined by 、 in one sentence ("于…内，原告X将…车辆交还被告Y、被告Y退还原告X…"),
  and a second sentence "双方应相互配合完成车辆交接与购车款退还".
- EXE-08: "…的房屋产权人为原告X" where the claims ask to move out, and "…房屋应当登记在原告X名下" where the claims now ask for
  the change of registration.
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
    quote,
)
from corpora.defects_round2.execution import _add, _occupier, _pd, _vacate_case, _who
from corpora.defects_round4.execution import _before_dismissal, _car, _child_case

# --------------------------------------------------------------------------- EXE-05 停止侵害 without act or right


def exe05_similar(src: Src, rng: Random) -> Injection | None:
    if src.dtype != "judgment" or not re.search(r"著作权|作品|商标|专利", src.cause()[:80]):
        return None
    stopped = " ".join(it.text for it in src.items if re.search(r"停止|不得", it.text))
    dp = next((x for x in src.parties("defendant") if x.name not in stopped), None)
    p = _who(src, "plaintiff")
    if not dp or not p:
        return None
    product = "鞋类商品" if "鞋" in src.cause()[:80] + (src.section("facts") or "") else "商品"
    body = f"被告{dp.name}不得再生产、销售与原告{p}产品相同或近似的{product}"
    return _add(src, [body], f'Added an injunction against goods 「相同或近似」 to the plaintiff\'s, naming neither the work or '
                f'design nor the right infringed: "{body}".', f"产品相同或近似的{product}")


def exe05_disturb(src: Src, rng: Random) -> Injection | None:
    if _vacate_case(src):
        p = _who(src, "plaintiff")
        body = f"被告{_occupier(src)}不得干扰原告{p}的正常生活"
        return _before_dismissal(src, [body], f'Added an injunction that names neither the act nor the right: "{body}".',
                                 f"不得干扰原告{p}的正常生活")
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"侵权责任|人格权|生命权|健康权|身体权", src.cause()[:80]):
        return None
    body = f"被告{d}不得干扰原告{p}的正常生活"
    return _add(src, [body], f'Added an injunction that names neither the act nor the right: "{body}".',
                f"不得干扰原告{p}的正常生活")


# --------------------------------------------------------------------------- EXE-06 visitation

def exe06_wish(src: Src, rng: Random) -> Injection | None:
    got = _child_case(src)
    if not got:
        return None
    p, d = got
    body = f"被告{d}探望原告{p}，视原告{p}本人意愿进行"
    return _add(src, [body], f'Added a visitation item left to the child\'s wish, with no time, frequency, place or '
                f'hand-over: "{body}".', f"视原告{p}本人意愿进行")


def exe06_weekend(src: Src, rng: Random) -> Injection | None:
    got = _child_case(src)
    if not got:
        return None
    p, d = got
    body = f"被告{d}有权接原告{p}到其住处过周末"
    return _add(src, [body], f'Added a visitation item with no frequency, times or hand-over (which weekends?): "{body}".',
                f"接原告{p}到其住处过周末")


# --------------------------------------------------------------------------- EXE-07 mutual obligations, no order

REFUND = re.compile(r"(退还|返还)[^，。；]*(租金|购车款|货款|押金)")


def _refund_car(src: Src):
    p, d = _pd(src)
    car = _car(src)
    if not p or not car or any(re.search(r"原告[^，。；]{0,20}(返还|交还)被告", it.text) for it in src.items):
        return None
    it = next((x for x in src.money_items() if REFUND.search(x.text) and x.deadline), None)
    if not it:
        return None
    return p, d, it, f"车牌号为{car.group('plate')}的{car.group('model')}车辆", REFUND.search(it.text).group(2)


def exe07_parallel(src: Src, rng: Random) -> Injection | None:
    """The period first, both duties joined by 、: "于…内，原告X将…车辆交还被告Y、被告Y退还原告X购车款…"."""
    got = _refund_car(src)
    if not got:
        return None
    p, d, it, car, _noun = got
    m = re.match(r"^([一二三四五六七八九十]+、)?(?:被告)?" + re.escape(d) + r"(于|在)?(?P<dl>[^，。；]*?日内)(?P<rest>.*?)([。；]?)$",
                 it.text)
    if not m:
        return None
    new_item = f"{m.group(1) or ''}于{m.group('dl')}，原告{p}将{car}交还被告{d}、被告{d}{m.group('rest')}{m.group(5)}"
    text, new_item2, _ = item_edit(src, it.index, [(0, len(it.text), new_item)])
    return Injection(text, it.index, f'Rewrote the refund item with the period first and both duties joined by 、, with no '
                     f'order of performance: "{quote(it.text, 80)}" → "{quote(new_item2, 180)}".',
                     f"原告{p}将{car}交还被告{d}、被告{d}")


def exe07_cooperate(src: Src, rng: Random) -> Injection | None:
    """A second sentence "双方应相互配合完成车辆交接与购车款退还" in the refund item."""
    got = _refund_car(src)
    if not got:
        return None
    _p, _d, it, _car_text, noun = got
    t = it.text
    end = len(t) - (1 if t.endswith(("。", "；")) else 0)
    sentence = f"双方应相互配合完成车辆交接与{noun}退还"
    text, _new_item, _ = item_edit(src, it.index, [(end, end, "。" + sentence)])
    return Injection(text, it.index, f'Added a second sentence to the refund item that binds both sides to cooperate on the '
                     f'car and the money, with no order of performance: "{sentence}".', sentence)


# --------------------------------------------------------------------------- EXE-08 confirmation where delivery was sought

def exe08_owner(src: Src, rng: Random) -> Injection | None:
    """The claims ask to move out; the item only says whose the house is: "…的房屋产权人为原告X"."""
    if not _vacate_case(src):
        return None
    p = _who(src, "plaintiff")
    m = re.search(r"从([^，。；]{6,40}?号)搬出", src.section("claims") or "")
    if not m:
        return None
    body = f"{m.group(1)}的房屋产权人为原告{p}"
    return _before_dismissal(src, [body], f'The claims ask for the house to be vacated and returned; the added item only names '
                             f'the owner: "{body}"; no 腾退/交付 item follows.', f"的房屋产权人为原告{p}")


def exe08_register(src: Src, rng: Random) -> Injection | None:
    """Claims now ask for the registration to be changed; the item says the house "应当登记在原告X名下"."""
    p, _d = _pd(src)
    cp = src.span("claims")
    if not p or not cp or not src.money_items():
        return None
    facts = (src.section("facts") or "") + (src.section("claims") or "")
    seat = re.search(r"坐落于“([^”]+)”", src.text)
    loc = re.search(r"位于([^，。]{4,30}?)的(\d+|[一二三四五六七八九十])间房屋", facts)
    if seat:
        house = f"“{seat.group(1)}”房屋"
    elif loc:
        house = f"{loc.group(1)}的{loc.group(2)}间房屋"
    else:
        return None
    c = src.text[cp[0]:cp[1]]
    m = re.search(r"判令被告[^；。]*?(?=；|。)", c)
    if not m:
        return None
    add = "，并要求被告将该房屋变更登记至原告名下"
    e = Edits(src.text)
    e.insert(cp[0] + m.end(), add)
    body = f"{house}应当登记在原告{p}名下"
    idx = add_items(src, e, last_award_item(src), [body])
    return Injection(e.apply(), idx[-1], f'Claims now ask for the change of registration ("{add[1:]}"); the added item only '
                     f'states in whose name the house should be registered: "{body}"; no 过户/协助办理 item follows.',
                     f"应当登记在原告{p}名下", n_items=len(src.items) + 1)


KINDS = {
    "EXE-05": ("cease-infringement-vague", "non_executable", [exe05_similar, exe05_disturb]),
    "EXE-06": ("visitation-vague", "non_executable", [exe06_wish, exe06_weekend]),
    "EXE-07": ("mutual-no-order", "non_executable", [exe07_parallel, exe07_cooperate]),
    "EXE-08": ("confirmation-without-delivery", "non_executable", [exe08_owner, exe08_register]),
}
