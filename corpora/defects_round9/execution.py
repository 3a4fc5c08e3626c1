"""EXE-01 … EXE-04, round 9: items that cannot be executed as written (the 2018 意见 list, items (二), (五) and (六));
EXE-05 … EXE-08 are in orders.py.

What rounds 1–8 wrote is listed in corpora/defects_round4/execution.py (rounds 1–3), corpora/defects_round5/execution.py
(rounds 4 and 5), corpora/defects_round6/execution.py … corpora/defects_round8/execution.py and in the READMEs of rounds
4–8.

Here:
- EXE-01: the things named only by a list the judgment does not contain ("按本判决所附物品清单向原告X返还货物"; the 2018 意见
  allows a list only if it is annexed), and things whose kind and number are left to a count ("…（品种、数量以实际清点为准）").
- EXE-02: a term defined in 本院认为 without 坐落, area or certificate ("被告Y占用的房屋（以下简称争议房屋）…") and used in the item
  ("将争议房屋腾空交还原告X"), and land named by a drawing the judgment does not contain ("将本判决附图所示范围内的宅基地…").
- EXE-03: a contract to be performed by its clause numbers ("按照双方所签买卖合同第三条、第五条的约定履行"), and to a local
  trade standard ("按照当地同行业通行标准履行与原告X之间的买卖合同").
- EXE-04: a repair to a local standard ("参照当地汽车维修行业标准修复原告X受损的车辆"), and a repair to a report the judgment
  does not reproduce ("按照鉴定意见书提出的修复方案修复原告X的房屋").
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.calc import _reasoning_insert, in_section
from corpora.defects.common import Edits, Injection, Src, add_items, last_award_item
from corpora.defects_round2.common import insert_items_before, other_claims
from corpora.defects_round2.execution import _add, _occupier, _pd, _vacate_case, _who
from corpora.defects_round3.execution import _contract
from corpora.defects_round4.execution import _before_dismissal, _period
from corpora.defects_round7.execution import _pick
from corpora.defects_round9.unclear import NO_ANNEX

# --------------------------------------------------------------------------- EXE-01 a thing without identification

GOODS = [(r"买卖", "货物"), (r"租赁|租车", "随车物品"), (r"快递", "快件"), (r"承揽|清洗", "设备、工具"),
         (r"健身|培训", "物品")]


def exe01_list(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…按本判决所附物品清单向原告X返还货物", and no list is annexed."""
    p, d = _pd(src)
    thing = _pick(src, GOODS) if p and src.money_items() and not NO_ANNEX.search(src.text) else None
    if not thing:
        return None
    body = f"被告{d}{_period(src)}按本判决所附物品清单向原告{p}返还{thing}"
    return _add(src, [body], f'Added an item that names the things only by a list the judgment does not annex: "{body}".',
                "按本判决所附物品清单")


def exe01_count(src: Src, rng: Random) -> Injection | None:
    """"…将存放于其处的货物返还原告X（品种、数量以实际清点为准）"."""
    p, d = _pd(src)
    thing = _pick(src, GOODS) if p and src.money_items() else None
    if not thing:
        return None
    body = f"被告{d}{_period(src)}将原告{p}存放于其处的{thing}返还原告{p}（品种、数量以实际清点为准）"
    return _add(src, [body], f'Added an item that leaves the kind and number of the things to a count at the time of '
                f'performance: "{body}".', "（品种、数量以实际清点为准）")


# --------------------------------------------------------------------------- EXE-02 real property not identified

def exe02_defined(src: Src, rng: Random) -> Injection | None:
    """A term defined in 本院认为 without 坐落, area or certificate, used in the item."""
    pos = _reasoning_insert(src)
    if pos is None or "以下简称争议" in src.text:
        return None
    if _vacate_case(src) and re.search(r"房屋|房子|住房", src.section("claims") or ""):
        p, d = _who(src, "plaintiff"), _occupier(src)
    else:
        p, d = _pd(src)
        if not p or not src.money_items() or not re.search(r"房屋", src.cause()[:80] + src.claims_head()):
            return None
    sentence = f"被告{d}占用的房屋（以下简称争议房屋）应当返还原告{p}。"
    body = f"被告{d}于本判决生效之日起三十日内将争议房屋腾空交还原告{p}"
    e = Edits(src.text)
    e.insert(pos, sentence)
    if _vacate_case(src):
        if not other_claims(src, 1, e):
            return None
        idx = insert_items_before(src, e, 1, [body])
    else:
        idx = add_items(src, e, last_award_item(src), [body])
    inj = Injection(e.apply(), idx[-1], f'Inserted in 本院认为 a defined term that names no 坐落, area or certificate: '
                    f'"{sentence}", and an item that uses it: "{body}".', "将争议房屋腾空交还",
                    n_items=len(src.items) + 1, check=lambda dd, s=sentence: in_section(dd, "reasoning", s))
    inj.wordings = ["将争议房屋腾空交还", sentence]
    return inj


def exe02_drawing(src: Src, rng: Random) -> Injection | None:
    """Land named by a drawing the judgment does not contain: "将本判决附图所示范围内的宅基地退还原告X"."""
    if NO_ANNEX.search(src.text):
        return None
    facts = src.section("facts") or ""
    if _vacate_case(src) and "宅基地" in facts:
        body = f"被告{_occupier(src)}于本判决生效之日起三十日内将本判决附图所示范围内的宅基地退还原告{_who(src, 'plaintiff')}"
        return _before_dismissal(src, [body], f'Added an item handing back land named only by a drawing the judgment does '
                                 f'not annex: "{body}".', "附图所示范围内的宅基地")
    p, d = _who(src, "plaintiff"), _who(src, "defendant")
    if not any("林地" in it.text for it in src.items) or not p or not d or src.dtype != "judgment":
        return None
    body = f"被告{d}于本判决生效之日起十五日内将本判决附图所示范围内的林地交由原告{p}经营管理"
    return _add(src, [body], f'Added an item handing over forest land named only by a drawing the judgment does not annex: '
                f'"{body}".', "附图所示范围内的林地")


# --------------------------------------------------------------------------- EXE-03 a contract to perform, no content

def exe03_clauses(src: Src, rng: Random) -> Injection | None:
    if not (got := _contract(src)):
        return None
    p, d, title = got
    body = f"原告{p}与被告{d}按照双方所签{title}第三条、第五条的约定履行"
    return _add(src, [body], f'Added an item that orders the contract performed by clause numbers the judgment never '
                f'quotes (what, how, by when?): "{body}".', f"{title}第三条、第五条的约定履行")


def exe03_trade(src: Src, rng: Random) -> Injection | None:
    if not (got := _contract(src)):
        return None
    p, d, title = got
    body = f"被告{d}按照当地同行业通行标准履行与原告{p}之间的{title}"
    return _add(src, [body], f'Added an item that orders the contract performed to a local trade standard, without any act, '
                f'amount or time: "{body}".', "按照当地同行业通行标准履行")


# --------------------------------------------------------------------------- EXE-04 restoring / removing a hindrance

LOCAL = [(r"建设工程|建房|施工", "参照当地农村自建房的一般标准将原告{p}的房屋修缮完毕"),
         (r"交通事故|试驾", "参照当地汽车维修行业标准修复原告{p}受损的车辆"),
         (r"共有|林地|返还原物|排除妨害", "参照当地习惯恢复原告{p}的通行条件")]
REPORT = [(r"建设工程|建房|施工", "房屋"), (r"交通事故|试驾", "车辆")]


def exe04_local(src: Src, rng: Random) -> Injection | None:
    """A repair "参照当地…标准": which standard, which works, by when?"""
    if _vacate_case(src):
        p, d = _who(src, "plaintiff"), _occupier(src)
        body = f"被告{d}" + LOCAL[-1][1].format(p=p)
        return _before_dismissal(src, [body], f'Added an item that orders a restoration to local custom, with no act, '
                                 f'standard or time: "{body}".', "参照当地习惯恢复原告")
    p, d = _pd(src)
    goal = _pick(src, LOCAL[:2]) if p and src.money_items() else None
    if not goal:
        return None
    body = f"被告{d}{goal.format(p=p)}"
    return _add(src, [body], f'Added an item that orders a repair to an unnamed local standard, with no works or time: '
                f'"{body}".', goal.split("原告")[0])


def exe04_report(src: Src, rng: Random) -> Injection | None:
    """A repair "按照鉴定意见书提出的修复方案", a report the judgment does not reproduce."""
    p, d = _pd(src)
    thing = _pick(src, REPORT) if p and src.money_items() else None
    if not thing:
        return None
    body = f"被告{d}按照鉴定意见书提出的修复方案修复原告{p}的{thing}"
    return _add(src, [body], f'Added an item that orders a repair by a report the judgment neither quotes nor annexes: '
                f'"{body}".', "按照鉴定意见书提出的修复方案")


KINDS = {
    "EXE-01": ("thing-unidentified", "non_executable", [exe01_list, exe01_count]),
    "EXE-02": ("property-unidentified", "non_executable", [exe02_defined, exe02_drawing]),
    "EXE-03": ("continue-performance-vague", "non_executable", [exe03_clauses, exe03_trade]),
    "EXE-04": ("restore-obstruction-vague", "non_executable", [exe04_local, exe04_report]),
}
