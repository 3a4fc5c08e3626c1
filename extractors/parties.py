"""Parties with their details, from the party block and the 以下简称 aliases anywhere in the document.

Builds on the structure parser's party list (name, role, role text, span) and adds: kind (person / organisation),
法定代表人 / 负责人 / 经营者, 委托诉讼代理人 with their firm, address (住所地 / 住址 / 住), birth date, 统一社会信用代码,
and aliases.
"""

from __future__ import annotations

import re

from extractors.dates import find_dates
from extractors.structure.paragraphs import split_paragraphs
from extractors.structure.patterns import AGENT_LINE, PARTY_LINE
from zhixing.document import Document, Party
from zhixing.fields import Agent

_ORG = re.compile(r"公司|银行|支行|分行|厂|中心|合作社|委员会|医院|学校|大学|学院|局|所$|店|院$|协会|基金|集团|政府|办事处|"
                  r"企业|商行|经营部|工作室|俱乐部|合伙|事务所|酒店|宾馆|超市|农场|村民|小组|站$|社$|部$|会$|馆$|处$")
_REPRESENTATIVE = re.compile(r"^(?:法定代表人|负责人|经营者|投资人|执行事务合伙人|主要负责人|代表人)\s*[:：]?\s*([^，,。；;（(\s]{2,20})")
_AGENT = re.compile(r"^(?:上述[^：:，]{0,12})?(?:共同)?(?:委托诉讼代理人|委托代理人|诉讼代理人)\s*[:：]?\s*(?P<name>[^，,。；;（(\s]{2,12})"
                    r"(?:[，,]\s*(?P<rest>[^。；;]*))?")
_FIRM = re.compile(r"([^，,。；;]{2,40}?(?:律师事务所|法律服务所|法律援助中心|公司|银行|支行|分行|中心|协会))")
_ADDRESS = re.compile(r"(?:住所地|住址|住所|现住|户籍地|经常居住地|住)\s*[:：]?\s*(?P<addr>[^，,。；;]{2,60})")
_CREDIT = re.compile(r"统一社会信用代码\s*[:：]?\s*(?P<code>[0-9A-Z]{18})")
_BIRTH = re.compile(r"(?P<date>[0-9]{4}年[0-9]{1,2}[月日][0-9]{1,2}日)\s*(?:出生|生)")
_ALIAS = re.compile(r"[（(]\s*(?:以下|下)(?:简称|称)\s*[:：]?\s*[“\"]?(?P<alias>[^）)”\"，,]{1,20})[”\"]?\s*[）)]")


def party_kind(name: str) -> str:
    return "organisation" if _ORG.search(name) or len(name) > 6 else "person"


def find_parties(doc: Document) -> list[Party]:
    """The document's parties, enriched in place (and returned)."""
    parties = doc.parties
    if not parties:
        return parties
    block = doc.section("parties")
    paras = [p for p in split_paragraphs(doc.text) if block and block.span[0] <= p.start < block.span[1]]
    current: Party | None = None
    group: list[Party] = []
    for para in paras:
        text = para.text
        owner = next((p for p in parties if para.start <= p.span[0] < para.end), None)
        if owner is not None:
            current = owner
            if group and group[-1].role != owner.role:
                group = []
            group.append(owner)
            _details(owner, text)
            continue
        if current is None or not AGENT_LINE.match(text):
            continue
        m = _REPRESENTATIVE.match(text)
        if m:
            current.representative = m.group(1)
            continue
        m = _AGENT.match(text)
        if m:
            agent = Agent(name=m.group("name"), firm=_firm(m.group("rest") or ""))
            targets = group if text.startswith("上述") else [current]
            for party in targets:
                if all(a.name != agent.name for a in party.agents):
                    party.agents.append(agent)
    _aliases(doc, parties)
    return parties


def _details(party: Party, line: str) -> None:
    party.kind = party_kind(party.name)
    rest = line[line.find(party.name) + len(party.name):] if party.name in line else line
    m = _ADDRESS.search(rest)
    if m:
        party.address = m.group("addr").strip()
    m = _CREDIT.search(rest)
    if m:
        party.credit_code = m.group("code")
    m = _BIRTH.search(rest)
    if m:
        dates = find_dates(m.group("date").replace("日", "月", 1) if "日" in m.group("date")[5:8] else m.group("date"))
        party.birth_date = dates[0].value if dates else None


def _firm(rest: str) -> str | None:
    m = _FIRM.search(rest)
    if m:
        return m.group(1).strip()
    m = re.match(r"(该公司|该行|该单位|该所|该中心)", rest)
    return m.group(1) if m else None


def _aliases(doc: Document, parties: list[Party]) -> None:
    """NAME（以下简称ALIAS）anywhere in the document: the alias belongs to the party named right before it."""
    for m in _ALIAS.finditer(doc.text):
        before = doc.text[max(0, m.start() - 60):m.start()]
        owner = max((p for p in parties if before.endswith(p.name)), key=lambda p: len(p.name), default=None)
        alias = m.group("alias").strip()
        if owner and alias not in owner.aliases and alias != owner.name:
            owner.aliases.append(alias)


def alias_index(parties: list[Party]) -> dict[str, str]:
    return {alias: p.name for p in parties for alias in p.aliases}


__all__ = ["find_parties", "party_kind", "alias_index", "PARTY_LINE"]
