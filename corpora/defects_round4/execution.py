"""EXE-*, round 4: items that cannot be executed as written (the 2018 意见 list, items (二) and (五)–(九)).

Rounds 1–3 write 车辆一辆 / 汽车一辆 / 教练车一辆 / 被继承人的遗物 / 库存侵权产品 / 设备、工具一批 / 寄存的物品 / 个人物品 / 其占有的
原告…财物 / 其扣留的相关证件 (EXE-01); 涉案房屋的过户手续 / 双方共有的林地 / 提供抵押的房屋 / 腾退涉案房屋 / 交付涉案在建房屋 / …名盛城
的房屋一套 / 林地中原告户应分得的部分 (EXE-02); "，双方继续履行", "继续履行双方签订的《…》", "应按照《协议》的约定继续履行其合同义务",
"…之间的劳务合同继续履行", "恢复履行…之间的买卖合同", "…合法有效。双方应按约履行各自义务" (EXE-03); "将原告的房屋恢复原状", "排除
对原告…的妨碍", "恢复涉案土地原状", "将…受损的摩托车修复原状", "恢复…受损车辆的使用功能", "应当排除妨害，保障原告…" (EXE-04);
立即停止侵害 / 立即停止侵权 / 停止侵权行为 / 停止侵犯…美术作品著作权的行为 / 停止对原告…的侵害 / 停止一切侵权行为 / "不得再以任何方式
侵害原告…的合法权益" (EXE-05); 每月可探视一次 / 每月探望两次 / 节假日探视 / 具体探视方式由双方协商确定 / 随时探望 / 就读的学校 /
监护人应当予以协助 (EXE-06); counter-performances as separate items or as a second sentence (EXE-07); "归原告…所有", "由原告
享有", "确认…所有权归原告", "确认原告…享有所有权", "确认…由原告继承", "确认…房屋归原告…所有" (EXE-08).

Here:
- EXE-01: a passive item "原告X承租的车辆及随车物品，由原告X于…返还被告Y", and an obligee-first item "被告Y退还购车款后，有权
  取回其交付原告X的车辆及相关物品".
- EXE-02: land-use rights, "将以原告X名义申请取得的宅基地使用权交还原告", and a passive item on a 商品房 "原告X所购商品房的不动产
  转移登记手续，由被告Y于…协助办理".
- EXE-03: a passive item "…之间买卖合同中尚未履行的部分，由被告Y按原约定履行完毕", and an obligee-first item "原告X有权要求
  被告Y依照双方之间…合同的约定履行剩余义务".
- EXE-04: an obligee-first item "原告X有权要求被告Y将试驾期间碰撞的车辆前保险杠恢复至试驾前的状态", and a passive item "原告X
  院落内的施工障碍，由被告Y负责清除".
- EXE-05: a passive item "被告Y对原告X的侵害行为应予停止", and a prohibition "被告Y不得再销售侵权产品" (the act, not the work
  or the right).
- EXE-06: a time without place or hand-over ("可于每月第一个星期六上午9时至下午5时探望"), and a passive item with a length
  and a notice period only ("被告Y对原告X的探望，每次以四小时为限，并应提前三日通知原告一方").
- EXE-07: both obligations in one item joined by 同时 ("…退还原告X货款…，同时原告X将被告开具的购货发票退还被告"), and one item
  "原、被告于…相互返还：（一）…；（二）…" with sub-items.
- EXE-08: "位于…的房屋的所有权属于原告X" where the claims ask to move out and hand the house back, and "…，其所有权自本判决生效之日
  起属于原告X" where the claims now ask for the house to be handed over.
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import (
    NUM_RE,
    Edits,
    Injection,
    Src,
    add_items,
    item_edit,
    last_award_item,
    quote,
)
from corpora.defects_round2.common import insert_items_before, other_claims
from corpora.defects_round2.execution import _add, _occupier, _pd, _vacate_case, _who
from corpora.defects_round3.execution import _contract


def _before_dismissal(src: Src, bodies: list[str], desc: str, marker: str) -> Injection | None:
    """A judgment that dismissed every claim gets award items before its dismissal, which now dismisses the other claims."""
    e = Edits(src.text)
    if not other_claims(src, 1, e):
        return None
    idx = insert_items_before(src, e, 1, bodies)
    return Injection(e.apply(), idx[-1], desc + " The dismissal item now dismisses 「…的其他诉讼请求」.", marker,
                     n_items=len(src.items) + len(bodies))


def _period(src: Src) -> str:
    it = next((x for x in src.money_items() if x.deadline and x.deadline.text != "立即"), None)
    if not it:
        return "于本判决生效之日起十日内"
    d = it.deadline.text
    return d if d.startswith(("于", "在")) else "于" + d.lstrip("限")


CAR_RES = [re.compile(r"车牌号为(?P<plate>×+|[^\s，。的]{5,8})的(?P<model>[^，。]{2,12}?)(?:车辆|汽车|轿车)"),
           re.compile(r"将(?P<model>[^，。]{2,12}?)，车牌号为(?P<plate>×+|[^\s，。]{5,8})车辆")]


def _car(src: Src):
    facts = src.section("facts") or ""
    return next((r.search(facts) for r in CAR_RES if r.search(facts)), None)


# --------------------------------------------------------------------------- EXE-01 a thing without identification

def exe01_rented(src: Src, rng: Random) -> Injection | None:
    """The lessee returns "承租的车辆及随车物品": which car, which things, is not said."""
    p, d = _pd(src)
    facts = src.section("facts") or ""
    if not p or not re.search(r"租赁", src.cause()[:80]) or not re.search(r"原告（乙方、承租方）|租赁给原告", facts):
        return None
    if re.search(r"归还(?:租赁)?车辆", facts):
        return None
    body = f"原告{p}承租的车辆及随车物品，由原告{p}{_period(src)}返还被告{d}"
    return _add(src, [body], f'Added a passive item ordering the lessee to return "承租的车辆及随车物品" with no plate, model '
                f'or list of things: "{body}".', "承租的车辆及随车物品")


def exe01_takeback(src: Src, rng: Random) -> Injection | None:
    """The seller, after the refund, "有权取回其交付原告X的车辆及相关物品": the car and the things are not identified."""
    p, d = _pd(src)
    if not p or "解除" not in (src.section("reasoning") or "") or not _car(src):
        return None
    refund = next((it for it in src.money_items() if re.search(r"购车款|车款", it.text)), None)
    if not refund:
        return None
    body = f"被告{d}退还购车款后，有权取回其交付原告{p}的车辆及相关物品"
    return _add(src, [body], f'Added an item, the obligee first, entitling the seller to take back "the car and related '
                f'things" with no plate, model, VIN or list: "{body}".', f"取回其交付原告{p}的车辆及相关物品",
                after=refund.index)


# --------------------------------------------------------------------------- EXE-02 real property not identified

def exe02_homestead(src: Src, rng: Random) -> Injection | None:
    """A land-use right handed back with no 坐落, area, boundaries or approval number."""
    if not _vacate_case(src):
        return None
    facts = src.section("facts") or ""
    m = re.search(r"被告(\S{2,3}?)以原告名义[^。]*?宅基地", facts)
    p = _who(src, "plaintiff")
    if not m or not p:
        return None
    body = f"被告{m.group(1)}于本判决生效之日起三十日内将以原告{p}名义申请取得的宅基地使用权交还原告"
    return _before_dismissal(src, [body], f'Added an item handing back a 宅基地 land-use right that names neither its 坐落, '
                             f'area and boundaries nor the approval or certificate: "{body}".', "名义申请取得的宅基地使用权")


def exe02_commodity(src: Src, rng: Random) -> Injection | None:
    """A passive item on "所购商品房" with no 坐落, building, number or certificate."""
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"房屋买卖|房屋转让", src.cause()[:80] + (src.section("facts") or "")):
        return None
    body = f"原告{p}所购商品房的不动产转移登记手续，由被告{d}于本判决生效之日起三十日内协助办理"
    return _add(src, [body], f'Added a passive item on the transfer of a 商品房 that names neither its 坐落 nor its 不动产权证号: '
                f'"{body}".', "所购商品房的不动产转移登记手续")


# --------------------------------------------------------------------------- EXE-03 a contract to perform, no content

def exe03_passive(src: Src, rng: Random) -> Injection | None:
    got = _contract(src)
    if not got:
        return None
    p, d, title = got
    body = f"原告{p}与被告{d}之间{title}中尚未履行的部分，由被告{d}按原约定履行完毕"
    return _add(src, [body], f'Added a passive item ordering "the unperformed part" of the contract to be performed "as '
                f'agreed" without saying what it is or how: "{body}".', f"中尚未履行的部分，由被告{d}按原约定履行完毕")


def exe03_entitled(src: Src, rng: Random) -> Injection | None:
    got = _contract(src)
    if not got:
        return None
    p, d, title = got
    body = f"原告{p}有权要求被告{d}依照双方之间{title}的约定履行剩余义务"
    return _add(src, [body], f'Added an item, the obligee first, entitling the plaintiff to the "remaining obligations" of '
                f'the contract without saying what they are or how: "{body}".', f"依照双方之间{title}的约定履行剩余义务")


# --------------------------------------------------------------------------- EXE-04 restoring / removing a hindrance

def exe04_restore(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    facts = src.section("facts") or ""
    if not p or not src.money_items() or "试驾" not in facts or not re.search(r"受损|损伤|损坏", facts):
        return None
    body = f"原告{p}有权要求被告{d}将试驾期间碰撞的车辆前保险杠恢复至试驾前的状态"
    return _add(src, [body], f'Added a 恢复原状 item, the obligee first, with no standard of repair and no time: "{body}".',
                "恢复至试驾前的状态")


def exe04_clear(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    facts = src.section("facts") or ""
    if not p or not src.money_items() or not re.search(r"建设工程|施工|建房", src.cause()[:80]) or "院落" not in facts:
        return None
    body = f"原告{p}院落内的施工障碍，由被告{d}负责清除"
    return _add(src, [body], f'Added a passive 排除妨碍 item that names neither the hindrance nor the standard or time of its '
                f'removal: "{body}".', f"院落内的施工障碍，由被告{d}负责清除")


# --------------------------------------------------------------------------- EXE-05 停止侵害 without act or right

def exe05_passive(src: Src, rng: Random) -> Injection | None:
    if not _vacate_case(src):
        return None
    p = _who(src, "plaintiff")
    d = _occupier(src)
    body = f"被告{d}对原告{p}的侵害行为应予停止"
    return _before_dismissal(src, [body], f'Added a passive injunction that names neither the act to stop nor the right or the '
                             f'property: "{body}".', f"对原告{p}的侵害行为应予停止")


def exe05_nomore(src: Src, rng: Random) -> Injection | None:
    p = _who(src, "plaintiff")
    if not p or src.dtype != "judgment" or not re.search(r"著作权|作品|商标|专利", src.cause()[:80]):
        return None
    reasoning = src.section("reasoning") or ""
    stopped = " ".join(it.text for it in src.items if "停止" in it.text)
    for dp in src.parties("defendant"):
        if dp.name in stopped or not re.search(re.escape(dp.name) + r"销售", reasoning):
            continue
        body = f"被告{dp.name}不得再销售侵权产品"
        return _add(src, [body], f'Added a prohibition that names the act (销售) but neither the work nor the right infringed, '
                    f'nor which products: "{body}".', "不得再销售侵权产品")
    return None


# --------------------------------------------------------------------------- EXE-06 visitation

def _child_case(src: Src):
    p, d = _who(src, "plaintiff"), _who(src, "defendant")
    if not p or not d or not re.search(r"抚养费", src.text) or not re.search(r"婚生|父子|母子|父女|母女|离婚", src.text):
        return None
    return p, d


def exe06_time(src: Src, rng: Random) -> Injection | None:
    got = _child_case(src)
    if not got:
        return None
    p, d = got
    body = f"被告{d}可于每月第一个星期六上午9时至下午5时探望原告{p}"
    return _add(src, [body], f'Added a visitation item with a time but no place and no hand-over: "{body}".',
                "每月第一个星期六上午9时至下午5时探望")


def exe06_limit(src: Src, rng: Random) -> Injection | None:
    got = _child_case(src)
    if not got:
        return None
    p, d = got
    body = f"被告{d}对原告{p}的探望，每次以四小时为限，并应提前三日通知原告一方"
    return _add(src, [body], f'Added a passive visitation item with a length and a notice period but no dates, frequency, '
                f'place or hand-over: "{body}".', "每次以四小时为限，并应提前三日通知原告一方")


# --------------------------------------------------------------------------- EXE-07 mutual obligations, no order

def exe07_same_time(src: Src, rng: Random) -> Injection | None:
    """The refund and the buyer's return of the invoice in one item joined by 同时: no order."""
    p, _d = _pd(src)
    facts = src.section("facts") or ""
    if not p or not re.search(r"买卖", src.cause()[:80]) or not re.search(r"开具(?:了)?发票|发票", facts):
        return None
    it = next((x for x in src.money_items() if re.search(r"(退还|返还)[^，。；]*货款", x.text) and x.deadline), None)
    if not it:
        return None
    t = it.text
    end = len(t) - (1 if t.endswith(("。", "；")) else 0)
    ins = f"，同时原告{p}将被告开具的购货发票退还被告"
    text, new_item, _ = item_edit(src, it.index, [(end, end, ins)])
    return Injection(text, it.index, f'Joined the buyer\'s counter-performance (returning the invoice) to the refund item with '
                     f'"同时", the same period and no order of performance: "{quote(new_item, 140)}".', ins[1:])


def exe07_mutual(src: Src, rng: Random) -> Injection | None:
    """"原、被告于…相互返还：（一）被告Y返还原告X…；（二）原告X返还被告Y…轿车一辆（车牌号为…）": no order."""
    p, d = _pd(src)
    car = _car(src)
    if not p or not car or "解除" not in (src.section("reasoning") or ""):
        return None
    for it in src.money_items():
        if not re.search(r"(退还|返还)[^，。；]*(租金|购车款|押金)", it.text) or not it.deadline:
            continue
        t = it.text
        num = NUM_RE.match(t)
        nm = num.group(0) if num else ("一、" if len(src.items) == 1 else None)
        dl = it.deadline.text
        m = re.match(rf"^{re.escape(num.group(0) if num else '')}被告{re.escape(d)}{re.escape(dl)}(.+?)[。；]?$", t)
        if nm is None or not m:
            continue
        plate, model = car.group("plate"), car.group("model")
        thing = f"{model}轿车一辆（车牌号为{plate}）"
        deadline = dl if dl.startswith(("于", "在")) else "于" + dl.lstrip("限")
        new_item = (f"{nm}原、被告{deadline}相互返还：\n（一）被告{d}{m.group(1)}；\n（二）原告{p}返还被告{d}{thing}。")
        text, new_item2, _ = item_edit(src, it.index, [(0, len(t), new_item)])
        return Injection(text, it.index, f'Rewrote the refund item as a mutual restitution with two sub-items, the same period '
                         f'and no order of performance: "{quote(new_item2, 180)}".', "相互返还：")
    return None


# --------------------------------------------------------------------------- EXE-08 confirmation where delivery was sought

def exe08_belongs(src: Src, rng: Random) -> Injection | None:
    """The claims ask to move out and hand the house back; the added item says only whose it is."""
    if not _vacate_case(src):
        return None
    p = _who(src, "plaintiff")
    m = re.search(r"从([^，。；]{6,40}?号)搬出", src.section("claims") or "")
    if not m:
        return None
    body = f"位于{m.group(1)}的房屋的所有权属于原告{p}"
    return _before_dismissal(src, [body], f'The claims ask for the house to be vacated and returned (「搬出将房子归还给原告」); the '
                             f'added item only states whose it is: "{body}"; no 腾退/交付 item follows.', f"的所有权属于原告{p}")


def exe08_from_date(src: Src, rng: Random) -> Injection | None:
    """The claims now ask for the house; the added item says it belongs to the plaintiff from the day of effect."""
    p, d = _pd(src)
    cp = src.span("claims")
    if not p or not cp or not src.money_items():
        return None
    facts = (src.section("facts") or "") + (src.section("claims") or "")
    loc = re.search(r"位于([^，。]{4,30}?)的(\d+|[一二三四五六七八九十])间房屋", facts)
    seat = re.search(r"坐落于“([^”]+)”", src.text)
    if loc and "抵押" in facts:
        house = f"被告{d}位于{loc.group(1)}的{loc.group(2)}间房屋"
        add = "，并判令被告将用作抵押的房屋交付原告"
    elif seat:
        house = f"坐落于{seat.group(1)}的房屋"
        add = "，并判令被告向原告交付上述房屋"
    else:
        return None
    c = src.text[cp[0]:cp[1]]
    m = re.search(r"判令被告[^；。]*?(?=；|。)", c)
    if not m:
        return None
    e = Edits(src.text)
    e.insert(cp[0] + m.end(), add)
    body = f"{house}，其所有权自本判决生效之日起属于原告{p}"
    idx = add_items(src, e, last_award_item(src), [body])
    return Injection(e.apply(), idx[-1], f'Claims now ask for the house to be handed over ("{add[1:]}"); the added item only '
                     f'states whose it is: "{body}"; no 交付/协助办理 item follows.', f"其所有权自本判决生效之日起属于原告{p}",
                     n_items=len(src.items) + 1)


KINDS = {
    "EXE-01": ("thing-unidentified", "non_executable", [exe01_rented, exe01_takeback]),
    "EXE-02": ("property-unidentified", "non_executable", [exe02_homestead, exe02_commodity]),
    "EXE-03": ("continue-performance-vague", "non_executable", [exe03_passive, exe03_entitled]),
    "EXE-04": ("restore-obstruction-vague", "non_executable", [exe04_restore, exe04_clear]),
    "EXE-05": ("cease-infringement-vague", "non_executable", [exe05_passive, exe05_nomore]),
    "EXE-06": ("visitation-vague", "non_executable", [exe06_time, exe06_limit]),
    "EXE-07": ("mutual-no-order", "non_executable", [exe07_same_time, exe07_mutual]),
    "EXE-08": ("confirmation-without-delivery", "non_executable", [exe08_belongs, exe08_from_date]),
}
