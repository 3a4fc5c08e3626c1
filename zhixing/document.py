"""The one typed document model that every stage reads and extends.

Readers fill ``source``, ``raw_text`` and ``furniture``; normalisation fills ``text`` and ``offset_map``; the structure
parser fills ``doc_type``, the header fields, ``sections``, ``parties`` and ``operative_items`` (or ``press``); the
checks fill ``flags``. Every span is ``[start, end)`` in ``text``; ``offset_map`` carries it back to ``raw_text``.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from zhixing.fields import Agent, Amount, CaseMention, CourtMention, DateMention, Event, Claims, Costs, Deadline, Interest, NameMention, Obligation, Person, Statistic
from zhixing.offsets import OffsetMap

# 1.x only adds fields; a change of meaning of an existing field gets 2.0
SCHEMA_VERSION = "1.4"

Span = tuple[int, int]


class DocFormat(str, Enum):
    txt = "txt"
    docx = "docx"
    html = "html"
    pdf = "pdf"


class DocType(str, Enum):
    judgment = "judgment"          # 判决书
    ruling = "ruling"              # 裁定书
    mediation = "mediation"        # 调解书
    decision = "decision"          # 决定书
    press_release = "press_release"
    other = "other"


class Status(str, Enum):
    ok = "ok"
    needs_ocr = "needs_ocr"        # no text layer, or a text layer of (cid:N) / U+FFFD garbage
    failed = "failed"              # could not be read at all; ``error`` says why


class Instance(str, Enum):
    first = "first"
    second = "second"
    retrial = "retrial"
    enforcement = "enforcement"
    other = "other"


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class Problem(Model):
    """An error or a warning, with a stable code from ``zhixing.errors``."""

    code: str
    message: str
    stage: str = ""


class Source(Model):
    path: str = Field(description="the path as given on the command line, or '-' for standard input")
    sha256: str = Field(description="sha256 of the file's bytes")
    format: Optional[DocFormat] = None
    encoding: Optional[str] = Field(None, description="the text encoding used to decode the file, where there was one")
    pages: Optional[int] = None
    size_bytes: int = 0


class Furniture(Model):
    """Raw text that is not document content: page headers, footers, page numbers, repeated scraped blocks."""

    kind: Literal["page_header", "page_footer", "page_number", "repeated_block", "boilerplate"]
    raw_span: Span
    page: Optional[int] = None


class Section(Model):
    name: str
    span: Span


class OperativeItem(Model):
    index: int = Field(description="1-based position among its siblings, in document order")
    number: str = Field("", description="the numeral as written: 一、 / （一） / 1. or empty")
    text: str
    span: Span
    sub_items: list["OperativeItem"] = Field(default_factory=list)
    item_type: Optional[Literal["payment", "confirmation", "formation", "dismissal", "procedural", "costs"]] = None
    amounts: list[Amount] = Field(default_factory=list, description="every money amount in the item, in order")
    deadline: Optional[Deadline] = None
    interest: list[Interest] = Field(default_factory=list)
    obligations: list[Obligation] = Field(default_factory=list)


class Party(Model):
    name: str
    role: str = Field(description="plaintiff, defendant, third_party, appellant, appellee, applicant, respondent, "
                                  "enforcement_applicant, enforcement_respondent or other")
    role_text: str = Field(description="the role as written, e.g. 上诉人（原审被告）")
    span: Span = Field(description="span of the name")
    kind: Optional[Literal["person", "organisation"]] = None
    representative: Optional[str] = Field(None, description="法定代表人 / 负责人 / 经营者")
    agents: list[Agent] = Field(default_factory=list, description="委托诉讼代理人 with firm")
    address: Optional[str] = Field(None, description="住所地 / 住址 as written")
    birth_date: Optional[dt.date] = None
    credit_code: Optional[str] = Field(None, description="统一社会信用代码")
    aliases: list[str] = Field(default_factory=list, description="以下简称 …")


class SignatureMember(Model):
    role: str = Field(description="as written: 审判长, 审判员, 人民陪审员, 法官助理, 书记员 …")
    name: str
    span: Span


class Signature(Model):
    members: list[SignatureMember] = Field(default_factory=list)
    date_text: Optional[str] = None
    date_span: Optional[Span] = None


class QAPair(Model):
    question: Span
    answer: Optional[Span] = None


class PressStructure(Model):
    title: Optional[str] = None
    title_span: Optional[Span] = None
    date: Optional[dt.date] = None
    paragraphs: list[Span] = Field(default_factory=list)
    qa: list[QAPair] = Field(default_factory=list)
    courts: list[CourtMention] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    cases: list[CaseMention] = Field(default_factory=list, description="the typical / guiding cases a release lists")


class Flag(Model):
    """A finding of a check on the 主文 (filled by the checks; empty until then)."""

    code: str
    category: Literal["unclear", "non_executable", "contradiction", "calculation", "citation"]
    severity: Literal["error", "warning", "info"]
    item_index: Optional[int] = None
    evidence: list[Span] = Field(default_factory=list)
    message: str
    basis: str = ""
    suggestion: Optional[str] = None
    confidence: float = 1.0


class Document(Model):
    schema_version: Literal["1.4"] = SCHEMA_VERSION
    extractor_version: str = ""
    source: Source
    status: Status = Status.ok
    error: Optional[Problem] = Field(None, description="why the document could not be read, when status is not ok")
    warnings: list[Problem] = Field(default_factory=list)
    doc_type: DocType = DocType.other
    title: Optional[str] = None
    court: Optional[str] = None
    case_number: Optional[str] = Field(None, description="案号 as written, e.g. （2023）浙0203民初8954号")
    cause: Optional[str] = Field(None, description="案由 as the procedural history names it, e.g. 民间借贷纠纷")
    date: Optional[dt.date] = Field(None, description="the date of the document (signature date of a judgment)")
    instance: Optional[Instance] = None
    parties: list[Party] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list, description="sections a reader would expect but not found")
    operative_items: list[OperativeItem] = Field(default_factory=list)
    signature: Optional[Signature] = None
    press: Optional[PressStructure] = None
    claims: Optional[Claims] = Field(None, description="诉讼请求 / 上诉请求 as asked (before 事实和理由), with their amounts")
    costs: Optional[Costs] = None
    statistics: list[Statistic] = Field(default_factory=list, description="press releases: figures stated as facts")
    people: list[Person] = Field(default_factory=list, description="press releases: named people with their titles")
    names: list[NameMention] = Field(default_factory=list,
                                     description="person / organisation names the learned model finds in free text "
                                                 "(only with the optional 'names' stage, e.g. zhixing extract --ner)")
    flags: list[Flag] = Field(default_factory=list)
    text: str = ""
    raw_text: str = ""
    offset_map: list[tuple[int, int, int]] = Field(
        default_factory=list, description="runs (text_start, raw_start, length) mapping text offsets to raw_text")
    furniture: list[Furniture] = Field(default_factory=list)

    # -- helpers (not part of the JSON) ---------------------------------------------------------------------------
    def span_text(self, span: Span) -> str:
        return self.text[span[0]:span[1]]

    def to_raw_span(self, span: Span) -> Span:
        return OffsetMap(list(self.offset_map)).to_raw_span(span)

    def section(self, name: str) -> Optional[Section]:
        for s in self.sections:  # a plain loop: the checks ask a dozen times per document
            if s.name == name:
                return s
        return None


def document_json_schema() -> dict:
    schema = Document.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://zhixing.local/schema/document-{SCHEMA_VERSION}.json"
    schema["title"] = "zhixing document"
    return schema
