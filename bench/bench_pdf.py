"""PDF pages per second: our pdfium path against pdfplumber on its own, same files, one run, one process.

Files: the four well-formed PDFs renderings of real judgments in corpora/formats (wsjd-001 17 pages, wsjd-005 4,
wsjd-006 3, press-002-twocol 2 = 26 pages); the scanned, cid-font, encrypted and truncated files are bad inputs and
are left out. Bytes are loaded into memory once; every contender gets the same bytes.

Contenders:
  read_pdf[pdfium]      extractors.formats.pdf.read_pdf(data, engine="pdfium")  (our fast path: text + line geometry)
  process_bytes[pdf]    zhixing.pipeline.process_bytes(data, name, ".pdf")      (the full path: read, normalise, parse)
  pdfplumber alone      pdfplumber.open(BytesIO(data)) and page.extract_text() for every page
  read_pdf[pdfplumber]  extractors.formats.pdf.read_pdf(data, engine="pdfplumber") (same layout logic, pdfplumber fed)

Each contender does one warm-up pass over the four files (not timed). Timing is interleaved in rounds so drift on a
shared machine hits every contender alike: per round, each contender makes whole passes over the four files for at
least --seconds/3; three rounds at least, so every contender gets ≥ --seconds (default 3) in total.

Usage: .venv/bin/python bench/bench_pdf.py [--seconds 3]
"""

from __future__ import annotations

import argparse
import io
import time

from _common import ROOT, pdf_files, write_json

import pdfplumber  # noqa: E402

import extractors.formats.pdf as pdfmod  # noqa: E402
from extractors.formats.pdf import read_pdf  # noqa: E402
from zhixing.pipeline import process_bytes  # noqa: E402


def plumber_alone(data: bytes) -> tuple[int, str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
    return len(texts), "\n".join(texts)


def pdfium_read(data: bytes, name: str) -> tuple[int, str]:
    raw = read_pdf(data, engine="pdfium")
    return raw.pages, raw.text


def plumber_read(data: bytes, name: str) -> tuple[int, str]:
    raw = read_pdf(data, engine="pdfplumber")
    return raw.pages, raw.text


def full_pipeline(data: bytes, name: str) -> tuple[int, str]:
    doc = process_bytes(data, name, suffix=".pdf")
    return doc.source.pages or 0, doc.text


CONTENDERS = {
    "read_pdf[pdfium]": pdfium_read,
    "process_bytes[pdf]": full_pipeline,
    "pdfplumber alone": lambda data, name: plumber_alone(data),
    "read_pdf[pdfplumber]": plumber_read,
}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="minimum timed seconds per contender")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (at least)")
    args = parser.parse_args(argv)

    files = [(p.name, p.read_bytes()) for p in pdf_files()]

    # warm-up pass per contender; also record what each one extracted (pages, non-space characters) and whether our
    # pdfium path fell back to pdfplumber for any page (it asks pdfplumber about suspicious pages only)
    fallback_calls: list[tuple[str, int]] = []
    real_fallback = pdfmod._plumber_page_usable

    def counting_fallback(data: bytes, index: int) -> bool:
        fallback_calls.append((next(n for n, d in files if d is data), index))
        return real_fallback(data, index)

    extracted: dict[str, dict] = {}
    pdfmod._plumber_page_usable = counting_fallback
    try:
        for label, fn in CONTENDERS.items():
            per_file = {}
            for name, data in files:
                pages, text = fn(data, name)
                per_file[name] = {"pages": pages, "chars": sum(1 for c in text if not c.isspace())}
            extracted[label] = per_file
    finally:
        pdfmod._plumber_page_usable = real_fallback
    pages_per_pass = sum(v["pages"] for v in extracted["pdfplumber alone"].values())

    # interleaved timed rounds
    timings = {label: {name: [] for name, _ in files} for label in CONTENDERS}
    pass_totals = {label: 0.0 for label in CONTENDERS}
    passes = {label: 0 for label in CONTENDERS}
    per_round = args.seconds / args.rounds
    rounds = 0
    while rounds < args.rounds or min(pass_totals.values()) < args.seconds:
        rounds += 1
        for label, fn in CONTENDERS.items():
            spent = 0.0
            while spent < per_round:
                for name, data in files:
                    t0 = time.perf_counter()
                    fn(data, name)
                    dt = time.perf_counter() - t0
                    timings[label][name].append(dt)
                    spent += dt
                passes[label] += 1
            pass_totals[label] += spent

    results = {}
    for label in CONTENDERS:
        total = pass_totals[label]
        pages = pages_per_pass * passes[label]
        per_file = {}
        for name, _ in files:
            ts = timings[label][name]
            n_pages = extracted["pdfplumber alone"][name]["pages"]
            per_file[name] = {"pages": n_pages, "pages_per_s": round(n_pages * len(ts) / sum(ts), 1),
                              "ms_per_file_median": round(sorted(ts)[len(ts) // 2] * 1000, 3)}
        results[label] = {"seconds": round(total, 4), "passes": passes[label], "pages": pages,
                          "pages_per_s": round(pages / total, 1), "ms_per_page": round(total * 1000 / pages, 3),
                          "per_file": per_file, "extracted": extracted[label]}

    base = results["pdfplumber alone"]["pages_per_s"]
    ratios = {
        "read_pdf[pdfium] / pdfplumber alone": round(results["read_pdf[pdfium]"]["pages_per_s"] / base, 2),
        "process_bytes[pdf] / pdfplumber alone": round(results["process_bytes[pdf]"]["pages_per_s"] / base, 2),
        "read_pdf[pdfplumber] / pdfplumber alone": round(results["read_pdf[pdfplumber]"]["pages_per_s"] / base, 2),
        "read_pdf[pdfium] / read_pdf[pdfplumber]": round(
            results["read_pdf[pdfium]"]["pages_per_s"] / results["read_pdf[pdfplumber]"]["pages_per_s"], 2),
    }
    result = {
        "benchmark": "pdf",
        "files": [{"name": name, "bytes": len(data), "pages": extracted["pdfplumber alone"][name]["pages"]}
                  for name, data in files],
        "pages_per_pass": pages_per_pass,
        "rounds": rounds,
        "contenders": results,
        "ratios": ratios,
        "pdfium_fallback_pages": [{"file": n, "page": i + 1} for n, i in fallback_calls],
        "root": str(ROOT),
    }
    write_json("pdf", result)
    print(f"pdf: {len(files)} files, {pages_per_pass} pages per pass, {rounds} interleaved rounds")
    for label, r in results.items():
        print(f"  {label:22s} {r['pages_per_s']:8.1f} pages/s  ({r['ms_per_page']:.3f} ms/page, "
              f"{r['passes']} passes in {r['seconds']:.2f} s)")
    for k, v in ratios.items():
        print(f"  {k}: {v}×")
    if fallback_calls:
        print(f"  pdfium path asked pdfplumber about {len(fallback_calls)} page(s): {fallback_calls}")
    return result


if __name__ == "__main__":
    main()
