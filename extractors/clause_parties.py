"""Party mentions in 主文 clauses: names and aliases, group words (原、被告 / 二被告), bare role words (被告 = every
defendant) and names written with a character changed, left out or added (which still mean that party; UNC-11
reports the spelling). Used by the clause reader (extractors/clauses.py) and the checks."""

from __future__ import annotations

import re

from extractors.clause_lexicon import GROUPS, ROLE_WORDS
from zhixing.document import Party

Span = tuple[int, int]


def name_index(parties: list[Party], aliases: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(surface form, party name), longest first: full names and aliases."""
    if aliases is None:
        aliases = {a: p.name for p in parties for a in p.aliases}
    return sorted([(p.name, p.name) for p in parties] + list(aliases.items()), key=lambda x: -len(x[0]))


def mentions(seg: str, names, parties) -> list[tuple[int, int, list[str], str | None]]:
    """(start, end, party names, marker) for every party mention: a name or alias, a group (原、被告 / 二被告) or a
    bare role word; marker is 'by' after 由, 'to' after 向 / 给 / 为 / 对 / 交, 'poss' before 的 / 所."""
    found: list[tuple[int, int, list[str]]] = []
    taken: list[Span] = []

    def free(s, e):
        return not any(s < te and ts < e for ts, te in taken)

    for surface, name in names:
        for m in re.finditer(re.escape(surface), seg):
            if free(*m.span()):
                start = m.start()
                role = re.search(r"(?:原告|被告|第三人|上诉人|被上诉人|申请人|被申请人)$", seg[:start])
                found.append((role.start() if role else start, m.end(), [name]))
                taken.append((role.start() if role else start, m.end()))
    for rx, roles in GROUPS:
        for m in rx.finditer(seg):
            if free(*m.span()):
                found.append((m.start(), m.end(), [p.name for p in parties if p.role in roles]))
                taken.append(m.span())
    for word, role in sorted(ROLE_WORDS.items(), key=lambda x: -len(x[0])):
        for m in re.finditer(word, seg):
            if not free(*m.span()) or (word == "上诉人" and seg[m.start() - 1:m.start()] == "被") or \
                    (word in ("原告", "被告") and seg[m.start() - 1:m.start()] == "反"):
                continue
            if any(seg[m.end():].startswith(s) for s, _ in names):
                continue
            written, close = misspelt_party(seg, m.end(), [p.name for p in parties if p.role == role])
            if close:  # 被告泰安市满庄大鞋店: a party written wrongly is still that party (UNC-11 reports the spelling)
                found.append((m.start(), m.end() + len(written), [close]))
                taken.append((m.start(), m.end() + len(written)))
                continue
            found.append((m.start(), m.end(), [p.name for p in parties if p.role == role]))
            taken.append(m.span())
    found.sort()
    out = []
    for i, (s, e, group) in enumerate(found):
        before = seg[max(0, s - 2):s]
        marker = None
        if re.search(r"由$|[向给为对交]$|支付给$|归还给$", before) or re.search(r"^[、和与及]$", seg[s - 1:s]) and out \
                and out[-1][1] >= s - 1 and out[-1][3] in ("by", "to"):
            marker = "by" if before.endswith("由") else "to"
            if re.search(r"^[、和与及]$", seg[s - 1:s]) and out and out[-1][1] >= s - 1:
                marker = out[-1][3]
        elif re.match(r"的|所|名下|之|一方", seg[e:e + 2]):
            marker = "poss"
        out.append((s, e, group, marker))
    return out


_RUN = re.compile(r"[\u4e00-\u9fff（）()A-Za-z0-9]{2,34}")


def misspelt_party(text: str, pos: int, names: list[str]) -> tuple[str, str | None]:
    """(written, party) for a name written at ``pos`` (after a role word) that misspells a party: the longest start
    of the following run of characters that ``near_party`` accepts; ('', None) when there is none."""
    run = _RUN.match(text, pos)
    if not run:
        return "", None
    lengths = {len(n) + d for n in names for d in range(-4, 5)}  # a misspelling is at most 4 characters off
    for n in sorted((k for k in lengths if 2 <= k <= len(run.group(0))), reverse=True):
        close = near_party(run.group(0)[:n], names)
        if close:
            return run.group(0)[:n], close
    return "", None


def near_party(written: str, names: list[str]) -> str | None:
    """The party name ``written`` misspells: one character changed (黄海真 / 黄海珍), or a few left out or added
    with the same first character (泰安市满庄大鞋店 / 泰安市岱岳区满庄大鞋店, 米雄 / 米雄雄); None when it is a name."""
    if written in names or len(written) < 2:
        return None
    for name in names:
        if len(name) == len(written) and sum(x != y for x, y in zip(name, written)) == 1 and \
                (len(name) > 3 or written[0] == name[0]):
            return name
        short, long_ = sorted((written, name), key=len)
        diff = len(long_) - len(short)
        if name[0] == written[0] and 1 <= diff <= (1 if len(long_) <= 3 else 4) and subsequence(short, long_) and \
                short[-1] == long_[-1]:
            return name
    return None


def subsequence(short: str, long_: str) -> bool:
    """Whether the characters of ``short`` stand in ``long_`` in the same order (泰安市满庄大鞋店 in 泰安市岱岳区满庄大鞋店)."""
    it = iter(long_)
    return all(ch in it for ch in short)


def names_of(found) -> list[str]:
    seen: list[str] = []
    for _, _, group, _ in found:
        for n in group:
            if n not in seen:
                seen.append(n)
    return seen


def mentioned(text: str, parties: list[Party]) -> list[str]:
    """Every party a text names, by name, alias, group (原、被告 / 二被告) or bare role word."""
    names = name_index(parties)
    return names_of(mentions(text, names, parties))
