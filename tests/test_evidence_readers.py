"""Reading source material: transcript layouts, captions, releases, and bad files."""

from __future__ import annotations

import pytest

from quoteaudit import ingest
from quoteaudit.evidence import InputError, load_evidence
from quoteaudit.evidence.index import DocumentIndex

MB = 1024 * 1024


def material(name: str, text: str | bytes, **kwargs):
    data = text.encode("utf-8") if isinstance(text, str) else text
    (doc,) = load_evidence([(name, data)], **kwargs).documents
    return doc


def turns(doc) -> list[tuple[str | None, str]]:
    """(speaker, words) of each turn, words joined by spaces, as the index sees them."""
    idx = DocumentIndex(doc)
    out: list[tuple[str | None, list[str]]] = []
    for i, word in enumerate(idx.words):
        speaker = idx.speaker(i)
        if out and idx.turns[i] == idx.turns[i - 1]:
            out[-1][1].append(word)
        else:
            out.append((speaker, [word]))
    return [(s, " ".join(w)) for s, w in out]


def test_plain_transcript_with_capitalised_labels():
    doc = material("interview.txt", "Interview at City Hall\n\nREPORTER: Will taxes go up?\n\nMAYOR ANA LOPEZ: No. Not this year.\nNot next year either.\n")
    assert turns(doc) == [
        (None, "interview at city hall"),
        ("REPORTER", "will taxes go up"),
        ("MAYOR ANA LOPEZ", "no not this year not next year either"),
    ]


def test_timestamps_are_not_words_and_labels_after_them_count_in_any_case():
    doc = material("council.txt", "[00:12:03] Chair Maria Chen: The meeting will come to order.\n(00:12:09) Jill Brandt: Thank you, Madam Chair.\n00:12:15 Jill Brandt: It is 7:30.\n")
    assert turns(doc) == [("Chair Maria Chen", "the meeting will come to order"), ("Jill Brandt", "thank you madam chair it is 7 30")]


def test_speaker_and_timestamp_on_their_own_line_then_the_words():
    doc = material("otter.txt", "Ana Lopez  0:03\nWe will not raise taxes.\n\nDana Whitfield  0:09\nWhy not?\n")
    assert turns(doc) == [("Ana Lopez", "we will not raise taxes"), ("Dana Whitfield", "why not")]


def test_a_press_release_contact_line_is_not_a_speaker():
    doc = material("release.txt", 'The mayor said the budget "holds the line."\n\nContact: Jane Doe, 555-0100\nNote: embargoed until noon.\n')
    assert [s for s, _w in turns(doc)] == [None]
    assert "contact jane doe" in turns(doc)[0][1]


def test_a_live_blogs_clock_times_are_not_timestamps_and_its_subheads_not_speakers():
    blog = (
        "6:45 p.m.\n\nThe mayor says the vote is on.\n\n"
        "SHORT READS: The council meets Monday.\n\nSTAT OF THE WEEK: Rents rose 9%.\n\n"
        "FIX IS IN: Critics say the vote was rigged.\n"
    )
    doc = material("blog.txt", blog)
    assert [s for s, _w in turns(doc)] == [None]
    assert doc.transcript is False
    assert "short reads the council" in turns(doc)[0][1]


def test_headlines_about_a_person_are_not_their_turns():
    article = (
        "Ana Lopez: ‘We Will Not Raise Taxes’\n\nThe mayor defended her budget.\n\n"
        "Related:\n\nAna Lopez: Housing Is The Crisis Of Our Time\n"
    )
    doc = material("earlier-story.txt", article)
    assert [s for s, _w in turns(doc)] == [None]


def test_one_capitalised_label_naming_a_person_makes_a_transcript():
    doc = material("statement.txt", "MAYOR ANA LOPEZ: We will not raise taxes.\n\nDANA WHITFIELD: Thank you.\n")
    assert turns(doc) == [("MAYOR ANA LOPEZ", "we will not raise taxes"), ("DANA WHITFIELD", "thank you")]


def test_a_mixed_case_label_used_once_is_ordinary_text():
    doc = material("notes.txt", "Here is the plan: we fix the roads first.\nLook: nobody wants potholes.\n")
    assert turns(doc) == [(None, "here is the plan we fix the roads first look nobody wants potholes")]


def test_transcribers_notes_are_not_the_speakers_words():
    doc = material("t.txt", "MAYOR LOPEZ: We did it (laughs) and we did it [inaudible] on time.\nREPORTER: Really?\n")
    assert turns(doc)[0] == ("MAYOR LOPEZ", "we did it and we did it on time")


def test_webvtt_voice_tags_name_the_speaker_and_cues_of_one_speaker_are_one_turn():
    vtt = (
        "WEBVTT\n\nNOTE recorded at the press conference\n\n"
        "00:00:01.000 --> 00:00:04.000\n<v Chief Tom Harlan>Two suspects were arrested.\n\n"
        "00:00:04.000 --> 00:00:06.000 align:start\n<v Chief Tom Harlan>Nobody was <i>hurt</i>.\n\n"
        "00:00:06.500 --> 00:00:08.000\n<v.loud Reporter>Any weapons?\n"
    )
    doc = material("presser.vtt", vtt)
    assert turns(doc) == [("Chief Tom Harlan", "2 suspects were arrested nobody was hurt"), ("Reporter", "any weapons")]


def test_subrip_labels_carry_over_to_the_next_caption_and_dashes_change_speaker():
    srt = (
        "1\n00:00:02,000 --> 00:00:06,000\nSEN. PATRICIA WELLS: The committee will come to order.\n\n"
        "2\n00:00:06,500 --> 00:00:11,000\nToday we examine the labs.\n\n"
        "3\n00:00:11,500 --> 00:00:16,000\n- Who sent them?\n- Nobody did.\n"
    )
    doc = material("hearing.srt", srt)
    assert turns(doc) == [
        ("SEN. PATRICIA WELLS", "the committee will come to order today we examine the labs"),
        (None, "who sent them"),
        (None, "nobody did"),
    ]


def test_caption_offsets_point_into_the_file():
    srt = "1\n00:00:02,000 --> 00:00:06,000\nDR. ALAN MBEKI: The samples were never sent.\n"
    doc = material("hearing.srt", srt)
    idx = DocumentIndex(doc)
    assert srt[idx.starts[0] : idx.ends[-1]] == "The samples were never sent"


def test_json_lines_records_are_labelled_by_their_speaker_field():
    jsonl = '{"id": "p1", "speaker": "Gloria Diaz", "text": "Not on our watch."}\n{"id": "p2", "text": "Unsigned post."}\n'
    first, second = load_evidence([("posts.jsonl", jsonl.encode())]).documents
    assert turns(first) == [("Gloria Diaz", "not on our watch")]
    assert turns(second) == [(None, "unsigned post")]
    assert (first.record, second.record) == ("record p1, line 1", "record p2, line 2")


def test_html_release_is_read_by_the_article_reader_and_offsets_point_into_the_file():
    html = "<html><body><nav>Home</nav><p>&ldquo;We closed the gap,&rdquo; said Director Samuel Reyes.</p><footer>Contact</footer></body></html>"
    doc = material("release.html", html)
    assert turns(doc) == [(None, "we closed the gap said director samuel reyes")]
    idx = DocumentIndex(doc)
    assert html[doc.file_offset(idx.starts[0]) : doc.file_offset(idx.starts[0]) + 2] == "We"


def test_a_format_the_article_readers_learn_is_read_as_source_material_too(monkeypatch, tmp_path):
    """Evidence files go through ingest's per-format dispatch: a format added there (as
    .docx will be) needs nothing here."""
    monkeypatch.setitem(ingest.FORMATS, ".wire", "text")
    path = tmp_path / "story.wire"
    path.write_text("CHIEF HARLAN: Two suspects were arrested.\n", encoding="utf-8")
    (doc,) = load_evidence([path]).documents
    assert turns(doc) == [("CHIEF HARLAN", "2 suspects were arrested")]


def test_a_word_transcript_is_read_paragraph_by_paragraph_and_placed_by_paragraph():
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Interview with Chief Dana Harlan")
    document.add_paragraph("REPORTER: Were there arrests?")
    document.add_paragraph("CHIEF DANA HARLAN: Two suspects were arrested on Friday.")
    buffer = io.BytesIO()
    document.save(buffer)
    doc = material("harlan.docx", buffer.getvalue())
    assert turns(doc) == [
        (None, "interview with chief dana harlan"),
        ("REPORTER", "were there arrests"),
        ("CHIEF DANA HARLAN", "2 suspects were arrested on friday"),
    ]
    # an editor finds the words in Word by paragraph, not by line
    assert doc.where(doc.text.index("Two suspects")) == "harlan.docx, paragraph 3"


def test_a_folder_is_searched_for_source_material(tmp_path):
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.vtt").write_text("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nTwo.\n", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("Three.", encoding="utf-8")
    index = load_evidence([tmp_path])
    assert [d.name.rsplit("/", 1)[-1] for d in index.documents] == ["a.txt", "b.vtt"]


@pytest.mark.parametrize(
    "name, data, problem",
    [
        ("missing.txt", None, "does not exist"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n...", "is a PNG image, not text"),
        ("empty.txt", b"  \n", "is empty"),
        ("captions.vtt", b"these are not captions", "is not a valid WebVTT file"),
        ("captions.srt", b"1\nnot a timing line\nwords\n", "is not a valid SubRip file"),
        ("scan.pdf", b"%PDF-1.4", "has an unknown extension .pdf for source material"),
    ],
)
def test_a_file_that_cannot_be_used_is_one_error_naming_it(tmp_path, name, data, problem):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(InputError) as err:
        load_evidence([path])
    assert str(err.value).startswith(f"{path}: {problem}")


def test_source_material_has_the_article_size_limit(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * 300)
    with pytest.raises(InputError) as err:
        load_evidence([path], max_bytes=1000)
    assert str(err.value) == f"{path}: is 1,500 bytes, over the 1,000 bytes size limit (max-bytes in the config)"


def test_legacy_encodings_are_decoded_as_articles_are():
    doc = material("memo.txt", "MAYOR LOPEZ: We’re proud of the café.\n".encode("cp1252"))
    assert turns(doc) == [("MAYOR LOPEZ", "we're proud of the café")]
