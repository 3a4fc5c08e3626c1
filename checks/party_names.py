"""Names in a 主文 item that are no party's: a person written after a role word whom the rest of the judgment never
mentions (a name left over from another case's template), and a two-character name one character off a party's
(於乐 / 于乐) where the item hands something to that party. party_checks.UNC-11 reports both."""

from __future__ import annotations

import re

from extractors.press_names import SURNAMES, is_word, name_at
from extractors.traditional import has_traditional, simplified
from zhixing.document import Document, OperativeItem

_ROLE = re.compile(r"原告|被告|上诉人|被上诉人|第三人|申请人|被申请人")
_CLAIMANT_ROLES = ("plaintiff", "appellant", "applicant")
# the obligee's place: 向原告X支付 / 支付原告X… / 返还给原告X
_TO_ROLE = re.compile(r"(?:向|支付给?|给付|偿还|归还|返还给?|退还给?|赔偿给?|退回|交付给?|补偿给?|交还给?)"
                      r"(原告|被告|上诉人|被上诉人|第三人|申请人|被申请人)")


def stranger_names(doc: Document, item: OperativeItem, names: set[str], outside: str):
    """(position, written, the party meant or None) for a person's name after a role word that is no party's name
    or alias and appears nowhere outside the 主文."""
    text = item.text
    for m in _ROLE.finditer(text):
        rest = text[m.end():m.end() + 8]
        if not rest or rest[0] not in SURNAMES or rest.startswith(tuple(names)) or \
                any(n.startswith(rest[:2]) for n in names) or rest[:2] in outside:
            continue
        written = _person(rest)
        if written is None or written in outside:
            continue
        side = [p.name for p in doc.parties if (p.role in _CLAIMANT_ROLES) == (m.group(0) in ("原告", "上诉人", "申请人"))
                and p.kind == "person"]
        yield m.end(), written, side[0] if len(side) == 1 else None


def _person(rest: str) -> str | None:
    """The person's name at the start of ``rest`` (press_names.name_at), or None for words that only start with a
    surname character (成年, 申请, 于本判决; 原告方承担: 方 is the side)."""
    name = name_at(rest, 0)
    if name and name[-1] in _FUNCTION:
        name = name[:-1]  # 贺正于本判决…: 于 starts the period
    if not name or len(name) < 2 or name[0] == "方" or is_word(name[1:]):
        return None
    return name


_FUNCTION = "于的在向与和及对将自应已"


def traditional_names(text: str, names: set[str]):
    """(position, written, party name) for a party's name written in traditional characters (陳偉傑 for 陈伟杰): the
    item read as simplified holds the name where the item itself does not."""
    if not has_traditional(text):
        return
    plain = simplified(text)
    for name in sorted(names, key=len, reverse=True):
        at = plain.find(name)
        while len(name) >= 2 and at >= 0:
            written = text[at:at + len(name)]
            if written != name:
                yield at, written, name
            at = plain.find(name, at + len(name))


def doubled_last_character(text: str, names: set[str]):
    """(position, written, party name) for a name after a role word with its last character typed twice (原告王强强 for
    王强), where the longer form is no party's name."""
    longest_first = sorted(names, key=len, reverse=True)
    for m in _ROLE.finditer(text):
        name = next((n for n in longest_first if text.startswith(n, m.end())), None)
        end = m.end() + len(name) if name else -1
        if name and len(name) >= 2 and text[end:end + 1] == name[-1] and name + name[-1] not in names:
            yield m.end(), name + name[-1], name


def near_two_character_names(text: str, names: set[str]):
    """(position, written, party name) for a window after 向原告 / 支付原告 … as long as a party's name, one character
    off it (the surname's variant form included), where the name is of two characters (longer names are read by
    party_checks' windows anywhere in the item)."""
    short = [n for n in names if len(n) == 2]
    for m in _TO_ROLE.finditer(text):
        for name in short:
            window = text[m.end():m.end() + 2]
            if window != name and window not in names and sum(x != y for x, y in zip(window, name)) == 1 and \
                    "\u4e00" <= window[0] <= "\u9fff" and "\u4e00" <= window[1] <= "\u9fff":
                yield m.end(), window, name


_BRANCH = r"(?:分公司|分行|支行|营业部|分店|办事处|经营部|分部)"
_BRANCH_TAIL = rf"[\u4e00-\u9fff]{{0,8}}?{_BRANCH}"
# an organisation's full name after a role word: 被告杭州某某教育咨询有限公司
_ORG_NAMED = re.compile(r"(?:原告|被告|上诉人|被上诉人|第三人|申请人|被申请人)(?P<org>[\u4e00-\u9fff（）()]{4,40}?"
                        r"(?:有限责任公司|股份有限公司|有限公司|分公司|公司|合作社|银行|支行|分行|事务所|医院|学校)"
                        # …有限公司闵行分公司: a branch is an entity of its own, not the company the block names
                        rf"(?:{_BRANCH_TAIL})?)")


def stranger_organisations(doc: Document, item: OperativeItem, names: set[str], outside: str):
    """(position, written, the party meant or None) for an organisation given a party's role in an item that is
    no party's name, alias or a part of one (the other side of a contract the item mentions, named as the obligor).
    Only where the judgment has its party block: without it the parties read are a guess from the text."""
    if doc.section("parties") is None:
        return
    for m in _ORG_NAMED.finditer(item.text):
        written, start = m.group("org"), m.start("org")
        branch = next((b for n in names if len(n) >= 4 and written not in names
                       for b in [re.search(re.escape(n) + _BRANCH_TAIL + "$", written)] if b), None)
        if branch:  # …有限公司海曙营业部 where the block names the company: a branch the judgment never made a party
            yield start + branch.start(), branch.group(0), None
            continue
        if any(n in written or written in n for n in names if len(n) >= 2):
            continue
        role = item.text[m.start():m.start("org")]
        if role + written in outside:
            continue  # 被告肇庆市鼎湖区地产公司辩称… outside the 主文: a party the block did not give us
        side = [p.name for p in doc.parties if (p.role in _CLAIMANT_ROLES) == (role in ("原告", "上诉人", "申请人"))]
        yield start, written, side[0] if len(side) == 1 else None


# a bare 原告 / 被告 before a name (not 反诉原告 / 原审被告, which name the other proceeding's role)
_BARE_ROLE = re.compile(r"(?<![诉审])(原告|被告)")


def misnamed_parties(doc: Document) -> dict[int, list[tuple[int, str, str]]]:
    """Per item index, (position, written, the party meant) for a role word followed by a name the party block gives
    another role (原告王元甫 where 王元甫 is the defendant: the obligor and obligee swapped), or by the name of a party's
    legal representative or agent who is no party (原告韩立军 for the company he represents)."""
    if doc.section("parties") is None:
        return {}
    sides = {}
    for p in doc.parties:
        if "反诉" in p.role_text or p.role not in ("plaintiff", "defendant"):
            continue  # a counterclaim gives each side both roles; appeals and third parties have other words
        sides.setdefault(p.name, set()).add("原告" if p.role == "plaintiff" else "被告")
    names = {p.name for p in doc.parties} | {a for p in doc.parties for a in p.aliases}
    stand_ins = {}
    for p in doc.parties:
        for person in [p.representative, *(a.name for a in p.agents)]:
            if person and person not in names:
                stand_ins.setdefault(person, p)
    found: dict[int, list[tuple[int, str, str]]] = {}
    known = sorted({n for n in names | set(stand_ins) if n}, key=len, reverse=True)
    if not known:
        return found
    for item in doc.operative_items:
        text = item.text
        for m in _BARE_ROLE.finditer(text):
            # the longest name right after the role word (a loop of startswith: a pattern of this document's names
            # would be compiled anew for every document)
            written = next((n for n in known if text.startswith(n, m.end())), None)
            if written is None:
                continue
            if written in sides and m.group(1) not in sides[written]:
                right = next(iter(sides[written]))
                found.setdefault(item.index, []).append((m.start(), m.group(1) + written, right + written))
            elif written in stand_ins and written not in names and len(written) >= 2:
                found.setdefault(item.index, []).append((m.start(), m.group(1) + written,
                                                         m.group(1) + stand_ins[written].name))
    return found
