"""Run the three benchmarks (each in its own interpreter) and write bench/out/results.json and results.md.

Usage: .venv/bin/python bench/run_all.py [--quick] [--only parse,pdf,batch] [--keep-failing]
  --quick  shorter runs for a smoke test (parse/pdf 1 s, batch 140 documents): not figures to report
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

from _common import BENCH, OUT, ROOT, code_fingerprint, machine

BENCHES = {
    "parse": ("bench_parse.py", [], ["--seconds", "1"]),
    "pdf": ("bench_pdf.py", [], ["--seconds", "1"]),
    "batch": ("bench_batch.py", [], ["--docs", "140", "--warm-runs", "1", "--repeats", "1"]),
}


def run(name: str, quick: bool, extra: list[str]) -> dict:
    script, args, quick_args = BENCHES[name]
    cmd = [sys.executable, str(BENCH / script), *(quick_args if quick else args), *extra]
    print(f"== {name}: {' '.join(cmd[1:])}", flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT)
    elapsed = time.perf_counter() - t0
    path = OUT / f"{name}.json"
    if proc.returncode != 0 or not path.exists():
        return {"error": f"{script} exited with {proc.returncode}", "bench_seconds": round(elapsed, 1)}
    data = json.loads(path.read_text(encoding="utf-8"))
    data["bench_seconds"] = round(elapsed, 1)
    return data


def fmt(v, nd=1) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.{nd}f}"
    return str(v)


def pct(v) -> str:
    return "–" if v is None else f"{v * 100:.1f} %"


def markdown(results: dict) -> str:
    m = results["machine"]
    lines = ["# zhixing benchmarks", "",
             f"Date: {m['date']}  ", f"Machine: {m['nproc']} CPUs ({m['affinity_cpus']} usable), {m['cpu_model']}, "
             f"{m['memory']}  ", f"Python {m['python']} ({m['implementation']}), {m['platform']}  ",
             "Packages: " + ", ".join(f"{k} {v}" for k, v in m["packages"].items()) + "  ",
             f"Mode: {'QUICK (smoke test, not figures to report)' if results['quick'] else 'full'}  ",
             f"Product code: sha256 {results['code_before']['sha256']} over {results['code_before']['files']} files "
             f"(newest {results['code_before']['newest_mtime']})", ""]
    if results.get("code_changed_during_run"):
        lines += [f"**WARNING: the product code changed during the run** (sha256 {results['code_before']['sha256']} → "
                  f"{results['code_after']['sha256']}): figures mix two versions of the code; run again.", ""]

    p = results.get("parse", {})
    lines += ["## Parse: text judgments → Document, one process, one core", ""]
    if "error" in p:
        lines += [f"**failed:** {p['error']}", ""]
    elif p:
        e = p["end_to_end"]
        c = p["corpus"]
        lines += [f"{c['files']} real judgments ({c['bytes']:,} bytes; statuses {c['statuses']}), in memory, "
                  f"`process_bytes`; warm-up pass excluded; {e['rounds']} passes, {e['total_s']:.2f} s timed.", "",
                  "| figure | value |", "|---|---|",
                  f"| judgments per second per core | **{e['docs_per_s']:,.1f}** |",
                  f"| ms per judgment | {e['ms_per_doc']:.3f} |",
                  f"| median pass (65 docs) → docs/s | {e['median_pass_docs_per_s']:,.1f} |",
                  f"| MB/s of input | {e['mb_per_s']:.2f} |",
                  f"| CPU time / wall time | {e['cpu_per_wall']:.2f} |",
                  f"| structure stage alone, docs/s | {fmt(p.get('structure_only_docs_per_s'))} |",
                  f"| all default stages ({', '.join(p.get('registered_stages', []))}), docs/s | "
                  f"{fmt(p.get('registered_stages_docs_per_s'))} |",
                  f"| goal (issue) | ≥ {p['goal_docs_per_s_per_core']:g} docs/s/core → "
                  f"{'met' if p['meets_goal'] else 'NOT met'} |", "",
                  "| stage (timed directly) | share | ms/doc |", "|---|---:|---:|"]
        for name, s in p["stages"].items():
            lines.append(f"| {name} | {pct(s['share'])} | {s['ms_per_doc']:.4f} |")
        lines += ["", f"Staged path gives the same Document as process_bytes: {p['staged_equals_pipeline']}. "
                  "Slowest: " + ", ".join(f"{d['path'].split('/')[-1]} {d['ms']:.2f} ms ({d['bytes']:,} B)"
                                          for d in p["slowest_docs"][:3]), ""]
        cs = p.get("cold_start") or {}
        if "first_call_s" in cs:
            lines += [f"Cold start in a fresh interpreter (what each CLI call and each batch worker pays once; "
                      f"median of {cs['runs']}): import zhixing.pipeline {cs['import_s']:.2f} s, first process_bytes "
                      f"{cs['first_call_s']:.2f} s, second {cs['second_call_s'] * 1000:.1f} ms, peak RSS "
                      f"{cs['maxrss_mib']:.0f} MiB.", ""]
        for name, o in (p.get("optional_stages") or {}).items():
            if isinstance(o, dict) and "ms_per_doc" in o:
                lines += [f"Optional stage `{name}` (not run by default, not in the figures above): "
                          f"**{o['docs_per_s']:,.1f} docs/s** ({o['ms_per_doc']:.2f} ms/doc over {o['docs']} docs; "
                          f"first call, which loads the model, {o['first_call_s']:.2f} s).", ""]
            else:
                lines += [f"Optional stage `{name}`: {o if isinstance(o, str) else o.get('error')}.", ""]
        if c.get("serialisation_errors"):
            lines += [f"**WARNING:** {len(c['serialisation_errors'])} of these Documents cannot be serialised by "
                      "`document_line` (not timed here; the batch retries and quarantines them): "
                      + "; ".join(f"{e['path'].split('/')[-1]}: {e['error'][:120]}" for e in c["serialisation_errors"][:3]),
                      ""]

    d = results.get("pdf", {})
    lines += ["## PDF: pages per second, same files, one run", ""]
    if "error" in d:
        lines += [f"**failed:** {d['error']}", ""]
    elif d:
        lines += [", ".join(f"{f['name']} ({f['pages']} p.)" for f in d["files"])
                  + f" = {d['pages_per_pass']} pages per pass; warm-up excluded; {d['rounds']} interleaved rounds.",
                  "", "| contender | pages/s | ms/page | passes | timed s | vs pdfplumber alone |",
                  "|---|---:|---:|---:|---:|---:|"]
        base = d["contenders"]["pdfplumber alone"]["pages_per_s"]
        for label, c in d["contenders"].items():
            lines.append(f"| {label} | **{c['pages_per_s']:,.1f}** | {c['ms_per_page']:.2f} | {c['passes']} | "
                         f"{c['seconds']:.2f} | {c['pages_per_s'] / base:.2f}× |")
        names = [f["name"] for f in d["files"]]
        lines += ["", "| pages/s per file | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
        for label, c in d["contenders"].items():
            lines.append(f"| {label} | " + " | ".join(fmt(c["per_file"][n]["pages_per_s"]) for n in names) + " |")
        lines += ["", "Ratios: " + "; ".join(f"{k} = {v}×" for k, v in d["ratios"].items()) + ".",
                  f"pdfium path fell back to pdfplumber on: {d['pdfium_fallback_pages'] or 'no page'}.", ""]

    b = results.get("batch", {})
    lines += ["## Batch: `zhixing batch` (Prefect 3, ephemeral server) vs the plain functions", ""]
    if "error" in b:
        lines += [f"**failed:** {b['error']}", ""]
    elif b:
        i = b["input"]
        s = b["startup"]
        t = b["tiny_2docs_2chunks_warm"]
        lines += [f"{i['files']} distinct files ({i['bytes']:,} bytes) from {i['judgments']} judgments + "
                  f"{i['press']} press pieces. Every CLI run in a subprocess; 1,000-document runs use a brand-new "
                  "data dir (so they include a first-run ephemeral server start).", ""]
        if i.get("unserialisable_sources"):
            lines += [f"**WARNING:** {len(i['unserialisable_sources'])} source(s) give a Document that "
                      "`document_line` cannot serialise with this code (product bug) and were "
                      f"{'LEFT OUT of the input' if i.get('skipped_unserialisable') else 'kept (--keep-failing)'}: "
                      + "; ".join(f"{k}: {v[:110]}" for k, v in i["unserialisable_sources"].items()), ""]
        lines += ["| start-up (empty folder, nothing processed) | wall s | flow seconds |", "|---|---:|---:|",
                  f"| first run, brand-new data dir | {fmt(s['first_run_wall_s'], 2)} | "
                  f"{fmt(s['first_run'].get('flow_seconds'), 3)} |"]
        for k, w in enumerate(s["warm_runs"], 1):
            lines.append(f"| warm run {k} (same data dir) | {fmt(w['wall_s'], 2)} | {fmt(w.get('flow_seconds'), 3)} |")
        lines += [f"| 2 documents, --chunk-size 1 (2 chunks: process pool), warm | {fmt(t['wall_s'], 2)} | "
                  f"{fmt(t.get('flow_seconds'), 3)} |", "",
                  "Cold imports (s): " + ", ".join(f"`{k}` {v}" for k, v in b["cold_imports_s"].items()), ""]
        cs = b.get("cpu_scaling")
        if cs:
            lines += [f"CPU scaling of this machine: a pure-Python loop takes {cs['alone_s']:.2f} s alone and "
                      f"{', '.join(f'{t:.2f}' for t in cs['together_s'])} s when {cs['processes']} copies run at once: "
                      f"**{cs['effective_cores']:.2f} effective cores** for a {cs['processes']}-worker pool.", ""]
        lines += [
                  f"Per chunk size, medians of {b['runs'][0].get('repeats', 1) if b['runs'] else '–'} runs "
                  "(each with a brand-new data dir):", "",
                  "| chunk | chunks | CLI wall s | flow s | plain seq s | plain par s | orchestration / flow | "
                  "orchestration / wall | outside flow s | CPU s CLI / plain[par] | docs/s (wall) | "
                  "peak RSS worker MiB | peak RSS tree MiB | max single-process RSS MiB | quarantined CLI / plain | "
                  "exit |",
                  "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for r in b["runs"]:
            cli = r["cli"]
            mem = cli.get("memory", {})
            worker = mem.get("by_role", {}).get("pool worker", {}).get("peak_rss_mib")
            lines.append(
                f"| {r['chunk_size']} | {r['chunks']} | {fmt(r['cli_wall_s'], 2)} | {fmt(r['flow_s'], 2)} | "
                f"{fmt(r['plain_seq_s'], 2)} | {fmt(r['plain_par_s'], 2)} | "
                f"**{pct(r['orchestration_fraction_flow'])}** | **{pct(r['orchestration_fraction_wall'])}** | "
                f"{fmt(r['outside_flow_s'], 2)} | {fmt(r['cpu_s_cli'])} / {fmt(r['cpu_s_plain_par'])} | "
                f"{fmt(r['docs_per_s_wall'])} | {fmt(worker)} | {fmt(mem.get('peak_total_rss_mib'))} | "
                f"{fmt(cli.get('time_maxrss_mib'))} | {r['quarantined_cli']} / {r['quarantined_plain']} | "
                f"{','.join(str(c['returncode']) for c in r['cli_runs'])} |")
        lines += ["", "All runs (s): " + "; ".join(
            f"chunk {r['chunk_size']}: wall {r['cli_wall_all']}, flow {r['flow_all']}, plain seq {r['plain_seq_all']}, "
            f"plain par {r['plain_par_all']}" for r in b["runs"]), "",
                  f"Goal (issue): orchestration < {b['goal_orchestration_fraction'] * 100:.0f} % of wall time. "
                  "Orchestration = (flow seconds − plain[par] seconds) / flow seconds, and (CLI wall − plain[par]) / "
                  "wall; plain[par] = same chunks on a stdlib spawn pool with as many workers as the flow. "
                  "Against the one-process baseline plain[seq]: " + "; ".join(
                      f"chunk {r['chunk_size']}: {pct(r['orchestration_fraction_flow_vs_seq'])} of flow, "
                      f"{pct(r['orchestration_fraction_wall_vs_seq'])} of wall" for r in b["runs"]) + ".", ""]
        reasons: dict[str, int] = {}
        for r in b["runs"]:
            for c in r["cli_runs"]:
                for k, v in (c.get("quarantine_reasons") or {}).items():
                    reasons[k] = reasons.get(k, 0) + v
        if reasons:
            lines += ["**WARNING: documents were quarantined** (summed over the CLI runs); each transient failure is "
                      "retried with back-off sleeps (0.4 s + 0.8 s), which inflates flow and plain times alike: "
                      + "; ".join(f"{v} × {k}" for k, v in reasons.items()), ""]
        pt = b.get("prefect_per_chunk_overhead")
        if pt:
            lines += [f"Flow seconds − plain[par] seconds against the number of chunks: "
                      f"{pt['seconds_per_chunk'] * 1000:.1f} ms per chunk + {pt['fixed_s']:.2f} s fixed "
                      f"(points {pt['points']}).", ""]
        par = next((r["plain_par"] for r in b["runs"] if "pool_startup_s" in r["plain_par"]), None)
        if par:
            lines += [f"A bare spawn pool of {par['workers']} workers importing zhixing.batch starts in "
                      f"{par['pool_startup_s']:.2f} s.", ""]
        mid = next((r for r in b["runs"] if r["chunk_size"] == 25), b["runs"][0] if b["runs"] else None)
        if mid:
            lines += [f"Process tree of the chunk-{mid['chunk_size']} CLI run (sampled every "
                      f"{mid['cli']['memory'].get('sample_interval_s')} s; times from the command's start):", "",
                      "| process role | count | peak RSS MiB (each) | first seen s | last seen s |",
                      "|---|---:|---:|---:|---:|"]
            for role, v in mid["cli"]["memory"]["by_role"].items():
                lines.append(f"| {role} | {v['processes']} | {fmt(v['peak_rss_mib'])} | {fmt(v['first_seen_s'])} | "
                             f"{fmt(v['last_seen_s'])} |")
            lines.append("")
        bd = b.get("breakdown_plain_seq_chunk25", {})
        if bd.get("breakdown"):
            lines += [f"Where the plain processing time goes (one process, chunk 25, {bd['processed']} documents, "
                      f"{bd['seconds']:.2f} s; timing wrappers around what process_chunk calls; write_result_file "
                      "includes os.fsync, process_bytes includes nothing below it):", "",
                      "| function | calls | seconds | ms per doc | share of run |", "|---|---:|---:|---:|---:|"]
            for name, v in sorted(bd["breakdown"].items(), key=lambda kv: -kv[1]["seconds"]):
                lines.append(f"| {name} | {v['calls']} | {v['seconds']:.3f} | {v['ms_per_doc']:.3f} | "
                             f"{pct(v['share_of_run'])} |")
            lines.append("")
    lines += ["See bench/README.md for what each figure means.", ""]
    return "\n".join(lines)


EXTRAS = {"money": "bench_money.py", "extract": "bench_extract.py", "checks": "bench_checks.py"}


def run_extra(name: str, quick: bool) -> dict:
    """The benchmarks that print one JSON object on stdout."""
    cmd = [sys.executable, str(BENCH / EXTRAS[name])] + (["--seconds", "1"] if quick and name != "money" else [])
    print(f"== {name}: {' '.join(cmd[1:])}", flush=True)
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        return {"error": proc.stderr[-500:]}
    return json.loads(proc.stdout[proc.stdout.index("{"):])


def extras_markdown(results: dict) -> list[str]:
    lines = []
    money = results.get("money")
    if money and "error" not in money:
        lines += ["## Money extraction: zhixing vs JioNLP, same sentences, one run", "",
                  f"{money['sentences']} sentences: every 主文 item of the extraction gold and the pitfall sentences of "
                  "tests/test_money.py (most of them were used while building the extractor: see the README).", "",
                  "| contender | sentences/s | exact sentences | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|"]
        for name in ("zhixing", "jionlp"):
            r = money.get(name)
            if isinstance(r, dict):
                lines.append(f"| {name} | {r['sentences_per_s']:,.0f} | {r['sentences_exact']:.3f} | {r['precision']:.3f} | "
                             f"{r['recall']:.3f} | {r['f1']:.3f} |")
            else:
                lines.append(f"| {name} | {r} | | | | |")
        lines.append("")
        held = money.get("heldout")
        if isinstance(held, dict):
            lines += [f"Held out: {held['sentences']} CAIL passages of corpora/gold/money-heldout.jsonl, annotated by hand "
                      "without either extractor:", "", "| contender | sentences/s | exact sentences | precision | recall | F1 |",
                      "|---|---:|---:|---:|---:|---:|"]
            for name in ("zhixing", "jionlp"):
                r = held.get(name)
                if isinstance(r, dict):
                    lines.append(f"| {name} | {r['sentences_per_s']:,.0f} | {r['sentences_exact']:.3f} | "
                                 f"{r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} |")
            lines.append("")
    for name, title in (("extract", "Full extraction (rule extractors) and the learned name recogniser"),
                        ("checks", "Extract + check, and the share of the 主文 checks")):
        r = results.get(name)
        if r:
            lines += [f"## {title}", "", "```json", json.dumps(r, ensure_ascii=False, indent=1), "```", ""]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", default="parse,pdf,batch,money,extract,checks")
    parser.add_argument("--keep-failing", action="store_true",
                        help="batch: keep sources whose Document cannot be serialised today (see bench/README.md)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    results: dict = {"machine": machine(), "quick": args.quick, "code_before": code_fingerprint()}
    for name in args.only.split(","):
        name = name.strip()
        if name in EXTRAS:
            results[name] = run_extra(name, args.quick)
            continue
        results[name] = run(name, args.quick, ["--keep-failing"] if name == "batch" and args.keep_failing else [])
    results["code_after"] = code_fingerprint()
    results["code_changed_during_run"] = results["code_before"]["sha256"] != results["code_after"]["sha256"]
    (OUT / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    md = markdown(results) + "\n".join(extras_markdown(results)) + "\n"
    (OUT / "results.md").write_text(md, encoding="utf-8")
    print(md)


if __name__ == "__main__":
    main()
