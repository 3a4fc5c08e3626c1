"""EXE-*, round 5: items that cannot be executed as written (the 2018 意见 list, items (二) and (五)–(九)).

What rounds 1–4 wrote is listed in corpora/defects_round4/execution.py (rounds 1–3, and round 4: 承租的车辆及随车物品, 取回…车辆
及相关物品; 宅基地使用权, 所购商品房; 尚未履行的部分…按原约定履行完毕, 依照…约定履行剩余义务; 恢复至试驾前的状态, 院落内的施工
障碍; …应予停止, 不得再销售侵权产品; a time only, a length and notice only; 同时, 相互返还; 的所有权属于原告).

Here:
- EXE-01: the 将 form "被告Y于…将其签收的商品退还原告X" (which goods?), and topic first "原告X已交付被告Y的相关资料，被告Y应
  于…全部退还".
- EXE-02: "被告Y于…将其出售给原告X的房屋交付原告X使用" (no 坐落, building or certificate), and topic first "原告X户与被告Y
  户共同购买的山场，由被告Y于…分出一半交原告X管理" (which half, what boundaries?).
- EXE-03: "被告Y应全面履行与原告X之间…合同项下的义务", and "…合同继续有效，被告Y应依约履行".
- EXE-04: "被告Y负责将原告X房屋改造中存在的质量问题修复到位", and "被告Y于…负责将原告X在事故中撞坏的车辆修好".
- EXE-05: "禁止被告Y继续实施涉案侵权行为", and "被告Y应当立即终止被诉行为".
- EXE-06: "被告Y每年寒暑假期间可接原告X共同生活十日" (no dates, place or hand-over), and "被告Y可通过视频通话等方式探望原告X".
- EXE-07: the refund item followed by "；原告X应向被告Y交回…" in the same item, and a second sentence "原告X亦应将…退回被告Y".
- EXE-08: "…的房屋由原告X取得" where the claims ask for the house to be vacated, and "…属原告X所有" where the claims now ask
  for it to be handed over.
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
from corpora.defects_round3.execution import _contract
from corpora.defects_round4.execution import (
    _before_dismissal,
    _car,
    _child_case,
    _period,
)

# --------------------------------------------------------------------------- EXE-01 a thing without identification


def exe01_signed(src: Src, rng: Random) -> Injection | None:
    """The buyer returns "其签收的商品": which goods, how many, is not said."""
    p, d = _pd(src)
    facts = src.section("facts") or ""
    if not p or not re.search(r"买卖", src.cause()[:80]) or not re.search(r"签收|收到货物|收货", facts) \
            or not re.search(r"退款|退货", facts):
        return None
    body = f"被告{d}{_period(src)}将其签收的商品退还原告{p}"
    return _add(src, [body], f'Added an item in the 将 form ordering the return of the goods the buyer signed for, with no name, '
                f'model or quantity: "{body}".', "将其签收的商品退还原告")


def exe01_papers(src: Src, rng: Random) -> Injection | None:
    """Topic first: "原告X已交付被告Y的相关资料，被告Y应于…全部退还"."""
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"培训|教育|健身", src.text[:2000]):
        return None
    body = f"原告{p}已交付被告{d}的相关资料，被告{d}应{_period(src)}全部退还"
    return _add(src, [body], f'Added a topic-first item ordering the return of unlisted papers (「相关资料」): "{body}".',
                f"已交付被告{d}的相关资料")


# --------------------------------------------------------------------------- EXE-02 real property not identified

def exe02_sold(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"房屋买卖|房屋转让", src.cause()[:80] + (src.section("facts") or "")):
        return None
    body = f"被告{d}于本判决生效之日起三十日内将其出售给原告{p}的房屋交付原告{p}使用"
    return _add(src, [body], f'Added an item in the 将 form handing over the house the defendant sold, with no 坐落, '
                f'building, number or certificate: "{body}".', f"将其出售给原告{p}的房屋交付")


def exe02_hill(src: Src, rng: Random) -> Injection | None:
    p = _who(src, "plaintiff")
    facts = src.section("facts") or ""
    if not p or src.dtype != "judgment" or "荒山" not in facts or not src.money_items():
        return None
    d = next((x.name for x in src.parties("defendant") if x.name in facts), None)
    if not d:
        return None
    body = f"原告{p}户与被告{d}户共同购买的山场，由被告{d}于本判决生效之日起三十日内分出一半交原告{p}管理"
    return _add(src, [body], f'Added a topic-first item handing over half of the hill land, with no 坐落, boundaries, area or '
                f'certificate: "{body}".', "共同购买的山场")


# --------------------------------------------------------------------------- EXE-03 a contract to perform, no content

def exe03_fully(src: Src, rng: Random) -> Injection | None:
    got = _contract(src)
    if not got:
        return None
    p, d, title = got
    body = f"被告{d}应全面履行与原告{p}之间{title}项下的义务"
    return _add(src, [body], f'Added an item ordering the contract performed in full without saying what is to be done or '
                f'how: "{body}".', f"全面履行与原告{p}之间{title}项下的义务")


def exe03_valid(src: Src, rng: Random) -> Injection | None:
    got = _contract(src)
    if not got:
        return None
    p, d, title = got
    body = f"原告{p}与被告{d}之间的{title}继续有效，被告{d}应依约履行"
    return _add(src, [body], f'Added an item declaring the contract still valid and ordering performance as agreed, without '
                f'saying what or how: "{body}".', f"继续有效，被告{d}应依约履行")


# --------------------------------------------------------------------------- EXE-04 restoring / removing a hindrance

def exe04_quality(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"建设工程|施工|建房|装修", src.cause()[:80]):
        return None
    body = f"被告{d}负责将原告{p}房屋改造中存在的质量问题修复到位"
    return _add(src, [body], f'Added a repair item that names neither the defects nor the standard or time of the repair: '
                f'"{body}".', "存在的质量问题修复到位")


def exe04_car(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    facts = src.section("facts") or ""
    if not p or not src.money_items() or "交通事故" not in src.cause()[:80] or not re.search(r"车辆|车损|维修", facts):
        return None
    body = f"被告{d}{_period(src)}负责将原告{p}在事故中撞坏的车辆修好"
    return _add(src, [body], f'Added a repair item with no standard (「修好」) and no description of the damage: "{body}".',
                "在事故中撞坏的车辆修好")


# --------------------------------------------------------------------------- EXE-05 停止侵害 without act or right

def exe05_forbid(src: Src, rng: Random) -> Injection | None:
    if src.dtype != "judgment" or not re.search(r"著作权|作品|商标|专利", src.cause()[:80]):
        return None
    stopped = " ".join(it.text for it in src.items if "停止" in it.text)
    dp = next((x for x in src.parties("defendant") if x.name not in stopped and x.kind == "person"), None)
    if not dp:
        return None
    body = f"禁止被告{dp.name}继续实施涉案侵权行为"
    return _add(src, [body], f'Added a prohibition that names neither the act nor the work or right infringed: "{body}".',
                "继续实施涉案侵权行为")


def exe05_end(src: Src, rng: Random) -> Injection | None:
    if not _vacate_case(src):
        return None
    d = _occupier(src)
    body = f"被告{d}应当立即终止被诉行为"
    return _before_dismissal(src, [body], f'Added an injunction that names neither the act (「被诉行为」) nor the right or the '
                             f'property: "{body}".', "立即终止被诉行为")


# --------------------------------------------------------------------------- EXE-06 visitation

def exe06_holidays(src: Src, rng: Random) -> Injection | None:
    got = _child_case(src)
    if not got:
        return None
    p, d = got
    body = f"被告{d}每年寒暑假期间可接原告{p}共同生活十日"
    return _add(src, [body], f'Added a visitation item with a length but no dates, place or hand-over: "{body}".',
                f"每年寒暑假期间可接原告{p}共同生活十日")


def exe06_video(src: Src, rng: Random) -> Injection | None:
    got = _child_case(src)
    if not got:
        return None
    p, d = got
    body = f"被告{d}可通过视频通话等方式探望原告{p}"
    return _add(src, [body], f'Added a visitation item with a means but no time, frequency or arrangement: "{body}".',
                "通过视频通话等方式探望")


# --------------------------------------------------------------------------- EXE-07 mutual obligations, no order

CARD = [(r"健身", "其持有的健身会员卡"), (r"培训|教育|早教", "其领取的课程教材"), (r"驾驶", "其领取的培训资料")]


def exe07_hand_back(src: Src, rng: Random) -> Injection | None:
    """The refund item followed by "；原告X应向被告Y交回…" in the same item: no order."""
    p, d = _pd(src)
    if not p:
        return None
    what = next((w for pat, w in CARD if re.search(pat, src.text[:2000])), None)
    it = next((x for x in src.money_items() if re.search(r"(退还|返还)[^，。；]*(预付款|服务费)", x.text) and x.deadline), None)
    if not what or not it:
        return None
    t = it.text
    end = len(t) - (1 if t.endswith(("。", "；")) else 0)
    ins = f"；原告{p}应向被告{d}交回{what}"
    text, new_item, _ = item_edit(src, it.index, [(end, end, ins)])
    return Injection(text, it.index, f'Joined the plaintiff\'s counter-performance to the refund item after a semicolon, with '
                     f'no order of performance: "{quote(new_item, 140)}".', ins[1:])


def exe07_also(src: Src, rng: Random) -> Injection | None:
    """A second sentence "原告X亦应将…车辆退回被告Y" in the refund item: no order."""
    p, d = _pd(src)
    car = _car(src)
    if not p or not car or "解除" not in (src.section("reasoning") or ""):
        return None
    it = next((x for x in src.money_items() if re.search(r"(退还|返还)[^，。；]*(租金|购车款)", x.text) and x.deadline), None)
    if not it:
        return None
    t = it.text
    end = len(t) - (1 if t.endswith(("。", "；")) else 0)
    sentence = f"原告{p}亦应将车牌号为{car.group('plate')}的{car.group('model')}车辆退回被告{d}"
    text, new_item, _ = item_edit(src, it.index, [(end, end, "。" + sentence)])
    return Injection(text, it.index, f'Added the plaintiff\'s counter-performance as a second sentence of the refund item, with '
                     f'no order of performance: "{quote(new_item, 160)}".', sentence)


# --------------------------------------------------------------------------- EXE-08 confirmation where delivery was sought

def exe08_obtain(src: Src, rng: Random) -> Injection | None:
    if not _vacate_case(src):
        return None
    p = _who(src, "plaintiff")
    m = re.search(r"从([^，。；]{6,40}?号)搬出", src.section("claims") or "")
    if not m:
        return None
    body = f"{m.group(1)}的房屋由原告{p}取得"
    return _before_dismissal(src, [body], f'The claims ask for the house to be vacated and returned; the added item only says '
                             f'who obtains it: "{body}"; no 腾退/交付 item follows.', f"的房屋由原告{p}取得")


def exe08_belongs(src: Src, rng: Random) -> Injection | None:
    """The claims now ask for the house to be handed over; the added item says only "…属原告X所有"."""
    p, _d = _pd(src)
    cp = src.span("claims")
    if not p or not cp or not src.money_items():
        return None
    facts = (src.section("facts") or "") + (src.section("claims") or "")
    loc = re.search(r"位于([^，。]{4,30}?)的(\d+|[一二三四五六七八九十])间房屋", facts)
    seat = re.search(r"坐落于“([^”]+)”", src.text)
    if loc:
        house, add = f"{loc.group(1)}的{loc.group(2)}间房屋", f"，并判令被告向原告移交作为抵押物的{loc.group(2)}间房屋"
    elif seat:
        house, add = f"“{seat.group(1)}”房屋", "，并判令被告向原告移交所购房屋"
    else:
        return None
    c = src.text[cp[0]:cp[1]]
    m = re.search(r"判令被告[^；。]*?(?=；|。)", c)
    if not m:
        return None
    e = Edits(src.text)
    e.insert(cp[0] + m.end(), add)
    body = f"{house}属原告{p}所有"
    idx = add_items(src, e, last_award_item(src), [body])
    return Injection(e.apply(), idx[-1], f'Claims now ask for the house to be handed over ("{add[1:]}"); the added item only '
                     f'states whose it is: "{body}"; no 交付/移交 item follows.', f"属原告{p}所有", n_items=len(src.items) + 1)


KINDS = {
    "EXE-01": ("thing-unidentified", "non_executable", [exe01_signed, exe01_papers]),
    "EXE-02": ("property-unidentified", "non_executable", [exe02_sold, exe02_hill]),
    "EXE-03": ("continue-performance-vague", "non_executable", [exe03_fully, exe03_valid]),
    "EXE-04": ("restore-obstruction-vague", "non_executable", [exe04_quality, exe04_car]),
    "EXE-05": ("cease-infringement-vague", "non_executable", [exe05_forbid, exe05_end]),
    "EXE-06": ("visitation-vague", "non_executable", [exe06_holidays, exe06_video]),
    "EXE-07": ("mutual-no-order", "non_executable", [exe07_hand_back, exe07_also]),
    "EXE-08": ("confirmation-without-delivery", "non_executable", [exe08_obtain, exe08_belongs]),
}
