"""zhixing.scan: the first-character look-ahead finds exactly what the pattern finds, on real judgments, for every
pattern of the checks that carries one; and it is put only where the regex engine cannot see the first character."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import checks
from zhixing.config import PROJECT_ROOT
from zhixing.scan import GATED, first_char_gate, first_characters

def _gated_patterns() -> list[tuple[str, re.Pattern, re.Pattern]]:
    """(name, pattern, gated pattern) for every gate the checks put, once all their modules are imported."""
    for info in pkgutil.iter_modules(checks.__path__):
        importlib.import_module(f"checks.{info.name}")
    return [(f"{i}:{original.pattern[:24]}", original, gated) for i, (original, gated) in enumerate(GATED)]


def _real_texts() -> list[str]:
    """The published judgments and the rebuilt ones, as raw text (every section, not only the 主文)."""
    paths = sorted((PROJECT_ROOT / "corpora" / "judgments").glob("*.txt")) + \
        sorted((PROJECT_ROOT / "corpora" / "rebuilt").glob("**/*.txt"))[:40]
    return [Path(p).read_text("utf-8") for p in paths]


def test_first_characters_of_typical_patterns():
    assert set(first_characters(re.compile(r"(?<!关)于|在|由"))) == set("于在由")
    # an optional prefix adds its own first characters to those of what follows
    assert set(first_characters(re.compile(r"(?:中华人民共和国)?(?:合同法|婚姻法)"))) == set("中合婚")
    assert first_characters(re.compile(r"[0-9]+米|电话")) == "0-9电"
    # nothing to name: a pattern that can match nothing, a negated class, a category
    assert first_characters(re.compile(r"(?:^|(?<=[。；]))\s*故")) is None
    assert first_characters(re.compile(r"a?")) is None
    assert first_characters(re.compile(r"[^，。]{2}元")) is None


def test_gate_only_where_the_engine_cannot_see_the_first_character():
    for plain in (r"法释〔2015〕18号", r"处理子女|夫妻", r"[长宽]\s*[0-9]", r"(?:双方|各方)应"):
        assert first_char_gate(re.compile(plain)).pattern == plain
    gated = first_char_gate(re.compile(r"(?<!劳动)(?:中华人民共和国)?(?:合同法|婚姻法)"))
    assert gated.pattern.startswith("(?=[")
    text = "依照《中华人民共和国合同法》第六十条、《中华人民共和国劳动合同法》第三十条及婚姻法之规定"
    assert [m.span() for m in gated.finditer(text)] == \
        [m.span() for m in re.compile(r"(?<!劳动)(?:中华人民共和国)?(?:合同法|婚姻法)").finditer(text)]
    assert [m.group(0) for m in gated.finditer(text)] == ["中华人民共和国合同法", "婚姻法"]


@pytest.mark.parametrize("name,original,gated", _gated_patterns(), ids=lambda v: v if isinstance(v, str) else "")
def test_gated_check_pattern_finds_what_the_pattern_finds(name, original, gated):
    for text in _real_texts():
        assert [(x.span(), x.groups()) for x in gated.finditer(text)] == \
            [(x.span(), x.groups()) for x in original.finditer(text)], name
        for start in range(0, len(text), 97):  # .match and .search from inside the text, as the checks call them
            a, b = gated.match(text, start), original.match(text, start)
            assert (a and a.span()) == (b and b.span()), name
            a, b = gated.search(text, start), original.search(text, start)
            assert (a and a.span()) == (b and b.span()), name


def test_enough_check_patterns_are_gated():
    # the scan was worth it for these (see README, Performance): a gate silently dropped would slow the checks again
    assert len(_gated_patterns()) >= 20
