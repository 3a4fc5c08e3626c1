"""Parsing the party and agent fields of a record."""

from __future__ import annotations

import re

from .text import clean, is_none, split_outside_parens


def party_list(field: str) -> list[dict]:
    """'A、B' / 'A，B' / 'B（系被告A之父）' -> [{'name', 'note'}]; the note is a parenthetical that is no part of the name."""
    if is_none(field):
        return []
    out = []
    for chunk in split_outside_parens(clean(field), "、，,；;"):
        m = re.match(r"^(.*?)[（(](.*)[）)]$", chunk)
        if m and m.group(1):
            out.append({"name": m.group(1).strip(), "note": m.group(2).strip()})
        else:
            out.append({"name": chunk, "note": ""})
    return out


def agent_list(field: str) -> list[str]:
    """'黄晨骞、张军，浙江月泉律师事务所执业律师' -> ['黄晨骞，浙江月泉律师事务所执业律师', '张军，浙江…']"""
    if is_none(field):
        return []
    out = []
    for chunk in split_outside_parens(clean(field), "；;\n"):
        if "，" in chunk:
            names, desc = chunk.split("，", 1)
        else:
            names, desc = chunk, ""
        for n in split_outside_parens(names, "、"):
            out.append(n + ("，" + desc if desc else ""))
    return out
