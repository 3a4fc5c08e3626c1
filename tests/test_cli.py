"""The `zhixing extract` contract: one JSON line per document, in input order, failures included, stable names."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import CORPORA, ROOT

REQUIRED = {"schema_version", "source", "status", "doc_type", "court", "case_number", "date", "instance", "parties",
            "sections", "operative_items", "flags"}


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zhixing", *args], cwd=ROOT, input=stdin, capture_output=True,
                          timeout=120)


def test_extract_lines_in_input_order_with_the_contract_fields(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    paths = ["corpora/judgments/wsjd-006.txt", str(empty), "corpora/rebuilt/sc1-001.txt"]
    result = run_cli("extract", *paths)
    assert result.returncode == 1  # one document failed
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [rec["source"]["path"] for rec in lines] == paths
    for rec in lines:
        assert REQUIRED <= rec.keys()
        assert rec["schema_version"] == "1.4"
        assert {"path", "sha256", "format", "encoding", "pages"} <= rec["source"].keys()
    judgment = lines[0]
    assert judgment["status"] == "ok" and judgment["doc_type"] == "judgment"
    assert judgment["case_number"] == "（2017）1029民初383号" and judgment["date"] == "2017-08-28"
    assert judgment["court"] == "江西省抚州市东乡区人民法院" and judgment["instance"] == "first"
    plaintiff = judgment["parties"][0]
    assert (plaintiff["name"], plaintiff["role"], plaintiff["role_text"], plaintiff["kind"]) == \
        ("中国银行股份有限公司东乡支行", "plaintiff", "原告", "organisation")
    assert plaintiff["address"] == "抚州市东乡区恒安中路224号" and plaintiff["representative"] == "曹丽华"
    item = judgment["operative_items"][0]
    assert item["index"] == 1 and item["text"].startswith("被告程国丽于本于本判决生效之日起十日内")
    assert item["item_type"] == "payment"
    assert [(a["value"], a["currency"]) for a in item["amounts"]] == [("128520.48", "CNY")]
    assert item["deadline"]["days"] == 10 and item["deadline"]["anchor"] == "effective"
    assert item["obligations"][0]["obligors"] == ["程国丽"] and item["obligations"][0]["liability"] == "sole"
    assert judgment["costs"]["acceptance_fee"] == "3841.7"
    assert judgment["text"][item["span"][0]:item["span"][1]] == item["text"]
    assert lines[1]["status"] == "failed" and lines[1]["error"]["code"] == "empty_file"
    assert "empty.txt" in result.stderr.decode() and "文件为空" in result.stderr.decode()
    assert "raw_text" not in judgment


def test_extract_reads_stdin_and_raw_option():
    data = (CORPORA / "judgments" / "wsjd-003.txt").read_bytes()
    result = run_cli("extract", "--raw", "-", stdin=data.decode("utf-8").encode("gb18030"))
    assert result.returncode == 0
    rec = json.loads(result.stdout)
    assert rec["source"]["path"] == "-" and rec["source"]["encoding"] == "gbk"
    assert rec["operative_items"][0]["text"] == "准许原告刘忠琴撤回起诉。"
    assert rec["raw_text"].startswith("贵州省兴仁县人民法院") and rec["offset_map"]


def test_missing_file_yields_a_line_and_a_message():
    result = run_cli("extract", "no/such/file.pdf")
    assert result.returncode == 1
    rec = json.loads(result.stdout)
    assert rec["status"] == "failed" and rec["error"]["code"] == "file_not_found"
    assert "no/such/file.pdf" in result.stderr.decode()


def test_schema_command_matches_the_published_schema(tmp_path):
    target = tmp_path / "schema.json"
    assert run_cli("schema", "-o", str(target)).returncode == 0
    assert json.loads(target.read_text()) == json.loads((ROOT / "schema" / "document.schema.json").read_text())
    schema = json.loads(target.read_text())
    assert REQUIRED <= set(schema["properties"])
    assert schema["properties"]["schema_version"]["const"] == "1.4"


def test_usage_error_exit_code():
    assert run_cli("extract").returncode == 2


def test_every_corpus_document_serialises_to_a_json_line():
    from zhixing.output import document_line
    from zhixing.pipeline import process_path

    paths = [p for folder in ("judgments", "rebuilt", "press", "formats", "samples")
             for p in sorted((CORPORA / folder).iterdir()) if p.suffix in (".txt", ".pdf", ".docx", ".html")]
    assert len(paths) > 90
    for path in paths:
        record = json.loads(document_line(process_path(path)))
        assert record["source"]["sha256"], path
