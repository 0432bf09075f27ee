"""Batch qs37a of the never-tuned quote set (tests/data/quotes_untuned.jsonl), as written.

25 newsroom articles, q225 to q249 (16 short ones of 1-4 paragraphs, 9 medium ones of 7-10
paragraphs with three or more speakers), in registers the earlier batches have little of:
a UK tabloid court story in single quotation marks with a quoted headline before a colon
("‘…’: Widow, 81, tells court …") and "a court heard", an Indian business daily ("said in a
statement to the exchanges", "told this paper"), a hospital news conference with three
doctors and a patient's wife, a Canadian Press story ("says", "per cent", its closing line),
a school board's public comment (first names, ages, hometowns), a US TV station's web copy
in straight quotation marks ("told KXYZ News 4", a "VIDEO:" caption line), a football
match report with the manager and two players (split quotes, "he added", "the
23-year-old"), a science story quoting a journal paper's authors and an outside expert, a
wildfire evacuation ("according to" an agency, a damage assessment and a daughter; "Video
shared on social media shows …"; "Other footage shows the mayor telling a crowd, “…”"), a
food recall quoting the agency's notice, an op-ed column with the columnist's own "I think"
and "I suspect", a tech layoff memo ("wrote in a memo to staff") with anonymous employees
("who asked not to be named for fear of retaliation"), an Irish county council meeting
("Cllr", "told the meeting", "accused X of “…”"), a fact-check of a campaign ad with the
fact-checkers' verdict ("rated the claim “False.”"), a trial with transcript lines ("Q: …",
"A: …"), body camera footage ("can be heard shouting"), an obituary with a family quote
running over two paragraphs and a nested quote ("She recalled her grandmother saying,
“Don’t go …”"), a Scottish ferry story in single marks ("told BBC Scotland"), a Christmas
lights story with nothing but one speaker among the things that are not quotes, a prison
bill (pledge, believe, sees … as, estimates, oppose, support, fear, dismissed … as), an AP
earthquake story, retail earnings (expects, had expected), a hockey injury with a post on
Instagram, a measles advisory and an injunction. Annotated by hand before quoteaudit was run
on them. Build and check with ``python -m tests.build_untuned_quotes`` (see
tests/build_untuned_quotes.py for how fragments and speakers are located). Never edited to
fit the code's output.

Conventions, as in qs35, qs35L, qs35b, qs35c, qs36a and qs36b: a direct quote's content
keeps its marks; an indirect one is the reported clause without "that" and without the tag;
"“A,” she said, “B.”" is one quote of two fragments (and so is "Every June, her son said,
she tore …"); "“A,” she said. “B.”" two quotes with the same speaker mention (cue the tag's
verb, as the tag is in the paragraph); a quote paragraph with no tag (a paragraph of a
multi-paragraph quote) has cue None and the speaker mention of the nearest previous tag of
that speaker; "accused X of Y" has the content "X of Y"; "expect X to Y", "urged X to Y",
"asked X to Y" and "are urging X to Y" the content "X to Y"; a belief, a report or a
"which he called" inside someone's reported clause (or inside an "according to") is part of
that quote and not a quote of its own; a quote nested in a direct quote is part of it;
"“…,” the notice said" is the notice's (a document); "In a statement, the council said"
is the council's (speech); "found" and "shows" in a study, data or an assessment are a
document's, and so is "according to" one; "called X “Y”", "described X as “Y”" and
"dismissed X as “Y”" have the quoted words as their content; a stance verb ("supports",
"opposes", "sees … as") has its object as the content; a noun carrier ("her pledge to …")
has the possessor as the speaker; a speaker first named with an apposition or a relative
clause is marked with all of it, a later tag by surname, role, age or pronoun as that
mention. Not quotes: "declined to comment", "declined to say", "did not respond", "could not
be reached", a refusal, an admission or a report with only a noun object ("denies
harassment", "confirmed the cuts", "cut its forecast", "The release listed a pediatric
clinic …"), "Asked by … why …", a passive with no holder ("is being called a hero", "were
ordered to leave", "she is seen dragging"), signs, slogans, nicknames, a ship's or a band's
name, song and film titles, scare quotes and "so-called", a hypothetical ("You might say
…"), colon headlines and subheads with no tag, captions ("Photo: …", "VIDEO: …") and "READ
MORE:" lines.

New here, in the same spirit: a tabloid headline that quotes words before a colon and tags
them after it ("‘…’: Widow, 81, tells court of …") is a quote of the tagged speaker, its
content the quoted words; "…, a court heard" is a quote with the court as the source
mention and "heard" as the cue (what was said in court, speech), as "according to" names
its source; "Video … shows X" with no speech in it is the video's (a document, cue "shows"),
while "footage shows X telling a crowd, “…”" and "can be heard shouting, “…”" are X's
speech, the footage only its medium (as "in a video message, she said") and no quote of its
own; "Q: …" and "A: …" transcript lines after a lead-in that names the questioner and the
witness are quotes of those two, with the lead-in's mentions as speakers, cue None and the
whole turn as content (indirect, or mixed when the turn quotes someone, by the marks); "She
recalled X saying, “…”" is one quote of hers with the content "X saying, “…”" (a report
inside her reported clause, like "accused X of Y"); a columnist's own "I think" and "I
suspect" are the article's voice, not a quote, and "Critics … will say" a hypothetical; a
fact-checker's "rated the claim “False.”" and a manager who "hailed his side’s
“character”" have the quoted words as content, like "called X “Y”"; a post "on Instagram:
“…”" is its poster's (cue "posted").
"""

from tests.build_untuned_quotes import article, paragraphs, quote

BATCH = "qs37a"
WRITTEN = "2026-12-06, before the code was run on it"

ARTICLES = [
    # ------------------------------------------------------------------ q225 UK tabloid court story, medium (single marks, a quoted headline before a colon, a court heard)
    article("q225", "courts", paragraphs(
        "‘He stood in my hallway and said he wasn’t leaving without it’: Widow, 81, tells court of rogue builder’s £48,000 con",
        "A ROGUE builder bullied a frail widow into handing over £48,000 for a roof repair that was never done, standing in her hallway and refusing to leave until she paid, a court heard.",
        "Dean Carrick, 38, targeted Margaret Oldroyd after spotting a loose tile on her semi-detached home in Rotherham, South Yorks, and told her the whole roof was ‘rotten’ and could ‘come in on her’ at any moment, prosecutors said.",
        "The 81-year-old, who uses a walking frame, told Sheffield Crown Court: ‘He stood in my hallway and said he wasn’t leaving without it. I was shaking. I just wanted him out of my house.’",
        "Carrick, of no fixed abode, admits fraud by false representation but denies harassment. Prosecutor Imran Siddiqui told jurors he drove Mrs Oldroyd to her bank three times in one week in his white Transit van, waiting outside while she withdrew the cash.",
        "‘She is exactly the kind of person he was looking for,’ Mr Siddiqui said. ‘Alone, trusting and too polite to tell a big man in a hi-vis jacket to get out.’",
        "Mrs Oldroyd’s nephew, Paul Haigh, 52, said he only found out when her bank rang him. He told the court: ‘Auntie Peg had it written on the back of an envelope — “roof, £48,000” — like it was a gas bill.’",
        "Giving evidence, Carrick claimed the money was for ‘genuine work’ and said Mrs Oldroyd had ‘never once complained’. Asked by Mr Siddiqui why no scaffolding was ever put up, he replied: ‘The weather was against us.’",
        "The trial continues.",
    ),
        quote("‘He stood in my hallway and said he wasn’t leaving without it’", speaker="Widow, 81", cue="tells"),
        quote("A ROGUE builder bullied a frail widow into handing over £48,000 for a roof repair that was never done, standing in her hallway and refusing to leave until she paid",
              speaker="a court", cue="heard"),
        quote("Dean Carrick, 38, targeted Margaret Oldroyd after spotting a loose tile on her semi-detached home in Rotherham, South Yorks, and told her the whole roof was ‘rotten’ and could ‘come in on her’ at any moment",
              speaker="prosecutors", cue="said"),
        quote("‘He stood in my hallway and said he wasn’t leaving without it. I was shaking. I just wanted him out of my house.’",
              speaker="The 81-year-old, who uses a walking frame", cue="told"),
        quote("he drove Mrs Oldroyd to her bank three times in one week in his white Transit van, waiting outside while she withdrew the cash",
              speaker="Prosecutor Imran Siddiqui", cue="told"),
        quote("‘She is exactly the kind of person he was looking for,’", speaker=("Mr Siddiqui", "’ Mr Siddiqui said"), cue="said"),
        quote("‘Alone, trusting and too polite to tell a big man in a hi-vis jacket to get out.’", speaker=("Mr Siddiqui", "’ Mr Siddiqui said"), cue="said"),
        quote("he only found out when her bank rang him", speaker="Mrs Oldroyd’s nephew, Paul Haigh, 52", cue="said"),
        quote("‘Auntie Peg had it written on the back of an envelope — “roof, £48,000” — like it was a gas bill.’", speaker=("He", "He told the court"), cue="told"),
        quote("the money was for ‘genuine work’", speaker=("Carrick", "evidence, Carrick claimed"), cue="claimed"),
        quote("Mrs Oldroyd had ‘never once complained’", speaker=("Carrick", "evidence, Carrick claimed"), cue="said"),
        quote("‘The weather was against us.’", speaker=("he", "he replied"), cue="replied"),
    ),
    # ------------------------------------------------------------------ q226 Indian English business daily (a statement to the exchanges, the filing said, told this paper)
    article("q226", "business", paragraphs(
        "MUMBAI: Shares of Sahyadri Agro Foods slumped 9.4 per cent on the BSE on Friday after the company said in a statement to the exchanges that its managing director and CEO, Rakesh Bhandari, had resigned with immediate effect, citing “personal reasons”.",
        "The board has appointed chief financial officer Meera Kulkarni as interim CEO and will begin the search for a permanent replacement “at the earliest”, the filing said. Mr Bhandari’s exit comes two weeks after the company deferred its Q2 results, citing a review of receivables by its statutory auditor. The scrip closed at Rs 412.35.",
        "“The timing is what is worrying the Street. When a CEO walks out days before delayed results, investors will assume the worst until the numbers prove otherwise,” said Anand Rao, head of research at Pinnacle Securities, who has a ‘reduce’ rating on the stock.",
        "A company spokesperson told this paper the board had “full confidence” in the interim management and that the results would be declared by November 28. Mr Bhandari could not be reached for comment.",
    ),
        quote("its managing director and CEO, Rakesh Bhandari, had resigned with immediate effect, citing “personal reasons”",
              speaker=("the company", "the company said in a statement"), cue="said"),
        quote("The board has appointed chief financial officer Meera Kulkarni as interim CEO and will begin the search for a permanent replacement “at the earliest”",
              speaker="the filing", cue="said", type="document"),
        quote("“The timing is what is worrying the Street. When a CEO walks out days before delayed results, investors will assume the worst until the numbers prove otherwise,”",
              speaker="Anand Rao, head of research at Pinnacle Securities, who has a ‘reduce’ rating on the stock", cue="said"),
        quote("the board had “full confidence” in the interim management and that the results would be declared by November 28",
              speaker="A company spokesperson", cue="told"),
    ),
    # ------------------------------------------------------------------ q227 a hospital news conference with three doctors, medium (a statement read by a wife, he added, asked X not to Y)
    article("q227", "health", paragraphs(
        "CLEVELAND — A 46-year-old electrician who lost both hands in a workplace accident two years ago has received a double hand transplant in a 16-hour operation at University Lakeside Medical Center, doctors said Wednesday.",
        "The patient, Marcus Tillery of Lorain, was in fair condition and breathing on his own, the hospital said. He did not attend the news conference, but his wife, Danielle, read a short statement on his behalf.",
        "“Marcus asked me to say one thing: that somewhere there is a family who said yes on the worst day of their lives, and he will think about them every time he holds my hand,” she said, stopping twice to compose herself.",
        "Dr. Anjali Mehra, the hand surgeon who led the transplant team, said the donor’s hands were attached at the mid-forearm, which required the team to reconnect two bones, two arteries, several veins, three nerves and more than 20 tendons on each arm.",
        "“The bones are the easy part. It’s the nerves that decide whether this works,” Mehra said. “Nerves grow about an inch a month, so we won’t know how much feeling he gets back in his fingertips for a year, maybe longer.”",
        "Dr. Paul Escobedo, the transplant immunologist on the team, said the greater risk was rejection. Tillery will take anti-rejection drugs for the rest of his life, and the first signs of trouble usually show up on the skin, Escobedo said. “That’s the one advantage of a hand over a kidney: you can see it,” he added.",
        "Dr. Leah Brandt, who directs the hospital’s rehabilitation program, said Tillery would begin occupational therapy on Friday, moving his new fingers with the help of a splint for several hours a day. “He’s going to work harder in the next six months than he has ever worked in his life, and he knows that,” Brandt said.",
        "Asked whether Tillery would be able to return to electrical work, Mehra was cautious. “I’d love to tell you yes,” she said. “I’d settle for him tying his own shoes and picking up his grandson. Everything beyond that is a bonus.”",
        "Fewer than 150 hand transplants have been performed worldwide since 1998, according to the American Society for Reconstructive Transplantation. The donor’s family asked the hospital not to release any information about the donor.",
    ),
        quote("A 46-year-old electrician who lost both hands in a workplace accident two years ago has received a double hand transplant in a 16-hour operation at University Lakeside Medical Center",
              speaker="doctors", cue="said"),
        quote("The patient, Marcus Tillery of Lorain, was in fair condition and breathing on his own", speaker=("the hospital", "own, the hospital said"), cue="said"),
        quote("“Marcus asked me to say one thing: that somewhere there is a family who said yes on the worst day of their lives, and he will think about them every time he holds my hand,”",
              speaker=("she", "” she said, stopping"), cue="said"),
        quote("the donor’s hands were attached at the mid-forearm, which required the team to reconnect two bones, two arteries, several veins, three nerves and more than 20 tendons on each arm",
              speaker="Dr. Anjali Mehra, the hand surgeon who led the transplant team", cue="said"),
        quote("“The bones are the easy part. It’s the nerves that decide whether this works,”", speaker=("Mehra", "” Mehra said"), cue="said"),
        quote("“Nerves grow about an inch a month, so we won’t know how much feeling he gets back in his fingertips for a year, maybe longer.”",
              speaker=("Mehra", "” Mehra said"), cue="said"),
        quote("the greater risk was rejection", speaker="Dr. Paul Escobedo, the transplant immunologist on the team", cue="said"),
        quote("Tillery will take anti-rejection drugs for the rest of his life, and the first signs of trouble usually show up on the skin",
              speaker=("Escobedo", "skin, Escobedo said"), cue="said"),
        quote("“That’s the one advantage of a hand over a kidney: you can see it,”", speaker=("he", "” he added"), cue="added"),
        quote("Tillery would begin occupational therapy on Friday, moving his new fingers with the help of a splint for several hours a day",
              speaker="Dr. Leah Brandt, who directs the hospital’s rehabilitation program", cue="said"),
        quote("“He’s going to work harder in the next six months than he has ever worked in his life, and he knows that,”", speaker=("Brandt", "” Brandt said"), cue="said"),
        quote("“I’d love to tell you yes,”", speaker=("she", "” she said. “I’d settle"), cue="said"),
        quote("“I’d settle for him tying his own shoes and picking up his grandson. Everything beyond that is a bonus.”", speaker=("she", "” she said. “I’d settle"), cue="said"),
        quote("Fewer than 150 hand transplants have been performed worldwide since 1998", speaker="the American Society for Reconstructive Transplantation",
              cue="according to"),
        quote("the hospital not to release any information about the donor", speaker="The donor’s family", cue="asked"),
    ),
    # ------------------------------------------------------------------ q228 Canadian Press (says, per cent, the closing line)
    article("q228", "local", paragraphs(
        "WINNIPEG — Winter roads that connect more than 20 remote First Nations in northern Manitoba may open weeks late this season because of unusually warm weather, the province says.",
        "Transportation Minister Carla Beaudry told reporters Thursday the ice on several lake crossings is less than half the 60 centimetres needed for loaded fuel trucks. “We won’t open a crossing until it’s safe, and right now it isn’t,” she said.",
        "Chief Elijah Monias of Kinosao Lake Cree Nation says his community depends on the roads to bring in a year’s worth of fuel, building materials and groceries. He says a late opening could push the price of a four-litre jug of milk, already about $14, even higher. “Every week the road isn’t open is a week our people pay for it,” Monias said in an interview.",
        "This report by The Canadian Press was first published Dec. 4, 2026.",
    ),
        quote("Winter roads that connect more than 20 remote First Nations in northern Manitoba may open weeks late this season because of unusually warm weather",
              speaker="the province", cue="says"),
        quote("the ice on several lake crossings is less than half the 60 centimetres needed for loaded fuel trucks", speaker="Transportation Minister Carla Beaudry", cue="told"),
        quote("“We won’t open a crossing until it’s safe, and right now it isn’t,”", speaker=("she", "” she said"), cue="said"),
        quote("his community depends on the roads to bring in a year’s worth of fuel, building materials and groceries",
              speaker="Chief Elijah Monias of Kinosao Lake Cree Nation", cue="says"),
        quote("a late opening could push the price of a four-litre jug of milk, already about $14, even higher", speaker=("He", "He says a late"), cue="says"),
        quote("“Every week the road isn’t open is a week our people pay for it,”", speaker=("Monias", "” Monias said"), cue="said"),
    ),
    # ------------------------------------------------------------------ q229 a school board's public comment, medium (first names, ages, hometowns; urged, asked X to Y, called)
    article("q229", "education", paragraphs(
        "WAUKESHA, Wis. — More than 90 people signed up to speak Tuesday night as the Kettle Valley School Board weighed whether to end its contract with the Waukesha County Sheriff’s Office for school resource officers at its two high schools.",
        "The board voted 5-2 shortly before midnight to keep the officers for one more year while a committee studies alternatives. Board President Diane Ferrante said the committee would report back by May.",
        "“I don’t think anyone in this room wants a police officer to be the first adult a struggling kid talks to,” Ferrante said. “But I also don’t think we can pull them out in January with nothing to replace them.”",
        "Public comment ran for nearly three hours. Speakers were given two minutes each.",
        "Owen, 16, a junior at Kettle Valley North from Pewaukee, said the officer at his school, Deputy Sam Rudd, had talked him out of a fight in the parking lot his freshman year. “He didn’t arrest me. He didn’t even write me up. He just said, ‘Is this worth it?’ and it wasn’t,” Owen said.",
        "Tanisha, 41, of Waukesha, whose son is in 10th grade, said her son had been stopped and searched by a deputy twice this fall and that both times nothing was found. “He is 15 and he is already afraid of the police,” she said. “That is not safety. Not for him.”",
        "Gary, 67, a retired machinist from Genesee, told the board he was there as a taxpayer and had no grandchildren in the district. He asked trustees to consider what a school shooting would cost the district “in lawsuits, in lives, in everything.”",
        "Several teachers urged the board to replace the officers with counselors. Rebecca Sundqvist, who teaches chemistry at Kettle Valley South, said the district has two counselors for 1,400 students. “We have more deputies per student than we have social workers,” she said.",
        "Trustees Mark Dettmer and Ines Gutierrez voted against the one-year extension. Dettmer said the board had been “studying this since 2021” and called the committee “a way to put off a vote we should have taken tonight.”",
        "The sheriff’s office, which is paid about $310,000 a year under the contract, did not send anyone to the meeting. Sheriff Tom Brandl has said he opposes removing the officers.",
    ),
        quote("the committee would report back by May", speaker="Board President Diane Ferrante", cue="said"),
        quote("“I don’t think anyone in this room wants a police officer to be the first adult a struggling kid talks to,”", speaker=("Ferrante", "” Ferrante said"), cue="said"),
        quote("“But I also don’t think we can pull them out in January with nothing to replace them.”", speaker=("Ferrante", "” Ferrante said"), cue="said"),
        quote("the officer at his school, Deputy Sam Rudd, had talked him out of a fight in the parking lot his freshman year",
              speaker="Owen, 16, a junior at Kettle Valley North from Pewaukee", cue="said"),
        quote("“He didn’t arrest me. He didn’t even write me up. He just said, ‘Is this worth it?’ and it wasn’t,”", speaker=("Owen", "” Owen said"), cue="said"),
        quote("her son had been stopped and searched by a deputy twice this fall and that both times nothing was found",
              speaker="Tanisha, 41, of Waukesha, whose son is in 10th grade", cue="said"),
        quote("“He is 15 and he is already afraid of the police,”", speaker=("she", "” she said. “That is not"), cue="said"),
        quote("“That is not safety. Not for him.”", speaker=("she", "” she said. “That is not"), cue="said"),
        quote("he was there as a taxpayer and had no grandchildren in the district", speaker="Gary, 67, a retired machinist from Genesee", cue="told"),
        quote("trustees to consider what a school shooting would cost the district “in lawsuits, in lives, in everything.”", speaker=("He", "He asked trustees"), cue="asked"),
        quote("the board to replace the officers with counselors", speaker="Several teachers", cue="urged"),
        quote("the district has two counselors for 1,400 students", speaker="Rebecca Sundqvist, who teaches chemistry at Kettle Valley South", cue="said"),
        quote("“We have more deputies per student than we have social workers,”", speaker=("she", "workers,” she said"), cue="said"),
        quote("the board had been “studying this since 2021”", speaker=("Dettmer", "Dettmer said"), cue="said"),
        quote("“a way to put off a vote we should have taken tonight.”", speaker=("Dettmer", "Dettmer said"), cue="called"),
        quote("he opposes removing the officers", speaker="Sheriff Tom Brandl", cue="said"),
    ),
    # ------------------------------------------------------------------ q230 US TV station web copy, straight marks (told KXYZ News 4, says, a VIDEO: caption line, is being called)
    article("q230", "local", paragraphs(
        "ALBUQUERQUE, N.M. (KXYZ) - A 9-year-old boy is being called a hero after he pulled his little sister out of an irrigation ditch in the South Valley on Sunday. Bernalillo County Fire Rescue says the 4-year-old slipped down the concrete bank of the ditch near Isleta Boulevard while the two were playing behind their home.",
        "\"I was scared but I didn't let go,\" Mateo Chavez told KXYZ News 4. \"The water was really cold and it kept pushing us.\" A neighbor, Ray Archuleta, says he heard the kids screaming and ran out with a ladder. \"That little man was holding on for both of them,\" Archuleta said.",
        "VIDEO: Mateo Chavez, 9, shows KXYZ News 4 where he pulled his sister out of the ditch on Sunday.",
        "Fire officials say irrigation ditches can run fast and deep even when they look calm, and are urging parents to keep children away from them.",
    ),
        quote("the 4-year-old slipped down the concrete bank of the ditch near Isleta Boulevard while the two were playing behind their home",
              speaker="Bernalillo County Fire Rescue", cue="says"),
        quote("\"I was scared but I didn't let go,\"", speaker=("Mateo Chavez", "Mateo Chavez told"), cue="told"),
        quote("\"The water was really cold and it kept pushing us.\"", speaker=("Mateo Chavez", "Mateo Chavez told"), cue="told"),
        quote("he heard the kids screaming and ran out with a ladder", speaker="A neighbor, Ray Archuleta", cue="says"),
        quote("\"That little man was holding on for both of them,\"", speaker=("Archuleta", "\" Archuleta said"), cue="said"),
        quote("irrigation ditches can run fast and deep even when they look calm", speaker="Fire officials", cue="say"),
        quote("parents to keep children away from them", speaker="Fire officials", cue="urging"),
    ),
    # ------------------------------------------------------------------ q231 football match report, medium (the manager and two players, split quotes, he added, the 23-year-old, hailed)
    article("q231", "sports", paragraphs(
        "Harbury Town manager Steve Aldridge hailed his side’s “character” after they came from two goals down to beat Castleford Athletic 3-2 at Millfield Road on Saturday and climb into the League One play-off places.",
        "Goals from Kyle Mensah and a Dion Platt header had Castleford in control at half-time, but Jordan Eze pulled one back within a minute of the restart and Callum Rees scored twice in the last 12 minutes, the winner a curling free-kick in stoppage time.",
        "“At half-time I didn’t have to say much, to be honest,” Aldridge said. “They knew. They’d been second to everything, and you don’t need a manager to tell you that.”",
        "He said he had told his players to “stop waiting for the game to come to them”, and added that Eze’s early goal “changed the whole mood of the place”.",
        "Rees, who has now scored nine goals this season, said he had practised the free-kick “about a thousand times” on the training ground this week. “I’ve hit the wall with most of them,” the 23-year-old said, “so it was nice that one went in when it mattered.”",
        "“The gaffer was calm at half-time, which was scarier than if he’d shouted,” he added. “We owed the fans that.”",
        "Eze, making only his third start since returning from a hamstring injury, said the dressing room had been “quiet, not panicky” at the break. “Nobody was pointing fingers,” he said. “Steve just drew three things on the board and said, ‘Do them.’”",
        "Castleford manager Neil Varley was less happy with the free-kick that led to the winner, awarded for a challenge by Sam Oduya on Rees. “I’ve seen it back and it’s never a foul,” Varley said. “The lad’s gone down looking for it and the referee’s given it. That’s two weeks running.”",
        "Varley declined to say whether he would complain to the league about the referee. Harbury travel to Burton on Tuesday.",
    ),
        quote("“character”", speaker="Harbury Town manager Steve Aldridge", cue="hailed"),
        quote("“At half-time I didn’t have to say much, to be honest,”", speaker=("Aldridge", "” Aldridge said"), cue="said"),
        quote("“They knew. They’d been second to everything, and you don’t need a manager to tell you that.”", speaker=("Aldridge", "” Aldridge said"), cue="said"),
        quote("he had told his players to “stop waiting for the game to come to them”", speaker=("He", "He said he had told"), cue="said"),
        quote("Eze’s early goal “changed the whole mood of the place”", speaker=("He", "He said he had told"), cue="added"),
        quote("he had practised the free-kick “about a thousand times” on the training ground this week",
              speaker="Rees, who has now scored nine goals this season", cue="said"),
        quote("“I’ve hit the wall with most of them,”", "“so it was nice that one went in when it mattered.”", speaker="the 23-year-old", cue="said"),
        quote("“The gaffer was calm at half-time, which was scarier than if he’d shouted,”", speaker=("he", "” he added. “We owed"), cue="added"),
        quote("“We owed the fans that.”", speaker=("he", "” he added. “We owed"), cue="added"),
        quote("the dressing room had been “quiet, not panicky” at the break",
              speaker="Eze, making only his third start since returning from a hamstring injury", cue="said"),
        quote("“Nobody was pointing fingers,”", speaker=("he", "” he said. “Steve"), cue="said"),
        quote("“Steve just drew three things on the board and said, ‘Do them.’”", speaker=("he", "” he said. “Steve"), cue="said"),
        quote("“I’ve seen it back and it’s never a foul,”", speaker=("Varley", "” Varley said"), cue="said"),
        quote("“The lad’s gone down looking for it and the referee’s given it. That’s two weeks running.”", speaker=("Varley", "” Varley said"), cue="said"),
    ),
    # ------------------------------------------------------------------ q232 science, a journal paper and an outside expert (according to a study, the authors wrote, adding, cautioned)
    article("q232", "science", paragraphs(
        "Honeybees exposed to trace amounts of a widely used fungicide were about a third less likely to find their way back to the hive, according to a study published Wednesday in the journal Nature Ecology & Evolution.",
        "Researchers at the University of Guelph fitted 2,400 bees with tiny radio tags and released them a kilometre from their colonies. “Sublethal exposure at field-realistic concentrations substantially impaired homing,” the authors wrote, adding that the fungicide “should no longer be assumed safe for pollinators simply because it is not an insecticide.”",
        "“This is a careful piece of work, and it’s a bit alarming,” said Dr. Rosa Feldmann, an entomologist at Cornell University who was not involved in the study. But she cautioned that the bees were tested in a single season in one region of Ontario, and said she would like to see the results repeated “before anyone rewrites the label.”",
        "The fungicide’s maker, Agrivane, said in a statement that regulators in the United States and Canada had reviewed its safety data and that the product posed “no unreasonable risk” when used as directed.",
    ),
        quote("Honeybees exposed to trace amounts of a widely used fungicide were about a third less likely to find their way back to the hive",
              speaker="a study published Wednesday in the journal Nature Ecology & Evolution", cue="according to", type="document"),
        quote("“Sublethal exposure at field-realistic concentrations substantially impaired homing,”", speaker="the authors", cue="wrote"),
        quote("the fungicide “should no longer be assumed safe for pollinators simply because it is not an insecticide.”", speaker="the authors", cue="adding"),
        quote("“This is a careful piece of work, and it’s a bit alarming,”",
              speaker="Dr. Rosa Feldmann, an entomologist at Cornell University who was not involved in the study", cue="said"),
        quote("the bees were tested in a single season in one region of Ontario", speaker=("she", "she cautioned"), cue="cautioned"),
        quote("she would like to see the results repeated “before anyone rewrites the label.”", speaker=("she", "she cautioned"), cue="said"),
        quote("regulators in the United States and Canada had reviewed its safety data and that the product posed “no unreasonable risk” when used as directed",
              speaker="The fungicide’s maker, Agrivane", cue="said"),
    ),
    # ------------------------------------------------------------------ q233 a wildfire evacuation, medium (according to an agency, an assessment and a daughter; video shows; footage shows the mayor telling)
    article("q233", "weather", paragraphs(
        "YUCAIPA, Calif. — Thousands of residents in the foothills above Yucaipa were ordered to leave their homes Tuesday as a wind-driven wildfire jumped Highway 38 and burned toward neighborhoods on the town’s eastern edge.",
        "The Juniper Fire had grown to 6,800 acres by 6 p.m. and was 0% contained, according to Cal Fire. At least 14 structures had been destroyed, according to a preliminary damage assessment posted by San Bernardino County.",
        "Video shared on social media shows flames racing up a hillside behind a row of houses on Oak Glen Road as residents load horses into trailers. Other footage shows Yucaipa Mayor Denise Whitford telling a crowd at a Red Cross shelter, “Your homes can be rebuilt. You can’t.”",
        "“The wind is doing whatever it wants right now,” Cal Fire Battalion Chief Marco Ibáñez said at an evening briefing. “We are not going to put firefighters in front of this fire. We’re going to get people out of its way.”",
        "Gusts of up to 60 mph were expected through Wednesday morning, according to the National Weather Service, which extended a red flag warning for the Inland Empire until 8 p.m. Thursday.",
        "Linda Ocampo, 72, has lived on Oak Glen Road for 31 years. She said a sheriff’s deputy knocked on her door at about 1 p.m. and gave her 15 minutes. “I took my husband’s ashes, my insulin and the cat,” she said. “I forgot my glasses. Isn’t that silly? Forty years of photographs and I’m worried about my glasses.”",
        "Her neighbor, Dale Kirkpatrick, stayed behind to run sprinklers on his roof until deputies ordered him out around 3 p.m., according to his daughter, Jenna Kirkpatrick, who was waiting for him at the shelter at Crafton Hills College. “He told me, ‘I’ll be right behind you,’ and then he wasn’t,” she said. “He finally called from a gas station on Yucaipa Boulevard. I could have strangled him.”",
        "Evacuation centers: Crafton Hills College, 11711 Sand Canyon Road, and the Yucaipa Community Center. Large animals can be taken to the Hemet fairgrounds.",
        "San Bernardino County Sheriff’s Department spokeswoman Gloria Tran said deputies had gone door to door at about 2,100 homes. She urged residents who had not yet left “not to wait for a knock.”",
        "The cause of the fire is under investigation. Inland Power & Light said it was reviewing whether any of its equipment was involved, and declined to comment further.",
    ),
        quote("The Juniper Fire had grown to 6,800 acres by 6 p.m. and was 0% contained", speaker=("Cal Fire", "according to Cal Fire"), cue="according to"),
        quote("At least 14 structures had been destroyed", speaker="a preliminary damage assessment posted by San Bernardino County", cue="according to", type="document"),
        quote("flames racing up a hillside behind a row of houses on Oak Glen Road as residents load horses into trailers", speaker="Video shared on social media",
              cue="shows", type="document"),
        quote("“Your homes can be rebuilt. You can’t.”", speaker="Yucaipa Mayor Denise Whitford", cue="telling"),
        quote("“The wind is doing whatever it wants right now,”", speaker="Cal Fire Battalion Chief Marco Ibáñez", cue="said"),
        quote("“We are not going to put firefighters in front of this fire. We’re going to get people out of its way.”", speaker="Cal Fire Battalion Chief Marco Ibáñez", cue="said"),
        quote("Gusts of up to 60 mph were expected through Wednesday morning",
              speaker="the National Weather Service, which extended a red flag warning for the Inland Empire until 8 p.m. Thursday", cue="according to"),
        quote("a sheriff’s deputy knocked on her door at about 1 p.m. and gave her 15 minutes", speaker=("She", "She said a sheriff"), cue="said"),
        quote("“I took my husband’s ashes, my insulin and the cat,”", speaker=("she", "” she said. “I forgot"), cue="said"),
        quote("“I forgot my glasses. Isn’t that silly? Forty years of photographs and I’m worried about my glasses.”", speaker=("she", "” she said. “I forgot"), cue="said"),
        quote("Her neighbor, Dale Kirkpatrick, stayed behind to run sprinklers on his roof until deputies ordered him out around 3 p.m.",
              speaker="his daughter, Jenna Kirkpatrick, who was waiting for him at the shelter at Crafton Hills College", cue="according to"),
        quote("“He told me, ‘I’ll be right behind you,’ and then he wasn’t,”", speaker=("she", "” she said. “He finally"), cue="said"),
        quote("“He finally called from a gas station on Yucaipa Boulevard. I could have strangled him.”", speaker=("she", "” she said. “He finally"), cue="said"),
        quote("deputies had gone door to door at about 2,100 homes", speaker="San Bernardino County Sheriff’s Department spokeswoman Gloria Tran", cue="said"),
        quote("residents who had not yet left “not to wait for a knock.”", speaker=("She", "She urged"), cue="urged"),
        quote("it was reviewing whether any of its equipment was involved", speaker="Inland Power & Light", cue="said"),
    ),
    # ------------------------------------------------------------------ q234 a food recall quoting the agency's notice (the notice said, a "best by" label, a brand, did not respond)
    article("q234", "consumer", paragraphs(
        "A Wisconsin company is recalling about 58,000 pounds of frozen chicken dumplings that may contain small pieces of hard plastic, the U.S. Department of Agriculture’s Food Safety and Inspection Service announced Friday.",
        "The dumplings, sold in 24-ounce bags under the Golden Fold brand, were shipped to retailers in 11 states, according to the recall notice. The bags carry a “best by” date of Aug. 14, 2027. “FSIS is concerned that some product may be in consumers’ freezers,” the notice said. “Consumers who have purchased these products are urged not to consume them.”",
        "The problem was discovered after the company, Lakeshore Kitchen Foods of Sheboygan, received three complaints from consumers who found plastic in the dumplings, the agency said. There have been no confirmed reports of injuries.",
        "Lakeshore Kitchen did not respond to a request for comment Friday. Consumers with questions can call the company’s hotline, the notice said.",
    ),
        quote("A Wisconsin company is recalling about 58,000 pounds of frozen chicken dumplings that may contain small pieces of hard plastic",
              speaker="the U.S. Department of Agriculture’s Food Safety and Inspection Service", cue="announced"),
        quote("The dumplings, sold in 24-ounce bags under the Golden Fold brand, were shipped to retailers in 11 states", speaker="the recall notice",
              cue="according to", type="document"),
        quote("“FSIS is concerned that some product may be in consumers’ freezers,”", speaker=("the notice", "” the notice said"), cue="said", type="document"),
        quote("“Consumers who have purchased these products are urged not to consume them.”", speaker=("the notice", "” the notice said"), cue="said", type="document"),
        quote("The problem was discovered after the company, Lakeshore Kitchen Foods of Sheboygan, received three complaints from consumers who found plastic in the dumplings",
              speaker="the agency", cue="said"),
        quote("Consumers with questions can call the company’s hotline", speaker=("the notice", "hotline, the notice said"), cue="said", type="document"),
    ),
    # ------------------------------------------------------------------ q235 an op-ed column (the columnist's own I think and I suspect, critics will say, put it in an email)
    article("q235", "opinion", paragraphs(
        "I think the city got this one wrong. When the council voted last month to replace the Maple Street bike lane with 40 metered parking spaces, supporters called it “a win for small business.” I have spent three Saturdays on Maple Street since, and I have yet to see the win.",
        "Councilman Ray Dutton, who sponsored the change, told me the shop owners on the street had asked for it. Some did. But Hana Sato, who has run a tea shop at Maple and Fifth for nine years, says her sales are down. “People used to bike here on their way to the park. Now they drive past,” she said. “You can’t buy tea from a car.”",
        "Critics of this column — and there are a few — will say I am a cyclist and therefore biased. Guilty. Dutton put it more bluntly in an email after my last piece on the subject: “Not every street needs to be designed for the 3 percent of people who bike.”",
        "I suspect he is right that most people in this city do not ride bikes. I also think that is partly because of decisions like this one. Bring back the lane.",
    ),
        quote("“a win for small business.”", speaker="supporters", cue="called"),
        quote("the shop owners on the street had asked for it", speaker="Councilman Ray Dutton, who sponsored the change", cue="told"),
        quote("her sales are down", speaker="Hana Sato, who has run a tea shop at Maple and Fifth for nine years", cue="says"),
        quote("“People used to bike here on their way to the park. Now they drive past,”", speaker=("she", "” she said. “You can’t"), cue="said"),
        quote("“You can’t buy tea from a car.”", speaker=("she", "” she said. “You can’t"), cue="said"),
        quote("“Not every street needs to be designed for the 3 percent of people who bike.”", speaker=("Dutton", "Dutton put it"), cue="put"),
    ),
    # ------------------------------------------------------------------ q236 tech layoffs, medium (a memo to staff over two paragraphs, the memo said, anonymous employees for fear of retaliation, READ MORE)
    article("q236", "tech", paragraphs(
        "SEATTLE — Cobaltline, the cloud-storage company, is cutting about 900 jobs, or roughly 12% of its workforce, and closing its office in Vancouver, British Columbia, Chief Executive Dana Ostrand wrote in a memo to staff on Tuesday.",
        "“I want to be direct with you: this is not about performance, and it is not a reflection on the people who are leaving,” Ostrand wrote in the memo, which was reviewed by The Seattle Ledger. “It is about a bet I made in 2024 that did not pay off, and I am responsible for that.",
        "“Over the next year we will put more of our investment into AI-assisted storage management and less into the consumer products that have not grown the way we hoped.”",
        "Affected employees in the U.S. will receive at least 14 weeks of severance pay and their health insurance through June, the memo said. Employees learned whether they had been laid off from an email sent at 5:30 a.m. Pacific time, according to three employees.",
        "One engineer on the company’s consumer team, who asked not to be named for fear of retaliation, said her manager had told the team two weeks ago that their product was “safe through next year.” “We were planning a launch,” she said. “I had slides due on Friday.”",
        "Another employee, a product manager in the Vancouver office who also asked not to be identified, said many colleagues there were on work permits tied to their jobs. Those workers fear they will have to leave Canada within weeks, the employee said.",
        "A Cobaltline spokesperson, Ben Adeyemi, confirmed the cuts but declined to say how many were in Vancouver. “We are committed to treating every departing employee with respect,” he said in an email.",
        "The company’s shares rose 4% in after-hours trading. Analysts at Northbeam Securities wrote in a note that the cuts were “overdue” and that they expect Cobaltline to save about $160 million a year.",
        "Cobaltline is the latest Seattle-area tech company to announce layoffs this fall. The state’s Employment Security Department has received layoff notices covering more than 6,000 workers in King County since September, according to its website.",
        "READ MORE: Tech layoffs are hitting Seattle’s suburbs hardest",
    ),
        quote("Cobaltline, the cloud-storage company, is cutting about 900 jobs, or roughly 12% of its workforce, and closing its office in Vancouver, British Columbia",
              speaker="Chief Executive Dana Ostrand", cue="wrote"),
        quote("“I want to be direct with you: this is not about performance, and it is not a reflection on the people who are leaving,”",
              speaker=("Ostrand", "” Ostrand wrote"), cue="wrote"),
        quote("“It is about a bet I made in 2024 that did not pay off, and I am responsible for that.", speaker=("Ostrand", "” Ostrand wrote"), cue="wrote"),
        quote("“Over the next year we will put more of our investment into AI-assisted storage management and less into the consumer products that have not grown the way we hoped.”",
              speaker=("Ostrand", "” Ostrand wrote"), cue=None),
        quote("Affected employees in the U.S. will receive at least 14 weeks of severance pay and their health insurance through June",
              speaker=("the memo", "June, the memo said"), cue="said", type="document"),
        quote("Employees learned whether they had been laid off from an email sent at 5:30 a.m. Pacific time", speaker="three employees", cue="according to"),
        quote("her manager had told the team two weeks ago that their product was “safe through next year.”",
              speaker="One engineer on the company’s consumer team, who asked not to be named for fear of retaliation", cue="said"),
        quote("“We were planning a launch,”", speaker=("she", "” she said. “I had"), cue="said"),
        quote("“I had slides due on Friday.”", speaker=("she", "” she said. “I had"), cue="said"),
        quote("many colleagues there were on work permits tied to their jobs",
              speaker="Another employee, a product manager in the Vancouver office who also asked not to be identified", cue="said"),
        quote("Those workers fear they will have to leave Canada within weeks", speaker="the employee", cue="said"),
        quote("“We are committed to treating every departing employee with respect,”", speaker=("he", "” he said in an email"), cue="said"),
        quote("the cuts were “overdue” and that they expect Cobaltline to save about $160 million a year", speaker="Analysts at Northbeam Securities", cue="wrote"),
        quote("The state’s Employment Security Department has received layoff notices covering more than 6,000 workers in King County since September",
              speaker="its website", cue="according to", type="document"),
    ),
    # ------------------------------------------------------------------ q237 Irish county council meeting, medium (Cllr, told the meeting, accused X of “…”, a count by a paper, In a statement, the council said)
    article("q237", "local", paragraphs(
        "Councillors have accused Donegal County Council of “abandoning” the Inishowen peninsula after officials confirmed that the Carndonagh leisure centre will not reopen as a swimming pool.",
        "At Monday’s meeting of the Inishowen Municipal District, the council’s director of services for community development, Gerard McBride, said the 1970s building needed €4.2 million in work and that the council could not justify the cost “for a pool that was losing money before it ever closed”.",
        "“We have to be honest with people. There is no version of the budget where that pool reopens and something else doesn’t close,” Mr McBride told the meeting.",
        "Sinn Féin councillor Áine Doherty said the decision would leave the peninsula, home to about 40,000 people, without a public pool. “Children in Inishowen are going to grow up not knowing how to swim, on a peninsula surrounded by the Atlantic,” she said. “That’s not a budget line. That’s a tragedy waiting to happen.”",
        "Fianna Fáil councillor Martin Friel accused the council executive of “making the decision first and the consultation second”. He said he would table a motion at the full council meeting in January calling for the pool to be reopened.",
        "Cllr Friel’s motion is likely to have the support of at least 20 of the council’s 37 members, according to a count by the Inishowen Independent.",
        "Carndonagh swimming club chairperson Bríd McLaughlin said its 160 members have been travelling to Letterkenny, an hour each way, since the pool closed in March 2025. “We’ve had parents driving two hours on a weeknight for a 45-minute session. That can’t go on,” she said.",
        "In a statement, the council said it “remains committed to providing leisure facilities in Inishowen” and would publish a feasibility study on a new regional pool in the spring.",
    ),
        quote("Donegal County Council of “abandoning” the Inishowen peninsula", speaker="Councillors", cue="accused"),
        quote("the Carndonagh leisure centre will not reopen as a swimming pool", speaker="officials", cue="confirmed"),
        quote("the 1970s building needed €4.2 million in work and that the council could not justify the cost “for a pool that was losing money before it ever closed”",
              speaker="the council’s director of services for community development, Gerard McBride", cue="said"),
        quote("“We have to be honest with people. There is no version of the budget where that pool reopens and something else doesn’t close,”",
              speaker="Mr McBride", cue="told"),
        quote("the decision would leave the peninsula, home to about 40,000 people, without a public pool", speaker="Sinn Féin councillor Áine Doherty", cue="said"),
        quote("“Children in Inishowen are going to grow up not knowing how to swim, on a peninsula surrounded by the Atlantic,”", speaker=("she", "” she said. “That’s not"), cue="said"),
        quote("“That’s not a budget line. That’s a tragedy waiting to happen.”", speaker=("she", "” she said. “That’s not"), cue="said"),
        quote("the council executive of “making the decision first and the consultation second”", speaker="Fianna Fáil councillor Martin Friel", cue="accused"),
        quote("he would table a motion at the full council meeting in January calling for the pool to be reopened", speaker=("He", "He said he would"), cue="said"),
        quote("Cllr Friel’s motion is likely to have the support of at least 20 of the council’s 37 members", speaker="a count by the Inishowen Independent",
              cue="according to", type="document"),
        quote("its 160 members have been travelling to Letterkenny, an hour each way, since the pool closed in March 2025",
              speaker="Carndonagh swimming club chairperson Bríd McLaughlin", cue="said"),
        quote("“We’ve had parents driving two hours on a weeknight for a 45-minute session. That can’t go on,”", speaker=("she", "go on,” she said"), cue="said"),
        quote("it “remains committed to providing leisure facilities in Inishowen” and would publish a feasibility study on a new regional pool in the spring",
              speaker=("the council", "statement, the council said"), cue="said"),
    ),
    # ------------------------------------------------------------------ q238 a fact-check of a campaign ad (a colon headline, the claim, according to the BLS, rated the claim “False.”)
    article("q238", "politics", paragraphs(
        "Ohio governor’s jobs ad: What the numbers show",
        "Gov. Paul Hadley’s new campaign ad opens with a bold number. “We have added 80,000 manufacturing jobs since I took office, more than any state in the Midwest,” the Republican says, standing in front of an idle assembly line in Lordstown.",
        "Federal data tells a different story. Ohio had about 689,000 manufacturing jobs in January 2023, when Hadley took office, and about 702,000 in October, according to the Bureau of Labor Statistics. Hadley’s campaign said the ad counted jobs “announced” by companies receiving state incentives. Spokeswoman Kara Ellison said the governor “stands by” the number. “These are real commitments from real companies,” she wrote in an email.",
        "Ohio Fact Desk, a nonpartisan project of three Ohio newsrooms, rated the claim “False.” Its editor, Marcus Webb, said an announced job “is a press release, not a paycheck,” and that fewer than a third of the jobs announced since 2023 had been filled, based on the state’s own incentive reports.",
    ),
        quote("“We have added 80,000 manufacturing jobs since I took office, more than any state in the Midwest,”", speaker="the Republican", cue="says"),
        quote("Ohio had about 689,000 manufacturing jobs in January 2023, when Hadley took office, and about 702,000 in October",
              speaker="the Bureau of Labor Statistics", cue="according to"),
        quote("the ad counted jobs “announced” by companies receiving state incentives", speaker="Hadley’s campaign", cue="said"),
        quote("the governor “stands by” the number", speaker="Spokeswoman Kara Ellison", cue="said"),
        quote("“These are real commitments from real companies,”", speaker=("she", "” she wrote"), cue="wrote"),
        quote("“False.”", speaker="Ohio Fact Desk, a nonpartisan project of three Ohio newsrooms", cue="rated"),
        quote("an announced job “is a press release, not a paycheck,” and that fewer than a third of the jobs announced since 2023 had been filled, based on the state’s own incentive reports",
              speaker="Its editor, Marcus Webb", cue="said"),
    ),
    # ------------------------------------------------------------------ q239 a trial day, medium (testified, Q: and A: transcript lines, a quoted question, suggested, insisted)
    article("q239", "courts", paragraphs(
        "PHOENIX — A former nurse testified Thursday that she saw a physician assistant at a Mesa urgent care clinic sign prescriptions for oxycodone for patients he had never examined, on the third day of the man’s federal fraud trial.",
        "Kayla Brennan, who worked at Desert Bloom Urgent Care from 2021 to 2023, told jurors that the defendant, Trevor Lasko, kept a stack of pre-signed prescription pads in a locked drawer and that she was told to “fill in the names” when certain patients called.",
        "Lasko, 44, has pleaded not guilty to 23 counts of unlawful distribution of a controlled substance and health care fraud. Prosecutors say he wrote more than 9,000 prescriptions for opioids over two years and billed Medicare for office visits that never took place.",
        "Under questioning by Assistant U.S. Attorney Helena Cruz, Brennan described the afternoon in March 2023 when she raised the pads with Lasko. From the trial transcript:",
        "Q: What did you say to him?",
        "A: I said, “Trevor, I’m not comfortable doing this.” And he said, “Then don’t. I’ll find someone who is.”",
        "Q: Did you report it to anyone?",
        "A: Not then. I had two kids and a car payment. I’m not proud of that.",
        "“Why did you stay another seven months?” Lasko’s attorney, Daniel Whitaker, asked on cross-examination. “I needed the job,” Brennan replied. Whitaker suggested she was testifying to avoid being charged herself. Brennan said she had been given immunity but insisted it had not changed her testimony.",
        "The trial before U.S. District Judge Samuel Ortega is expected to last three weeks. Lasko’s lawyers have said he will testify.",
    ),
        quote("she saw a physician assistant at a Mesa urgent care clinic sign prescriptions for oxycodone for patients he had never examined",
              speaker="A former nurse", cue="testified"),
        quote("the defendant, Trevor Lasko, kept a stack of pre-signed prescription pads in a locked drawer and that she was told to “fill in the names” when certain patients called",
              speaker="Kayla Brennan, who worked at Desert Bloom Urgent Care from 2021 to 2023", cue="told"),
        quote("he wrote more than 9,000 prescriptions for opioids over two years and billed Medicare for office visits that never took place", speaker="Prosecutors", cue="say"),
        quote("What did you say to him?", speaker="Assistant U.S. Attorney Helena Cruz", cue=None),
        quote("I said, “Trevor, I’m not comfortable doing this.” And he said, “Then don’t. I’ll find someone who is.”",
              speaker=("Brennan", "Helena Cruz, Brennan described"), cue=None),
        quote("Did you report it to anyone?", speaker="Assistant U.S. Attorney Helena Cruz", cue=None),
        quote("Not then. I had two kids and a car payment. I’m not proud of that.", speaker=("Brennan", "Helena Cruz, Brennan described"), cue=None),
        quote("“Why did you stay another seven months?”", speaker="Lasko’s attorney, Daniel Whitaker", cue="asked"),
        quote("“I needed the job,”", speaker=("Brennan", "” Brennan replied"), cue="replied"),
        quote("she was testifying to avoid being charged herself", speaker=("Whitaker", "Whitaker suggested"), cue="suggested"),
        quote("she had been given immunity", speaker=("Brennan", "Brennan said she had been"), cue="said"),
        quote("it had not changed her testimony", speaker=("Brennan", "Brennan said she had been"), cue="insisted"),
        quote("he will testify", speaker="Lasko’s lawyers", cue="said"),
    ),
    # ------------------------------------------------------------------ q240 body camera footage (footage shows, can be heard shouting, is seen dragging, police said)
    article("q240", "crime", paragraphs(
        "Body camera footage released Friday by the Fort Wayne Police Department shows an officer pulling a driver from a burning pickup truck seconds before flames engulfed the cab on Interstate 69 last week.",
        "In the video, Officer Danielle Rucker can be heard shouting, “Give me your hand! Give me your hand!” as she breaks the driver’s-side window with a baton. Moments later she is seen dragging the man across the shoulder while another officer sprays the truck with an extinguisher.",
        "“I didn’t think about it. You see somebody in there, you go,” Rucker told reporters Friday. The driver, a 61-year-old man from Huntington, was treated for burns and smoke inhalation and released, police said.",
        "Police Chief Aaron Delgado said Rucker would receive the department’s medal of valor. State police said the crash remains under investigation.",
    ),
        quote("an officer pulling a driver from a burning pickup truck seconds before flames engulfed the cab on Interstate 69 last week",
              speaker="Body camera footage released Friday by the Fort Wayne Police Department", cue="shows", type="document"),
        quote("“Give me your hand! Give me your hand!”", speaker="Officer Danielle Rucker", cue="shouting"),
        quote("“I didn’t think about it. You see somebody in there, you go,”", speaker=("Rucker", "” Rucker told"), cue="told"),
        quote("The driver, a 61-year-old man from Huntington, was treated for burns and smoke inhalation and released", speaker=("police", "released, police said"), cue="said"),
        quote("Rucker would receive the department’s medal of valor", speaker="Police Chief Aaron Delgado", cue="said"),
        quote("the crash remains under investigation", speaker="State police", cue="said"),
    ),
    # ------------------------------------------------------------------ q241 an obituary, medium (a family quote over two paragraphs, as she told, a nested quote, a split paraphrase, a nickname)
    article("q241", "obituary", paragraphs(
        "Theodora “Teddy” Lund, who ran the lunch counter at Brekke’s Drug Store in Ashland, Wis., for 38 years and fed generations of high school students on credit she rarely collected, died Nov. 30 at a nursing home in Ashland. She was 93.",
        "Her son, Carl Lund, said the cause was heart failure.",
        "Mrs. Lund took over the counter in 1961, a year after her husband, Arne, came home from the paper mill with a crushed hand and could no longer work. She was 28, had three children under 6 and, as she told the Ashland Daily Press in 1999, “had never cooked for more than five people in my life.”",
        "Her daughter, Ingrid Lund-Harris, said her mother learned the job by doing it. “The first week she burned every grilled cheese she made. The second week she burned half of them,” she said. “By the end of the month the mill guys were lining up out the door.”",
        "Students from Ashland High School, two blocks away, ate there for decades. Mrs. Lund kept a spiral notebook of what each of them owed. Every June, her son said, she tore out the pages of the seniors who were graduating.",
        "“She said nobody should start their life owing money for French fries,” Mr. Lund said. “I asked her once how much she’d given away over the years. She said, ‘Carl, I stopped counting in 1970, and so should you.’",
        "“The last time I visited her, she didn’t know what year it was. But she knew the price of a grilled cheese in 1975. Forty cents. She made me say it back to her.”",
        "Her granddaughter, Sofia Lund-Harris, 24, said she visited her grandmother the week before she died and was about to leave when Mrs. Lund caught her sleeve. She recalled her grandmother saying, “Don’t go. Not yet. Tell me about this boy of yours.”",
        "“I’d been dating him for a month. I don’t know how she knew,” Ms. Lund-Harris said, laughing. “She always knew.”",
        "In addition to her son, daughter and granddaughter, Mrs. Lund is survived by two other grandchildren and four great-grandchildren. Her husband died in 1988. Brekke’s closed its lunch counter in 1999, the year she retired; the stools, her family said, are in her son’s basement.",
    ),
        quote("the cause was heart failure", speaker="Her son, Carl Lund", cue="said"),
        quote("“had never cooked for more than five people in my life.”", speaker=("she", "as she told"), cue="told"),
        quote("her mother learned the job by doing it", speaker="Her daughter, Ingrid Lund-Harris", cue="said"),
        quote("“The first week she burned every grilled cheese she made. The second week she burned half of them,”", speaker=("she", "” she said. “By the end"), cue="said"),
        quote("“By the end of the month the mill guys were lining up out the door.”", speaker=("she", "” she said. “By the end"), cue="said"),
        quote("Every June", "she tore out the pages of the seniors who were graduating", speaker=("her son", "her son said"), cue="said"),
        quote("“She said nobody should start their life owing money for French fries,”", speaker=("Mr. Lund", "” Mr. Lund said"), cue="said"),
        quote("“I asked her once how much she’d given away over the years. She said, ‘Carl, I stopped counting in 1970, and so should you.’",
              speaker=("Mr. Lund", "” Mr. Lund said"), cue="said"),
        quote("“The last time I visited her, she didn’t know what year it was. But she knew the price of a grilled cheese in 1975. Forty cents. She made me say it back to her.”",
              speaker=("Mr. Lund", "” Mr. Lund said"), cue=None),
        quote("she visited her grandmother the week before she died and was about to leave when Mrs. Lund caught her sleeve",
              speaker="Her granddaughter, Sofia Lund-Harris, 24", cue="said"),
        quote("her grandmother saying, “Don’t go. Not yet. Tell me about this boy of yours.”", speaker=("She", "She recalled"), cue="recalled"),
        quote("“I’d been dating him for a month. I don’t know how she knew,”", speaker=("Ms. Lund-Harris", "” Ms. Lund-Harris said"), cue="said"),
        quote("“She always knew.”", speaker=("Ms. Lund-Harris", "” Ms. Lund-Harris said"), cue="said"),
        quote("the stools", "are in her son’s basement", speaker="her family", cue="said"),
    ),
    # ------------------------------------------------------------------ q242 Scottish ferry story in single marks (has said, a ship's name, told BBC Scotland, an MSP)
    article("q242", "local", paragraphs(
        "Ferry passengers on the Oban to Craignure route face a further six weeks of disruption after the vessel serving the crossing was found to need more repairs, Western Isles Ferries has said.",
        "The operator said corrosion had been discovered in the MV Loch Seil’s steering gear during an inspection at a Greenock shipyard and that a replacement part had to be made from scratch. ‘We understand how frustrating this is for islanders, and we are sorry,’ a spokeswoman said.",
        "Mull and Iona Community Trust chairman Hector MacPhail told BBC Scotland the island had been without a reliable ferry for most of the year. ‘Businesses here have had their worst season since Covid,’ he said. ‘People are not asking for a new ferry. They are asking for the one they’ve got to turn up.’",
        "Argyll and Bute MSP Fiona Galbraith said she had written to the transport secretary asking for ‘an urgent explanation’ of why no replacement vessel had been found.",
    ),
        quote("Ferry passengers on the Oban to Craignure route face a further six weeks of disruption after the vessel serving the crossing was found to need more repairs",
              speaker="Western Isles Ferries", cue="said"),
        quote("corrosion had been discovered in the MV Loch Seil’s steering gear during an inspection at a Greenock shipyard and that a replacement part had to be made from scratch",
              speaker="The operator", cue="said"),
        quote("‘We understand how frustrating this is for islanders, and we are sorry,’", speaker="a spokeswoman", cue="said"),
        quote("the island had been without a reliable ferry for most of the year", speaker="Mull and Iona Community Trust chairman Hector MacPhail", cue="told"),
        quote("‘Businesses here have had their worst season since Covid,’", speaker=("he", "’ he said"), cue="said"),
        quote("‘People are not asking for a new ferry. They are asking for the one they’ve got to turn up.’", speaker=("he", "’ he said"), cue="said"),
        quote("she had written to the transport secretary asking for ‘an urgent explanation’ of why no replacement vessel had been found",
              speaker="Argyll and Bute MSP Fiona Galbraith", cue="said"),
    ),
    # ------------------------------------------------------------------ q243 lights switch-on, one speaker among things that are not quotes (a caption, so-called, a band, songs, a film, a slogan, you might say, declined to comment, READ MORE)
    article("q243", "local", paragraphs(
        "Photo: Crowds on Market Street at last year’s switch-on. (Courier file photo)",
        "Tickets for Kettleby’s so-called “big switch-on” sold out in 40 minutes on Monday. This year’s headliner is the tribute act Wham Again!, whose set will end with “Last Christmas” and, if the crowd insists, “Wake Me Up Before You Go-Go,” followed by an outdoor screening of “Elf.” The town council has adopted the slogan “Light Up Kettleby” for the night.",
        "Council events manager Priya Lal said extra stewards would be on duty near the stage after last year’s crush. “We want people to have a brilliant night and get home safely,” she said. You might say the council has learned its lesson. North Yorkshire Police declined to comment on its plans for the evening.",
        "READ MORE: Kettleby Christmas market to return with 60 stalls",
    ),
        quote("extra stewards would be on duty near the stage after last year’s crush", speaker="Council events manager Priya Lal", cue="said"),
        quote("“We want people to have a brilliant night and get home safely,”", speaker=("she", "” she said"), cue="said"),
    ),
    # ------------------------------------------------------------------ q244 a prison bill (pledge, believe, sees … as, estimates, oppose, support, fear, dismissed … as, saying)
    article("q244", "politics", paragraphs(
        "Gov. Maria Castellanos’ pledge to cut the state’s prison population by a fifth before she leaves office faces a skeptical Legislature, where Republican leaders believe her plan would release people who pose a danger to the public.",
        "Castellanos sees the proposal as a way to shrink one of the nation’s most crowded prison systems. Her budget office estimates it would save about $90 million a year. District attorneys in the state’s three largest counties oppose the plan. Some crime victims’ groups support the idea but fear it will be rushed.",
        "“Nobody is talking about opening the gates,” Castellanos told reporters Tuesday. “We are talking about people who are 70 years old and in wheelchairs.” Senate Minority Leader Doug Pruett dismissed that as “a talking point,” saying the bill’s eligibility rules were far broader.",
        "A spokesman for the state’s victims’ rights office said it had not taken a position.",
    ),
        quote("to cut the state’s prison population by a fifth before she leaves office", speaker="Gov. Maria Castellanos’", cue="pledge", type="noun"),
        quote("her plan would release people who pose a danger to the public", speaker="Republican leaders", cue="believe", type="thought"),
        quote("the proposal as a way to shrink one of the nation’s most crowded prison systems", speaker=("Castellanos", "Castellanos sees"), cue="sees",
              type="perception_stance"),
        quote("it would save about $90 million a year", speaker="Her budget office", cue="estimates", type="thought"),
        quote(("the plan", "oppose the plan"), speaker="District attorneys in the state’s three largest counties", cue="oppose", type="perception_stance"),
        quote("the idea", speaker="Some crime victims’ groups", cue="support", type="perception_stance"),
        quote("it will be rushed", speaker="Some crime victims’ groups", cue="fear", type="thought"),
        quote("“Nobody is talking about opening the gates,”", speaker=("Castellanos", "” Castellanos told"), cue="told"),
        quote("“We are talking about people who are 70 years old and in wheelchairs.”", speaker=("Castellanos", "” Castellanos told"), cue="told"),
        quote("“a talking point,”", speaker="Senate Minority Leader Doug Pruett", cue="dismissed"),
        quote("the bill’s eligibility rules were far broader", speaker="Senate Minority Leader Doug Pruett", cue="saying"),
        quote("it had not taken a position", speaker="A spokesman for the state’s victims’ rights office", cue="said"),
    ),
    # ------------------------------------------------------------------ q245 AP world story, an earthquake (authorities said, according to the USGS, told The Associated Press, on condition of anonymity)
    article("q245", "world", paragraphs(
        "AREQUIPA, Peru (AP) — A magnitude 6.4 earthquake shook southern Peru early Saturday, killing at least four people and cracking the facades of several colonial-era churches in Arequipa, authorities said.",
        "The quake struck at 4:12 a.m. about 60 kilometers (37 miles) north of the city at a depth of 110 kilometers, according to the U.S. Geological Survey. Peru’s National Civil Defense Institute said three of the dead were in the town of Chivay, where an adobe house collapsed on a family.",
        "“Everything was moving, the walls, the bed, the floor,” Rosa Quispe, 58, told The Associated Press by phone from Chivay. “We ran out in our nightclothes and we are still outside. Nobody wants to go back in.”",
        "An official with the Culture Ministry, who spoke on condition of anonymity because he was not authorized to speak to the press, said engineers would inspect the city’s cathedral on Monday.",
    ),
        quote("A magnitude 6.4 earthquake shook southern Peru early Saturday, killing at least four people and cracking the facades of several colonial-era churches in Arequipa",
              speaker="authorities", cue="said"),
        quote("The quake struck at 4:12 a.m. about 60 kilometers (37 miles) north of the city at a depth of 110 kilometers", speaker="the U.S. Geological Survey",
              cue="according to"),
        quote("three of the dead were in the town of Chivay, where an adobe house collapsed on a family", speaker="Peru’s National Civil Defense Institute", cue="said"),
        quote("“Everything was moving, the walls, the bed, the floor,”", speaker="Rosa Quispe, 58", cue="told"),
        quote("“We ran out in our nightclothes and we are still outside. Nobody wants to go back in.”", speaker="Rosa Quispe, 58", cue="told"),
        quote("engineers would inspect the city’s cathedral on Monday",
              speaker="An official with the Culture Ministry, who spoke on condition of anonymity because he was not authorized to speak to the press", cue="said"),
    ),
    # ------------------------------------------------------------------ q246 retail earnings (saying, expects, had expected, on a call with analysts, called it “…” but said)
    article("q246", "business", paragraphs(
        "Shares of Tallpine Outfitters fell 11% in extended trading Thursday after the outdoor-gear retailer cut its full-year forecast, saying shoppers were pulling back on big-ticket items such as kayaks, tents and e-bikes.",
        "The Denver-based company now expects annual sales of $3.1 billion to $3.2 billion, down from $3.4 billion previously. Analysts polled by LSEG had expected $3.35 billion.",
        "“The customer hasn’t gone anywhere. She’s just buying the $40 headlamp instead of the $400 tent,” Chief Executive Corinne Abara said on a call with analysts. She said the company would open eight stores next year instead of the 15 it had planned.",
        "Keystone Research analyst Priya Venkataraman called the outlook “sobering” but said Tallpine was in better shape than rivals with more debt.",
    ),
        quote("shoppers were pulling back on big-ticket items such as kayaks, tents and e-bikes", speaker="the outdoor-gear retailer", cue="saying"),
        quote("annual sales of $3.1 billion to $3.2 billion", speaker="The Denver-based company", cue="expects", type="thought"),
        quote("$3.35 billion", speaker="Analysts polled by LSEG", cue="expected", type="thought"),
        quote("“The customer hasn’t gone anywhere. She’s just buying the $40 headlamp instead of the $400 tent,”", speaker="Chief Executive Corinne Abara", cue="said"),
        quote("the company would open eight stores next year instead of the 15 it had planned", speaker=("She", "She said the company"), cue="said"),
        quote("“sobering”", speaker="Keystone Research analyst Priya Venkataraman", cue="called"),
        quote("Tallpine was in better shape than rivals with more debt", speaker="Keystone Research analyst Priya Venkataraman", cue="said"),
    ),
    # ------------------------------------------------------------------ q247 a hockey injury (the team said, told reporters, a post on Instagram)
    article("q247", "sports", paragraphs(
        "Minnesota Wild defenseman Niklas Brandt will miss six to eight weeks with a fractured left foot, the team said Monday.",
        "Brandt blocked a slap shot in the second period of Saturday’s 4-3 overtime win over Vegas and played the rest of the game. “He logged 11 more minutes on a broken foot. That tells you everything about him,” coach Mike Sorensen told reporters after practice.",
        "Brandt posted on Instagram on Monday night: “Not the news I wanted. Be back before you know it.” He is the third Wild defenseman to be placed on injured reserve since Thanksgiving.",
    ),
        quote("Minnesota Wild defenseman Niklas Brandt will miss six to eight weeks with a fractured left foot", speaker="the team", cue="said"),
        quote("“He logged 11 more minutes on a broken foot. That tells you everything about him,”", speaker="coach Mike Sorensen", cue="told"),
        quote("“Not the news I wanted. Be back before you know it.”", speaker=("Brandt", "Brandt posted"), cue="posted"),
    ),
    # ------------------------------------------------------------------ q248 a measles advisory (are urging, said in a news release, the release listed, according to state data, experts say)
    article("q248", "health", paragraphs(
        "State health officials are urging parents to check their children’s vaccination records after confirming four cases of measles in Yakima County, the first there since 2019.",
        "All four patients are unvaccinated children between the ages of 2 and 9, the Washington State Department of Health said in a news release Wednesday. The release listed a pediatric clinic, a grocery store and a church in Sunnyside where people may have been exposed between Nov. 28 and Dec. 3.",
        "“Measles is one of the most contagious diseases we know of. If you’re not protected and you’re in a room with someone who has it, you have about a 90% chance of catching it,” said Dr. Elena Varga, the county’s health officer. She said anyone who develops a fever and rash should call ahead before going to a doctor’s office or emergency room.",
        "Kindergarten vaccination rates in the county have fallen to 86%, according to state data. Public health experts say at least 95% is needed to prevent outbreaks.",
    ),
        quote("parents to check their children’s vaccination records", speaker="State health officials", cue="urging"),
        quote("All four patients are unvaccinated children between the ages of 2 and 9", speaker="the Washington State Department of Health", cue="said"),
        quote("“Measles is one of the most contagious diseases we know of. If you’re not protected and you’re in a room with someone who has it, you have about a 90% chance of catching it,”",
              speaker="Dr. Elena Varga, the county’s health officer", cue="said"),
        quote("anyone who develops a fever and rash should call ahead before going to a doctor’s office or emergency room", speaker=("She", "She said anyone"), cue="said"),
        quote("Kindergarten vaccination rates in the county have fallen to 86%", speaker="state data", cue="according to", type="document"),
        quote("at least 95% is needed to prevent outbreaks", speaker="Public health experts", cue="say"),
    ),
    # ------------------------------------------------------------------ q249 an injunction (ruling, wrote in an order, calling the ruling “…”, said in an email)
    article("q249", "courts", paragraphs(
        "A federal judge in Austin on Tuesday blocked a Texas law that would have required app stores to verify the ages of all users, ruling that it likely violates the First Amendment.",
        "“The state may protect children. It may not do so by building a checkpoint in front of the largest library in human history,” U.S. District Judge Miriam Okonjo wrote in a 41-page order.",
        "The injunction will stay in place while the lawsuit, brought by two trade groups representing app developers, proceeds. Attorney General’s Office spokesman Luis Carranza said the state would appeal to the 5th U.S. Circuit Court of Appeals, calling the ruling “an invitation to predators.”",
        "A lawyer for the trade groups, Whitney Ahn, said in an email that the ruling was “a win for every parent who would rather make these decisions themselves.”",
    ),
        quote("it likely violates the First Amendment", speaker="A federal judge in Austin", cue="ruling"),
        quote("“The state may protect children. It may not do so by building a checkpoint in front of the largest library in human history,”",
              speaker="U.S. District Judge Miriam Okonjo", cue="wrote"),
        quote("the state would appeal to the 5th U.S. Circuit Court of Appeals", speaker="Attorney General’s Office spokesman Luis Carranza", cue="said"),
        quote("“an invitation to predators.”", speaker="Attorney General’s Office spokesman Luis Carranza", cue="calling"),
        quote("the ruling was “a win for every parent who would rather make these decisions themselves.”", speaker="A lawyer for the trade groups, Whitney Ahn", cue="said"),
    ),
]
