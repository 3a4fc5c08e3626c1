"""Text helpers for the labelled source fields."""

from __future__ import annotations

NONE = "无"  # the source's marker for an empty field


def clean(s: str) -> str:
    return (s or "").strip().strip("\t").strip()


def is_none(s: str) -> bool:
    return clean(s) in ("", NONE)


def split_outside_parens(s: str, seps: str) -> list[str]:
    """Split on any character of seps that is not inside （）/()."""
    out, buf, depth = [], "", 0
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        if ch in seps and depth == 0:
            out.append(buf)
            buf = ""
        else:
            buf += ch
    out.append(buf)
    return [x.strip() for x in out if x.strip()]


def join_names(names: list[str]) -> str:
    return "、".join(names)


def ends_sentence(line: str) -> str:
    """Give a paragraph a sentence end (the source often drops the final 。)."""
    line = line.rstrip()
    if not line:
        return line
    if line[-1] in "；，、":
        return line[:-1] + "。"
    if line[-1] in "。！？：" or line.endswith(("。”", "。）", "。」", "！”", "？”")):
        return line
    return line + "。"


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in clean(text).replace("\r", "").split("\n") if p.strip()]
