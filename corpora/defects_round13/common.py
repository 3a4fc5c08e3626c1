"""Round-13 helpers on top of rounds 1–12: the sources read with the project's parser only (structure and fields, never
the checks), round 1's re-parse checks on such a reading, what the earlier rounds used (their records, the wordings their
code can write, round 12's own markers and inserted sentences, their sources per kind) and the few pieces the round-13
structures share (two items merged into one sentence, the next payment item of the same parties, dates in Chinese
numerals)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from corpora.defects.common import (
    NUM_RE,
    ROOT,
    SOURCE_DIRS,
    Edits,
    Injection,
    Src,
    cn_num,
    quote,
)
from corpora.defects_round3.common import after_wordings, month_end
from corpora.defects_round4 import common as c4
from corpora.defects_round11.common import cn_ymd
from corpora.defects_round12 import common as c12

ROUND12 = ROOT / "corpora" / "defects_round12"

# ----------------------------------------------------------------------------------------------- reading the sources


def parse_file(path: Path):
    """A document read as the project's pipeline reads it (format, normalisation, structure, fields) without its checks
    stage: the generator never runs the checks and never looks at flags."""
    from extractors.fields_stage import extract_fields
    from extractors.formats import load_bytes, read_bytes
    from extractors.normalize import normalise
    from extractors.structure import parse_structure
    from zhixing import EXTRACTOR_VERSION
    from zhixing.document import Document, Source
    from zhixing.memo import new_document

    new_document()
    raw = read_bytes(load_bytes(path), path.suffix)
    doc = Document(source=Source(path=str(path), sha256=""), extractor_version=EXTRACTOR_VERSION, raw_text=raw.text)
    norm = normalise(raw.text, raw.furniture, raw.soft_breaks)
    doc.text, doc.offset_map, doc.furniture = norm.text, norm.offset_map.runs, norm.furniture
    return extract_fields(parse_structure(doc))


def load_sources() -> list[Src]:
    """The sources of corpora/judgments and corpora/rebuilt, read by parse_file."""
    return [Src(id=p.stem, path=f"{d}/{p.name}", doc=parse_file(p))
            for d in SOURCE_DIRS for p in sorted((ROOT / d).glob("*.txt"))]


def verify(path: Path, src: Src, inj: Injection) -> list[str]:
    """Round 1's re-parse checks (corpora.defects.generate.verify) on a reading by parse_file."""
    from corpora.defects.generate import changed_region

    doc = parse_file(path)
    errs = []
    if getattr(doc.doc_type, "value", doc.doc_type) != src.dtype:
        errs.append(f"doc_type {doc.doc_type} != {src.dtype}")
    if doc.date != src.date:
        errs.append(f"date {doc.date} != {src.date}")
    want = inj.n_items if inj.n_items is not None else len(src.items)
    if len(doc.operative_items) != want:
        errs.append(f"{len(doc.operative_items)} items, expected {want}")
    if inj.item_index is not None:
        if not 1 <= inj.item_index <= len(doc.operative_items):
            errs.append(f"item {inj.item_index} missing")
        elif inj.marker not in doc.operative_items[inj.item_index - 1].text:
            errs.append(f"marker {inj.marker!r} not in item {inj.item_index}: "
                        f"{doc.operative_items[inj.item_index - 1].text!r}")
    elif inj.section:
        sec = doc.section(inj.section)
        if not sec or inj.marker not in doc.text[sec.span[0]:sec.span[1]]:
            errs.append(f"marker {inj.marker!r} not in section {inj.section}")
    if inj.absent and inj.absent in doc.text:
        errs.append("deleted text still present")
    if inj.check and not inj.check(doc):
        errs.append("extra check failed")
    head, sig = src.span("header"), src.span("signature")
    a, b = changed_region(src.text, inj.text)
    if head and a < head[1] or sig and b > sig[0]:
        errs.append(f"edit touches header or signature ({a}, {b})")
    return errs


# ----------------------------------------------------------------------------------------------- rounds 1–12

def round12_records() -> list[dict]:
    recs = c4._records(ROUND12 / "expected.jsonl")
    assert recs, f"round 12 has no expected.jsonl at {ROUND12}"
    return recs


def prior_records() -> list[dict]:
    """The records of rounds 1–12 (their expected.jsonl)."""
    return c12.prior_records() + round12_records()


def prior_sources_by_code() -> dict[str, set[str]]:
    """code → the sources rounds 1–12 injected that kind into."""
    out: dict[str, set[str]] = {}
    for r in prior_records():
        out.setdefault(r["code"], set()).add(r["source"])
    return out


def round12_code_wordings() -> dict[str, list[str]]:
    """The alternatives round 12's code can write (its constants and the fixed parts of its templates)."""
    from corpora.defects_round12 import cite as ci12
    from corpora.defects_round12 import deadlines as d12
    from corpora.defects_round12 import execution as x12
    from corpora.defects_round12 import unclear as u12

    events = sorted({e for _, opts in d12.EVENTS for e in opts} | set(d12.DEFAULT))
    papers = ["借条", "租赁合同", "买卖合同", "服务协议", "合同"]
    acts = [a for _, a in x12.ACTS] + ["履行"]
    left = [t for _, t in x12.LEFT]
    return {
        "UNC-01": ["的给付义务", "在其实际收取的"],
        "UNC-02": ["，并按季支付利息", *(f"，利息按{p}第四条的约定计付" for p in papers)],
        "UNC-03": ["（按送货单载明的单价乘以实际收货数量计算）", "按同期银行存款利率"],
        "UNC-04": ["按季利率4.4%", "按日利率0.048%计收", "为基数按季利率4.4%支付利息至实际清偿之日止"],
        "UNC-10": [r for _, r in u12.RELATION] + ["亦应向原告"],
        "UNC-11": [],
        "UNC-20": ["判令被告", "，不得不予"],
        "UNC-21": [*events, *(f"自{e}之日起十五日内" for e in events), *(f"于{e}的次月底前" for e in events)],
        "CAL-03": ["月起于每月月底前支付", "元，连续支付"],
        "CON-01": ["上述款项小写金额为", "，计人民币"],
        "CON-02": [],
        "CON-03": ["故利息应自", "此后不再计付。"],
        "CON-04": ["五年期以上贷款市场报价利率", "，并对逾期未付的利息按同一标准计收复利"],
        "CON-05": ["综上，被告"],
        "CAL-01": ["按50元加诉讼标的额的2.5%计算为", "诉讼费用：案件受理费｜"],
        "CAL-02": ["（已减半）", "；减半收取｜"],
        "CAL-04": ["由双方按下表负担：负担人｜金额；原告", "自行负担"],
        "CIT-01": [ci12.INTEREST_2014, "《中华人民共和国民事诉讼法》（2023年9月1日修正）第264条"],
        "CIT-02": ["如未按本判决指定的期间履行给付金钱义务，不免除其继续履行的义务。",
                   "逾期不履行的，本院将依法对其采取限制高消费措施。"],
        "CIT-03": ["判决书送达之次日起十日内", "（遇节假日不顺延）"],
        "CIT-04": [ci12.TRAFFIC_2012, ci12.MENTAL_2001],
        "EXE-01": [f"价值{v}元左右的{t}" for v in (800, 1500, 3000) for t in left] + ["将上述财物交还原告"],
        "EXE-02": ["的宅院腾退交还的义务", "的林地交还的义务", "上述房屋及附属设施", "上述林地及地上林木"],
        "EXE-03": [f"负有按合同约定继续{a}的义务" for a in acts] + ["不得拒绝履行与原告"],
        "EXE-04": ["按本判决附件所列维修项目", "的相关损坏部位予以修复"],
        "EXE-05": ["合法权益的义务", "应即停止相关侵权行为"],
        "EXE-06": ["按本判决附件《探望安排》探望", "不得无故拒绝被告"],
        "EXE-07": ["负有交还", "互为条件"],
        "EXE-08": ["的房屋的合法权利人", "的合法继承人", "，并判令被告向原告交付该存折"],
    }


def round12_markers(sources: list[Src]) -> dict[str, list[str]]:
    """code → the markers (and inserted sentences) of round 12's documents, rebuilt in memory with round 12's own code and
    seed; the rebuilt descriptions must equal round 12's committed expected.jsonl."""
    from corpora.defects.generate import ORDER
    from corpora.defects_round12 import generate as g12

    reg, known, by_code, usage = g12.registry(), c4.known_defects(), c12.prior_sources_by_code(), Counter()
    picked = [(code, inj) for code in ORDER
              for _src, inj in g12.pick(code, reg[code][2], sources, usage, by_code.get(code, set()), known)]
    assert [inj.description for _, inj in picked] == [r["description"] for r in round12_records()], \
        "round 12 no longer rebuilds as committed"
    out: dict[str, list[str]] = {}
    for code, inj in picked:
        out.setdefault(code, []).extend(w for w in (getattr(inj, "wordings", None) or [inj.marker]) if w)
    return out


def prior_wordings(sources: list[Src]) -> dict[str, list[str]]:
    """code → every wording rounds 1–12 wrote or could write for it: round 12's table of rounds 1–11, the quoted "after"
    wordings of round 12's records, round 12's markers and the alternatives round 12's code can write."""
    out = c12.prior_wordings(sources)
    for r in round12_records():
        out.setdefault(r["code"], []).extend(after_wordings(r["description"]))
    for table in (round12_markers(sources), round12_code_wordings()):
        for code, ws in table.items():
            out.setdefault(code, []).extend(w for w in ws if w)
    return out


# ----------------------------------------------------------------------------------------------- round-13 pieces

def cn_date(d: dt.date) -> str:
    """A date in Chinese numerals: 2023-11-20 → 二〇二三年十一月二十日."""
    return cn_ymd((d.year, d.month, d.day))


def merge_next(src: Src, it, new_text: str, desc: str, marker: str, **kw) -> Injection:
    """The injection that writes item `it` and the item after it as one item `new_text` (the caller's sentence, which
    keeps `it`'s number), drops the second item's line and numbers the later items again; a judgment left with one item
    loses the number."""
    nxt = src.item(it.index + 1)
    e = Edits(src.text)
    left = len(src.items) - 1
    body = new_text
    num = NUM_RE.match(body)
    if left == 1 and num:
        body = body[num.end():]
    e.replace(it.span[0], nxt.span[1], body)
    for later in src.items[it.index + 1:]:
        m = NUM_RE.match(later.text)
        if m:
            e.replace(later.span[0], later.span[0] + len(m.group(1)), cn_num(later.index - 1))
    old = f"{quote(it.text, 90)}」 and 「{quote(nxt.text, 90)}"
    return Injection(e.apply(), it.index, f'{desc}: 「{old}」 → "{quote(body, 220)}".', marker, n_items=left, **kw)


def next_pay(src: Src, p):
    """The read payment item right after p's item, with the same obligor and obligee, or None."""
    if p.it.index >= len(src.items):
        return None
    nxt = src.item(p.it.index + 1)
    q = c4.read_pay(src, nxt) if nxt in src.clean_money_items() else None
    return q if q and q.who == p.who and q.to == p.to else None


def month_end_cn(d: dt.date, n: int) -> str:
    """The last day of the n-th month after d, in Chinese numerals."""
    return cn_ymd(month_end(d, n))
