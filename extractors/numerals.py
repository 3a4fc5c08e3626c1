"""Numbers as Chinese documents write them: Arabic with separators, full-width digits, 小写 and 大写 numerals, and
mixtures (1万2千, 3.5万, 一千零五十, 壹拾贰万伍仟, 二点二万亿). Values are Decimal.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0, "洞": 0,
    "一": 1, "壹": 1, "幺": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
ARABIC = "0123456789０１２３４５６７８９"
SEPARATORS = ",，"
DECIMAL_POINTS = ".．点點"
NUMERAL_CHARS = set(DIGITS) | set(SMALL_UNITS) | set(BIG_UNITS) | set(ARABIC) | set(SEPARATORS) | set(DECIMAL_POINTS)
CAPITAL_CHARS = set("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億圆圓")


_FOLD = str.maketrans("０１２３４５６７８９．，", "0123456789.,")  # made once: building it cost more than the folding


def fold_digits(text: str) -> str:
    return text.translate(_FOLD)


def parse_number(text: str) -> Decimal | None:
    """Value of a numeral expression, or None when it is not one.

    Works left to right with a running section below 万 and a total of completed 亿 groups, so that 1亿2000万,
    2.2万亿, 12万5千, 一千零五十, 十五 and 壹拾贰万伍仟 all come out right. A 万 or 亿 directly after another one
    multiplies (万亿 = 10^12).
    """
    s = fold_digits(text.strip())
    if not s:
        return None
    if len(s) <= 20 and _PLAIN.issuperset(s):
        return _plain_numeral(s)
    if _FIGURE.fullmatch(s):  # 14582.03 / 1,000: one run of digits, read as the first step of the loop reads it
        try:
            number = Decimal(s.replace(",", ""))
        except InvalidOperation:
            return None
        return Decimal(0) + (number or 0)
    total = Decimal(0)      # sum of completed 亿 groups
    section = Decimal(0)    # value below the next 亿, already scaled by 万 where 万 was seen
    small = Decimal(0)      # value below the next 万
    number: Decimal | None = None
    last_big = 0
    i = 0
    seen_any = False
    while i < len(s):
        ch = s[i]
        if ch.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "," or (s[j] == "." and j + 1 < len(s) and s[j + 1].isdigit())):
                j += 1
            raw = s[i:j].replace(",", "")
            try:
                number = Decimal(raw)
            except InvalidOperation:
                return None
            seen_any = True
            i = j
            continue
        if ch in DIGITS:
            if i + 1 < len(s) and s[i + 1] in "点點":  # 二点二: a decimal written in Chinese
                j = i + 2
                frac = ""
                while j < len(s) and s[j] in DIGITS:
                    frac += str(DIGITS[s[j]])
                    j += 1
                number = Decimal(f"{DIGITS[ch]}.{frac or '0'}")
                i = j
            else:
                if number is not None and ch not in "零〇○Ｏ":
                    # consecutive digits without units (二〇二三 style): read positionally
                    number = number * 10 + DIGITS[ch]
                else:
                    number = Decimal(DIGITS[ch]) if ch not in "零〇○Ｏ" or number is None else number * 10
                i += 1
            seen_any = True
            continue
        if ch in SMALL_UNITS:
            small += (number if number is not None else Decimal(1)) * SMALL_UNITS[ch]
            number = None
            seen_any = True
            i += 1
            continue
        if ch in BIG_UNITS:
            unit = BIG_UNITS[ch]
            if last_big and i > 0 and s[i - 1] in BIG_UNITS:  # 万亿: scale what is already there
                if unit == 10**8:
                    section = (section + small + (number or 0)) * unit
                    total, section = total + section, Decimal(0)
                else:
                    section *= unit
                small, number = Decimal(0), None
            elif unit == 10**4:
                section += (small + (number or 0) or Decimal(1)) * unit
                small, number = Decimal(0), None
            else:
                total = (total + section + small + (number or 0) or Decimal(1)) * unit
                section, small, number = Decimal(0), Decimal(0), None
            last_big = unit
            seen_any = True
            i += 1
            continue
        if ch in "零〇":
            i += 1
            continue
        return None
    if not seen_any:
        return None
    return total + section + small + (number or 0)


# Digits and 十百千 only (一百六十五 / 二〇二三 / 十五 / 壹拾): how article numbers, periods and years are written. Such a
# numeral is read by the same steps as in parse_number, in ints (exact: 20 characters stay far below Decimal's 28
# digits), which is several times cheaper than the general loop's Decimal arithmetic.
_PLAIN = frozenset(DIGITS) | frozenset(SMALL_UNITS)
_FIGURE = re.compile(r"[0-9](?:[0-9,]|\.(?=[0-9]))*")  # Arabic figures, the commonest amounts
_ZEROS = "零〇○Ｏ"


def _plain_numeral(s: str) -> Decimal:
    small, number = 0, None
    for ch in s:
        if ch in SMALL_UNITS:
            small += (number if number is not None else 1) * SMALL_UNITS[ch]
            number = None
        elif number is not None and ch not in _ZEROS:
            number = number * 10 + DIGITS[ch]  # consecutive digits without units (二〇二三 style): positional
        else:
            number = DIGITS[ch] if ch not in _ZEROS or number is None else number * 10
    return Decimal(small + (number or 0))


def small_number(text: str) -> int | None:
    """Integer value of a short numeral (months, days, counts): 十 → 10, 二十四 → 24, 〇八 → 8, 15 → 15."""
    value = parse_number(text)
    if value is None or value != value.to_integral_value():
        return None
    return int(value)


def normalise_decimal(value: Decimal) -> str:
    """Plain decimal string without exponent or trailing zeros: Decimal('2.2E+12') → '2200000000000'."""
    text = format(value.normalize(), "f")
    return text
