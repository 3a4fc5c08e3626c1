"""Labelled 主文 clauses for the unclear-wording classifier, built from the project's own judgments.

Clear: every 主文 item of the 65 judgments that no rule check flags as unclear. Unclear: the items the rule checks
flag on the published judgments, and each clear payment item rewritten with one vague phrase of the kind judges are
warned against (法发〔2018〕9号 list; the catalogue in legal-rules.md §5) — 相关费用, 合理补偿, 尽快, 依法处理 … —
chosen so that most of them are phrasings no rule check names, which is what the model is for.
"""

from __future__ import annotations

import random
import re

# vague replacements: (pattern in a clear item, vague wording)
_VAGUE_AMOUNT = ["相关费用", "相应款项", "合理补偿", "必要费用", "实际损失", "有关款项", "适当补偿", "酌定的费用", "剩余款项",
                 "应付款项", "全部欠款", "合理的赔偿"]
_VAGUE_TIME = ["尽快", "及时", "在合理期限内", "适时", "在条件具备时", "在双方协商确定的时间", "于近期"]
_VAGUE_ACT = ["依法处理相关事宜", "妥善处理上述问题", "按照有关规定办理", "协商解决剩余事项", "承担相应责任", "配合做好相关工作",
              "依约履行相关义务", "采取必要措施"]


def vague_variants(text: str, rng: random.Random) -> list[str]:
    """Unclear rewrites of one clear payment item."""
    out = []
    amount = re.search(r"[0-9０-９][0-9０-９,，.．]*(?:万)?元", text)
    if amount:
        out.append(text[:amount.start()] + rng.choice(_VAGUE_AMOUNT) + text[amount.end():])
    deadline = re.search(r"于本判决(?:发生法律效力|生效)(?:之日起|后)[^，。；]{1,6}日内", text)
    if deadline:
        out.append(text[:deadline.start()] + rng.choice(_VAGUE_TIME) + text[deadline.end():])
    body = re.sub(r"[。；]\s*$", "", text)
    out.append(body + "，并" + rng.choice(_VAGUE_ACT) + "。")
    return out


def build_examples(docs, flagged: set[tuple[str, int]], seed: int = 11) -> list[tuple[str, int, str]]:
    """(text, label 1 = unclear, source id) for every item, plus vague rewrites of the clear payment items."""
    rng = random.Random(seed)
    examples = []
    for source, doc in docs:
        for item in doc.operative_items:
            unclear = (source, item.index) in flagged
            examples.append((item.text, int(unclear), source))
            if not unclear and item.item_type == "payment":
                examples.extend((v, 1, source) for v in vague_variants(item.text, rng))
    return examples
