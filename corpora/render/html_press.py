"""Press pages: press-001.html (UTF-8, <br> breaks in mid-sentence) and press-004-gbk.html (GBK-encoded)."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from .html_template import html_page
from .manifest import record, write_expected
from .paths import OUT
from .sources import Sources


def render_press_page(src: Sources) -> None:
    """press-001.html from press seed 001."""
    raw = [ln.strip() for ln in src.seed("001") if ln.strip()]
    headline, paras_src = raw[0], raw[1:]
    ends = tuple("。！？”：）;；:?!)")
    blocks: list[list[str]] = []
    for p in paras_src:
        if blocks and not blocks[-1][-1].endswith(ends) and blocks[-1][-1] != "问":
            blocks[-1].append(p)  # the scraped page split this paragraph mid-sentence: keep the split as <br>
        else:
            blocks.append([p])
    body_html = []
    for blk in blocks:
        if blk == ["问"]:
            body_html.append('    <p class="q"><strong>问</strong></p>')
        else:
            inner = "<br>\n".join("\u3000\u3000" + escape(blk[0]) if j == 0 else escape(s) for j, s in enumerate(blk))
            body_html.append(f"    <p>{inner}</p>")
    n_br = sum(len(b) - 1 for b in blocks)
    related = [src.seed(n) for n in ("000", "002", "003", "004")]
    rel_titles = ["全国法院执行工作的这场“头脑风暴”", "执行工作正向“执行不难”有力迈进", "执“交叉之钥” 启“沉案之锁”",
                  "推进执行改革 不断夯实人民群众获得感"]
    for t, r in zip(rel_titles, related):
        assert any(t in ln for ln in r), t
    related_html = "\n".join(f'        <li><a href="/news/{i}.html">{escape(t)}</a><span>2026-01-2{i}</span></li>'
                             for i, t in enumerate(rel_titles, 5))
    main = f"""  <div class="article">
    <h1>{escape(headline)}</h1>
    <div class="info"><span class="time">2026-01-27 08:30</span> <span class="source">来源：人民法院报</span>
      <span class="editor">责任编辑：王某</span></div>
    <div class="share">分享到：<a class="wx" href="#">微信</a> <a class="wb" href="#">微博</a>
      <a class="qq" href="#">QQ空间</a> <a class="print" href="javascript:window.print()">打印</a></div>
    <div class="content" id="article-body">
{chr(10).join(body_html)}
    </div>
    <div class="share bottom">分享到：<a class="wx" href="#">微信</a> <a class="wb" href="#">微博</a></div>
    <div class="related">
      <h3>相关新闻</h3>
      <ul>
{related_html}
      </ul>
    </div>
  </div>"""
    sidebar = """  <div class="sidebar">
    <h3>热门排行</h3>
    <ol><li><a href="/hot/1.html">最高法发布执行典型案例</a></li><li><a href="/hot/2.html">失信惩戒分级分类</a></li></ol>
  </div>"""
    footer = """  <p>Copyright © 人民法院新闻传媒总社（示例页面） All Rights Reserved</p>
  <p><a href="https://beian.miit.gov.cn/">京ICP备00000000号</a> &nbsp; 违法和不良信息举报电话：010-00000000</p>"""
    script = """window.shareConfig = { title: document.title, summary: "交叉执行成为破解执行难关键抓手" };
function share(t) { window.open("https://share.example.invalid/?t=" + t); }"""
    page = html_page(charset="utf-8", title=headline, site="中国法院网（示例）",
                      nav=["首页", "新闻", "法院动态", "执行", "视频", "评论"], crumbs=["首页", "新闻", "执行"],
                      main=main, sidebar=sidebar, footer=footer, script=script)
    (OUT / "press-001.html").write_text(page, encoding="utf-8")
    record("press-001.html", source_id="press-001", source=f"press/seeds/{src.seed_path('001').name}",
           format="html", encoding="utf-8", expected_text=write_expected("press-001", raw),
           exercises=["news page boilerplate: nav, breadcrumb, info line, share buttons (top and bottom), '相关新闻' "
                      "list (titles of the other press seeds), hot list sidebar, footer, <script>",
                      f"{n_br} <br> breaks in mid-sentence: where the scraped source split a paragraph without "
                      "sentence-final punctuation, the pieces stay in one <p> separated by <br>",
                      "paragraphs start with two full-width spaces (U+3000 U+3000) as press pages do",
                      "'问' question markers as <p class=\"q\"><strong>问</strong></p>"],
           content_selector="div.content")


def render_gbk_press_page(src: Sources) -> None:
    """press-004-gbk.html from press seed 004, encoded in GBK."""
    raw4 = [ln.strip() for ln in src.seed("004") if ln.strip()]
    cleaned = [re.sub(r"^#+\s*", "", ln) for ln in raw4]
    kicker, headline4 = cleaned[0], cleaned[1]
    body4 = cleaned[2:]
    phtml = []
    for ln in body4:
        if ln.startswith("问"):
            phtml.append(f"    <p><strong>{escape(ln)}</strong></p>")
        else:
            phtml.append(f"    <p>{escape(ln)}</p>")
    main = f"""  <div class="article">
    <div class="column">{escape(kicker)}</div>
    <h1>{escape(headline4)}</h1>
    <div class="info">发布时间：2025-04-08 &nbsp; 来源：人民法院报</div>
    <div class="content">
{chr(10).join(phtml)}
    </div>
  </div>"""
    footer = """  <p>版权所有 &copy; 人民法院报（示例页面） &nbsp; <a href="https://beian.miit.gov.cn/">京ICP备00000000号</a></p>"""
    page = html_page(charset="gbk", title=headline4, site="人民法院报（示例）",
                      nav=["首页", "要闻", "执行", "评论"], crumbs=["首页", "要闻"], main=main,
                      sidebar="", footer=footer, script="var pageEncoding = 'gbk';")
    (OUT / "press-004-gbk.html").write_bytes(page.encode("gbk"))
    record("press-004-gbk.html", source_id="press-004", source=f"press/seeds/{src.seed_path('004').name}",
           format="html", encoding="gbk", expected_text=write_expected("press-004", cleaned),
           exercises=["HTML saved in GBK with <meta charset=\"gbk\"> (no BOM, no HTTP header): must be decoded by the "
                      "meta charset, not as UTF-8",
                      "Q&A press conference text (问:/答:) with the '[要 闻]' column kicker"],
           notes="Markdown '## ' prefixes of the scraped seed were removed; every character of the seed is in GBK.",
           content_selector="div.content")
