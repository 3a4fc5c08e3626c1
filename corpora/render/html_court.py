"""wsjd-007.html: a judgment inside a court web page (UTF-8), with the site's boilerplate around it."""

from __future__ import annotations

from xml.sax.saxutils import escape

from .cjk_layout import split_signature
from .html_template import html_page
from .manifest import record, write_expected
from .paths import OUT
from .sources import Sources, judgment_source


def render_court_page(src: Sources) -> None:
    doc_id = "wsjd-007"
    lines = src.judgment(doc_id)
    site = "新疆维吾尔自治区高级人民法院伊犁哈萨克自治州分院"
    sig = split_signature(lines)
    paras = []
    for i, ln in enumerate(lines):
        s = escape(ln.strip())
        if i in (0, 1):
            paras.append(f'    <p style="text-align:center;">{s}</p>')
        elif i == 2 or i >= sig:
            paras.append(f'    <p style="text-align:right;">{s}</p>')
        else:
            paras.append(f'    <p style="text-indent:2em;">{s}</p>')
    title = "熊存理与伊犁昊丰房地产开发有限责任公司、贾仲培商品房销售合同纠纷一审民事裁定书"
    main = f"""  <div class="article">
    <h1 class="article-title">{escape(title)}</h1>
    <div class="article-info">发布时间：2017-07-10 10:21:35 &nbsp; 来源：审判管理办公室 &nbsp; 浏览次数：<span id="hits">1024</span>
      &nbsp; <a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a></div>
  <div class="content">
{chr(10).join(paras)}
  </div>
  <div class="article-nav"><a href="/ws/96.html">上一篇：（2017）新40民初96号民事裁定书</a>
    <a href="/ws/98.html">下一篇：（2017）新40民初98号民事判决书</a></div>
  </div>"""
    sidebar = """  <div class="sidebar">
    <h3>相关文书</h3>
    <ul>
      <li><a href="/ws/81.html">（2017）新40民初81号民事判决书</a></li>
      <li><a href="/ws/83.html">（2017）新40民终412号民事裁定书</a></li>
      <li><a href="/ws/90.html">（2017）新40执异12号执行裁定书</a></li>
    </ul>
    <h3>热点推荐</h3>
    <ul>
      <li><a href="/news/1.html">伊犁州分院召开执行工作推进会</a></li>
      <li><a href="/news/2.html">关于公布失信被执行人名单的公告</a></li>
    </ul>
  </div>"""
    footer = """  <p>版权所有：新疆维吾尔自治区高级人民法院伊犁哈萨克自治州分院 &nbsp; 地址：新疆伊宁市（示例地址）</p>
  <p>联系电话：0999-0000000 &nbsp; <a href="https://beian.miit.gov.cn/">新ICP备00000000号-1</a> &nbsp;
     <img src="/static/img/gongan.png" alt="">新公网安备 00000000000000号</p>
  <p>技术支持：某某信息技术有限公司 &nbsp; 建议使用1366*768分辨率浏览</p>"""
    script = """var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.example.invalid/hm.js?0000";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
document.getElementById("hits").innerHTML = "本院认为" + "（脚本文本，不属于正文）";"""
    page = html_page(charset="utf-8", title=title, site=site,
                      nav=["首页", "法院概况", "审判执行", "裁判文书", "执行公开", "诉讼指南", "联系我们"],
                      crumbs=["首页", "裁判文书", "民事文书"], main=main, sidebar=sidebar, footer=footer,
                      script=script)
    (OUT / "wsjd-007.html").write_text(page, encoding="utf-8")
    record("wsjd-007.html", source_id=doc_id, source=judgment_source(doc_id), format="html", encoding="utf-8",
           expected_text=write_expected(doc_id, lines),
           exercises=["court web page boilerplate around the judgment: header with logo/nav/search form, breadcrumb, "
                      "article title and info line (发布时间/浏览次数/打印/关闭), prev/next links, sidebar of related "
                      "文书 links, footer with copyright/ICP/公网安备 text, a <script> block whose string literal "
                      "contains '本院认为'",
                      "the judgment itself: every source line as a <p> inside <div class=\"content\">"],
           content_selector="div.content")
