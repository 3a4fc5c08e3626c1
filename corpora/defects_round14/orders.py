"""EXE-05 … EXE-08, round 14: a limit on the defendant's conduct instead of an injunction ("被告Y的经营活动以不侵犯原告X的
著作权为限", "被告Y的行为以不影响原告X正常居住为限"), and an order to keep an unmeasured distance ("被告Y应与原告X保持适当
距离"); visits as a yearly quota ("每年探望原告X累计不少于十二日"), and visits only in the presence of the child's legal
representative, with no time or place; after the refund, the exchange "双方一手交钱、一手交车", and a hand-over of the car
and the money "由双方在本院主持下当面交接"; the loan for use of the house ended ("…的房屋形成的借用关系于本判决生效之日
终止") where the claims ask to move out, and the heir told that he "可凭本判决到银行办理支取手续" where the claims now ask
the defendants to hand over the passbook.
"""

from __future__ import annotations

import re
from random import Random

from corpora.defects.common import Edits, Injection, Src, item_edit, quote
from corpora.defects_round2.execution import _add
from corpora.defects_round4.execution import _before_dismissal, _child_case
from corpora.defects_round8.common import body_end
from corpora.defects_round10.orders import _moved_out
from corpora.defects_round11.orders import _after_refund, _enjoin

# --------------------------------------------------------------------------- EXE-05 停止侵害 without act or right


LIMITS = [(r"著作权|作品|商标", "的经营活动以不侵犯原告{p}的著作权为限"), (r"返还原物|物权", "的行为以不影响原告{p}正常居住为限"),
          (r"", "的行为以不妨碍原告{p}正常生活为限")]


def exe05_limit(src: Src, rng: Random) -> Injection | None:
    """"被告Y的经营活动以不侵犯原告X的著作权为限": a limit in place of an injunction, no act named."""
    ps = src.parties("plaintiff")
    if not ps:
        return None
    rest = next(r for pat, r in LIMITS if re.search(pat, src.cause()[:80])).format(p=ps[0].name)
    return _enjoin(src, lambda d: f"被告{d}{rest}", "Added a limit (以…为限) on the defendant's conduct in place of an "
                   "injunction, naming no act to stop", lambda d: rest[rest.find("以"):])


def exe05_keep_away(src: Src, rng: Random) -> Injection | None:
    """"被告Y应与原告X保持适当距离": how far, where, for how long?"""
    ps = src.parties("plaintiff")
    if not ps or re.search(r"著作权|作品|商标", src.cause()[:80]):
        return None
    p = ps[0].name
    return _enjoin(src, lambda d: f"被告{d}应与原告{p}保持适当距离", "Added an order to keep an 适当 distance from the "
                   "plaintiff, with no distance, place or time", lambda d: "保持适当距离")


# --------------------------------------------------------------------------- EXE-06 visitation

def exe06_quota(src: Src, rng: Random) -> Injection | None:
    """"被告Y每年探望原告X累计不少于十二日": a yearly quota, no schedule, place or hand-over."""
    if not (got := _child_case(src)):
        return None
    p, d = got
    body = f"被告{d}每年探望原告{p}累计不少于十二日"
    return _add(src, [body], f'Added a visitation item as a yearly quota of days, with no schedule, place or hand-over: '
                f'"{body}".', "累计不少于十二日")


def exe06_present(src: Src, rng: Random) -> Injection | None:
    """"被告Y可在原告X的法定代理人在场的情况下探望原告X": a condition, no time, place or frequency."""
    if not (got := _child_case(src)):
        return None
    p, d = got
    body = f"被告{d}可在原告{p}的法定代理人在场的情况下探望原告{p}"
    return _add(src, [body], f'Added a visitation item that sets only the presence of the child\'s legal representative, '
                f'with no time, frequency or place: "{body}".', "的法定代理人在场的情况下探望")


# --------------------------------------------------------------------------- EXE-07 mutual obligations, no order

def exe07_hand_to_hand(src: Src, rng: Random) -> Injection | None:
    return _after_refund(src, lambda p, d, car: "，双方一手交钱、一手交车", "Added after the refund the spoken exchange "
                         "「一手交钱、一手交车」, with no time, place or first mover",
                         lambda p, d, car: "一手交钱、一手交车")


def exe07_court(src: Src, rng: Random) -> Injection | None:
    return _after_refund(src, lambda p, d, car: f"，{car}与上述款项由双方在本院主持下当面交接", "Added after the refund a "
                         "hand-over of the car and the money before the court, with no date and no order",
                         lambda p, d, car: "由双方在本院主持下当面交接")


# --------------------------------------------------------------------------- EXE-08 confirmation where delivery was sought

def exe08_ended(src: Src, rng: Random) -> Injection | None:
    """The claims ask to move out; the added item only ends the loan for use: "…的借用关系于本判决生效之日终止"."""
    if not (got := _moved_out(src)):
        return None
    addr, p, d = got
    body = f"原告{p}与被告{d}之间就{addr}的房屋形成的借用关系于本判决生效之日终止"
    return _before_dismissal(src, [body], f'The claims ask for the house to be vacated and returned; the added item only '
                             f'ends the loan for use: "{body}"; no 腾退/交付 item follows.', "的借用关系于本判决生效之日终止")


def exe08_bank(src: Src, rng: Random) -> Injection | None:
    """Claims now ask the defendants to hand over the passbook; the item only adds "，原告X可凭本判决到银行办理支取手续"."""
    cp = src.span("claims")
    k = src.text.find("归原告所有", *cp) if cp and "继承" in src.cause()[:80] else -1
    for it in (x for x in src.items if k >= 0 and re.search(r"存折", x.text)):
        m = re.fullmatch(r"(.+?)由原告(\S+?)继承([。；]?)", it.text)
        if not m:
            continue
        ask = "，被告应将其保管的存折交给原告"
        e = Edits(src.text)
        e.insert(k + len("归原告所有"), ask)
        add = f"，原告{m.group(2)}可凭本判决到银行办理支取手续"
        end = body_end(it.text)
        text, new_item, _ = item_edit(src, it.index, [(end, end, add)], e)
        return Injection(text, it.index, f'Claims now also ask the defendants to hand over the passbook ("{ask[1:]}"); the '
                         f'item only adds that the heir may go to the bank with the judgment: "{quote(it.text, 80)}" → '
                         f'"{quote(new_item, 160)}"; nobody is ordered to hand the passbook over.', add[1:])
    return None


KINDS = {
    "EXE-05": ("cease-infringement-vague", "non_executable", [exe05_limit, exe05_keep_away]),
    "EXE-06": ("visitation-vague", "non_executable", [exe06_quota, exe06_present]),
    "EXE-07": ("mutual-no-order", "non_executable", [exe07_hand_to_hand, exe07_court]),
    "EXE-08": ("confirmation-without-delivery", "non_executable", [exe08_ended, exe08_bank]),
}
