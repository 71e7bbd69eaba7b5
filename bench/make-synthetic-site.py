#!/usr/bin/env python3
"""Writes the same synthetic site for our generator and for Hugo, so both are timed on equal input.

Ours (OUT/ours/input) is built with the repository's real theme and every feature on; Hugo's
(OUT/hugo) gets layouts that do the same work with Hugo's own features: a header with the section
menu and the search box, a table of contents, previous/next links, fingerprinted CSS and JS, a
sitemap, an RSS feed and a JSON search index.

Every page has front matter (title, description, summary, order, date), three sections, a list,
a pipe table, emphasis and code, and links to other pages with #anchors (which we check). One page
in ten also shows a data table (ours: a ```table block and {{ figure }}; Hugo: shortcodes reading
data/budgets.yaml), so ours also publishes the table as CSV and JSON.

Usage: make-synthetic-site.py PAGES OUT_DIR
"""
import os
import shutil
import sys

pages, out = int(sys.argv[1]), sys.argv[2]
ours, hugo = os.path.join(out, "ours"), os.path.join(out, "hugo")

COUNTRIES = [("Canada", 1.8, 7), ("France", 5.5, 7), ("Germany", 5.3, 6), ("Japan", 3.1, 8),
             ("United Kingdom", 3.9, 6), ("Saudi Arabia", 40, 5), ("South Korea", 7.2, 7)]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def body(i, link, table, figure):
    nxt, prv, far = (i + 1) % pages, (i - 1) % pages, (i * 7 + 3) % pages
    data = ""
    if i % 10 == 0:
        data = f"\nCanada's budget is {figure}, against much larger sums elsewhere.\n\n{table}\n"
    return f"""A short introduction to page {i}, long enough to be a typical paragraph of an explainer:
it names a subject, says why it matters and points to the [details](#details) below.

## Overview

Some prose with *emphasis*, **strong text** and `code`. Canada's compute capacity is measured in
PFLOP/s; this paragraph is long enough to be typical of an explainer page in the wild.

- first point, with a [link to the next page]({link(nxt, "details")})
- second point, with a [link to the previous page]({link(prv, "overview")})
- third point, with a [link further away]({link(far, None)})

## Details

| Country | Budget | Score |
|---|--:|--:|
| Canada | 1.8 | 7 |
| France | 5.5 | 7 |

More text. More text. More text. More text. More text. More text. More text. More text.
More text. More text. More text. More text. More text. More text. More text. More text.
{data}
## What comes next

### A subsection

The last section closes the page, as explainers do, with a pointer [back to the overview](#overview).
"""


def front(i):
    day = 1 + i % 28
    return (f"---\ntitle: Page {i}\ndescription: Synthetic page {i}, for timing builds.\n"
            f"summary: What page {i} is about, in one sentence.\norder: {i + 2}\ndate: 2026-01-{day:02d}\n---\n")


# ---- ours: input/ for the real theme ----
nav = "".join(f"  - p{i}.md\n" for i in range(min(pages, 8)))
write(f"{ours}/input/site.yml", f"""title: {{ en: "Synthetic: a site for timing builds" }}
description: {{ en: "Generated pages, for timing builds." }}
language: en
languages: [en]
author: Bench
publisher: Bench
license: CC BY 4.0
nav:
  - index.md
{nav}""")
write(f"{ours}/input/data/budgets.yml", """title: { en: National AI budgets }
description: { en: "Synthetic budgets, for timing builds." }
source:
  - { title: "A synthetic source", publisher: Bench, date: 2026-01 }
columns:
  - { id: country, label: { en: Country }, type: text, key: true }
  - { id: budget, label: { en: Budget }, type: money, currency: USD, scale: billion }
  - { id: score, label: { en: Score }, type: number }
rows:
""" + "".join(f"  - {{ country: {c}, budget: {b}, score: {s} }}\n" for c, b, s in COUNTRIES))
ours_table = "```table\ntable: budgets\ncolumns: [country, budget, score]\n```"
ours_figure = '{{ figure "budgets" "Canada" "budget" }}'
for i in range(pages):
    link = lambda n, anchor: f"p{n}.md" + (f"#{anchor}" if anchor else "")
    write(f"{ours}/input/p{i}.md", front(i) + body(i, link, ours_table, ours_figure))
write(f"{ours}/input/index.md", "---\ntitle: Home\ndescription: The home page.\nlayout: home\norder: 1\n"
      "summary: Generated pages, for timing builds.\ndate: 2026-01-01\n---\n"
      "Start with [the first page](p0.md#overview).\n")

# ---- hugo: the same pages, comparable layouts, Hugo's own features ----
menu = "".join(f'[[menu.main]]\nname = "Page {i}"\npageRef = "/p{i}"\nweight = {i + 2}\n' for i in range(min(pages, 8)))
write(f"{hugo}/hugo.toml", f"""baseURL = "https://example.org/"
title = "Synthetic: a site for timing builds"
languageCode = "en"
disableKinds = ["taxonomy", "term"]
[outputs]
home = ["HTML", "RSS", "JSON"]
[markup.tableOfContents]
startLevel = 2
endLevel = 2
[[menu.main]]
name = "Home"
pageRef = "/"
weight = 1
{menu}""")
write(f"{hugo}/data/budgets.yaml", "rows:\n" + "".join(f"  - {{ country: {c}, budget: {b}, score: {s} }}\n" for c, b, s in COUNTRIES))
write(f"{hugo}/layouts/shortcodes/budgets.html", """<table><caption>National AI budgets</caption>
<thead><tr><th scope="col">Country</th><th scope="col">Budget (US$ billion)</th><th scope="col">Score</th></tr></thead>
<tbody>{{ range .Site.Data.budgets.rows }}<tr><th scope="row">{{ .country }}</th><td>{{ .budget }}</td><td>{{ .score }}</td></tr>{{ end }}</tbody>
</table>
""")
write(f"{hugo}/layouts/shortcodes/figure.html",
      '{{ range where .Site.Data.budgets.rows "country" "Canada" }}US${{ .budget }} billion{{ end }}')
write(f"{hugo}/layouts/_default/baseof.html", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ .Description }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">{{ end }}
{{ $css := resources.Get "css/site.css" | fingerprint }}<link rel="stylesheet" href="{{ $css.RelPermalink }}" integrity="{{ $css.Data.Integrity }}">
{{ $js := resources.Get "js/site.js" | fingerprint }}<script src="{{ $js.RelPermalink }}" defer></script>
{{ $theme := resources.Get "js/theme.js" | fingerprint }}<script src="{{ $theme.RelPermalink }}"></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header"><a class="site-title" href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<nav aria-label="Main"><ol>{{ $current := . }}{{ range .Site.Menus.main }}<li><a href="{{ .URL }}"{{ if $current.IsMenuCurrent "main" . }} aria-current="page"{{ end }}>{{ .Name }}</a></li>{{ end }}</ol></nav>
<div class="search" role="search"><label for="search-input">Search</label><input id="search-input" type="search"><ol id="search-results" hidden></ol></div>
</header>
<main id="main">{{ block "main" . }}{{ end }}</main>
<footer><p>Content licensed under CC BY 4.0 · {{ .Site.Title }}</p></footer>
</body>
</html>
""")
write(f"{hugo}/layouts/_default/single.html", """{{ define "main" }}<article class="page">
<header class="page-header"><h1>{{ .Title }}</h1>{{ with .Params.summary }}<p class="lede">{{ . }}</p>{{ end }}
<p class="page-meta">{{ .ReadingTime }} min read · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "January 2, 2006" }}</time></p></header>
<nav class="toc" aria-label="On this page">{{ .TableOfContents }}</nav>
{{ .Content }}
</article>
<nav class="pager">{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
{{ end }}
""")
write(f"{hugo}/layouts/_default/list.html", """{{ define "main" }}<article class="page home"><h1>{{ .Title }}</h1>{{ .Content }}
<ol>{{ range first 10 .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol></article>{{ end }}
""")
write(f"{hugo}/layouts/index.json", """{{- $index := slice -}}
{{- range .Site.RegularPages -}}
{{- $index = $index | append (dict "title" .Title "url" .RelPermalink "summary" .Params.summary "text" .Plain) -}}
{{- end -}}
{{- $index | jsonify -}}
""")
for i in range(pages):
    link = lambda n, anchor: f"/p{n}/" + (f"#{anchor}" if anchor else "")
    write(f"{hugo}/content/p{i}.md", front(i) + body(i, link, "{{< budgets >}}", "{{< figure >}}"))
write(f"{hugo}/content/_index.md", "---\ntitle: Home\ndescription: The home page.\n---\n"
      "Start with [the first page](/p0/#overview).\n")

# Hugo publishes the real theme's files too: all of them as static files, and its CSS and JS also
# through Hugo Pipes with fingerprints, as our theme's assets are.
theme_assets = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "theme", "assets")
shutil.copytree(theme_assets, f"{hugo}/static", dirs_exist_ok=True)
for folder in ("css", "js"):
    shutil.copytree(os.path.join(theme_assets, folder), f"{hugo}/assets/{folder}", dirs_exist_ok=True)
