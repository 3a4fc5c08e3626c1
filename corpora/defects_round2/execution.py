"""EXE-*, held out: items that cannot be executed as written (the 2018 意见 list, items (二) and (五)–(九)).

corpora/defects writes 车辆一辆 / 汽车一辆 / 教练车一辆 / 被继承人的遗物 / 库存侵权产品 (EXE-01); 涉案房屋的过户手续 / 双方共有的
林地 / 提供抵押的房屋 (EXE-02); "，双方继续履行" and "继续履行双方签订的 / 与原告签订的《…》" (EXE-03); "将原告的房屋恢复原状"
/ "排除对原告…的妨碍" (EXE-04); 立即停止侵害 / 立即停止侵权 / 停止侵权行为 (EXE-05); 每月探视一次 / 每月探望两次 / 节假日探视
(EXE-06); the return of a vehicle and a house sale (EXE-07); "归原告所有" for deposits and a house, "由原告享有" (EXE-08).
None of those is written here.
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Edits, Injection, Src, add_items, last_award_item
from corpora.defects_round2.common import (
    dismissal_only,
    insert_items_before,
    other_claims,
)


def _who(src: Src, role: str) -> str | None:
    ps = src.parties(role)
    return ps[0].name if ps else None


def _pd(src: Src, one_defendant: bool = True):
    p, d = _who(src, "plaintiff"), _who(src, "defendant")
    ok = p and d and src.dtype == "judgment" and (len(src.parties("defendant")) == 1 or not one_defendant)
    return (p, d) if ok else (None, None)


def _add(src: Src, bodies: list[str], desc: str, marker: str, after: int | None = None, target: int = -1) -> Injection:
    e = Edits(src.text)
    idx = add_items(src, e, after or last_award_item(src), bodies)
    return Injection(e.apply(), idx[target], desc, marker, n_items=len(src.items) + len(bodies))


def _before_dismissal(src: Src, bodies: list[str], desc: str, marker: str) -> Injection | None:
    """A judgment that dismissed every claim gets award items before "驳回原告…的其他诉讼请求"."""
    e = Edits(src.text)
    if not other_claims(src, 1, e):
        return None
    idx = insert_items_before(src, e, 1, bodies)
    return Injection(e.apply(), idx[-1], desc + ' The dismissal item now reads "驳回…的其他诉讼请求".', marker,
                     n_items=len(src.items) + len(bodies))


def _occupier(src: Src) -> str | None:
    """The defendant whom the claims ask to move out of / hand back a house."""
    claims = src.section("claims") or ""
    for d in src.parties("defendant"):
        if re.search(re.escape(d.name) + r"[^。；]{0,40}(搬出|腾退|归还|返还)", claims):
            return d.name
    return None


def _vacate_case(src: Src) -> bool:
    return src.dtype == "judgment" and dismissal_only(src) and bool(re.search(r"返还原物|排除妨害|物权保护", src.cause()[:80])) \
        and _occupier(src) is not None


# --------------------------------------------------------------------------- EXE-01 a thing without identification

def exe01_site(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"承揽合同|清洗", src.cause()[:80]):
        return None
    body = rng.choice([f"被告{d}于本判决生效之日起十日内返还原告{p}存放于施工现场的设备、工具一批",
                       f"被告{d}于本判决生效之日起十日内返还原告{p}留置的清洗设备一批"])
    return _add(src, [body], f'Added an item ordering the return of things with no name, quantity or identifying features: '
                f'"{body}".', body[-8:])


def exe01_belongings(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    facts = src.section("facts") or ""
    if not p or not src.money_items() or not re.search(r"服务合同", src.cause()[:80]) or not re.search(r"停业|闭店|关门", facts):
        return None
    body = rng.choice([f"被告{d}于本判决生效之日起十日内返还原告{p}存放于其经营场所的个人物品",
                       f"被告{d}于本判决生效之日起十日内将原告{p}寄存的物品返还原告"])
    return _add(src, [body], f'Added an item ordering the return of belongings with no name, quantity or identifying '
                f'features: "{body}".', "物品")


# --------------------------------------------------------------------------- EXE-02 real property without 坐落 / 证号

def exe02_vacate(src: Src, rng: Random) -> Injection | None:
    if not _vacate_case(src):
        return None
    d = _occupier(src)
    body = rng.choice([f"被告{d}于本判决生效之日起三十日内腾退涉案房屋", f"被告{d}于本判决生效之日起三十日内搬离并腾退涉案住房"])
    return _before_dismissal(src, [body], f'The claims ask for the house to be vacated; added an item ordering it that '
                             f'names neither the 坐落 nor the 权属证号 of the house: "{body}".', body[-6:])


def exe02_handback(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"建设工程|施工", src.cause()[:80]) \
            or not re.search(r"建房|房屋", src.section("reasoning") or ""):
        return None
    body = rng.choice([f"被告{d}于本判决生效之日起十五日内撤出施工现场，将涉案房屋交还原告{p}",
                       f"被告{d}于本判决生效之日起十五日内向原告{p}交付涉案在建房屋"])
    return _add(src, [body], f'Added an item handing over a house that names neither its 坐落 nor its 权属证号: "{body}".',
                "涉案" + ("房屋交还" if "交还" in body else "在建房屋"))


# --------------------------------------------------------------------------- EXE-03 继续履行 without what and how

TITLE_RE = re.compile(r"《[^《》]{0,40}?(?:合同|协议)》")


def exe03(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    if not p or not src.money_items():
        return None
    everything = "".join(it.text for it in src.items) + (src.section("reasoning") or "") + (src.section("claims") or "") \
        + (src.section("facts") or "") + (src.section("defence") or "")
    if re.search(r"解除|终止|停业|注销|借款合同|借贷", everything) or not re.search(r"合同纠纷", src.cause()[:80]):
        return None
    facts = (src.section("facts") or "") + (src.section("reasoning") or "")
    titles = [t for t in TITLE_RE.findall(facts) if not re.search(r"借款|租赁|担保", t)]
    kind = re.search(re.escape(d) + r"([\u4e00-\u9fa5]{2,8}合同)纠纷", src.cause()[:80])
    title = titles[0] if titles else (kind.group(1) if kind and kind.group(1) != "合同" else None)
    if not title:
        return None
    body = rng.choice([f"被告{d}应按照{title}的约定继续履行其合同义务", f"原、被告之间的{title}继续履行"])
    return _add(src, [body], f'Added an item ordering 继续履行 without saying what is to be performed or how: "{body}".',
                body[-12:])


# --------------------------------------------------------------------------- EXE-04 恢复原状 without standard and time

def exe04_land(src: Src, rng: Random) -> Injection | None:
    if not _vacate_case(src) or not re.search(r"宅基地|土地", src.section("claims") or ""):
        return None
    builder = src.parties("defendant")[-1].name
    body = rng.choice([f"被告{builder}恢复涉案土地原状", f"被告{builder}拆除其在涉案宅基地上修建的附属设施，恢复土地原状"])
    return _before_dismissal(src, [body], f'Added a 恢复原状 item with no standard and no time: "{body}".', body[-6:])


def exe04_repair(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    facts = src.section("facts") or ""
    if not p or not src.money_items() or not re.search(r"交通事故", src.cause()[:80]) or not re.search(r"车辆损坏|车损|受损", facts):
        return None
    body = rng.choice([f"被告{d}负责修复原告{p}受损的车辆", f"被告{d}将原告{p}受损的摩托车修复原状"])
    return _add(src, [body], f'Added a repair (恢复原状) item with no standard and no time: "{body}".', body[-8:])


# --------------------------------------------------------------------------- EXE-05 停止侵害 without act or right

def exe05_copyright(src: Src, rng: Random) -> Injection | None:
    p = _who(src, "plaintiff")
    reasoning = src.section("reasoning") or ""
    if not p or not re.search(r"著作权|作品", src.cause()[:80]):
        return None
    stopped = " ".join(it.text for it in src.items if "停止" in it.text)
    for dp in src.parties("defendant"):
        d = dp.name
        if d in stopped or not re.search(re.escape(d) + r"销售", reasoning):
            continue
        body = rng.choice([f"被告{d}停止侵犯原告{p}美术作品著作权的行为", f"被告{d}停止对原告{p}享有著作权的作品的侵害"])
        return _add(src, [body], f'Added an injunction that names neither the act to stop (生产, 销售 …) nor the work: '
                    f'"{body}".', body[-10:])
    return None


def exe05_property(src: Src, rng: Random) -> Injection | None:
    if not _vacate_case(src):
        return None
    p = _who(src, "plaintiff")
    d = _occupier(src)
    body = rng.choice([f"被告{d}停止侵犯原告{p}合法权益的行为", f"被告{d}停止对原告{p}的侵害"])
    return _before_dismissal(src, [body], f'Added an injunction that names neither the act to stop nor the right or the '
                             f'property: "{body}".', body[-8:])


# --------------------------------------------------------------------------- EXE-06 visitation

def exe06(src: Src, rng: Random) -> Injection | None:
    p, d = _who(src, "plaintiff"), _who(src, "defendant")
    if not p or not d or not re.search(r"抚养费", src.text) or not re.search(r"婚生|父子|母子|父女|母女|离婚", src.text):
        return None
    body = rng.choice([f"被告{d}享有探视原告{p}的权利，具体探视方式由双方协商确定",
                       f"被告{d}可在不影响原告{p}正常学习、生活的情况下随时探望原告"])
    return _add(src, [body], f'Added a visitation item without time, place or hand-over: "{body}".', body[-10:])


# --------------------------------------------------------------------------- EXE-07 mutual obligations, no order

def _pay_item(src: Src):
    return next((it for it in src.money_items() if "货款" in it.text and it.deadline and it.deadline.text != "立即"), None)


def exe07_replant(src: Src, rng: Random) -> Injection | None:
    """The buyer pays the price, the seller replaces dead plants: same period, no order."""
    p, d = _pd(src)
    facts, defence = src.section("facts") or "", src.section("defence") or ""
    if not p or not re.search(r"买卖", src.cause()[:80]) or not re.search(r"补苗|更换", defence + (src.section("reasoning") or "")):
        return None
    tree = re.search(r"([\u4e00-\u9fa5]{2,4}树)数量", facts)
    spec = re.search(r"规格(\d+米)", facts)
    pay = _pay_item(src)
    if not tree or not pay:
        return None
    body = (f"原告{p}{pay.deadline.text}向被告{d}补种{'规格为' + spec.group(1) + '的' if spec else ''}"
            f"{tree.group(1)}{rng.choice(['十株', '二十株'])}")
    return _add(src, [body], f'Added the seller\'s counter-performance (replacing plants) as an item with the same period '
                f'as the price in item {pay.index} and no order of performance: "{body}".', body[-12:])


def exe07_invoice(src: Src, rng: Random) -> Injection | None:
    """The buyer pays the price, the seller issues the invoice for it: same period, no order."""
    p, d = _pd(src)
    if not p or not re.search(r"买卖", src.cause()[:80]) or src.parties("plaintiff")[0].kind != "organisation":
        return None
    pay = _pay_item(src)
    if not pay or len(pay.amounts) != 1:
        return None
    kind = rng.choice(["增值税专用发票", "增值税普通发票"])
    body = f"原告{p}{pay.deadline.text}向被告{d}开具并交付金额为{pay.amounts[0].text}的{kind}"
    return _add(src, [body], f'Added the seller\'s counter-performance (the invoice for the price) as an item with the '
                f'same period as the payment in item {pay.index} and no order of performance: "{body}".', kind)


# --------------------------------------------------------------------------- EXE-08 confirmation where 交付 was sought

def exe08_vacate(src: Src, rng: Random) -> Injection | None:
    """The claims ask for the house back; the item only confirms the plaintiff's ownership."""
    if not _vacate_case(src):
        return None
    p = _who(src, "plaintiff")
    m = re.search(r"从([^，。；]{6,40}?号)搬出", src.section("claims") or "")
    if not m:
        return None
    body = rng.choice([f"确认位于{m.group(1)}的房屋所有权归原告{p}", f"位于{m.group(1)}的房屋归原告{p}所有"])
    return _before_dismissal(src, [body], f'The claims ask for the house to be vacated and returned ("搬出将房子归还给原告");'
                             f' the added item only confirms ownership: "{body}"; no 腾退/交付 item follows.',
                             "所有权归原告" + p if "所有权" in body else "归原告" + p + "所有")


def exe08_claims(src: Src, rng: Random) -> Injection | None:
    """The claims are made to ask for delivery of the house; the added item only states the plaintiff's ownership."""
    p, _d = _pd(src)
    loc = re.search(r"坐落于“([^”]+)”", src.text)
    cp = src.span("claims")
    if not p or not loc or not cp or not src.money_items():
        return None
    c = src.text[cp[0]:cp[1]]
    m = re.search(r"判令被告[^；。]*?元", c)
    if not m:
        return None
    add = "，并判令被告将上述房屋腾空后交付原告"
    e = Edits(src.text)
    e.insert(cp[0] + m.end(), add)
    body = f"确认原告{p}对坐落于{loc.group(1)}的房屋享有所有权"
    idx = add_items(src, e, last_award_item(src), [body])
    return Injection(e.apply(), idx[-1], f'Claims now ask for 交付 ("{add[1:]}"); the added item only confirms ownership: '
                     f'"{body}"; no 腾退/交付 item follows.', "享有所有权", n_items=len(src.items) + 1)


KINDS = {
    "EXE-01": ("thing-unidentified", "non_executable", [exe01_site, exe01_belongings]),
    "EXE-02": ("property-unidentified", "non_executable", [exe02_vacate, exe02_handback]),
    "EXE-03": ("continue-performance-vague", "non_executable", [exe03]),
    "EXE-04": ("restore-obstruction-vague", "non_executable", [exe04_land, exe04_repair]),
    "EXE-05": ("cease-infringement-vague", "non_executable", [exe05_copyright, exe05_property]),
    "EXE-06": ("visitation-vague", "non_executable", [exe06]),
    "EXE-07": ("mutual-no-order", "non_executable", [exe07_replant, exe07_invoice]),
    "EXE-08": ("confirmation-without-delivery", "non_executable", [exe08_vacate, exe08_claims]),
}
