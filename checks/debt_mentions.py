"""The debts the 主文 names: each principal amount with the debt noun before it (借款 / 货款 / 劳务报酬 …), whether the
mention restates a debt named elsewhere (上述 / 所称 / 确定为) and whether it confirms one (确认…尚欠). Read by CON-05
within the 主文 and against the sums the reasons conclude on."""

from __future__ import annotations

import re

from checks.meaning import party_names
from extractors.money import amounts_in
from zhixing.document import Document
from zhixing.scan import first_char_gate

# a debt noun right before its amount: 借款20000元 / 享有的借款债权为25000元 / 本判项所称违约金为4560元 / 劳务费人民币…
NOUN_BEFORE = re.compile(r"(?P<noun>[\u4e00-\u9fff]{1,12}?(?:款|费|金|资|酬|损失|债权|债务))(?:的)?(?:本金)?(?:数额|金额|总额)?"
                          r"(?P<link>确定为|认定为|为|是|共计|合计|计|按|以[^，。；（）]{0,12}的)?\s*[:：]?\s*$")
_GENERIC = re.compile(r"^(?:该|上述|前述|本|此|各|全部|所有|以上)?(?:款|款项|费用|金额|欠款|债权|债务)$")
_RESTATED = re.compile(r"上述|前述|前款|该|所称|本判项|本项|前项|第[一二三四五六七八九十]+项|所涉|即|所负|所欠")
_CONFIRMS = first_char_gate(re.compile(r"^(?:[一二三四五六七八九十]+、)?确认|享有[^，。；]{0,12}债权|(?:尚|仍|结|还|下|拖|累计|共)欠|欠付"))
SHARE_WORDS = re.compile(r"范围内|为限|限额|以内|部分|其中|%|％|分之|扣除|减去|剩余|余款|已付|已支付|首期|每期|每月|分期|各")


_NOT_NOUN = re.compile(r"的|所称|所涉|确认|享有|尚欠|仍欠|欠|支付|给付|偿还|归还|返还|退还|赔偿|补偿|结清|交纳|缴纳|负担|承担|向|给|"
                       r"原告|被告|上诉人|申请人|第三人")


def debt_noun(raw: str, names: list[str]) -> str | None:
    """借款 from 公司借款 / 享有的借款债权 / 所涉预付款 → 预付款: the words after the last party name, verb or 的, at most
    three characters; None for a bare 该款 / 款项 / 债权, which names no particular debt."""
    for name in names:
        if name and name in raw:
            raw = raw.rsplit(name, 1)[1]
    noun = _NOT_NOUN.split(raw)[-1]
    if noun.startswith("其") and not noun.startswith(("其他", "其余", "其中")):
        noun = noun[1:]  # 尚欠其货款: 其 is the creditor, not part of the debt's name
    if noun.endswith(("债权", "债务")) and len(noun) > 3:
        noun = noun[:-2]
    noun = noun[-3:] if len(noun) > 3 else noun
    return None if _GENERIC.match(noun) or len(noun) < 2 else noun


_CONFIRMING = first_char_gate(re.compile(r"(?:[一二三四五六七八九十]+、)?确认"))


def debt_mentions(doc: Document):
    """(item, amount, noun, restated, confirmed) for each principal amount of the 主文 that follows a debt noun;
    restated: the mention points back at a debt (上述 / 所称 / 本判项 / 为准 / 确定为); confirmed: the item confirms
    the debt (确认…尚欠 / 享有的…债权为). Interest clauses, bases and shares of a debt (范围内 / 扣除 / 每月) are left out."""
    names = party_names(doc)
    for item in doc.operative_items:
        interest = [(c.span[0] - item.span[0], c.span[1] - item.span[0]) for c in item.interest]
        confirmed_item = item.item_type == "confirmation" or bool(_CONFIRMING.match(item.text))
        for a in amounts_in(item.text):
            if a.gloss_of is not None or any(s <= a.span[0] < e for s, e in interest) or \
                    item.text[a.span[1]:a.span[1] + 3].startswith(("为基数", "为本金")):
                continue
            clause_start = max(item.text.rfind(ch, 0, a.span[0]) for ch in "，,。；;：:（(") + 1
            m = NOUN_BEFORE.search(item.text[max(clause_start, a.span[0] - 24):a.span[0]])
            noun = debt_noun(m.group("noun"), names) if m else None
            if noun is None or SHARE_WORDS.search(item.text[clause_start:a.span[1] + 4]):
                continue
            lead = item.text[clause_start:a.span[0]]
            # 尚欠 / 仍欠 / 享有…债权 confirm the debt in their own sentence (…支付货款72,000元。被告仍欠货款58,100元)
            sentence = item.text[max(item.text.rfind(ch, 0, a.span[0]) for ch in "。；;") + 1:a.span[0]]
            confirmed = confirmed_item or bool(_CONFIRMS.search(sentence))
            # 之间的借款按33000元结算: the debt settled at a figure is the debt restated
            restated = bool(_RESTATED.search(lead) or m.group("link") in ("确定为", "认定为") or
                            item.text[a.span[1]:a.span[1] + 3].startswith(("为准", "结算", "计算", "确定")))
            yield item, a, noun, restated, confirmed
