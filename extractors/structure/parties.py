"""The party block: which lines belong to it, and each party's name and role as written."""

from __future__ import annotations

import re

from extractors.structure.paragraphs import Para
from extractors.structure.patterns import AGENT_LINE, PARTY_LINE, ROLE_LABELS
from zhixing.document import Party

_NAME_END = re.compile(r"[，,。；;：:]|（(?!以下)|\((?!以下)|（以下|\(以下|\s{2,}|，?住所地|住址")


def party_block(paras: list[Para], start: int) -> int:
    """Index of the last paragraph of the party block that begins at ``start`` (start - 1 when there is none)."""
    last = start - 1
    for para in paras[start:]:
        text = para.text
        if PARTY_LINE.match(text) and _looks_like_party_line(text):
            last = para.index
        elif AGENT_LINE.match(text) and last >= start:
            last = para.index
        else:
            break
    return last


def _looks_like_party_line(text: str) -> bool:
    """A party line names one party; a sentence such as 原告X与被告Y…一案 is procedural history instead."""
    head = text[:60]
    if re.search(r"一案|纠纷|不服|因与|诉称|辩称|向本院|本院", head):
        return False
    # 原告A、B与被告C… / 申请人A、B称，… are sentences about parties, not party lines
    if re.search(r"与(原告|被告|上诉人|被上诉人|申请人|被申请人|第三人|原审)", head) or re.search(r"^[^，。：:]{2,40}称[，,:：]", text):
        return False
    # 原告于2012年11月8日诉至…: a sentence about what the plaintiff did, not a name after the role
    rest = PARTY_LINE.match(text).group("rest")
    end = _NAME_END.search(rest)
    name = rest[:end.start()] if end else rest
    # (于 is also a surname: 于志锋 / 于都县…公司 stay names; a date or 诉 after it does not)
    if _NOT_A_NAME.search(name):
        return False  # 原告举证如下：… / 被告辩称：…: what a party did, not who it is
    return not (_VERB_FIRST.match(name) and re.search(r"[0-9０-９]|[年月]|日[^本]|诉|仲裁", name))


_NOT_A_NAME = re.compile(r"如下$|诉称|辩称|^举证|^提交|^陈述|^申请|^认为|^主张")


_VERB_FIRST = re.compile(r"于|在|因|向|对|经|已|诉|以|就|将|自|从|提")


def role_of(role_text: str) -> str:
    for label, role in ROLE_LABELS:
        if role_text.startswith(label):
            return role
    return "other"


def parse_parties(paras: list[Para], first: int, last: int) -> list[Party]:
    parties = []
    for para in paras[first:last + 1]:
        m = PARTY_LINE.match(para.text)
        if not m or AGENT_LINE.match(para.text):
            continue
        rest = m.group("rest")
        rest_start = para.start + m.start("rest")
        end = _NAME_END.search(rest)
        name = rest[: end.start()] if end else rest
        name = name.rstrip()
        if not name:
            continue
        parties.append(Party(name=name, role=role_of(m.group("role")), role_text=m.group("role"),
                             span=(rest_start, rest_start + len(name))))
    return parties
