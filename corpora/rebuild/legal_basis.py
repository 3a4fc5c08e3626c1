"""The legal-basis sentence (依照…之规定，判决如下：) from the record's cited articles."""

from __future__ import annotations

import random
import re

from .text import clean

LAW_ITEM_RE = re.compile(r"^(《[^》]+》)(.*)$")


def legal_basis_text(laws: list[str], rng: random.Random) -> str:
    items = []
    for law in laws:
        law = clean(law).replace("<", "〈").replace(">", "〉")
        m = LAW_ITEM_RE.match(law)
        if not m:
            items.append(("", law))
            continue
        name, art = m.group(1), m.group(2).strip()
        if art and not art.startswith("第"):
            art = "第" + art          # 《…民法典》五百四十五条 -> 第五百四十五条
        if (name, art) not in items:
            items.append((name, art))
    collapse = rng.random() < 0.65
    if collapse:
        groups: list[tuple[str, list[str]]] = []
        for name, art in items:
            if groups and groups[-1][0] == name:
                groups[-1][1].append(art)
            else:
                groups.append((name, [art]))
        sep = rng.choice(["，", "，", "；", "、"])
        body = sep.join(name + "、".join(arts) for name, arts in groups)
    else:
        body = "、".join(name + art for name, art in items)
    return f"依照{body}之规定，判决如下："
