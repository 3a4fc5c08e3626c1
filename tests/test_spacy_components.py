"""The extractors as spaCy components: spans align with spaCy's character segmenter on every real judgment, where
jieba's words would cut through them."""

from __future__ import annotations

import jieba

from extractors.spacy_components import COMPONENTS, make_pipeline
from tests.conftest import CORPORA
from zhixing.pipeline import process_path

JUDGMENTS = sorted((CORPORA / "judgments").glob("*.txt")) + sorted((CORPORA / "rebuilt").glob("*.txt"))


def test_components_registered_and_assembled():
    nlp = make_pipeline()
    assert nlp.pipe_names == list(COMPONENTS)
    doc = nlp("被告金海林于本判决生效之日起十日内归还原告借款125,000元及利息（以125,000元为基数，"
              "按年利率14.6％自2023年2月24日起计算至实际付清之日止）。")
    assert [s.text for s in doc.spans["money"]] == ["125,000元", "125,000元"]
    assert [s.text for s in doc.spans["deadlines"]] == ["于本判决生效之日起十日内"]
    assert doc.spans["interest"][0]._.zhixing.base == 125000
    assert doc.spans["dates"][0]._.zhixing.value.isoformat() == "2023-02-24"


def test_every_extracted_span_maps_onto_character_tokens_exactly():
    nlp = make_pipeline()
    total = 0
    for path in JUDGMENTS:
        text = process_path(path).text
        doc = nlp(text)
        for key in ("money", "dates", "deadlines", "interest"):
            for span in doc.spans[key]:
                result = span._.zhixing
                assert (span.start_char, span.end_char) == tuple(result.span), (path.name, result.text)
                assert span.text == result.text
                total += 1
    assert total > 500


def test_jieba_words_would_cut_through_spans():
    """Why the pipeline uses the character segmenter: jieba puts span boundaries inside its words."""
    jieba.setLogLevel(60)
    assert jieba.lcut("125,000元") != ["125,000元"]
    inside = boundaries = 0
    for path in JUDGMENTS:
        text = process_path(path).text
        cuts = {0}
        pos = 0
        for word in jieba.cut(text):
            pos += len(word)
            cuts.add(pos)
        doc = make_pipeline()(text)
        for key in ("money", "dates", "deadlines"):
            for span in doc.spans[key]:
                for boundary in (span.start_char, span.end_char):
                    boundaries += 1
                    inside += boundary not in cuts
    assert boundaries > 500 and inside / boundaries > 0.05  # measured: about one boundary in eight
