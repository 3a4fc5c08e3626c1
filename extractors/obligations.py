"""What each 主文 item orders: its type (payment, confirmation, formation, dismissal, procedural, costs) and, for a
payment item, who does what for whom under which liability form. Party words (原告, 被告, aliases) resolve to names.
"""

from __future__ import annotations

import re

from zhixing.document import Party
from zhixing.fields import Obligation

_ACTIONS = [  # (pattern, action), first match wins within a clause
    (r"协助[^，。；]{0,12}?(?:办理|完成)[^，。；]{0,80}?(?:过户|变更登记|转移登记|登记|产权)", "assist_transfer"),
    (r"(?:过户|转移登记)(?:至|到|给)", "transfer_title"),
    (r"腾退|腾空|搬离|迁出|搬出|腾房", "vacate"),
    (r"继续履行", "continue_performance"),
    (r"停止(?:侵害|侵权|侵犯|使用|销售|生产|制造|传播)", "stop_infringement"),
    (r"排除妨碍|排除妨害", "remove_obstruction"),
    (r"恢复原状|修复|恢复", "restore"),
    (r"赔礼道歉|道歉", "apologise"),
    (r"探视|探望", "visitation"),
    (r"返还|退还|退回", "return"),
    (r"交付|交还|移交", "deliver"),
    (r"支付|给付|偿还|归还|赔偿|偿付|清偿|付清|还款|补偿|补足|缴纳|负担", "pay"),
    (r"补种|种植|安装|维修|更换|修缮|施工|交货|供货|提供", "other"),
]
_ACTION_RE = [(re.compile(p), a) for p, a in _ACTIONS]
_TYPE_RULES = [
    (re.compile(r"^(?:[一二三四五六七八九十]+、)?\s*(?:本案)?(?:一审|二审)?(?:案件)?(?:受理费|诉讼费)"), "costs"),
    (re.compile(r"驳回上诉|维持原(?:判|裁定|判决)|准许|撤回|移送|指令|发回|由[^，。]{2,30}(?:审理|管辖)|管辖|中止|终结|变更[^，。]{0,10}当事人|"
                r"替代|追加"), "procedural"),
    (re.compile(r"驳回"), "dismissal"),
    (re.compile(r"撤销|解除|离婚|终止|不予|判决[^，。]{0,6}无效"), "formation"),
    (re.compile(r"确认|归[^，。；]{1,40}所有|有效|无效|由[^，。]{1,20}继承|享有|不享有"), "confirmation"),
]
_LIABILITY = [(re.compile(r"连带"), "joint"), (re.compile(r"按份|各自|分别"), "several"), (re.compile(r"补充"), "supplementary")]
_ROLE_WORDS = {"原告": "plaintiff", "被告": "defendant", "第三人": "third_party", "上诉人": "appellant",
               "被上诉人": "appellee", "申请人": "applicant", "被申请人": "respondent"}
_DEADLINE_TAIL = re.compile(r"[，,]?\s*(?:于|在|限|自)?[^，。；]{0,4}(?:判决|裁定|调解)[^，。；]{0,12}(?:之日|后)[^，。；]{0,10}内[^，。；]*$")


def item_type(text: str) -> str:
    body = re.sub(r"^[一二三四五六七八九十0-9]+[、.．]\s*", "", text)
    has_action = any(p.search(body) for p, _ in _ACTION_RE)
    for pattern, kind in _TYPE_RULES:
        if pattern.search(body if kind != "costs" else text):
            if kind in ("confirmation", "formation") and has_action and not re.search(r"^[^，。]{0,30}(确认|撤销|解除)", body):
                continue  # an order to pay that merely mentions 有效 / 解除 later is a payment
            if kind == "dismissal" and has_action and not body.startswith("驳回"):
                continue
            return kind
    return "payment" if has_action else "procedural"


def find_obligations(text: str, parties: list[Party], aliases: dict[str, str]) -> list[Obligation]:
    """Obligations of one payment item: one per clause that has an action."""
    names = _name_index(parties, aliases)
    out: list[Obligation] = []
    offset = 0
    last_obligors: list[str] = []
    # a new clause at ；。 and at "，并支付 / ，另返还 …" (a second action of the same obligors)
    for clause in re.split(r"(?<=[；。;])|(?=[，,](?:并|另|同时|且)(?:向[^，。；]{1,30}?)?(?:支付|给付|偿还|归还|返还|退还|赔偿|交付|"
                           r"协助|腾退|赔礼道歉))", text):
        start = text.find(clause, offset)
        offset = start + len(clause)
        action, verb = _action(clause)
        if not action:
            continue
        mentions = _mentions(clause, names, parties)
        # 向X支付 / 给X: X receives, although it is written before the verb
        to = re.search(r"(?:向|给|为)([^，。；]{1,40}?)$", clause[:verb.start()])
        to_range = (to.start(1), to.end(1)) if to else (-1, -1)
        receiving = [n for pos, n in mentions if to_range[0] <= pos < to_range[1]]
        before = [n for pos, n in mentions if pos < verb.start() and not to_range[0] <= pos < to_range[1]]
        after = [n for pos, n in mentions if pos >= verb.start()]
        obligors = _unique(before) or last_obligors
        obligees = [n for n in _unique(receiving + after) if n not in obligors]
        liability = next((kind for p, kind in _LIABILITY if p.search(clause)), None)
        if liability is None and len(obligors) == 1:
            liability = "sole"
        obj = _object(clause[verb.end():])
        last_obligors = obligors
        if out and not obligees and out[-1].obligors == obligors:
            obligees = list(out[-1].obligees)  # "…，并支付利息": the same payee
        if out and out[-1].action == action and out[-1].obligors == obligors and out[-1].obligees == obligees:
            prev = out[-1]  # one obligation per obligor group and action: extend it
            prev.span = (prev.span[0], start + len(clause.rstrip()))
            prev.text = text[prev.span[0]:prev.span[1]].strip()
            continue
        out.append(Obligation(text=clause.strip(), span=(start, start + len(clause.rstrip())), action=action,
                              obligors=obligors, obligees=obligees, object=obj, liability=liability,
                              condition=_condition(clause)))
    return out


def _action(clause: str):
    best = None
    for pattern, action in _ACTION_RE:
        m = pattern.search(clause)
        if m and (best is None or m.start() < best[1].start()):
            best = (action, m)
    return best if best else (None, None)


def _name_index(parties: list[Party], aliases: dict[str, str]) -> list[tuple[str, str]]:
    """(surface form, party name), longest first: full names, aliases."""
    index = [(p.name, p.name) for p in parties] + [(a, n) for a, n in aliases.items()]
    return sorted(index, key=lambda x: -len(x[0]))


def _mentions(clause: str, names: list[tuple[str, str]], parties: list[Party]) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for surface, name in names:
        for m in re.finditer(re.escape(surface), clause):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                found.append((m.start(), name))
                taken.append(m.span())
    # a bare role word (被告 without a name) means every party of that role
    for word, role in sorted(_ROLE_WORDS.items(), key=lambda x: -len(x[0])):
        for m in re.finditer(word, clause):
            if any(s <= m.start() < e for s, e in taken):
                continue
            if word == "上诉人" and m.start() > 0 and clause[m.start() - 1] == "被":
                continue
            if word in ("原告", "被告") and m.start() > 0 and clause[m.start() - 1] in "反":
                continue
            follower = clause[m.end():m.end() + 12]
            if any(follower.startswith(s) for s, _ in names):
                continue  # 被告X: the name itself is the mention
            for p in parties:
                if p.role == role:
                    found.append((m.start(), p.name))
            taken.append(m.span())
    return sorted(found, key=lambda x: x[0])  # stable: parties of one role word keep their order


def _unique(names: list[str]) -> list[str]:
    seen: list[str] = []
    for n in names:
        if n not in seen:
            seen.append(n)
    return seen


def _object(rest: str) -> str:
    rest = re.split(r"[；。;]", rest)[0]
    rest = _DEADLINE_TAIL.sub("", rest)
    rest = re.sub(r"^(?:原告|被告|上诉人|被上诉人|第三人|申请人)?[^，。；]{0,0}", "", rest)
    return rest.strip("，, ")[:80]


def _condition(clause: str) -> str | None:
    m = re.search(r"(?:如|若|如果|倘若)[^，。；]{2,40}?(?:的|则|，)", clause)
    return m.group(0).rstrip("，") if m and not re.search(r"未按[^，。]*履行", m.group(0)) else None
