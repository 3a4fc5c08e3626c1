"""The HTML page template shared by the court and press pages: site header with nav and search, breadcrumb, main
column, sidebar, footer and a <script> block."""

from __future__ import annotations

from xml.sax.saxutils import escape


def html_page(*, charset: str, title: str, site: str, nav: list[str], crumbs: list[str], main: str,
               sidebar: str, footer: str, script: str) -> str:
    nav_html = "\n".join(f'        <li><a href="/{i}.html">{escape(n)}</a></li>' for i, n in enumerate(nav))
    crumb_html = " &gt; ".join(
        f'<a href="/c{i}.html">{escape(c)}</a>' if i < len(crumbs) - 1 else f"<span>{escape(c)}</span>"
        for i, c in enumerate(crumbs))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} - {escape(site)}</title>
<link rel="stylesheet" href="/static/css/main.css">
<style>
  .content p {{ line-height: 2; margin: 0; }}
  .sidebar {{ float: right; width: 240px; }}
</style>
</head>
<body>
<div class="header">
  <div class="logo"><a href="/"><img src="/static/img/logo.png" alt="{escape(site)}"></a></div>
  <div class="site-name">{escape(site)}</div>
  <div class="nav">
    <ul>
{nav_html}
    </ul>
  </div>
  <form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键词"><button>搜索</button></form>
</div>
<div class="breadcrumb">当前位置：{crumb_html}</div>
<div class="main">
{main}
{sidebar}
</div>
<div class="footer">
{footer}
</div>
<script type="text/javascript">
{script}
</script>
</body>
</html>
"""
