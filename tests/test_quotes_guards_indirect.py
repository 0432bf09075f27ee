"""The guards of indirect quotes (issue 19): the rarer constructions of
``quotes/indirect.py``, ``edges.py``, ``mention.py`` and ``asked.py`` that a report's
content, speaker and edges depend on — a bracket closing a label, a pronoun that is the
speaker again, a tag set off inside the report, the question put to a speaker and its
short answer, a report inside a relative clause, the writer's aside between dashes, a
concession after the report, the noun phrase that names the speaker.

A case lists all the quotes the text has, in text order: content as written (fragments
joined by " … "), kind, attribution type and speaker mention. Where a sentence cannot
reach a guard on its own, a unit test calls the function on a parsed sentence.
"""

from __future__ import annotations

import pytest

from tests._quotes import quote_rows

S, D, T, P, N = "speech", "document", "thought", "perception_stance", "noun"

CASES = [
    # ---- a closing bracket whose opener is in the content stays with it ----------------
    ("statehouse: a party label closes the report",
     "The senator said she had spoken with Rep. Jim Jordan (R-Ohio).",
     [("she had spoken with Rep. Jim Jordan (R-Ohio)", "indirect", S, "The senator")]),
    ("education: an editor's square brackets close the report",
     "The spokesman said the decision was made by the board [of trustees].",
     [("the decision was made by the board [of trustees]", "indirect", S, "The spokesman")]),
    ("city hall: a bracket opened before the report is shed",
     "(The mayor said the plan would pass.)",
     [("the plan would pass", "indirect", S, "The mayor")]),
    # ---- a pronoun after ", and" that is the speaker again ends the report -------------
    ("politics: she, with a man named in the report",
     "Councilwoman Diaz said the real problem is Mayor John Wu, and she railed against the budget office.",
     [("the real problem is Mayor John Wu", "indirect", S, "Councilwoman Diaz")]),
    ("politics: he, with nobody else named",
     "Councilman Diaz said the real problem is the budget office, and he railed against the mayor.",
     [("the real problem is the budget office", "indirect", S, "Councilman Diaz")]),
    ("politics: they, for several speakers",
     "Council members said the real problem is the budget office, and they railed against the mayor.",
     [("the real problem is the budget office", "indirect", S, "Council members")]),
    # ---- an inverted tag inside the report ("The tax, said X, would …") ----------------
    ("statehouse: said NAME, active report",
     "The tax, said Rep. Jim Jordan, would hurt families.",
     [("The tax … would hurt families", "indirect", S, "Rep. Jim Jordan")]),
    ("statehouse: said NAME, passive report",
     "The law, said Sen. Sherrod Brown, was passed too quickly.",
     [("The law … was passed too quickly", "indirect", S, "Sen. Sherrod Brown")]),
    ("statehouse: said NAME, quoted pieces are a direct quote",
     '"The tax," said Rep. Jim Jordan, "would hurt families."',
     [('"The tax," … "would hurt families."', "direct", S, "Rep. Jim Jordan")]),
    ("statehouse: NAME said, set off",
     "The tax, Sen. Sherrod Brown said, would hurt families.",
     [("The tax … would hurt families", "indirect", S, "Sen. Sherrod Brown")]),
    # ---- a fronted condition before a mid tag is the report's first fragment -----------
    ("schools: if the levy fails",
     "If the levy fails, the superintendent said, the district will close two schools.",
     [("If the levy fails … the district will close two schools", "indirect", S, "the superintendent")]),
    ("weather: when the storm hits",
     "When the storm hits, the mayor said, the shelters will open.",
     [("When the storm hits … the shelters will open", "indirect", S, "the mayor")]),
    # ---- the topic put to a speaker is not a quote; what the speaker answered is -------
    ("statehouse: once asked about",
     "Once asked about the budget, the governor said cuts were coming.",
     [("cuts were coming", "indirect", S, "the governor")]),
    ("statehouse: after asked about",
     "After asked about the budget, the governor said cuts were coming.",
     [("cuts were coming", "indirect", S, "the governor")]),
    ("statehouse: also asked about, read as a past tense",
     "Also asked about the budget, the governor said cuts were coming.",
     [("cuts were coming", "indirect", S, "the governor")]),
    ("statehouse: later asked about, read as a past tense",
     "Later asked about the budget, the governor said cuts were coming.",
     [("cuts were coming", "indirect", S, "the governor")]),
    ("city hall: asked by reporters about", "Asked by reporters about the delay, the mayor said the contractor was to blame.",
     [("the contractor was to blame", "indirect", S, "the mayor")]),
    ("city hall: pressed on", "Pressed on the delay, the mayor said the contractor was to blame.",
     [("the contractor was to blame", "indirect", S, "the mayor")]),
    ("statehouse: when asked, set off", "The governor, when asked about the budget, said cuts were coming.",
     [("cuts were coming", "indirect", S, "The governor")]),
    ("sports: was asked about", "The striker was asked about his future on Tuesday.", []),
    ("sports: was asked about by reporters: the askers' topic",
     "The striker was asked about his future by reporters.", [("his future", "indirect", N, "reporters")]),
    # ---- the short answer to the question put: the speaker's report (issue 19 bug) ------
    ("statehouse: asked whether, said they do",
     "Asked whether voters trust her, the senator said they do.",
     [("voters trust her", "indirect", S, None), ("they do", "indirect", S, "the senator")]),
    ("city hall: asked whether, said it would",
     "Asked whether the bridge would open in May, the mayor said it would.",
     [("the bridge would open in May", "indirect", S, None), ("it would", "indirect", S, "the mayor")]),
    ("business: asked whether, said it was not",
     "Asked whether the merger was dead, the chief executive said it was not.",
     [("the merger was dead", "indirect", S, None), ("it was not", "indirect", S, "the chief executive")]),
    ("sports: asked whether, set off, said he would",
     "The coach, asked whether he would stay, said he would.",
     [("he would stay", "indirect", S, None), ("he would", "indirect", S, "The coach")]),
    ("business: asked whether, said it was",
     "Asked whether the merger was dead, the chief executive said it was.",
     [("the merger was dead", "indirect", S, None), ("it was", "indirect", S, "the chief executive")]),
    ("city hall: asked whether, said it had",
     "Asked whether the council had voted, the clerk said it had.",
     [("the council had voted", "indirect", S, None), ("it had", "indirect", S, "the clerk")]),
    ("city hall: asked whether, said it can",
     "Asked whether the plan works, the mayor said it can.",
     [("the plan works", "indirect", S, None), ("it can", "indirect", S, "the mayor")]),
    ("statehouse: a short answer with no question put is a fragment", "The senator said they do.", []),
    ("city hall: nor with had", "The clerk said it had.", []),
    # ---- a report inside a relative clause ends with the clause (issue 19 bug) ---------
    ("statehouse: which the senator said would cost",
     "The bill, which Sen. Sherrod Brown (D-Ohio) said would cost $2 billion, passed.",
     [("which … would cost $2 billion", "indirect", S, "Sen. Sherrod Brown")]),
    ("statehouse: the main clause runs on",
     "The bill, which the senator said would cost $2 billion, passed on Tuesday.",
     [("which … would cost $2 billion", "indirect", S, "the senator")]),
    ("business: which officials said would employ",
     "The plant, which officials said would employ 300 people, closed in May.",
     [("which … would employ 300 people", "indirect", S, "officials")]),
    # ---- a short quoted label after a verb of naming is the speaker's word -------------
    ("city hall: called the plan “a mess”", "The mayor called the plan “a mess.”",
     [("“a mess.”", "mixed", S, "The mayor")]),
    ("city hall: called the vote “historic,” and", "The council called the vote “historic,” and the mayor agreed.",
     [("“historic,”", "mixed", S, "The council")]),
    ("politics: described herself as", "The mayor described herself as “a fighter.”",
     [("“a fighter.”", "mixed", S, "The mayor")]),
    ("media: a quoted programme where it was said is no label",
     "The mayor called the plan reckless in an interview on “Meet the Press.”",
     [("the plan reckless", "indirect", S, "The mayor")]),
    ("health: a bill dubbed is a term, not a quote", "A bill dubbed “Obamacare” passed in 2010.", []),
    ("schools: a condition set off inside the relative clause stays with the report",
     "The levy, which the superintendent said would pass, if voters turn out, was defeated.",
     [("which … would pass, if voters turn out", "indirect", S, "the superintendent")]),
    ("schools: a condition with no subject set off inside the relative clause",
     "The levy, which the superintendent said would pass, if approved, was defeated.",
     [("which … would pass, if approved", "indirect", S, "the superintendent")]),
    ("transport: the main clause's verb in the passive",
     "The bridge, which engineers said was unsafe, was reopened on Monday.",
     [("which … was unsafe", "indirect", S, "engineers")]),
    ("city hall: the main clause with its modal",
     "The plan, which the mayor said would cost $2 million, would also create jobs.",
     [("which … would cost $2 million", "indirect", S, "the mayor")]),
    # ---- a closing tag after a comma: a name and its appositive is the speaker ---------
    ("city hall: NAME, a spokesman for the city, said",
     "The bridge passed its inspections, James Carter, a spokesman for the city, said.",
     [("The bridge passed its inspections", "indirect", S, "James Carter")]),
    ("statehouse: the appositive names the speaker",
     "Senator Harry Reid, the minority leader, said the bill would fail.",
     [("the bill would fail", "indirect", S, "Senator Harry Reid")]),
    ("labor: a possessive speaker closes the sentence",
     "The plan will fail, the union's president said.",
     [("The plan will fail", "indirect", S, "the union's president")]),
    # ---- a closing attribution the parse coordinates with the clause -------------------
    ("business: ..., said the chief executive",
     "Exports rose in May, but the industry is under pressure from imports, said the company's chief executive.",
     [("Exports rose in May, but the industry is under pressure from imports", "indirect", S,
       "the company's chief executive")]),
    # ---- an "as" tag reports; "as" with a verb of talking says when --------------------
    ("media: as the Times reported, fronted", "As the Times reported, the deal collapsed in March.",
     [("the deal collapsed in March", "indirect", S, "the Times")]),
    ("media: as the Times reported, closing", "The deal collapsed in March, as the Times reported.",
     [("The deal collapsed in March", "indirect", S, "the Times")]),
    ("world: as the minister spoke", "As the minister spoke to reporters, video showed smoke rising.", []),
    # ---- a quote and its cue, then the writer's story after "and" ---------------------
    ("sports: and the crowd roared", "“We will win,” the coach said, and the crowd roared.",
     [("“We will win,”", "direct", S, "the coach")]),
    ("sports: and more quoted words", "“We will win,” the coach said, and “nobody can stop us.”",
     [("“We will win,” … “nobody can stop us.”", "direct", S, "the coach")]),
    # ---- the writer's aside between dashes or in brackets -------------------------------
    ("police: an aside between dashes",
     "The chief said the officer - a ten-year veteran - was not wearing a camera.",
     [("the officer … was not wearing a camera", "indirect", S, "The chief")]),
    ("police: a clause in brackets",
     "The chief said the officer (who was placed on leave) was not wearing a camera.",
     [("the officer … was not wearing a camera", "indirect", S, "The chief")]),
    ("police: an aside between dashes before the report's last word",
     "The chief said the officer - a ten-year veteran - resigned.",
     [("the officer … resigned", "indirect", S, "The chief")]),
    ("police: a relative clause between dashes",
     "The mayor said the budget - which the council approved - would cut 300 jobs.",
     [("the budget … would cut 300 jobs", "indirect", S, "The mayor")]),
    ("sports: a score's dash is no aside", "The coach said the team won 3 - 2 in overtime.",
     [("the team won 3 - 2 in overtime", "indirect", S, "The coach")]),
    ("schools: a hyphen is no dash", "The mayor said three-quarters of the budget would go to schools.",
     [("three-quarters of the budget would go to schools", "indirect", S, "The mayor")]),
    ("police: a clause in brackets after the report is the writer's",
     "The chief said the officer was not wearing a camera (he had left it in the car).",
     [("the officer was not wearing a camera", "indirect", S, "The chief")]),
    ("city hall: a bracketed gloss with a hyphenated word stays (no clause in it)",
     "The mayor said the plan (a stop-gap measure) would pass.",
     [("the plan (a stop-gap measure) would pass", "indirect", S, "The mayor")]),
    # ---- a non-restrictive relative clause ending the report is the writer's aside -----
    ("health: , which forced her",
     "The doctor said he expects Clinton to recover from pneumonia, which forced her to leave early.",
     [("he expects Clinton to recover from pneumonia", "indirect", S, "The doctor")]),
    ("city hall: , who runs the program", "The mayor said the money will go to Smith, who runs the program.",
     [("the money will go to Smith", "indirect", S, "The mayor")]),
    ("schools: a restrictive relative clause stays", "The mayor said the money will go to schools whose roofs leak.",
     [("the money will go to schools whose roofs leak", "indirect", S, "The mayor")]),
    ("city hall: brackets with no clause stay", "The mayor said the plan would pass (and soon).",
     [("the plan would pass (and soon)", "indirect", S, "The mayor")]),
    ("elections: a dash opening an aside that ends the report",
     "The mayor said the plan would pass, a landslide win - based on early results.",
     [("the plan would pass, a landslide win", "indirect", S, "The mayor")]),
    # ---- a concession after a comma is the writer's counterpoint ----------------------
    ("politics: even though, closing tag",
     "She opposed the war, even though there are clips of her supporting it, the senator's aide said.",
     [("She opposed the war", "indirect", S, "the senator's aide")]),
    ("politics: even though, after the cue",
     "The aide said she opposed the war, even though there are clips of her supporting it.",
     [("she opposed the war", "indirect", S, "The aide")]),
    ("politics: despite", "The aide said she opposed the war, despite her vote for it.",
     [("she opposed the war", "indirect", S, "The aide")]),
    # ---- a document's finding; a demand ------------------------------------------------
    ("government: the audit found", "The audit found waste in the parks department.",
     [("waste in the parks department", "indirect", D, "The audit")]),
    ("police: officers found the victims", "Officers found the victims in the basement.", []),
    ("police: officers found a man lying: what they saw", "Officers found the man lying in the street.", []),
    ("police: investigators found that: a finding",
     "Investigators found that the door was forced.",
     [("the door was forced", "indirect", D, "Investigators")]),
    ("city hall: a person listing reasons is no attribution", "The mayor listed three reasons for the delay.", []),
    ("jails: a person detailing failures", "Ms. Diaz detailed the failures at the jail.", []),
    ("jails: unless the thing detailed is quoted", "Ms. Diaz detailed “a pattern of abuse” at the jail.",
     [("“a pattern of abuse” at the jail", "mixed", D, "Ms. Diaz")]),
    ("government: the report found", "The report found serious irregularities in the accounts.",
     [("serious irregularities in the accounts", "indirect", D, "The report")]),
    ("city hall: according to", "According to the report, the city lost $2 million.",
     [("the city lost $2 million", "indirect", D, "the report")]),
    ("opinion: let's say is nobody's words", "Let's say the plan passes.", []),
    # ---- a speaker noun phrase set off by dashes ---------------------------------------
    ("polling: the survey, its aside between dashes",
     "The survey–published by The Washington Post–found that most voters distrust both candidates.",
     [("most voters distrust both candidates", "indirect", D, "The survey")]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_indirect_guard_case(nlp, case):
    _, text, expected = case
    assert quote_rows(nlp, text) == expected


# ---- unit level: guards a sentence of their own cannot isolate ----------------------------


def _ctx(nlp, text: str):
    """The quotes stage's context for ``text``: the parse, the quote marks paired, each
    token's sentence and quoted span."""
    from quoteaudit.ingest import read_string
    from quoteaudit.quotes import context
    from quoteaudit.quotes.marks import pair_marks

    (article,) = read_string(text, "text", path="article.txt")
    scan = pair_marks(article.text, article.paragraphs)
    return context.build(nlp(article.text), article.text, scan.spans, article.paragraphs)


def _tok(ctx, word: str, nth: int = 0):
    return [t for t in ctx.doc if t.text == word][nth]


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Kowalczyk wrote the memo.", "Kowalczyk", True),      # a name
        ("She wrote the memo.", "She", True),                   # a pronoun
        ("Officials wrote the memo.", "Officials", True),       # people who speak
        ("The statement said little.", "statement", True),      # a document
        ("The gesture meant little.", "gesture", False),        # no speaker
        ("The pressure grew.", "pressure", False),
    ],
    ids=["name", "pronoun", "officials", "statement", "gesture", "pressure"],
)
def test_who_or_what_can_say_something(nlp, text, word, expected):
    """A name, a pronoun, a person or body, or a document can be a quote's source; "a
    gesture" or "pressure" cannot."""
    from quoteaudit.quotes.mention import _could_speak

    ctx = _ctx(nlp, text)
    assert _could_speak(_tok(ctx, word)) is expected


def test_a_name_the_recogniser_misses_can_still_speak(nlp):
    """A proper noun the entity recogniser leaves untyped ("AOC") is still a name."""
    from quoteaudit.quotes.mention import _could_speak

    ctx = _ctx(nlp, "Footage of AOC saying the bill was dead spread online.")
    tok = _tok(ctx, "AOC")
    assert tok.pos_ == "PROPN" and tok.ent_type_ == ""  # the premise: a name with no entity type
    assert _could_speak(tok) is True


@pytest.mark.parametrize(
    "text, head, expected",
    [
        ("Rep. Jim Jordan (R-Ohio) and Rep. Adam Schiff (D-Calif.) said the inquiry was a sham.", "Jordan",
         "Rep. Jim Jordan (R-Ohio) and Rep. Adam Schiff"),
        ("Officials familiar with the matter said the talks had stalled.", "Officials", "Officials familiar with the matter"),
        ("A spokesman for the Pentagon, Col. Ann Lee, said the drill was routine.", "spokesman", "A spokesman"),
        ("Smith and Jones said the deal was off.", "Smith", "Smith and Jones"),
        ("The mayor's chief of staff said the budget was late.", "chief", "The mayor's chief of staff"),
        ("The survey–published by The Washington Post–found that most voters distrust both candidates.", "survey",
         "The survey"),
    ],
    ids=["party labels", "familiar with", "appositive after comma", "and", "possessor and of", "dash aside"],
)
def test_the_noun_phrase_that_names_a_speaker(nlp, text, head, expected):
    from quoteaudit.quotes.mention import noun_phrase

    ctx = _ctx(nlp, text)
    a, b = noun_phrase(_tok(ctx, head))
    assert ctx.text[a:b] == expected


@pytest.mark.parametrize("text", ["The plan will fail, the union's president said.",
                                  "The plan will fail, the union's president said. The council met."])
def test_the_first_sentence_starts_at_the_first_token(nlp, text):
    """Of one sentence alone (nothing after it, not even a line end) or of the first of
    two: the walk back stops at the text's first token."""
    from quoteaudit.ingest import read_string
    from quoteaudit.quotes import context
    from quoteaudit.quotes.indirect import _sentence_start

    (article,) = read_string(text, "text", path="article.txt")
    doc = nlp(text)
    ctx = context.build(doc, text, [], article.paragraphs)
    assert _sentence_start(ctx, _tok(ctx, "said").i) == 0


def test_a_later_sentence_starts_after_the_full_stop(nlp):
    from quoteaudit.quotes.indirect import _sentence_start

    ctx = _ctx(nlp, "The council met on Tuesday. The plan will fail, the union's president said.")
    assert _sentence_start(ctx, _tok(ctx, "said").i) == _tok(ctx, "The", 1).i


@pytest.mark.parametrize(
    "text, last, expected",
    [
        ("He met Rep. Jim Jordan (R-Ohio).", ")", True),
        ("He met the board [of trustees].", "]", True),
        ("He met the board of trustees).", ")", False),   # its opener is not in the run
        ("He met the board of trustees].", "]", False),
        ("He met the board (of [the] trustees).", ")", True),  # a bracket inside the bracket
        ("He met the board [of (the) trustees].", "]", True),
        ("He met the board (of (the) trustees).", ")", True),
        ("He met (the board) and the trustees).", ")", False),  # the pair before closes itself
        ("He met the board.", ".", False),
    ],
    ids=["round", "square", "round, no opener", "square, no opener", "nested round", "nested square",
         "nested same", "pair then stray", "full stop"],
)
def test_a_closing_bracket_closes_one_the_content_opened(nlp, text, last, expected):
    from quoteaudit.quotes.indirect import _closes_bracket

    ctx = _ctx(nlp, text)
    k = max(t.i for t in ctx.doc if t.text == last)
    assert _closes_bracket(ctx, _tok(ctx, "met").i, k) is expected


def _parsed(nlp, words, heads, deps, pos):
    """A sentence with the parse given, for a guard that depends on a parse the model
    gives only now and then."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize("mark", [";", ":", "—", ","])
def test_a_phrase_after_the_speaker_stops_at_a_separator_inside_it(nlp, mark):
    """"Officials from Ohio; Texas said so", parsed with "Texas" conjoined to "Ohio": the
    semicolon (or colon, dash, comma) inside the of-phrase ends the speaker's phrase
    before it; the speaker is "Officials", not a list the punctuation breaks."""
    from quoteaudit.quotes.mention import noun_phrase

    doc = _parsed(
        nlp,
        ["Officials", "from", "Ohio", mark, "Texas", "said", "so", "."],
        [5, 0, 1, 2, 2, 5, 5, 5],
        ["nsubj", "prep", "pobj", "punct", "conj", "ROOT", "advmod", "punct"],
        ["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "ADV", "PUNCT"],
    )
    a, b = noun_phrase(doc[0])
    assert doc.text[a:b] == "Officials"


def test_a_short_phrase_after_the_speaker_stays_with_it(nlp):
    """The same parse with "and": "Officials from Ohio and Texas" is one speaker."""
    from quoteaudit.quotes.mention import noun_phrase

    doc = _parsed(
        nlp,
        ["Officials", "from", "Ohio", "and", "Texas", "said", "so", "."],
        [5, 0, 1, 2, 2, 5, 5, 5],
        ["nsubj", "prep", "pobj", "cc", "conj", "ROOT", "advmod", "punct"],
        ["NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "ADV", "PUNCT"],
    )
    a, b = noun_phrase(doc[0])
    assert doc.text[a:b] == "Officials from Ohio and Texas"


def _ctx_of_doc(doc):
    """The quotes stage's context for a sentence whose parse is given."""
    from quoteaudit.ingest import read_string
    from quoteaudit.quotes import context

    (article,) = read_string(doc.text, "text", path="article.txt")
    return context.build(doc, doc.text, [], article.paragraphs)


@pytest.mark.parametrize("subject_dep", ["nsubj", "nsubjpass"])
def test_an_inverted_tag_after_a_fronted_subject_names_the_speaker(nlp, subject_dep):
    """"The law, said Sen. Sherrod Brown, was passed too quickly", parsed with the tag
    as a parataxis on "passed" and "The law" as the tag's own subject (active or passive,
    as the parse has it): the name after "said" is the speaker; the content is the
    reported verb's clause, the fronted subject included."""
    from spacy.tokens import Doc

    from quoteaudit.quotes.indirect import _inverted_mid_tag

    words = ["The", "law", ",", "said", "Sen.", "Sherrod", "Brown", ",", "was", "passed", "too", "quickly", "."]
    spaces = [True, False, True, True, True, True, False, True, True, True, True, False, False]
    heads = [1, 3, 3, 9, 6, 6, 3, 3, 9, 9, 11, 9, 9]
    deps = ["det", subject_dep, "punct", "parataxis", "compound", "compound", "nsubj", "punct", "auxpass", "ROOT",
            "advmod", "advmod", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "VERB", "PROPN", "PROPN", "PROPN", "PUNCT", "AUX", "VERB", "ADV", "ADV", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    found = _inverted_mid_tag(_ctx_of_doc(doc), doc[3], None)
    assert found is not None
    speaker, fronted = found
    assert (speaker.text, fronted) == ("Brown", None)


def _ctx_with_marks(doc):
    from quoteaudit.ingest import read_string
    from quoteaudit.quotes import context
    from quoteaudit.quotes.marks import pair_marks

    (article,) = read_string(doc.text, "text", path="article.txt")
    return context.build(doc, doc.text, pair_marks(doc.text, article.paragraphs).spans, article.paragraphs)


@pytest.mark.parametrize("label_dep", ["oprd", "xcomp"])
def test_a_quoted_label_is_the_namer_s_word_however_the_parse_hangs_it(nlp, label_dep):
    """"The mayor called the plan “reckless.”": the quoted word after the object is the
    mayor's label for it, whether the parse makes it the object's predicate (oprd) or an
    open complement (xcomp) — only an infinitive ("called on X to act") is no label."""
    from spacy.tokens import Doc

    from quoteaudit.quotes.indirect import _quoted_label

    words = ["The", "mayor", "called", "the", "plan", "“", "reckless", ".", "”"]
    spaces = [True, True, True, True, True, False, False, False, False]
    heads = [1, 2, 2, 4, 2, 6, 2, 2, 2]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "punct", label_dep, "punct", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "ADJ", "PUNCT", "PUNCT"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "``", "JJ", ".", "''"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags)
    ctx = _ctx_with_marks(doc)
    assert len(ctx.spans) == 1
    assert _quoted_label(ctx, doc[2], doc[1]) == 0
