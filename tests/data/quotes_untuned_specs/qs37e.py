"""Batch qs37e of the never-tuned quote set (tests/data/quotes_untuned.jsonl), as written.

25 newsroom articles, q299 to q323 (16 short ones of 1-4 paragraphs, 9 medium ones of 7-10
paragraphs with three or more speakers), mostly in US wire and metro registers: an AP
campaign-trail story (a poll as a document, signs and a chant, an untagged closed quote
paragraph, "the dairy farmer", a split paraphrase, "thinks"), an AP bus crash ("authorities
said", "according to a California Highway Patrol report", "the CHP said"), a Supreme Court
oral argument (justices' questions quoted directly and one reported without marks, a split
answer, "noted … and said", "the 72-year-old justice", a company's argument as a noun
carrier), a convenience-store killing ("According to a police report", the prosecutor's
statement and "the statement said", "the veteran prosecutor", the victim's sister), a
governor's veto (calling it "…", her veto message, "said Assembly Speaker …", legislative
records, a sign, "the 58-year-old", a post on X), an ICE arrest (the lawyer with a long
subject before the closing tag, a DHS spokesperson's emailed statement), a Reuters merger
(a joint statement, "according to three people familiar with the matter", "Blackfen, the
people said, had …", a note to clients, "Others expect", estimates, "declined to comment",
a reporting credit), a tech earnings brief ("had expected", "expects", "Asked whether"), a
whooping-cough story on a CDC MMWR report (the report as a document that found, said and
estimated, its authors who wrote, doctors, "Obstetricians say", "recommends that", a
mother's quote running over two paragraphs), a manslaughter verdict with the defence
lawyer, a sports column on a coach's press conference (the columnist's voice, a closed
quote paragraph with no tag, "the 22-year-old", an old saying), a ceramics review quoting
the artist and the gallery's wall text, a teachers' strike vote (the union, the
superintendent who said in an email to families, and the email as a document), a Nature
paper on chaffinch song and its lead author, a utility rate case (the filing, the company,
ratepayers, a split direct quote, an annual report, "opposes … and has said"), a house fire,
a flood with FEMA and residents, a debate challenge ("said Gov. Russell Kincannon",
"accused him of “…” by …"), a state senator's ethics complaint, a pilots' strike vote, a
bridge closure, a Greek ferry strike, a baseball trade (an agent's post on X, a nickname),
mortgage rates and a parade cancelled (a colon headline, a caption, a slogan, a petition's
title, buttons). Annotated by hand before quoteaudit was run on them. Build and check with
``python -m tests.build_untuned_quotes`` (see tests/build_untuned_quotes.py for how
fragments and speakers are located). Never edited to fit the code's output.

Conventions, as in qs35, qs35L, qs35b, qs35c, qs36a, qs36b, qs37a, qs37b, qs37c and qs37d: a
direct quote's content keeps its marks; an indirect one is the reported clause without
"that" and without the tag; "“A,” she said, “B.”" is one quote of two fragments (and so is
"A, he said, B" in indirect speech: "Blackfen, the people said, had threatened …", "The
babies, she said, often arrive …", "She milks 80 cows … twice, she said, but is undecided
…"); "“A,” she said. “B.”" two quotes with the same speaker mention (cue the tag's verb, as
the tag is in the paragraph); a quote paragraph with no tag (a paragraph of a
multi-paragraph quote, or a closed quote paragraph right after the speaker's quotes) has
cue None and the speaker mention of the nearest previous tag of that speaker; "accused X of
Y" has the content "X of Y"; "expect X to Y", "urged X to Y" and "asked X to Y" the content
"X to Y"; a belief, a report or a "which is why she … think" inside someone's reported
clause (or inside an "according to") is part of that quote and not a quote of its own; a
quote nested in a direct quote is part of it; "“…,” the statement said" is the statement's
(a document) even when the statement was someone's; a report, a poll, a filing, a paper, a
complaint, an email, records, figures or estimates as the subject of the cue (or of
"according to") are a document, while a person, a company, a union or an agency that says,
writes or posts something "in a statement", "in an emailed statement", "in an email to
families", "in a note to clients", "in her veto message" or "on X" is speech, and so is
"The authors … wrote" (people); "according to" an agency, a union or an office is speech;
"called X “Y”", "calls the pieces “Y”" and "calling it “Y”" have the quoted words as their
content; a speaker first named with an apposition or a relative clause is marked with all
of it; a later tag by surname, role ("the dairy farmer", "the veteran prosecutor", "the
Northern Plains coach"), age ("the 58-year-old", "the 22-year-old", "the 72-year-old
justice") or pronoun is marked as that mention; a directly quoted question is a quote of the
one who asked it; a stance verb ("opposes") has its object as the content; a thought verb
("thinks", "expect", "expects", "had expected", "fear") is a thought; a noun carrier has the
possessor as the speaker. Not quotes: "declined to comment", "declined to say", "did not
respond to a request for comment", "did not respond to a text message", "did not answer
questions about why …", a question put to someone ("Asked by reporters whether …", "Asked
whether …", "pressed Ketchum on …", "was asked three times about his future"), an act, a
dispute or a demand with only a noun object ("dismissed the attack", "lobbied against the
bill", "disputed the figure", "made the offer", "is asking for a cap of 28 students",
"has offered 2.5% and no cap", "reported third-quarter revenue of …", "put the district’s
average teacher salary at $71,400", "has mocked on social media"), a mood with no content
("Analysts were mostly positive", "Not everyone is convinced", "were not persuaded",
"Parents are split", "seemed more receptive"), a passive with no holder ("is expected by
the end of June", "are expected on her desk"), signs, a chant, slogans on buttons, a
committee's slogan and an ad campaign's, nicknames, a show's, a work's, a fundraising
page's and a petition's titles, a case name, scare quotes ("four “transition” seasons")
and "so-called", a colon headline, a caption ("Photo: …"), a reporting credit, and the
columnist's and the critic's own voice ("Somebody upstairs might.", "That one I would argue
with.").

New here, in the same spirit: a question reported without quotation marks with the asker's
tag inside it ("Would a company, he asked, be free to post a sign …?") is the asker's quote,
indirect, in two fragments around the tag, as a directly quoted question is, while
"interrupted her to ask whether …" only puts a question; justices who "appeared skeptical
… of a trucking company’s argument that …" hold a mood and no quote, and the argument is a
noun carrier of "a trucking company’s"; a verdict ("convicted a landscaper of
manslaughter", "finding Wade Merriweather, 39, guilty", "rejecting the more serious
charge") is the jury's act and no quote, as in qs35c's q170; a resident who "watched from her porch
as the creek carried off her neighbor’s garage" holds a perception, its content the clause
after "as", as a journalist who saw does; a reporter's aside in dashes inside a reported
clause ("would use the savings — Hargrove is owed $14 million next season — to pursue
starting pitching") is left out, the clause two fragments around it; "ahead of the $588
million analysts polled by LSEG had expected" is a thought whose content is the expected
figure, the head of the relative clause (as "had expected $3.35 billion" in qs37a);
"Others expect antitrust scrutiny" is a thought with the noun phrase as content, "Others"
marked as it stands; "which it described as “…”", "it" being the email of the sentence, is
the email's (a document) with the pronoun as the speaker mention, and so is "The gallery’s
wall text describes the largest piece … as “…”"; a complaint that "says Pellegrino charged
…, describing the trip in disclosure forms as a “…”" is one quote of the complaint's, the
senator's quoted description inside its clause; "said Robin Nightingale, FEMA’s regional
administrator for the mid-Atlantic, standing in the mud …" has the name and its apposition
as the speaker mention, not the participle phrase after it; an old saying set off in marks
("There is an old line in this business — “You’re hired to be fired” —") is nobody's
speech and no quote, like a slogan, and "Ornithologists call that trill the “kick.”" names
a term (a word used as a word, like qs35c's "what the trade calls") and is no quote, while
"Obstetricians say the drop in vaccination reflects …" reports a profession's claim and is
one (as "Public health experts say" in qs37a); "the CHP said" after "according to a
California Highway Patrol report" is the agency's speech, the report the document.
"""

from tests.build_untuned_quotes import article, paragraphs, quote

BATCH = "qs37e"
WRITTEN = "2026-12-06, before the code was run on it"

ARTICLES = [
    # ------------------------------------------------------------------ q299 AP campaign trail, medium (telling farmers that, an untagged continuation paragraph, an inverted tag, a poll found, signs and a chant, told the crowd with "that" omitted, Asked by reporters whether, a split paraphrase, the dairy farmer, thinks, did not respond)
    article("q299", "politics", paragraphs(
        "WAUSAU, Wis. (AP) — Democrat Claire Szymanski spent Saturday crisscrossing the dairy counties of central Wisconsin, telling farmers that her Republican opponent in the Senate race, Rep. Doug Tillotson, had “voted against them every chance he got.”",
        "“He has been in Washington for 12 years, and the price of milk has been set in a room he never once walked into,” Szymanski told about 200 people packed into a machine shed outside Edgar. “I am not asking you to like me. I am asking you to check his record.”",
        "“He’s going to tell you I’m from Madison. I am. My grandfather milked cows in Clark County until he was 80, and I learned to drive a skid steer before I could drive a car.”",
        "Tillotson’s campaign dismissed the attack. “Claire Szymanski discovered farmers about six weeks before an election,” said campaign spokesman Eli Brennecke.",
        "A Northwoods College poll released Wednesday found the two candidates tied at 46 percent among likely voters, with 7 percent undecided. The race is one of a handful that will decide control of the Senate.",
        "Tillotson, a former county sheriff, held his own rally Saturday night in Green Bay, where supporters waved signs reading “Back the Badge, Back Doug” and chanted “Sheriff Doug! Sheriff Doug!” He told the crowd Szymanski wanted to “turn Wisconsin into Illinois,” a line he has used at nearly every stop this fall.",
        "Asked by reporters whether he would agree to a third debate, Tillotson said two debates were “plenty” and that voters “know where we both stand.”",
        "In the machine shed, Marlene Hubbell listened with her arms folded. She milks 80 cows with her son near Edgar and voted for Tillotson twice, she said, but is undecided this year. “Milk prices are the lowest I’ve seen since my husband died,” the dairy farmer said. “Somebody has to answer for that, and it might as well be him.”",
        "Her son, Travis Hubbell, 41, said he was sticking with Tillotson. He thinks the congressman “gets blamed for things Congress doesn’t control.”",
        "Szymanski’s campaign said it raised $11.2 million in the third quarter, more than double Tillotson’s total. Tillotson’s campaign did not respond to a request for comment on its own fundraising.",
    ),
        quote("her Republican opponent in the Senate race, Rep. Doug Tillotson, had “voted against them every chance he got.”",
              speaker="Democrat Claire Szymanski", cue="telling"),
        quote("“He has been in Washington for 12 years, and the price of milk has been set in a room he never once walked into,”",
              speaker=("Szymanski", "” Szymanski told"), cue="told"),
        quote("“I am not asking you to like me. I am asking you to check his record.”", speaker=("Szymanski", "” Szymanski told"), cue="told"),
        quote("“He’s going to tell you I’m from Madison. I am. My grandfather milked cows in Clark County until he was 80, and I learned to drive a skid steer before I could drive a car.”",
              speaker=("Szymanski", "” Szymanski told"), cue=None),
        quote("“Claire Szymanski discovered farmers about six weeks before an election,”", speaker="campaign spokesman Eli Brennecke", cue="said"),
        quote("the two candidates tied at 46 percent among likely voters, with 7 percent undecided",
              speaker="A Northwoods College poll released Wednesday", cue="found", type="document"),
        quote("Szymanski wanted to “turn Wisconsin into Illinois,”", speaker=("He", "He told the crowd"), cue="told"),
        quote("two debates were “plenty” and that voters “know where we both stand.”", speaker=("Tillotson", "Tillotson said two"), cue="said"),
        quote("She milks 80 cows with her son near Edgar and voted for Tillotson twice", "but is undecided this year",
              speaker=("she", "twice, she said"), cue="said"),
        quote("“Milk prices are the lowest I’ve seen since my husband died,”", speaker="the dairy farmer", cue="said"),
        quote("“Somebody has to answer for that, and it might as well be him.”", speaker="the dairy farmer", cue="said"),
        quote("he was sticking with Tillotson", speaker="Her son, Travis Hubbell, 41", cue="said"),
        quote("the congressman “gets blamed for things Congress doesn’t control.”", speaker=("He", "He thinks"), cue="thinks", type="thought"),
        quote("it raised $11.2 million in the third quarter, more than double Tillotson’s total", speaker="Szymanski’s campaign", cue="said"),
    ),
    # ------------------------------------------------------------------ q300 AP breaking news (authorities said, according to a CHP report at the end, the CHP said, an inverted tag with a long apposition, did not respond to a request for comment)
    article("q300", "local", paragraphs(
        "BAKERSFIELD, Calif. (AP) — A charter bus carrying members of a church choir overturned on a rain-slicked stretch of Highway 58 early Sunday, killing two people and injuring 17 others, authorities said.",
        "The bus was headed east toward Tehachapi when it drifted onto the right shoulder, struck an embankment and rolled onto its side shortly before 6:30 a.m., according to a California Highway Patrol report. The driver, a 58-year-old Fresno man, was among those hospitalized, the CHP said.",
        "“It was dark and the road was wet, and all of a sudden we were on the ceiling,” said Rosalind Agbaje, 34, a choir member who was treated for a broken wrist and released. She said passengers pulled one another out through the emergency hatch in the roof.",
        "The names of the dead were not immediately released. Sunrise Coachways, the Fresno company that operated the bus, did not respond to a request for comment. The CHP said investigators had not determined whether speed was a factor.",
    ),
        quote("A charter bus carrying members of a church choir overturned on a rain-slicked stretch of Highway 58 early Sunday, killing two people and injuring 17 others",
              speaker="authorities", cue="said"),
        quote("The bus was headed east toward Tehachapi when it drifted onto the right shoulder, struck an embankment and rolled onto its side shortly before 6:30 a.m.",
              speaker="a California Highway Patrol report", cue="according to", type="document"),
        quote("The driver, a 58-year-old Fresno man, was among those hospitalized", speaker="the CHP", cue="said"),
        quote("“It was dark and the road was wet, and all of a sudden we were on the ceiling,”",
              speaker="Rosalind Agbaje, 34, a choir member who was treated for a broken wrist and released", cue="said"),
        quote("passengers pulled one another out through the emergency hatch in the roof", speaker=("She", "She said passengers"), cue="said"),
        quote("investigators had not determined whether speed was a factor", speaker=("The CHP", "The CHP said investigators"), cue="said"),
    ),
    # ------------------------------------------------------------------ q301 Supreme Court oral argument, medium (appeared skeptical of a company's argument that, justices' questions quoted directly, a question reported without marks with its tag inside, a split answer, noted and said, the 72-year-old justice, interrupted her to ask whether, a case name)
    article("q301", "courts", paragraphs(
        "WASHINGTON (AP) — Several Supreme Court justices appeared skeptical Wednesday of a trucking company’s argument that a federal age-discrimination law protects only people who already hold a job, not those who apply for one.",
        "The case was brought by Leonard Faulk, a 61-year-old logistics manager from Ohio who applied for a dispatcher’s job at Tollgate Freight in 2022 and never got an interview. The company’s posting sought candidates with three to seven years of experience; Faulk says he was turned away because he had 30.",
        "“Where in the text does it say ‘employees’?” Justice Miriam Calderwood asked Tollgate’s lawyer, Bradley Ketchum, minutes into the argument. “Because I’m looking at it, and I see the word ‘individual.’”",
        "Ketchum answered that Congress had used different language in the two halves of the provision on purpose. “If Congress had meant to cover applicants, it knew how to say so. It did so in the very next paragraph,” he said.",
        "Chief Justice Thomas Engstrom, who often opens the questioning, spoke less than usual but pressed Ketchum on the practical effect of his reading. Would a company, he asked, be free to post a sign saying it would not hire anyone over 50? “It would be unlawful under other statutes,” Ketchum replied, “but not under this one.”",
        "Justice Samuel Wojcik, usually a reliable vote for business groups, seemed more receptive. He noted that the lower courts had split on the question and said the statute’s history favored the company. “We have said many times that we read the words Congress wrote, not the words we wish it had written,” the 72-year-old justice said.",
        "Arguing for Faulk, Yvette Nwachukwu of the Senior Workers Legal Center told the justices that reading the law to exclude applicants would let employers “screen out older workers at the front door, where no one can see it.”",
        "Calderwood interrupted her to ask whether the law’s drafters in 1967 had even imagined online job applications. “They hadn’t imagined a great many things,” Nwachukwu said, drawing laughter.",
        "Faulk, who sat in the third row with his wife, was calmer afterward. “I’ve been on the outside of this thing for four years,” he told reporters on the courthouse steps. “Today I got to hear the highest court in the country talk about my job application.”",
        "A decision in Faulk v. Tollgate Freight is expected by the end of June.",
    ),
        quote("a federal age-discrimination law protects only people who already hold a job, not those who apply for one",
              speaker="a trucking company’s", cue="argument", type="noun"),
        quote("he was turned away because he had 30", speaker=("Faulk", "Faulk says"), cue="says"),
        quote("“Where in the text does it say ‘employees’?”", speaker="Justice Miriam Calderwood", cue="asked"),
        quote("“Because I’m looking at it, and I see the word ‘individual.’”", speaker="Justice Miriam Calderwood", cue="asked"),
        quote("Congress had used different language in the two halves of the provision on purpose", speaker=("Ketchum", "Ketchum answered"), cue="answered"),
        quote("“If Congress had meant to cover applicants, it knew how to say so. It did so in the very next paragraph,”",
              speaker=("he", "paragraph,” he said"), cue="said"),
        quote("Would a company", "be free to post a sign saying it would not hire anyone over 50?", speaker=("he", "he asked"), cue="asked"),
        quote("“It would be unlawful under other statutes,”", "“but not under this one.”", speaker=("Ketchum", "” Ketchum replied"), cue="replied"),
        quote("the lower courts had split on the question", speaker=("He", "He noted"), cue="noted"),
        quote("the statute’s history favored the company", speaker=("He", "He noted"), cue="said"),
        quote("“We have said many times that we read the words Congress wrote, not the words we wish it had written,”",
              speaker="the 72-year-old justice", cue="said"),
        quote("reading the law to exclude applicants would let employers “screen out older workers at the front door, where no one can see it.”",
              speaker="Yvette Nwachukwu of the Senior Workers Legal Center", cue="told"),
        quote("“They hadn’t imagined a great many things,”", speaker=("Nwachukwu", "” Nwachukwu said"), cue="said"),
        quote("“I’ve been on the outside of this thing for four years,”", speaker=("he", "” he told reporters"), cue="told"),
        quote("“Today I got to hear the highest court in the country talk about my job application.”", speaker=("he", "” he told reporters"), cue="told"),
    ),
    # ------------------------------------------------------------------ q302 local crime (the prosecutor's office said, According to a police report at the start, said in a statement, the statement said, the veteran prosecutor, a pronoun after the victim's name, did not respond to a request for comment)
    article("q302", "crime", paragraphs(
        "GRAND RAPIDS, Mich. — A 22-year-old man has been charged with open murder in the shooting death of a convenience store clerk during a robbery last month, the Kent County Prosecutor’s Office said Thursday.",
        "According to a police report, the man walked into the Quick Stop on Division Avenue shortly after 11 p.m. on Nov. 8, demanded cash and fired once when the clerk, 19-year-old Samir Chaudhry, reached for the phone. Chaudhry died at the scene. The suspect, Corey Lunsford, was arraigned Thursday and is being held without bond.",
        "“This was a young man working a late shift to pay for college, and he was killed over $140,” Prosecutor Dana Moncrief said in a statement. “Our office will seek the maximum penalty the law allows,” the statement said. “We are not done with this case,” the veteran prosecutor told reporters later.",
        "Chaudhry’s older sister, Ayesha, said the family moved from Lahore when Samir was 9. “He wanted to be a pharmacist so he could take care of our parents,” she said outside the courthouse. Lunsford’s court-appointed attorney, Glen Hoskins, did not respond to a request for comment.",
    ),
        quote("A 22-year-old man has been charged with open murder in the shooting death of a convenience store clerk during a robbery last month",
              speaker="the Kent County Prosecutor’s Office", cue="said"),
        quote("the man walked into the Quick Stop on Division Avenue shortly after 11 p.m. on Nov. 8, demanded cash and fired once when the clerk, 19-year-old Samir Chaudhry, reached for the phone",
              speaker="a police report", cue="According to", type="document"),
        quote("“This was a young man working a late shift to pay for college, and he was killed over $140,”", speaker="Prosecutor Dana Moncrief", cue="said"),
        quote("“Our office will seek the maximum penalty the law allows,”", speaker="the statement", cue="said", type="document"),
        quote("“We are not done with this case,”", speaker="the veteran prosecutor", cue="told"),
        quote("the family moved from Lahore when Samir was 9", speaker="Chaudhry’s older sister, Ayesha", cue="said"),
        quote("“He wanted to be a pharmacist so he could take care of our parents,”", speaker=("she", "parents,” she said"), cue="said"),
    ),
    # ------------------------------------------------------------------ q303 a governor's veto, medium (calling it “…”, wrote in her veto message, an inverted tag with a long apposition, according to legislative records, a sign, the 58-year-old, said in an email, posted on X that, believes inside a spokeswoman's clause)
    article("q303", "politics", paragraphs(
        "CARSON CITY, Nev. (AP) — Gov. Patricia Yarborough on Friday vetoed a bill that would have capped annual rent increases for most apartments in Nevada, calling it “a well-meaning idea that would make the housing shortage worse.”",
        "The measure, Assembly Bill 318, would have limited increases to 5% plus inflation for buildings more than 15 years old. It passed the Democratic-controlled Legislature largely along party lines in May.",
        "In her veto message, Yarborough wrote that rent caps “have been tried in city after city, and the lesson is always the same: builders go elsewhere.” She said she would instead sign a package of bills to speed up permits for new apartments.",
        "“The governor has chosen landlords over the 400,000 Nevada households who rent,” said Assembly Speaker Marcus Jessup, a Las Vegas Democrat who sponsored the bill. “We will be back, and next time we will have the votes.”",
        "Overriding the veto would take two-thirds of both chambers. The bill passed the Assembly 27-15 and the Senate 12-9, short of that margin in both, according to legislative records.",
        "Tenant advocates had packed the Capitol rotunda for weeks, holding signs that read “Rent Is Due, So Is Relief.” Bea Lovejoy, 58, a home health aide whose rent in North Las Vegas rose $310 this year, said she had hoped the governor would at least meet with tenants. “She met with the apartment owners twice and never once with us,” the 58-year-old said.",
        "The Nevada Apartment Owners Association lobbied against the bill. Its president, Grant Dalrymple, said in an email that caps “freeze the market in place” and would have discouraged investment at a time when the state is short an estimated 80,000 homes.",
        "Yarborough, a Republican in her first term, faces re-election next year. Her likely Democratic opponent, Attorney General Owen Radcliffe, posted on X within minutes of the veto that the governor had “picked a side, and it isn’t yours.”",
        "A spokeswoman for the governor, Hannah Cheung, said Yarborough believes the permitting bills will bring rents down faster than any cap could. The bills are expected on her desk next week.",
    ),
        quote("“a well-meaning idea that would make the housing shortage worse.”", speaker="Gov. Patricia Yarborough", cue="calling"),
        quote("rent caps “have been tried in city after city, and the lesson is always the same: builders go elsewhere.”",
              speaker=("Yarborough", "Yarborough wrote"), cue="wrote"),
        quote("she would instead sign a package of bills to speed up permits for new apartments", speaker=("She", "She said she would"), cue="said"),
        quote("“The governor has chosen landlords over the 400,000 Nevada households who rent,”",
              speaker="Assembly Speaker Marcus Jessup, a Las Vegas Democrat who sponsored the bill", cue="said"),
        quote("“We will be back, and next time we will have the votes.”",
              speaker="Assembly Speaker Marcus Jessup, a Las Vegas Democrat who sponsored the bill", cue="said"),
        quote("The bill passed the Assembly 27-15 and the Senate 12-9, short of that margin in both",
              speaker="legislative records", cue="according to", type="document"),
        quote("she had hoped the governor would at least meet with tenants",
              speaker="Bea Lovejoy, 58, a home health aide whose rent in North Las Vegas rose $310 this year", cue="said"),
        quote("“She met with the apartment owners twice and never once with us,”", speaker="the 58-year-old", cue="said"),
        quote("caps “freeze the market in place” and would have discouraged investment at a time when the state is short an estimated 80,000 homes",
              speaker="Its president, Grant Dalrymple", cue="said"),
        quote("the governor had “picked a side, and it isn’t yours.”",
              speaker="Her likely Democratic opponent, Attorney General Owen Radcliffe", cue="posted"),
        quote("Yarborough believes the permitting bills will bring rents down faster than any cap could",
              speaker="A spokeswoman for the governor, Hannah Cheung", cue="said"),
    ),
    # ------------------------------------------------------------------ q304 immigration (his lawyer said, a long subject before a closing tag, a DHS spokesperson's emailed statement, did not answer questions, told reporters, said in Spanish)
    article("q304", "immigration", paragraphs(
        "OMAHA, Neb. — A Honduran father of three who has lived in Omaha for 19 years was detained by Immigration and Customs Enforcement officers Tuesday morning as he dropped his youngest daughter off at school, his lawyer said.",
        "Ernesto Zavala, 44, has no criminal record and has checked in with ICE every year as required since 2014, said the lawyer, Kristin Haverkamp. “He did everything they asked him to do for 12 years, and they picked him up in front of a kindergarten,” Haverkamp said.",
        "A Department of Homeland Security spokesperson said in an emailed statement that Zavala was ordered removed by an immigration judge in 2014 and “is being processed for removal consistent with that final order.” The spokesperson did not answer questions about why officers made the arrest outside a school.",
        "Haverkamp said she filed a motion Wednesday asking the Board of Immigration Appeals to reopen the case. Zavala’s wife, Marisol, told reporters their children ask every night when their father is coming home. “I don’t know what to tell them,” she said in Spanish.",
    ),
        quote("A Honduran father of three who has lived in Omaha for 19 years was detained by Immigration and Customs Enforcement officers Tuesday morning as he dropped his youngest daughter off at school",
              speaker="his lawyer", cue="said"),
        quote("Ernesto Zavala, 44, has no criminal record and has checked in with ICE every year as required since 2014",
              speaker="the lawyer, Kristin Haverkamp", cue="said"),
        quote("“He did everything they asked him to do for 12 years, and they picked him up in front of a kindergarten,”",
              speaker=("Haverkamp", "” Haverkamp said"), cue="said"),
        quote("Zavala was ordered removed by an immigration judge in 2014 and “is being processed for removal consistent with that final order.”",
              speaker="A Department of Homeland Security spokesperson", cue="said"),
        quote("she filed a motion Wednesday asking the Board of Immigration Appeals to reopen the case", speaker=("Haverkamp", "Haverkamp said she"), cue="said"),
        quote("their children ask every night when their father is coming home", speaker="Zavala’s wife, Marisol", cue="told"),
        quote("“I don’t know what to tell them,”", speaker=("she", "she said in Spanish"), cue="said"),
    ),
    # ------------------------------------------------------------------ q305 Reuters merger, medium (the companies said, according to a joint statement, so-called, according to people familiar with the matter at the end, a split paraphrase, on a call with analysts, declined to say, wrote in a note, Others expect, estimates, an inverted tag, declined to comment, a reporting credit)
    article("q305", "business", paragraphs(
        "NEW YORK, Dec 4 (Reuters) - Pet-supply retailer Brightpaw Inc has agreed to buy rival Kennelworks Holdings for about $4.3 billion including debt, creating the second-largest pet-products chain in the United States, the companies said on Friday.",
        "Brightpaw will pay $38 a share in cash, a 27% premium to Kennelworks’ closing price on Thursday, according to a joint statement. Kennelworks, which pioneered the so-called “pet superstore” format in the 1990s, has struggled to compete with online sellers.",
        "The talks came together in less than six weeks after Kennelworks’ largest shareholder, activist fund Blackfen Capital, pushed the board to sell, according to three people familiar with the matter, who asked not to be identified because the discussions were private. Blackfen, the people said, had threatened a proxy fight if the board did not explore a sale.",
        "“This brings together two companies with a shared belief that pets are family,” Brightpaw Chief Executive Diane Sorrentino said on a call with analysts. “We see at least $220 million in annual cost savings by the end of the third year.”",
        "Sorrentino said the combined company would keep both brands for now and had no plans to close stores in the first year. She declined to say how many of the 1,100 employees at Kennelworks’ headquarters in Columbus, Ohio, would keep their jobs.",
        "Analysts were mostly positive. Liam Prendergast, an analyst at Cobalt Ridge Securities, said the price was “full but defensible” given how much the two companies’ distribution networks overlap. In a note to clients, he wrote that the savings target looked “conservative, if anything.”",
        "Others expect antitrust scrutiny. The two chains together would control about 31% of U.S. specialty pet-store sales, according to estimates from research firm PetMetrics. “The FTC will want a long look at this, especially in the Midwest, where they overlap heavily,” said Naomi Goldfarb, a retail analyst at Aldersgate & Pike.",
        "Kennelworks shares jumped 24% to $37.15 in afternoon trading, while Brightpaw shares fell 3%. A Blackfen spokesman declined to comment. The deal is expected to close in the first half of 2027, subject to regulatory and shareholder approval, the companies said.",
        "(Reporting by Tomas Gorski in New York; Editing by Ruth Emmerich)",
    ),
        quote("Pet-supply retailer Brightpaw Inc has agreed to buy rival Kennelworks Holdings for about $4.3 billion including debt, creating the second-largest pet-products chain in the United States",
              speaker=("the companies", "the companies said on Friday"), cue="said"),
        quote("Brightpaw will pay $38 a share in cash, a 27% premium to Kennelworks’ closing price on Thursday",
              speaker="a joint statement", cue="according to", type="document"),
        quote("The talks came together in less than six weeks after Kennelworks’ largest shareholder, activist fund Blackfen Capital, pushed the board to sell",
              speaker="three people familiar with the matter, who asked not to be identified because the discussions were private", cue="according to"),
        quote(("Blackfen", "Blackfen, the people said"), "had threatened a proxy fight if the board did not explore a sale",
              speaker=("the people", "the people said"), cue="said"),
        quote("“This brings together two companies with a shared belief that pets are family,”", speaker="Brightpaw Chief Executive Diane Sorrentino", cue="said"),
        quote("“We see at least $220 million in annual cost savings by the end of the third year.”", speaker="Brightpaw Chief Executive Diane Sorrentino", cue="said"),
        quote("the combined company would keep both brands for now and had no plans to close stores in the first year",
              speaker=("Sorrentino", "Sorrentino said the"), cue="said"),
        quote("the price was “full but defensible” given how much the two companies’ distribution networks overlap",
              speaker="Liam Prendergast, an analyst at Cobalt Ridge Securities", cue="said"),
        quote("the savings target looked “conservative, if anything.”", speaker=("he", "he wrote"), cue="wrote"),
        quote("antitrust scrutiny", speaker="Others", cue="expect", type="thought"),
        quote("The two chains together would control about 31% of U.S. specialty pet-store sales",
              speaker="estimates from research firm PetMetrics", cue="according to", type="document"),
        quote("“The FTC will want a long look at this, especially in the Midwest, where they overlap heavily,”",
              speaker="Naomi Goldfarb, a retail analyst at Aldersgate & Pike", cue="said"),
        quote("The deal is expected to close in the first half of 2027, subject to regulatory and shareholder approval",
              speaker=("the companies", "approval, the companies said"), cue="said"),
    ),
    # ------------------------------------------------------------------ q306 tech earnings brief (reported revenue of, the $588 million analysts had expected, expects, on a call with analysts, told analysts, Asked whether)
    article("q306", "business", paragraphs(
        "Stratacore Inc. shares rose 9% in extended trading Tuesday after the cloud-security company reported third-quarter revenue of $612 million, up 31% from a year earlier and ahead of the $588 million analysts polled by LSEG had expected.",
        "The company now expects full-year revenue of $2.36 billion to $2.38 billion, up from a previous forecast of $2.31 billion to $2.34 billion. “Customers are consolidating their security tools, and they are consolidating onto us,” Chief Executive Rafael Iacovelli said on a call with analysts.",
        "Iacovelli said the company added 410 customers paying more than $100,000 a year, a record. Chief Financial Officer Meredith Zeller told analysts that spending on AI data centers would weigh on margins “for the next couple of quarters” before easing. Asked whether Stratacore would consider acquisitions, Zeller said the company was “always looking” but had nothing to announce.",
    ),
        quote("$588 million", speaker="analysts polled by LSEG", cue="expected", type="thought"),
        quote("full-year revenue of $2.36 billion to $2.38 billion", speaker="The company", cue="expects", type="thought"),
        quote("“Customers are consolidating their security tools, and they are consolidating onto us,”", speaker="Chief Executive Rafael Iacovelli", cue="said"),
        quote("the company added 410 customers paying more than $100,000 a year, a record", speaker=("Iacovelli", "Iacovelli said the"), cue="said"),
        quote("spending on AI data centers would weigh on margins “for the next couple of quarters” before easing",
              speaker="Chief Financial Officer Meredith Zeller", cue="told"),
        quote("the company was “always looking” but had nothing to announce", speaker=("Zeller", "Zeller said"), cue="said"),
    ),
    # ------------------------------------------------------------------ q307 health, a CDC MMWR report, medium (officials reported, the report found, a split report, the authors wrote, the report estimated, an inverted tag with a long apposition, Obstetricians say, recommends that, a quote running over two paragraphs)
    article("q307", "health", paragraphs(
        "Whooping cough cases among babies too young to be fully vaccinated more than tripled in the United States last year, and 14 infants died, federal health officials reported Thursday.",
        "The report, published in the Centers for Disease Control and Prevention’s Morbidity and Mortality Weekly Report, found that 2,870 cases were reported in infants younger than 6 months in 2025, compared with 910 in 2023. Most of the babies who died were younger than 2 months, the report said, too young to have received their first dose of the vaccine.",
        "The authors, from the CDC’s National Center for Immunization and Respiratory Diseases, wrote that the increase “coincided with declining coverage of the Tdap vaccine during pregnancy.” The shot protects newborns by passing the mother’s antibodies across the placenta. Only 49% of pregnant women received it in 2025, the report estimated, down from 56% in 2021.",
        "“Every one of these deaths was preventable,” said Dr. Alicia Mendenhall, a pediatric infectious disease specialist at Flint Hills Children’s Hospital in Wichita, Kan., who was not involved in the report. “We have a vaccine that works. We are just not getting it to mothers.”",
        "The babies, she said, often arrive with a cough so violent that they stop breathing.",
        "Obstetricians say the drop in vaccination reflects a broader loss of trust. Dr. Raymond Thibodeaux, who delivers about 200 babies a year in Baton Rouge, said many of his patients now turn down every vaccine offered during pregnancy. “They’ve read something online, and it’s hard to undo that in a 15-minute visit,” he said.",
        "The CDC recommends that pregnant women get the Tdap shot during every pregnancy, ideally between 27 and 36 weeks.",
        "For Brittany Lapointe of Springfield, Mo., the numbers are personal. Her son, Easton, caught whooping cough at 5 weeks old and spent 16 days in intensive care. “I didn’t get the shot because nobody told me I needed it,” said Lapointe, 27. “Now I tell every pregnant woman I meet.",
        "“Maybe they think I’m crazy. I don’t care. I watched my son turn blue.”",
    ),
        quote("Whooping cough cases among babies too young to be fully vaccinated more than tripled in the United States last year, and 14 infants died",
              speaker="federal health officials", cue="reported"),
        quote("2,870 cases were reported in infants younger than 6 months in 2025, compared with 910 in 2023",
              speaker="The report, published in the Centers for Disease Control and Prevention’s Morbidity and Mortality Weekly Report", cue="found", type="document"),
        quote("Most of the babies who died were younger than 2 months", "too young to have received their first dose of the vaccine",
              speaker=("the report", "the report said"), cue="said", type="document"),
        quote("the increase “coincided with declining coverage of the Tdap vaccine during pregnancy.”",
              speaker="The authors, from the CDC’s National Center for Immunization and Respiratory Diseases", cue="wrote"),
        quote("Only 49% of pregnant women received it in 2025", "down from 56% in 2021",
              speaker=("the report", "the report estimated"), cue="estimated", type="document"),
        quote("“Every one of these deaths was preventable,”",
              speaker="Dr. Alicia Mendenhall, a pediatric infectious disease specialist at Flint Hills Children’s Hospital in Wichita, Kan., who was not involved in the report", cue="said"),
        quote("“We have a vaccine that works. We are just not getting it to mothers.”",
              speaker="Dr. Alicia Mendenhall, a pediatric infectious disease specialist at Flint Hills Children’s Hospital in Wichita, Kan., who was not involved in the report", cue="said"),
        quote("The babies", "often arrive with a cough so violent that they stop breathing", speaker=("she", "she said, often"), cue="said"),
        quote("the drop in vaccination reflects a broader loss of trust", speaker="Obstetricians", cue="say"),
        quote("many of his patients now turn down every vaccine offered during pregnancy",
              speaker="Dr. Raymond Thibodeaux, who delivers about 200 babies a year in Baton Rouge", cue="said"),
        quote("“They’ve read something online, and it’s hard to undo that in a 15-minute visit,”", speaker=("he", "visit,” he said"), cue="said"),
        quote("pregnant women get the Tdap shot during every pregnancy, ideally between 27 and 36 weeks", speaker="The CDC", cue="recommends"),
        quote("“I didn’t get the shot because nobody told me I needed it,”", speaker="Lapointe, 27", cue="said"),
        quote("“Now I tell every pregnant woman I meet.", speaker="Lapointe, 27", cue="said"),
        quote("“Maybe they think I’m crazy. I don’t care. I watched my son turn blue.”", speaker="Lapointe, 27", cue=None),
    ),
    # ------------------------------------------------------------------ q308 courts brief, a verdict (convicted and found guilty are no quotes, Prosecutors had argued, a defence lawyer outside the courtroom, a pronoun after the victim, according to the county attorney's office)
    article("q308", "courts", paragraphs(
        "TUCSON, Ariz. — A Pima County jury on Thursday convicted a landscaper of manslaughter in the 2024 death of a motorcyclist he struck while driving a company truck, rejecting the more serious charge of second-degree murder.",
        "Jurors deliberated for about seven hours before finding Wade Merriweather, 39, guilty. Prosecutors had argued that Merriweather was driving 74 mph in a 40 mph zone and had been drinking at a work party that afternoon.",
        "“We respect the jury’s decision, and we’re relieved they saw this for what it was, a terrible accident and not a murder,” Merriweather’s lawyer, Celeste Umansky, said outside the courtroom. She said her client, a father of two, “has been sick with remorse since the day it happened.”",
        "The motorcyclist’s mother, Gloria Ruelas, wept as the verdict was read. “I don’t have my son, and one word or another doesn’t change that,” she said. Sentencing is set for Feb. 3. Merriweather faces up to 21 years in prison, according to the Pima County Attorney’s Office.",
    ),
        quote("Merriweather was driving 74 mph in a 40 mph zone and had been drinking at a work party that afternoon", speaker="Prosecutors", cue="argued"),
        quote("“We respect the jury’s decision, and we’re relieved they saw this for what it was, a terrible accident and not a murder,”",
              speaker="Merriweather’s lawyer, Celeste Umansky", cue="said"),
        quote("her client, a father of two, “has been sick with remorse since the day it happened.”", speaker=("She", "She said her client"), cue="said"),
        quote("“I don’t have my son, and one word or another doesn’t change that,”", speaker=("she", "that,” she said"), cue="said"),
        quote("Merriweather faces up to 21 years in prison", speaker="the Pima County Attorney’s Office", cue="according to"),
    ),
    # ------------------------------------------------------------------ q309 sports column, medium (the coach's press conference, the Northern Plains coach, was asked about his future, an untagged closed quote paragraph, said in a statement, called the talk “…”, the 22-year-old, scare quotes, according to figures, Asked whether … he said only, an old saying, the columnist's voice)
    article("q309", "sports", paragraphs(
        "Ray Dunleavy walked to the podium at Orrin Field House on Saturday night looking like a man who had been awake since 4 a.m. He probably had been.",
        "“I’m not going to stand up here and make excuses,” the Northern Plains coach said after a 31-10 loss to Dakota Tech that knocked the Bison out of bowl contention. “We got beat by a better football team, and it wasn’t close.”",
        "It wasn’t. Dakota Tech ran for 287 yards, and its quarterback, a redshirt freshman named Tobias Wendt, threw for two touchdowns and ran for another.",
        "Dunleavy was asked three times about his future. The first two times he said he hadn’t thought about it. The third time, he put both hands flat on the table. “I have two years left on my contract, and I intend to coach both of them,” he said. “If somebody upstairs feels differently, they know where my office is.”",
        "“I’ve been doing this for 31 years. I know how it works.”",
        "Somebody upstairs might. Athletic director Carla Youngblood, who hired Dunleavy six years ago, said in a statement Sunday that she would “evaluate every aspect of the program” after the season, a phrase that in this business usually means exactly what you think it means.",
        "The players, for what it’s worth, are with their coach. Senior linebacker Dre Nunnally, the team’s captain, stood at his locker with ice on both knees and called the talk about Dunleavy’s job “disrespectful.” “He’s the reason half of us came here,” the 22-year-old said. “You don’t fire a guy for one bad year.”",
        "Except it hasn’t been one bad year. It has been four “transition” seasons in a row: the Bison are 17-24 since their 2022 conference title. Attendance at Orrin has dropped three seasons running, according to figures the university reports to the NCAA.",
        "Dakota Tech coach Phil Jankowski, who was an assistant under Dunleavy from 2015 to 2019, chose his words carefully afterward. “Ray’s one of the best people in this profession. I learned more from him in four years than I did anywhere else,” Jankowski said. Asked whether Dunleavy should keep his job, he said only that it was “not my business.”",
        "There is an old line in this business — “You’re hired to be fired” — and nobody knows it better than Dunleavy. He has won more games than any coach in school history. He deserves better than a lame-duck season. But deserving has never had much to do with it.",
    ),
        quote("“I’m not going to stand up here and make excuses,”", speaker="the Northern Plains coach", cue="said"),
        quote("“We got beat by a better football team, and it wasn’t close.”", speaker="the Northern Plains coach", cue="said"),
        quote("he hadn’t thought about it", speaker=("he", "two times he said"), cue="said"),
        quote("“I have two years left on my contract, and I intend to coach both of them,”", speaker=("he", "them,” he said"), cue="said"),
        quote("“If somebody upstairs feels differently, they know where my office is.”", speaker=("he", "them,” he said"), cue="said"),
        quote("“I’ve been doing this for 31 years. I know how it works.”", speaker=("he", "them,” he said"), cue=None),
        quote("she would “evaluate every aspect of the program” after the season",
              speaker="Athletic director Carla Youngblood, who hired Dunleavy six years ago", cue="said"),
        quote("“disrespectful.”", speaker="Senior linebacker Dre Nunnally, the team’s captain", cue="called"),
        quote("“He’s the reason half of us came here,”", speaker="the 22-year-old", cue="said"),
        quote("“You don’t fire a guy for one bad year.”", speaker="the 22-year-old", cue="said"),
        quote("Attendance at Orrin has dropped three seasons running", speaker="figures the university reports to the NCAA", cue="according to", type="document"),
        quote("“Ray’s one of the best people in this profession. I learned more from him in four years than I did anywhere else,”",
              speaker=("Jankowski", "” Jankowski said"), cue="said"),
        quote("it was “not my business.”", speaker=("he", "he said only"), cue="said"),
    ),
    # ------------------------------------------------------------------ q310 arts review quoting the artist (a show title, told me, The 41-year-old calls the pieces “…”, the critic's voice, the gallery's wall text describes X as “…”, a work's title)
    article("q310", "arts", paragraphs(
        "There is a bowl near the entrance of “Slow Fire,” Paloma Gallardo’s first solo show at the Cobbler Street Gallery, that looks as if it had been dropped from a great height and glued back together. It was not. Gallardo threw it that way on purpose in 2019, and it took her 14 firings to get the cracks to sit where she wanted them.",
        "“People keep asking me if it broke in the kiln,” Gallardo told me at the opening, laughing. “I tell them yes, about 30 times, and then it finally broke correctly.”",
        "The 41-year-old, who grew up in El Paso and now works out of a converted auto shop in Albuquerque, calls the pieces in the show “repairs of things that were never broken.” It is a nice line, and like most nice lines from artists it explains less than it seems to. The work is better than the line.",
        "The gallery’s wall text describes the largest piece, Tierra Partida, as “an argument with the desert.” That one I would argue with. “Slow Fire” runs through March 8.",
    ),
        quote("“People keep asking me if it broke in the kiln,”", speaker=("Gallardo", "” Gallardo told me"), cue="told"),
        quote("“I tell them yes, about 30 times, and then it finally broke correctly.”", speaker=("Gallardo", "” Gallardo told me"), cue="told"),
        quote("“repairs of things that were never broken.”",
              speaker="The 41-year-old, who grew up in El Paso and now works out of a converted auto shop in Albuquerque", cue="calls"),
        quote("“an argument with the desert.”", speaker="The gallery’s wall text", cue="describes", type="document"),
    ),
    # ------------------------------------------------------------------ q311 education, a strike vote, medium (the union announced, according to the union, a demand with a noun object, said in an email to families, the email said, which it described as “…”, disputed the figure, supports … but worries inside a parent's clause, declined to say)
    article("q311", "education", paragraphs(
        "Teachers in the Sutter Valley School District voted overwhelmingly Wednesday to authorize a strike, the first such vote in the district’s 60-year history, the teachers’ union announced.",
        "Of the 1,142 members who cast ballots, 94% voted yes, according to the Sutter Valley Education Association. The vote does not mean a strike will happen; under state law, the union must give 10 days’ notice before walking out.",
        "“Nobody in this building wants to walk out on our kids,” union President Theresa Pagano said at a news conference outside Sutter Valley High School. “But we have been bargaining since March, and the district has not moved an inch on class sizes.”",
        "The union is asking for a cap of 28 students in elementary classrooms and raises of 4% in each of the next two years. The district has offered 2.5% and no cap.",
        "In an email to families Wednesday evening, Superintendent Gregory Satterfield said schools would remain open and that the district “remains committed to reaching a fair agreement at the table.” The email said the union’s proposal would cost $19 million over two years, money the district “simply does not have” without cutting programs.",
        "The email also put the district’s average teacher salary at $71,400, which it described as “competitive with every neighboring district.”",
        "Pagano disputed the figure. She said the district’s own budget documents show a reserve fund of more than $40 million. “They have the money. They have decided to spend it somewhere else,” she said.",
        "Parents are split. Marcus Fitzhugh, whose two children attend Lincoln Elementary, said he supports the teachers but worries about finding child care if schools close. “I can take maybe two days off. After that, I don’t know,” he said. Another parent, Simone Rasmussen, said teachers “knew what the pay was when they signed up.”",
        "The two sides are scheduled to meet with a state mediator Monday. A district spokeswoman declined to say whether the district would hire substitutes if teachers walk out.",
    ),
        quote("Teachers in the Sutter Valley School District voted overwhelmingly Wednesday to authorize a strike, the first such vote in the district’s 60-year history",
              speaker="the teachers’ union", cue="announced"),
        quote("Of the 1,142 members who cast ballots, 94% voted yes", speaker="the Sutter Valley Education Association", cue="according to"),
        quote("“Nobody in this building wants to walk out on our kids,”", speaker="union President Theresa Pagano", cue="said"),
        quote("“But we have been bargaining since March, and the district has not moved an inch on class sizes.”", speaker="union President Theresa Pagano", cue="said"),
        quote("schools would remain open and that the district “remains committed to reaching a fair agreement at the table.”",
              speaker="Superintendent Gregory Satterfield", cue="said"),
        quote("the union’s proposal would cost $19 million over two years, money the district “simply does not have” without cutting programs",
              speaker=("The email", "The email said"), cue="said", type="document"),
        quote("“competitive with every neighboring district.”", speaker=("it", "which it described"), cue="described", type="document"),
        quote("the district’s own budget documents show a reserve fund of more than $40 million", speaker=("She", "She said the district’s"), cue="said"),
        quote("“They have the money. They have decided to spend it somewhere else,”", speaker=("she", "else,” she said"), cue="said"),
        quote("he supports the teachers but worries about finding child care if schools close",
              speaker="Marcus Fitzhugh, whose two children attend Lincoln Elementary", cue="said"),
        quote("“I can take maybe two days off. After that, I don’t know,”", speaker=("he", "know,” he said"), cue="said"),
        quote("teachers “knew what the pay was when they signed up.”", speaker="Another parent, Simone Rasmussen", cue="said"),
    ),
    # ------------------------------------------------------------------ q312 science brief, a Nature paper (according to a study, the paper reports, a term called by a profession, the lead author in an inverted tag, think inside a reported clause, Not everyone is convinced)
    article("q312", "science", paragraphs(
        "Chaffinches on a remote Norwegian archipelago have dropped the flourish at the end of their song in about 40 years, a change that may be a first step toward a new species, according to a study published Wednesday in Nature.",
        "The researchers compared recordings made on the islands in the 1980s with 2,300 songs recorded in 2023 and 2024. The paper reports that none of the recent songs ended in the short, buzzing trill that mainland chaffinches still use to finish theirs. Ornithologists call that trill the “kick.”",
        "“We went back expecting small changes, maybe a note here or there. Instead the whole ending was gone,” said the study’s lead author, Sigrid Ebbesen, a behavioral ecologist at the University of Tromsø.",
        "Ebbesen said females on the islands no longer responded to recordings of mainland males in playback experiments, which is why she and her co-authors think the two populations may be starting to split. Not everyone is convinced. Jonas Rademacher, an ornithologist at the Max Planck Institute for Biological Intelligence who was not involved in the work, said song changes “come and go” and that 40 years is “a blink.”",
    ),
        quote("Chaffinches on a remote Norwegian archipelago have dropped the flourish at the end of their song in about 40 years, a change that may be a first step toward a new species",
              speaker="a study published Wednesday in Nature", cue="according to", type="document"),
        quote("none of the recent songs ended in the short, buzzing trill that mainland chaffinches still use to finish theirs",
              speaker="The paper", cue="reports", type="document"),
        quote("“We went back expecting small changes, maybe a note here or there. Instead the whole ending was gone,”",
              speaker="the study’s lead author, Sigrid Ebbesen, a behavioral ecologist at the University of Tromsø", cue="said"),
        quote("females on the islands no longer responded to recordings of mainland males in playback experiments, which is why she and her co-authors think the two populations may be starting to split",
              speaker=("Ebbesen", "Ebbesen said"), cue="said"),
        quote("song changes “come and go” and that 40 years is “a blink.”",
              speaker="Jonas Rademacher, an ornithologist at the Max Planck Institute for Biological Intelligence who was not involved in the work", cue="said"),
    ),
    # ------------------------------------------------------------------ q313 energy, a utility's rate case, medium (asked regulators to approve, According to the filing at the start, the company says, the filing states, ratepayers, a split direct quote, according to its annual report, opposes and has said, an ad slogan, a mood)
    article("q313", "energy", paragraphs(
        "LANSING, Mich. — Pinebridge Energy on Monday asked state regulators to approve a 14.8% increase in residential electric rates, the largest the utility has sought in at least two decades.",
        "According to the filing with the Michigan Public Service Commission, the increase would add about $21 a month to the typical residential bill. The company says it needs the money to replace aging poles and wires, bury lines in storm-prone areas and pay for the cleanup after two ice storms last winter that cost it $340 million.",
        "The 1,400-page filing states that much of the utility’s distribution system “has reached the end of its useful life” and that delaying the work “would only make it more expensive for customers in the long run.”",
        "Pinebridge spokesman Adrian Crenshaw said customers in the utility’s northern territory lost power for an average of 19 hours last year, nearly twice the national average. “Our customers have told us loud and clear that reliability is the priority,” Crenshaw said.",
        "Ratepayers who spoke with the Courier-Sentinel were not persuaded. Donna Kasprowicz, 71, a retired school secretary in Gaylord who lives on Social Security, said her electric bill already tops $180 in winter. “They want me to pay for poles,” she said, “and I’m paying for my heart medication.”",
        "Dale Amstutz, who runs a 60-cow dairy near Cadillac, said he lost power four times last winter and understands the need for upgrades. But he said the company should not be asking customers to pay for them while it keeps paying its shareholders. Pinebridge’s parent company paid $612 million in dividends last year, according to its annual report.",
        "The Lakes Ratepayer Alliance, a consumer group, opposes the increase and has said the company’s proposed 10.5% return on equity is too high.",
        "Pinebridge has spent the fall running television ads built around the slogan “grid of the future,” which the alliance has mocked on social media. The commission has 10 months to rule. Public hearings are scheduled in Traverse City, Gaylord and Alpena in February.",
    ),
        quote("state regulators to approve a 14.8% increase in residential electric rates", speaker="Pinebridge Energy", cue="asked"),
        quote("the increase would add about $21 a month to the typical residential bill",
              speaker="the filing with the Michigan Public Service Commission", cue="According to", type="document"),
        quote("it needs the money to replace aging poles and wires, bury lines in storm-prone areas and pay for the cleanup after two ice storms last winter that cost it $340 million",
              speaker="The company", cue="says"),
        quote("much of the utility’s distribution system “has reached the end of its useful life” and that delaying the work “would only make it more expensive for customers in the long run.”",
              speaker="The 1,400-page filing", cue="states", type="document"),
        quote("customers in the utility’s northern territory lost power for an average of 19 hours last year, nearly twice the national average",
              speaker="Pinebridge spokesman Adrian Crenshaw", cue="said"),
        quote("“Our customers have told us loud and clear that reliability is the priority,”", speaker=("Crenshaw", "” Crenshaw said"), cue="said"),
        quote("her electric bill already tops $180 in winter",
              speaker="Donna Kasprowicz, 71, a retired school secretary in Gaylord who lives on Social Security", cue="said"),
        quote("“They want me to pay for poles,”", "“and I’m paying for my heart medication.”", speaker=("she", "” she said, “and"), cue="said"),
        quote("he lost power four times last winter and understands the need for upgrades",
              speaker="Dale Amstutz, who runs a 60-cow dairy near Cadillac", cue="said"),
        quote("the company should not be asking customers to pay for them while it keeps paying its shareholders", speaker=("he", "But he said"), cue="said"),
        quote("Pinebridge’s parent company paid $612 million in dividends last year", speaker="its annual report", cue="according to", type="document"),
        quote(("the increase", "opposes the increase"), speaker="The Lakes Ratepayer Alliance, a consumer group", cue="opposes", type="perception_stance"),
        quote("the company’s proposed 10.5% return on equity is too high", speaker="The Lakes Ratepayer Alliance, a consumer group", cue="said"),
    ),
    # ------------------------------------------------------------------ q314 a house fire (according to the fire marshal at the end, a closing pronoun tag, a neighbor, a fundraising page's title, urged)
    article("q314", "local", paragraphs(
        "Two children and their grandmother escaped a fire that destroyed their home in Bethel Township early Wednesday after a neighbor pounded on the door and woke them, according to the township fire marshal.",
        "Fire Marshal Len Hightower said the fire appeared to have started in an overloaded extension cord behind a couch in the living room around 3 a.m. There were no working smoke detectors in the house, he said.",
        "The neighbor, Tom Grantham, 52, said he was letting his dog out when he saw an orange glow through the trees. “I just ran over there in my socks and started banging,” Grantham said. “The grandma opened the door with the two little ones behind her, and the smoke just rolled out over them.”",
        "The family is staying with relatives. A GoFundMe page titled “Help the Dufresne Family Rebuild” had raised more than $18,000 by Thursday afternoon. Hightower urged residents to test their smoke alarms once a month.",
    ),
        quote("Two children and their grandmother escaped a fire that destroyed their home in Bethel Township early Wednesday after a neighbor pounded on the door and woke them",
              speaker="the township fire marshal", cue="according to"),
        quote("the fire appeared to have started in an overloaded extension cord behind a couch in the living room around 3 a.m.", speaker="Fire Marshal Len Hightower", cue="said"),
        quote("There were no working smoke detectors in the house", speaker=("he", "house, he said"), cue="said"),
        quote("he was letting his dog out when he saw an orange glow through the trees", speaker="The neighbor, Tom Grantham, 52", cue="said"),
        quote("“I just ran over there in my socks and started banging,”", speaker=("Grantham", "” Grantham said"), cue="said"),
        quote("“The grandma opened the door with the two little ones behind her, and the smoke just rolled out over them.”",
              speaker=("Grantham", "” Grantham said"), cue="said"),
        quote("residents to test their smoke alarms once a month", speaker=("Hightower", "Hightower urged"), cue="urged"),
    ),
    # ------------------------------------------------------------------ q315 AP flood, FEMA and residents, medium (state officials said, an inverted tag with a participle after it, according to FEMA, urged, a resident who watched as, a nested report, “Might,” she said, a pronoun after a second person, the Weather Service said)
    article("q315", "weather", paragraphs(
        "HATCHER CREEK, W.Va. (AP) — Federal Emergency Management Agency teams began going door to door Tuesday in the flood-ravaged towns of southern West Virginia. At least nine people died after up to 8 inches of rain fell in six hours over the weekend, state officials said.",
        "“We’ve got people who lost everything they own in about 20 minutes,” said Robin Nightingale, FEMA’s regional administrator for the mid-Atlantic, standing in the mud outside a collapsed trailer. “Our job right now is to get them registered and get money in their hands.”",
        "A major disaster declaration approved Monday night covers four counties and makes residents eligible for federal grants for temporary housing and home repairs, according to FEMA. Nightingale said the agency had 140 inspectors in the area and expected that number to double by the weekend. She urged residents to photograph damage before throwing anything away.",
        "In Hatcher Creek, a town of about 1,100 along the Sewell Fork, the water rose in minutes. Delores Upchurch, 63, watched from her porch as the creek carried off her neighbor’s garage. “It sounded like a train that wouldn’t stop,” she said. “Then it was just gone, the whole thing, floating down the road.”",
        "Upchurch’s own house is still standing, but the first floor took 4 feet of water. She said a FEMA inspector told her Monday that she might qualify for up to $43,600 in assistance. “Might,” she said. “I’ve heard ‘might’ before.”",
        "State emergency management director Karen Ellsworth said crews were still searching for two people reported missing near Dry Branch. She said the state had opened four shelters, where about 300 people spent Monday night.",
        "The National Weather Service said more rain was possible Thursday, though not as heavy. A flood watch remains in effect for Greenbrier and Fayette counties through Friday.",
    ),
        quote("At least nine people died after up to 8 inches of rain fell in six hours over the weekend", speaker="state officials", cue="said"),
        quote("“We’ve got people who lost everything they own in about 20 minutes,”",
              speaker="Robin Nightingale, FEMA’s regional administrator for the mid-Atlantic", cue="said"),
        quote("“Our job right now is to get them registered and get money in their hands.”",
              speaker="Robin Nightingale, FEMA’s regional administrator for the mid-Atlantic", cue="said"),
        quote("A major disaster declaration approved Monday night covers four counties and makes residents eligible for federal grants for temporary housing and home repairs",
              speaker=("FEMA", "according to FEMA"), cue="according to"),
        quote("the agency had 140 inspectors in the area and expected that number to double by the weekend", speaker=("Nightingale", "Nightingale said"), cue="said"),
        quote("residents to photograph damage before throwing anything away", speaker=("She", "She urged"), cue="urged"),
        quote("the creek carried off her neighbor’s garage", speaker="Delores Upchurch, 63", cue="watched", type="perception_stance"),
        quote("“It sounded like a train that wouldn’t stop,”", speaker=("she", "stop,” she said"), cue="said"),
        quote("“Then it was just gone, the whole thing, floating down the road.”", speaker=("she", "stop,” she said"), cue="said"),
        quote("a FEMA inspector told her Monday that she might qualify for up to $43,600 in assistance", speaker=("She", "She said a FEMA"), cue="said"),
        quote("“Might,”", speaker=("she", "“Might,” she said"), cue="said"),
        quote("“I’ve heard ‘might’ before.”", speaker=("she", "“Might,” she said"), cue="said"),
        quote("crews were still searching for two people reported missing near Dry Branch", speaker="State emergency management director Karen Ellsworth", cue="said"),
        quote("the state had opened four shelters, where about 300 people spent Monday night", speaker=("She", "She said the state"), cue="said"),
        quote("more rain was possible Thursday, though not as heavy", speaker="The National Weather Service", cue="said"),
    ),
    # ------------------------------------------------------------------ q316 AP campaign brief (a fronted quote with said Gov. X, made the offer, accused him of “…” by, the campaign said, a nested report in a direct quote, did not respond to a request for comment)
    article("q316", "politics", paragraphs(
        "DES MOINES, Iowa (AP) — “I’ll debate her anywhere, any time, in front of anybody,” said Gov. Russell Kincannon. The Republican governor, who is seeking a third term, made the offer Thursday to his Democratic challenger, state Auditor Helen Wexler, who had accused him of “hiding from voters” by agreeing to only one televised debate.",
        "Wexler’s campaign said Friday that it would accept four debates, one in each of the state’s congressional districts. “The governor says anywhere and any time. We’ll hold him to it,” campaign manager Louis Fenimore said.",
        "Kincannon’s spokesman did not respond to a request for comment on the proposal. The one debate both candidates have agreed to, hosted by a Des Moines television station, is set for Oct. 9.",
    ),
        quote("“I’ll debate her anywhere, any time, in front of anybody,”", speaker="Gov. Russell Kincannon", cue="said"),
        quote("him of “hiding from voters” by agreeing to only one televised debate",
              speaker="his Democratic challenger, state Auditor Helen Wexler", cue="accused"),
        quote("it would accept four debates, one in each of the state’s congressional districts", speaker="Wexler’s campaign", cue="said"),
        quote("“The governor says anywhere and any time. We’ll hold him to it,”", speaker="campaign manager Louis Fenimore", cue="said"),
    ),
    # ------------------------------------------------------------------ q317 a state senator's ethics case (the office confirmed, a complaint says with a description quoted inside, In a statement, X said, the statement said, did not respond, declined to comment)
    article("q317", "politics", paragraphs(
        "HARTFORD, Conn. — State Sen. Anthony Pellegrino, a Democrat from Bridgeport, is under investigation by the Office of State Ethics over his use of campaign money for a 2025 trip to Italy, the office confirmed Tuesday.",
        "A complaint filed in October by the watchdog group Nutmeg Accountability Project says Pellegrino charged $9,800 in airfare and hotel stays in Florence to his campaign account, describing the trip in disclosure forms as a “constituent outreach and cultural exchange mission.”",
        "In a statement, Pellegrino said the trip was “entirely appropriate” and that he met with Italian officials about a sister-city agreement for Bridgeport. “I welcome the review and I’m confident it will find that every dollar was spent properly,” the statement said.",
        "The group’s director, Keith Zubiri, said officials in Florence had no record of any such meeting. A spokesman for Bridgeport’s mayor did not respond to a request for comment, and Senate leaders declined to comment on the investigation.",
    ),
        quote("State Sen. Anthony Pellegrino, a Democrat from Bridgeport, is under investigation by the Office of State Ethics over his use of campaign money for a 2025 trip to Italy",
              speaker="the office", cue="confirmed"),
        quote("Pellegrino charged $9,800 in airfare and hotel stays in Florence to his campaign account, describing the trip in disclosure forms as a “constituent outreach and cultural exchange mission.”",
              speaker="A complaint filed in October by the watchdog group Nutmeg Accountability Project", cue="says", type="document"),
        quote("the trip was “entirely appropriate” and that he met with Italian officials about a sister-city agreement for Bridgeport",
              speaker=("Pellegrino", "Pellegrino said"), cue="said"),
        quote("“I welcome the review and I’m confident it will find that every dollar was spent properly,”", speaker="the statement", cue="said", type="document"),
        quote("officials in Florence had no record of any such meeting", speaker="The group’s director, Keith Zubiri", cue="said"),
    ),
    # ------------------------------------------------------------------ q318 a pilots' strike vote (their union said, an inverted tag with a relative clause, X said in a statement that it “…” and remains “…”)
    article("q318", "labor", paragraphs(
        "Pilots at Sawtooth Regional Airlines have voted 97% in favor of authorizing a strike, their union, the Regional Pilots Alliance, said Thursday. A walkout is unlikely any time soon: under federal law, airline workers cannot strike until the National Mediation Board releases them from talks.",
        "“Our pilots are flying the same planes as the mainline pilots for 40% less pay,” said Capt. Erik Jorgensen, who chairs the union’s bargaining committee at Sawtooth. “This vote tells management we are done waiting.”",
        "Sawtooth said in a statement that it “values its pilots” and remains “committed to reaching an agreement that is fair and keeps Sawtooth competitive.” The airline, which operates about 300 daily flights for two major carriers, has been in contract talks with the union since 2023.",
    ),
        quote("Pilots at Sawtooth Regional Airlines have voted 97% in favor of authorizing a strike", speaker="their union, the Regional Pilots Alliance", cue="said"),
        quote("“Our pilots are flying the same planes as the mainline pilots for 40% less pay,”",
              speaker="Capt. Erik Jorgensen, who chairs the union’s bargaining committee at Sawtooth", cue="said"),
        quote("“This vote tells management we are done waiting.”",
              speaker="Capt. Erik Jorgensen, who chairs the union’s bargaining committee at Sawtooth", cue="said"),
        quote("it “values its pilots” and remains “committed to reaching an agreement that is fair and keeps Sawtooth competitive.”",
              speaker=("Sawtooth", "Sawtooth said in a statement"), cue="said"),
    ),
    # ------------------------------------------------------------------ q319 a bridge closure (the department said, an inspection report found, an inverted tag, fear, a pronoun tag)
    article("q319", "transportation", paragraphs(
        "EASTHAMPTON, Mass. — The Ferry Street Bridge over the Manhan River will close to all traffic for at least 18 months starting Jan. 6, the state Department of Transportation said Monday. An inspection report posted on the department’s website found that corrosion had eaten through as much as 40% of the steel in two of the bridge’s beams.",
        "“The bridge is not going to fall down tomorrow, but we are not willing to keep trucks on it,” said district engineer Paula Demarco. She said a detour using Route 10 would add about 12 minutes to trips between Easthampton and Northampton.",
        "Business owners on Ferry Street fear the closure will cut them off from customers. Alma Trevino, who owns a bakery two blocks from the bridge, said she lost a third of her sales during a six-week closure in 2019. “Eighteen months, I don’t know if we survive that,” she said.",
    ),
        quote("The Ferry Street Bridge over the Manhan River will close to all traffic for at least 18 months starting Jan. 6",
              speaker="the state Department of Transportation", cue="said"),
        quote("corrosion had eaten through as much as 40% of the steel in two of the bridge’s beams",
              speaker="An inspection report posted on the department’s website", cue="found", type="document"),
        quote("“The bridge is not going to fall down tomorrow, but we are not willing to keep trucks on it,”", speaker="district engineer Paula Demarco", cue="said"),
        quote("a detour using Route 10 would add about 12 minutes to trips between Easthampton and Northampton", speaker=("She", "She said a detour"), cue="said"),
        quote("the closure will cut them off from customers", speaker="Business owners on Ferry Street", cue="fear", type="thought"),
        quote("she lost a third of her sales during a six-week closure in 2019", speaker="Alma Trevino, who owns a bakery two blocks from the bridge", cue="said"),
        quote("“Eighteen months, I don’t know if we survive that,”", speaker=("she", "that,” she said"), cue="said"),
    ),
    # ------------------------------------------------------------------ q320 AP world, a ferry strike (the union said, told reporters at the port, a pronoun tag, a ministry said with a partial quote, a pronoun after a second person, a nested passive report)
    article("q320", "world", paragraphs(
        "ATHENS, Greece (AP) — Greek ferry crews walked off the job Wednesday in a 48-hour strike over pay and staffing, leaving thousands of travelers stranded at the port of Piraeus and on the islands, the seamen’s union said.",
        "“The ship owners are making record profits, and our crews are sailing with fewer people every year,” union general secretary Nikos Tsoukalas told reporters at the port. He said some ferries now sail with 30% fewer crew members than they did a decade ago.",
        "The Shipping Ministry said the strike was “unjustified” during the holiday season and that talks with the union would resume next week. Ingrid Wainwright, a British retiree stuck in Piraeus with her husband, said they had been told the next ferry to Naxos might not leave until Saturday. “We’ve had worse problems,” she said.",
    ),
        quote("Greek ferry crews walked off the job Wednesday in a 48-hour strike over pay and staffing, leaving thousands of travelers stranded at the port of Piraeus and on the islands",
              speaker="the seamen’s union", cue="said"),
        quote("“The ship owners are making record profits, and our crews are sailing with fewer people every year,”",
              speaker="union general secretary Nikos Tsoukalas", cue="told"),
        quote("some ferries now sail with 30% fewer crew members than they did a decade ago", speaker=("He", "He said some"), cue="said"),
        quote("the strike was “unjustified” during the holiday season and that talks with the union would resume next week",
              speaker="The Shipping Ministry", cue="said"),
        quote("they had been told the next ferry to Naxos might not leave until Saturday",
              speaker="Ingrid Wainwright, a British retiree stuck in Piraeus with her husband", cue="said"),
        quote("“We’ve had worse problems,”", speaker=("she", "problems,” she said"), cue="said"),
    ),
    # ------------------------------------------------------------------ q321 a baseball trade (the GM's quotes, a paraphrase split around the reporter's aside in dashes, posted on X that, a nickname, did not respond)
    article("q321", "sports", paragraphs(
        "The Cincinnati Reds traded All-Star closer Mason Hargrove to the San Diego Padres on Tuesday for two minor league pitchers, ending weeks of speculation about the 31-year-old’s future.",
        "“Mason has meant a lot to this organization, and this was not an easy call,” Reds general manager Tara Quarles said. “But we had to be honest about where we are.” Quarles said the team would use the savings — Hargrove is owed $14 million next season — to pursue starting pitching.",
        "Hargrove’s agent, Vic Lomax, posted on X that his client was “grateful to Reds fans for six unforgettable years” and “fired up” to join San Diego. Hargrove, nicknamed “the Undertaker” for his ninth-inning work, did not respond to a text message.",
    ),
        quote("“Mason has meant a lot to this organization, and this was not an easy call,”", speaker="Reds general manager Tara Quarles", cue="said"),
        quote("“But we had to be honest about where we are.”", speaker="Reds general manager Tara Quarles", cue="said"),
        quote("the team would use the savings", "to pursue starting pitching", speaker=("Quarles", "Quarles said the team"), cue="said"),
        quote("his client was “grateful to Reds fans for six unforgettable years” and “fired up” to join San Diego",
              speaker="Hargrove’s agent, Vic Lomax", cue="posted"),
    ),
    # ------------------------------------------------------------------ q322 mortgage rates (Freddie Mac said, Economists expect X to Y, an inverted tag, cautioned that, according to the NAR, a split paraphrase)
    article("q322", "business", paragraphs(
        "The average rate on a 30-year fixed mortgage fell to 5.87% this week, its lowest level in more than three years, mortgage buyer Freddie Mac said Thursday.",
        "Economists expect rates to keep drifting lower into the spring as inflation cools. “Buyers who have been sitting on the sidelines are going to start coming back,” said Lisa Dabrowski, chief economist at HomeLedger. But she cautioned that prices remain near record highs in most of the country.",
        "The median price of an existing home sold in October was $412,300, up 2.9% from a year earlier, according to the National Association of Realtors.",
        "Sam Norwood, a loan officer in Raleigh, N.C., said his phone “started ringing again” this month. Some of the callers, he said, are homeowners hoping to refinance loans they took out at 7% or more in 2023.",
    ),
        quote("The average rate on a 30-year fixed mortgage fell to 5.87% this week, its lowest level in more than three years",
              speaker="mortgage buyer Freddie Mac", cue="said"),
        quote("rates to keep drifting lower into the spring as inflation cools", speaker="Economists", cue="expect", type="thought"),
        quote("“Buyers who have been sitting on the sidelines are going to start coming back,”", speaker="Lisa Dabrowski, chief economist at HomeLedger", cue="said"),
        quote("prices remain near record highs in most of the country", speaker=("she", "she cautioned"), cue="cautioned"),
        quote("The median price of an existing home sold in October was $412,300, up 2.9% from a year earlier",
              speaker="the National Association of Realtors", cue="according to"),
        quote("his phone “started ringing again” this month", speaker="Sam Norwood, a loan officer in Raleigh, N.C.", cue="said"),
        quote("Some of the callers", "are homeowners hoping to refinance loans they took out at 7% or more in 2023", speaker=("he", "he said, are"), cue="said"),
    ),
    # ------------------------------------------------------------------ q323 a parade cancelled (a colon headline, a caption, organizers said, a slogan, a petition's title, buttons, Asked whether … the mayor said)
    article("q323", "local", paragraphs(
        "No floats this year: Harbor Days parade canceled over insurance costs",
        "Photo: A marching band on Water Street during the 2024 Harbor Days parade. (Harbor Days Committee)",
        "The Harbor Days parade, a Bayport tradition since 1952, will not be held next summer after the volunteer committee’s insurance premium tripled, organizers said Tuesday. Committee chair Rhonda McAlister said the premium rose from $6,200 to $19,000 after claims at two other parades in the state last year. “We’re volunteers running a parade on a budget smaller than some people’s weddings,” she said. “We can’t make that math work.”",
        "The committee’s slogan, “The biggest little parade on the Sound,” is painted on the side of its lead float, which now sits in a barn on Route 25. Residents have started a petition titled “Save Harbor Days,” and some have taken to wearing buttons that read “Parade or Bust.” Asked whether the town could cover the cost, Mayor Ed Saperstein said he would bring it to the council in January, but “no promises.”",
    ),
        quote("The Harbor Days parade, a Bayport tradition since 1952, will not be held next summer after the volunteer committee’s insurance premium tripled",
              speaker="organizers", cue="said"),
        quote("the premium rose from $6,200 to $19,000 after claims at two other parades in the state last year", speaker="Committee chair Rhonda McAlister", cue="said"),
        quote("“We’re volunteers running a parade on a budget smaller than some people’s weddings,”", speaker=("she", "weddings,” she said"), cue="said"),
        quote("“We can’t make that math work.”", speaker=("she", "weddings,” she said"), cue="said"),
        quote("he would bring it to the council in January, but “no promises.”", speaker="Mayor Ed Saperstein", cue="said"),
    ),
]
