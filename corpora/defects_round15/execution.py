"""EXE-01 … EXE-04, round 15 (EXE-05 … EXE-08 are in orders.py): things given by their weight or bulk only
("其代为保管的重约两吨的货物"), and by a photograph among the plaintiff's evidence ("原告X提交的证据五照片所示物品"); a house
or forest land given by two of its four sides only ("东至村道、北至原告X承包地的房屋", "东至山脊、西至水沟的林地"), and by the decade and material
of its building or planting ("二十世纪八十年代修建的土木结构房屋", "二〇〇八年退耕还林时栽种的林地"); a contract to perform
as the plaintiff requires ("按原告X的要求履行…"), and to perform until its purpose is achieved ("…履行至合同目的实现时止");
a repair within a time the plaintiff is to set ("在原告X指定的期限内修复…"), and a duty of repair named as a liability only
("对原告X的车辆承担修复责任").
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

BULK = [(r"医疗", "约一推车的医疗器械"), (r"买卖", "重约两吨的货物"), (r"租赁|车辆|购车", "约两纸箱的物品"),
        (r"服务|培训", "约三纸箱的物品"), (r"承揽|清洗|建设工程", "约半车厢的设备")]


def exe01_bulk(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…将其代为保管的重约两吨的货物返还原告X": a weight or a bulk, no kind, number or description."""
    p, d = _pd(src)
    thing = next((t for pat, t in BULK if re.search(pat, cause(src))), None)
    if not p or not src.money_items() or not thing:
        return None
    body = f"被告{d}{_period(src)}将其代为保管的{thing}返还原告{p}"
    return _add(src, [body], f'Added an item that gives the things only by their weight or bulk, with neither kind, number '
                f'nor description: "{body}".', thing)


def exe01_exhibit(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…将原告X提交的证据五照片所示物品返还原告X": the things are in a photograph in the file, not in the judgment."""
    p, d = _pd(src)
    if not p or not src.money_items() or "证据五" in src.text:
        return None
    body = f"被告{d}{_period(src)}将原告{p}提交的证据五照片所示物品返还原告{p}"
    return _add(src, [body], f'Added an item that gives the things only by a photograph among the plaintiff\'s evidence, '
                f'which the judgment neither describes nor annexes: "{body}".', "提交的证据五照片所示物品")


# --------------------------------------------------------------------------- EXE-02 real property not identified

def exe02_two_sides(src: Src, rng: Random) -> Injection | None:
    """The house or the forest land given by two of its four sides only."""
    return _house_or_land(src, lambda p, d: f"被告{d}于本判决生效之日起三十日内将东至村道、北至原告{p}承包地的房屋腾退交还原告{p}",
                          lambda p, d: f"被告{d}于本判决生效之日起三十日内将东至山脊、西至水沟的林地交还原告{p}",
                          "that gives the property by two of its four sides only, without 坐落, area or certificate",
                          lambda body: re.search(r"东至村道、北至原告\S+?承包地的房屋|东至山脊、西至水沟的林地", body).group(0))


def exe02_era(src: Src, rng: Random) -> Injection | None:
    """The house or the forest land given by the decade and the material of its building or planting."""
    return _house_or_land(src, lambda p, d: f"被告{d}于本判决生效之日起三十日内将二十世纪八十年代修建的土木结构房屋腾退交还原告{p}",
                          lambda p, d: f"被告{d}于本判决生效之日起三十日内将二〇〇八年退耕还林时栽种的林地交还原告{p}",
                          "that gives the property by when and how it was built or planted, without 坐落, boundaries or "
                          "certificate", lambda body: "八十年代修建的土木结构房屋" if "房屋" in body else "二〇〇八年退耕还林时栽种的林地")


# --------------------------------------------------------------------------- EXE-03 a contract to perform, no content

def exe03_as_required(src: Src, rng: Random) -> Injection | None:
    """"被告Y按原告X的要求履行双方之间的…": the content is whatever the plaintiff asks."""
    if not (got := _contract(src)):
        return None
    p, d, title = got
    body = f"被告{d}按原告{p}的要求履行双方之间的{title}"
    return _add(src, [body], f'Added an item whose content is whatever the plaintiff requires, with no act, amount or time: '
                f'"{body}".', f"按原告{p}的要求履行")


def exe03_purpose(src: Src, rng: Random) -> Injection | None:
    """"被告Y与原告X将双方之间的…履行至合同目的实现时止": an end by purpose, no act, amount or time."""
    if not (got := _contract(src)):
        return None
    p, d, title = got
    body = f"被告{d}与原告{p}将双方之间的{title}履行至合同目的实现时止"
    return _add(src, [body], f'Added an item that makes both parties perform the {title} until its purpose is achieved, with '
                f'no act, amount or time: "{body}".', "履行至合同目的实现时止")


# --------------------------------------------------------------------------- EXE-04 restoring / removing a hindrance

def exe04_when_told(src: Src, rng: Random) -> Injection | None:
    """"被告Y在原告X指定的期限内修复原告X的房屋": no works or standard, and the time left to the other side."""
    if not (got := _fix(src)):
        return None
    p, d, thing = got
    body = f"被告{d}在原告{p}指定的期限内修复原告{p}的{thing}"
    return _add(src, [body], f'Added a repair item with no works or standard, its time left to the plaintiff: "{body}".',
                f"在原告{p}指定的期限内修复")


def exe04_liability(src: Src, rng: Random) -> Injection | None:
    """"被告Y对原告X的房屋承担修复责任": a liability, but no works, standard or time."""
    if not (got := _fix(src)):
        return None
    p, d, thing = got
    body = f"被告{d}对原告{p}的{thing}承担修复责任"
    return _add(src, [body], f'Added an item that names a liability to repair, with no works, standard or time: "{body}".',
                f"的{thing}承担修复责任")


KINDS = {
    "EXE-01": ("thing-unidentified", "non_executable", [exe01_bulk, exe01_exhibit]),
    "EXE-02": ("property-unidentified", "non_executable", [exe02_two_sides, exe02_era]),
    "EXE-03": ("continue-performance-vague", "non_executable", [exe03_as_required, exe03_purpose]),
    "EXE-04": ("restore-obstruction-vague", "non_executable", [exe04_when_told, exe04_liability]),
}
