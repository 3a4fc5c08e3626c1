"""Document type from the title and, failing that, from the content."""

from __future__ import annotations

import re

from extractors.structure.paragraphs import compact
from extractors.traditional import has_traditional, simplified

_TITLE_KIND = {"判决书": "judgment", "裁定书": "ruling", "调解书": "mediation", "决定书": "decision", "支付令": "decision"}
# words of press pieces and of 典型案例 / 指导性案例 releases (案情回顾, 法官解读, 裁判要点 …)
_PRESS = re.compile(r"新闻发布会|发布会|记者|本报讯|通讯员|典型案例|指导性案例|答记者问|据.{0,10}介绍|新闻办|稿件来源|责任编辑|"
                    r"基本案情|典型意义|案情回顾|案情简介|简要案情|法官解读|法官说法|法官提醒|裁判要点|裁判要旨|案例分析")


def detect_doc_type(text: str, title_kind: str | None) -> str:
    if title_kind:
        return _TITLE_KIND.get(title_kind, "other")
    head = compact(text[:300])
    for kind, doc_type in _TITLE_KIND.items():
        if re.search(rf"(民事|刑事|行政|执行)?{kind}", head[:80]):
            return doc_type
    if has_traditional(text[:5000]):
        text = simplified(text)  # a release reposted in traditional characters (記者, 典型案例): its words are the same
    has_anchor = re.search(r"(判决|裁定)如下|达成如下协议", text)
    if _PRESS.search(text[:3000]) or not has_anchor:
        if len(text.strip()) >= 40 and _PRESS.search(text[:5000]):
            return "press_release"
    if has_anchor:
        m = has_anchor.group(0)
        return "judgment" if "判决" in m else "ruling" if "裁定" in m else "mediation"
    return "other"
