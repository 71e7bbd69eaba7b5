#!/usr/bin/env python3
"""Writes the same synthetic site for our generator and for Hugo, so both are timed on equal input.

Each page has front matter, headings, a list, a pipe table and links to other pages, like the
pages in ../shared/anchors.md's measurements. Usage: make-synthetic-site.py PAGES OUT_DIR
"""
import os
import sys

pages, out = int(sys.argv[1]), sys.argv[2]

def body(i):
    nxt, prv = (i + 1) % pages, (i - 1) % pages
    return f"""## Section one of page {i}

Some prose with *emphasis*, **strong text** and `code`. Canada's compute capacity is measured in
PFLOP/s; this paragraph is long enough to be typical of an explainer page in the wild.

- first point, with a [link to the next page]({{next}})
- second point, with a [link to the previous page]({{prev}})
- third point

| Country | Budget | Score |
|---|--:|--:|
| Canada | 1.8 | 7 |
| France | 5.5 | 7 |

### A subsection

More text. More text. More text. More text. More text. More text. More text. More text.
""", nxt, prv

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

ours, hugo = os.path.join(out, "ours"), os.path.join(out, "hugo")
write(f"{ours}/input/site.yml", "title: Synthetic\nurl: https://example.org\n")
write(f"{hugo}/hugo.toml", 'baseURL = "https://example.org/"\ntitle = "Synthetic"\ndisableKinds = ["taxonomy", "term", "RSS"]\n')
write(f"{hugo}/layouts/_default/single.html", "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n")
write(f"{hugo}/layouts/_default/list.html", "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n")
write(f"{hugo}/layouts/index.html", "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n")
for i in range(pages):
    text, nxt, prv = body(i)
    front = f"---\ntitle: Page {i}\ndescription: Synthetic page {i}.\norder: {i}\n---\n"
    write(f"{ours}/input/p{i}.md", front + text.replace("{next}", f"p{nxt}.md").replace("{prev}", f"p{prv}.md"))
    write(f"{hugo}/content/p{i}.md", front + text.replace("{next}", f"/p{nxt}/").replace("{prev}", f"/p{prv}/"))
write(f"{ours}/input/index.md", "---\ntitle: Home\ndescription: Home.\n---\nHome.\n")
