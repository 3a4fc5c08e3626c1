"""EXE-01 … EXE-04, round 14 (EXE-05 … EXE-08 are in orders.py): things named by exclusion, "…交其保管的物品中除已返还部分
以外的其余物品", and things with an alternative, "…的随车物品原物或与原物同等价值的替代物"; a house or forest land named by who
paid for it ("由原告X出资修建的房屋", "由原告X出资造林的林地"), or by the trees on or before it ("门前种有两棵核桃树的房屋",
"种有桉树的林地"); a contract to perform as the Civil Code's rule of full performance says ("应当依照《中华人民共和国民法典》
第五百零九条的规定履行…"), and a contract to go on, for both, once the defendant has paid ("原告X与被告Y在被告Y付清上述款项
后接着履行双方之间的…"); the removal of an unnamed "安全隐患", and the repair left to be "妥善处理".
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src
from corpora.defects_round2.execution import _add, _pd
from corpora.defects_round3.execution import _contract
from corpora.defects_round4.execution import _period
from corpora.defects_round8.common import cause
from corpora.defects_round10.execution import _house_or_land
from corpora.defects_round11.execution import _fix

# --------------------------------------------------------------------------- EXE-01 a thing without identification


def exe01_except(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…将原告X交其保管的物品中除已返还部分以外的其余物品返还原告X": which things are left?"""
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"租赁|服务|买卖|劳务|承揽|建设工程|合同", cause(src)) \
            or "医疗" in cause(src):
        return None
    body = f"被告{d}{_period(src)}将原告{p}交其保管的物品中除已返还部分以外的其余物品返还原告{p}"
    return _add(src, [body], f'Added an item that names the things only by exclusion (all but those already returned), '
                f'with neither kind, number nor description: "{body}".', "除已返还部分以外的其余物品")


THINGS = [(r"医疗", "出借的医疗辅具"), (r"租赁|购车|交通事故|车辆", "的随车物品"), (r"买卖", "的样品"),
          (r"服务|培训", "寄存的物品")]


def exe01_or_like(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…返还原告X的随车物品原物或与原物同等价值的替代物": which things, and which substitute?"""
    p, d = _pd(src)
    thing = next((t for pat, t in THINGS if re.search(pat, cause(src))), None)
    if not p or not src.money_items() or not thing:
        return None
    body = f"被告{d}{_period(src)}返还原告{p}{thing}原物或与原物同等价值的替代物"
    return _add(src, [body], f'Added an item that orders the return of {thing.lstrip("的")} not described, or of a substitute of the '
                f'same value, without saying who chooses or what the value is: "{body}".', "原物或与原物同等价值的替代物")


# --------------------------------------------------------------------------- EXE-02 real property not identified

def exe02_funded(src: Src, rng: Random) -> Injection | None:
    """The house named by who paid for building it; the forest land by who paid for planting it."""
    return _house_or_land(src, lambda p, d: f"被告{d}于本判决生效之日起三十日内将由原告{p}出资修建的房屋腾退交还原告{p}",
                          lambda p, d: f"被告{d}于本判决生效之日起三十日内将由原告{p}出资造林的林地交还原告{p}",
                          "that names the property only by who paid for it, without 坐落, boundaries or certificate",
                          lambda body: "出资修建的房屋" if "房屋" in body else "出资造林的林地")


def exe02_trees(src: Src, rng: Random) -> Injection | None:
    """The house named by the trees before its door; the forest land by the trees on it."""
    return _house_or_land(src, lambda p, d: f"被告{d}于本判决生效之日起三十日内将门前种有两棵核桃树的房屋腾退交还原告{p}",
                          lambda p, d: f"被告{d}于本判决生效之日起三十日内将种有桉树的林地交还原告{p}",
                          "that names the property only by the trees on or before it, without 坐落, boundaries or "
                          "certificate", lambda body: "种有两棵核桃树的房屋" if "核桃" in body else "种有桉树的林地")


# --------------------------------------------------------------------------- EXE-03 a contract to perform, no content

def exe03_statute(src: Src, rng: Random) -> Injection | None:
    """"被告Y应当依照《中华人民共和国民法典》第五百零九条的规定履行其与原告X之间的…": the law's rule for the content."""
    if not (got := _contract(src)):
        return None
    p, d, title = got
    body = f"被告{d}应当依照《中华人民共和国民法典》第五百零九条的规定履行其与原告{p}之间的{title}"
    return _add(src, [body], f'Added an item whose only content is the Civil Code\'s rule of full performance (第五百零九条), '
                f'with no act, amount or time: "{body}".', "第五百零九条的规定履行")


def exe03_once_paid(src: Src, rng: Random) -> Injection | None:
    """"原告X与被告Y在被告Y付清上述款项后接着履行双方之间的…": who performs what, how much and when?"""
    if not (got := _contract(src)):
        return None
    p, d, title = got
    body = f"原告{p}与被告{d}在被告{d}付清上述款项后接着履行双方之间的{title}"
    return _add(src, [body], f'Added an item that makes both parties go on with the {title} once the defendant has paid, '
                f'with no act, amount or time: "{body}".', "付清上述款项后接着履行")


# --------------------------------------------------------------------------- EXE-04 restoring / removing a hindrance

def exe04_hazard(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…消除原告X的房屋存在的安全隐患": which hazard, removed how?"""
    if not (got := _fix(src)):
        return None
    p, d, thing = got
    body = f"被告{d}{_period(src)}消除原告{p}的{thing}存在的安全隐患"
    return _add(src, [body], f'Added an item that orders an unnamed 安全隐患 to be removed, with neither the works nor a '
                f'standard: "{body}".', "存在的安全隐患")


def exe04_handle(src: Src, rng: Random) -> Injection | None:
    """"被告Y妥善处理原告X车辆的维修事宜": no works, no standard, no time."""
    if not (got := _fix(src)):
        return None
    p, d, thing = got
    body = f"被告{d}妥善处理原告{p}{thing}的维修事宜"
    return _add(src, [body], f'Added an item that leaves the repair to be "妥善处理", with no works, standard or time: '
                f'"{body}".', "的维修事宜")


KINDS = {
    "EXE-01": ("thing-unidentified", "non_executable", [exe01_except, exe01_or_like]),
    "EXE-02": ("property-unidentified", "non_executable", [exe02_funded, exe02_trees]),
    "EXE-03": ("continue-performance-vague", "non_executable", [exe03_statute, exe03_once_paid]),
    "EXE-04": ("restore-obstruction-vague", "non_executable", [exe04_hazard, exe04_handle]),
}
