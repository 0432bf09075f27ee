"""The PolNeAR dev ratchet: which quotes the annotators marked that quoteaudit finds today.

``tests/data/polnear_dev_lock.json`` holds, for each PolNeAR dev article, the character
offsets of the annotators' quote units that the pipeline matches (the eval protocol of
``../shared/eval/README.md``: overlap of at least half), those whose speaker it gets right,
the direct ones it calls direct, and how many quotes it reports that the annotators did not
mark. Every expected span in it is the *annotators'* span, never one the code produced; the
code only decided which of them the lock holds. ``tests/test_polnear_lock.py`` fails when a
change loses one of them, so a change that breaks a construction real news uses (a mutant,
a refactor) is caught even where no hand-written test reaches it. Only offsets are stored:
the texts belong to their publishers and stay in ``../shared``.

After a change that improves the figures, raise the ratchet::

    python -m tests.polnear_lock            # dev: show what a new lock would gain and lose
    python -m tests.polnear_lock --write    # write it (refused if it loses anything, unless --allow-loss)
    python -m tests.polnear_lock --train --write   # the same for the train part
    python -m tests.polnear_lock --show     # and list each span lost or gained

The parsed dev articles are cached as a spaCy DocBin in the system temporary folder, keyed
by the texts and the spaCy model, so the check costs the pipeline's time (about 2 s), not
the parse's (about 11 s): mutation testing runs it once per mutant.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

#: one lock per PolNeAR part: dev (84 articles) and train (840)
LOCKS = {part: Path(__file__).resolve().parent / "data" / f"polnear_{part}_lock.json" for part in ("dev", "train")}
#: the checks holding annotators' spans; "unmatched" holds a count per article
SPANS = ("found", "speaker", "direct")
KEYS = (*SPANS, "unmatched")


def parsed_docs(nlp, texts: list[str], part: str = "dev"):
    """The articles parsed by ``nlp``, from the DocBin cache when it holds them (keyed by
    the texts, the model and ``quoteaudit/nlp.py``, whose rules shape the parse)."""
    import spacy
    from spacy.tokens import DocBin

    import quoteaudit.nlp

    digest = hashlib.sha256()
    digest.update(f"{nlp.meta.get('name')} {nlp.meta.get('version')} {spacy.__version__} {nlp.pipe_names}".encode())
    # quoteaudit's own tokenizer rules and sentence breaks change the parse too
    digest.update(Path(quoteaudit.nlp.__file__).read_bytes())
    for t in texts:
        digest.update(t.encode("utf-8"))
        digest.update(b"\0")
    path = Path(tempfile.gettempdir()) / "quoteaudit-test-docs" / f"polnear-{part}-{digest.hexdigest()[:16]}.spacy"
    if path.is_file():
        try:
            docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
            if [d.text for d in docs] == texts:
                return docs
        except Exception:  # a torn or foreign cache file: parse again
            pass
    from quoteaudit import nlp as nlp_mod

    docs = list(nlp_mod.parse(nlp, texts))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    DocBin(store_user_data=True, docs=docs).to_disk(tmp)
    os.replace(tmp, path)
    return docs


def measure(articles, nlp, part: str = "dev") -> dict[str, dict]:
    """What the pipeline gets right on each gold article (``evaluate.read_gold``), as gold
    offsets, and how many quotes it reports that the annotators did not mark (see the
    module doc)."""
    from quoteaudit.evaluate import DIRECT, evaluate

    docs = parsed_docs(nlp, [a.text for a in articles], part)
    report = evaluate(articles, docs=docs)
    out: dict[str, dict] = {}
    for res in report.results["quoteaudit"]:
        if res.error:
            raise AssertionError(f"{res.article.id}: the pipeline failed: {res.error}")
        missed = {id(u) for u in res.fn}
        wrong = {id(g) for g, _ in res.wrong_speaker}
        not_direct = {id(u) for u in res.direct_fn}
        units = res.article.units
        out[res.article.id] = {
            "found": sorted([u.start, u.end] for u in units if id(u) not in missed),
            "speaker": sorted([u.start, u.end] for u in units
                              if id(u) not in missed and u.speaker is not None and id(u) not in wrong),
            "direct": sorted([u.start, u.end] for u in units if u.kind == DIRECT and id(u) not in not_direct),
            "unmatched": len(res.fp),
        }
    return out


def losses(lock: dict, now: dict) -> dict[str, list[tuple[str, object]]]:
    """Per check, the locked items ``now`` no longer has: gold spans lost, and articles
    whose count of quotes the annotators did not mark went up."""
    lost: dict[str, list[tuple[str, object]]] = {k: [] for k in KEYS}
    for art, locked in lock.items():
        cur = now.get(art, {"found": [], "speaker": [], "direct": [], "unmatched": 0})
        for key in SPANS:
            missing = Counter(map(tuple, locked[key])) - Counter(map(tuple, cur[key]))
            lost[key] += [(art, span) for span in sorted(missing.elements())]
        if cur["unmatched"] > locked["unmatched"]:
            lost["unmatched"].append((art, f"{locked['unmatched']} unannotated quote(s) locked, {cur['unmatched']} now"))
    return lost


def _total(articles: dict, key: str) -> int:
    return sum(a[key] if key == "unmatched" else len(a[key]) for a in articles.values())


def main(argv: list[str]) -> int:
    from quoteaudit import nlp as nlp_mod
    from quoteaudit.evaluate import read_gold

    from .conftest import SHARED

    part = "train" if "--train" in argv else "dev"
    lock = LOCKS[part]
    now = measure(read_gold(str(SHARED / "eval" / f"polnear.{part}.jsonl")), nlp_mod.load(), part)
    old = json.loads(lock.read_text())["articles"] if lock.is_file() else {}
    lost = losses(old, now)
    gained = losses(now, old)
    for key in KEYS:
        print(f"{key}: locked {_total(old, key)}, now {_total(now, key)}, lost {len(lost[key])}, gained {len(gained[key])}")
        if "--show" in argv:
            for art, span in lost[key]:
                print(f"  lost   {art} {span}")
            for art, span in gained[key]:
                print(f"  gained {art} {span}")
    if "--write" in argv:
        if any(lost.values()) and "--allow-loss" not in argv:
            print("not written: the new lock loses what the old one holds (--allow-loss to accept)", file=sys.stderr)
            return 1
        lock.write_text(json.dumps({
            "what": f"PolNeAR {part}: annotators' quote units (character offsets) that quoteaudit finds; see tests/polnear_lock.py",
            "articles": now}, separators=(",", ":"), sort_keys=True) + "\n")
        print(f"wrote {lock}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
