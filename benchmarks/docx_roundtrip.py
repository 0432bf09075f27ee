"""How long a 5,000-word Word draft takes to audit and to write back with comments.

    PYTHONPATH=. python benchmarks/docx_roundtrip.py [--words 5000] [--repeat 3]

Builds a draft with python-docx (invented news paragraphs from ``bench.news_text``, a
title, bold runs, a table and a tracked insertion, so the reader and the writer meet the
structures a real draft has), saves the same article text as ``.txt``, then in one run:

1. in-process, best of ``--repeat``: reading the ``.docx`` into an article; reading the
   ``.txt``; the audit after reading (spaCy parse plus every stage); writing the reviewed
   ``.docx`` (re-reading the input, anchoring every comment, saving, copying the package);
2. the command line, each a fresh process (imports and model load included),
   ``--no-cache --jobs 1``: ``.txt --format json``, ``.docx --format json`` and
   ``.docx --format docx``.

Ratios compare figures from the same run; wall and CPU seconds are both printed because
the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench import load, machine, news_text  # noqa: E402


def build(words: int, folder: str) -> tuple[str, str, int]:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rng = random.Random(13)
    document = docx.Document()
    document.add_heading("City council approves spending on roads, buses and the harbor", 0)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        text = news_text(rng)
        sentences = text.replace('." ', '."\n').replace(". ", ".\n").split("\n")
        for i in range(0, len(sentences), 2):
            para = " ".join(sentences[i : i + 2])
            paragraphs.append(para)
            count += len(para.split())
    for n, para in enumerate(paragraphs):
        p = document.add_paragraph()
        head, _, tail = para.partition(" ")
        p.add_run(head + " ").bold = n % 5 == 0
        p.add_run(tail)
        if n % 40 == 20:  # a tracked insertion, as a copy editor leaves them
            ins = OxmlElement("w:ins", attrs={qn("w:id"): str(n), qn("w:author"): "Copy Desk", qn("w:date"): "2024-03-12T09:00:00Z"})
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = " The vote was 5-2."
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            r.append(t)
            ins.append(r)
            p._p.append(ins)
        if n == len(paragraphs) // 2:
            table = document.add_table(rows=3, cols=2)
            for row in range(3):
                table.cell(row, 0).text = f"Item {row + 1}"
                table.cell(row, 1).text = f"{rng.randint(2, 90)} million dollars"
    docx_path = os.path.join(folder, "draft.docx")
    document.save(docx_path)
    from quoteaudit.ingest import read_file

    (article,) = list(read_file(docx_path))
    txt_path = os.path.join(folder, "draft.txt")
    with open(txt_path, "w", encoding="utf-8") as fh:
        fh.write(article.text)
    return docx_path, txt_path, len(article.text.split())


def best(fn, repeat: int):
    results = []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        value = fn()
        results.append((time.perf_counter() - wall, time.process_time() - cpu, value))
    return min(results, key=lambda r: r[0])


def cli(args: list[str]) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "quoteaudit", "audit", *args, "--no-cache", "--jobs", "1", "--exit-zero"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"audit failed ({proc.returncode}): {proc.stderr[-500:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), proc.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from quoteaudit import nlp as nlp_mod
    from quoteaudit.ingest import read_file
    from quoteaudit.pipeline import audit_article
    from quoteaudit.report.docx import review_comments, write_reviewed

    print(machine())
    print(load())
    with tempfile.TemporaryDirectory() as tmp:
        docx_path, txt_path, words = build(args.words, tmp)
        print(f"draft: {words:,} words, {os.path.getsize(docx_path):,} bytes .docx")
        nlp = nlp_mod.load()

        read_docx = best(lambda: list(read_file(docx_path))[0], args.repeat)
        read_txt = best(lambda: list(read_file(txt_path))[0], args.repeat)
        article = read_docx[2]
        audited = best(lambda: audit_article(article, nlp(article.text)), args.repeat)
        doc = audited[2]
        comments = review_comments(doc, [])
        written = best(lambda: write_reviewed(doc, comments), args.repeat)
        print(f"{len(doc.quotes)} quotes, {len(doc.findings)} findings, {len(comments)} comments")
        print("\nin-process, best of", args.repeat)
        print("| step | wall s | CPU s |\n| --- | ---: | ---: |")
        for name, (wall, cpu, _v) in [
            ("read .docx", read_docx), ("read .txt (same text)", read_txt),
            ("audit (parse + stages)", audited), ("write reviewed .docx", written),
        ]:
            print(f"| {name} | {wall:.3f} | {cpu:.3f} |")
        print(f"- reading .docx ÷ audit: {read_docx[0] / audited[0]:.1%}; writing back ÷ audit: {written[0] / audited[0]:.1%}")

        out = os.path.join(tmp, "out")
        runs = [
            ("`audit draft.txt --format json`", [txt_path, "--format", "json"]),
            ("`audit draft.docx --format json`", [docx_path, "--format", "json"]),
            ("`audit draft.docx --format docx`", [docx_path, "--format", "docx", "--out", out]),
        ]
        print("\ncommand line (fresh process each, --no-cache --jobs 1), least wall and least CPU of", args.repeat)
        print("| run | wall s | CPU s |\n| --- | ---: | ---: |")
        figures = {}
        for name, cmd in runs:
            results = [cli(cmd) for _ in range(args.repeat)]
            wall, cpu = min(r[0] for r in results), min(r[1] for r in results)
            figures[name] = (wall, cpu)
            print(f"| {name} | {wall:.2f} | {cpu:.2f} |")
        txt, dj, dd = (figures[n] for n, _ in runs)
        print(f"- .docx ÷ .txt (json): {dj[0] / txt[0]:.3f} wall, {dj[1] / txt[1]:.3f} CPU")
        print(f"- --format docx ÷ --format json (same .docx): {dd[0] / dj[0]:.3f} wall, {dd[1] / dj[1]:.3f} CPU")


if __name__ == "__main__":
    main()
