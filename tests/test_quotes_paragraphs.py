"""Floating speakers and paragraphs: continued quotes, pull quotes over a name line, and
plain text that puts one paragraph on each line. Each case runs the whole audit and
asserts every quote's words and the source it is given."""

from __future__ import annotations

from quoteaudit.ingest import read_string
from quoteaudit.pipeline import audit_article


def audit(nlp, text: str):
    (article,) = read_string(text, "text", path="story.txt")
    result = audit_article(article, nlp(article.text))
    named = []
    for q in result.quotes:
        src = result.source_by_id(q.source) if q.source else None
        named.append((q.text, src.name if src else None))
    return article, named


def test_a_quote_paragraph_continues_the_indirect_speaker_before_it(nlp):
    # sports: the newsroom convention for a continued quote
    _, quotes = audit(nlp, "Coach Maria Lopez said the team would appeal the ruling.\n\n“We are not done. We will be back next season.”")
    assert quotes == [
        ("the team would appeal the ruling", "Maria Lopez"),
        ("“We are not done. We will be back next season.”", "Maria Lopez"),
    ]


def test_a_background_paragraph_between_does_not_break_the_run(nlp):
    # local: a paragraph of background with no person in it
    _, quotes = audit(
        nlp,
        "Coach Maria Lopez said the team would appeal.\n\nThe league fined the club $5,000 on Friday.\n\n“We are not done.”",
    )
    assert quotes[-1] == ("“We are not done.”", "Maria Lopez")


def test_another_person_in_between_leaves_the_quote_an_orphan(nlp):
    # national politics: whose words are these, Lee's or Hale's? The writer must say
    _, quotes = audit(
        nlp, "Sen. Ann Lee said the bill would pass. Rep. Tom Hale disagreed.\n\n“It will die in committee.”"
    )
    assert quotes == [("the bill would pass", "Ann Lee"), ("“It will die in committee.”", None)]


def test_a_group_starts_no_run_of_quotes(nlp):
    # national security: "the sources" speak no one quote
    _, quotes = audit(nlp, "The sources further said the army had advanced.\n\n“We have not established a deadline for them.”")
    assert quotes[-1] == ("“We have not established a deadline for them.”", None)


def test_a_paragraph_with_more_than_the_quote_is_not_a_continued_quote(nlp):
    # the reference article's last paragraph: the quote is followed by the writer's words
    _, quotes = audit(
        nlp,
        "Colonel Ryan Dillon said the coalition was concerned.\n\n"
        "“We have not established a deadline for them.” This force is seen as a threat by the coalition.",
    )
    assert quotes[-1] == ("“We have not established a deadline for them.”", None)


def test_a_pull_quote_over_a_name_line_takes_that_name(nlp):
    # column: a pull quote, then the name on a line of its own
    _, quotes = audit(nlp, "“We will rebuild, block by block.”\n\n— Mayor Jane Doe")
    assert quotes == [("“We will rebuild, block by block.”", "Jane Doe")]


def test_a_tweet_over_its_author_line(nlp):
    _, quotes = audit(
        nlp,
        '"While I respect the professionals at the FBI, this announcement defies explanation."\n\n'
        "Paul Ryan (@SpeakerRyan) July 5, 2016",
    )
    assert quotes == [('"While I respect the professionals at the FBI, this announcement defies explanation."', "Paul Ryan")]


def test_a_sentence_after_a_quote_is_no_name_line(nlp):
    _, quotes = audit(nlp, "“We will rebuild.”\n\nThe storm destroyed 40 homes.")
    assert quotes == [("“We will rebuild.”", None)]


def test_a_short_tagged_quote_and_the_untagged_one_after_it_are_one_speakers(nlp):
    _, quotes = audit(nlp, "Sgt. Amy Cole waved the medics forward. “Go,” she urged. “Now.”")
    assert quotes == [("“Go,” … “Now.”", "Amy Cole")]


ONE_PER_LINE = (
    "Coach Maria Lopez said on Friday that the team would appeal the ruling because the referee had made a serious mistake.\n"
    "The league fined the club $5,000 on Friday for the brawl that broke out after the final whistle in the second half.\n"
    "“We are not done. We will be back next season, stronger and hungrier than we have ever been before, believe me.”\n"
)


def test_plain_text_with_one_paragraph_per_line_has_a_paragraph_per_line(nlp):
    article, quotes = audit(nlp, ONE_PER_LINE)
    lines = [line for line in ONE_PER_LINE.splitlines() if line]
    assert [article.text[p.start : p.end] for p in article.paragraphs] == lines
    # so the continued-quote convention works across lines as across blank lines
    assert quotes[-1] == (lines[-1], "Maria Lopez")


def test_hard_wrapped_plain_text_with_no_blank_lines_is_still_read_as_wrapped():
    wrapped = (
        "Council approves budget\n"
        "The city council approved a $40 million budget on Tuesday after a\n"
        "three-hour debate, the clerk said, and the mayor signed it into law\n"
        "the same night.\n"
    )
    (article,) = read_string(wrapped, "text")
    assert "after a three-hour debate" in article.text
    assert "into law the same night" in article.text
    assert len(article.paragraphs) == 1


def test_short_lines_with_no_blank_lines_are_not_split_into_paragraphs():
    # a list of short lines (a byline block, a table of scores) is not one paragraph a line
    text = "Lions 3, Tigers 1\nBears 2, Wolves 2\nHawks 0, Eagles 4\n"
    (article,) = read_string(text, "text")
    assert len(article.paragraphs) == 1
