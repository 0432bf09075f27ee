"""The audit cache: unchanged articles are served without parsing; anything that could
change an audit (the file, the configuration, the model) means a fresh audit."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from typer.testing import CliRunner

from quoteaudit.run.cache import AuditCache, entry_path
from quoteaudit.cli import app
from quoteaudit.gate.config import Config
from quoteaudit.run.engine import EngineStats, audit_items, tool_info
from quoteaudit.ingest import iter_articles, read_file
from quoteaudit.model import ToolInfo

from .conftest import REPO

runner = CliRunner()

BUDGET = (
    "Council approves budget after late-night vote\n\n"
    'The City Council approved a $4.2 million budget early Wednesday. "This is a budget for '
    'every neighborhood," Mayor Ana Ruiz said after the vote.\n\n'
    "Critics said the plan leaves the library system short of staff.\n"
)


def newsroom(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "budget.txt").write_text(BUDGET, encoding="utf-8")
    (folder / "harbor.md").write_text(
        "---\ntitle: Harbor dredging delayed\n---\n\nDredging will not start until spring, "
        "the Port Authority said Thursday.\n",
        encoding="utf-8",
    )
    return folder


def open_cache(tmp_path, config=None, tool=None):
    config = config or Config()
    return AuditCache.open(str(tmp_path / "cache"), model=None, tool=tool or tool_info(None), config=config)


def run(folder, cache, config=None):
    stats = EngineStats()
    docs = list(audit_items(iter_articles([str(folder)]), config or Config(), cache=cache, stats=stats))
    return [d.to_dict() for d in docs], stats


def test_second_run_is_served_from_the_cache_unchanged(tmp_path):
    folder = newsroom(tmp_path)
    cold, cold_stats = run(folder, open_cache(tmp_path))
    warm, warm_stats = run(folder, open_cache(tmp_path))
    assert (cold_stats.cached, cold_stats.audited) == (0, 2)
    assert (warm_stats.cached, warm_stats.audited) == (2, 0)
    assert warm == cold


def test_an_edited_article_is_audited_again_and_the_others_are_not(tmp_path):
    folder = newsroom(tmp_path)
    run(folder, open_cache(tmp_path))
    (folder / "budget.txt").write_text(BUDGET.replace("$4.2 million", "$4.3 million"), encoding="utf-8")
    docs, stats = run(folder, open_cache(tmp_path))
    assert (stats.cached, stats.audited) == (1, 1)
    assert "$4.3 million" in docs[0]["text"]


def test_a_config_change_invalidates_the_cache(tmp_path):
    folder = newsroom(tmp_path)
    run(folder, open_cache(tmp_path))
    stricter = Config(fail_under=70, allowed_speakers=["our correspondent"])
    _, stats = run(folder, open_cache(tmp_path, config=stricter), config=stricter)
    assert (stats.cached, stats.audited) == (0, 2)


def test_a_different_model_or_model_version_misses(tmp_path):
    (art,) = read_file(str(newsroom(tmp_path) / "budget.txt"))
    sm = open_cache(tmp_path, tool=ToolInfo(model="en_core_web_sm", model_version="3.8.0"))
    newer = open_cache(tmp_path, tool=ToolInfo(model="en_core_web_sm", model_version="3.8.1"))
    md = open_cache(tmp_path, tool=ToolInfo(model="en_core_web_md", model_version="3.8.0"))
    assert len({sm.key(art), newer.key(art), md.key(art)}) == 3


def test_same_text_in_a_different_file_layout_is_a_different_entry(tmp_path):
    # the text is identical but the paragraph sits two lines lower: findings' line numbers differ
    a = tmp_path / "a.html"
    b = tmp_path / "b.html"
    a.write_text("<p>The mayor said the vote was fair.</p>", encoding="utf-8")
    b.write_text("\n\n<p>The mayor said the vote was fair.</p>", encoding="utf-8")
    (art_a,) = read_file(str(a))
    (art_b,) = read_file(str(b))
    assert art_a.text == art_b.text
    cache = open_cache(tmp_path)
    art_b.id = art_b.path = art_a.path  # same name too: only the bytes differ
    assert cache.key(art_a) != cache.key(art_b)


def test_a_corrupt_entry_is_ignored_and_rebuilt(tmp_path):
    folder = newsroom(tmp_path)
    cold, _ = run(folder, open_cache(tmp_path))
    cache = open_cache(tmp_path)
    (art,) = read_file(str(folder / "budget.txt"))
    path = entry_path(cache.root, cache.key(art))
    with open(path, "r+b") as fh:  # a run killed mid-write by an older tool, a bad disk
        fh.truncate(100)
    warm, stats = run(folder, cache)
    assert warm == cold
    assert (stats.cached, stats.audited, cache.corrupt) == (1, 1, 1)
    with open(path, encoding="utf-8") as fh:
        assert json.load(fh)["document"] == cold[0]


def test_an_entry_stored_under_another_key_is_not_served(tmp_path):
    folder = newsroom(tmp_path)
    run(folder, open_cache(tmp_path))
    cache = open_cache(tmp_path)
    budget, harbor = (next(read_file(str(folder / name))) for name in ("budget.txt", "harbor.md"))
    # a file copied over another entry's name
    with open(entry_path(cache.root, cache.key(harbor)), "rb") as src:
        data = src.read()
    with open(entry_path(cache.root, cache.key(budget)), "wb") as dst:
        dst.write(data)
    assert cache.get(cache.key(budget)) is None
    assert cache.corrupt == 1


def test_cli_cache_clear_removes_the_cache(tmp_path):
    folder = newsroom(tmp_path)
    cache_dir = tmp_path / "cache"
    first = runner.invoke(app, ["audit", str(folder), "--cache-dir", str(cache_dir), "--format", "json"])
    assert first.exit_code == 0, first.output
    assert (cache_dir / "CACHEDIR.TAG").is_file()
    cleared = runner.invoke(app, ["cache", "clear", "--cache-dir", str(cache_dir)])
    assert cleared.exit_code == 0, cleared.output
    assert cleared.stdout == f"removed 2 cached audit(s) from {cache_dir}\n"
    assert not cache_dir.exists()


def test_cache_clear_refuses_a_folder_that_is_not_a_cache(tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "story.txt").write_text(BUDGET, encoding="utf-8")
    result = runner.invoke(app, ["cache", "clear", "--cache-dir", str(drafts)])
    assert result.exit_code == 2
    assert result.stderr == f"quoteaudit: error: {drafts}: is not a quoteaudit cache folder (no quoteaudit CACHEDIR.TAG); not removing it\n"
    assert (drafts / "story.txt").is_file()


def test_no_cache_writes_nothing(tmp_path):
    folder = newsroom(tmp_path)
    cache_dir = tmp_path / "cache"
    result = runner.invoke(app, ["audit", str(folder), "--no-cache", "--cache-dir", str(cache_dir)])
    assert result.exit_code == 0, result.output
    assert not cache_dir.exists()


def test_an_unusable_cache_folder_is_a_warning_not_a_failure(tmp_path):
    folder = newsroom(tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(folder), "--cache-dir", str(blocker / "cache")])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"quoteaudit: warning: {blocker / 'cache'}: cannot be used as the cache folder")
    assert result.stdout.startswith(f"{folder / 'budget.txt'}: ")


def test_a_warm_run_does_not_load_the_spacy_pipeline(tmp_path):
    folder = newsroom(tmp_path)
    script = (
        "import sys\n"
        "from quoteaudit.cli import app\n"
        "try:\n"
        f"    app(['audit', {str(folder)!r}, '--format', 'json', '--cache-dir', {str(tmp_path / 'cache')!r}])\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "print('spacy' in sys.modules, file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    cold = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path)
    warm = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert cold.stderr.strip().splitlines()[-1] == "True", cold.stderr
    assert warm.stderr.strip().splitlines()[-1] == "False", warm.stderr
    assert warm.stdout == cold.stdout


def test_the_cache_is_on_by_default_and_the_environment_can_turn_it_off(tmp_path, monkeypatch):
    folder = newsroom(tmp_path)
    default_dir = tmp_path / "default-cache"
    monkeypatch.setenv("QUOTEAUDIT_CACHE_DIR", str(default_dir))
    monkeypatch.setenv("QUOTEAUDIT_NO_CACHE", "1")
    assert runner.invoke(app, ["audit", str(folder)]).exit_code == 0
    assert not default_dir.exists()
    monkeypatch.delenv("QUOTEAUDIT_NO_CACHE")
    assert runner.invoke(app, ["audit", str(folder)]).exit_code == 0
    assert len(list(default_dir.glob("v1/*/*.json"))) == 2


def test_the_code_fingerprint_covers_the_whole_package_not_just_the_cache_module():
    # after the run machinery moved into quoteaudit/run/, the fingerprint hashed only that
    # folder, so a changed rule or lexicon was served stale audits from the cache
    from quoteaudit.run.cache import code_files

    hashed = {relative for relative, _full in code_files()}
    assert {"rules/qa101_orphan_quote.py", "data/cue_verbs.tsv", "quotes/direct.py", "model.py", "run/cache.py"} <= hashed
