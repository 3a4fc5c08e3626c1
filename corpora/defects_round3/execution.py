"""EXE-*, round 3: items that cannot be executed as written (the 2018 意见 list, items (二) and (五)–(九)).

Round 1 writes 车辆一辆 / 汽车一辆 / 教练车一辆 / 被继承人的遗物 / 库存侵权产品 (EXE-01); 涉案房屋的过户手续 / 双方共有的林地 / 提供
抵押的房屋 (EXE-02); "，双方继续履行" and "继续履行双方签订的 / 与原告签订的《…》" (EXE-03); "将原告的房屋恢复原状" / "排除对原告…
的妨碍" (EXE-04); 立即停止侵害 / 立即停止侵权 / 停止侵权行为 (EXE-05); 每月可探视一次 / 每月探望两次 / 节假日探视 (EXE-06); the
return of a vehicle and a house sale as separate items (EXE-07); "归原告所有" for deposits and a house, "由原告享有" (EXE-08).
Round 2 writes 存放于施工现场的设备、工具一批 / 寄存的物品 / 个人物品 (EXE-01); 腾退涉案房屋 / 交付涉案在建房屋 (EXE-02); "应按照《协议》
的约定继续履行其合同义务" / "…之间的劳务合同继续履行" (EXE-03); 恢复涉案土地原状 / 将…受损的摩托车修复原状 (EXE-04); 停止侵犯…美术作品
著作权的行为 / 停止对原告…的侵害 (EXE-05); 具体探视方式由双方协商确定 / 随时探望 (EXE-06); 补种桂子树 / 开具发票 (EXE-07);
"确认…房屋所有权归原告" / "确认原告…对…房屋享有所有权" (EXE-08).

Here: "将其占有的原告…财物返还原告" and, period first, "向原告…返还其扣留的相关证件" (EXE-01); a house named by its estate only,
"…名盛城的房屋一套", and "林地中原告户应分得的部分" (EXE-02); "恢复履行…之间的买卖合同" and a two-sentence item "…合法有效。双方应按约
履行各自义务" (EXE-03); "恢复原告…受损车辆的使用功能" and "应当排除妨害，保障原告…对其房屋的正常使用" (EXE-04); "停止一切侵权行为"
and "不得再以任何方式侵害原告…的合法权益" (EXE-05); "可到原告…就读的学校探望原告" and "有权探望…，原告的监护人应当予以协助"
(EXE-06); counter-performances written as a second sentence of the payment item with the same period: the return of a
pledged 房产证书, the return of the bought car (EXE-07); "确认…由原告…继承" where the claims ask to hand over the 存折, and
"确认…3间房屋归原告…所有" where the claims ask to hand the house over (EXE-08).
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
from corpora.defects_round2.common import (
    dismissal_only,
    insert_items_before,
    other_claims,
)
from corpora.defects_round2.execution import _add, _pd, _who


def _before_dismissal(src: Src, bodies: list[str], desc: str, marker: str) -> Injection | None:
    """A judgment that dismissed every claim gets award items before its dismissal, which now dismisses the other claims."""
    e = Edits(src.text)
    if not other_claims(src, 1, e):
        return None
    idx = insert_items_before(src, e, 1, bodies)
    return Injection(e.apply(), idx[-1], desc + " The dismissal item now dismisses the other claims.", marker,
                     n_items=len(src.items) + len(bodies))


def _period(src: Src) -> str:
    it = next((x for x in src.money_items() if x.deadline and x.deadline.text != "立即"), None)
    return it.deadline.text if it else "于本判决生效之日起十日内"


# --------------------------------------------------------------------------- EXE-01 a thing without identification

def exe01_held(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"提供劳务者受害|建设工程|承揽", src.cause()[:80]):
        return None
    body = f"被告{d}于本判决生效之日起十日内将其占有的原告{p}财物返还原告"
    return _add(src, [body], f'Added an item ordering the return of "财物" with no name, quantity or identifying features: '
                f'"{body}".', f"其占有的原告{p}财物")


def exe01_papers(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"劳务合同|劳动|挂靠", src.cause()[:80] + (src.section("facts") or "")[:300]):
        return None
    things = rng.choice(["其扣留的相关证件", "其保管的原告证照"])
    body = f"于本判决生效之日起十日内，被告{d}向原告{p}返还{things}"
    return _add(src, [body], f'Added an item, period first, ordering the return of papers that are not named or counted: '
                f'"{body}".', things)


# --------------------------------------------------------------------------- EXE-02 real property not identified

def exe02_estate(src: Src, rng: Random) -> Injection | None:
    """A house named by its estate only: no building, floor, number or certificate."""
    p, d = _pd(src)
    loc = re.search(r"坐落于“([^”]+)”", src.text)
    if not p or not loc or not src.money_items():
        return None
    estate = re.split(r"（|××|\d+号楼", loc.group(1))[0]
    if len(estate) < 6 or estate == loc.group(1):
        return None
    body = f"被告{d}于本判决生效之日起三十日内将其位于{estate}的房屋一套交付原告{p}"
    return _add(src, [body], f'Added an item handing over a house identified only by its estate ("{estate}"), with no '
                f'building, floor, number, area or certificate number: "{body}".', f"{estate}的房屋一套")


def exe02_share(src: Src, rng: Random) -> Injection | None:
    """A co-owned forest split with no boundaries: "林地中原告户应分得的部分"."""
    p, d = _who(src, "plaintiff"), _who(src, "defendant")
    if not p or not d or src.dtype != "judgment" or not re.search(r"共有", src.cause()[:80]) or "林地" not in src.text:
        return None
    body = f"被告{d}于本判决生效之日起十五日内将双方共同经营的林地中原告户应分得的部分交由原告{p}经营管理"
    return _add(src, [body], f'Added an item handing over a share of a co-owned forest with no boundaries, area or '
                f'certificate: "{body}".', "林地中原告户应分得的部分")


# --------------------------------------------------------------------------- EXE-03 resuming a contract, no content

def _contract(src: Src) -> tuple[str, str, str] | None:
    p, d = _pd(src)
    if not p or not src.money_items():
        return None
    everything = "".join(it.text for it in src.items) + "".join((src.section(n) or "") for n in
                                                               ("reasoning", "claims", "facts", "defence"))
    if re.search(r"解除|终止|停业|注销|退款|退还|借款|借贷|租赁", everything):
        return None
    m = re.search(re.escape(d) + r"([\u4e00-\u9fa5]{2,8}合同)纠纷", src.cause()[:80])
    if not m or m.group(1) in ("合同", "其他合同"):
        return None
    return p, d, m.group(1)


def exe03_resume(src: Src, rng: Random) -> Injection | None:
    got = _contract(src)
    if not got:
        return None
    p, d, title = got
    body = f"被告{d}于本判决生效之日起十日内恢复履行与原告{p}之间的{title}"
    return _add(src, [body], f'Added an item ordering the contract to be resumed ("恢复履行") without saying what is to be '
                f'performed or how: "{body}".', f"恢复履行与原告{p}之间的{title}")


def exe03_sentences(src: Src, rng: Random) -> Injection | None:
    got = _contract(src)
    if not got:
        return None
    p, d, title = got
    body = f"原告{p}与被告{d}之间的{title}合法有效。双方应按约履行各自义务"
    return _add(src, [body], f'Added a two-sentence item that confirms the contract and orders the parties to perform '
                f'"their obligations" with no content or manner: "{body}".', "双方应按约履行各自义务")


# --------------------------------------------------------------------------- EXE-04 restoring / removing a hindrance

def exe04_function(src: Src, rng: Random) -> Injection | None:
    """A dismissed car-damage claim gets a repair item with no standard and no time."""
    if src.dtype != "judgment" or not dismissal_only(src) or not re.search(r"交通事故", src.cause()[:80]):
        return None
    if not re.search(r"车辆|修理费", src.section("claims") or ""):
        return None
    p = _who(src, "plaintiff")
    d = next((x.name for x in src.parties("defendant") if x.kind == "person"), None)
    if not p or not d:
        return None
    body = f"被告{d}恢复原告{p}受损车辆的使用功能"
    return _before_dismissal(src, [body], f'Added a 恢复原状 item with no standard and no time: "{body}".', "受损车辆的使用功能")


def exe04_hindrance(src: Src, rng: Random) -> Injection | None:
    """排除妨害 for a house, with no act, standard or time."""
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"建设工程|施工|房屋", src.cause()[:80]):
        return None
    body = f"被告{d}应当排除妨害，保障原告{p}对其房屋的正常使用"
    return _add(src, [body], f'Added a 排除妨害 item that names neither the hindrance nor the act, standard or time: "{body}".',
                "应当排除妨害，保障原告")


# --------------------------------------------------------------------------- EXE-05 停止侵害 without act or right

def exe05_all(src: Src, rng: Random) -> Injection | None:
    p = _who(src, "plaintiff")
    if not p or src.dtype != "judgment" or not re.search(r"著作权|作品|商标|专利", src.cause()[:80]):
        return None
    stopped = " ".join(it.text for it in src.items if "停止" in it.text)
    for dp in src.parties("defendant"):
        if dp.name in stopped:
            continue
        body = f"被告{dp.name}停止一切侵权行为"
        return _add(src, [body], f'Added an injunction that names neither the act to stop nor the right infringed: '
                    f'"{body}".', "停止一切侵权行为")
    return None


def exe05_forbid(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"侵权责任|生命权|健康权|身体权", src.cause()[:80]):
        return None
    body = f"被告{d}不得再以任何方式侵害原告{p}的合法权益"
    return _add(src, [body], f'Added a prohibition that names neither the act nor the right: "{body}".',
                f"不得再以任何方式侵害原告{p}")


# --------------------------------------------------------------------------- EXE-06 visitation

def _child_case(src: Src):
    p, d = _who(src, "plaintiff"), _who(src, "defendant")
    if not p or not d or not re.search(r"抚养费", src.text) or not re.search(r"婚生|父子|母子|父女|母女|离婚", src.text):
        return None
    return p, d


def exe06_school(src: Src, rng: Random) -> Injection | None:
    got = _child_case(src)
    if not got:
        return None
    p, d = got
    body = f"被告{d}可到原告{p}就读的学校探望原告"
    return _add(src, [body], f'Added a visitation item that names a place only (which school, when, how often and how the '
                f'child is handed over are not said): "{body}".', "就读的学校探望原告")


def exe06_assist(src: Src, rng: Random) -> Injection | None:
    got = _child_case(src)
    if not got:
        return None
    p, d = got
    body = f"被告{d}有权探望原告{p}，原告的监护人应当予以协助"
    return _add(src, [body], f'Added a visitation item that obliges the guardian to help, without time, place or hand-over: '
                f'"{body}".', "原告的监护人应当予以协助")


# --------------------------------------------------------------------------- EXE-07 mutual obligations, no order

def _second_sentence(src: Src, it, sentence: str, desc: str, marker: str) -> Injection:
    t = it.text
    end = len(t) - (1 if t.endswith(("。", "；")) else 0)
    text, new_item, _ = item_edit(src, it.index, [(end, end, "。" + sentence)])
    return Injection(text, it.index, desc + f' (item now: "{quote(new_item, 160)}").', marker)


def exe07_certificate(src: Src, rng: Random) -> Injection | None:
    """The debtor pays; the creditor returns the 房产证书 pledged for the debt: same period, no order."""
    p, d = _pd(src)
    facts = (src.section("facts") or "") + (src.section("claims") or "")
    loc = re.search(r"位于([^，。]{4,30}?)的(\d+|[一二三四五六七八九十])间房屋", facts)
    if not p or not loc or not re.search(r"房产证书|房照", facts) or "抵押" not in facts:
        return None
    it = next((x for x in src.money_items() if x.deadline and x.deadline.text != "立即"), None)
    if not it:
        return None
    sentence = f"原告{p}{it.deadline.text}将被告{d}交付的位于{loc.group(1)}的{loc.group(2)}间房屋的房产证书返还被告{d}"
    return _second_sentence(src, it, sentence, f'Added the creditor\'s counter-performance (returning the pledged 房产证书) as '
                            f'a second sentence of the payment item, with the same period and no order of performance: '
                            f'"{sentence}"', "房屋的房产证书返还被告")


def exe07_car(src: Src, rng: Random) -> Injection | None:
    """After rescission the seller refunds the price; the buyer returns the car: same item, same period, no order."""
    p, d = _pd(src)
    facts = src.section("facts") or ""
    if not p or "解除" not in (src.section("reasoning") or ""):
        return None
    m = re.search(r"车牌号为(×+|[^\s，。的]{5,8})的([^，。]{2,12}?车辆)", facts)
    vin = re.search(r"车架号为?：?([A-Z0-9]{6,20})", facts)
    it = next((x for x in src.money_items() if re.search(r"购车款|车款", x.text) and x.deadline), None)
    if not m or not it:
        return None
    thing = f"车牌号为{m.group(1)}的{m.group(2)}" + (f"（车架号{vin.group(1)}）" if vin else "")
    sentence = f"原告{p}{it.deadline.text}将{thing}返还被告{d}"
    return _second_sentence(src, it, sentence, f'Added the buyer\'s counter-restitution (returning the car) as a second '
                            f'sentence of the refund item, with the same period and no order of performance: "{sentence}"',
                            f"将{thing}返还被告")


# --------------------------------------------------------------------------- EXE-08 confirmation where delivery was sought

def exe08_inherit(src: Src, rng: Random) -> Injection | None:
    """The claims ask for the 存折 to be handed over; the item only confirms the inheritance ("确认…由原告…继承")."""
    cp = src.span("claims")
    if not cp or not re.search(r"继承", src.cause()[:80]):
        return None
    c = src.text[cp[0]:cp[1]]
    k = c.find("归原告所有")
    defs = "、".join(x.name for x in src.parties("defendant"))
    for it in src.items:
        m = re.search(r"由(原告\S{1,6}?)继承$", it.text.rstrip("。；"))
        if not m or k < 0 or not defs or it.text.startswith("确认"):
            continue
        add = f"，并判令被告{defs}交出上述存折及密码"
        e = Edits(src.text)
        e.insert(cp[0] + k + len("归原告所有"), add)
        num = NUM_RE.match(it.text)
        at = num.end() if num else 0
        text, new_item, _ = item_edit(src, it.index, [(at, at, "确认")], e)
        return Injection(text, it.index, f'Claims now also ask for the 存折 to be handed over ("{add[1:]}"); the item only '
                         f'confirms the inheritance: "{quote(it.text, 60)}" → "{quote(new_item, 60)}"; no 交付/协助 item '
                         f'follows.', "确认" + it.text[at:at + 10])
    return None


def exe08_house(src: Src, rng: Random) -> Injection | None:
    """The claims ask for a house to be handed over; the added item only confirms that it belongs to the plaintiff."""
    p, d = _pd(src)
    cp = src.span("claims")
    facts = (src.section("facts") or "") + (src.section("claims") or "")
    loc = re.search(r"位于([^，。]{4,30}?)的(\d+|[一二三四五六七八九十])间房屋", facts)
    if not p or not cp or not loc or "抵押" not in facts or not src.money_items():
        return None
    c = src.text[cp[0]:cp[1]]
    m = re.search(r"判令被告[^；。]*?(?=；|。)", c)
    if not m:
        return None
    add = f"，并判令被告将其抵押的{loc.group(2)}间房屋移交原告，配合办理不动产转移登记"
    e = Edits(src.text)
    e.insert(cp[0] + m.end(), add)
    body = f"确认被告{d}位于{loc.group(1)}的{loc.group(2)}间房屋归原告{p}所有"
    idx = add_items(src, e, last_award_item(src), [body])
    return Injection(e.apply(), idx[-1], f'Claims now ask for the house to be handed over ("{add[1:]}"); the added item only '
                     f'confirms ownership: "{body}"; no 交付/协助办理 item follows.', f"间房屋归原告{p}所有",
                     n_items=len(src.items) + 1)


KINDS = {
    "EXE-01": ("thing-unidentified", "non_executable", [exe01_held, exe01_papers]),
    "EXE-02": ("property-unidentified", "non_executable", [exe02_estate, exe02_share]),
    "EXE-03": ("continue-performance-vague", "non_executable", [exe03_resume, exe03_sentences]),
    "EXE-04": ("restore-obstruction-vague", "non_executable", [exe04_function, exe04_hindrance]),
    "EXE-05": ("cease-infringement-vague", "non_executable", [exe05_all, exe05_forbid]),
    "EXE-06": ("visitation-vague", "non_executable", [exe06_school, exe06_assist]),
    "EXE-07": ("mutual-no-order", "non_executable", [exe07_certificate, exe07_car]),
    "EXE-08": ("confirmation-without-delivery", "non_executable", [exe08_inherit, exe08_house]),
}
