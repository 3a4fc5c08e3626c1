"""EXE-01 … EXE-04, round 11 (EXE-05 … EXE-08 are in orders.py): goods "与原订单同规格、同型号的…" with neither model nor
quantity, and things "借用的…" with "；如不能返还，则折价赔偿"; property named by family history ("原告X家的老宅") with the
obligee first and 应当, and a sub-item that leaves its place to the parties on site; a contract continued "；如不能履行，则
承担相应的违约责任", and continued in sub-items with the manner left to the parties; a repair "直至原告X满意为止", and a
repair "；如修复不能，则另行赔偿".
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src
from corpora.defects_round2.execution import _add, _pd
from corpora.defects_round3.execution import _contract
from corpora.defects_round4.execution import _period
from corpora.defects_round7.execution import _pick
from corpora.defects_round8.common import cause
from corpora.defects_round10.execution import FIX, _house_or_land

# --------------------------------------------------------------------------- EXE-01 a thing without identification

GOODS = [(r"化肥", "化肥"), (r"苗木|绿化", "苗木"), (r"手机", "手机"), (r"", "货物")]
SOLD = re.compile(r"(?:支付|给付|偿付)[^。；]{0,30}(?:货款|化肥款|手机款|购机款)")


def exe01_same_model(src: Src, rng: Random) -> Injection | None:
    """The seller to send "与原订单同规格、同型号的苗木": which model, how many?"""
    p, d = _pd(src)
    if not p or "买卖" not in cause(src) or not any(SOLD.search(it.text) for it in src.money_items()):
        return None
    goods = _pick(src, GOODS)
    body = f"原告{p}{_period(src)}向被告{d}补发与原订单同规格、同型号的{goods}"
    return _add(src, [body], f'Added an item that orders goods "of the same size and model as the order", which the '
                f'judgment does not describe, in a quantity it does not state: "{body}".', f"与原订单同规格、同型号的{goods}")


LENT = [(r"房屋|信息网络|健身", ""), (r"租赁|租车", "随车工具"), (r"快递", "包装物料"), (r"早教|教育培训", "教具"),
        (r"劳务|建设工程|承揽|施工", "施工工具"), (r"买卖", "周转用具")]


def exe01_if_lost(src: Src, rng: Random) -> Injection | None:
    """"将其借用的原告X的施工工具返还原告X；如不能返还，则折价赔偿": which tools, and at what value?"""
    p, d = _pd(src)
    thing = _pick(src, LENT) if p and src.money_items() else None
    if not thing:
        return None
    body = f"被告{d}{_period(src)}将其借用的原告{p}的{thing}返还原告{p}；如不能返还，则折价赔偿"
    return _add(src, [body], f'Added an item that names the things only by their use, with a fallback "折价赔偿" at no '
                f'stated value: "{body}".', f"借用的原告{p}的{thing}返还原告{p}；如不能返还，则折价赔偿")


# --------------------------------------------------------------------------- EXE-02 real property not identified

def exe02_history(src: Src, rng: Random) -> Injection | None:
    """Property named by family history, the obligee first with 应当: "原告X家的老宅，被告Y应当于…腾退交还"."""
    return _house_or_land(
        src, lambda p, d: f"原告{p}家的老宅，被告{d}应当于本判决生效之日起三十日内腾退交还",
        lambda p, d: f"原告{p}父亲生前管理的林地，被告{d}应当于本判决生效之日起十五日内交还原告{p}经营",
        "that names the property only by family history, the obligee first, without 坐落, boundaries, area or certificate",
        lambda b: re.search(r"家的老宅|父亲生前管理的林地", b).group(0))


def exe02_on_site(src: Src, rng: Random) -> Injection | None:
    """Sub-items, the second leaving the place and extent to the parties on site."""
    return _house_or_land(
        src, lambda p, d: f"被告{d}按下列要求腾退其占用的原告{p}的房屋：（一）于本判决生效之日起三十日内腾空；"
                          f"（二）房屋的具体位置和范围由双方到现场确认",
        lambda p, d: f"被告{d}按下列要求交还原告{p}经营的林地：（一）于本判决生效之日起十五日内交还；"
                     f"（二）林地的具体位置和范围由双方到现场确认",
        "in sub-items whose second leaves the place and extent of the property to the parties on site",
        lambda b: b[b.find("（二）"):])


# --------------------------------------------------------------------------- EXE-03 a contract to perform, no content

def exe03_if_unable(src: Src, rng: Random) -> Injection | None:
    """"被告Y继续履行…合同；如不能履行，则承担相应的违约责任": neither the act nor the liability is stated."""
    if not (got := _contract(src)):
        return None
    p, d, title = got
    body = f"被告{d}继续履行与原告{p}之间的{title}；如不能履行，则承担相应的违约责任"
    return _add(src, [body], f'Added an item that orders the contract continued without its content and falls back on '
                f'"相应的违约责任" without amount: "{body}".', "；如不能履行，则承担相应的违约责任")


def exe03_sub_items(src: Src, rng: Random) -> Injection | None:
    """"…按下列方式处理：（一）继续履行；（二）具体履行方式由双方另行协商确定"."""
    if not (got := _contract(src)):
        return None
    p, d, title = got
    body = f"原告{p}与被告{d}之间的{title}按下列方式处理：（一）继续履行；（二）具体履行方式由双方另行协商确定"
    return _add(src, [body], f'Added an item in sub-items that continues the contract and leaves the manner to the '
                f'parties: "{body}".', "（二）具体履行方式由双方另行协商确定")


# --------------------------------------------------------------------------- EXE-04 restoring / removing a hindrance

def _fix(src: Src):
    p, d = _pd(src)
    thing = _pick(src, FIX) if p and src.money_items() else None
    return (p, d, thing) if thing else None


def exe04_satisfied(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…对原告X的车辆进行维修，直至原告X满意为止": the standard is the other side's satisfaction."""
    if not (got := _fix(src)):
        return None
    p, d, thing = got
    body = f"被告{d}{_period(src)}对原告{p}的{thing}进行维修，直至原告{p}满意为止"
    return _add(src, [body], f'Added a repair item whose standard is the plaintiff\'s satisfaction, with no works named: '
                f'"{body}".', f"直至原告{p}满意为止")


def exe04_if_not(src: Src, rng: Random) -> Injection | None:
    """"被告Y负责修复原告X受损的房屋；如修复不能，则另行赔偿": no standard, no time, no sum."""
    if not (got := _fix(src)):
        return None
    p, d, thing = got
    body = f"被告{d}负责修复原告{p}受损的{thing}；如修复不能，则另行赔偿"
    return _add(src, [body], f'Added a repair item with no standard or time and a fallback "另行赔偿" without sum: '
                f'"{body}".', "；如修复不能，则另行赔偿")


KINDS = {
    "EXE-01": ("thing-unidentified", "non_executable", [exe01_same_model, exe01_if_lost]),
    "EXE-02": ("property-unidentified", "non_executable", [exe02_history, exe02_on_site]),
    "EXE-03": ("continue-performance-vague", "non_executable", [exe03_if_unable, exe03_sub_items]),
    "EXE-04": ("restore-obstruction-vague", "non_executable", [exe04_satisfied, exe04_if_not]),
}
