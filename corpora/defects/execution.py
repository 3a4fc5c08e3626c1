"""EXE-*: items that cannot be executed as written (the 2018 意见 list, items (二) and (五)–(九))."""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import (
    Edits,
    Injection,
    Src,
    add_items,
    item_edit,
    last_award_item,
    quote,
)


def _who(src: Src, role: str) -> str | None:
    ps = src.parties(role)
    return ps[0].name if ps else None


def _pd(src: Src):
    p, d = _who(src, "plaintiff"), _who(src, "defendant")
    ok = p and d and src.dtype == "judgment" and src.money_items() and len(src.parties("defendant")) == 1
    return (p, d) if ok else (None, None)


def _add(src: Src, bodies: list[str], desc: str, marker: str, after: int | None = None) -> Injection:
    e = Edits(src.text)
    idx = add_items(src, e, after or last_award_item(src), bodies)
    return Injection(e.apply(), idx[-1], desc, marker, n_items=len(src.items) + len(bodies))


# --------------------------------------------------------------------------- EXE-01 thing without identification

def exe01_strip(src: Src, rng: Random) -> Injection | None:
    for it in src.items:
        m = re.search(r"(返还|交付)([^，。；]*?)((?:车)?牌号为?[^，。；]*?)(汽车|车辆|轿车)(一辆)", it.text)
        if not m:
            continue
        new = rng.choice(["车辆一辆", "汽车一辆", "教练车一辆"])
        s = m.start(3)
        text, _new_item, _ = item_edit(src, it.index, [(s, m.end(5), new)])
        return Injection(text, it.index, f'Removed what identifies the vehicle to be returned: "{m.group(3)}{m.group(4)}'
                         f'{m.group(5)}" → "{new}".', m.group(1) + m.group(2) + new)
    return None


def exe01_add(src: Src, rng: Random) -> Injection | None:
    p, d = _who(src, "plaintiff"), _who(src, "defendant")
    if not p or not d or src.dtype != "judgment" or not (src.money_items() or "继承纠纷" in src.cause()):
        return None
    ds = "、".join(x.name for x in src.parties("defendant"))
    if re.search(r"著作权|商标|侵权产品", src.text):
        body = f"被告{d}于本判决生效之日起十日内向原告{p}交出库存侵权产品"
        thing = "库存侵权产品"
    elif re.search(r"继承纠纷", src.cause()):
        body = f"被告{ds}于本判决生效之日起十日内将被继承人的遗物交付原告{p}"
        thing = "被继承人的遗物"
    else:
        return None
    return _add(src, [body], f'Added an item ordering delivery of a thing with no name, quantity or identifying features: '
                f'"{body}".', thing)


# --------------------------------------------------------------------------- EXE-02 property without 坐落 / 证号

def exe02_location(src: Src, rng: Random) -> Injection | None:
    for it in src.items:
        m = re.search(r"位于[^【，。；]*?(林地|土地|房屋|宅基地)【[^】]*】", it.text)
        if m:
            new = rng.choice(["涉案", "双方共有的"]) + m.group(1)
            text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
            return Injection(text, it.index, f'Removed the location and the certificate number of the property: '
                             f'"{m.group(0)}" → "{new}".', new)
    return None


def exe02_transfer(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    if not p or not re.search(r"房屋转让|购买被告.{0,6}房|房屋买卖", src.text):
        return None
    body = rng.choice([f"被告{d}于本判决生效之日起三十日内协助原告{p}办理涉案房屋的过户手续",
                       f"被告{d}于本判决生效之日起三十日内协助原告{p}将涉案房屋过户登记至原告名下"])
    return _add(src, [body], f'Added an item on real property that names neither its 坐落 nor its 权属证号: "{body}".', "涉案房屋")


def exe02_mortgage(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    if not p or not re.search(r"房屋[^。]{0,6}抵押|房屋做了抵押|抵押[^。]{0,10}房屋", src.text):
        return None
    body = f"原告{p}有权就被告{d}提供抵押的房屋折价或者以拍卖、变卖该房屋所得价款在上述债务范围内优先受偿"
    return _add(src, [body], f'Added a priority item on a mortgaged house with no 坐落 or 权属证号: "{body}".', "提供抵押的房屋",
                after=src.money_items()[0].index)


# --------------------------------------------------------------------------- EXE-03 继续履行 without what and how

TITLE_RE = re.compile(r"《[^《》]{2,40}?(?:合同|协议)》")


def exe03_confirm(src: Src, rng: Random) -> Injection | None:
    for it in src.items:
        m = re.search(r"(《[^》]+》)(真实、合法、有效|合法有效|有效)$", it.text.rstrip("。；"))
        if m:
            add = rng.choice(["，双方继续履行", "，双方应当继续履行"])
            e = m.end()
            text, _new_item, _ = item_edit(src, it.index, [(e, e, add)])
            return Injection(text, it.index, f'Turned a confirmation into "合同有效，继续履行" with no content or manner: '
                             f'"{m.group(0)}" → "{m.group(0)}{add}".', m.group(0) + add)
    return None


def exe03_add(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    facts = src.section("facts") or ""
    between = r"原、被告|原被告|双方|原告与被告"
    titles = [m.group(0) for m in TITLE_RE.finditer(facts)
              if not re.search(r"解除|租赁|借款", m.group(0))
              and re.search(between, facts[facts.rfind("。", 0, m.start()) + 1:m.start()])]
    if not p or not titles or re.search(r"解除|终止", "".join(it.text for it in src.items) + (src.section("reasoning") or "")):
        return None
    t = titles[0]
    body = rng.choice([f"原告{p}与被告{d}继续履行双方签订的{t}", f"被告{d}继续履行与原告{p}签订的{t}"])
    return _add(src, [body], f'Added an item ordering 继续履行 without saying what is to be performed or how: "{body}".',
                "继续履行")


# --------------------------------------------------------------------------- EXE-04 排除妨碍 / 恢复原状

def exe04(src: Src, rng: Random) -> Injection | None:
    p, d = _who(src, "plaintiff"), _who(src, "defendant")
    if not p or not d or src.dtype != "judgment" or not src.money_items():
        return None
    if re.search(r"改建|维修工程|建房施工", src.text):
        body, core = f"被告{d}将原告{p}的房屋恢复原状", "恢复原状"
    elif re.search(r"林地|承包地|土地", src.text):
        body, core = f"被告{d}排除对原告{p}承包经营的林地的妨碍", "排除"
    elif re.search(r"出租给他人|房屋租赁", src.text):
        body, core = f"被告{d}排除对原告{p}使用涉案房屋的妨碍", "排除"
    else:
        return None
    return _add(src, [body], f'Added a {"恢复原状" if core == "恢复原状" else "排除妨碍"} item with no standard and no time: '
                f'"{body}".', body[-8:])


# --------------------------------------------------------------------------- EXE-05 停止侵害 without the manner

def exe05_strip(src: Src, rng: Random) -> Injection | None:
    for it in src.items:
        m = re.search(r"停止(侵犯|侵害)[^，。；]+?的行为", it.text)
        if m:
            new = rng.choice(["停止侵权", "停止侵权行为"])
            text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)])
            return Injection(text, it.index, f'Removed the manner and the infringed right from the injunction: '
                             f'"{m.group(0)}" → "{new}".', new)
    return None


def exe05_add(src: Src, rng: Random) -> Injection | None:
    p, d = _who(src, "plaintiff"), _who(src, "defendant")
    if not p or not d or src.dtype != "judgment" or not src.money_items():
        return None
    if not re.search(r"林地|出租给他人|著作权", src.text) or any("停止" in it.text for it in src.items):
        return None
    body = rng.choice([f"被告{d}立即停止侵害", f"被告{d}立即停止侵权", f"被告{d}立即停止对原告{p}的侵权行为"])
    return _add(src, [body], f'Added an injunction with no manner and no infringed right: "{body}".', body[-6:])


# --------------------------------------------------------------------------- EXE-06 visitation

def exe06(src: Src, rng: Random) -> Injection | None:
    p, d = _who(src, "plaintiff"), _who(src, "defendant")
    if not p or not d or not re.search(r"抚养费", src.text) or not re.search(r"婚生|父子|母子|离婚", src.text):
        return None
    body = rng.choice([f"被告{d}每月可探视原告{p}一次", f"被告{d}享有探望原告{p}的权利，每月探望两次",
                       f"被告{d}可于节假日探视原告{p}"])
    return _add(src, [body], f'Added a visitation item without time, place or hand-over: "{body}".', body[-8:])


# --------------------------------------------------------------------------- EXE-07 mutual obligations, no order

def exe07_vehicle(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    facts = src.section("facts") or ""
    if not p or "解除" not in (src.section("reasoning") or ""):
        return None
    m = re.search(r"车牌号为(×+|[^\s，。的]{5,8})的([^，。]{2,12}?车辆)", facts) or \
        re.search(r"将([^，。]{2,12}?)，车牌号为(×+|[^\s，。]{5,8})车辆", facts)
    if not m:
        return None
    plate, model = (m.group(1), m.group(2)) if m.re.pattern.startswith("车牌号") else (m.group(2), m.group(1) + "车辆")
    extra = []
    for label in ("发动机号", "车架号"):
        x = re.search(label + r"为?：?([A-Z0-9]{6,20})", facts)
        if x:
            extra.append(f"{label}{x.group(1)}")
    thing = f"车牌号为{plate}的{model}" + (f"（{'、'.join(extra)}）" if extra else "")
    refund = next(it for it in src.money_items())
    dl = refund.deadline.text if refund.deadline else "于本判决生效之日起十日内"
    body = f"原告{p}{dl}向被告{d}返还{thing}"
    return _add(src, [body], f'Added the counter-performance (return of the vehicle) as a separate item with the same '
                f'period as the refund in item {refund.index} and no order of performance: "{body}".', f"返还{thing}")


def exe07_house(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    loc = re.search(r"坐落于“([^”]+)”", src.text)
    owed = re.search(r"五万元|50000元", src.section("defence") or "")
    if not p or not loc or not owed:
        return None
    pay = f"原告{p}于本判决生效之日起三十日内向被告{d}支付剩余购房款50000元"
    transfer = f"被告{d}于本判决生效之日起三十日内协助原告{p}办理坐落于{loc.group(1)}房屋的产权过户登记手续"
    return _add(src, [pay, transfer], f'Added two items for the house sale (the buyer pays the rest of the price; the '
                f'seller transfers the house) with the same period and no order of performance: "{pay}" / "{transfer}".',
                "产权过户登记手续")


# --------------------------------------------------------------------------- EXE-08 confirmation where 交付 was sought

def exe08_inherit(src: Src, rng: Random) -> Injection | None:
    cp = src.span("claims")
    if not cp:
        return None
    c = src.text[cp[0]:cp[1]]
    k = c.find("归原告所有")
    for it in src.items:
        m = re.search(r"由(原告\S{1,6}?)继承$", it.text.rstrip("。；"))
        if not m or k < 0:
            continue
        e = Edits(src.text)
        add = "，并判令被告将存折交付原告、协助原告办理存款的过户手续"
        e.insert(cp[0] + k + len("归原告所有"), add)
        new = f"归{m.group(1)}所有"
        text, _new_item, _ = item_edit(src, it.index, [(m.start(), m.end(), new)], e)
        return Injection(text, it.index, f'Claims now also ask for 交付 and 协助办理 ("{add[1:]}"), but the item only '
                         f'confirms ownership: "{m.group(0)}" → "{new}"; no 交付/协助 item follows.', new)
    return None


def exe08_house(src: Src, rng: Random) -> Injection | None:
    p, _d = _pd(src)
    loc = re.search(r"坐落于“([^”]+)”", src.text)
    cp = src.span("claims")
    if not p or not loc or not cp:
        return None
    c = src.text[cp[0]:cp[1]]
    m = re.search(r"判令被告[^；。]*?元", c)
    if not m:
        return None
    add = f"，并判令被告将坐落于“{loc.group(1)}”的房屋交付原告、协助原告办理过户登记手续"
    e = Edits(src.text)
    e.insert(cp[0] + m.end(), add)
    body = f"坐落于{loc.group(1)}的房屋归原告{p}所有"
    idx = add_items(src, e, last_award_item(src), [body])
    return Injection(e.apply(), idx[-1], f'Claims now ask for 交付 and 过户 ("{add[1:]}"); the added item only confirms '
                     f'ownership: "{body}"; no 交付/协助办理 item follows.', "归原告" + p + "所有",
                     n_items=len(src.items) + 1)


def exe08_share(src: Src, rng: Random) -> Injection | None:
    cp = src.span("claims")
    if not cp:
        return None
    c = src.text[cp[0]:cp[1]]
    m = re.search(r"依法判决原告享有", c)
    it = next((x for x in src.items if re.search(r"由原告\S+?享有", x.text)), None)
    if not m or not it:
        return None
    new = "依法判令被告向原告交付"
    e = Edits(src.text)
    e.replace(cp[0] + m.start(), cp[0] + m.end(), new)
    text, _ = e.apply(), None
    sh = re.search(r"由原告\S+?享有[\d.]+元", it.text)
    return Injection(text, it.index, f'Claims changed from confirmation to delivery: "{m.group(0)}" → "{new}"; the item '
                     f'still only confirms the share ("{sh.group(0) if sh else quote(it.text)}") and no 交付 item follows.',
                     sh.group(0) if sh else "享有")


KINDS = {
    "EXE-01": ("thing-unidentified", "non_executable", [exe01_strip, exe01_add]),
    "EXE-02": ("property-unidentified", "non_executable", [exe02_transfer, exe02_location, exe02_mortgage]),
    "EXE-03": ("continue-performance-vague", "non_executable", [exe03_confirm, exe03_add]),
    "EXE-04": ("restore-obstruction-vague", "non_executable", [exe04]),
    "EXE-05": ("cease-infringement-vague", "non_executable", [exe05_strip, exe05_add]),
    "EXE-06": ("visitation-vague", "non_executable", [exe06]),
    "EXE-07": ("mutual-no-order", "non_executable", [exe07_vehicle, exe07_house]),
    "EXE-08": ("confirmation-without-delivery", "non_executable", [exe08_inherit, exe08_house, exe08_share]),
}
