"""Shared pieces: the source documents, text edits at known spans, 主文 numbering, money and fee helpers."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable, Optional

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
    def date(self) -> Optional[dt.date]:
        return self.doc.date

    @property
    def dtype(self) -> str:
        t = self.doc.doc_type
        return getattr(t, "value", t) or ""

    def span(self, name: str) -> Optional[tuple[int, int]]:
        for s in self.doc.sections:
            if s.name == name:
                return tuple(s.span)
        return None

    def section(self, name: str) -> Optional[str]:
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


@dataclass
class Injection:
    text: str
    item_index: Optional[int]
    description: str
    marker: str  # wording that must be found in the target item (or in `section`) after re-parsing
    section: Optional[str] = None  # for document-level defects: the section that must hold the marker
    absent: Optional[str] = None  # text that must be gone from the document (deletions)
    n_items: Optional[int] = None  # number of 主文 items the new document must have
    check: Optional[Callable] = field(default=None, repr=False)  # extra test on the re-parsed document


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
        for a, b in zip(ops, ops[1:]):
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


def item_number(src: Src, index: int) -> Optional[re.Match]:
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


# ----------------------------------------------------------------------------------------------- money

AMOUNT_RE = re.compile(r"(\d[\d,，]*(?:\.\d+)?)(万)?元")


def amount_value(text: str) -> Decimal:
    m = AMOUNT_RE.search(text)
    v = Decimal(m.group(1).replace(",", "").replace("，", ""))
    return v * 10000 if m.group(2) else v


def claim_amounts(text: str) -> list[Decimal]:
    return [amount_value(m.group(0)) for m in AMOUNT_RE.finditer(text)]


def fmt_like(value: Decimal, like: str) -> str:
    """Format value as the figure in `like` is written (thousands commas, decimals)."""
    digits = AMOUNT_RE.search(like).group(1) if AMOUNT_RE.search(like) else like
    dec = len(digits.split(".")[1]) if "." in digits else 0
    if dec == 0 and value != value.to_integral_value():
        dec = 1 if (value * 10) == (value * 10).to_integral_value() else 2
    q = Decimal(1).scaleb(-dec)
    v = value.quantize(q, rounding=ROUND_HALF_UP)
    s = f"{v:,.{dec}f}" if "," in digits else f"{v:.{dec}f}"
    return s


CAP = "零壹贰叁肆伍陆柒捌玖"


def _four(n: int) -> str:
    s, zero, started = "", False, False
    for d, u in zip(f"{n:04d}", ("仟", "佰", "拾", "")):
        d = int(d)
        if d == 0:
            zero = zero or started
            continue
        if zero:
            s += "零"
            zero = False
        s += CAP[d] + u
        started = True
    return s


def capital(value: Decimal) -> str:
    """The 大写 form of an amount in 元, e.g. 30500 -> 叁万零伍佰元整."""
    cents = int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    yuan, c = divmod(cents, 100)
    s, gap = "", False
    for g, unit in (((yuan // 10 ** 8) % 10 ** 4, "亿"), ((yuan // 10 ** 4) % 10 ** 4, "万"), (yuan % 10 ** 4, "")):
        if g == 0:
            gap = gap or bool(s)
            continue
        if s and (gap or g < 1000):
            s += "零"
        s += _four(g) + unit
        gap = False
    s = s + "元" if s else ("" if c else "零元")
    jiao, fen = divmod(c, 10)
    if c == 0:
        return s + "整"
    if jiao:
        s += CAP[jiao] + "角"
    elif yuan:
        s += "零"
    return s + (CAP[fen] + "分" if fen else "整")


BRACKETS = [(10_000, None), (100_000, "0.025"), (200_000, "0.02"), (500_000, "0.015"), (1_000_000, "0.01"),
            (2_000_000, "0.009"), (5_000_000, "0.008"), (10_000_000, "0.007"), (20_000_000, "0.006"),
            (None, "0.005")]


def acceptance_fee(x: Decimal) -> Decimal:
    """案件受理费 of a property case (诉讼费用交纳办法 第十三条第一项), cumulative slices, not rounded."""
    fee, low = Decimal(50), Decimal(10_000)
    if x <= low:
        return fee
    for top, rate in BRACKETS[1:]:
        hi = Decimal(top) if top else x
        part = min(x, hi) - low
        if part <= 0:
            break
        fee += part * Decimal(rate)
        low = hi
    return fee


def to_yuan(v: Decimal) -> Decimal:
    return v.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()


def add_months(d: dt.date, n: int) -> tuple[int, int]:
    m = d.month - 1 + n
    return d.year + m // 12, m % 12 + 1
