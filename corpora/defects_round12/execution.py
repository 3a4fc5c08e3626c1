"""EXE-01 … EXE-04, round 12 (EXE-05 … EXE-08 are in orders.py): things named only by an approximate value ("价值1500元
左右的建筑材料"), and an item opened with 限 that returns "上述财物" the 主文 never lists; the duty to give back an
unidentified house or forest land "负有…的义务", and 限 with "上述房屋及附属设施" / "上述林地及地上林木" that nothing before
describes; a contract continued as a duty "负有按合同约定继续…的义务", and a double negative "不得拒绝履行…合同"; a repair
"按本判决附件所列维修项目" with no annex, and 限 with "相关损坏部位" (which?).
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src
from corpora.defects_round2.execution import _add, _pd
from corpora.defects_round3.execution import _contract
from corpora.defects_round4.execution import _period
from corpora.defects_round7.execution import _pick
from corpora.defects_round10.execution import _house_or_land
from corpora.defects_round11.execution import _fix

# --------------------------------------------------------------------------- EXE-01 a thing without identification

LEFT = [(r"建设工程|施工|承揽", "建筑材料"), (r"劳务", "劳动工具"), (r"租赁", "车内用品"), (r"买卖", "样品"),
        (r"健身|早教|教育培训", "个人用品"), (r"交通事故", "车辆配件")]


def _when(src: Src) -> str:
    """The period of the judgment's first money item (round 4's _period), or the usual ten days where that is a monthly
    instalment."""
    d = _period(src)
    return "于本判决生效之日起十日内" if "每月" in d or "支付" in d else d


def exe01_value(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…将其留存的价值1500元左右的建筑材料返还原告X": which things, how many? Only a rough value is given."""
    p, d = _pd(src)
    thing = _pick(src, LEFT) if p and src.money_items() else None
    if not thing:
        return None
    mark = f"价值{rng.choice([800, 1500, 3000])}元左右的{thing}"
    body = f"被告{d}{_when(src)}将其留存的{mark}返还原告{p}"
    return _add(src, [body], f'Added an item that names the things only by a rough value, with neither kind, number nor '
                f'description: "{body}".', mark)


def exe01_above(src: Src, rng: Random) -> Injection | None:
    """"限被告Y于…将上述财物交还原告X": the 主文 lists no property before it."""
    p, d = _pd(src)
    if not p or not src.money_items() or any("财物" in it.text for it in src.items):
        return None
    body = f"限被告{d}{_when(src)}将上述财物交还原告{p}"
    return _add(src, [body], f'Added an item opened with 限 that returns "上述财物", though nothing before it in the 主文 (or '
                f'in the facts) lists any property: "{body}".', "将上述财物交还原告")


# --------------------------------------------------------------------------- EXE-02 real property not identified

def exe02_duty(src: Src, rng: Random) -> Injection | None:
    """"被告Y负有于…将其占用的原告X的宅院腾退交还的义务": a duty, and the property by a word."""
    return _house_or_land(
        src, lambda p, d: f"被告{d}负有于本判决生效之日起三十日内将其占用的原告{p}的宅院腾退交还的义务",
        lambda p, d: f"被告{d}负有于本判决生效之日起十五日内将其管护的原告{p}的林地交还的义务",
        "as a duty (负有…的义务) that names the property by a word only, without 坐落, boundaries, area or certificate",
        lambda b: re.search(r"的(?:宅院腾退|林地)交还的义务", b).group(0))


def exe02_above(src: Src, rng: Random) -> Injection | None:
    """"限被告Y于…将上述房屋及附属设施交还原告X": nothing above describes them."""
    return _house_or_land(
        src, lambda p, d: f"限被告{d}于本判决生效之日起三十日内将上述房屋及附属设施交还原告{p}",
        lambda p, d: f"限被告{d}于本判决生效之日起十五日内将上述林地及地上林木交还原告{p}",
        "opened with 限 that refers to the property as 「上述」, though no item before it describes it",
        lambda b: re.search(r"上述(?:房屋及附属设施|林地及地上林木)", b).group(0))


# --------------------------------------------------------------------------- EXE-03 a contract to perform, no content

ACTS = [(r"买卖", "供货"), (r"服务|培训|健身", "提供服务"), (r"劳务", "提供劳务"), (r"建设工程|建房|施工|承揽", "施工")]


def exe03_duty(src: Src, rng: Random) -> Injection | None:
    """"被告Y负有按合同约定继续供货的义务": what, how much and when are in a contract the judgment does not quote."""
    if not (got := _contract(src)):
        return None
    p, d, title = got
    act = next((a for pat, a in ACTS if re.search(pat, title)), "履行")
    body = f"被告{d}对原告{p}负有按合同约定继续{act}的义务"
    return _add(src, [body], f'Added an item that continues the {title} as a duty (负有…的义务) whose content is only what '
                f'the contract says: "{body}".', f"负有按合同约定继续{act}的义务")


def exe03_double_negative(src: Src, rng: Random) -> Injection | None:
    """"被告Y不得拒绝履行与原告X之间的…合同": a double negative, no act, no time."""
    if not (got := _contract(src)):
        return None
    p, d, title = got
    body = f"被告{d}不得拒绝履行与原告{p}之间的{title}"
    return _add(src, [body], f'Added an item that continues the contract by a double negative (不得拒绝履行), with no act, '
                f'amount or time: "{body}".', f"不得拒绝履行与原告{p}之间的")


# --------------------------------------------------------------------------- EXE-04 restoring / removing a hindrance

def exe04_annex(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…按本判决附件所列维修项目修复原告X的车辆": the judgment has no annex."""
    if not (got := _fix(src)):
        return None
    p, d, thing = got
    body = f"被告{d}{_when(src)}按本判决附件所列维修项目修复原告{p}的{thing}"
    return _add(src, [body], f'Added a repair item that points to an annex listing the works, which the judgment does not '
                f'have: "{body}".', "按本判决附件所列维修项目")


def exe04_related(src: Src, rng: Random) -> Injection | None:
    """"限被告Y于…对原告X车辆的相关损坏部位予以修复": which parts, to what standard?"""
    if not (got := _fix(src)):
        return None
    p, d, thing = got
    body = f"限被告{d}{_when(src)}对原告{p}{thing}的相关损坏部位予以修复"
    return _add(src, [body], f'Added a repair item opened with 限 that names "the related damaged parts" and no standard: '
                f'"{body}".', f"{thing}的相关损坏部位予以修复")


KINDS = {
    "EXE-01": ("thing-unidentified", "non_executable", [exe01_value, exe01_above]),
    "EXE-02": ("property-unidentified", "non_executable", [exe02_duty, exe02_above]),
    "EXE-03": ("continue-performance-vague", "non_executable", [exe03_duty, exe03_double_negative]),
    "EXE-04": ("restore-obstruction-vague", "non_executable", [exe04_annex, exe04_related]),
}
