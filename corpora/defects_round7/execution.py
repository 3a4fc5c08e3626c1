"""EXE-01 … EXE-04, round 7: items that cannot be executed as written (the 2018 意见 list, items (二), (五) and (六));
EXE-05 … EXE-08 are in orders.py.

What rounds 1–6 wrote is listed in corpora/defects_round4/execution.py (rounds 1–3), corpora/defects_round5/execution.py
(rounds 4 and 5), corpora/defects_round6/execution.py (round 6) and in the READMEs of rounds 4–6.

Here:
- EXE-01: a count without kind, make or grade ("被告Y…向原告X交付化肥五十袋", "苗木三百株", "平板电脑十台" …), and an open
  list ended by 等 in a passive item ("原告X存放于被告Y处的电钻、切割机等工具，由被告Y于…返还").
- EXE-02: land named only by a compass half ("…将大田领岗林地的东半部分交由原告X经营管理"), and a house named only by its
  number of rooms and kind ("…将其居住的三间住房交付原告X").
- EXE-03: "被告Y应配合原告X完成…合同约定的事项", and "原告X与被告Y之间的…合同关系维持不变，双方按约行使权利、承担义务".
- EXE-04: removal of an unspecified part ("拆除其在涉案宅基地上加盖的部分", "拆除其在原告X房屋改建中搭建的部分", "负责将原告X
  车辆受损的部分予以修复"), and a duty with no standard, place or time ("应确保原告X进出…的通道畅通").
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Injection, Src
from corpora.defects_round2.execution import _add, _occupier, _pd, _vacate_case, _who
from corpora.defects_round3.execution import _contract
from corpora.defects_round4.execution import _before_dismissal, _period


def _context(src: Src) -> str:
    return src.cause()[:80] + src.claims_head()


def _pick(src: Src, table) -> str | None:
    ctx = _context(src)
    return next((w for pat, w in table if re.search(pat, ctx)), None)


# --------------------------------------------------------------------------- EXE-01 a thing without identification

COUNT = [(r"化肥", "化肥五十袋"), (r"苗木|绿化", "苗木三百株"), (r"鞋", "鞋子二百双"), (r"健身", "健身器材两套"),
         (r"早教|教育培训", "平板电脑十台"), (r"车辆租赁|租车", "轮胎四条"), (r"清洗|承揽", "空调滤网二十片"),
         (r"快递", "快递包裹十五件")]
OPEN = [(r"劳务", "电钻、切割机等工具"), (r"健身", "储物柜内的衣物等个人用品"), (r"房屋买卖|房屋转让", "床、衣柜等家具"),
        (r"车辆租赁|租车|购车", "行车记录仪、脚垫等随车用品"), (r"早教|教育培训", "绘本、积木等教学用品"),
        (r"清洗|承揽", "高压水枪、梯子等作业工具")]


def exe01_count(src: Src, rng: Random) -> Injection | None:
    """A count without kind, make or grade: "被告Y…向原告X交付化肥五十袋"."""
    p, d = _pd(src)
    thing = _pick(src, COUNT) if p and src.money_items() else None
    if not thing:
        return None
    body = f"被告{d}{_period(src)}向原告{p}交付{thing}"
    return _add(src, [body], f'Added an item ordering the delivery of things by count only, with no kind, make, grade or '
                f'other features: "{body}".', f"向原告{p}交付{thing}")


def exe01_open(src: Src, rng: Random) -> Injection | None:
    """An open list ended by 等, passive with 由: "原告X存放于被告Y处的电钻、切割机等工具，由被告Y于…返还"."""
    p, d = _pd(src)
    things = _pick(src, OPEN) if p and src.money_items() else None
    if not things:
        return None
    body = f"原告{p}存放于被告{d}处的{things}，由被告{d}{_period(src)}返还"
    return _add(src, [body], f'Added an item ordering the return of an open list (「…等」) with no count or features: '
                f'"{body}".', f"存放于被告{d}处的{things}")


# --------------------------------------------------------------------------- EXE-02 real property not identified

def exe02_half(src: Src, rng: Random) -> Injection | None:
    """Land named only by a compass half: "…将大田领岗林地的东半部分交由原告X经营管理"."""
    if _vacate_case(src) and "宅基地" in (src.section("facts") or ""):
        body = f"被告{_occupier(src)}于本判决生效之日起三十日内将涉案宅基地的西半部分交还原告{_who(src, 'plaintiff')}"
        return _before_dismissal(src, [body], f'Added an item handing back land named only by a compass half (no 坐落, '
                                 f'boundaries, area or certificate): "{body}".', "涉案宅基地的西半部分")
    m = re.search(r"([\u4e00-\u9fa5]{2,4})林地", " ".join(it.text for it in src.items))
    p, d = _who(src, "plaintiff"), _who(src, "defendant")
    if not m or not p or not d or src.dtype != "judgment" or not src.money_items():
        return None
    body = f"被告{d}于本判决生效之日起三十日内将{m.group(0)}的东半部分交由原告{p}经营管理"
    return _add(src, [body], f'Added an item handing over land named only by a compass half (no boundaries, area or '
                f'certificate): "{body}".', f"{m.group(0)}的东半部分")


ROOMS_RE = re.compile(r"([两三四五六七八九]|\d+)间([\u4e00-\u9fa5]{0,6}?)(住房|平房|房屋|砖房)")


def exe02_rooms(src: Src, rng: Random) -> Injection | None:
    """A house named only by its number of rooms and kind: "…将其居住的三间住房交付原告X"."""
    m = ROOMS_RE.search((src.section("claims") or "") + (src.section("facts") or ""))
    if not m:
        return None
    rooms = f"{m.group(1)}间{m.group(3)}"
    if _vacate_case(src):
        body = f"被告{_occupier(src)}于本判决生效之日起三十日内将其居住的{rooms}交付原告{_who(src, 'plaintiff')}"
        return _before_dismissal(src, [body], f'Added an item handing over a house named only by its rooms (no 坐落, number '
                                 f'or certificate): "{body}".', f"其居住的{rooms}")
    p, d = _pd(src)
    if not p or not src.money_items():
        return None
    body = f"被告{d}于本判决生效之日起三十日内将其名下的{rooms}交付原告{p}"
    return _add(src, [body], f'Added an item handing over a house named only by its rooms (no 坐落, number or '
                f'certificate): "{body}".', f"其名下的{rooms}")


# --------------------------------------------------------------------------- EXE-03 a contract to perform, no content

def exe03_assist(src: Src, rng: Random) -> Injection | None:
    got = _contract(src)
    if not got:
        return None
    p, d, title = got
    body = f"被告{d}应配合原告{p}完成{title}约定的事项"
    return _add(src, [body], f'Added an item ordering the defendant to help complete what the contract provides, without '
                f'saying what, how or when: "{body}".', f"配合原告{p}完成{title}约定的事项")


def exe03_unchanged(src: Src, rng: Random) -> Injection | None:
    got = _contract(src)
    if not got:
        return None
    p, d, title = got
    body = f"原告{p}与被告{d}之间的{title}关系维持不变，双方按约行使权利、承担义务"
    return _add(src, [body], f'Added an item keeping the contract in force and the parties to their terms, without saying '
                f'what is to be done or how: "{body}".', f"{title}关系维持不变")


# --------------------------------------------------------------------------- EXE-04 restoring / removing a hindrance

def exe04_part(src: Src, rng: Random) -> Injection | None:
    """Removal or repair of an unspecified part."""
    if _vacate_case(src) and "宅基地" in (src.section("facts") or ""):
        body = f"被告{_occupier(src)}拆除其在涉案宅基地上加盖的部分"
        return _before_dismissal(src, [body], f'Added an item ordering an unspecified part removed, with no description, '
                                 f'extent or time: "{body}".', "拆除其在涉案宅基地上加盖的部分")
    p, d = _pd(src)
    if not p or not src.money_items():
        return None
    c = src.cause()[:80]
    if re.search(r"建设工程|建房|施工", c):
        body, marker = f"被告{d}拆除其在原告{p}房屋改建中搭建的部分", "房屋改建中搭建的部分"
    elif re.search(r"交通事故", c) and re.search(r"车辆|车损|维修", src.section("facts") or ""):
        body, marker = f"被告{d}负责将原告{p}车辆受损的部分予以修复", "车辆受损的部分予以修复"
    else:
        return None
    return _add(src, [body], f'Added an item ordering an unspecified part removed or repaired, with no description, '
                f'standard or time: "{body}".', marker)


def exe04_path(src: Src, rng: Random) -> Injection | None:
    """A duty with no standard, place or time: "被告Y应确保原告X进出…的通道畅通"."""
    if _vacate_case(src):
        body = f"被告{_occupier(src)}应确保原告{_who(src, 'plaintiff')}进出涉案房屋的通道畅通"
        return _before_dismissal(src, [body], f'Added an item removing a hindrance with no standard, place or time: '
                                 f'"{body}".', "进出涉案房屋的通道畅通")
    m = re.search(r"([\u4e00-\u9fa5]{2,4})林地", " ".join(it.text for it in src.items))
    p, d = _who(src, "plaintiff"), _who(src, "defendant")
    if not m or not p or not d or src.dtype != "judgment" or not src.money_items():
        if not re.search(r"建设工程|建房", src.cause()[:80]):
            return None
        p, d = _pd(src)
        if not p or not src.money_items():
            return None
        place = "其房屋"
    else:
        place = m.group(0)
    body = f"被告{d}应确保原告{p}进出{place}的通道畅通"
    return _add(src, [body], f'Added an item removing a hindrance with no standard, place or time: "{body}".',
                f"进出{place}的通道畅通")


KINDS = {
    "EXE-01": ("thing-unidentified", "non_executable", [exe01_count, exe01_open]),
    "EXE-02": ("property-unidentified", "non_executable", [exe02_half, exe02_rooms]),
    "EXE-03": ("continue-performance-vague", "non_executable", [exe03_assist, exe03_unchanged]),
    "EXE-04": ("restore-obstruction-vague", "non_executable", [exe04_part, exe04_path]),
}
