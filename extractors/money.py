"""Money amounts: Arabic (12,500.50 / １２，５００ / 1.2万), 小写 (八万二千, 两万), 大写 (壹拾贰万伍仟元整, with 角 / 分),
mixtures (1万2千元, 123元1角1分), currencies (人民币, ¥, RMB, 美元, 欧元, 港币 … → ISO 4217), approximate amounts (约, 余,
多, 左右), and 大写 glosses paired with the figure they restate.

An amount needs a currency: a unit (元 / 圆 / 块 / 美元 …) after the number or a currency word or sign before it. So
李四人民币… (a name, then a currency word), 100个人 (a head count) and 年利率14.6％ (a rate) are not amounts.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.money_context import context_amounts
from extractors.numerals import CAPITAL_CHARS, parse_number
from zhixing.fields import Amount
from zhixing.memo import per_document

_NUM = r"[0-9０-９零〇○一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億点點.．,，]"
# suffix currencies (longest first); 元 alone is CNY
_SUFFIX_CURRENCIES = [
    ("新台币", "TWD"), ("新加坡元", "SGD"), ("瑞士法郎", "CHF"), ("美元", "USD"), ("美金", "USD"), ("欧元", "EUR"),
    ("港元", "HKD"), ("港币", "HKD"), ("日元", "JPY"), ("英镑", "GBP"), ("澳元", "AUD"), ("澳门元", "MOP"),
    ("加元", "CAD"), ("韩元", "KRW"), ("卢布", "RUB"), ("人民币元", "CNY"), ("人民币", "CNY"),
]
_PREFIX_CURRENCIES = [
    ("人民币", "CNY"), ("¥", "CNY"), ("￥", "CNY"), ("RMB", "CNY"), ("CNY", "CNY"), ("美元", "USD"), ("USD", "USD"),
    ("US$", "USD"), ("$", "USD"), ("港币", "HKD"), ("港元", "HKD"), ("HKD", "HKD"), ("HK$", "HKD"), ("欧元", "EUR"),
    ("EUR", "EUR"), ("€", "EUR"), ("日元", "JPY"), ("JPY", "JPY"), ("英镑", "GBP"), ("GBP", "GBP"), ("£", "GBP"),
]
_SUFFIX_CODES, _PREFIX_CODES = dict(_SUFFIX_CURRENCIES), dict(_PREFIX_CURRENCIES)  # made once, not per amount
_PREFIX = "|".join(re.escape(p) for p, _ in sorted(_PREFIX_CURRENCIES, key=lambda x: -len(x[0])))
_SUFFIX = "|".join(re.escape(p) for p, _ in _SUFFIX_CURRENCIES)
# the characters an amount can start with (an approximation, a bracket, a currency, a sign or the figure): a lookahead
# on them lets the scan skip other characters at once instead of trying every optional part at each of them
_PREFIX_FIRST = "".join(sorted({re.escape(p[0]) for p, _ in _PREFIX_CURRENCIES}))
_AMOUNT = re.compile(
    rf"(?=[约大共近（(\-－−负{_PREFIX_FIRST}]|{_NUM})"
    rf"(?P<approx_pre>约|大约|共约|近)?"
    # a currency before the figure, bare or bracketed: 人民币 / 外币（港币）1169378.84元
    rf"(?:(?:[（(](?P<bprefix>{_PREFIX})[）)]|(?P<prefix>{_PREFIX}))\s*[:：]?\s*)?"
    rf"(?P<sign>[-－−负](?=[0-9０-９]))?"
    rf"(?P<num>{_NUM}+?)"
    # 50多万元 / 贰拾余万元: the approximation sits before the scale word, which still multiplies
    rf"(?P<approx_mid>余|多|来)?(?P<scale>(?<=[余多来])[万亿]+)?"
    rf"(?:(?P<unit>元|圆|圓|块(?:钱)?)(?P<jiao>[0-9０-９零一二两三四五六七八九壹贰叁肆伍陆柒捌玖]角)?"
    rf"(?P<fen>[0-9０-９零一二两三四五六七八九壹贰叁肆伍陆柒捌玖]分)?(?P<zheng>整|正)?(?P<currency_after>{_SUFFIX})?"
    rf"|(?P<suffix>{_SUFFIX})(?!元))"
    rf"(?P<approx_post>左右|上下|以上|多)?")
_INDEFINITE = set("几数干上好")  # 几千 / 数万 / 若干 / 上百 / 好几千
# 余额为负44.50元: 负 is a sign only where a value is stated (after 为 / 是 / a colon / 额 / punctuation)
_NEGATIVE_LEAD = set("为是:：额，,（( ") | {""}
# ￥(800000.00): a figure in brackets after the sign
_PREFIX_ONLY = re.compile(rf"(?=[约大{_PREFIX_FIRST}])(?P<approx_pre>约|大约)?(?P<prefix>{_PREFIX})\s*[:：]?\s*"
                          rf"(?P<open>[（(])?"
                          rf"(?P<num>[0-9０-９.．,，]+(?:[万亿]+)?)(?(open)[）)])(?![0-9０-９元圆万亿])")
# characters that may stand right before a bare Chinese-numeral amount; anything else (张三元: a name) rejects it
_LEAD_OK = set("付偿还赔计共为额金款费币和及与、，,：:（(至到约近余每欠借贷欠给补退收缴交按以的达有价值合")
_NO_FIGURE = frozenset(",，.．点點万亿")  # separators, points and scale words: no figure by themselves
_LOST_SEPARATOR = re.compile(r"(?<=[0-9])[?？](?=[0-9]{3}(?![0-9]))")
# （大写：…） / （即大写金额…） / （以大写金额…为准）: a bracket that restates the figure before it
_GLOSS = re.compile(r"^\s*[（(]\s*(?:即|以|按)?\s*(大写|小写)?(?:金额|数额)?\s*(?:为|是)?\s*[:：]?\s*(?:人民币)?\s*$")


def _currency(code_word: str | None, table: dict[str, str]) -> str | None:
    if not code_word:
        return None
    return table[code_word]


def _fraction(part: str | None, scale: str) -> Decimal:
    if not part:
        return Decimal(0)
    value = parse_number(part[:-1])
    return (value or Decimal(0)) * Decimal(scale)


def find_amounts(text: str) -> list[Amount]:
    """Every money amount in ``text``, in order; a 大写 gloss (（大写：壹万元整）) points at the figure it restates."""
    found: list[Amount] = []
    taken: list[tuple[int, int]] = []
    original = text
    if "?" in text or "？" in text:  # 17?000元: a thousands separator lost to the encoding; one character for one
        text = _LOST_SEPARATOR.sub(",", text)
    for m in _AMOUNT.finditer(text):
        amount = _from_match(text, m)
        if amount:
            found.append(amount)
            taken.append(amount.span)
    for m in _PREFIX_ONLY.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        value = parse_number(m.group("num"))
        if value is None or value == 0:
            continue
        found.append(Amount(text=m.group(0), span=m.span(), value=value,
                            currency=_currency(m.group("prefix"), _PREFIX_CODES) or "CNY",
                            approximate=bool(m.group("approx_pre"))))
    found += context_amounts(text, found)
    if text is not original:
        for amount in found:
            amount.text = original[amount.span[0]:amount.span[1]]
    found.sort(key=lambda a: a.span[0])
    _pair_glosses(text, found)
    return found


@per_document()
def amounts_in(text: str) -> tuple[Amount, ...]:
    """find_amounts, remembered per text, for readers that never change the results (the checks read the same
    claims, reasoning and costs sentences many times per document). Do not mutate what it returns."""
    return tuple(find_amounts(text))


def _from_match(text: str, m: re.Match) -> Amount | None:
    num_start = m.start("num")
    num = m.group("num")
    if num[0] in ",，":  # a list separator the lazy match took along: …50多万元，25万余元
        if m.group("prefix") or m.group("bprefix") or m.group("sign"):
            return None
        skip = len(num) - len(num.lstrip(",，"))
        num, num_start = num[skip:], num_start + skip
    if set(num) & CAPITAL_CHARS:
        # a 大写 figure never mixes with digits or 小写 numerals: 老二壹仟伍佰元 / 郭x1贰万陆仟元 — the lead belongs
        # to the name before it
        lead = len(num) - len(num.lstrip("0123456789０１２３４５６７８９一二三四五六七八九两十百千.．,，"))
        num, num_start = num[lead:], num_start + lead
    num = num.strip(",，.．点")
    if not num or _NO_FIGURE.issuperset(num):
        return None  # 万元 alone is no figure
    if text[num_start] in "点點.．,，":
        return None
    prefix = m.group("prefix") or m.group("bprefix")
    before_num = text[num_start - 1] if num_start > 0 else ""
    if not prefix and before_num in "xX" and num_start >= 3 and text[num_start - 2] in "xX" \
            and "\u4e00" <= text[num_start - 3] <= "\u9fff":
        pass  # 王XX4100元: a name masked with XX carries no number, the figure is whole
    elif not prefix and before_num in "xX" and num_start >= 2 and "\u4e00" <= text[num_start - 2] <= "\u9fff":
        # 黄x72000元 / 师x240000元: an anonymised name (surname, x, a number) glued to the figure
        lead = masked_name_digits(text, num_start - 2, num)
        num, num_start = num[lead:], num_start + lead
        if not num[:1].isdigit():
            return None  # 王X3元 / 李x10人民币: the digits are all the name's
    elif not prefix and before_num.isascii() and before_num.isalpha():
        return None  # USD14299 / Rx3元: digits of a code
    if m.group("approx_pre"):
        start = m.start()
    elif prefix:  # a bracketed currency keeps its opening bracket: （港币）1169378.84元
        start = m.start("prefix") if m.group("prefix") else m.start("bprefix") - 1
    else:
        start = m.start("sign") if m.group("sign") else num_start
    chinese_only = not any(c.isdigit() for c in num)
    if chinese_only and not prefix:
        before = text[num_start - 1] if num_start > 0 else ""
        if num[0] in "十百千万亿" and before in _INDEFINITE:
            return None  # 几千元 / 数万元 / 上百元: no figure is written
        # a bare Chinese numeral needs a plausible word before it: 张三元 / 李四人民币 are names
        if before and "\u4e00" <= before <= "\u9fff" and before not in _LEAD_OK and not set(num) & CAPITAL_CHARS \
                and not set(num) & set("十百千万亿"):
            return None  # 张三元: a name; 费用二万元 (with a unit numeral) is money
        if len(num) == 1 and num in "一二三四五六七八九两" and before not in _LEAD_OK:
            return None
    value = parse_number(num + (m.group("scale") or ""))
    if value is None:
        return None
    value += _fraction(m.group("jiao"), "0.1") + _fraction(m.group("fen"), "0.01")
    if value == 0 and not m.group("jiao") and not m.group("fen") and not (prefix and num.strip("0.．") == ""):
        return None  # 零元 in running text is no amount; 人民币0元 (a stated nil balance) is
    sign_before = text[m.start("sign") - 1] if m.group("sign") and m.start("sign") > 0 else ""
    if m.group("sign") and (sign_before.isdigit() or sign_before in "元万千百）)" or
                            m.group("sign") == "负" and sign_before not in _NEGATIVE_LEAD):
        start = num_start  # 2,500-2,600元 / (6854元-2475元): a range or a subtraction, not a negative amount
    elif m.group("sign"):
        value = -value
    currency = (_currency(m.group("currency_after"), _SUFFIX_CODES) or _currency(m.group("suffix"), _SUFFIX_CODES)
                or _currency(prefix, _PREFIX_CODES) or "CNY")
    end = m.end()
    approximate = bool(m.group("approx_pre") or m.group("approx_mid") or
                       (m.group("approx_post") in ("左右", "上下", "多")))
    if m.group("approx_post") == "以上":  # 以上 is a bound, not part of the amount
        end = m.start("approx_post")
    return Amount(text=text[start:end], span=(start, end), value=value, currency=currency, approximate=approximate,
                  capital=bool(set(num) & CAPITAL_CHARS))


def masked_name_digits(text: str, surname_at: int, num: str) -> int:
    """How many leading digits of ``num`` belong to the masked name at ``surname_at`` (孙x13 + 11.63万元): the longest
    number the same name carries elsewhere in the text, else one digit (names are numbered from x0)."""
    known = {m.group(1) for m in re.finditer(re.escape(text[surname_at]) + r"[xX]([0-9]{1,2})(?![0-9０-９.．,，万元])", text)}
    best = max((d for d in known if num.startswith(d) and len(num) > len(d)), key=len, default="")
    return len(best) or 1


_GLOSS_SENTENCE = re.compile(r"(?:大写|小写)(?:金额)?\s*(?:为|是|：|:)\s*(?:人民币)?\s*$")


def _arabic(amount: Amount) -> bool:
    return any(c.isdigit() for c in amount.text)


def _pair_glosses(text: str, amounts: list[Amount]) -> None:
    """Mark an amount that restates the one before it as its gloss: （大写：…）, 二万元（20000元）, or a later
    "前述款项大写为……" (the nearest earlier figure in the other script)."""
    for i in range(1, len(amounts)):
        prev, cur = amounts[i - 1], amounts[i]
        between = text[prev.span[1]:cur.span[0]]
        if _GLOSS.match(between) and (cur.capital or prev.capital or "写" in between or _arabic(cur) != _arabic(prev)):
            cur.gloss_of = i - 1
        elif _GLOSS_SENTENCE.search(text[max(0, cur.span[0] - 12):cur.span[0]]) and len(between) <= 40:
            cur.gloss_of = i - 1
