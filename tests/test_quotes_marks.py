"""Quote-mark pairing: apostrophes, styles of marks, and recovery from stray marks.

These work on characters alone (no parse)."""

from quoteaudit.ingest import split_paragraphs
from quoteaudit.quotes.marks import pair_marks


def quoted(text):
    scan = pair_marks(text, split_paragraphs(text))
    return [text[q.start : q.end] for q in scan.spans], scan


def test_curly_double_quotes_pair():
    spans, scan = quoted("“We will rebuild,” the mayor said.")
    assert spans == ["“We will rebuild,”"]
    assert scan.strays == []


def test_straight_double_quotes_pair_by_context():
    spans, _ = quoted('"We will rebuild," the mayor said. "It will take years."')
    assert spans == ['"We will rebuild,"', '"It will take years."']


def test_apostrophes_are_not_quote_marks():
    text = "The parents’ group said it doesn’t plan a ’90s-style strike, O’Brien said."
    spans, scan = quoted(text)
    assert spans == []
    assert scan.strays == []


def test_possessive_plural_inside_uk_single_quotes():
    spans, _ = quoted("‘The parents’ money is gone,’ she said.")
    assert spans == ["‘The parents’ money is gone,’"]


def test_single_quotes_nested_in_double_quotes():
    text = "“He told me, ‘Leave now,’ and I did,” she said."
    scan = pair_marks(text, split_paragraphs(text))
    outer = [q for q in scan.spans if q.parent is None]
    inner = [q for q in scan.spans if q.parent is not None]
    assert [text[q.start : q.end] for q in outer] == ["“He told me, ‘Leave now,’ and I did,”"]
    assert [text[q.start : q.end] for q in inner] == ["‘Leave now,’"]


def test_guillemets_and_low_nine_marks():
    spans, _ = quoted("« Nous restons », a-t-il dit. „Wir bleiben“, sagte er.")
    assert spans == ["« Nous restons »", "„Wir bleiben“"]


def test_double_prime_used_as_quote_mark_but_not_for_inches():
    spans, scan = quoted("He is 6′3″ tall. ″We are ready,″ the coach said.")
    assert spans == ["″We are ready,″"]
    assert scan.strays == []


def test_mismatched_closing_mark_still_pairs():
    spans, _ = quoted("“We are ready,“ the coach said.")
    assert spans == ["“We are ready,“"]


def test_doubled_opening_mark_is_reported_and_the_quote_kept():
    spans, scan = quoted("““We are ready,” the coach said.")
    assert spans == ["““We are ready,”"]
    assert [s.reason for s in scan.strays] == ["doubled opening quote mark"]


def test_unclosed_quote_does_not_swallow_the_paragraph_quotes_after_it():
    text = "“We are ready, the coach said. “The season starts Friday,” she added."
    spans, scan = quoted(text)
    assert "“The season starts Friday,”" in spans
    assert [(s.text, s.reason) for s in scan.strays] == [("“", "opening quote mark never closed")]


def test_closing_mark_without_opening_is_recovered_from_its_sentence():
    text = "The vote is close. We will win,” she said. “Count on it.”"
    spans, scan = quoted(text)
    assert spans == ["We will win,”", "“Count on it.”"]
    assert scan.strays[0].reason == "closing quote mark with no opening mark"


def test_unbalanced_mark_stays_in_its_paragraph():
    text = "He said “no.\n\nShe said “yes” twice.\n\nThey said “maybe” once."
    spans, scan = quoted(text)
    assert spans == ["“no.", "“yes”", "“maybe”"]
    assert [(s.start, s.reason) for s in scan.strays] == [(8, "opening quote mark never closed")]


def test_multi_paragraph_quote_continues_into_the_next_paragraph():
    text = "“The first paragraph ends open.\n\n“The second one closes,” she said."
    scan = pair_marks(text, split_paragraphs(text))
    first, second = scan.spans
    assert text[first.start : first.end] == "“The first paragraph ends open."
    assert text[second.start : second.end] == "“The second one closes,”"
    assert first.next_part == 1 and second.prev_part == 0
    assert scan.strays == []


def test_quote_that_never_closes_runs_to_the_paragraph_end():
    text = "She said: “We will never give up.\n\nThe vote is Tuesday."
    spans, scan = quoted(text)
    assert spans == ["“We will never give up."]
    assert scan.strays[0].reason == "opening quote mark never closed"


def test_typewriter_double_apostrophes():
    spans, _ = quoted("''It's more tinkering at the edges,'' said Alan Cole.")
    assert spans == ["''It's more tinkering at the edges,''"]


def test_stray_mark_after_an_attribution_is_no_quote_of_its_own():
    spans, scan = quoted('“We will not call it terrorism yet,” Earnest said."\n\nThe hearing went on.')
    assert spans == ["“We will not call it terrorism yet,”"]
    assert [s.reason for s in scan.strays] == ["closing quote mark with no opening mark"]


def test_stray_mark_after_a_stray_mark_still_recovers_its_sentence():
    spans, _ = quoted("He says,” there are a lot of people who never get listened to.”")
    assert spans[-1] == "there are a lot of people who never get listened to.”"
