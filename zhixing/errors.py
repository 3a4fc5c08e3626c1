"""Error catalogue: every problem a document can have, with a stable code and a Chinese and an English message."""

from __future__ import annotations

from dataclasses import dataclass

CATALOGUE: dict[str, tuple[str, str]] = {
    # code: (Chinese, English)
    "file_not_found": ("文件不存在", "file not found"),
    "not_a_file": ("不是普通文件", "not a regular file"),
    "empty_file": ("文件为空", "the file is empty"),
    "too_large": ("文件过大（超过 {limit_mb} MB 上限）", "file too large (over the {limit_mb} MB limit)"),
    "unsupported_format": ("无法识别的文件格式", "unrecognised file format"),
    "binary_content": ("文件内容是二进制数据，不是文本", "the file holds binary data, not text"),
    "undecodable_text": ("无法确定文本编码", "cannot determine the text encoding"),
    "pdf_encrypted": ("PDF 已加密，无法读取", "the PDF is encrypted"),
    "pdf_damaged": ("PDF 文件损坏或不完整", "the PDF is damaged or truncated"),
    "needs_ocr": ("PDF 没有可用的文字层（扫描件或字体无映射），需要 OCR", "the PDF has no usable text layer: needs OCR"),
    "docx_damaged": ("DOCX 文件损坏或不是有效的 DOCX", "the DOCX is damaged or not a DOCX"),
    "zip_bomb": ("DOCX 解压后过大（疑似压缩炸弹）", "the DOCX expands too much (zip bomb)"),
    "html_damaged": ("HTML 无法解析", "the HTML cannot be parsed"),
    "no_text": ("文件中没有文字内容", "the file contains no text"),
    "internal_error": ("处理时发生内部错误：{detail}", "internal error: {detail}"),
}

# Codes a retry cannot fix; anything else (I/O hiccups, locked database) counts as transient in the batch flow.
PERMANENT = frozenset(CATALOGUE) - {"internal_error"}


@dataclass
class IngestError(Exception):
    """A document that cannot be read. Raised by readers, turned into ``Document.error`` by the pipeline."""

    code: str
    detail: str = ""
    params: dict | None = None

    def message(self) -> str:
        zh, en = CATALOGUE.get(self.code, ("未知错误", "unknown error"))
        params = dict(self.params or {}, detail=self.detail)
        text = f"{zh.format(**params)} / {en.format(**params)}"
        if self.detail and "{detail}" not in zh:
            text += f" ({self.detail})"
        return text

    def __str__(self) -> str:
        return self.message()
