"""EXE-01 … EXE-04, round 13 (EXE-05 … EXE-08 are in orders.py): things joined to a payment item with 同时 and named only as
"存放于其处的其他物品", and things named only by the month, in Chinese numerals, in which the defendant took them
("其于二〇二三年九月从原告X处取走的物品"); a house named only by the year, in Chinese numerals, in which the occupier moved in
("其于二〇一八年搬入的房屋"), and forest land joined to a payment item with 同时 as "该林地中由其管护的地块"; a contract
continued from a date in Chinese numerals with no content ("自二〇二四年一月一日起照常履行其与原告X订立的买卖合同"), and the
rest of a contract joined to a payment item with 并 ("，并按约定完成买卖合同剩余部分的履行"); a repair joined to a payment
item with 同时 and the standard "修复如初", and a repair by a date in Chinese numerals with neither the damage nor the
standard ("于二〇二四年一月三十一日前对原告X的车辆进行维修").
"""

from __future__ import annotations

import datetime as dt
import re
from random import Random

from corpora.defects.common import Injection, Src, item_edit, quote
from corpora.defects_round2.execution import _add, _occupier, _pd, _vacate_case, _who
from corpora.defects_round3.execution import _contract
from corpora.defects_round4.common import pays
from corpora.defects_round4.execution import _before_dismissal
from corpora.defects_round11.execution import _fix
from corpora.defects_round13.common import cn_date, month_end_cn

# --------------------------------------------------------------------------- EXE-01 a thing without identification


def _joined(src: Src, d: str, add_of, desc: str, marker_of) -> Injection | None:
    """`add_of(p)` joined to the end of the defendant's first payment item (the defendant pays the plaintiff)."""
    for p in (x for x in pays(src) if x.who == d and x.to_role == "原告" and x.who_role == "被告"):
        k = len(p.it.text) - len(p.end)
        if not p.it.text[:k].endswith(p.amount):
            continue
        add = add_of(p)
        text, new_item, _ = item_edit(src, p.it.index, [(k, k, add)])
        return Injection(text, p.it.index, f'{desc}: "{quote(p.it.text, 90)}" → "{quote(new_item, 200)}".', marker_of(add))
    return None


def exe01_other_things(src: Src, rng: Random) -> Injection | None:
    """"…，同时返还原告X存放于其处的其他物品": which things, how many?"""
    p, d = _pd(src)
    if not p or not src.money_items():
        return None
    return _joined(src, d, lambda q: f"，同时返还原告{q.to}存放于其处的其他物品", "Joined to the payment item with 同时 the "
                   "return of 「其他物品」 the plaintiff left with the defendant, with neither kind, number nor description",
                   lambda add: add[1:])


def exe01_month_taken(src: Src, rng: Random) -> Injection | None:
    """"被告Y于…前将其于二〇二三年九月从原告X处取走的物品返还原告X": the things named only by when they were taken."""
    p, d = _pd(src)
    if not p or not src.money_items() or not src.date:
        return None
    filed = re.search(r"(\d{4})年(\d{1,2})月\d{1,2}日(?:立案|受理)", src.cause())
    if not filed:
        return None
    y, m = int(filed.group(1)), int(filed.group(2))
    y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    taken = cn_date(dt.date(y, m, 1))[:-len(f"{'一'}日")]  # 二〇二三年九月
    body = f"被告{d}于{month_end_cn(src.date, 1)}前将其于{taken}从原告{p}处取走的物品返还原告{p}"
    return _add(src, [body], f'Added an item that names the things only by the month, in Chinese numerals, in which the '
                f'defendant took them, with neither kind, number nor description: "{body}".', f"从原告{p}处取走的物品")


# --------------------------------------------------------------------------- EXE-02 real property not identified

def exe02_moved_in(src: Src, rng: Random) -> Injection | None:
    """"被告Y须于…将其于二〇一八年搬入的房屋腾退交还原告X": the house named by the year the occupier moved in."""
    if not _vacate_case(src):
        return None
    p, d = _who(src, "plaintiff"), _occupier(src)
    body = f"被告{d}须于本判决生效之日起三十日内将其于二〇一八年搬入的房屋腾退交还原告{p}"
    return _before_dismissal(src, [body], f'Added an item with 须 that names the house only by the year, in Chinese '
                             f'numerals, in which the occupier moved in, without 坐落, number or certificate: "{body}".',
                             "将其于二〇一八年搬入的房屋")


def exe02_plots(src: Src, rng: Random) -> Injection | None:
    """"…，同时将该林地中由其管护的地块交还原告X": which plots of the forest land, with what boundaries?"""
    p, _d = _pd(src, one_defendant=False)
    if not p:
        return None
    for it in (x for x in src.money_items() if "林地" in x.text and x.deadline):
        obs = [o for ob in it.obligations for o in ob.obligors]
        k = len(it.text) - (1 if it.text.endswith(("。", "；")) else 0)
        add = f"，同时将该林地中由其管护的地块交还原告{p}"
        text, new_item, _ = item_edit(src, it.index, [(k, k, add)])
        return Injection(text, it.index, f'Joined to the payment item with 同时 the return of "the plots of that forest '
                         f'land that the obligors ({"、".join(obs)}) look after", with neither boundaries, area nor map: '
                         f'"{quote(it.text, 90)}" → "{quote(new_item, 200)}".', add[1:])
    return None


# --------------------------------------------------------------------------- EXE-03 a contract to perform, no content

def exe03_from_date(src: Src, rng: Random) -> Injection | None:
    """"被告Y自二〇二四年一月一日起照常履行其与原告X订立的买卖合同": from when, but not what, how much or how."""
    if not (got := _contract(src)) or not src.date:
        return None
    p, d, title = got
    start = dt.date(src.date.year + (src.date.month == 12), src.date.month % 12 + 1, 1)
    body = f"被告{d}自{cn_date(start)}起照常履行其与原告{p}订立的{title}"
    return _add(src, [body], f'Added an item that continues the {title} from a date in Chinese numerals, with no act, '
                f'amount or manner: "{body}".', f"起照常履行其与原告{p}订立的{title}")


def exe03_rest(src: Src, rng: Random) -> Injection | None:
    """"…，并按约定完成买卖合同剩余部分的履行": the rest of the contract, joined with 并 to the payment item."""
    if not (got := _contract(src)):
        return None
    _p, d, title = got
    return _joined(src, d, lambda q: f"，并按约定完成{title}剩余部分的履行", f"Joined to the payment item with 并 the "
                   f"performance of 「the rest」 of the {title}, with no act, amount or time", lambda add: add[1:])


# --------------------------------------------------------------------------- EXE-04 restoring / removing a hindrance

def exe04_as_new(src: Src, rng: Random) -> Injection | None:
    """"…，同时将原告X的车辆修复如初": repaired 「如初」 — which damage, to what standard?"""
    if not (got := _fix(src)):
        return None
    _p, d, thing = got
    return _joined(src, d, lambda q: f"，同时将原告{q.to}的{thing}修复如初", f"Joined to the payment item with 同时 a repair "
                   f"of the {thing} to its 「former state」, with neither the damage nor a standard", lambda add: add[1:])


def exe04_by_date(src: Src, rng: Random) -> Injection | None:
    """"被告Y于二〇二四年一月三十一日前对原告X的车辆进行维修": by when, but neither the damage nor the standard."""
    if not (got := _fix(src)) or not src.date:
        return None
    p, d, thing = got
    body = f"被告{d}于{month_end_cn(src.date, 2)}前对原告{p}的{thing}进行维修"
    return _add(src, [body], f'Added a repair item with a date in Chinese numerals but neither the damage nor the '
                f'standard of the repair: "{body}".', f"前对原告{p}的{thing}进行维修")


KINDS = {
    "EXE-01": ("thing-unidentified", "non_executable", [exe01_other_things, exe01_month_taken]),
    "EXE-02": ("property-unidentified", "non_executable", [exe02_moved_in, exe02_plots]),
    "EXE-03": ("continue-performance-vague", "non_executable", [exe03_from_date, exe03_rest]),
    "EXE-04": ("restore-obstruction-vague", "non_executable", [exe04_as_new, exe04_by_date]),
}
