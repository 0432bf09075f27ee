"""Evidence from the command line, config and front matter, in every output, through the
engine's worker processes and the audit cache."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from quoteaudit.cli import app
from quoteaudit.evidence import load_evidence, pack, unpack
from quoteaudit.evidence import index as index_mod
from quoteaudit.evidence.library import EvidenceLibrary
from quoteaudit.gate.config import Config
from quoteaudit.ingest import read_string
from quoteaudit.run.engine import audit_items

from .conftest import REPO

runner = CliRunner()
SCHEMA = json.loads((REPO / "quoteaudit" / "schema" / "quoteaudit-2.schema.json").read_text(encoding="utf-8"))

TRANSCRIPT = """MAYOR ANA LOPEZ: We will not raise property taxes this year. Anyone can read the budget tonight.

DANA WHITFIELD: Rents went up nine percent last year.
"""
DRAFT = """Mayor Ana Lopez presented her budget on Thursday.

"We will not raise property taxes this year," Lopez said.

"Anyone can read the budget today," she said.
"""


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def audit(*args: str):
    return runner.invoke(app, ["audit", *args])


def statuses(stdout: str) -> list[list[str | None]]:
    docs = [d for line in stdout.splitlines() if line.strip() for d in json.loads(line)["documents"]]
    return [[q["evidence"]["status"] if q["evidence"] else None for q in d["quotes"]] for d in docs]


def test_evidence_option_fills_the_json_contract(tmp_path):
    write(tmp_path, {"draft.txt": DRAFT, "lopez.txt": TRANSCRIPT})
    result = audit(str(tmp_path / "draft.txt"), "--evidence", str(tmp_path / "lopez.txt"), "--format", "json", "--no-cache")
    assert result.exit_code == 1, result.output  # QA105 is an error
    (line,) = result.stdout.splitlines()
    run = json.loads(line)
    jsonschema.validate(run, SCHEMA)
    quotes = run["documents"][0]["quotes"]
    assert [q["evidence"]["status"] for q in quotes] == ["verbatim", "altered"]
    altered = quotes[1]["evidence"]
    assert altered["file"] == str(tmp_path / "lopez.txt")
    assert TRANSCRIPT[altered["start"] : altered["end"]] == "Anyone can read the budget tonight"
    assert [d for d in altered["diff"] if d["op"] != "equal"] == [{"op": "replace", "draft": "today", "evidence": "tonight"}]
    assert [f["rule"] for f in run["documents"][0]["findings"] if f["rule"].startswith("QA1")] == ["QA105"]


def test_sarif_and_text_show_the_findings(tmp_path):
    write(tmp_path, {"draft.txt": DRAFT, "lopez.txt": TRANSCRIPT})
    sarif = audit(str(tmp_path / "draft.txt"), "-e", str(tmp_path / "lopez.txt"), "--format", "sarif", "--no-cache")
    results = json.loads(sarif.stdout)["runs"][0]["results"]
    quote_results = [r for r in results if r["ruleId"].startswith("QA1")]
    assert [(r["ruleId"], r["level"]) for r in quote_results] == [("QA105", "error")]
    assert "evidence says “tonight”, draft says “today”" in quote_results[0]["message"]["text"]
    text = audit(str(tmp_path / "draft.txt"), "-e", str(tmp_path / "lopez.txt"), "--no-cache")
    assert "QA105 [error] Quote differs from source: The quote's words differ from" in text.stdout
    # the terminal says how many quotes were checked, not only which failed
    assert "  checked against the source material: 2 quotes (1 matches; 1 differs)\n" in text.stdout
    unchecked = audit(str(tmp_path / "draft.txt"), "--no-cache")
    assert "against the source" not in unchecked.stdout


def test_a_missing_evidence_file_stops_the_run_before_any_report_is_written(tmp_path):
    write(tmp_path, {"draft.txt": DRAFT})
    out = tmp_path / "reports"
    result = audit(str(tmp_path / "draft.txt"), "--evidence", str(tmp_path / "nope.txt"), "--format", "html", "--out", str(out), "--no-cache")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"quoteaudit: error: evidence file {tmp_path / 'nope.txt'}: does not exist"
    assert not out.exists()


def test_config_evidence_is_relative_to_the_config_file(tmp_path, monkeypatch):
    write(tmp_path, {
        "news/quoteaudit.toml": 'evidence = ["../material/"]\n',
        "news/draft.txt": DRAFT,
        "material/lopez.txt": TRANSCRIPT,
    })
    monkeypatch.chdir(tmp_path / "material")
    result = audit(str(tmp_path / "news"), "--format", "json", "--no-cache", "--exit-zero")
    assert result.exit_code == 0, result.output
    assert statuses(result.stdout) == [["verbatim", "altered"]]


def test_a_config_naming_a_missing_file_is_exit_2_naming_both(tmp_path):
    write(tmp_path, {"news/quoteaudit.toml": 'evidence = ["gone.txt"]\n', "news/draft.txt": DRAFT})
    result = audit(str(tmp_path / "news"), "--no-cache")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"quoteaudit: error: evidence file {tmp_path / 'news' / 'gone.txt'}: does not exist "
        f"(named by 'evidence' in {tmp_path / 'news' / 'quoteaudit.toml'})"
    )


def test_front_matter_evidence_is_relative_to_the_article_and_a_bad_one_costs_only_that_article(tmp_path, monkeypatch):
    write(tmp_path, {
        "news/good.md": "---\nevidence: [../material/lopez.txt]\n---\n" + DRAFT,
        "news/bad.md": "---\nevidence: missing.txt\n---\n" + DRAFT,
        "news/plain.md": DRAFT,
        "material/lopez.txt": TRANSCRIPT,
    })
    monkeypatch.chdir(tmp_path)
    result = audit("news", "--format", "json", "--no-cache")
    assert result.exit_code == 2
    docs = [d for line in result.stdout.splitlines() for d in json.loads(line)["documents"]]
    assert [(d["path"], d["error"]) for d in docs] == [
        ("news/bad.md", "news/bad.md: its evidence file news/missing.txt: does not exist"),
        ("news/good.md", None),
        ("news/plain.md", None),
    ]
    assert statuses(result.stdout) == [[], ["verbatim", "altered"], [None, None]]


def test_a_json_lines_record_names_its_own_evidence(tmp_path, monkeypatch):
    record = {"id": "a1", "evidence": ["lopez.txt"], "text": DRAFT}
    write(tmp_path, {"wire.jsonl": json.dumps(record) + "\n", "lopez.txt": TRANSCRIPT})
    monkeypatch.chdir(tmp_path)
    result = audit("wire.jsonl", "--format", "json", "--no-cache", "--exit-zero")
    assert statuses(result.stdout) == [["verbatim", "altered"]]


def test_the_cache_never_serves_an_audit_made_with_other_material_or_none(tmp_path):
    write(tmp_path, {"draft.txt": DRAFT, "lopez.txt": TRANSCRIPT})
    cache = tmp_path / "cache"
    draft, material = str(tmp_path / "draft.txt"), tmp_path / "lopez.txt"
    common = ["--format", "json", "--cache-dir", str(cache), "--exit-zero"]

    def entries() -> int:
        return sum(1 for _ in cache.rglob("*.json"))

    assert statuses(audit(draft, "-e", str(material), *common).stdout) == [["verbatim", "altered"]]
    material.write_text(TRANSCRIPT.replace("tonight", "today"), encoding="utf-8")
    assert statuses(audit(draft, "-e", str(material), *common).stdout) == [["verbatim", "verbatim"]]
    assert statuses(audit(draft, *common).stdout) == [[None, None]]
    assert entries() == 3
    assert statuses(audit(draft, "-e", str(material), *common).stdout) == [["verbatim", "verbatim"]]
    assert entries() == 3  # the same material again: served from the cache


def articles(n: int) -> list:
    out = []
    for i in range(n):
        (article,) = read_string(DRAFT, "text", path=f"news/{i}.txt")
        out.append(article)
    return out


def library_of(tmp_path) -> EvidenceLibrary:
    write(tmp_path, {"lopez.txt": TRANSCRIPT})
    return EvidenceLibrary([str(tmp_path / "lopez.txt")])


def test_worker_processes_give_the_same_statuses_as_one_process(tmp_path):
    library = library_of(tmp_path)
    one = [[q.evidence.status for q in d.quotes] for d in audit_items(articles(4), Config(), jobs=1, evidence=library)]
    two = [[q.evidence.status for q in d.quotes] for d in audit_items(articles(4), Config(), jobs=2, chunk_size=1, evidence=library)]
    assert one == two
    assert [s.value for s in one[0]] == ["verbatim", "altered"]


def test_each_document_is_indexed_once_per_process_however_many_articles_use_it(monkeypatch, tmp_path):
    built = []
    real = index_mod.DocumentIndex

    class Counting(real):
        __slots__ = ()

        def __init__(self, doc):
            built.append(doc.name)
            super().__init__(doc)

    monkeypatch.setattr(index_mod, "DocumentIndex", Counting)
    monkeypatch.setattr(index_mod, "_INDEXES", type(index_mod._INDEXES)())
    docs = list(audit_items(articles(5), Config(), jobs=1, evidence=library_of(tmp_path)))
    assert len(docs) == 5 and built == [str(tmp_path / "lopez.txt")]


def test_workers_are_sent_only_the_material_they_were_not_given_at_start():
    shared = load_evidence([("lopez.txt", TRANSCRIPT.encode())])
    own = load_evidence([("other.txt", b"MAYOR LOPEZ: Other words.")])
    both = type(shared)(shared.documents + own.documents)
    packed = pack([both, None, shared], {d.key for d in shared.documents})
    assert list(packed[1]) == [d.key for d in own.documents]
    rebuilt = unpack(packed, {d.key: d for d in shared.documents})
    assert rebuilt[0].documents == both.documents and rebuilt[1] is None and rebuilt[2].documents == shared.documents


def test_an_upload_is_checked_like_a_file(nlp):
    """What ``quoteaudit serve`` calls: material as (name, bytes), then the pipeline."""
    from quoteaudit.pipeline import audit_article

    captions = b"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ana Lopez>Anyone can read the budget today.\n"
    evidence = load_evidence([("lopez.txt", TRANSCRIPT.encode()), ("presser.vtt", captions)])
    (article,) = read_string(DRAFT, "text", path="draft.txt")
    doc = audit_article(article, nlp(article.text), None, evidence)
    assert [(q.evidence.status.value, q.evidence.file, q.evidence.speaker_label) for q in doc.quotes] == [
        ("verbatim", "lopez.txt", "MAYOR ANA LOPEZ"), ("verbatim", "presser.vtt", "Ana Lopez"),
    ]


def test_dask_workers_check_quotes_against_the_same_material(tmp_path):
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster

    from quoteaudit.run.dask_engine import audit_items_dask

    library = library_of(tmp_path)
    saved = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), saved) if p)
    try:
        with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            docs = list(audit_items_dask(articles(2), Config(), client=client, chunk_size=1, evidence=library))
    finally:
        if saved is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = saved
    assert [[q.evidence.status.value for q in d.quotes] for d in docs] == [["verbatim", "altered"]] * 2
