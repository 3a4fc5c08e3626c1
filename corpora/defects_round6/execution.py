"""EXE-*, round 6: items that cannot be executed as written (the 2018 意见 list, items (二) and (五)–(九)).

What rounds 1–5 wrote is listed in corpora/defects_round4/execution.py (rounds 1–3), corpora/defects_round5/execution.py
(rounds 4 and 5) and in the READMEs of rounds 4 and 5.

Here:
- EXE-01: "被告Y应当…将剩余的建筑材料如数退还原告X" (如数: how many?), and "被告Y须…返还原告X家具家电若干" (若干).
- EXE-02: a house named only by its 小区 ("…名盛城小区的房屋"), and land or a house named only by its area ("面积为0.4亩的
  宅基地").
- EXE-03: "双方同意继续履行…合同" (the consent form of a mediation in a judgment), and "被告Y应于…恢复向原告X提供健身服务".
- EXE-04: "被告Y必须将…恢复原貌", and "被告Y负责将涉案车辆修理至可正常行驶的状态".
- EXE-05: "被告Y于本判决生效后立即停止使用涉案图案" (which design, which right?), and "被告Y须即行停止对涉案房屋的侵害".
- EXE-06: "被告Y可在不影响原告X正常学习生活的前提下探望原告X", and "被告Y探望原告X时，由原告X的法定代理人负责接送".
- EXE-07: the counter-performance added to the refund item with a closing "双方均应于…履行", and one item "原告X与被告Y互负
  返还义务，于…履行：…，…".
- EXE-08: "双方确认…的房屋为原告X所有" (a mediation's confirmation) where the claims ask to move out, and "登记在被告Y名下的…
  房屋实际为原告X所有" where the claims now ask for the transfer.
"""

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
from corpora.defects_round2.execution import _add, _occupier, _pd, _vacate_case, _who
from corpora.defects_round3.execution import _contract
from corpora.defects_round4.execution import (
    _before_dismissal,
    _car,
    _child_case,
    _period,
)


def _context(src: Src) -> str:
    return src.cause() + (src.section("facts") or "")


def _pick(src: Src, table) -> str | None:
    ctx = _context(src)
    return next((w for pat, w in table if re.search(pat, ctx)), None)


# --------------------------------------------------------------------------- EXE-01 a thing without identification

IN_FULL = [(r"施工|建房|建设工程", "剩余的建筑材料"), (r"苗木|绿化", "未栽种的苗木"), (r"化肥", "尚未使用的化肥")]
SOME = [(r"房屋买卖|房屋转让", "家具家电若干"), (r"车辆租赁|租车", "随车工具若干"), (r"早教|培训|教育", "教具若干")]


def exe01_in_full(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    thing = _pick(src, IN_FULL) if p and src.money_items() else None
    if not thing:
        return None
    body = f"被告{d}应当{_period(src)}将{thing}如数退还原告{p}"
    return _add(src, [body], f'Added an item ordering things returned 「如数」 without saying how many or which: "{body}".',
                f"将{thing}如数退还")


def exe01_some(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    thing = _pick(src, SOME) if p and src.money_items() else None
    if not thing:
        return None
    body = f"被告{d}须{_period(src)}返还原告{p}{thing}"
    return _add(src, [body], f'Added an item ordering the return of 「{thing}」 without names, number or features: "{body}".',
                f"返还原告{p}{thing}")


# --------------------------------------------------------------------------- EXE-02 real property not identified

def exe02_estate(src: Src, rng: Random) -> Injection | None:
    """A house named only by its estate (小区): "…名盛城小区的房屋"."""
    p, d = _pd(src)
    m = re.search(r"(?:坐落于|位于)“?([^”，。（]*?)(?:（|小区|花园|家园)", src.section("facts") or "")
    name = re.split(r"社区|街道|办事处|村|镇|区|县|市", m.group(1))[-1] if m else ""
    if not p or not 2 <= len(name) <= 5 or not src.money_items() or not re.search(r"房屋", src.cause()[:80]):
        return None
    body = f"被告{d}于本判决生效之日起三十日内协助原告{p}办理{name}小区房屋的产权过户手续"
    return _add(src, [body], f'Added a transfer item naming the house only by its estate (no building, unit, floor, number or '
                f'certificate): "{body}".', f"{name}小区房屋的产权过户")


def exe02_area(src: Src, rng: Random) -> Injection | None:
    """Land or a house named only by its area: "面积为0.4亩的宅基地"."""
    if not _vacate_case(src):
        return None
    d, p = _occupier(src), _who(src, "plaintiff")
    facts = src.section("facts") or ""
    m = re.search(r"(?<=户均)(\d+(?:\.\d+)?)(亩)", facts) or re.search(r"(\d+(?:\.\d+)?)(亩|平方米)", facts)
    if not m:
        return None
    what = "宅基地" if "宅基地" in (src.section("facts") or "") else ("土地" if m.group(2) == "亩" else "房屋")
    body = f"被告{d}于本判决生效之日起三十日内将面积为{m.group(0)}的{what}交还原告{p}"
    return _before_dismissal(src, [body], f'Added an item handing back land named only by its area (no 坐落, boundaries or '
                             f'certificate): "{body}".', f"面积为{m.group(0)}的{what}")


# --------------------------------------------------------------------------- EXE-03 a contract to perform, no content

def exe03_agree(src: Src, rng: Random) -> Injection | None:
    got = _contract(src)
    if not got:
        return None
    p, d, title = got
    body = f"原告{p}与被告{d}双方同意继续履行{title}"
    return _add(src, [body], f'Added an item in the consent form of a mediation, continuing the contract without saying what '
                f'is to be done or how: "{body}".', f"双方同意继续履行{title}")


SERVICE = [(r"健身", "健身"), (r"快递", "快递"), (r"早教|培训", "培训")]


def exe03_resume(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    what = _pick(src, SERVICE) if p and re.search(r"服务合同", src.cause()[:80]) else None
    if not what or not src.money_items() or any("解除" in it.text for it in src.items):
        return None
    body = f"被告{d}应{_period(src)}恢复向原告{p}提供{what}服务"
    return _add(src, [body], f'Added an item ordering the service resumed without its content, extent or manner: "{body}".',
                f"恢复向原告{p}提供{what}服务")


# --------------------------------------------------------------------------- EXE-04 restoring / removing a hindrance

def exe04_as_before(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    if not p or not src.money_items() or not re.search(r"承揽|清洗|施工|建房|建设工程", src.cause()[:80]):
        return None
    where = "清洗作业现场" if re.search(r"承揽|清洗", src.cause()[:80]) else f"原告{p}的院落"
    body = f"被告{d}必须将{where}恢复原貌"
    return _add(src, [body], f'Added a restoration item with no standard (「原貌」) and no time: "{body}".', f"{where}恢复原貌")


def exe04_usable(src: Src, rng: Random) -> Injection | None:
    p, d = _pd(src)
    if not p or not src.money_items() or not _car(src):
        return None
    body = f"被告{d}负责将涉案车辆修理至可正常行驶的状态"
    return _add(src, [body], f'Added a repair item whose standard is only 「可正常行驶」, with no parts, method or time: '
                f'"{body}".', "修理至可正常行驶的状态")


# --------------------------------------------------------------------------- EXE-05 停止侵害 without act or right

def exe05_design(src: Src, rng: Random) -> Injection | None:
    if src.dtype != "judgment" or not re.search(r"著作权|作品|商标|专利", src.cause()[:80]):
        return None
    stopped = " ".join(it.text for it in src.items if "停止" in it.text)
    dp = next((x for x in src.parties("defendant") if x.name not in stopped), None)
    if not dp:
        return None
    body = f"被告{dp.name}于本判决生效后立即停止使用涉案图案"
    return _add(src, [body], f'Added an injunction that names neither the design (「涉案图案」) nor the right infringed: '
                f'"{body}".', "立即停止使用涉案图案")


def exe05_house(src: Src, rng: Random) -> Injection | None:
    if not _vacate_case(src):
        return None
    body = f"被告{_occupier(src)}须即行停止对涉案房屋的侵害"
    return _before_dismissal(src, [body], f'Added an injunction that names neither the act nor the house or the right: '
                             f'"{body}".', "即行停止对涉案房屋的侵害")


# --------------------------------------------------------------------------- EXE-06 visitation

def exe06_studies(src: Src, rng: Random) -> Injection | None:
    got = _child_case(src)
    if not got:
        return None
    p, d = got
    body = f"被告{d}可在不影响原告{p}正常学习生活的前提下探望原告{p}"
    return _add(src, [body], f'Added a visitation item with a condition only, no time, place or hand-over: "{body}".',
                "不影响原告" + p + "正常学习生活的前提下探望")


def exe06_fetch(src: Src, rng: Random) -> Injection | None:
    got = _child_case(src)
    if not got:
        return None
    p, d = got
    body = f"被告{d}探望原告{p}时，由原告{p}的法定代理人负责接送"
    return _add(src, [body], f'Added a visitation item with a hand-over only, no time, frequency or place: "{body}".',
                f"由原告{p}的法定代理人负责接送")


# --------------------------------------------------------------------------- EXE-07 mutual obligations, no order

REFUND = re.compile(r"(退还|返还)[^，。；]*(租金|购车款|货款|押金)")


def _refund_car(src: Src):
    p, d = _pd(src)
    car = _car(src)
    it = next((x for x in src.money_items() if REFUND.search(x.text) and x.deadline), None) if p and car else None
    if not it:
        return None
    plate, model = car.group("plate"), car.group("model")
    return p, d, it, f"车牌号为{plate}的{model}车辆"


def exe07_both(src: Src, rng: Random) -> Injection | None:
    got = _refund_car(src)
    if not got:
        return None
    p, d, it, car = got
    t = it.text
    end = len(t) - (1 if t.endswith(("。", "；")) else 0)
    dl = it.deadline.text
    dl = dl if dl.startswith(("于", "在")) else "于" + dl.lstrip("限")
    ins = f"，原告{p}将{car}交还被告{d}，双方均应{dl}履行"
    text, new_item, _ = item_edit(src, it.index, [(end, end, ins)])
    return Injection(text, it.index, f'Added the plaintiff\'s counter-performance to the refund item with one period for both '
                     f'sides and no order: "{quote(new_item, 180)}".', f"双方均应{dl}履行")


def exe07_mutual(src: Src, rng: Random) -> Injection | None:
    got = _refund_car(src)
    if not got:
        return None
    p, d, it, car = got
    m = re.match(r"^([一二三四五六七八九十]+、)?(?:被告)?" + re.escape(d) + r"(于|在)?(?P<dl>[^，。；]*?日内)(?P<rest>.*?)([。；]?)$",
                 it.text)
    if not m:
        return None
    rest = m.group("rest")
    new_item = (f"{m.group(1) or ''}原告{p}与被告{d}互负返还义务，于{m.group('dl')}履行：被告{d}{rest}，原告{p}返还被告{d}{car}"
                f"{m.group(5)}")
    text, new_item2, _ = item_edit(src, it.index, [(0, len(it.text), new_item)])
    return Injection(text, it.index, f'Rewrote the refund item as mutual duties (互负返还义务) with one period and no order: '
                     f'"{quote(it.text, 80)}" → "{quote(new_item2, 180)}".', f"原告{p}与被告{d}互负返还义务")


# --------------------------------------------------------------------------- EXE-08 confirmation where delivery was sought

def exe08_agreed(src: Src, rng: Random) -> Injection | None:
    if not _vacate_case(src):
        return None
    p = _who(src, "plaintiff")
    m = re.search(r"从([^，。；]{6,40}?号)搬出", src.section("claims") or "")
    if not m:
        return None
    body = f"双方确认{m.group(1)}的房屋为原告{p}所有"
    return _before_dismissal(src, [body], f'The claims ask for the house to be vacated and returned; the added item, in the '
                             f'wording of a mediation, only confirms whose it is: "{body}"; no 腾退/交付 item follows.',
                             f"双方确认{m.group(1)}的房屋为原告{p}所有")


def exe08_registered(src: Src, rng: Random) -> Injection | None:
    """Claims now ask for the transfer; the item says the house registered to the defendant "实际为原告X所有"."""
    p, d = _pd(src)
    cp = src.span("claims")
    seat = re.search(r"坐落于“([^”]+)”", src.text)
    if not p or not cp or not seat or not src.money_items():
        return None
    c = src.text[cp[0]:cp[1]]
    m = re.search(r"判令被告[^；。]*?(?=；|。)", c)
    if not m:
        return None
    add = "，并判令被告协助原告办理所购房屋的过户登记"
    e = Edits(src.text)
    e.insert(cp[0] + m.end(), add)
    body = f"登记在被告{d}名下的“{seat.group(1)}”房屋实际为原告{p}所有"
    idx = add_items(src, e, last_award_item(src), [body])
    return Injection(e.apply(), idx[-1], f'Claims now ask for the transfer ("{add[1:]}"); the added item only states whose the '
                     f'house is: "{body}"; no 过户/交付 item follows.', f"实际为原告{p}所有", n_items=len(src.items) + 1)


KINDS = {
    "EXE-01": ("thing-unidentified", "non_executable", [exe01_in_full, exe01_some]),
    "EXE-02": ("property-unidentified", "non_executable", [exe02_estate, exe02_area]),
    "EXE-03": ("continue-performance-vague", "non_executable", [exe03_agree, exe03_resume]),
    "EXE-04": ("restore-obstruction-vague", "non_executable", [exe04_as_before, exe04_usable]),
    "EXE-05": ("cease-infringement-vague", "non_executable", [exe05_design, exe05_house]),
    "EXE-06": ("visitation-vague", "non_executable", [exe06_studies, exe06_fetch]),
    "EXE-07": ("mutual-no-order", "non_executable", [exe07_both, exe07_mutual]),
    "EXE-08": ("confirmation-without-delivery", "non_executable", [exe08_agreed, exe08_registered]),
}
