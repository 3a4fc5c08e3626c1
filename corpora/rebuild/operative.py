"""The decision: the legal-basis line, the 主文 items and the 迟延履行 sentence."""

from __future__ import annotations

import datetime as dt
import random
import re

from .builder import Builder
from .legal_basis import legal_basis_text
from .record import Case

CN_NUM_LIST = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
PAY_VERBS = "支付|偿还|归还|给付|赔偿|返还|退还|偿付|付清"


def write_legal_basis(b: Builder, case: Case, rng: random.Random) -> bool:
    """-> whether the legal basis was appended to the last reasoning paragraph."""
    laws = case.laws
    basis = legal_basis_text(laws, rng) if laws else "依照《中华人民共和国民事诉讼法》第一百五十五条之规定，判决如下："
    inline_basis = rng.random() < 0.3
    b.add("legal_basis", basis, same_line=inline_basis)
    return inline_basis


def write_operative(b: Builder, case: Case, rng: random.Random) -> list[tuple[str, str]]:
    """-> the 主文 items as (number as written, full text)."""
    items = case.items
    numbered_in_source = all(re.match(r"^[一二三四五六七八九十]+、", x) for x in items)
    op_items = []
    if len(items) > 1 and not numbered_in_source:
        op_items = [(CN_NUM_LIST[k] + "、", CN_NUM_LIST[k] + "、" + x) for k, x in enumerate(items)]
    elif numbered_in_source:
        op_items = [(re.match(r"^[一二三四五六七八九十]+、", x).group(0), x) for x in items]
        case.notes.append("主文 items already numbered in the source; numbers kept")
    else:
        op_items = [("", items[0])]
    inline_op = len(op_items) == 1 and rng.random() < 0.15
    for k, (_num, text) in enumerate(op_items):
        b.add("operative", text, same_line=(k == 0 and inline_op))
    return op_items


def write_delay_interest(b: Builder, case: Case, rng: random.Random) -> tuple[bool, str]:
    """The 迟延履行 sentence, only where an item orders a money payment. -> (written, the article it cites)."""
    pays = any(re.search(rf"({PAY_VERBS})[^。；]*?\d[\d,，.]*(万)?元", x) and not x.startswith(("驳回", "确认"))
               for x in case.items)
    article = "第二百六十四条" if case.judgment_date >= dt.date(2024, 1, 1) else "第二百六十条"
    if pays:
        ru = rng.choices(["如果", "如"], weights=[75, 25])[0]
        qi = rng.choices(["期间", "期限"], weights=[80, 20])[0]
        jin = rng.choices(["给付金钱义务", "给付金钱的义务"], weights=[85, 15])[0]
        b.add("delay_interest", f"{ru}未按本判决指定的{qi}履行{jin}，应当依照《中华人民共和国民事诉讼法》"
                                f"{article}之规定，加倍支付迟延履行期间的债务利息。")
    return pays, article
