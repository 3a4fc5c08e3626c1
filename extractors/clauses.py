"""The clause reader: each 主文 item is read as clauses — who (obligors) must do what (act) with what (object) for
whom (obligees), by when (deadline, or an event the period is anchored to) and on which condition.

An item is split into sentences at 。；（一）（二）, and a sentence into comma segments (commas inside brackets do not
split). A segment with an act starts a clause; a segment without one is, by what it holds, a period (，于本判决生效之日起
十日内付清 → the clause before it), a condition (一俟… / 待…后 / …后， → the clause after it), a topic (对原告X的损失，… /
原告X与被告Y共同购买的山场，由… → the object of the clause after it) or more of the object (…，试驾费损失3000元).

Who performs is read from the sentence form, not from a fixed order:
- active 被告X于…支付原告Y… / 将-form 被告X将OBJ交付给原告Y: the party before the verb (before 将);
- passive / topic-first OBJ由被告X…返还原告Y / 对原告Y的损失，被告X应予赔偿: the party after 由, the topic is the object;
- right form 原告Y有权要求被告X…: the party after 要求; duty form 被告X负有向原告Y…的义务: the party before 负有;
- a clause without its own subject (，并支付… / 该款于…付清) continues the subject of the clause before it.
Parties are the document's parties (aliases resolved); a bare 被告 / 二被告 / 原、被告 stands for every party of
that side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from extractors.clause_acts import BRACKETS_CLOSE, BRACKETS_OPEN, acts_of, event_spans, only_completion
from extractors.clause_conditions import is_condition, subject_before_condition
from extractors.clause_lexicon import (
    ACT_RES,
    ANCHOR,
    BACK_REF,
    CERTAIN_EVENT,
    CLAIM_UPHELD,
    CONDITION,
    DEFAULT_CONDITION,
    DISCOURSE,
    LEAD,
    LIABILITY,
    NOT_ORDERED,
)
from extractors.clause_parties import mentions, name_index, names_of
from extractors.deadlines import find_deadlines
from zhixing.document import Party
from zhixing.fields import Deadline
from zhixing.memo import per_document

Span = tuple[int, int]
_NUMBERING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[0-9０-９]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)])\s*")
_SUB_ITEM = re.compile(r"[（(][一二三四五六七八九十]+[）)]|(?<=[：:])\s*[0-9]+[.．、]")
_OPEN, _CLOSE = BRACKETS_OPEN, BRACKETS_CLOSE


@dataclass
class Clause:
    """One ordered act of a 主文 item; spans are offsets into the item text given to ``read_clauses``."""

    text: str
    span: Span
    sentence: int
    act: str | None = None
    verb: str = ""
    verb_span: Span = (0, 0)
    obligors: list[str] = field(default_factory=list)
    obligees: list[str] = field(default_factory=list)
    object: str = ""
    form: str = "active"           # active, ba (将), passive (由), topic, right (有权要求), duty (负有), inherited
    liability: str | None = None
    deadline: Deadline | None = None      # a period of the usual kind found in the clause (生效之日起十日内 / date)
    anchor: str | None = None             # the event a period counts from or ends at, when it is not the judgment
    anchor_span: Span | None = None
    condition: str | None = None          # 一俟… / 待…后 / 如… (not the usual 如未按期履行 default clause)
    condition_span: Span | None = None
    inherited_period: bool = False           # the period stands in another clause of the sentence or a later 该款… one
    refers_back: bool = False                # the object is 该款 / 上述… / 剩余部分
    ordered: bool = True                     # False inside 驳回…请求, 已支付…, 无需…
    subject_written: bool = True             # a party is named as the subject of this clause

    @property
    def has_period(self) -> bool:
        return bool(self.deadline or self.anchor or self.condition or self.inherited_period)


def item_clauses(text: str, parties: list[Party], aliases: dict[str, str] | None = None) -> tuple[Clause, ...]:
    """``read_clauses``, read once per item text and parties: the field stage and the checks share the reading (the
    clauses are not to be changed by their users)."""
    return keyed_clauses(text, party_key(parties), tuple(sorted(aliases.items())) if aliases is not None else None)


def party_key(parties: list[Party]) -> tuple:
    """The parties as the hashable key of the per-document clause reading."""
    return tuple([(p.name, p.role, tuple(p.aliases)) for p in parties])  # a list first: faster than a generator


@per_document()
def keyed_clauses(text: str, key: tuple, aliases: tuple | None) -> tuple[Clause, ...]:
    """``item_clauses`` by hashable key (``party_key``, the sorted alias items), for readers that keep the key."""
    people = [Party(name=n, role=r, role_text=r, span=(0, 0), aliases=list(a)) for n, r, a in key]
    return tuple(read_clauses(text, people, dict(aliases) if aliases is not None else None))


def read_clauses(text: str, parties: list[Party], aliases: dict[str, str] | None = None) -> list[Clause]:
    """The clauses of one 主文 item (its text as in the document)."""
    names = name_index(parties, aliases)
    out: list[Clause] = []
    subject: list[str] = []
    for si, (s, e) in enumerate(_sentences(text)):
        topic: Span | None = None     # 对原告X的损失，… : the object of the next clause
        cond: Span | None = None      # 一俟… / …后， : the condition of the next clause
        lead: int | None = None       # 于本判决生效之日起十日内，被告X…: a period written before the clause
        raw: list[list] = []             # [start, end, core, act, topic, cond] while the sentence is read
        segments = _segments(text, s, e)
        for k, (a, b) in enumerate(segments):
            seg = text[a:b]
            lead_words = LEAD.match(seg)
            core = a + (lead_words.end() if lead_words else 0)
            events = event_spans(text, core, b)
            acts = acts_of(text, core, b, events)
            nxt = text[segments[k + 1][0]:segments[k + 1][1]] if k + 1 < len(segments) else ""
            if acts and only_completion(text[core:b], acts, names):
                acts = []
            if DISCOURSE.fullmatch(text[core:b]):
                continue
            subject_end = subject_before_condition(text, core, b, names, parties, bool(acts), nxt)
            if subject_end is not None:  # 被告X一俟…，即退还…: X performs, the rest is the condition
                topic, cond = (core, subject_end), (subject_end, b)
                continue
            if is_condition(text[core:b]):
                cond = (core, b)
                continue
            if not acts:
                if raw and (find_deadlines(seg) or not re.match(r"(?:并|另)?由", LEAD.sub("", nxt))):
                    raw[-1][1] = b  # the period, or more of the object, of the clause before
                elif find_deadlines(seg) or ANCHOR.search(seg):
                    lead = a if lead is None else lead
                else:
                    topic = (topic[0], b) if topic else (core, b)
                continue
            start = min(x for x in (a, topic and topic[0], cond and cond[0], lead) if x is not None)
            raw.append([start, b, core, acts[0], topic, cond, events])
            topic = cond = lead = None
        for start, end, core, act, topic, cond, events in raw:
            current = _clause(text, start, end, core, act, si, names, parties, topic, cond, events, subject, out)
            out.append(current)
            subject = current.obligors or subject
        if not raw and (lead is not None or cond):  # 该款于…前付清 / 上述款项限…履行完毕: a period for what came before
            a = min(x for x in (lead, cond and cond[0]) if x is not None)
            rest = Clause(text=text[a:e], span=(a, _rstrip(text, a, e)), sentence=si, obligors=list(subject),
                          refers_back=True, subject_written=False)
            _when(text, rest, cond)
            out.append(rest)
    _periods(text, out)
    return out


# --- splitting ----------------------------------------------------------------------------------------------------

def _sentences(text: str) -> list[Span]:
    m = _NUMBERING.match(text)
    start = m.end() if m else 0
    cuts = {start, len(text)}
    depth = 0
    for i, ch in enumerate(text[start:], start):
        depth += (ch in _OPEN) - (ch in _CLOSE)
        depth = max(depth, 0)
        if ch in "。；;" and depth == 0:
            cuts.add(i + 1)
    for m in _SUB_ITEM.finditer(text, start):
        cuts.update((m.start(), m.end()))  # （一）…（二）…: each sub-item is a sentence, the marker none
    bounds = sorted(cuts)
    return [(x, y) for x, y in pairwise(bounds) if text[x:y].strip("。；; \n：:") and not _SUB_ITEM.fullmatch(text[x:y].strip())]


# 原告甲将车辆交还被告乙、被告乙返还原告甲租金…: a second party's own duty listed with 、 after a duty
_NEXT_DUTY = re.compile(r"(?:原告|被告|第三人|上诉人|被上诉人|申请人|被申请人)[^，、。；]{1,14}?"
                        r"(?:返还|退还|支付|交付|交还|给付|偿还|归还|协助|配合|腾退|赔偿)")


def _segments(text: str, s: int, e: int) -> list[Span]:
    out, depth, at = [], 0, s
    for i in range(s, e):
        ch = text[i]
        depth = max(depth + (ch in _OPEN) - (ch in _CLOSE), 0)
        if ch in "，,：:" and depth == 0 and not (ch in ",，" and text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()) \
                or ch == "、" and depth == 0 and _NEXT_DUTY.match(text, i + 1, e) \
                and any(rx.search(text, at, i) for _, rx in ACT_RES):
            out.append((at, i))
            at = i + 1
    out.append((at, e))
    return [(x, _rstrip(text, x, y)) for x, y in out if text[x:y].strip("。；; \n")]


def _rstrip(text: str, x: int, y: int) -> int:
    while y > x and text[y - 1] in "。；; \n":
        y -= 1
    return y


# --- one clause -------------------------------------------------------------------------------------------------

def _clause(text, start, end, core, act_match, si, names, parties, topic, cond, events, subject, out) -> Clause:
    act, m, vs = act_match
    ve = vs + len(m.group(0))
    if act == "confirm" and m.group(0).startswith("由"):
        vs = vs + 1  # 由X继承: X is the owner, not a performer
    seg = text[core:end]
    marks = [x for x in mentions(text[core:end], names, parties)
                if not any(s <= core + x[0] < e for s, e in events)]  # 于收到被告X交付的…之日起: X is not the subject
    rel_v = vs - core
    c = Clause(text=text[start:end], span=(start, end), sentence=si, act=act, verb=m.group(0), verb_span=(vs, ve))
    pre = [x for x in marks if x[0] < rel_v]
    post = [x for x in marks if x[0] >= rel_v]
    by = [x for x in pre if x[3] == "by"]
    right = re.search(r"有权(?:要求|请求)", seg[:rel_v])
    ba = re.search(r"[将把](?!来)", seg[:rel_v])
    if act == "confirm":
        c.obligees = names_of(post) or names_of(pre)
        c.form = "right"
    elif by:
        c.obligors = names_of(by)
        c.obligees = names_of([x for x in pre if x[3] != "by"] + post)
        c.form = "passive"
    elif right:
        c.obligors = names_of([x for x in pre if x[0] > right.start()])
        c.obligees = names_of([x for x in pre if x[0] < right.start()])
        c.form = "right"
    elif act == "take_back":
        c.obligees = names_of([x for x in pre if x[3] != "to"]) or \
            names_of(mentions(text[cond[0]:cond[1]], names, parties) if cond else [])
        c.obligors = names_of(post)
        c.form = "right"
    else:
        subj_end = ba.start() if ba else rel_v
        plain = [x for x in pre if x[0] < subj_end and x[3] not in ("to", "poss")]
        if not plain and act in ("stop_infringement", "remove_obstruction", "restore"):
            plain = [x for x in pre if x[3] == "poss"]
        c.obligors = names_of(plain)
        c.obligees = names_of([x for x in pre if x[3] == "to"] + post)
        c.form = "ba" if ba else ("duty" if "负有" in seg[:rel_v] else "active")
    if topic:
        t_text = text[topic[0]:topic[1]]
        t_mentions = mentions(t_text, names, parties)
        lead_subject = [x for x in t_mentions if x[3] is None and "的" not in t_text[x[1]:]]
        if not c.obligors and lead_subject and t_mentions[0] is lead_subject[0]:
            c.obligors = names_of(lead_subject)  # 被告X从2024年1月起，每月给付…: a subject, not a topic
            topic = None
        else:
            c.form = "topic" if c.form != "passive" else c.form
            c.obligees = c.obligees or names_of([x for x in t_mentions if x[3] == "to"])
    if not c.obligors and act not in ("confirm",):
        c.subject_written = False
        c.obligors = list(subject)
        c.form = "inherited" if not topic else c.form
    c.obligees = [n for n in c.obligees if n not in c.obligors]
    if not c.obligees and out and out[-1].obligors == c.obligors and out[-1].sentence == si:
        c.obligees = list(out[-1].obligees)  # …，并支付利息: the same payee
    c.object = _object(text, core, end, vs, ve, c, by, ba, topic, marks)
    c.refers_back = bool(BACK_REF.search(c.object) or BACK_REF.search(seg[:rel_v]))
    c.liability = next((kind for p, kind in LIABILITY if p.search(c.text)), None)
    if c.liability is None and len(c.obligors) == 1:
        c.liability = "sole"
    c.ordered = not NOT_ORDERED.search(text[start:vs]) and not CLAIM_UPHELD.search(c.text)
    _when(text, c, cond)
    return c


def _object(text, core, end, vs, ve, c, by, ba, topic, marks) -> str:
    """What the act is about, as written: the topic, the words before 由, between 将 and the verb, or after the verb
    (without the payee and the period)."""
    subject_end = max([core + x[1] for x in marks if core + x[0] < vs and x[3] != "to"] or [core])
    if topic:
        obj = re.sub(r"^对", "", text[topic[0]:topic[1]])
    elif c.act == "assist_transfer" and "办理" in c.verb and text[ve:end].strip("手续，, ") == "":
        obj = c.verb[c.verb.index("办理") + 2:] + text[ve:end]  # 协助原告办理涉案房屋的过户手续
    elif c.act == "confirm":
        obj = re.sub(r"由$", "", text[core:vs]) + text[ve:end]  # 位于…的房屋的所有权属于X / …的房屋由X取得
    elif by and text[core:core + by[0][0]].strip("由并另 "):
        obj = re.sub(r"(?:并|另)?由$", "", text[core:core + by[0][0]])
    elif ba:
        obj = text[core + ba.end():vs]
    else:
        obj = _strip_payee(text[ve:end], marks, ve - core)
        if not re.sub(r"[（(][^）)]*[）)]|[，,。；\s]", "", obj):
            obj = text[subject_end:vs] + obj  # 被告X的侵权行为应予停止: the object stands before the verb
    obj = re.sub(r"(?:的)?(?:义务|责任)$", "", obj.strip("，,。；： "))
    obj = re.sub(r"^的|(?:应予|予以|应当|应|立即|即行|须|负责)+$", "", obj)
    if c.form in ("passive", "ba", "topic") or topic:
        tail = re.findall(r"[（(][^）)]*[）)]", text[ve:end])
        obj += "".join(t for t in tail if t not in obj)
    # the period (于本判决生效后五日内: 后 with its count, not 后 alone, which would leave 五日内 as the object)
    obj = re.sub(r"(?:(?:应|须)?(?:于|在|自|限)?[^，。；]{0,4}(?:判决|裁定|调解)[^，。；]{0,14}?"
                 r"(?:日内|内|后(?:[0-9０-９一二两三四五六七八九十百]+\s*(?:日|天|个月|个工作日)(?:内|以内|之内)?)?)|立即|即时)",
                 "", obj)
    obj = re.sub(r"^(?:由|并|给|向|至|到|予以|负责|应当|应)+", "", obj.strip("，, "))
    return obj.strip("，, ")


def _strip_payee(obj: str, marks, offset: int) -> str:
    """…返还原告赵满斌购车款30000元: the payee written right after the verb is not part of the object."""
    obj_l = obj
    for pos, end, _, _ in sorted(marks):
        rel = pos - offset
        lead = obj_l[:max(rel, 0)]
        if rel >= 0 and re.fullmatch(r"(?:给|予|于|至|到)?(?:原告|被告|第三人|上诉人|被上诉人|申请人|被申请人)?", lead.strip()):
            obj_l = obj_l[end - offset:]
            offset = end
    return re.sub(r"^(?:的)", "", obj_l)


def _when(text: str, c: Clause, cond: Span | None) -> None:
    deadlines = find_deadlines(c.text)
    if deadlines:
        plan = next((d for d in deadlines if d.instalments), None)
        c.deadline = plan or deadlines[0]
    for m in ANCHOR.finditer(c.text):
        event = m.group("event") or m.group("event2")
        if CERTAIN_EVENT.search(event) or (c.deadline and m.start() <= c.deadline.span[0] < m.end()):
            continue
        c.anchor, c.anchor_span = event, (c.span[0] + m.start(), c.span[0] + m.end())
        break
    spans = [cond] if cond else []
    spans += [(c.span[0] + m.start(), c.span[0] + m.end()) for m in CONDITION.finditer(c.text)]
    for s, e in spans:
        cm = CONDITION.match(text, s, e)
        event = cm.group("event") if cm and cm.end() <= e else text[s:e]
        event = re.sub(r"(?:之后|以后|后|时)$", "", re.sub(r"^(?:一俟|俟|待|等到|一旦|如果|如|若|倘若|假如|在|于)", "", event))
        if DEFAULT_CONDITION.search(event) or CERTAIN_EVENT.search(event) or re.search(r"未按|逾期|不履行|未履行", event):
            continue
        c.condition, c.condition_span = event, (s, e)
        break


def _periods(text: str, clauses: list[Clause]) -> None:
    """A period written once for a sentence holds for its other clauses; a later clause on 该款 / 上述款项 carries the
    period of the clauses before it (…。该款于…前支付)."""
    for c in clauses:
        if c.has_period:
            continue
        same = [o for o in clauses if o is not c and o.sentence == c.sentence and (o.deadline or o.anchor or o.condition)]
        later = [o for o in clauses if o.span[0] > c.span[0] and o.sentence != c.sentence and o.refers_back and
                 (o.deadline or o.anchor or o.condition) and not o.subject_written or
                 o.span[0] > c.span[0] and o.sentence != c.sentence and o.refers_back and o.obligors == c.obligors and
                 (o.deadline or o.anchor or o.condition)]
        header = [o for o in clauses if o.span[1] <= c.span[0] and re.match(r"\s*[：:]", text[o.span[1]:o.span[1] + 2])
                  and (o.deadline or o.anchor or o.condition)]  # 原、被告于…内相互返还：（一）…（二）…
        source = (same or later or header or [None])[0]
        if source is not None:
            c.inherited_period = True
            if source.anchor and not c.anchor:
                c.anchor, c.anchor_span = source.anchor, source.anchor_span
            if source.condition and not c.condition:
                c.condition, c.condition_span = source.condition, source.condition_span
