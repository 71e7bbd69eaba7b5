#!/usr/bin/env python3
"""Writes a site whose one data table has ROWS rows (issue 28: 200,000 rows, about 9 MB of YAML),
to measure what the generator holds in memory for a big table: the table itself, its data page
(the whole table as HTML), its CSV and JSON downloads, its rows in the search index.

Columns: a text key, a year, a number with a decimal and a percentage, as the explainer's
tables have them; 200,000 rows make about 10 MB. tests/Support/BigTable.cs writes the same site for the memory test.

Usage: make-big-table.py ROWS OUT_DIR      (then: site build in OUT_DIR, e.g. under /usr/bin/time -v)
"""
import os
import sys

rows, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(os.path.join(out, "input", "data"), exist_ok=True)
with open(os.path.join(out, "input", "data", "big.yml"), "w", encoding="utf-8") as f:
    f.write('title: "A big table"\n')
    f.write('description: "Generated rows, to measure memory."\n')
    f.write('source:\n  - { title: "Generated", publisher: "bench/make-big-table.py", date: 2026-01 }\n')
    f.write("columns:\n")
    f.write("  - { id: code, label: Code, type: text, key: true }\n")
    f.write("  - { id: year, label: Year, type: year }\n")
    f.write("  - { id: amount, label: Amount, type: number, unit: tonnes }\n")
    f.write("  - { id: share, label: Share, type: percent }\n")
    f.write("rows:\n")
    for i in range(rows):
        f.write(f"- {{code: r{i}, year: {1990 + i % 35}, amount: {i % 10007}.{i % 10}, share: {i % 100}%}}\n")
with open(os.path.join(out, "input", "index.md"), "w", encoding="utf-8") as f:
    f.write("---\ntitle: A big table\ndescription: One page beside a big data table.\n---\n\n"
            "The whole table is on [its data page](/data/big/).\n")
