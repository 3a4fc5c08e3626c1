"""What each 主文 item orders: its type (payment, confirmation, formation, dismissal, procedural, costs) and, for a
payment item, who does what for whom under which liability form, read from the item's clauses
(extractors/clauses.py). Party words (原告, 被告, aliases) resolve to names.
"""

from __future__ import annotations

import re

from extractors.clause_lexicon import ACT_RES, ACTS
from extractors.clauses import item_clauses
from zhixing.document import Party
from zhixing.fields import Obligation

_TYPE_RULES = [
    (re.compile(r"^(?:[一二三四五六七八九十]+、)?\s*(?:本案)?(?:一审|二审)?(?:案件)?(?:受理费|诉讼费)"), "costs"),
    (re.compile(r"驳回上诉|维持原(?:判|裁定|判决)|准许|撤回|移送|指令|发回|由[^，。]{2,30}(?:审理|管辖)|管辖|中止|终结|变更[^，。]{0,10}当事人|"
                r"替代(?!物|品)|追加"), "procedural"),
    (re.compile(r"驳回"), "dismissal"),
    (re.compile(r"撤销|解除|离婚|终止|不予|判决[^，。]{0,6}无效"), "formation"),
    (re.compile(r"确认|有效|无效|享有|不享有|" + dict(ACTS)["confirm"]), "confirmation"),
]
def item_type(text: str) -> str:
    body = re.sub(r"^[一二三四五六七八九十0-9]+[、.．]\s*", "", text)
    has_action = any(rx.search(body) for act, rx in ACT_RES if act != "confirm")
    for pattern, kind in _TYPE_RULES:
        if pattern.search(body if kind != "costs" else text):
            if kind in ("confirmation", "formation") and has_action and not re.search(r"^[^，。]{0,30}(确认|撤销|解除)", body):
                continue  # an order to pay that merely mentions 有效 / 解除 later is a payment
            if kind == "dismissal" and has_action and not body.startswith("驳回"):
                continue
            return kind
    return "payment" if has_action else "procedural"


def find_obligations(text: str, parties: list[Party], aliases: dict[str, str]) -> list[Obligation]:
    """Obligations of one payment item: one per obligor group, act and payee (clauses of the same act are joined)."""
    out: list[Obligation] = []
    for c in item_clauses(text, parties, aliases):
        if not c.ordered or c.act in (None, "confirm"):
            continue
        if c.refers_back and not c.subject_written and out:
            continue  # 该款于…前支付: the period of the obligation before, not a new one
        action = {"take_back": "return"}.get(c.act, c.act)
        obligors, obligees = (c.obligors, c.obligees)
        prev = next((o for o in reversed(out) if (o.action, o.obligors, o.obligees) == (action, obligors, obligees)),
                    None)
        if prev is not None:  # one obligation per obligor group, action and payee: extend it
            prev.span = (prev.span[0], c.span[1])
            prev.text = text[prev.span[0]:prev.span[1]].strip()
            continue
        out.append(Obligation(text=c.text.strip(), span=c.span, action=action, obligors=list(obligors),
                              obligees=list(obligees), object=c.object[:80], liability=c.liability,
                              condition=c.condition))
    return out
