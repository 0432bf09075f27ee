"""Aligning a quote with the source material: statuses, word diffs, notes, speakers."""

from __future__ import annotations

import pytest

from quoteaudit.evidence import load_evidence
from quoteaudit.evidence.align import Quoted, align
from quoteaudit.evidence.names import same_speaker
from quoteaudit.evidence.words import quote_items
from quoteaudit.model import EvidenceStatus, Source, SourceType

V, E, B, A, N, W = (EvidenceStatus.VERBATIM, EvidenceStatus.ELIDED, EvidenceStatus.BRACKETED, EvidenceStatus.ALTERED,
                    EvidenceStatus.NOT_FOUND, EvidenceStatus.WRONG_SPEAKER)

INTERVIEW = """REPORTER: Will property taxes go up this year?

MAYOR ANA LOPEZ: No. We will not raise property taxes this year, and I said that in January.
We found the savings inside City Hall, not in people's wallets. Honestly, I love our libraries.
I grew up in the Eastside branch. Nobody is closing a library on my watch.

REPORTER: What about the pension fund?

MAYOR ANA LOPEZ: The pension fund is the biggest long-term risk this city faces. By the end of
the year, we will cut the wait in half.
"""

LOPEZ = Source("s1", "Ana Lopez", SourceType.NAMED_PERSON, title="Mayor")


def check(quote: str, material: str = INTERVIEW, source: Source | None = LOPEZ, max_gap: int = 100, name: str = "interview.txt"):
    index = load_evidence([(name, material.encode())])
    return align(Quoted(quote_items(quote, 0, len(quote)), quote), index.indexes(), source, max_gap)


def changes(result) -> list[tuple[str, str, str]]:
    return [(d.op, d.draft, d.evidence) for d in result.diff if d.op != "equal"]


@pytest.mark.parametrize(
    "quote",
    [
        "We will not raise property taxes this year",
        "WE WILL NOT RAISE PROPERTY TAXES THIS YEAR",
        "We found the savings inside City Hall, not in people’s wallets.",
        "We found the savings inside City Hall not in people's wallets",
        "in January. We found the savings",  # across a line break
        "the biggest long term risk",  # hyphen or space
    ],
)
def test_case_quote_marks_punctuation_and_line_breaks_do_not_matter(quote):
    result = check(quote)
    assert result.status is V
    assert result.speaker_label == "MAYOR ANA LOPEZ"


def test_an_ellipsis_may_leave_out_words_of_the_same_turn_and_the_note_says_which():
    result = check("Honestly, I love our libraries … Nobody is closing a library on my watch.")
    assert result.status is E
    assert result.note == "the ellipsis leaves out 7 words (“I grew up in the Eastside branch”)"


def test_an_ellipsis_leaving_out_more_than_the_gap_allowed_is_not_a_pass():
    quote = "We will not raise property taxes this year ... Nobody is closing a library on my watch"
    assert check(quote, max_gap=30).status is E
    result = check(quote, max_gap=10)
    assert result.status is A
    assert result.note.startswith("the source has these words, but not together in this order")


def test_an_ellipsis_does_not_reach_into_another_speakers_turn():
    result = check("Nobody is closing a library on my watch ... What about the pension fund?")
    assert result.status is not E


def test_brackets_stand_for_a_few_words_of_the_source():
    result = check("We found the savings inside [the mayor's office], not in people's wallets")
    assert result.status is B
    assert result.note == "[the mayor's office] stands for “City Hall”"
    assert check("[T]he pension fund is the biggest long-term risk").status is B


def test_brackets_cannot_stand_for_a_whole_sentence():
    result = check("We will not raise property taxes [ever] not in people's wallets")
    assert result.status is A


def test_one_changed_word_is_altered_with_the_word_diff():
    result = check("The pension fund is the biggest long-term risk this state faces")
    assert result.status is A
    assert changes(result) == [("replace", "state", "city")]
    assert result.similarity == pytest.approx(2 * 11 / 24)  # 11 of 12 words on each side


def test_dropped_and_added_words_are_altered():
    assert changes(check("The pension fund is the biggest risk this city faces")) == [("delete", "", "long-term")]
    assert changes(check("We found all the savings inside City Hall")) == [("insert", "all", "")]


def test_words_moved_around_are_altered_and_said_so():
    result = check("We will cut the wait in half by the end of the year")
    assert result.status is A
    assert result.note == "words of the source are in another order in the draft"


def test_sentences_from_two_places_joined_into_one_quote_are_altered_and_located():
    result = check("We will not raise property taxes this year. The pension fund is the biggest long-term risk.")
    assert result.status is A
    assert result.note == (
        "the source has these words, but not together in this order: "
        "“We will not raise property taxes this year” (interview.txt, line 3); "
        "“The pension fund is the biggest long-term risk” (line 9)"
    )


def test_a_quote_nothing_in_the_source_resembles_is_not_found():
    result = check("We will never cut a single police officer")
    assert result.status is N
    assert result.index is None and result.similarity < 0.5


def test_a_paraphrase_in_quotation_marks_is_not_found():
    assert check("take the blame for every slow library in this city").status is N


def test_words_of_the_interviewer_given_to_the_mayor_are_the_wrong_speaker():
    result = check("Will property taxes go up this year?")
    assert result.status is W
    assert result.speaker_label == "REPORTER"


def test_a_quote_running_across_a_change_of_speaker_is_altered():
    result = check("Will property taxes go up this year? No.")
    assert result.status is A


def test_only_a_named_source_can_be_the_wrong_speaker():
    official = Source("s2", "a city official", SourceType.ANONYMOUS_SPECIFIC)
    assert check("Will property taxes go up this year?", source=official).status is V
    assert check("Will property taxes go up this year?", source=None).status is V


def test_words_said_by_two_people_belong_to_the_one_the_draft_names():
    material = "REPORTER: So no new taxes.\n\nMAYOR LOPEZ: So no new taxes. That is the promise.\n"
    result = check("So no new taxes", material=material)
    assert result.status is V
    assert result.speaker_label == "MAYOR LOPEZ"


def test_material_without_labels_never_contradicts_the_speaker():
    result = check("We closed the gap without a single layoff", material="“We closed the gap without a single layoff,” said Samuel Reyes.")
    assert result.status is V and result.speaker_label is None


@pytest.mark.parametrize(
    "label, source, same",
    [
        ("MAYOR ANA LOPEZ", LOPEZ, True),
        ("LOPEZ", LOPEZ, True),
        ("A. LOPEZ", LOPEZ, True),
        ("Ana López", LOPEZ, True),
        ("MAYOR LOPEZ", Source("s", "Lopez", SourceType.NAMED_PERSON), True),
        ("THE MAYOR", LOPEZ, True),
        ("THE MAYOR", Source("s", "Ray Okafor", SourceType.NAMED_PERSON, title="Councilman"), False),
        ("SEN. WELLS", Source("s", "Patricia Wells", SourceType.NAMED_PERSON, title="Senator"), True),
        ("SENATOR", Source("s", "Patricia Wells", SourceType.NAMED_PERSON, title="Senator"), True),
        ("MARTIN LUTHER KING JR.", Source("s", "King", SourceType.NAMED_PERSON), True),
        ("REPORTER", LOPEZ, False),
        ("Q", LOPEZ, False),
        ("Jill Brandt", LOPEZ, False),
        ("Speaker 2", LOPEZ, None),
        ("UNIDENTIFIED MALE", LOPEZ, None),
        ("A", LOPEZ, None),
        ("Jill Brandt", Source("s", "the city", SourceType.NAMED_ORGANIZATION), None),
        ("Jill Brandt", Source("s", "he", SourceType.PRONOUN_UNRESOLVED), None),
    ],
)
def test_when_a_label_is_the_quotes_source(label, source, same):
    assert same_speaker(label, source) is same


def test_in_a_long_repetitive_transcript_an_altered_quote_still_finds_its_passage():
    """Every word of the quote recurs hundreds of times; the passage is found through the
    word pairs only it has (the index anchors on pairs as well as single words)."""
    import itertools

    subjects = ["the council", "the city", "our police officers", "the school board", "the budget office"]
    verbs = ["will fund", "cannot afford", "is going to review", "will cut", "must protect"]
    objects = ["the capital plan", "new building inspectors", "the bus routes", "library hours", "road repairs"]
    tails = ["next spring", "this year", "before the vote", "whatever the critics say"]
    lines = []
    for n, (s, v, o, t) in enumerate(itertools.product(subjects, verbs, objects, tails)):
        if (s, v, o, t) != ("our police officers", "is going to review", "the capital plan", "whatever the critics say"):
            lines.extend([f"CHAIR: {s.capitalize()} {v} {o} {t}."] * 4)
        if n == 250:
            lines.append("MAYOR LOPEZ: Our police officers is going to review the capital plan whatever the critics say.")
    quote = "Our police officers is going to review the capital plan whatever the experts say"
    result = check(quote, material="\n".join(lines))
    assert result.status is A
    assert changes(result) == [("replace", "experts", "critics")]
    assert result.speaker_label == "MAYOR LOPEZ"


# ---- a number is the same number in words or in figures (words.spelled_numbers) ----------

BUDGET = """MAYOR ANA LOPEZ: The bridge carries thirty thousand cars a day.
We will borrow two million dollars and pay it back over twenty-five years.
We hired one hundred and five new officers. One of them is my neighbour.
"""


@pytest.mark.parametrize(
    "quote",
    [
        "The bridge carries 30,000 cars a day.",  # AP style prints figures inside quotes
        "We will borrow 2 million dollars and pay it back over 25 years.",
        "We will borrow two million dollars",
        "We hired 105 new officers.",
        "One of them is my neighbour.",
    ],
)
def test_a_number_in_figures_matches_the_same_number_in_words(quote):
    assert check(quote, BUDGET).status is V


def test_a_different_number_is_still_a_changed_quote():
    result = check("The bridge carries 40,000 cars a day.", BUDGET)
    assert result.status is A
    assert changes(result) == [("replace", "40,000", "thirty thousand")]


# ---- money and years, however a transcript writes them (words.spelled_numbers) ----------

COUNCIL = """MAYOR ANA LOPEZ: The library opened in nineteen ninety-five and the roof is original.
We will spend four point five million dollars on it, about twelve dollars for every resident.
The new wing should open in twenty twenty-seven. We expect fifteen, twenty people a day at first.
"""


@pytest.mark.parametrize(
    "quote",
    [
        "The library opened in 1995 and the roof is original.",  # a year read as two pairs
        "about $12 for every resident",  # the symbol before, the word after
        "The new wing should open in 2027.",
        "We expect 15, 20 people a day at first.",  # a comma between: two numbers, no year
    ],
)
def test_money_and_years_match_however_they_are_written(quote):
    assert check(quote, COUNCIL).status is V


def test_a_different_amount_of_money_is_still_a_changed_quote():
    result = check("about $15 for every resident", COUNCIL)
    assert result.status is A
    assert changes(result) == [("replace", "15", "twelve")]


def test_a_different_year_is_still_a_changed_quote():
    result = check("The library opened in 1996 and the roof is original.", COUNCIL)
    assert result.status is A
    assert changes(result) == [("replace", "1996", "nineteen ninety-five")]


def test_a_decimal_read_aloud_matches_its_figures():
    # "four point five million dollars" is the transcript of "$4.5 million"
    assert check("We will spend $4.5 million on it", COUNCIL).status is V


SPEECH = """MAYOR ANA LOPEZ: This is the thirteenth flood in the twenty-first century, the third this year.
Rents rose nine per cent last year.
"""


@pytest.mark.parametrize(
    "quote",
    [
        "This is the 13th flood in the 21st century",  # AP prints ordinals from 10th in figures
        "Rents rose 9% last year.",  # British "per cent"
        "Rents rose nine percent last year.",
    ],
)
def test_ordinals_and_per_cent_match_however_they_are_written(quote):
    assert check(quote, SPEECH).status is V


def test_a_different_ordinal_is_still_a_changed_quote():
    result = check("This is the 14th flood in the 21st century", SPEECH)
    assert result.status is A
    assert changes(result) == [("replace", "14th", "thirteenth")]
