"""Typed results of the field extractors; each carries the exact ``text`` it came from and its ``span``.

Money values are Decimal (serialised as strings), dates are dates. These models are part of the document model
(zhixing.document) and of its JSON Schema.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_serializer

Span = tuple[int, int]


class Field_(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)

    text: str
    span: Span


def _dec(value: Optional[Decimal]) -> Optional[str]:
    return None if value is None else format(Decimal(value).normalize(), "f")


class Amount(Field_):
    value: Decimal = Field(description="in base units of the currency (元 for CNY)")
    currency: str = Field("CNY", description="ISO 4217")
    approximate: bool = False
    capital: bool = Field(False, description="written in 大写 (壹贰叁 …)")
    gloss_of: Optional[int] = Field(None, description="index of the amount this 大写 gloss restates")

    @field_serializer("value")
    def _ser(self, v: Decimal) -> str:
        return _dec(v)


class DateMention(Field_):
    value: Optional[dt.date] = Field(None, description="the date, when year, month and day are all given")
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None


class Instalment(BaseModel):
    model_config = ConfigDict(extra="forbid")
    amount: Optional[Decimal] = None
    date: Optional[dt.date] = None
    day_of_month: Optional[int] = None
    text: str = ""

    @field_serializer("amount")
    def _ser(self, v: Optional[Decimal]) -> Optional[str]:
        return _dec(v)


class Deadline(Field_):
    days: Optional[int] = Field(None, description="day count; 立即 is 0; None for a fixed date or a count of months")
    months: Optional[int] = Field(None, description="month count (生效之日起三个月内); None when counted in days")
    anchor: Optional[Literal["effective", "service", "fixed_date"]] = None
    date: Optional[dt.date] = None
    instalments: Optional[list[Instalment]] = None


class Interest(Field_):
    base: Optional[Decimal] = None
    base_text: Optional[str] = None
    annual_rate_pct: Optional[Decimal] = Field(None, description="None where LPR-based or not convertible")
    rate_text: Optional[str] = None
    lpr_multiple: Optional[Decimal] = None
    start: Optional[dt.date] = None
    end_kind: Optional[Literal["until_paid", "until_due", "date"]] = None
    end: Optional[dt.date] = None
    cap: Optional[str] = None

    @field_serializer("base", "annual_rate_pct", "lpr_multiple")
    def _ser(self, v: Optional[Decimal]) -> Optional[str]:
        return _dec(v)


class Obligation(Field_):
    action: str = Field(description="pay, return, deliver, transfer_title, assist_transfer, vacate, continue_performance, "
                                    "stop_infringement, remove_obstruction, restore, apologise, visitation, other")
    obligors: list[str] = Field(default_factory=list)
    obligees: list[str] = Field(default_factory=list)
    object: str = ""
    liability: Optional[Literal["sole", "joint", "several", "supplementary"]] = None
    condition: Optional[str] = None


class Agent(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    firm: Optional[str] = None


class FeeShare(BaseModel):
    model_config = ConfigDict(extra="forbid")
    party: str
    amount: Optional[Decimal] = None
    group: Optional[str] = Field(None, description="the parties that bear one amount together, as written")
    group_amount: Optional[Decimal] = Field(None, description="the amount the group bears together")

    @field_serializer("amount", "group_amount")
    def _ser(self, v: Optional[Decimal]) -> Optional[str]:
        return _dec(v)


class OtherFee(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: str
    amount: Decimal

    @field_serializer("amount")
    def _ser(self, v: Decimal) -> str:
        return _dec(v)


class Claims(Field_):
    """The claims as asked (诉讼请求 before 事实和理由), with every amount they name."""
    amounts: list[Amount] = Field(default_factory=list, description="every money amount of the claims, in order")


class Costs(Field_):
    acceptance_fee: Optional[Decimal] = Field(None, description="案件受理费 before halving")
    halved: bool = False
    charged: Optional[Decimal] = None
    other_fees: list[OtherFee] = Field(default_factory=list)
    bearers: list[FeeShare] = Field(default_factory=list)
    refund: Optional[str] = None

    @field_serializer("acceptance_fee", "charged")
    def _ser(self, v: Optional[Decimal]) -> Optional[str]:
        return _dec(v)


class Statistic(Field_):
    metric: str
    value: Decimal
    unit: str
    period: Optional[str] = None
    comparison: Optional[str] = None
    approximate: bool = False

    @field_serializer("value")
    def _ser(self, v: Decimal) -> str:
        return _dec(v)


class Person(Field_):
    name: str
    title: Optional[str] = None
    organization: Optional[str] = None


class NameMention(Field_):
    label: Literal["PER", "ORG"]
    source: Literal["model"] = "model"


class CourtMention(Field_):
    name: str


class Event(Field_):
    name: str = Field(description="what happened, as written (召开新闻发布会 …)")
    date_text: Optional[str] = Field(None, description="the date the sentence gives for it, as written")


class CaseMention(Field_):
    name: str = Field(description="a case the release lists: 案例一, 指导性案例251号, X诉Y…案")
