"""Session 31: source names and types as a careful editor writes them
(quoteaudit/speakers/roles.py). Each case is a newsroom-style invented sentence and asserts
the exact name, role or affiliation, and type of the source."""

from __future__ import annotations

from quoteaudit.model import SourceType

from .speakers_support import Q, resolve, source_of


def _source(nlp, text, spec):
    quotes, sources = resolve(nlp, text, [spec])
    return source_of(quotes[0], sources)


def test_two_jobs_joined_before_one_name_are_that_persons_role(nlp):
    # the parse makes "Vice President" the head and the name its conjunct: one person
    text = "Fox News Vice President and Washington Managing Editor Gary Holcomb said the network would not host the debate."
    source = _source(nlp, text, Q("the network would not host the debate", "Fox News Vice President and Washington Managing Editor Gary Holcomb", "said"))
    assert (source.name, source.type, source.role, source.affiliation) == (
        "Gary Holcomb", SourceType.NAMED_PERSON, "Vice President and Washington Managing Editor", "Fox News")


def test_a_former_title_and_a_current_title_before_one_name(nlp):
    text = "“The bridge must close,” said former Ohio Gov. and Transit Authority Chairman Ted Walsh."
    source = _source(nlp, text, Q("“The bridge must close,”", "former Ohio Gov. and Transit Authority Chairman Ted Walsh", "said", "direct"))
    assert (source.name, source.type) == ("Ted Walsh", SourceType.NAMED_PERSON)
    assert source.role == "former Ohio Gov. and Transit Authority Chairman"


def test_a_second_institution_in_a_pair_keeps_its_whole_name(nlp):
    text = "The Commerce Department and the Department of Homeland Security said they followed all procedures."
    source = _source(nlp, text, Q("they followed all procedures", "The Commerce Department and the Department of Homeland Security", "said"))
    assert (source.name, source.type) == ("Commerce Department and Department of Homeland Security", SourceType.NAMED_ORGANIZATION)


def test_a_party_after_a_is_a_description_not_a_second_speaker(nlp):
    text = "“The cuts are reckless,” said Tom Reardon, senior fellow at the Brookings Institution, and a Republican who advised two governors."
    source = _source(nlp, text, Q("“The cuts are reckless,”", "Tom Reardon", "said", "direct"))
    assert (source.name, source.type) == ("Tom Reardon", SourceType.NAMED_PERSON)


def test_a_name_after_a_publications_possessive_is_its_writer(nlp):
    # the recogniser runs "The Boston Globe’s Priya Raman" into one organisation
    text = "The Boston Globe’s Priya Raman wrote that the council had misled voters."
    source = _source(nlp, text, Q("the council had misled voters", "The Boston Globe’s Priya Raman", "wrote"))
    assert (source.name, source.type, source.affiliation) == ("Priya Raman", SourceType.NAMED_PERSON, "Boston Globe")


def test_a_nickname_in_quote_marks_stays_inside_the_name(nlp):
    # the recogniser ends the person at the nickname and calls "Tiegen" an organisation
    text = ("Former contractor and Marine John “Tig” Tiegen said both reports were misleading.\n\n"
            "“I don’t see how anyone can trust her,” Tiegen said.")
    quotes, sources = resolve(nlp, text, [Q("both reports were misleading", "Former contractor and Marine John “Tig” Tiegen", "said"),
                                          Q("“I don’t see how anyone can trust her,”", "Tiegen", "said", "direct")])
    source = source_of(quotes[1], sources)
    assert (source.name, source.type) == ("John “Tig” Tiegen", SourceType.NAMED_PERSON)


def test_a_surname_given_a_job_between_commas_is_a_person(nlp):
    # never written in full and never labelled a person: the job between commas says who
    text = ("In a May 2012 message to the senator, Tanden, head of the Center for American Progress, recounted a conversation she had at a dinner. "
            "After Tanden informed Soros that she had worked for Clinton during her 2008 run, Tanden wrote that Soros was impressed.")
    source = _source(nlp, text, Q("Soros was impressed", "Tanden", "wrote"))
    assert (source.name, source.type) == ("Tanden", SourceType.NAMED_PERSON)


def test_a_sentence_subject_with_a_job_is_not_a_person_named_by_it(nlp):
    # "Western Journalism, the former secretary of state was ...": the job is the subject's
    text = "As reported by Western Journalism, the former secretary of state was made aware of her duty to protect the files."
    source = _source(nlp, text, Q("the former secretary of state was made aware of her duty to protect the files", "Western Journalism", "reported"))
    assert (source.name, source.type) == ("Western Journalism", SourceType.NAMED_ORGANIZATION)


def test_an_advocacy_groups_name_with_a_lower_case_for(nlp):
    text = "Democracy for America urged senators to reject the trade deal."
    source = _source(nlp, text, Q("senators to reject the trade deal", "Democracy for America", "urged"))
    assert (source.name, source.type) == ("Democracy for America", SourceType.NAMED_ORGANIZATION)


def test_lawyers_for_a_person_are_unnamed_people(nlp):
    text = "Attorneys for Ms. Adams said the case was weak."
    source = _source(nlp, text, Q("the case was weak", "Attorneys for Ms. Adams", "said"))
    assert source.type == SourceType.ANONYMOUS_SPECIFIC


def test_a_middle_initial_makes_a_persons_name(nlp):
    text = "“The vote was rigged,” said Channing D. Whitlow."
    source = _source(nlp, text, Q("“The vote was rigged,”", "Channing D. Whitlow", "said", "direct"))
    assert (source.name, source.type) == ("Channing D. Whitlow", SourceType.NAMED_PERSON)


def test_a_name_that_speaks_of_itself_as_it_is_an_organisation_throughout(nlp):
    # the small recogniser labels "Twitter" a person; "positioned itself" says otherwise
    text = ("For years, Twitter has positioned itself as the free-speech wing of the free-speech party. "
            "“We condemn the use of our service to promote violence,” Twitter said in a statement.")
    source = _source(nlp, text, Q("“We condemn the use of our service to promote violence,”", "Twitter", "said", "direct"))
    assert (source.name, source.type) == ("Twitter", SourceType.NAMED_ORGANIZATION)


def test_a_titled_person_whose_clause_has_it_stays_a_person(nlp):
    text = "Gov. Ted Harlow said it would hurt families. “It is wrong,” Harlow said."
    source = _source(nlp, text, Q("“It is wrong,”", "Harlow", "said", "direct"))
    assert source.type == SourceType.NAMED_PERSON


def test_one_party_member_is_an_unnamed_source_placed_by_party(nlp):
    text = "“It wasn’t a convincing argument,” said one senior Democrat who attended the meeting."
    source = _source(nlp, text, Q("“It wasn’t a convincing argument,”", "one senior Democrat", "said", "direct"))
    assert (source.name, source.type, source.affiliation) == ("one senior Democrat", SourceType.ANONYMOUS_SPECIFIC, "Democrat")


def test_many_of_a_generation_is_a_vague_crowd(nlp):
    text = "Many Millennials say they will not vote in November."
    source = _source(nlp, text, Q("they will not vote in November", "Many Millennials", "say"))
    assert (source.name, source.type) == ("Many Millennials", SourceType.ANONYMOUS_VAGUE)


def test_a_sign_off_dash_is_no_part_of_the_name(nlp):
    # a newsletter signs a quoted item off with a dash glued to the first name
    text = "Why Indiana is “weird.” -Michael Carter explains why the primary is weird."
    source = _source(nlp, text, Q("why the primary is weird", "-Michael Carter", "explains"))
    assert (source.name, source.type) == ("Michael Carter", SourceType.NAMED_PERSON)


def test_a_hacker_named_in_a_headline_is_no_organisation(nlp):
    # a sentence-case headline capitalises "Hacker"; the article writes "the hacker"
    text = ("Hacker who exposed private email address pleads guilty\n\n"
            "The Romanian hacker said he had broken into dozens of accounts. A hacker is rarely caught.")
    source = _source(nlp, text, Q("he had broken into dozens of accounts", "The Romanian hacker", "said"))
    assert (source.type, source.role, source.affiliation) == (SourceType.ANONYMOUS_SPECIFIC, "hacker", "Romanian")
