"""Rebuild full first-instance civil judgments (民事判决书) from labelled fields, with gold structure.

Input : /work/shared/corpora/judgments-structured.jsonl (50 real 2023 civil first-instance judgments, split into
        labelled fields by the SimuCourt data set; see /work/shared/corpora/PROVENANCE.md).
Output: corpora/rebuilt/<id>.txt            one paragraph per line, UTF-8, "\\n" line ends
        corpora/gold/structure/<id>.json    section snippets, 主文 items, parties (computed from what was written)

The wording of claims, defence, facts, reasoning, cited articles and 主文 items is the record's own. The layout, the
立案 and judgment dates, the procedure, the costs sentence, the appeal sentence and the signature names are synthetic.
Deterministic: every record gets its own random.Random seeded with SEED and its id. Standard library only.

Run from the repository root:  python corpora/rebuild_judgments.py   (or: python -m corpora.rebuild)

Modules, in the order a record passes through them:
  record.py       reads one labelled record into a Case (parties, texts, 主文 items, dates, procedure, attendance)
  timeline.py     立案 and judgment dates, and the procedure
  document.py     builds one judgment: calls the section writers in document order, then gold.py
  opening.py      header, party lines, procedural history
  pleadings.py    claims and defence
  findings.py     facts and reasoning
  operative.py    legal basis, 主文 items, 迟延履行 sentence
  costs.py        the costs sentence (诉讼费用交纳办法 schedule)
  closing.py      appeal notice or finality, signature
  gold.py         section snippets and the gold structure record
  builder.py      collects the lines and the character span of every section
  text.py, dates.py, money.py, courts.py, parties.py, legal_basis.py   helpers
"""
