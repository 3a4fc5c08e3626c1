"""Error flags on real judgments nobody wrote a defect into: the CAIL2019 要素识别 records in
../shared/corpora/fragments/cail2019-elements.jsonl that hold a whole judgment (诉称 … 判决如下 … 受理费), read as run-on
text (no header, no party block: the records start at the claims). A flag here is a false flag or a real defect
of that judgment; the survey lists them for reading.

    .venv/bin/python -m corpora.cail_survey                         # development: divorce, labour, loan-dev
    .venv/bin/python -m corpora.cail_survey --domain loan-heldout   # held out: aggregate only
    .venv/bin/python -m corpora.cail_survey --code UNC-20           # every flag of one code, with its evidence

The 135 loan records are split in three by sha1(id) mod 3 (fixed on 2026-11-22, after all 135 had been measured
together twice in aggregate, 248 and 265 error flags, and never read): 0 loan-dev (read, development), 1 loan-heldout
(never read; aggregate only), 2 loan-interest (the source of corpora/gold/interest-heldout5.jsonl; not surveyed until
that gold has been measured, so that its wording is not read here first).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import sys
from pathlib import Path

from zhixing.pipeline import process_bytes

SOURCE = Path("/work/shared/corpora/fragments/cail2019-elements.jsonl")  # as corpora/render reads the shared corpus
DEVELOPMENT = ("divorce", "labor", "loan-dev")
HELD_OUT = ("loan-heldout",)
_LOAN_PARTS = {"loan-dev": 0, "loan-heldout": 1, "loan-interest": 2}


def domain_of(record_id: str) -> str:
    """divorce / labor, or the loan part (loan-dev / loan-heldout / loan-interest) of a record."""
    domain = record_id.split("-")[1]
    if domain != "loan":
        return domain
    part = int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % 3
    return next(name for name, n in _LOAN_PARTS.items() if n == part)


def survey(domains: tuple[str, ...]):
    """(documents read, error flags per code, [(record id, flag, evidence)])."""
    read, codes, flags = 0, collections.Counter(), []
    with SOURCE.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if domain_of(record["id"]) not in domains or "判决如下" not in record.get("text", ""):
                continue
            doc = process_bytes(("民事判决书\n" + record["text"]).encode("utf-8"), record["id"] + ".txt")
            if not doc.operative_items:
                continue
            read += 1
            for flag in doc.flags:
                if flag.severity == "error":
                    codes[flag.code] += 1
                    evidence = doc.text[flag.evidence[0][0]:flag.evidence[0][1]] if flag.evidence else ""
                    flags.append((record["id"], flag, evidence))
    return read, codes, flags


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--domain", action="append",
                        help="divorce, labor, loan-dev or loan-heldout (default: divorce, labor and loan-dev)")
    parser.add_argument("--code", help="list every flag of this code")
    args = parser.parse_args(argv)
    domains = tuple(args.domain or DEVELOPMENT)
    if not SOURCE.exists():
        print(f"{SOURCE}: not found", file=sys.stderr)
        return 2
    read, codes, flags = survey(domains)
    with_any = len({rid for rid, _, _ in flags})
    print(f"{read} judgments ({', '.join(domains)}): {sum(codes.values())} error flags, {with_any} judgments with any")
    if "loan-interest" in domains:
        print("loan-interest is reserved for the interest held-out gold", file=sys.stderr)
        return 2
    if set(domains) & set(HELD_OUT):
        print("loan-heldout is held out: only the total is shown", file=sys.stderr)
        return 0
    for code, n in codes.most_common():
        print(f"  {code} {n}")
    if args.code:
        for rid, flag, evidence in flags:
            if flag.code == args.code:
                print(f"{rid} item {flag.item_index}: {flag.message} | {evidence[:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
