"""How the speakers stage scales with article length (not a test: run it by hand).

    PYTHONPATH=. python benchmarks/speakers_scaling.py [--same-source] [--copies 10,40,160,640]

Builds articles of 1x, 4x, 16x and 64x ten copies of a block of newswire paragraphs (named people,
surnames, pronouns, anonymous officials with their reason for anonymity, descriptions),
parses each once, then times ``resolve_sources`` alone. The stage should be linear: time
per quote roughly constant.

By default each copy of the block names new people, so the number of sources grows with
the article. ``--same-source`` repeats the same people instead: a few sources with
thousands of mentions each, the shape that exposes per-lookup work over a source's
mentions.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quoteaudit import nlp as nlp_mod  # noqa: E402
from quoteaudit.ingest.base import Article, split_paragraphs  # noqa: E402
from quoteaudit.model import Quote, QuoteKind, TextSpan  # noqa: E402
from quoteaudit.speakers import resolve_sources  # noqa: E402

BLOCK = [
    ("Colonel Ryan Dillon{n}, spokesman for the coalition, said the zone was safe.", "Colonel Ryan Dillon{n}", "said"),
    ("Dillon{n} said more troops had arrived.", "Dillon{n}", "said"),
    ("He said the base would stay open.", "He", "said"),
    ("A U.S. official said the convoy was hit.", "A U.S. official", "said"),
    ("The official spoke on condition of anonymity because the inquiry was still open.", None, None),
    ("The official said the strike was planned.", "The official", "said"),
    ("Regional intelligence sources said the rebels would attack.", "Regional intelligence sources", "said"),
    ("The council met on Tuesday to discuss the budget.", None, None),
]


def article(copies: int, same_source: bool = False) -> tuple[str, list[tuple[int, int, int, int, int, int]]]:
    paragraphs, specs = [], []
    offset = 0
    for n in range(copies):
        suffix = "" if n == 0 or same_source else f"son{n}"  # distinct surnames: sources grow with length
        for template, speaker, cue in BLOCK:
            para = template.format(n=suffix)
            if speaker:
                sp = speaker.format(n=suffix)
                s = para.index(sp)
                c = para.index(cue, s + len(sp))
                specs.append((offset + s, offset + s + len(sp), offset + c, offset + c + len(cue), offset + c + len(cue) + 1, offset + len(para) - 1))
            paragraphs.append(para)
            offset += len(para) + 2
    return "\n\n".join(paragraphs), specs


def main() -> None:
    args = sys.argv[1:]
    same_source = "--same-source" in args
    sizes = [int(n) for n in args[args.index("--copies") + 1].split(",")] if "--copies" in args else [10, 40, 160, 640]
    nlp = nlp_mod.load()
    base = None
    for copies in sizes:
        text, specs = article(copies, same_source)
        doc = nlp(text)
        best = float("inf")
        for _ in range(3):
            quotes = [
                Quote(f"q{i}", QuoteKind.INDIRECT, [(qs, qe)], text[qs:qe], cue=TextSpan(cs, ce, text[cs:ce]), speaker=TextSpan(ss, se, text[ss:se]))
                for i, (ss, se, cs, ce, qs, qe) in enumerate(specs)
            ]
            art = Article(id="bench", path=None, text=text, paragraphs=split_paragraphs(text))
            t0 = time.perf_counter()
            resolve_sources(doc, art, quotes)
            best = min(best, time.perf_counter() - t0)
        per_quote = best / len(specs) * 1000
        base = base or per_quote
        print(f"{len(doc):7d} tokens {len(specs):5d} quotes  {best * 1000:8.1f} ms  {per_quote:6.3f} ms/quote  x{per_quote / base:.2f}")


if __name__ == "__main__":
    main()
