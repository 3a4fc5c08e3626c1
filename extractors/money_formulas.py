"""The money inside a formula that shows how an amount was computed: 18792元（2088月＊4.5月＊2）,
25500元［（280000-109000－120000）÷2］, 3212.27元(1808÷21.75×8天+…-3965.33).

A figure in the formula is money when the formula, read as arithmetic, gives the amount before it and the figure is a
term of its sums or the first factor of a product (the base a count or rate multiplies); or when it restates an
amount the passage already names. Counts, rates, divisors and the 21.75 days of a pay month are not money."""

from __future__ import annotations

import ast
import re
from decimal import Decimal, InvalidOperation

from zhixing.fields import Amount

_OPEN, _CLOSE = "（([［【", "）)]］】"
_OPERATOR = re.compile(r"[＋+－\-—×＊*÷/]")
_NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_UNIT = re.compile(r"[天日月年个次人元期]+|个月|[%％]")
# a unit after a figure that makes it a count or a quantity (月 excepted: 2088月×4.5月 is a wage a month, mistyped)
_COUNTED = re.compile(r"\s*(?:[天日年个次人期吨砘斤只件亩米台辆套间株头袋箱%％]|平方|公斤|小时)")
_FOLD = str.maketrans("０１２３４５６７８９．＋－—×＊÷（）［］【】", "0123456789.+--**/()()()")
# 月计薪天数: the days of a pay month (21.75 since 2008, 20.83 before), a divisor in every wage formula
PAY_DAYS = {Decimal("21.75"), Decimal("20.83"), Decimal("20.92")}


def formula_amounts(text: str, found: list[Amount]) -> list[tuple[tuple[int, int], Decimal]]:
    """(span, value) of each money figure inside a formula bracket that follows an amount of ``found``."""
    out: list[tuple[tuple[int, int], Decimal]] = []
    named = {a.value for a in found if a.value is not None}
    for amount in found:
        at = amount.span[1]
        while at < len(text) and text[at] in " 　":
            at += 1
        if at >= len(text) or text[at] not in _OPEN:
            continue
        end = _closing(text, at)
        if end is None or not _OPERATOR.search(text, at, end):
            continue
        expression, numbers = _expression(text, at, end)
        money = _money_terms(expression, [v for _, v in numbers], amount.value)
        for k, (span, value) in enumerate(numbers):
            if value in PAY_DAYS or _COUNTED.match(text, span[1]):
                continue  # 50天 / 0.8吨 / 4个月: a count, whatever the arithmetic
            if k in money or (value in named and value != amount.value):
                out.append((span, value))
    return out


def _closing(text: str, start: int) -> int | None:
    depth = 0
    for i in range(start, min(len(text), start + 120)):
        depth += (text[i] in _OPEN) - (text[i] in _CLOSE)
        if depth == 0:
            return i + 1
    return None


def _expression(text: str, start: int, end: int) -> tuple[str, list[tuple[tuple[int, int], Decimal]]]:
    """The bracket as a Python expression whose numbers are named n0, n1 …, and those numbers with their spans."""
    parts, numbers, pos = [], [], start
    for m in _NUMBER.finditer(text, start, end):
        parts.append(_operators(text[pos:m.start()]))
        try:
            value = Decimal(m.group(0).translate(_FOLD))
        except InvalidOperation:
            return "", []
        percent = re.match(r"\s*[%％]", text[m.end():end])
        parts.append(f"n{len(numbers)}" + ("/100" if percent else ""))
        numbers.append((m.span(), value))
        pos = m.end()
    parts.append(_operators(text[pos:end]))
    return "".join(parts), numbers


def _operators(between: str) -> str:
    """The operators and brackets between two numbers; units, words and percent signs dropped."""
    return "".join(ch for ch in _UNIT.sub("", between).translate(_FOLD) if ch in "+-*/()")


def _money_terms(expression: str, numbers: list[Decimal], result: Decimal | None) -> set[int]:
    """Indices of the numbers that are terms of the sums or first factors of the products, when the expression gives
    ``result``; empty when it does not parse or gives another figure."""
    if not expression or result is None:
        return set()
    try:
        tree = ast.parse(expression, mode="eval").body
        value = _evaluate(tree, numbers)
    except (SyntaxError, ArithmeticError, IndexError, ValueError, RecursionError):
        return set()
    if abs(value - result) > max(Decimal("1"), abs(result) * Decimal("0.001")):
        return set()
    terms: set[int] = set()
    _collect(tree, terms)
    return terms


def _evaluate(node, numbers: list[Decimal]) -> Decimal:
    if isinstance(node, ast.Name) and node.id.startswith("n"):
        return numbers[int(node.id[1:])]
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return Decimal(node.value)  # the 100 of a percentage
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_evaluate(node.operand, numbers)
    if isinstance(node, ast.BinOp):
        left, right = _evaluate(node.left, numbers), _evaluate(node.right, numbers)
        ops = {ast.Add: left + right, ast.Sub: left - right} if not isinstance(node.op, (ast.Mult, ast.Div)) else {}
        if isinstance(node.op, ast.Mult):
            return left * right
        if isinstance(node.op, ast.Div):
            return left / right
        if type(node.op) in ops:
            return ops[type(node.op)]
    raise ValueError("not arithmetic")


def _collect(node, terms: set[int]) -> None:
    """Terms of a sum and the first factor of a product, recursively."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
        _collect(node.left, terms)
        _collect(node.right, terms)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.Div)):
        _collect(node.left, terms)  # the base a count or rate multiplies (a factor already in 元 is found anyway)
    elif isinstance(node, ast.Name):
        terms.add(int(node.id[1:]))
    elif isinstance(node, ast.UnaryOp):
        _collect(node.operand, terms)
