"""Shared pieces: the source documents, text edits at known spans, 主文 numbering, money and fee helpers."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIRS = ("corpora/judgments", "corpora/rebuilt")

# ----------------------------------------------------------------------------------------------- sources


@dataclass
class Src:
    id: str
    path: str  # relative to the repository root
    doc: object  # zhixing.document.Document

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def items(self):
        return self.doc.operative_items

    @property
    def date(self) -> dt.date | None:
        return self.doc.date

    @property
    def dtype(self) -> str:
        t = self.doc.doc_type
        return getattr(t, "value", t) or ""

    def span(self, name: str) -> tuple[int, int] | None:
        for s in self.doc.sections:
            if s.name == name:
                return tuple(s.span)
        return None

    def section(self, name: str) -> str | None:
        sp = self.span(name)
        return self.text[sp[0]:sp[1]] if sp else None

    def parties(self, role: str) -> list:
        return [p for p in self.doc.parties if p.role == role]

    def item(self, index: int):
        return self.items[index - 1]

    def item_text(self, index: int) -> str:
        s, e = self.item(index).span
        return self.text[s:e]

    def money_items(self) -> list:
        """Items that order a payment of a stated amount (the parser found an obligor and an amount)."""
        return [it for it in self.items if it.amounts and it.obligations and "驳回" not in it.text]

    def clean_money_items(self) -> list:
        """Money items without an already existing unclear liability form (several obligors, no 连带/按份)."""
        return [it for it in self.money_items()
                if not any(len(ob.obligors) > 1 and not ob.liability for ob in it.obligations)]

    def cause(self) -> str:
        """The procedural-history sentence (it names the 案由)."""
        return self.section("procedural_history") or ""

    def claims_head(self) -> str:
        """The claims sentence without its 事实和理由 part."""
        c = self.section("claims") or ""
        m = re.search(r"事实(和|与|及)理由", c)
        return c[:m.start()] if m else c


def load_sources() -> list[Src]:
    from zhixing.pipeline import process_path

    out = []
    for d in SOURCE_DIRS:
        for p in sorted((ROOT / d).glob("*.txt")):
            doc = process_path(p)
            out.append(Src(id=p.stem, path=f"{d}/{p.name}", doc=doc))
    return out


def light_parse(text: str):
    """Structure and fields only (no checks): used to probe a candidate edit while choosing documents."""
    from extractors.fields_stage import extract_fields
    from extractors.structure import parse_structure
    from zhixing import EXTRACTOR_VERSION
    from zhixing.document import Document, Source

    doc = Document(source=Source(path="probe", sha256=""), extractor_version=EXTRACTOR_VERSION, raw_text=text)
    doc.text = text
    return extract_fields(parse_structure(doc))


# ----------------------------------------------------------------------------------------------- injections


class RotRandom(random.Random):
    """A seeded generator whose choice() rotates with the slot (1st, 2nd, 3rd document of a kind), so that the
    documents of one kind get different wordings."""

    def __init__(self, seed: str, slot: int):
        super().__init__(seed)
        self.slot, self.calls = slot, 0

    def choice(self, seq):
        self.calls += 1
        return seq[(self.slot + self.calls - 1) % len(seq)]

    def random(self) -> float:
        self.calls += 1
        return (0.25 + 0.5 * self.slot + 0.3 * (self.calls - 1)) % 1.0


@dataclass
class Injection:
    text: str
    item_index: int | None
    description: str
    marker: str  # wording that must be found in the target item (or in `section`) after re-parsing
    section: str | None = None  # for document-level defects: the section that must hold the marker
    absent: str | None = None  # text that must be gone from the document (deletions)
    n_items: int | None = None  # number of 主文 items the new document must have
    check: Callable | None = field(default=None, repr=False)  # extra test on the re-parsed document


class Edits:
    """Replacements at spans of one text, applied together (spans refer to the original text)."""

    def __init__(self, text: str):
        self.text = text
        self.ops: list[tuple[int, int, str]] = []

    def replace(self, start: int, end: int, new: str) -> None:
        assert 0 <= start <= end <= len(self.text), (start, end)
        self.ops.append((start, end, new))

    def insert(self, pos: int, new: str) -> None:
        self.replace(pos, pos, new)

    def apply(self) -> str:
        ops = sorted(self.ops, key=lambda o: (o[0], o[1]))
        for a, b in itertools.pairwise(ops):
            assert a[1] <= b[0] and not (a[0] == a[1] == b[0] == b[1]), f"overlapping edits {a} {b}"
        out, pos = [], 0
        for s, e, new in ops:
            out.append(self.text[pos:s])
            out.append(new)
            pos = e
        out.append(self.text[pos:])
        return "".join(out)


def context(text: str, start: int, end: int, width: int = 6) -> str:
    """The new text around an edit: what a re-parsed item must contain."""
    return text[max(0, start - width):end + width]


# ----------------------------------------------------------------------------------------------- 主文 numbering

CN_DIGITS = "零一二三四五六七八九"
NUM_RE = re.compile(r"^([一二三四五六七八九十]+)([、．.])")


def cn_num(n: int) -> str:
    if n <= 10:
        return "十" if n == 10 else CN_DIGITS[n]
    if n < 20:
        return "十" + CN_DIGITS[n - 10]
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def item_number(src: Src, index: int) -> re.Match | None:
    return NUM_RE.match(src.item_text(index))


def renumber(src: Src, edits: Edits, new_numbers: dict[int, int]) -> None:
    """Give item i (1-based, old document) the number new_numbers[i]; adds numbers where there were none."""
    for i, n in new_numbers.items():
        s = src.item(i).span[0]
        m = item_number(src, i)
        if m:
            if cn_num(n) != m.group(1):
                edits.replace(s, s + len(m.group(1)), cn_num(n))
        else:
            edits.insert(s, cn_num(n) + "、")


def add_items(src: Src, edits: Edits, after: int, bodies: list[str]) -> list[int]:
    """Insert new 主文 items (text without number) after old item `after`; renumber; return their new indices."""
    n_old = len(src.items)
    it = src.item(after)
    end = it.span[1]
    assert end == len(src.text) or src.text[end] == "\n", "item does not end its line"
    m = item_number(src, after) if n_old else None
    sep = m.group(2) if m else "、"
    tail = src.item_text(after)[-1]
    punct = tail if tail in "。；;" else ""
    k = len(bodies)
    new_numbers = {i: (i if i <= after else i + k) for i in range(1, n_old + 1)}
    renumber(src, edits, new_numbers)
    lines = "".join(f"\n{cn_num(after + j + 1)}{sep}{b.rstrip('。；;')}{punct}" for j, b in enumerate(bodies))
    edits.insert(end, lines)
    return [after + j + 1 for j in range(k)]


def last_award_item(src: Src) -> int:
    """The last item that is not a 驳回 item (new items go after it, before 驳回其他诉讼请求)."""
    idx = [it.index for it in src.items if "驳回" not in it.text]
    return idx[-1] if idx else len(src.items)


# ----------------------------------------------------------------------------------------------- item edits

NOUN_RE = re.compile(r"(借款本金|借款|本金|货款|价款|租金|工程款|欠款|购车款|服务费|劳务费|劳务报酬|赔偿款|医疗费|抚养费|承揽款|"
                     r"预付款|化肥款|手机款|费用|损失|违约金|保证金|押金|保养费|教育费|律师费损失|赔偿款|欠薪|转让债权)$")


def quote(s: str, n: int = 40) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= n else s[:n] + "…"


def item_edit(src: Src, index: int, ops: list[tuple[int, int, str]], edits: Edits | None = None):
    """Apply item-relative ops; returns (new document text, new item text, marker around the first op)."""
    it = src.item(index)
    base = it.span[0]
    assert src.text[it.span[0]:it.span[1]] == it.text
    e = edits or Edits(src.text)
    for s, t, new in ops:
        e.replace(base + s, base + t, new)
    old = src.item_text(index)
    ie = Edits(old)
    for s, t, new in ops:
        ie.replace(s, t, new)
    new_item = ie.apply()
    s0, _t0, n0 = min(ops)
    marker = n0 if len(n0) >= 4 else context(new_item, s0, s0 + len(n0))
    return e.apply(), new_item, marker


def noun_before(text: str, pos: int) -> str | None:
    m = NOUN_RE.search(text[max(0, pos - 6):pos])
    return m.group(1) if m else None


def rel(it, span) -> tuple[int, int]:
    return span[0] - it.span[0], span[1] - it.span[0]
