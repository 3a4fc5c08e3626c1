"""EXE-01 … EXE-04, round 8: items that cannot be executed as written (the 2018 意见 list, items (二), (五) and (六));
EXE-05 … EXE-08 are in orders.py.

What rounds 1–7 wrote is listed in corpora/defects_round4/execution.py (rounds 1–3), corpora/defects_round5/execution.py
(rounds 4 and 5), corpora/defects_round6/execution.py (round 6), corpora/defects_round7/execution.py (round 7) and in the
READMEs of rounds 4–7.

Here:
- EXE-01: the spoken demonstrative "把那批货还给原告X" (which lot?), and the thing first, the duty after "应予"
  ("原告X留在被告Y处的样品，被告Y应予返还", "…预存在被告Y处的包装耗材…").
- EXE-02: the spoken "把那套房子腾出来交给原告X", and land named only by the defendant's encroachment ("将其超出界址占用的
  宅基地退还原告X": no boundaries, area or map).
- EXE-03: the spoken "照合同把没做完的事做完", and a bare maxim "…应本着诚实信用原则履行…合同".
- EXE-04: the spoken "把弄坏的地方给原告X修好", and "应采取必要措施，保证原告X的房屋不再漏水" (which measures, by when?).
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

THAT_LOT = [(r"化肥|买卖", "那批货"), (r"承揽|清洗", "那批设备"), (r"租赁|租车", "那些随车工具"), (r"健身|培训|教育", "那些东西")]
LEFT = [(r"买卖", "留在被告{d}处的样品"), (r"承揽|清洗|建设工程|劳务", "堆放在作业现场的周转材料"),
        (r"租赁|租车|交通事故", "遗留在车内的物品"), (r"快递", "预存在被告{d}处的包装耗材"),
        (r"健身|培训|教育", "寄放在被告{d}处的教具")]


def exe01_that_lot(src: Src, rng: Random) -> Injection | None:
    """The spoken demonstrative: "被告Y于…把那批货还给原告X"."""
    p, d = _pd(src)
    thing = _pick(src, THAT_LOT) if p and src.money_items() else None
    if not thing:
        return None
    body = f"被告{d}{_period(src)}把{thing}还给原告{p}"
    return _add(src, [body], f'Added an item in the spoken register that names the things only by a demonstrative (which '
                f'lot, how many, what kind?): "{body}".', f"把{thing}还给原告{p}")


def exe01_thing_first(src: Src, rng: Random) -> Injection | None:
    """The thing first, the duty after 应予: "原告X留在被告Y处的样品，被告Y应予返还"."""
    p, d = _pd(src)
    thing = _pick(src, LEFT) if p and src.money_items() else None
    if not thing:
        return None
    thing = thing.format(d=d)
    body = f"原告{p}{thing}，被告{d}应予返还"
    return _add(src, [body], f'Added an item, the things first and the duty after 应予, that names neither their kind, '
                f'number nor features: "{body}".', f"{thing}，被告{d}应予返还")


# --------------------------------------------------------------------------- EXE-02 real property not identified

def exe02_that_house(src: Src, rng: Random) -> Injection | None:
    """The spoken "把那套房子腾出来交给原告X"."""
    if _vacate_case(src) and re.search(r"房屋|房子|住房", src.section("claims") or ""):
        body = f"被告{_occupier(src)}于本判决生效之日起三十日内把那套房子腾出来交给原告{_who(src, 'plaintiff')}"
        return _before_dismissal(src, [body], f'Added an item in the spoken register that names the house only by a '
                                 f'demonstrative (no 坐落, number or certificate): "{body}".', "把那套房子腾出来交给原告")
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"房屋买卖|房屋", src.cause()[:80] + src.claims_head()):
        return None
    body = f"被告{d}于本判决生效之日起三十日内把那套房子腾出来交给原告{p}"
    return _add(src, [body], f'Added an item in the spoken register that names the house only by a demonstrative (no 坐落, '
                f'number or certificate): "{body}".', "把那套房子腾出来交给原告")


def exe02_encroached(src: Src, rng: Random) -> Injection | None:
    """Land named only by the encroachment: "将其超出界址占用的宅基地退还原告X"."""
    facts = src.section("facts") or ""
    if _vacate_case(src) and "宅基地" in facts:
        body = f"被告{_occupier(src)}于本判决生效之日起三十日内将其超出界址占用的宅基地退还原告{_who(src, 'plaintiff')}"
        return _before_dismissal(src, [body], f'Added an item handing back land named only as what the defendant occupies '
                                 f'beyond the boundary (no boundaries, area or map): "{body}".', "超出界址占用的宅基地")
    p, d = _who(src, "plaintiff"), _who(src, "defendant")
    forest = any("林地" in it.text for it in src.items)
    if not forest or not p or not d or src.dtype != "judgment" or not src.money_items():
        return None
    body = f"被告{d}于本判决生效之日起十五日内将其超出界址占用的林地退还原告{p}"
    return _add(src, [body], f'Added an item handing back forest land named only as what the defendant occupies beyond the '
                f'boundary (no boundaries, area or map): "{body}".', "超出界址占用的林地")


# --------------------------------------------------------------------------- EXE-03 a contract to perform, no content

def exe03_finish(src: Src, rng: Random) -> Injection | None:
    if not (got := _contract(src)):
        return None
    p, d, _title = got
    body = f"被告{d}照合同把没做完的事做完"
    return _add(src, [body], f'Added an item in the spoken register ordering the defendant to finish "what is left" under '
                f'the contract, without saying what, how or when: "{body}".', "照合同把没做完的事做完")


def exe03_good_faith(src: Src, rng: Random) -> Injection | None:
    if not (got := _contract(src)):
        return None
    p, d, title = got
    body = f"原告{p}与被告{d}应本着诚实信用原则履行{title}"
    return _add(src, [body], f'Added an item that binds both parties to perform the contract in good faith, without any '
                f'act, amount or time: "{body}".', f"应本着诚实信用原则履行{title}")


# --------------------------------------------------------------------------- EXE-04 restoring / removing a hindrance

def exe04_fix(src: Src, rng: Random) -> Injection | None:
    """The spoken "把弄坏的地方给原告X修好"."""
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"建设工程|建房|施工|交通事故|试驾", src.cause()[:80] + src.claims_head()):
        return None
    body = f"被告{d}把弄坏的地方给原告{p}修好"
    return _add(src, [body], f'Added an item in the spoken register ordering an unspecified repair (which damage, to what '
                f'standard, by when?): "{body}".', f"把弄坏的地方给原告{p}修好")


MEASURES = [(r"建设工程|建房|施工", "保证原告{p}的房屋不再漏水"), (r"交通事故|试驾", "确保原告{p}的车辆恢复安全性能"),
            (r"共有|林地|返还原物|排除妨害", "消除对原告{p}通行的影响")]


def exe04_measures(src: Src, rng: Random) -> Injection | None:
    """"应采取必要措施，保证原告X的房屋不再漏水": no measure, standard or time."""
    if _vacate_case(src):
        p, d = _who(src, "plaintiff"), _occupier(src)
        body = f"被告{d}应采取必要措施，" + MEASURES[-1][1].format(p=p)
        return _before_dismissal(src, [body], f'Added an item that orders "necessary measures" with no act, standard or '
                                 f'time: "{body}".', "应采取必要措施")
    p, d = _who(src, "plaintiff"), _who(src, "defendant")
    goal = next((g for pat, g in MEASURES if re.search(pat, src.cause()[:80] + src.claims_head())), None)
    if not p or not d or not goal or src.dtype != "judgment" or not src.money_items():
        return None
    body = f"被告{d}应采取必要措施，{goal.format(p=p)}"
    return _add(src, [body], f'Added an item that orders "necessary measures" with no act, standard or time: "{body}".',
                "应采取必要措施，" + goal.format(p=p))


KINDS = {
    "EXE-01": ("thing-unidentified", "non_executable", [exe01_that_lot, exe01_thing_first]),
    "EXE-02": ("property-unidentified", "non_executable", [exe02_that_house, exe02_encroached]),
    "EXE-03": ("continue-performance-vague", "non_executable", [exe03_finish, exe03_good_faith]),
    "EXE-04": ("restore-obstruction-vague", "non_executable", [exe04_fix, exe04_measures]),
}
