"""Error flags on real judgments nobody wrote a defect into: the CAIL2019 要素识别 records in
../shared/corpora/fragments/cail2019-elements.jsonl that hold a whole judgment (诉称 … 判决如下 … 受理费), read as run-on
text (no header, no party block: the records start at the claims). A flag here is a false flag or a real defect
of that judgment; the survey lists them for reading.

    .venv/bin/python -m corpora.cail_survey                 # divorce and labour records (development)
    .venv/bin/python -m corpora.cail_survey --domain loan   # loan records (held out: aggregate only)
    .venv/bin/python -m corpora.cail_survey --code UNC-20   # every flag of one code, with its evidence
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

from zhixing.pipeline import process_bytes

SOURCE = Path("/work/shared/corpora/fragments/cail2019-elements.jsonl")  # as corpora/render reads the shared corpus
DEVELOPMENT = ("divorce", "labor")


def survey(domains: tuple[str, ...]):
    """(documents read, error flags per code, [(record id, flag, evidence)])."""
    read, codes, flags = 0, collections.Counter(), []
    with SOURCE.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"].split("-")[1] not in domains or "判决如下" not in record.get("text", ""):
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
    parser.add_argument("--domain", action="append", help="divorce, labor or loan (default: divorce and labor)")
    parser.add_argument("--code", help="list every flag of this code")
    args = parser.parse_args(argv)
    domains = tuple(args.domain or DEVELOPMENT)
    if not SOURCE.exists():
        print(f"{SOURCE}: not found", file=sys.stderr)
        return 2
    read, codes, flags = survey(domains)
    with_any = len({rid for rid, _, _ in flags})
    print(f"{read} judgments ({', '.join(domains)}): {sum(codes.values())} error flags, {with_any} judgments with any")
    if "loan" in domains:
        print("loan records are held out: only the total is shown", file=sys.stderr)
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
