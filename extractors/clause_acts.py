"""The acts of a comma segment of a 主文 clause (used by extractors/clauses.py): which verbs of the act lexicon are
ordered there, leaving out verbs inside brackets, inside an event a period or condition hangs on, and verbs that only
describe the object; and whether a segment is only the completion of the clause before it (…十日内付清)."""

from __future__ import annotations

import re

from extractors.clause_lexicon import ACT_RES, ANCHOR, CONDITION
from extractors.clause_parties import mentions

Span = tuple[int, int]
BRACKETS_OPEN, BRACKETS_CLOSE = "（(【[《“", "）)】]》”"
_COMPLETION = re.compile(r"付清|还清|结清|履行完毕|给付完毕|支付完毕")


def event_spans(text: str, a: int, b: int) -> list[Span]:
    """Where the segment names an event a period hangs on (…收到被告交付的车辆之日起…): verbs there are not acts."""
    seg = text[a:b]
    spans = [(a + m.start(), a + m.end()) for m in ANCHOR.finditer(seg)]
    spans += [(a + m.start(), a + m.end()) for m in CONDITION.finditer(seg)]
    spans += [(a + m.start(), a + m.end()) for m in _INNER_CONDITION.finditer(seg)]
    return spans


# 原告A与被告B在被告B付清上述款项后接着履行…: an event after the performers, inside the segment: the verb in it (付清) is
# what must happen first, not what is ordered (a period after it, 后十日内, is an anchor and read as one)
_INNER_CONDITION = re.compile(r"(?<=[^，,。；])(?:在|待|一俟|俟|等到)(?P<event>[^，。；]{2,40}?)(?:之后|以后|后)"
                              r"(?![^，。；]{0,2}[0-9０-９一二三四五六七八九十]+\s*(?:日|天|个))")


def acts_of(text: str, a: int, b: int, events: list[Span]) -> list[tuple[str, re.Match, int]]:
    """The acts of a segment in order, leaving out verbs inside brackets, inside an event and verbs that only
    describe the object (其交付的车辆 … 返还: 交付 is followed by 的 before the next act)."""
    seg = text[a:b]
    found: list[tuple[int, int, str, re.Match]] = []
    for act, rx in ACT_RES:
        m = rx.search(seg)
        while m:
            s, e = a + m.start(), a + m.end()
            if _in_brackets(seg, m.start()):
                # a match that starts in a bracket may have swallowed the act after it (（…产权证号…）归原告所有): look
                # again from the next character
                m = rx.search(seg, m.start() + 1)
                continue
            match, m = m, rx.search(seg, m.end() if m.end() > m.start() else m.end() + 1)
            if any(x <= s < y for x, y in events):
                continue
            if any(s < fe and fs < e for fs, fe, _, _ in found):
                continue  # an earlier (more specific) pattern already covers this
            found.append((s, e, act, match))
    found.sort(key=lambda f: f[0])
    acts = []
    for i, (s, e, act, m) in enumerate(found):
        later = found[i + 1][0] if i + 1 < len(found) else None
        if later is not None and "的" in text[e:later] and act != "confirm":
            continue
        acts.append((act, m, s))
    return acts


def _in_brackets(seg: str, pos: int) -> bool:
    depth = 0
    for ch in seg[:pos]:
        depth = max(depth + (ch in BRACKETS_OPEN) - (ch in BRACKETS_CLOSE), 0)
    return depth > 0


def only_completion(seg: str, acts, names) -> bool:
    """…，于本判决生效之日起十日内付清 / 款限…履行完毕: a period for the clause before, not a new act."""
    return all(_COMPLETION.fullmatch(m.group(0)) for _, m, _ in acts) and not mentions(seg, names, []) and \
        not re.search(r"[0-9０-９]\s*元", seg)
