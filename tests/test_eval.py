"""``quoteaudit eval``: the metric on tiny hand-made cases whose numbers are worked out
by hand, the gold readers, and the command itself."""

import json

import pytest
from typer.testing import CliRunner

from quoteaudit import evaluate as ev
from quoteaudit.cli import app


def U(s, e, kind="direct", speaker=None, speaker_text=None, source=None):
    return ev.Unit(s, e, kind, speaker, speaker_text, source)


def test_derive_kind_from_each_fragment_text():
    assert ev.derive_kind("“We will win,”") == "direct"
    assert ev.derive_kind('"We will win."') == "direct"
    assert ev.derive_kind("''It's more tinkering at the edges,''") == "direct"
    assert ev.derive_kind("‘We will appeal,’") == "direct"
    assert ev.derive_kind("it has bolstered its “combat power” in Syria") == "mixed"
    assert ev.derive_kind("the parents’ group will appeal") == "indirect"
    assert ev.derive_kind("What do you have to lose?") == "indirect"


def test_match_needs_half_of_the_longer_unit():
    gold = [U(0, 100)]
    assert ev.match(gold, [U(0, 50)])  # 50/100: exactly half matches
    assert not ev.match(gold, [U(0, 49)])  # 49/100 does not
    assert not ev.match([U(0, 40)], [U(0, 100)])  # 40/100 of the longer (predicted) unit


def test_match_is_one_to_one_and_greedy_by_overlap():
    gold = [U(0, 100), U(100, 200)]
    pred = [U(10, 110), U(0, 100)]
    pairs = ev.match(gold, pred)
    # (0,100)-(0,100) has overlap 1.0 and is taken first; (100,200)-(10,110) has 10/100
    assert [(g.start, p.start) for g, p in pairs] == [(0, 0)]


def test_counts_precision_recall_f1_by_hand():
    # gold: two direct units and one indirect; predicted: one direct that matches, one
    # direct that matches the indirect gold unit, one spurious indirect
    gold = [U(0, 10, "direct"), U(20, 30, "direct"), U(40, 60, "indirect")]
    pred = [U(0, 10, "direct"), U(40, 58, "direct"), U(80, 90, "indirect")]
    c = ev.Counts()
    ev.score_article(c, gold, pred)
    # direct: gold 2, predicted 2, matched 1 -> P = R = F1 = 0.5
    assert (c.direct_tp, c.direct_pred, c.direct_gold) == (1, 2, 2)
    assert c.direct == (0.5, 0.5, 0.5)
    # all: gold 3, predicted 3, matched 2 (kinds ignored) -> P = R = F1 = 2/3
    assert (c.all_tp, c.all_pred, c.all_gold) == (2, 3, 3)
    assert c.all == pytest.approx((2 / 3, 2 / 3, 2 / 3))


def test_speaker_accuracy_by_mention_overlap_or_last_name():
    gold = [
        U(0, 10, speaker=(12, 14), speaker_text="he"),
        U(20, 30, speaker=(40, 56), speaker_text="Colonel Ryan Dillon"),
        U(60, 70, speaker=(72, 80), speaker_text="the mayor"),
        U(90, 99),  # no gold speaker: not counted
    ]
    pred = [
        U(0, 10, speaker=(12, 14), speaker_text="he"),  # overlap: correct
        U(20, 30, speaker=(100, 106), speaker_text="Dillon", source="Ryan Dillon"),  # last word: correct
        U(60, 70, speaker=(50, 55), speaker_text="Smith", source="John Smith"),  # wrong
        U(90, 99),
    ]
    c = ev.Counts()
    ev.score_article(c, gold, pred)
    assert (c.speaker_correct, c.speaker_checked) == (2, 3)


def test_read_gold_jsonl_fragments_and_seed_style_object(tmp_path):
    rec = {"id": "a1", "text": "“A,” he said. “B.”", "quotes": [
        {"start": 0, "end": 18, "kind": "direct", "speaker": "he", "speaker_start": 5, "speaker_end": 7,
         "extra": {"content_spans": [[0, 4], [14, 18]]}}]}
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    (art,) = ev.read_gold(str(p))
    assert [(u.start, u.end, u.kind, u.speaker) for u in art.units] == [(0, 4, "direct", (5, 7)), (14, 18, "direct", (5, 7))]
    seed = {"id": "s", "text": "Dillon said it was over.", "quotes": [
        {"kind": "indirect", "start": 12, "end": 23, "speaker": "Dillon", "speaker_span": [0, 6]}]}
    q = tmp_path / "seed.json"
    q.write_text(json.dumps(seed, indent=1), encoding="utf-8")
    (art,) = ev.read_gold(str(q))
    assert [(u.start, u.end, u.kind, u.speaker) for u in art.units] == [(12, 23, "indirect", (0, 6))]


def test_read_gold_bad_line_names_file_and_line(tmp_path):
    p = tmp_path / "gold.jsonl"
    p.write_text('{"id": "a", "text": "x", "quotes": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(ev.GoldError, match=r"gold.jsonl: line 2: is not valid JSON"):
        ev.read_gold(str(p))


def test_eval_command_scores_quoteaudit_and_textacy(tmp_path):
    text = "“The water is safe,” the mayor said. The bridge will reopen in May, the engineer said."
    a, b = text.index("“The water"), text.index("safe,”") + len("safe,”")
    c = text.index("The bridge")
    d = text.index(" in May") + len(" in May")
    rec = {"id": "t1", "text": text, "quotes": [
        {"start": a, "end": b, "kind": "direct", "speaker": "the mayor",
         "speaker_start": text.index("the mayor"), "speaker_end": text.index("the mayor") + 9},
        {"start": c, "end": d, "kind": "indirect", "speaker": "the engineer",
         "speaker_start": text.index("the engineer"), "speaker_end": text.index("the engineer") + 12}]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, ["eval", str(gold), "--baseline", "textacy", "--errors", str(errors), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["quoteaudit"]["direct"]["f1"] == 1.0
    assert figures["quoteaudit"]["all"]["f1"] == 1.0
    assert figures["quoteaudit"]["speaker_accuracy"] == 1.0
    assert figures["quoteaudit"]["error_articles"] == 0
    # textacy finds the direct quote only: all-quote recall 1/2
    assert figures["textacy"]["all"]["recall"] == 0.5
    lines = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    assert [(x["system"], x["type"]) for x in lines] == [("textacy", "false_negative")]


def test_eval_command_missing_file_is_one_clear_line(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "nope.jsonl: cannot be read" in result.output


def _two_kinds_gold(tmp_path):
    text = "The mayor said the bridge would reopen in May.\n\nCritics fear the repairs will run far over budget."
    said = text.index("said")
    fear = text.index("fear")
    a, b = text.index("the bridge"), text.index(" in May") + len(" in May")
    c, d = text.index("the repairs"), text.index("budget") + len("budget")
    rec = {"id": "t2", "text": text, "quotes": [
        {"start": a, "end": b, "kind": "indirect", "speaker": "The mayor", "speaker_start": 0, "speaker_end": 9,
         "cue": "said", "extra": {"cue_spans": [[said, said + 4]]}},
        {"start": c, "end": d, "kind": "indirect", "speaker": "Critics", "speaker_start": text.index("Critics"),
         "speaker_end": text.index("Critics") + 7, "cue": "fear"}]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    return gold


def test_eval_types_scores_one_convention_at_a_time(tmp_path):
    # a speech-only convention counts what the mayor said, not what critics fear; the
    # gold fear is typed from its cue text alone (no cue_spans), the said from its span
    gold = _two_kinds_gold(tmp_path)
    speech = json.loads(CliRunner().invoke(app, ["eval", str(gold), "--types", "speech,document", "--json"]).stdout)["quoteaudit"]
    assert (speech["all"]["gold"], speech["all"]["pred"], speech["all"]["tp"]) == (1, 1, 1)
    assert speech["types"] == ["document", "speech"]
    every = json.loads(CliRunner().invoke(app, ["eval", str(gold), "--json"]).stdout)["quoteaudit"]
    assert (every["all"]["gold"], every["all"]["tp"]) == (2, 2)
    assert every["by_type"]["thought"] == {"gold": 1, "recall": 1.0, "pred": 1, "precision": 1.0}
    assert every["by_type"]["speech"]["gold"] == 1


def test_eval_types_table_and_unknown_type(tmp_path):
    gold = _two_kinds_gold(tmp_path)
    result = CliRunner().invoke(app, ["eval", str(gold), "--types", "thought"])
    assert result.exit_code == 0, result.output
    assert "1 units (0 direct, 0 mixed, 1 indirect); types thought" in result.stdout
    assert "speech" not in result.stdout.split("by attribution type")[1]
    bad = CliRunner().invoke(app, ["eval", str(gold), "--types", "speech,belief"])
    assert bad.exit_code == 2
    assert "--types: unknown attribution type 'belief'" in bad.output


def test_gold_type_follows_the_cue_lexicon(nlp):
    text = "Trump's claim that he won was false. The survey found that rents rose. He denied the charges."
    doc = nlp(text)

    def unit(content, cue, speaker=None):
        s = text.index(content)
        c = text.index(cue)
        spk = (text.index(speaker), text.index(speaker) + len(speaker)) if speaker else None
        return ev.Unit(s, s + len(content), "indirect", spk, speaker, cue=(c, c + len(cue)))

    assert ev.gold_type(doc, unit("that he won", "claim")) == "noun"
    assert ev.gold_type(doc, unit("that rents rose", "found", "The survey")) == "document"
    # a speech verb with only a noun phrase for content reports no words
    assert ev.gold_type(doc, unit("the charges", "denied", "He")) == "noun"


def _label_gold(tmp_path):
    # PolNeAR-style gold marks the object and the label; quoteaudit's content is the label
    text = 'The mayor called the parking plan "a mess." "We will fight it," the mayor said.'
    a, b = text.index("the parking plan"), text.index('mess."') + len('mess."')
    c, d = text.index('"We will'), text.index('it,"') + len('it,"')
    rec = {"id": "t3", "text": text, "quotes": [
        {"start": a, "end": b, "kind": "mixed", "speaker": "The mayor", "speaker_start": 0, "speaker_end": 9},
        {"start": c, "end": d, "kind": "direct", "speaker": "the mayor",
         "speaker_start": text.rindex("the mayor"), "speaker_end": text.rindex("the mayor") + 9}]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    return gold, text


def test_eval_errors_list_the_direct_scores_own_misses_with_their_cue(tmp_path):
    # PolNeAR-style gold marks one sentence of a two-sentence quote: by its marks that
    # fragment is mixed, so quoteaudit's direct quote of both sentences is a direct false
    # positive, though the all-quote score matches it
    text = 'Residents packed the hall. "We will fight it. We will win in court," the mayor said.'
    a, b = text.index("We will win"), text.index('court,"') + len('court,"')
    spk = text.index("the mayor")
    rec = {"id": "t4", "text": text, "quotes": [
        {"start": a, "end": b, "kind": "mixed", "speaker": "the mayor", "speaker_start": spk, "speaker_end": spk + 9}]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, ["eval", str(gold), "--errors", str(errors), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    direct_fp = [x for x in lines if x["type"] == "direct_false_positive"]
    assert [(x["text"], x["cue"], x["speaker"]) for x in direct_fp] == [('"We will fight it. We will win in court,"', "said", "the mayor")]
    assert not [x for x in lines if x["type"] in ("direct_false_negative", "false_positive", "false_negative")]


def test_a_quoted_label_is_scored_as_a_mixed_quote_not_a_direct_one(tmp_path):
    # "called the parking plan “a mess”": quoteaudit's content is the label, a mixed quote
    # (words worked into the writer's sentence), so the direct score does not charge it
    # against PolNeAR's object-plus-label unit
    gold, _ = _label_gold(tmp_path)
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, ["eval", str(gold), "--errors", str(errors), "--json"])
    report = json.loads(result.stdout)["quoteaudit"]
    assert (report["direct"]["tp"], report["direct"]["pred"], report["direct"]["gold"]) == (1, 1, 1)
    lines = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    assert [(x["type"], x["kind"], x["text"]) for x in lines if x["type"] == "false_positive"] == [("false_positive", "mixed", '"a mess."')]


def test_eval_overlap_sets_how_much_a_match_must_cover(tmp_path):
    gold, _ = _label_gold(tmp_path)
    # the label covers 9 of the gold's 26 characters: no match at half, a match at 0.3
    strict = json.loads(CliRunner().invoke(app, ["eval", str(gold), "--json"]).stdout)["quoteaudit"]
    lenient = json.loads(CliRunner().invoke(app, ["eval", str(gold), "--json", "--overlap", "0.3"]).stdout)["quoteaudit"]
    assert (strict["all"]["tp"], lenient["all"]["tp"]) == (1, 2)
    assert (strict["min_overlap"], lenient["min_overlap"]) == (0.5, 0.3)
    table = CliRunner().invoke(app, ["eval", str(gold), "--overlap", "0.3"]).stdout
    assert "a match overlaps 0.3 of the longer unit" in table
    bad = CliRunner().invoke(app, ["eval", str(gold), "--overlap", "1.5"])
    assert bad.exit_code == 2
    assert "--overlap: 1.5 is not a share between 0 and 1" in bad.output


def test_match_at_a_lower_overlap():
    gold = [U(0, 100)]
    pred = [U(0, 40)]
    assert ev.match(gold, pred) == []
    assert len(ev.match(gold, pred, min_overlap=0.3)) == 1
