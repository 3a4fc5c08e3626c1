"""HTML court pages and press releases: keep the article's paragraphs, drop navigation and boilerplate.

The content is the block with the most paragraph text after removing elements that are never content (script, nav,
footer …) or whose class / id names them as chrome (menu, breadcrumb, share, related …).
"""

from __future__ import annotations

import re

from extractors.formats.base import RawExtraction
from extractors.formats.encoding import decode_text
from zhixing.document import DocFormat
from zhixing.errors import IngestError

_DROP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button", "select",
              "svg", "template", "object", "embed", "input", "textarea", "link", "meta", "head"}
_CHROME = re.compile(r"nav|menu|breadcrumb|crumb|footer|\bfoot|header|\bhead\b|sidebar|side-|share|related|recommend|"
                     r"copyright|comment|\bad\b|ads|banner|toolbar|pager|pagination|login|search|hot|links|friend|"
                     r"location|position|weizhi|dqwz|fenxiang", re.I)
_BLOCK_TAGS = {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "blockquote",
               "pre", "center", "ul", "ol", "dd", "dt", "td", "th", "body", "main"}
_DOC_TITLE = re.compile(r"^(民事|刑事|行政|执行)?(判决书|裁定书|调解书|决定书)$")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


def read_html(data: bytes) -> RawExtraction:
    text, encoding = _decode_html(data)
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError("html_damaged", str(exc)) from exc
    title = _title(root)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):  # comments, processing instructions
            _remove(el)
            continue
        if el.tag in _DROP_TAGS:
            _remove(el)
            continue
        marker = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"))))
        if marker and _CHROME.search(marker) and el.tag not in ("body", "html"):
            _remove(el)
    body = root.find("body")
    if body is None:
        body = root
    content = _best_container(body)
    lines = _block_lines(content)
    # A press page keeps its headline in an <h1> outside the article body; a court page repeats the case name there
    # while the body has its own header (court, 民事裁定书, 案号): add the headline only in the first case.
    has_own_title = any(_DOC_TITLE.search(re.sub(r"\s+", "", line)) for line in lines[:6])
    if title and not has_own_title and not any(title in line or line in title for line in lines[:3] if line):
        lines.insert(0, title)
    return RawExtraction(text="\n".join(lines), format=DocFormat.html, encoding=encoding)


def _decode_html(data: bytes) -> tuple[str, str]:
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        name = declared.group(1).decode("ascii").lower()
        name = {"gb2312": "gbk", "x-gbk": "gbk"}.get(name, name)
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: fall back to detection
    return decode_text(data)


def _title(root) -> str:
    for tag in ("h1", "title"):
        el = root.find(f".//{tag}")
        if el is not None:
            t = " ".join(el.text_content().split())
            if t:
                return re.split(r"[_|\-–—]{1,2}\s*(?=[^_|\-–—]*$)", t)[0].strip() if tag == "title" else t
    return ""


def _remove(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:  # keep text that follows the removed element
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _best_container(body):
    best, best_score = body, 0.0
    for el in body.iter("div", "article", "section", "td", "main", "center"):
        score = 0.0
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if child.tag in ("p", "br", "h1", "h2", "h3", "blockquote"):
                score += len(_cjk(child.text_content()))
        score += len(_cjk(el.text or "")) + sum(len(_cjk(c.tail or "")) for c in el if isinstance(c.tag, str))
        if score > best_score:
            best, best_score = el, score
    return best


def _cjk(s: str) -> str:
    return "".join(c for c in s if "\u4e00" <= c <= "\u9fff")


def _block_lines(el) -> list[str]:
    """Text of ``el`` with a line break at every block boundary and <br>, whitespace runs inside a line kept single."""
    parts: list[str] = []

    def walk(node) -> None:
        if node.tag == "br":
            parts.append("\n")
        block = node.tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(el)
    lines = []
    for line in "".join(parts).split("\n"):
        line = re.sub(r"[ \t\r\f\v\xa0]+", " ", line).strip()
        lines.append(line)
    # collapse runs of blank lines to one
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return out
