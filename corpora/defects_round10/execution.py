"""EXE-01 … EXE-04, round 10 (EXE-05 … EXE-08 are in orders.py): things listed by number with counts only, and by a
party's list "（以原告X提供的清单为准）"; property named by where it lies from something else, and left to a certificate
the item does not identify; the 责令 form without content, and "恢复双方的合作关系"; "责令…限期整改", and "清除其堆放在…的杂物".
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src
from corpora.defects_round2.execution import _add, _occupier, _pd, _vacate_case, _who
from corpora.defects_round3.execution import _contract
from corpora.defects_round4.execution import _before_dismissal, _period
from corpora.defects_round7.execution import _pick

# --------------------------------------------------------------------------- EXE-01 a thing without identification

SKIP = (r"房屋|信息网络", "")  # no thing of the plaintiff's that the defendant could hold
SALE = r"买卖合同纠纷.*(?:支付|给付)[^。；]{0,12}(?:货款|化肥款|购机款|价款)"  # the plaintiff sold: the buyer holds the seller's crates and samples
LISTS = [SKIP, (r"租赁|租车", "1.行李箱一个；2.儿童安全座椅一个；3.车载冰箱一台"), (r"快递", "1.快递包装袋五百个；2.电子秤一台"),
         (SALE, "1.周转箱二十个；2.托盘十个"), (r"早教|教育培训", "1.婴儿推车一辆；2.绘本二十本"),
         (r"健身", "1.运动鞋一双；2.瑜伽垫一张")]
HELD = [SKIP, (r"租赁|租车", "随车物品"), (r"快递", "待派件"), (SALE, "样品"), (r"早教|教育培训|健身", "个人物品")]


def exe01_numbered(src: Src, rng: Random) -> Injection | None:
    """"返还原告X下列物品：1.周转箱二十个；2.托盘十个": counts without any mark, model or number."""
    p, d = _pd(src)
    things = _pick(src, LISTS) if p and src.money_items() else None
    if not things:
        return None
    body = f"被告{d}{_period(src)}返还原告{p}下列物品：{things}"
    return _add(src, [body], f'Added an item that lists the things by number with a count and no mark, model or serial '
                f'number: "{body}".', f"下列物品：{things}")


def exe01_party_list(src: Src, rng: Random) -> Injection | None:
    """"…返还原告X（以原告X提供的清单为准）": a party's list, neither quoted nor annexed."""
    p, d = _pd(src)
    thing = _pick(src, HELD) if p and src.money_items() else None
    if not thing:
        return None
    note = f"（以原告{p}提供的清单为准）"
    body = f"被告{d}{_period(src)}将其保管的{thing}返还原告{p}{note}"
    return _add(src, [body], f'Added an item that leaves the things to a list of the plaintiff\'s that the judgment neither '
                f'quotes nor annexes: "{body}".', note)


# --------------------------------------------------------------------------- EXE-02 real property not identified

def _house_or_land(src: Src, house, land, what: str, marker) -> Injection | None:
    """An item on the occupied house of a 返还原物 case (before its dismissal) or on the forest land of a judgment that has
    some: house(p, d) and land(p, d) give the item, marker(body) the marker."""
    if _vacate_case(src):
        p, d = _who(src, "plaintiff"), _occupier(src)
        body = house(p, d)
        return _before_dismissal(src, [body], f'Added an item {what}: "{body}".', marker(body))
    p, d = _who(src, "plaintiff"), _who(src, "defendant")
    if not any("林地" in it.text for it in src.items) or not p or not d or src.dtype != "judgment":
        return None
    body = land(p, d)
    return _add(src, [body], f'Added an item {what}: "{body}".', marker(body))


def exe02_beside(src: Src, rng: Random) -> Injection | None:
    """Buildings or land named by where they lie from something else: "位于原告X住宅东侧的两间平房"."""
    return _house_or_land(
        src, lambda p, d: f"被告{d}于本判决生效之日起三十日内将其占用的位于原告{p}住宅东侧的两间平房腾退交还原告{p}",
        lambda p, d: f"被告{d}于本判决生效之日起十五日内将原告{p}承包地东侧的坡地交还原告{p}经营管理",
        "that names the property only by where it lies from something else, without 坐落, boundaries, area or certificate",
        lambda b: re.search(r"住宅东侧的两间平房|承包地东侧的坡地", b).group(0))


def exe02_certificate(src: Src, rng: Random) -> Injection | None:
    """"（坐落、面积以不动产权证书记载为准）": a certificate the item does not identify."""
    return _house_or_land(
        src, lambda p, d: f"被告{d}于本判决生效之日起三十日内将其占用的原告{p}的房屋（坐落、面积以不动产权证书记载为准）腾退交还原告{p}",
        lambda p, d: f"被告{d}于本判决生效之日起十五日内将共有林地中归原告{p}户经营的部分（四至、面积以林权证记载为准）交由原告{p}"
                     f"经营管理", "that leaves 坐落 or boundaries and area to a certificate it does not identify (or that covers "
        "the whole)", lambda b: re.search(r"（[^）]*为准）", b).group(0))


# --------------------------------------------------------------------------- EXE-03 a contract to perform, no content

def exe03_order(src: Src, rng: Random) -> Injection | None:
    if not (got := _contract(src)):
        return None
    p, d, title = got
    body = f"责令被告{d}履行其与原告{p}之间{title}约定的义务"
    return _add(src, [body], f'Added a 责令 item that orders the contract performed without saying what, how or by when: '
                f'"{body}".', f"{title}约定的义务")


def exe03_resume(src: Src, rng: Random) -> Injection | None:
    """"原告X与被告Y恢复双方的合作关系", where a trading, nursery or supply-chain company dealt with the defendant."""
    got = _contract(src)
    if not got or not re.search(r"贸易|绿化|供应链|物流", got[0]):
        return None
    p, d, _title = got
    body = f"原告{p}与被告{d}恢复双方的合作关系"
    return _add(src, [body], f'Added an item that orders a business relationship resumed, without any act, amount or '
                f'time: "{body}".', "恢复双方的合作关系")


# --------------------------------------------------------------------------- EXE-04 restoring / removing a hindrance

FIX = [(r"建设工程|建房|施工", "房屋"), (r"交通事故|试驾", "车辆")]


def exe04_rectify(src: Src, rng: Random) -> Injection | None:
    """"责令被告Y对原告X的房屋存在的问题限期整改": no standard, no works, no time."""
    p, d = _pd(src)
    thing = _pick(src, FIX) if p and src.money_items() else None
    if not thing:
        return None
    body = f"责令被告{d}对原告{p}的{thing}存在的问题限期整改"
    return _add(src, [body], f'Added a 责令 item that orders a rectification with no standard, works or time: "{body}".',
                "存在的问题限期整改")


def exe04_clear(src: Src, rng: Random) -> Injection | None:
    """"清除其堆放在原告X院内的杂物": which things, which place, by when?"""
    return _house_or_land(src, lambda p, d: f"被告{d}清除其堆放在原告{p}院内的杂物", lambda p, d: f"被告{d}清除其堆放在林地内的杂物",
                          "that orders unnamed things removed from a place it does not delimit, with no time",
                          lambda b: b[-5:])


KINDS = {
    "EXE-01": ("thing-unidentified", "non_executable", [exe01_numbered, exe01_party_list]),
    "EXE-02": ("property-unidentified", "non_executable", [exe02_beside, exe02_certificate]),
    "EXE-03": ("continue-performance-vague", "non_executable", [exe03_order, exe03_resume]),
    "EXE-04": ("restore-obstruction-vague", "non_executable", [exe04_rectify, exe04_clear]),
}
