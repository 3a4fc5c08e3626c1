"""Bad input: a clear error naming the reason, never a crash, never a silent drop."""

from __future__ import annotations

import pytest

from corpora import bad_inputs
from zhixing.pipeline import process_path


@pytest.mark.parametrize("make,code", [
    (bad_inputs.empty_file, "empty_file"),
    (bad_inputs.binary_as_txt, "binary_content"),
    (bad_inputs.huge_file, "too_large"),
    (bad_inputs.zip_bomb_docx, "zip_bomb"),
    (bad_inputs.not_a_zip_docx, "docx_damaged"),
    (bad_inputs.truncated_pdf, "pdf_damaged"),
    (bad_inputs.encrypted_pdf, "pdf_encrypted"),
])
def test_bad_input_is_reported(tmp_path, make, code):
    path = make(tmp_path)
    doc = process_path(path)
    assert doc.status == "failed"
    assert doc.error.code == code
    assert doc.error.message  # Chinese / English explanation
    assert doc.source.path == str(path)


def test_zip_bomb_is_refused_without_inflating(tmp_path):
    import resource

    path = bad_inputs.zip_bomb_docx(tmp_path)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    process_path(path)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert (after - before) < 200 * 1024  # KiB: far less than the 1 GiB the member would inflate to
