"""Train the PER / ORG name recogniser from weak labels: the names of each judgment's party block (parties, their
representatives and agents, law firms, the court) projected onto the rest of the same judgment.

    python -m models.train_ner [--epochs 12] [--out models/ner-zh]

Training data: the dev split of corpora/gold/extraction (judgments only). Evaluation, written to
models/ner-zh/metrics.json: (1) the held-out judgments, scored against their own projected labels (silver);
(2) the hand-annotated people of the press gold (name-level recall and precision of PER entities).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from extractors.press_events import _PROVINCE
from zhixing.config import PROJECT_ROOT
from zhixing.document import Document
from zhixing.evaluation import GOLD_DIR, load_document

FREE_TEXT = ("procedural_history", "claims", "defence", "lower_court", "facts", "reasoning")
# court and authority names start at a place name (…省…市…区), never mid-sentence (不服江苏省… must not be in it)
_COURT = re.compile(r"最高人民法院|(?:[\u4e00-\u9fff]{2,7}?(?:省|市|自治区|自治州|地区|盟|县|区|旗))+"
                    r"(?:[\u4e00-\u9fff]{0,4}?)(?:中级|高级)?(?:人民法院|仲裁委员会|公安局|派出所)")
_CUT_LEAD = re.compile(r"^(?:不服|由|向|将|经|在|至|于|与|和|及|被告|原告|本案|需由|依照|根据|移送至|移送|交由|到|报请|请求)+")

MODEL_CONFIG = {
    "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
    "hidden_width": 64, "maxout_pieces": 2, "use_upper": True,
    "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": 96, "depth": 4,
                "embed_size": 2000, "window_size": 2, "maxout_pieces": 3, "subword_features": True},
}


def surfaces(doc: Document) -> dict[str, str]:
    names: dict[str, str] = {}
    for p in doc.parties:
        label = "PER" if p.kind == "person" else "ORG"
        for surface in [p.name, *p.aliases]:
            names[surface] = label
        if p.representative:
            names[p.representative] = "PER"
        for agent in p.agents:
            names[agent.name] = "PER"
            if agent.firm and not agent.firm.startswith("该"):
                names[agent.firm] = "ORG"
    if doc.court:
        names[doc.court] = "ORG"
    return {s: lab for s, lab in names.items() if len(s) >= 2 and "某" not in s or len(s) >= 3}


def weak_examples(doc: Document) -> list[tuple[str, list[tuple[int, int, str]]]]:
    names = sorted(surfaces(doc).items(), key=lambda x: -len(x[0]))
    out = []
    for section in doc.sections:
        if section.name not in FREE_TEXT:
            continue
        text = doc.span_text(section.span)
        for sentence, offset in _sentences(text):
            ents: list[tuple[int, int, str]] = []
            taken: list[tuple[int, int]] = []
            for surface, label in names:
                for m in re.finditer(re.escape(surface), sentence):
                    if not any(m.start() < e and s < m.end() for s, e in taken):
                        ents.append((m.start(), m.end(), label))
                        taken.append(m.span())
            for m in _COURT.finditer(sentence):
                province = _PROVINCE.search(m.group(0))
                lead = _CUT_LEAD.match(m.group(0))
                start = m.start() + (province.start() if province else lead.end() if lead else 0)
                if m.end() - start >= 4 and not any(start < e and s < m.end() for s, e in taken):
                    ents.append((start, m.end(), "ORG"))
                    taken.append((start, m.end()))
            out.append((sentence, sorted(ents)))
    return out


_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志宏春梅海燕鹏飞斌俊峰晨雪琳浩宇欣怡子涵思佳文博"
_PLACES = ["宁波", "杭州", "昆明", "常州", "义乌", "南京", "成都", "长沙", "郑州", "合肥", "福州", "南平", "海口", "抚州", "兴仁",
           "上海", "北京", "广州", "深圳", "武汉", "西安", "济南", "太原", "沈阳", "哈尔滨", "乌鲁木齐", "伊宁", "贵阳", "南宁"]
_CORES = ["恒达", "鑫源", "华信", "宏远", "金桥", "瑞丰", "永康", "顺捷", "天成", "盛世", "博远", "新城", "东方", "隆兴", "众合"]
_SUFFIXES = ["有限公司", "科技有限公司", "商贸有限公司", "建筑工程有限公司", "房地产开发有限公司", "餐饮有限公司", "贸易有限公司",
             "农村商业银行股份有限公司", "律师事务所", "人民法院", "中级人民法院", "物业服务有限公司"]


def _fake_name(label: str, rng: random.Random) -> str:
    """A name of the same kind that appears nowhere in the corpus (augmentation: learn the context, not the name)."""
    from extractors.press_facts import _SURNAMES

    if label == "PER":
        surname = rng.choice(sorted(_SURNAMES)[:400])
        if rng.random() < 0.25:
            return surname + rng.choice(["某", "某某", "某甲", "某1"])
        return surname + "".join(rng.choice(_GIVEN) for _ in range(rng.choice([1, 2, 2])))
    return rng.choice(_PLACES) + ("市" if rng.random() < 0.3 else "") + rng.choice(_CORES) + rng.choice(_SUFFIXES)


def augment(examples, copies: int, rng: random.Random):
    """Each sentence with entities again ``copies`` times, every entity replaced by a fake name of its type."""
    out = list(examples)
    for text, ents in examples:
        if not ents:
            continue
        for _ in range(copies):
            mapping: dict[str, str] = {}
            pieces, new_ents, pos, shift = [], [], 0, 0
            for start, end, label in ents:
                surface = text[start:end]
                fake = mapping.setdefault(surface, _fake_name(label, rng))
                pieces.append(text[pos:start])
                new_start = start + shift
                pieces.append(fake)
                new_ents.append((new_start, new_start + len(fake), label))
                shift += len(fake) - (end - start)
                pos = end
            pieces.append(text[pos:])
            out.append(("".join(pieces), new_ents))
    return out


def _sentences(text: str):
    pos = 0
    for piece in re.split(r"(?<=[。；！？\n])", text):
        if piece.strip() and len(piece) <= 400:
            yield piece, pos
        pos += len(piece)


def gold_docs() -> tuple[list[Document], list[Document], list[dict]]:
    heldout = {line.strip() for line in (GOLD_DIR / "HELDOUT").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    dev, held, press = [], [], []
    for path in sorted(GOLD_DIR.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "items" not in gold:
            press.append(gold)
            continue
        (held if gold["id"] in heldout else dev).append(load_document(gold))
    return dev, held, press


def train(epochs: int, out: Path, seed: int = 7, copies: int = 4) -> dict:
    import spacy
    from spacy.training import Example
    from spacy.util import minibatch

    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    dev_docs, held_docs, press = gold_docs()
    nlp = spacy.blank("zh")
    ner = nlp.add_pipe("ner", config={"model": MODEL_CONFIG})
    for label in ("PER", "ORG"):
        ner.add_label(label)
    train_data = augment([ex for d in dev_docs for ex in weak_examples(d)], copies, random.Random(seed))
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": e}) for t, e in train_data]
    optimizer = nlp.initialize(lambda: examples)
    for epoch in range(epochs):
        random.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=16):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        print(f"epoch {epoch + 1}: loss {losses['ner']:.1f}")
    held_examples = [Example.from_dict(nlp.make_doc(t), {"entities": e}) for d in held_docs
                     for t, e in weak_examples(d)]
    scores = nlp.evaluate(held_examples)
    metrics = {
        "training_sentences": len(examples), "augmented_copies": copies, "heldout_sentences": len(held_examples),
        "epochs": epochs,
        "heldout_silver": {"precision": round(scores["ents_p"], 4), "recall": round(scores["ents_r"], 4),
                           "f1": round(scores["ents_f"], 4),
                           "per_type": {k: {m: round(v, 4) for m, v in s.items()} for k, s in
                                        scores["ents_per_type"].items()}},
        "press_people_gold": press_people_score(nlp, press),
    }
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=1), encoding="utf-8")
    return metrics


def press_people_score(nlp, press: list[dict]) -> dict:
    """Name-level: a gold person counts as found when a PER entity's text equals the name."""
    tp = fp = fn = 0
    for gold in press:
        doc = load_document(gold)
        found = {e.text for e in nlp(doc.text).ents if e.label_ == "PER"}
        names = {p["name"] for p in gold["people"]}
        tp += len(found & names)
        fp += len(found - names)
        fn += len(names - found)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "tp": tp, "fp": fp, "fn": fn}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--copies", type=int, default=4, help="augmented copies of each sentence with names")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "models" / "ner-zh")
    args = parser.parse_args()
    print(json.dumps(train(args.epochs, args.out, copies=args.copies), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
