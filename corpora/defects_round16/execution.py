"""EXE-01 … EXE-04, round 16 (EXE-05 … EXE-08 are in orders.py): things the plaintiff is to point out on the spot ("由原告X
现场指认的物品"), and things by their brand only ("其占有的原告X的金帆牌电器"); a house or forest land by the state it is in
("年久失修的两间平房", "已经荒芜的林地"), and by what it was used for before ("原作为羊圈使用的房屋", "原作为苗圃使用的
林地"); a contract to go on for a length of time, with no content ("…将双方之间的…再履行三个月"), and at the old price only
("以原约定的价格履行…"); the upkeep of the thing from now on ("负责原告X房屋的后续维护"), and a repair by a plan the
defendant is to choose himself ("按其自行选定的方案修复原告X的车辆").
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Src
from corpora.defects_round2.execution import _add, _pd
from corpora.defects_round3.execution import _contract
from corpora.defects_round4.execution import _period
from corpora.defects_round8.common import cause
from corpora.defects_round10.execution import _house_or_land
from corpora.defects_round11.execution import _fix

# --------------------------------------------------------------------------- EXE-01 a thing without identification


def exe01_pointed_out(src: Src, rng: Random):
    """"被告Y于…将由原告X现场指认的物品返还原告X": the things are whatever the plaintiff points at when it is enforced."""
    p, d = _pd(src)
    if not p or not src.money_items():
        return None
    body = f"被告{d}{_period(src)}将由原告{p}现场指认的物品返还原告{p}"
    return _add(src, [body], f'Added an item that leaves the things to be pointed out by the plaintiff on the spot, with '
                f'neither kind, number nor description: "{body}".', "现场指认的物品")


BRANDS = [(r"医疗", "康乐牌医疗器械"), (r"买卖", "金帆牌电器"), (r"租赁|车辆|购车|交通事故", "路畅牌车载设备"),
          (r"服务|培训", "智学牌电子设备"), (r"承揽|清洗|建设工程", "力洁牌清洗设备"), (r"借贷|借款|信用卡", "星驰牌电动车"),
          (r"侵权|合同", "远航牌办公设备")]


def exe01_brand(src: Src, rng: Random):
    """"被告Y于…将其占有的原告X的金帆牌电器返还原告X": a brand and a class, no model, number or description."""
    p, d = _pd(src)
    thing = next((t for pat, t in BRANDS if re.search(pat, cause(src))), None)
    if not p or not src.money_items() or not thing:
        return None
    body = f"被告{d}{_period(src)}将其占有的原告{p}的{thing}返还原告{p}"
    return _add(src, [body], f'Added an item that gives the things by a brand and a class only, with neither model, number '
                f'nor description: "{body}".', thing)


# --------------------------------------------------------------------------- EXE-02 real property not identified

def exe02_condition(src: Src, rng: Random):
    """The house or the forest land given by the state it is in."""
    return _house_or_land(src, lambda p, d: f"被告{d}于本判决生效之日起三十日内将年久失修的两间平房腾退交还原告{p}",
                          lambda p, d: f"被告{d}于本判决生效之日起三十日内将已经荒芜的林地交还原告{p}",
                          "that gives the property by the state it is in, without 坐落, boundaries, area or certificate",
                          lambda body: "年久失修的两间平房" if "平房" in body else "已经荒芜的林地")


def exe02_former_use(src: Src, rng: Random):
    """The house or the forest land given by what it was used for before."""
    return _house_or_land(src, lambda p, d: f"被告{d}于本判决生效之日起三十日内将原作为羊圈使用的房屋腾退交还原告{p}",
                          lambda p, d: f"被告{d}于本判决生效之日起三十日内将原作为苗圃使用的林地交还原告{p}",
                          "that gives the property by what it was used for before, without 坐落, boundaries, area or "
                          "certificate", lambda body: "原作为羊圈使用的房屋" if "羊圈" in body else "原作为苗圃使用的林地")


# --------------------------------------------------------------------------- EXE-03 a contract to perform, no content

def exe03_three_months(src: Src, rng: Random):
    """"被告Y与原告X将双方之间的…再履行三个月": a length of time, no act, amount or schedule."""
    if not (got := _contract(src)):
        return None
    p, d, title = got
    body = f"被告{d}与原告{p}将双方之间的{title}再履行三个月"
    return _add(src, [body], f'Added an item that makes both parties go on with the {title} for three months, with no act, '
                f'amount or schedule: "{body}".', "再履行三个月")


def exe03_old_price(src: Src, rng: Random):
    """"被告Y以原约定的价格履行其与原告X之间的…": a price, but no quantity, act or time."""
    if not (got := _contract(src)):
        return None
    p, d, title = got
    body = f"被告{d}以原约定的价格履行其与原告{p}之间的{title}"
    return _add(src, [body], f'Added an item that keeps only the old price of the {title}, with no quantity, act or time: '
                f'"{body}".', "以原约定的价格履行")


# --------------------------------------------------------------------------- EXE-04 restoring / removing a hindrance

def exe04_upkeep(src: Src, rng: Random):
    """"被告Y负责原告X房屋的后续维护": upkeep with no works, standard, time or end."""
    if not (got := _fix(src)):
        return None
    p, d, thing = got
    body = f"被告{d}负责原告{p}{thing}的后续维护"
    return _add(src, [body], f'Added an item that puts the upkeep of the {thing} from now on on the defendant, with no works, '
                f'standard, time or end: "{body}".', f"{thing}的后续维护")


def exe04_own_plan(src: Src, rng: Random):
    """"被告Y于…按其自行选定的方案修复原告X的车辆": works and standard left to the one who is to do them."""
    if not (got := _fix(src)):
        return None
    p, d, thing = got
    body = f"被告{d}{_period(src)}按其自行选定的方案修复原告{p}的{thing}"
    return _add(src, [body], f'Added a repair item whose works and standard are left to a plan the defendant chooses himself, '
                f'none of them named: "{body}".', "按其自行选定的方案修复")

KINDS = {
    "EXE-01": ("thing-unidentified", "non_executable", [exe01_pointed_out, exe01_brand]),
    "EXE-02": ("property-unidentified", "non_executable", [exe02_condition, exe02_former_use]),
    "EXE-03": ("continue-performance-vague", "non_executable", [exe03_three_months, exe03_old_price]),
    "EXE-04": ("restore-obstruction-vague", "non_executable", [exe04_upkeep, exe04_own_plan]),
}
