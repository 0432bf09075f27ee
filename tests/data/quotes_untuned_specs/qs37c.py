"""Batch qs37c of the never-tuned quote set (tests/data/quotes_untuned.jsonl), as written.

25 newsroom articles, q262 to q286 (16 short ones of 1-4 paragraphs, 9 medium ones of 7-10
paragraphs with three or more speakers), in registers the earlier batches have little of:
a Gulf English daily in straight quotation marks ("said in a statement carried by the
Emirates News Agency (WAM)", "According to the Council"), a South African news site (a colon
headline, "told News24", a chant, an MMC's statement, "READ MORE |"), a Philippine daily ("said
in a radio interview", "told the Inquirer", "opposed the move"), a US alt-weekly arts
preview in the critic's own voice (album and song titles, a nickname, "so-called", a
T-shirt slogan), a local TV crime brief in straight marks with a police PIO and "according
to police" at the end, an agriculture trade paper (a USDA report that "estimated" and
"projected", Grain Stocks estimates, futures prices, an analyst, a farmer, a merchandiser,
"Some analysts expect"), a science magazine explainer quoting two researchers by first
name after the first mention ("Maja says", "Dev says", "which Dev calls “…”"), the
group's paper as a document and a closed quote paragraph with no tag, a climbing
accident ("according to the coroner's office", "told the Daily Camera", "urged climbers
to …"), a university student newspaper's student senate meeting ("according to ASTSU
Treasurer …, a senior studying accounting", the resolution as a document, a council that
"opposes the increase", a correction line), a no-heat tenant story (tenants speaking through an interpreter, the landlord's
lawyer, city records, an alderman, "want the city to …"), a personal-finance column
quoting a reader's letter, a transit board meeting (a caption, "According to a staff
analysis", "The analysis found", a rider, board members, the union, a county executive who
"backs the plan"), an aviation incident (the NTSB's preliminary report as a document,
"Investigators found", an airline statement, a passenger, the FAA, a former investigator
who "expects the FAA to …"), a city council public comment on plate-reader cameras
(residents with long appositions, "Ellingboe’s assurance that …", a pronoun tag after a
second person), a Lagos fashion week show, a chess tournament (a handle, a stream, "posted on X
that"), a city council recount with the clerk, a zoo birth (a nickname, "citing the
IUCN"), a tech privacy inquiry (a company blog post as a document, its author who "wrote
in the post", "the company’s claim that …", a regulator who "told RTÉ’s Morning Ireland", an advocacy group), a pastor's
sermon quoted over two paragraphs, a New Zealand boil-water notice ("told RNZ", "Mr"),
a mill strike's end, a coach's resignation (the district's statement, a mother's Facebook
post), a lake-effect snow forecast and a museum's repatriation of masks (a letter, "according
to correspondence reviewed by the Register"). Annotated by hand before quoteaudit was run
on them. Build and check with ``python -m tests.build_untuned_quotes`` (see
tests/build_untuned_quotes.py for how fragments and speakers are located). Never edited to
fit the code's output.

Conventions, as in qs35, qs35L, qs35b, qs35c, qs36a, qs36b, qs37a and qs37b: a direct
quote's content keeps its marks; an indirect one is the reported clause without "that" and
without the tag; "“A,” she said, “B.”" is one quote of two fragments (and so is "A, he
said, B" in indirect speech); "“A,” she said. “B.”" two quotes with the same speaker
mention (cue the tag's verb, as the tag is in the paragraph); a quote paragraph with no
tag (a paragraph of a multi-paragraph quote, or a closed quote paragraph right after the
speaker's quotes) has cue None and the speaker mention of the nearest previous tag of that
speaker; "accused X of Y" has the content "X of Y"; "expect X to Y", "urged X to Y" and
"asked X to Y" the content "X to Y"; a belief, a report, a "which he called" or a "which
he said" inside someone's reported clause (or inside an "according to") is part of that
quote and not a quote of its own; a quote nested in a direct quote is part of it; "“…,”
the statement said" is the statement's (a document) even when the statement was
someone's; a note, a post, a resolution, a paper, a report, records or estimates as the
subject of the cue (or of "according to") are a document, while a person, a company, a
group or an agency that says, writes or states something "in a statement", "in an email",
"in a blog post" or "in a letter" is speech, and so are "the researchers found", "her
group found" and "Investigators found" (people); "found", "shows" and "show" in a study,
a report or records are a document's; "called X “Y”", "which Dev calls “Y”" and "X calls
the album “Y”" have the quoted words as their content; a speaker first named with an
apposition or a relative clause is marked with all of it; a later tag by surname, role,
age, first name or pronoun is marked as that mention; a stance verb ("opposed",
"opposes", "backs") has its object as the content; a thought verb ("expect", "expects",
"worried", "want") is a thought; a noun carrier ("the company’s claim that …",
"Ellingboe’s assurance that …") has the possessor as the speaker; speech through an
interpreter is the speaker's. Not quotes: "declined to comment", "declined to say", "did
not respond", "could not be reached", "won't say", a question put to someone ("Asked
whether …"), a mood with no content ("Residents are not convinced", "Buyers were
enthusiastic", "Maja is skeptical", "Tenants dispute that"), a report with only a noun
object ("raised its estimate", "raised its corn export forecast", "confirmed the request",
"announced the change", "filed a complaint", "first asked for them", "reported revenue of
…"), a passive with no holder ("is expected in 12 to 18 months", "are thought to remain"
outside a tag), a chant, signs, slogans on
T-shirts and buttons, nicknames and online handles, album, song, collection and blog-post
titles, a term used as a word ("from the Greek for “earth smell.”", "what the trade calls a
“muddy” taste"), scare quotes and "so-called", colon headlines, captions ("Photo: …",
"PHOTO: …"), "READ MORE |" lines, a correction line, the columnist's and the critic's own
voice ("Short answer: probably your brother", "as anything I’ve heard this year").

New here, in the same spirit: "said in a statement carried by the Emirates News Agency
(WAM)" is the official's speech, the news agency only its carrier and no source (as
footage is the medium of the speech it shows); "according to the Council" after the
Council was named is the Council's (speech), as "according to" an agency; a reader's
letter quoted in a personal-finance column ("A reader in Spokane writes: “…”") is the
reader's (speech, cue "writes"), and the reports inside it ("My brother says …") are part
of it; "She suggested spreading X" has the gerund phrase as its content, like "urged X to
Y"; "the NTSB said in a preliminary report" is the agency's speech, while "According to the
report" and "the report said" are the document's; a report that "estimated that …" or
"projected that …" is a document with its clause as content; "X, the zoo said, citing the
International Union for Conservation of Nature" is one quote of the zoo's, "citing" naming
its source and no quote of its own; "posted on X that …" and "wrote on Facebook that …"
are their posters' speech; "said X, though she worried that Y" is two quotes of hers, a
speech and a thought, as the "worried" clause is coordinated with the tag's clause and not
inside it; a bare plural after a mood sentence ("Tenants dispute that. Several said …") is
marked as it stands ("Several").
"""

from tests.build_untuned_quotes import article, paragraphs, quote

BATCH = "qs37c"
WRITTEN = "2026-12-06, before the code was run on it"

ARTICLES = [
    # ------------------------------------------------------------------ q262 Gulf English daily, straight marks (a statement carried by WAM, He added, According to the Council, a strategy's title)
    article("q262", "world", paragraphs(
        "ABU DHABI — The UAE will open its first commercial-scale seawater desalination plant powered entirely by solar energy in Umm Al Quwain by the end of 2027, the Federal Water Security Council announced on Tuesday.",
        "The plant will produce 150 million imperial gallons of drinking water a day, enough for about 400,000 homes, Eng. Hamad Saif Al Ketbi, Director-General of the Council, said in a statement carried by the Emirates News Agency (WAM).",
        "\"This project reflects the wise leadership's vision of securing water for future generations while reducing the carbon footprint of one of our most energy-intensive sectors,\" Al Ketbi said. He added that the plant would use a new generation of membranes that consume about 30 per cent less power than those installed a decade ago.",
        "According to the Council, the UAE currently meets more than 40 per cent of its drinking water needs through desalination. The project forms part of the \"Water Security Strategy 2036\", which aims to reduce total demand for water resources by 21 per cent.",
    ),
        quote("The UAE will open its first commercial-scale seawater desalination plant powered entirely by solar energy in Umm Al Quwain by the end of 2027",
              speaker="the Federal Water Security Council", cue="announced"),
        quote("The plant will produce 150 million imperial gallons of drinking water a day, enough for about 400,000 homes",
              speaker="Eng. Hamad Saif Al Ketbi, Director-General of the Council", cue="said"),
        quote("\"This project reflects the wise leadership's vision of securing water for future generations while reducing the carbon footprint of one of our most energy-intensive sectors,\"",
              speaker=("Al Ketbi", "\" Al Ketbi said"), cue="said"),
        quote("the plant would use a new generation of membranes that consume about 30 per cent less power than those installed a decade ago",
              speaker=("He", "He added"), cue="added"),
        quote("the UAE currently meets more than 40 per cent of its drinking water needs through desalination",
              speaker=("the Council", "According to the Council"), cue="According to"),
    ),
    # ------------------------------------------------------------------ q263 South African news site, medium (a colon headline, told News24, a chant, scare quotes, accused X of “…”, a report, a statement, a pronoun after a second person, READ MORE |)
    article("q263", "local", paragraphs(
        "Joburg water crisis: Melville enters day 11 without running water",
        "Residents of Melville and surrounding suburbs in Johannesburg have now gone 11 days without a reliable water supply, and Johannesburg Water says it cannot yet say when the taps will run again.",
        "The utility’s spokesperson, Tebogo Radebe-Maseko, told News24 on Monday that a burst 700mm bulk pipe on Main Road had been repaired over the weekend, but that air trapped in the system was preventing the Brixton reservoir from filling. “Our teams have been working around the clock. We are asking residents to bear with us for a few more days,” she said.",
        "Residents are not convinced. At a packed community meeting at the Melville Koppies hall on Sunday evening, several people held up empty 25-litre containers and chanted “Amanzi! Amanzi!” — water in isiZulu. It was the third such meeting since the City set up a “war room” at its Brixton depot.",
        "“We are paying rates every month for a service that does not exist,” said Refilwe Dlamini-Nkosi, 44, a teacher who has lived on Fourth Avenue for 16 years. “My mother is 79. I am carrying water up the stairs for her in buckets, like it is 1950.”",
        "Ward 87 councillor Pieter van Heerden, of the DA, accused the City of “managing a crisis by press release”. He said the ageing network in the western suburbs needed R1.2 billion in upgrades and that the City had spent less than a third of its water maintenance budget in the last financial year.",
        "According to the City’s own quarterly performance report, 38% of Johannesburg’s treated water is lost to leaks and theft before it reaches a tap.",
        "MMC for environment and infrastructure services Kabelo Mokoena said in a statement that water tankers had been sent to 14 points in the affected area, including two old-age homes and Melville Primary School. He did not respond to News24’s questions about the maintenance budget.",
        "Small businesses have been hit hard. Zanele Khumalo, who runs a hair salon on Seventh Street, said she had turned away more than 60 clients since the outage began. Her landlord, Yusuf Patel, lives upstairs and has been queuing at the tanker for both of them. “I can’t wash hair without water. It’s that simple,” she said.",
        "READ MORE | Joburg’s water woes: Why the taps keep running dry",
    ),
        quote("it cannot yet say when the taps will run again", speaker=("Johannesburg Water", "and Johannesburg Water says"), cue="says"),
        quote("a burst 700mm bulk pipe on Main Road had been repaired over the weekend, but that air trapped in the system was preventing the Brixton reservoir from filling",
              speaker="The utility’s spokesperson, Tebogo Radebe-Maseko", cue="told"),
        quote("“Our teams have been working around the clock. We are asking residents to bear with us for a few more days,”",
              speaker=("she", "days,” she said"), cue="said"),
        quote("“We are paying rates every month for a service that does not exist,”",
              speaker="Refilwe Dlamini-Nkosi, 44, a teacher who has lived on Fourth Avenue for 16 years", cue="said"),
        quote("“My mother is 79. I am carrying water up the stairs for her in buckets, like it is 1950.”",
              speaker="Refilwe Dlamini-Nkosi, 44, a teacher who has lived on Fourth Avenue for 16 years", cue="said"),
        quote("the City of “managing a crisis by press release”", speaker="Ward 87 councillor Pieter van Heerden, of the DA", cue="accused"),
        quote("the ageing network in the western suburbs needed R1.2 billion in upgrades and that the City had spent less than a third of its water maintenance budget in the last financial year",
              speaker=("He", "He said the ageing"), cue="said"),
        quote("38% of Johannesburg’s treated water is lost to leaks and theft before it reaches a tap",
              speaker="the City’s own quarterly performance report", cue="According to", type="document"),
        quote("water tankers had been sent to 14 points in the affected area, including two old-age homes and Melville Primary School",
              speaker="MMC for environment and infrastructure services Kabelo Mokoena", cue="said"),
        quote("she had turned away more than 60 clients since the outage began", speaker="Zanele Khumalo, who runs a hair salon on Seventh Street", cue="said"),
        quote("“I can’t wash hair without water. It’s that simple,”", speaker=("she", "simple,” she said"), cue="said"),
    ),
    # ------------------------------------------------------------------ q264 Philippine daily (said in a radio interview, adding that, opposed the move, told the Inquirer, according to the PSA)
    article("q264", "business", paragraphs(
        "MANILA, Philippines — The Department of Agriculture (DA) will import an additional 150,000 metric tons of rice before the lean months to keep retail prices from rising above P50 a kilo, Agriculture Undersecretary Ramon Villareal-Cruz said on Sunday.",
        "“We are not going to wait for prices to spike before we act. The supply will be here before the typhoons come,” Villareal-Cruz said in a radio interview, adding that the shipments would come mainly from Vietnam and Thailand.",
        "Farmers’ groups opposed the move. Central Luzon Rice Farmers Alliance chairman Lito Bacani-Santos said the imports would arrive just as farmers in Nueva Ecija and Tarlac begin harvesting, pushing palay farmgate prices down further. “Every time they import at harvest time, it is the farmer who pays,” he told the Inquirer.",
        "Palay prices in Central Luzon have fallen to as low as P16 a kilo, according to the Philippine Statistics Authority.",
    ),
        quote("The Department of Agriculture (DA) will import an additional 150,000 metric tons of rice before the lean months to keep retail prices from rising above P50 a kilo",
              speaker="Agriculture Undersecretary Ramon Villareal-Cruz", cue="said"),
        quote("“We are not going to wait for prices to spike before we act. The supply will be here before the typhoons come,”",
              speaker=("Villareal-Cruz", "” Villareal-Cruz said"), cue="said"),
        quote("the shipments would come mainly from Vietnam and Thailand", speaker=("Villareal-Cruz", "” Villareal-Cruz said"), cue="adding"),
        quote(("the move", "opposed the move"), speaker="Farmers’ groups", cue="opposed", type="perception_stance"),
        quote("the imports would arrive just as farmers in Nueva Ecija and Tarlac begin harvesting, pushing palay farmgate prices down further",
              speaker="Central Luzon Rice Farmers Alliance chairman Lito Bacani-Santos", cue="said"),
        quote("“Every time they import at harvest time, it is the farmer who pays,”", speaker=("he", "” he told"), cue="told"),
        quote("Palay prices in Central Luzon have fallen to as low as P16 a kilo", speaker="the Philippine Statistics Authority", cue="according to"),
    ),
    # ------------------------------------------------------------------ q265 US alt-weekly arts preview (the critic's voice, titles, a nickname, calls the album “…”, told me, won't say, so-called, a T-shirt slogan)
    article("q265", "arts", paragraphs(
        "Gravel & Gospel, the Denton four-piece that spent most of 2025 playing to 30 people in the back of a laundromat, finally has a record worth the hype. Its second album, Salt Lick Psalms, drops Friday, and the band plays a release show at the Rusty Latch the same night.",
        "Frontwoman Dolores “Dee” Vandermolen calls the album “a breakup record, except the person I’m breaking up with is Texas.” It isn’t, quite — the closer, “Caddo Lake, 4 A.M.,” is as tender a love letter to the state as anything I’ve heard this year.",
        "“We recorded it in nine days in a barn outside Krum with one microphone that worked,” Vandermolen told me over beers last week. “The other one caught fire. You can hear it on track six if you listen for it.”",
        "Drummer Nico Braddock says the band turned down an offer from a Nashville label last spring. He won’t say which one. Tickets are $15, and the so-called “laundromat years” merch — T-shirts reading “Spin Cycle Forever” — will be on sale at the door.",
    ),
        quote("“a breakup record, except the person I’m breaking up with is Texas.”", speaker="Frontwoman Dolores “Dee” Vandermolen", cue="calls"),
        quote("“We recorded it in nine days in a barn outside Krum with one microphone that worked,”", speaker=("Vandermolen", "” Vandermolen told me"), cue="told"),
        quote("“The other one caught fire. You can hear it on track six if you listen for it.”", speaker=("Vandermolen", "” Vandermolen told me"), cue="told"),
        quote("the band turned down an offer from a Nashville label last spring", speaker="Drummer Nico Braddock", cue="says"),
    ),
    # ------------------------------------------------------------------ q266 local TV crime brief, straight marks (a PHOTO: caption, police say, a PIO, according to police at the end)
    article("q266", "crime", paragraphs(
        "PHOTO: The ambulance after the chase ended near Gilbert Road and Baseline. (Courtesy: Gilbert Police Department)",
        "MESA, Ariz. (KTVM) - A 19-year-old man was arrested early Saturday after police say he led officers on a chase through two cities in a stolen ambulance.",
        "Mesa Police PIO Sgt. Brianna Holcomb says the ambulance was taken from outside Valley Springs Medical Center around 2:15 a.m. while the crew was inside with a patient. Officers spotted it on the US 60 about 20 minutes later.",
        "\"He had the lights and sirens going the whole time, so people were pulling over for him, which is exactly what they're supposed to do,\" Holcomb said. \"It just made him a little harder to catch.\" The chase ended in Gilbert when the suspect, identified as Tanner Wilcox of Apache Junction, hit a curb and tried to run, according to police. Wilcox faces charges including theft of a means of transportation and unlawful flight. No one was hurt.",
    ),
        quote("he led officers on a chase through two cities in a stolen ambulance", speaker=("police", "police say he led"), cue="say"),
        quote("the ambulance was taken from outside Valley Springs Medical Center around 2:15 a.m. while the crew was inside with a patient",
              speaker="Mesa Police PIO Sgt. Brianna Holcomb", cue="says"),
        quote("\"He had the lights and sirens going the whole time, so people were pulling over for him, which is exactly what they're supposed to do,\"",
              speaker=("Holcomb", "\" Holcomb said"), cue="said"),
        quote("\"It just made him a little harder to catch.\"", speaker=("Holcomb", "\" Holcomb said"), cue="said"),
        quote("The chase ended in Gilbert when the suspect, identified as Tanner Wilcox of Apache Junction, hit a curb and tried to run",
              speaker=("police", "according to police"), cue="according to"),
    ),
    # ------------------------------------------------------------------ q267 agriculture trade paper, medium (a WASDE report that estimated and projected, futures, an analyst, a farmer, a split paraphrase, Grain Stocks estimates, told reporters, Some analysts expect)
    article("q267", "business", paragraphs(
        "Corn futures fell to a four-year low Tuesday after the USDA raised its estimate of the U.S. crop for the second month in a row, leaving analysts scrambling to trim price forecasts heading into the winter marketing season.",
        "The USDA’s monthly World Agricultural Supply and Demand Estimates (WASDE) report, released at noon Eastern, estimated that U.S. farmers harvested 16.2 billion bushels of corn this fall, up 140 million from November’s figure, on an average yield of 186.4 bushels per acre. It projected that ending stocks for the 2026-27 marketing year would reach 2.41 billion bushels. That would be the most since 1988.",
        "March corn on the Chicago Board of Trade settled down 9 3/4 cents at $3.71 1/2 a bushel, its lowest close for a nearby contract since October 2022. January soybeans slipped 4 cents to $9.88.",
        "“The trade was braced for a bigger crop, just not this much bigger,” said Arlene Vosburgh, senior market analyst at Northstar Grain Advisory in Sioux Falls, S.D. “When you add 140 million bushels in December, you’re telling the market the combines found corn nobody knew was out there.”",
        "Vosburgh said she now expects December 2027 corn futures to trade between $3.90 and $4.20 through planting, down from a range of $4.10 to $4.50 she gave clients in November.",
        "For growers, the numbers land on top of input costs that have barely moved. Darrell Kuipers, who farms 2,400 acres of corn and soybeans near Pella, Iowa, said his breakeven this year was about $4.35 a bushel on cash-rent ground. “I’ve got corn in the bin I can’t sell for what it cost me to grow it,” he said. “So it stays in the bin, and I pay interest on the operating note while I wait.”",
        "Kuipers is not alone. On-farm storage in Iowa was 94% full as of Sept. 1, according to the USDA’s quarterly Grain Stocks estimates, and elevators across the western Corn Belt have widened basis bids to discourage deliveries.",
        "Tom Gessner, a grain merchandiser with Boone Valley Cooperative in Fort Dodge, said some elevators in his area were paying 55 cents under futures, the widest basis in five years. Export demand has been the one bright spot, he said, with Mexico and Japan buying at a record pace.",
        "USDA raised its corn export forecast by 75 million bushels to 3.1 billion, which would be a record. The department’s chief economist, Dr. Helen Strandquist, told reporters on a call that the higher yield estimate reflected “exceptionally good pollination weather in July” across Illinois and Indiana.",
        "The next WASDE report is due Jan. 12, alongside the USDA’s annual Crop Production summary. Some analysts expect a further increase in yield.",
    ),
        quote("U.S. farmers harvested 16.2 billion bushels of corn this fall, up 140 million from November’s figure, on an average yield of 186.4 bushels per acre",
              speaker="The USDA’s monthly World Agricultural Supply and Demand Estimates (WASDE) report, released at noon Eastern", cue="estimated", type="document"),
        quote("ending stocks for the 2026-27 marketing year would reach 2.41 billion bushels", speaker=("It", "It projected"), cue="projected", type="document"),
        quote("“The trade was braced for a bigger crop, just not this much bigger,”",
              speaker="Arlene Vosburgh, senior market analyst at Northstar Grain Advisory in Sioux Falls, S.D.", cue="said"),
        quote("“When you add 140 million bushels in December, you’re telling the market the combines found corn nobody knew was out there.”",
              speaker="Arlene Vosburgh, senior market analyst at Northstar Grain Advisory in Sioux Falls, S.D.", cue="said"),
        quote("she now expects December 2027 corn futures to trade between $3.90 and $4.20 through planting, down from a range of $4.10 to $4.50 she gave clients in November",
              speaker=("Vosburgh", "Vosburgh said she now"), cue="said"),
        quote("his breakeven this year was about $4.35 a bushel on cash-rent ground",
              speaker="Darrell Kuipers, who farms 2,400 acres of corn and soybeans near Pella, Iowa", cue="said"),
        quote("“I’ve got corn in the bin I can’t sell for what it cost me to grow it,”", speaker=("he", "” he said. “So it"), cue="said"),
        quote("“So it stays in the bin, and I pay interest on the operating note while I wait.”", speaker=("he", "” he said. “So it"), cue="said"),
        quote("On-farm storage in Iowa was 94% full as of Sept. 1", speaker="the USDA’s quarterly Grain Stocks estimates", cue="according to", type="document"),
        quote("some elevators in his area were paying 55 cents under futures, the widest basis in five years",
              speaker="Tom Gessner, a grain merchandiser with Boone Valley Cooperative in Fort Dodge", cue="said"),
        quote("Export demand has been the one bright spot", "with Mexico and Japan buying at a record pace", speaker=("he", "spot, he said"), cue="said"),
        quote("the higher yield estimate reflected “exceptionally good pollination weather in July” across Illinois and Indiana",
              speaker="The department’s chief economist, Dr. Helen Strandquist", cue="told"),
        quote("a further increase in yield", speaker="Some analysts", cue="expect", type="thought"),
    ),
    # ------------------------------------------------------------------ q268 science magazine explainer, medium (first names after the first mention, a split paraphrase, her group found, which Dev calls “…”, the paper concluded, a closed quote paragraph with no tag)
    article("q268", "science", paragraphs(
        "Anyone who has stepped outside after the first rain in weeks knows the smell: earthy, sweet, a little like a freshly dug garden. Scientists have spent more than half a century working out where it comes from, and the answer involves bacteria, tiny soil animals and a human nose that is, in this one respect, astonishingly sharp.",
        "The smell has a name — petrichor, coined by two Australian chemists in 1964 — but the molecule mostly responsible for it is geosmin, from the Greek for “earth smell.” It is made by soil bacteria called Streptomyces, says Maja Ekdahl, a microbiologist at Lund University who has studied them for 15 years.",
        "“For a long time people assumed geosmin was just waste, something the bacteria made by accident,” Maja says. “That never made sense to me. Making it costs energy, and bacteria don’t waste energy.”",
        "In a 2020 study, her group found that geosmin attracts springtails, tiny six-legged animals that eat the bacteria and carry their spores away on their bodies. The smell, in other words, is an advertisement.",
        "That explains the bacteria’s side of the story. It doesn’t explain why humans are so sensitive to the smell, says Dev Raghunathan, who studies olfaction at the Monell Chemical Senses Center in Philadelphia. Our noses can pick up geosmin, he says, at concentrations of a few parts per trillion.",
        "“We are absurdly good at it. We’re better at smelling geosmin than we are at smelling most of the things that could actually kill us,” Dev says.",
        "Why that should be is still an open question. One idea, which Dev calls “the thirsty ancestor hypothesis,” is that the smell once helped our ancestors find water. Maja is skeptical. “It’s a lovely story,” she says, “but I haven’t seen anyone test it in a way I’d believe.”",
        "There is one place where people are not fond of geosmin: the glass. Winemakers and water utilities spend real money removing it, because even trace amounts give a drink what the trade calls a “muddy” taste. Beets, it turns out, make their own geosmin.",
        "The group’s 2020 paper concluded that the partnership between the bacteria and the springtails was “at least 400 million years old.” Dev, who was not involved in that work, says the figure is plausible but hard to pin down.",
        "“Springtails are ancient. Streptomyces is ancient. Whether they’ve been talking to each other that whole time, I honestly couldn’t tell you.”",
    ),
        quote("It is made by soil bacteria called Streptomyces",
              speaker="Maja Ekdahl, a microbiologist at Lund University who has studied them for 15 years", cue="says"),
        quote("“For a long time people assumed geosmin was just waste, something the bacteria made by accident,”", speaker=("Maja", "” Maja says"), cue="says"),
        quote("“That never made sense to me. Making it costs energy, and bacteria don’t waste energy.”", speaker=("Maja", "” Maja says"), cue="says"),
        quote("geosmin attracts springtails, tiny six-legged animals that eat the bacteria and carry their spores away on their bodies",
              speaker="her group", cue="found"),
        quote("It doesn’t explain why humans are so sensitive to the smell",
              speaker="Dev Raghunathan, who studies olfaction at the Monell Chemical Senses Center in Philadelphia", cue="says"),
        quote("Our noses can pick up geosmin", "at concentrations of a few parts per trillion", speaker=("he", "geosmin, he says"), cue="says"),
        quote("“We are absurdly good at it. We’re better at smelling geosmin than we are at smelling most of the things that could actually kill us,”",
              speaker=("Dev", "” Dev says"), cue="says"),
        quote("“the thirsty ancestor hypothesis,”", speaker=("Dev", "which Dev calls"), cue="calls"),
        quote("“It’s a lovely story,”", "“but I haven’t seen anyone test it in a way I’d believe.”", speaker=("she", "” she says, “but"), cue="says"),
        quote("the partnership between the bacteria and the springtails was “at least 400 million years old.”",
              speaker="The group’s 2020 paper", cue="concluded", type="document"),
        quote("the figure is plausible but hard to pin down", speaker="Dev, who was not involved in that work", cue="says"),
        quote("“Springtails are ancient. Streptomyces is ancient. Whether they’ve been talking to each other that whole time, I honestly couldn’t tell you.”",
              speaker="Dev, who was not involved in that work", cue=None),
    ),
    # ------------------------------------------------------------------ q269 climbing accident (the sheriff's office said, a spokesperson, according to the coroner's office, told the Daily Camera that, urged)
    article("q269", "local", paragraphs(
        "A climber from Boulder died Sunday after falling about 200 feet while descending the Third Flatiron, the Boulder County Sheriff’s Office said.",
        "The climber, a 34-year-old woman whose name has not been released, was rappelling from the summit with a partner when the end of her rope appears to have slipped through her belay device, sheriff’s spokesperson Carrie Lindenmeyer said. “It looks like the end of the rope wasn’t knotted, and on that rappel the rope doesn’t quite reach the ground,” Lindenmeyer said. “It’s a mistake that experienced climbers make, too.”",
        "Rocky Mountain Rescue Group volunteers reached the woman about 45 minutes after the 911 call, but she had died of her injuries, according to the coroner’s office. Her partner was not hurt.",
        "Mike Vanterpool, who has guided on the Flatirons for 22 years, told the Daily Camera that the descent is “where people relax, and relaxing is where people get hurt.” He urged climbers to tie stopper knots in the ends of their ropes “every single time, no exceptions.”",
    ),
        quote("A climber from Boulder died Sunday after falling about 200 feet while descending the Third Flatiron",
              speaker="the Boulder County Sheriff’s Office", cue="said"),
        quote("The climber, a 34-year-old woman whose name has not been released, was rappelling from the summit with a partner when the end of her rope appears to have slipped through her belay device",
              speaker="sheriff’s spokesperson Carrie Lindenmeyer", cue="said"),
        quote("“It looks like the end of the rope wasn’t knotted, and on that rappel the rope doesn’t quite reach the ground,”", speaker=("Lindenmeyer", "” Lindenmeyer said"), cue="said"),
        quote("“It’s a mistake that experienced climbers make, too.”", speaker=("Lindenmeyer", "” Lindenmeyer said"), cue="said"),
        quote("Rocky Mountain Rescue Group volunteers reached the woman about 45 minutes after the 911 call, but she had died of her injuries",
              speaker="the coroner’s office", cue="according to"),
        quote("the descent is “where people relax, and relaxing is where people get hurt.”",
              speaker="Mike Vanterpool, who has guided on the Flatirons for 22 years", cue="told"),
        quote("climbers to tie stopper knots in the ends of their ropes “every single time, no exceptions.”", speaker=("He", "He urged"), cue="urged"),
    ),
    # ------------------------------------------------------------------ q270 student newspaper, a student senate meeting, medium (according to … at the end, the resolution states, argued, called, said in an interview with, said in an email, declined to say, a correction line)
    article("q270", "education", paragraphs(
        "The Associated Students of Thornfield State University Senate voted 14-9 Wednesday night to raise the student activity fee by $12 a semester, the first increase since 2019, after nearly three hours of debate in the Bellamy Union ballroom.",
        "The increase, which still needs approval from the university’s Board of Trustees in February, would bring the fee to $97 and raise about $380,000 a year, according to ASTSU Treasurer Noor Saleh-Kim, a senior studying accounting.",
        "“Every club on this campus has felt the squeeze. We funded 212 organizations last year with the same money we had for 140 in 2019,” Saleh-Kim said during her presentation. “Something has to give, and I would rather it be $12 than the clubs.”",
        "The resolution states that at least 40% of the new money must go to “cultural and identity-based student organizations,” a provision added by amendment Wednesday night.",
        "Sen. Marcus Fenwick-Ade, a sophomore representing the College of Engineering, argued that many students already struggle to pay for textbooks and rent. “We keep telling students we care about affordability, and then we vote to charge them more,” he said. “I can’t go back to my constituents and defend that.”",
        "During the open forum, about 30 students spoke, most of them in favor. Kiara Belmonte, a junior and president of the Filipino American Student Association, said her club’s budget had been cut by half since 2023. “We have been running Pilipino Culture Night on bake sales,” she said.",
        "Not everyone in the room was persuaded. The Graduate and Professional Student Council opposes the increase. Owen Tsakiris, a graduate student, told senators the fee would hit part-time and commuter students hardest, since they pay the same flat amount but rarely use campus facilities. He called the vote “a tax on the people who are here the least.”",
        "Student body President Ayesha Campbell-Ruiz, who does not vote, said after the meeting that she supports the increase and would present it to trustees herself. “I think students will see where the money goes,” she said in an interview with The Thornfield Courant. “If they don’t, they can vote us out in April.”",
        "Dean of Students Patrick Olowe said in an email that the administration “respects the Senate’s process” and would make a recommendation to the board in January. He declined to say whether he would support the fee.",
        "Correction: An earlier version of this story misstated the year of the last fee increase. It was 2019.",
    ),
        quote("The increase, which still needs approval from the university’s Board of Trustees in February, would bring the fee to $97 and raise about $380,000 a year",
              speaker="ASTSU Treasurer Noor Saleh-Kim, a senior studying accounting", cue="according to"),
        quote("“Every club on this campus has felt the squeeze. We funded 212 organizations last year with the same money we had for 140 in 2019,”",
              speaker=("Saleh-Kim", "” Saleh-Kim said"), cue="said"),
        quote("“Something has to give, and I would rather it be $12 than the clubs.”", speaker=("Saleh-Kim", "” Saleh-Kim said"), cue="said"),
        quote("at least 40% of the new money must go to “cultural and identity-based student organizations,”", speaker="The resolution", cue="states", type="document"),
        quote("many students already struggle to pay for textbooks and rent",
              speaker="Sen. Marcus Fenwick-Ade, a sophomore representing the College of Engineering", cue="argued"),
        quote("“We keep telling students we care about affordability, and then we vote to charge them more,”", speaker=("he", "” he said. “I can’t"), cue="said"),
        quote("“I can’t go back to my constituents and defend that.”", speaker=("he", "” he said. “I can’t"), cue="said"),
        quote("her club’s budget had been cut by half since 2023",
              speaker="Kiara Belmonte, a junior and president of the Filipino American Student Association", cue="said"),
        quote("“We have been running Pilipino Culture Night on bake sales,”", speaker=("she", "sales,” she said"), cue="said"),
        quote(("the increase", "opposes the increase"), speaker="The Graduate and Professional Student Council", cue="opposes", type="perception_stance"),
        quote("the fee would hit part-time and commuter students hardest, since they pay the same flat amount but rarely use campus facilities",
              speaker="Owen Tsakiris, a graduate student", cue="told"),
        quote("“a tax on the people who are here the least.”", speaker=("He", "He called"), cue="called"),
        quote("she supports the increase and would present it to trustees herself",
              speaker="Student body President Ayesha Campbell-Ruiz, who does not vote", cue="said"),
        quote("“I think students will see where the money goes,”", speaker=("she", "” she said in an interview"), cue="said"),
        quote("“If they don’t, they can vote us out in April.”", speaker=("she", "” she said in an interview"), cue="said"),
        quote("the administration “respects the Senate’s process” and would make a recommendation to the board in January",
              speaker="Dean of Students Patrick Olowe", cue="said"),
    ),
    # ------------------------------------------------------------------ q271 a no-heat tenant story, medium (through an interpreter, city records show, the landlord's lawyer, Several said, an alderman, want X to Y)
    article("q271", "housing", paragraphs(
        "Tenants in a 48-unit apartment building in Chicago’s Albany Park neighborhood say they have gone without reliable heat for most of the past three weeks. Overnight temperatures have dropped into the teens.",
        "Rosa Elvira Xiloj, 38, who lives on the fourth floor with her husband and three children, said the family has been sleeping in their coats in the living room, next to the oven. “My youngest has had a cough for two weeks. The doctor asked me if we have heat at home, and I was ashamed to tell her the truth,” she said in K’iche’, a Mayan language, through an interpreter from the tenants’ union.",
        "The building, at 4710 N. Kimball Ave., is owned by Kimball Terrace Holdings LLC, which bought it in 2024. City records show inspectors have cited the owner 11 times since October for failing to keep apartments at the required 68 degrees during the day.",
        "The company’s attorney, Gregory Stamm-Whitley, said the boiler failed on Nov. 17 and that a replacement had been ordered but was delayed by a manufacturer’s backlog. “My client is not ignoring anyone. It has put space heaters in every unit and it has paid for a temporary boiler that is running as we speak,” he said in a phone interview.",
        "Tenants dispute that. Several said the space heaters arrived only last week, after the tenants’ union held a protest outside the management office, and that the temporary boiler breaks down most nights.",
        "“It runs for two hours, then it’s off until somebody calls,” said Juan Carlos Mejía, 51, a cook who has lived in the building since 2009, speaking in Spanish through an interpreter. “We call every night. We are tired of calling.”",
        "Ald. Rossana Quiñones-Beck, whose ward includes the building, said she had asked the city’s Department of Buildings to seek an emergency court order that would let the city make repairs and bill the owner. A department spokesman, Dwayne Ashby, confirmed the request and said the case would go before a housing court judge Friday.",
        "Stamm-Whitley said his client would not oppose the order. “If the city can get a boiler in here faster than we can, God bless them,” he said.",
        "Organizers with the Albany Park Tenants Union, which represents about 30 of the building’s households, want the city to go further and withhold the owner’s rental license until the heat is fixed. Xiloj said she would keep her children at her sister’s apartment in Rogers Park until then.",
        "“This is my home,” she said. “I just want it to be warm.”",
    ),
        quote("they have gone without reliable heat for most of the past three weeks",
              speaker="Tenants in a 48-unit apartment building in Chicago’s Albany Park neighborhood", cue="say"),
        quote("the family has been sleeping in their coats in the living room, next to the oven",
              speaker="Rosa Elvira Xiloj, 38, who lives on the fourth floor with her husband and three children", cue="said"),
        quote("“My youngest has had a cough for two weeks. The doctor asked me if we have heat at home, and I was ashamed to tell her the truth,”",
              speaker=("she", "” she said in K’iche’"), cue="said"),
        quote("inspectors have cited the owner 11 times since October for failing to keep apartments at the required 68 degrees during the day",
              speaker="City records", cue="show", type="document"),
        quote("the boiler failed on Nov. 17 and that a replacement had been ordered but was delayed by a manufacturer’s backlog",
              speaker="The company’s attorney, Gregory Stamm-Whitley", cue="said"),
        quote("“My client is not ignoring anyone. It has put space heaters in every unit and it has paid for a temporary boiler that is running as we speak,”",
              speaker=("he", "” he said in a phone interview"), cue="said"),
        quote("the space heaters arrived only last week, after the tenants’ union held a protest outside the management office, and that the temporary boiler breaks down most nights",
              speaker="Several", cue="said"),
        quote("“It runs for two hours, then it’s off until somebody calls,”",
              speaker="Juan Carlos Mejía, 51, a cook who has lived in the building since 2009", cue="said"),
        quote("“We call every night. We are tired of calling.”",
              speaker="Juan Carlos Mejía, 51, a cook who has lived in the building since 2009", cue="said"),
        quote("she had asked the city’s Department of Buildings to seek an emergency court order that would let the city make repairs and bill the owner",
              speaker="Ald. Rossana Quiñones-Beck, whose ward includes the building", cue="said"),
        quote("the case would go before a housing court judge Friday", speaker="A department spokesman, Dwayne Ashby", cue="said"),
        quote("his client would not oppose the order", speaker=("Stamm-Whitley", "Stamm-Whitley said his client"), cue="said"),
        quote("“If the city can get a boiler in here faster than we can, God bless them,”", speaker=("he", "them,” he said"), cue="said"),
        quote("the city to go further and withhold the owner’s rental license until the heat is fixed",
              speaker="Organizers with the Albany Park Tenants Union, which represents about 30 of the building’s households", cue="want", type="thought"),
        quote("she would keep her children at her sister’s apartment in Rogers Park until then", speaker=("Xiloj", "Xiloj said she would"), cue="said"),
        quote("“This is my home,”", speaker=("she", "” she said. “I just"), cue="said"),
        quote("“I just want it to be warm.”", speaker=("she", "” she said. “I just"), cue="said"),
    ),
    # ------------------------------------------------------------------ q272 personal-finance column (a reader's letter with reports inside it, the columnist's voice, so-called, the IRS says, suggested doing X, an email address)
    article("q272", "consumer", paragraphs(
        "A reader in Spokane writes: “My late father left me his IRA last year — about $240,000. My brother says I have to take all the money out within 10 years and pay tax on it, and my accountant says I can stretch it over my lifetime. Who is right?”",
        "Short answer: probably your brother. Under the rules Congress passed in 2019, most adult children who inherit an IRA must empty it by the end of the 10th year after the owner’s death. The so-called “stretch IRA,” which let heirs spread withdrawals over their own life expectancy, is now available only to spouses, minor children, disabled or chronically ill heirs and people no more than 10 years younger than the person who died.",
        "There is a wrinkle. Because your father had already begun taking required distributions, the IRS says you must also take annual withdrawals in years one through nine. “A lot of people miss that part, and the penalty can be steep,” said Anita Kowalski-Reyes, a certified financial planner in Tacoma. She suggested spreading the withdrawals evenly rather than waiting until year 10, when one large lump sum could push you into a higher bracket.",
        "Have a money question? Email moneymatters@spokaneledger.com. Letters may be edited for length.",
    ),
        quote("“My late father left me his IRA last year — about $240,000. My brother says I have to take all the money out within 10 years and pay tax on it, and my accountant says I can stretch it over my lifetime. Who is right?”",
              speaker="A reader in Spokane", cue="writes"),
        quote("you must also take annual withdrawals in years one through nine", speaker="the IRS", cue="says"),
        quote("“A lot of people miss that part, and the penalty can be steep,”", speaker="Anita Kowalski-Reyes, a certified financial planner in Tacoma", cue="said"),
        quote("spreading the withdrawals evenly rather than waiting until year 10, when one large lump sum could push you into a higher bracket",
              speaker=("She", "She suggested"), cue="suggested"),
    ),
    # ------------------------------------------------------------------ q273 transit board meeting, medium (a caption, told the board, a split paraphrase, According to a staff analysis, The analysis found, a rider, called, which he said, officials said)
    article("q273", "transport", paragraphs(
        "Photo: A Route 14 bus pulls into the Eastgate Transit Center on Thursday. (Staff photo by Lena Quarshie)",
        "The Tri-County Regional Transit Authority board voted 7-2 Thursday to cut service on 11 bus routes and raise the base fare from $2 to $2.50 starting in March, closing most of a $41 million budget gap left by the end of federal pandemic aid.",
        "General manager Celeste Ingram-Vale told the board the agency had “run out of one-time money and one-time fixes.” Without the cuts, she said, the authority would have to lay off about 160 drivers by summer.",
        "“Nobody on this staff wanted to bring you this plan. But a transit system that runs fewer buses is better than one that stops running them,” Ingram-Vale said.",
        "According to a staff analysis presented at the meeting, the route cuts would affect about 9,800 daily riders, 62% of them from households earning less than $35,000 a year. The analysis found that Route 14, which serves the county hospital and two community colleges, would lose its Sunday service entirely.",
        "More than 40 people spoke during public comment. Denise Rutherford-Oakes, 63, who rides Route 14 to dialysis three times a week, said she would have to take a $38 cab ride on Sundays. “I am not asking for anything fancy. I am asking to get to my treatment and home again,” she said.",
        "Board member Tomasz Wierzbicki, one of the two no votes, said the agency should have asked the county for a sales-tax referendum before cutting routes. He called the fare increase “the most regressive thing this board has done in a decade.”",
        "Board chair Lorraine Beaumont-Achebe, who voted for the plan, said she shared his frustration but that the board had run out of time. “We can’t put a referendum on a ballot that doesn’t exist until November,” she said. “The deficit starts in March.”",
        "Transit Workers Local 88 president Harold Nkemelu said the union supports the fare increase but opposes any route cuts, which he said would push more riders onto already crowded lines.",
        "County Executive Joan Whitlow, who appoints three of the board’s nine members, backs the plan. The fare increase is the agency’s first since 2016. Riders who use the authority’s reduced-fare program for seniors and people with disabilities will continue to pay $1, officials said.",
    ),
        quote("the agency had “run out of one-time money and one-time fixes.”", speaker="General manager Celeste Ingram-Vale", cue="told"),
        quote("Without the cuts", "the authority would have to lay off about 160 drivers by summer", speaker=("she", "cuts, she said"), cue="said"),
        quote("“Nobody on this staff wanted to bring you this plan. But a transit system that runs fewer buses is better than one that stops running them,”",
              speaker=("Ingram-Vale", "” Ingram-Vale said"), cue="said"),
        quote("the route cuts would affect about 9,800 daily riders, 62% of them from households earning less than $35,000 a year",
              speaker="a staff analysis presented at the meeting", cue="According to", type="document"),
        quote("Route 14, which serves the county hospital and two community colleges, would lose its Sunday service entirely",
              speaker="The analysis", cue="found", type="document"),
        quote("she would have to take a $38 cab ride on Sundays",
              speaker="Denise Rutherford-Oakes, 63, who rides Route 14 to dialysis three times a week", cue="said"),
        quote("“I am not asking for anything fancy. I am asking to get to my treatment and home again,”", speaker=("she", "again,” she said"), cue="said"),
        quote("the agency should have asked the county for a sales-tax referendum before cutting routes",
              speaker="Board member Tomasz Wierzbicki, one of the two no votes", cue="said"),
        quote("“the most regressive thing this board has done in a decade.”", speaker=("He", "He called"), cue="called"),
        quote("she shared his frustration but that the board had run out of time",
              speaker="Board chair Lorraine Beaumont-Achebe, who voted for the plan", cue="said"),
        quote("“We can’t put a referendum on a ballot that doesn’t exist until November,”", speaker=("she", "” she said. “The deficit"), cue="said"),
        quote("“The deficit starts in March.”", speaker=("she", "” she said. “The deficit"), cue="said"),
        quote("the union supports the fare increase but opposes any route cuts, which he said would push more riders onto already crowded lines",
              speaker="Transit Workers Local 88 president Harold Nkemelu", cue="said"),
        quote(("the plan", "backs the plan"), speaker="County Executive Joan Whitlow, who appoints three of the board’s nine members", cue="backs",
              type="perception_stance"),
        quote("Riders who use the authority’s reduced-fare program for seniors and people with disabilities will continue to pay $1",
              speaker="officials", cue="said"),
    ),
    # ------------------------------------------------------------------ q274 an aviation incident, medium (the NTSB said in a preliminary report, According to the report, the report said, Investigators found, a passenger, the airline's statement, the FAA, declined to comment, is expected)
    article("q274", "transport", paragraphs(
        "A regional jet’s left engine shed pieces of a fan blade shortly after takeoff from Grand Rapids, Michigan, last month, puncturing the engine cowling and forcing the crew to return to the airport, the National Transportation Safety Board said in a preliminary report released Thursday.",
        "None of the 71 passengers and four crew members aboard Skyward Connect Flight 4417, an Embraer 175 bound for Denver, was injured. The flight landed safely about 14 minutes after departure on Nov. 8.",
        "According to the report, the flight crew heard “a loud bang” and felt a strong vibration as the jet climbed through about 3,000 feet. The captain declared an emergency and shut down the engine, the report said.",
        "Investigators found that one of the engine’s 24 fan blades had fractured near its root, and that the fracture surface showed signs of metal fatigue. The blade had last been inspected 1,800 flight cycles earlier, the report said.",
        "“It sounded like someone hit the side of the plane with a sledgehammer,” said passenger Terrence Blackwood-Cole, 29, who was seated in row 14, a few feet from the engine. “Then the whole cabin went quiet. Nobody screamed. Everybody just looked at the flight attendant.”",
        "In a statement, Skyward Connect said it had inspected the fan blades on all 38 engines of the same type in its fleet and found no other cracks. “The safety of our customers and crew is our highest priority, and we are cooperating fully with the NTSB,” the statement said.",
        "The Federal Aviation Administration said it was reviewing the report and would “take any action necessary,” including a possible airworthiness directive ordering more frequent inspections. The engine’s manufacturer declined to comment.",
        "Marisol Thorvaldsen, a former NTSB investigator who now teaches at Embry-Riddle Aeronautical University, said fatigue cracks near a blade’s root are hard to spot with the visual inspections airlines typically use. She expects the FAA to order ultrasonic inspections of the blades within weeks. A final report, which will determine a probable cause, is expected in 12 to 18 months.",
        "“The preliminary report tells you what broke. The final one tells you why, and the why is what matters for every other engine flying today,” Thorvaldsen said.",
    ),
        quote("A regional jet’s left engine shed pieces of a fan blade shortly after takeoff from Grand Rapids, Michigan, last month, puncturing the engine cowling and forcing the crew to return to the airport",
              speaker="the National Transportation Safety Board", cue="said"),
        quote("the flight crew heard “a loud bang” and felt a strong vibration as the jet climbed through about 3,000 feet",
              speaker=("the report", "According to the report"), cue="According to", type="document"),
        quote("The captain declared an emergency and shut down the engine", speaker=("the report", "engine, the report said"), cue="said", type="document"),
        quote("one of the engine’s 24 fan blades had fractured near its root, and that the fracture surface showed signs of metal fatigue",
              speaker="Investigators", cue="found"),
        quote("The blade had last been inspected 1,800 flight cycles earlier", speaker=("the report", "earlier, the report said"), cue="said", type="document"),
        quote("“It sounded like someone hit the side of the plane with a sledgehammer,”",
              speaker="passenger Terrence Blackwood-Cole, 29, who was seated in row 14, a few feet from the engine", cue="said"),
        quote("“Then the whole cabin went quiet. Nobody screamed. Everybody just looked at the flight attendant.”",
              speaker="passenger Terrence Blackwood-Cole, 29, who was seated in row 14, a few feet from the engine", cue="said"),
        quote("it had inspected the fan blades on all 38 engines of the same type in its fleet and found no other cracks",
              speaker=("Skyward Connect", "statement, Skyward Connect said"), cue="said"),
        quote("“The safety of our customers and crew is our highest priority, and we are cooperating fully with the NTSB,”",
              speaker=("the statement", "” the statement said"), cue="said", type="document"),
        quote("it was reviewing the report and would “take any action necessary,” including a possible airworthiness directive ordering more frequent inspections",
              speaker="The Federal Aviation Administration", cue="said"),
        quote("fatigue cracks near a blade’s root are hard to spot with the visual inspections airlines typically use",
              speaker="Marisol Thorvaldsen, a former NTSB investigator who now teaches at Embry-Riddle Aeronautical University", cue="said"),
        quote("the FAA to order ultrasonic inspections of the blades within weeks", speaker=("She", "She expects"), cue="expects", type="thought"),
        quote("“The preliminary report tells you what broke. The final one tells you why, and the why is what matters for every other engine flying today,”",
              speaker=("Thorvaldsen", "” Thorvaldsen said"), cue="said"),
    ),
    # ------------------------------------------------------------------ q275 city council public comment, medium (residents with long appositions, Others urged, told the council with "that" left out, a pronoun tag after a second person, scare quotes in a report, so-called)
    article("q275", "local", paragraphs(
        "SANTA ROSA — More than two dozen residents lined up at the microphone Tuesday night as the City Council weighed a $1.1 million contract for 60 automated license plate reader cameras, a debate that ran well past the council’s usual 10 p.m. cutoff.",
        "The council voted 4-3 to approve a one-year pilot with 25 cameras, with a review of the data after six months.",
        "Police Chief Ruth Ellingboe told the council the cameras had helped neighboring Petaluma recover 31 stolen cars in a year. “This is not facial recognition. It reads a plate, it checks it against a hot list, and it forgets everything else after 30 days,” she said.",
        "“I have been broken into twice. Twice,” said Carmen Iturbe-Grant, 52, a nurse at Memorial Hospital who has lived on Humboldt Street since 1998. “The officers were very kind both times, and both times they told me there was nothing they could do. Maybe now there will be something.”",
        "Ellingboe’s assurance that the data would be deleted after 30 days did not satisfy everyone. Others urged the council to reject the contract. Tyrell Mackey-Souza, 27, who organizes with the group North Bay Rights Watch, said data from similar cameras in other cities had been shared with federal immigration agents. “You can promise us 30 days, but you can’t promise us who gets to look at it in those 30 days,” he said.",
        "Helen Prestwick, 81, a retired schoolteacher, spoke next. She told the council she had lived in Santa Rosa through the 2017 fires and “every kind of emergency,” and that she trusted the police. Her grandson, who had come with her, stood silently behind her holding her cane. “I’m old enough to remember when you knew your neighbors,” she said. “Now we need cameras to do it. That’s sad, but it’s true.”",
        "Councilmember Dianne Pendergast, who voted no, said she was troubled that the vendor’s contract allows it to keep “anonymized” data indefinitely. The company, Plateline Systems, did not respond to a request for comment.",
        "Councilmember Ray Baptiste, who cast the deciding vote, said he had been “genuinely undecided” until an hour before the meeting. He said the six-month review persuaded him. “If it doesn’t work, or if it’s abused, I will be the first one to pull the plug,” he said.",
        "The city’s so-called “Safe Streets” fund will pay for the pilot. A review is scheduled for the council’s June 9 meeting.",
    ),
        quote("the cameras had helped neighboring Petaluma recover 31 stolen cars in a year", speaker="Police Chief Ruth Ellingboe", cue="told"),
        quote("“This is not facial recognition. It reads a plate, it checks it against a hot list, and it forgets everything else after 30 days,”",
              speaker=("she", "days,” she said"), cue="said"),
        quote("“I have been broken into twice. Twice,”",
              speaker="Carmen Iturbe-Grant, 52, a nurse at Memorial Hospital who has lived on Humboldt Street since 1998", cue="said"),
        quote("“The officers were very kind both times, and both times they told me there was nothing they could do. Maybe now there will be something.”",
              speaker="Carmen Iturbe-Grant, 52, a nurse at Memorial Hospital who has lived on Humboldt Street since 1998", cue="said"),
        quote("the data would be deleted after 30 days", speaker="Ellingboe’s", cue="assurance", type="noun"),
        quote("the council to reject the contract", speaker="Others", cue="urged"),
        quote("data from similar cameras in other cities had been shared with federal immigration agents",
              speaker="Tyrell Mackey-Souza, 27, who organizes with the group North Bay Rights Watch", cue="said"),
        quote("“You can promise us 30 days, but you can’t promise us who gets to look at it in those 30 days,”", speaker=("he", "days,” he said"), cue="said"),
        quote("she had lived in Santa Rosa through the 2017 fires and “every kind of emergency,” and that she trusted the police",
              speaker=("She", "She told the council"), cue="told"),
        quote("“I’m old enough to remember when you knew your neighbors,”", speaker=("she", "” she said. “Now we"), cue="said"),
        quote("“Now we need cameras to do it. That’s sad, but it’s true.”", speaker=("she", "” she said. “Now we"), cue="said"),
        quote("she was troubled that the vendor’s contract allows it to keep “anonymized” data indefinitely",
              speaker="Councilmember Dianne Pendergast, who voted no", cue="said"),
        quote("he had been “genuinely undecided” until an hour before the meeting", speaker="Councilmember Ray Baptiste, who cast the deciding vote", cue="said"),
        quote("the six-month review persuaded him", speaker=("He", "He said the six-month"), cue="said"),
        quote("“If it doesn’t work, or if it’s abused, I will be the first one to pull the plug,”", speaker=("he", "plug,” he said"), cue="said"),
    ),
    # ------------------------------------------------------------------ q276 Lagos fashion week (told reporters backstage, a collection title, a mood, said X though she worried that Y, The designer said, a caption)
    article("q276", "arts", paragraphs(
        "LAGOS — Designer Amaka Obiefuna-Hart closed Lagos Fashion Week on Sunday with a collection built almost entirely from deadstock aso-oke, the handwoven Yoruba cloth, sent down the runway as sharp, boxy suits and floor-length coats.",
        "“People think aso-oke is for your aunty’s wedding. I wanted to show it can be what you wear to the office on a Tuesday,” Obiefuna-Hart told reporters backstage, still holding a pincushion. The collection, titled “Tuesday Best,” drew a standing ovation.",
        "Buyers were enthusiastic. Folake Odunsi-Moss, head of womenswear at the Lagos concept store Ìlú, said the suits would sell “the minute they land,” though she worried that the price would put them out of reach of most Nigerian shoppers: a single coat takes about three weeks to weave. The designer said she was working with a cooperative of 40 weavers in Iseyin to scale up production.",
        "Photo: A model in a grey aso-oke suit from the “Tuesday Best” collection. (Photo by Tobi Adesanya)",
    ),
        quote("“People think aso-oke is for your aunty’s wedding. I wanted to show it can be what you wear to the office on a Tuesday,”",
              speaker=("Obiefuna-Hart", "” Obiefuna-Hart told"), cue="told"),
        quote("the suits would sell “the minute they land,”", speaker="Folake Odunsi-Moss, head of womenswear at the Lagos concept store Ìlú", cue="said"),
        quote("the price would put them out of reach of most Nigerian shoppers", speaker=("she", "though she worried"), cue="worried", type="thought"),
        quote("she was working with a cooperative of 40 weavers in Iseyin to scale up production", speaker="The designer", cue="said"),
    ),
    # ------------------------------------------------------------------ q277 a chess tournament (a handle, said after his final-round draw, a coach, called the final round “…”, posted on X that, Asked whether, he laughed)
    article("q277", "sports", paragraphs(
        "Fourteen-year-old Arjun Subramaniam-Lee, known online by his handle “Knightfall,” won the Northwest Chess Open in Seattle on Sunday, beating three grandmasters on his way to a 7.5/9 score and his second international master norm.",
        "“I didn’t really think about the rating of the guy across from me. I just tried to play the position,” Subramaniam-Lee said after his final-round draw, a 71-move endgame that ended shortly before 9 p.m. His coach, Grandmaster Elena Borisova-Platt, said he had spent the fall working almost exclusively on endgames.",
        "The tournament was broadcast live on Twitch, where commentator Sam Ochoa-Reilly called the final round “the most nervous I’ve been watching a kid play since I was a kid.” Ochoa-Reilly, who streams as SamTheRook, later posted on X that the stream had peaked at 38,000 viewers, a record for the event.",
        "Subramaniam-Lee needs one more norm and a rating of 2400 to earn the IM title. He said he plans to play in the Reykjavik Open in April. Asked whether he would skip school to prepare, he laughed. “My mom reads this,” he said.",
    ),
        quote("“I didn’t really think about the rating of the guy across from me. I just tried to play the position,”",
              speaker=("Subramaniam-Lee", "” Subramaniam-Lee said"), cue="said"),
        quote("he had spent the fall working almost exclusively on endgames", speaker="His coach, Grandmaster Elena Borisova-Platt", cue="said"),
        quote("“the most nervous I’ve been watching a kid play since I was a kid.”", speaker="commentator Sam Ochoa-Reilly", cue="called"),
        quote("the stream had peaked at 38,000 viewers, a record for the event", speaker="Ochoa-Reilly, who streams as SamTheRook", cue="posted"),
        quote("he plans to play in the Reykjavik Open in April", speaker=("He", "He said he plans"), cue="said"),
        quote("“My mom reads this,”", speaker=("he", "this,” he said"), cue="said"),
    ),
    # ------------------------------------------------------------------ q278 a recount with the city clerk (announced with a colon, recounters found inside a report, told the Leader-Telegram, could not be reached, according to the clerk's office)
    article("q278", "politics", paragraphs(
        "A hand recount in the race for the Ward 3 seat on the Eau Claire City Council has left the result unchanged: incumbent Marjorie Tollefsrud won by four votes, not five, City Clerk Dennis Hoeppner announced Friday.",
        "Hoeppner said recounters found one ballot that had been counted for Tollefsrud on election night even though the voter had filled in the ovals for both candidates. Under state law, that ballot cannot be counted for either. “The machines did exactly what they were supposed to do. This was a human judgment call on election night, and the recount corrected it,” he said.",
        "The challenger, Brian Osterhaus, who requested the recount, said he would not go to court. “Four votes. I’ll be knocking on doors for the next two years wondering which four,” he told the Leader-Telegram.",
        "Tollefsrud could not be reached for comment Friday. The recount cost the city about $3,400, according to the clerk’s office.",
    ),
        quote("A hand recount in the race for the Ward 3 seat on the Eau Claire City Council has left the result unchanged: incumbent Marjorie Tollefsrud won by four votes, not five",
              speaker="City Clerk Dennis Hoeppner", cue="announced"),
        quote("recounters found one ballot that had been counted for Tollefsrud on election night even though the voter had filled in the ovals for both candidates",
              speaker=("Hoeppner", "Hoeppner said recounters"), cue="said"),
        quote("“The machines did exactly what they were supposed to do. This was a human judgment call on election night, and the recount corrected it,”",
              speaker=("he", "it,” he said"), cue="said"),
        quote("he would not go to court", speaker="The challenger, Brian Osterhaus, who requested the recount", cue="said"),
        quote("“Four votes. I’ll be knocking on doors for the next two years wondering which four,”", speaker=("he", "” he told"), cue="told"),
        quote("The recount cost the city about $3,400", speaker="the clerk’s office", cue="according to"),
    ),
    # ------------------------------------------------------------------ q279 a zoo birth (zoo officials said, according to a keeper at the end, a nickname, the zoo said, citing the IUCN)
    article("q279", "local", paragraphs(
        "A Malayan tapir calf was born at the Cedar Bluff Zoo in Wichita on Nov. 29, the first tapir birth in the zoo’s 61-year history, zoo officials said Wednesday.",
        "The female calf, which has not yet been named, weighed 17 pounds at birth and is nursing well, according to lead keeper Tasha Willoughby.",
        "Like all tapir calves, she is covered in white stripes and spots that will fade by the time she is about six months old. Keepers have nicknamed her “Watermelon” in the meantime. “She looks like a watermelon with legs, and she acts like one, too. She just rolls around,” Willoughby said.",
        "The zoo will hold a naming contest in January. Fewer than 2,500 Malayan tapirs are thought to remain in the wild, the zoo said, citing the International Union for Conservation of Nature.",
    ),
        quote("A Malayan tapir calf was born at the Cedar Bluff Zoo in Wichita on Nov. 29, the first tapir birth in the zoo’s 61-year history",
              speaker="zoo officials", cue="said"),
        quote("The female calf, which has not yet been named, weighed 17 pounds at birth and is nursing well", speaker="lead keeper Tasha Willoughby", cue="according to"),
        quote("“She looks like a watermelon with legs, and she acts like one, too. She just rolls around,”", speaker=("Willoughby", "” Willoughby said"), cue="said"),
        quote("Fewer than 2,500 Malayan tapirs are thought to remain in the wild", speaker=("the zoo", "wild, the zoo said"), cue="said"),
    ),
    # ------------------------------------------------------------------ q280 a tech privacy inquiry, medium (a regulator's statement, a blog post as a document and its author, a title, advocates say, arguing, told RTÉ’s Morning Ireland, Asked whether … he said:, reported revenue, said in a blog post, declined to comment)
    article("q280", "tech", paragraphs(
        "DUBLIN — The Irish Data Protection Commission has opened an inquiry into Snapvale, the photo-sharing app, over a feature that used people’s uploaded photos to train the company’s artificial-intelligence models, the regulator said Tuesday.",
        "The inquiry will examine whether Snapvale had a lawful basis under the European Union’s General Data Protection Regulation to process the images, and whether it told users clearly enough what it was doing, the commission said in a statement. Snapvale’s European headquarters are in Dublin, which makes the Irish regulator its lead supervisor in the EU.",
        "Snapvale announced the change in a blog post in September titled “Making Snapvale Smarter, Together.” The post said public photos would be used to “improve the creative tools our community loves” and that users could opt out in their privacy settings.",
        "“We believe the best AI is built with our community, not around it,” the company’s chief product officer, Ravi Dunmore, wrote in the post. “Nothing about your privacy settings for friends and family has changed.”",
        "Privacy advocates say the opt-out setting was buried four menus deep, and they dispute the company’s claim that users were given “clear and timely notice.” The Dublin-based group Open Rights Éire filed a complaint in October, arguing that the company needed users’ consent before touching their photos.",
        "“An opt-out that nobody can find is not a choice. It is a trap with a settings page,” said Siobhán Kearney-Walsh, the group’s director. She said more than 1,200 people had contacted the group since September to ask how to remove their photos from the training data.",
        "Deputy Commissioner Fintan Caulfield told RTÉ’s Morning Ireland that the inquiry could take up to two years. Asked whether the commission could order Snapvale to delete models already trained on the images, he said: “Everything is on the table. I won’t prejudge it.”",
        "Under the GDPR, the commission can fine companies up to 4% of their annual global revenue. Snapvale reported revenue of $6.8 billion last year.",
        "In an updated blog post on Tuesday, Snapvale said it would “engage constructively” with the commission and had paused training on photos from EU users while the inquiry is under way. A company spokeswoman declined to comment further.",
    ),
        quote("The Irish Data Protection Commission has opened an inquiry into Snapvale, the photo-sharing app, over a feature that used people’s uploaded photos to train the company’s artificial-intelligence models",
              speaker="the regulator", cue="said"),
        quote("The inquiry will examine whether Snapvale had a lawful basis under the European Union’s General Data Protection Regulation to process the images, and whether it told users clearly enough what it was doing",
              speaker=("the commission", "the commission said in a statement"), cue="said"),
        quote("public photos would be used to “improve the creative tools our community loves” and that users could opt out in their privacy settings",
              speaker="The post", cue="said", type="document"),
        quote("“We believe the best AI is built with our community, not around it,”", speaker="the company’s chief product officer, Ravi Dunmore", cue="wrote"),
        quote("“Nothing about your privacy settings for friends and family has changed.”", speaker="the company’s chief product officer, Ravi Dunmore", cue="wrote"),
        quote("the opt-out setting was buried four menus deep", speaker="Privacy advocates", cue="say"),
        quote("users were given “clear and timely notice.”", speaker=("the company’s", "the company’s claim"), cue="claim", type="noun"),
        quote("the company needed users’ consent before touching their photos", speaker="The Dublin-based group Open Rights Éire", cue="arguing"),
        quote("“An opt-out that nobody can find is not a choice. It is a trap with a settings page,”", speaker="Siobhán Kearney-Walsh, the group’s director", cue="said"),
        quote("more than 1,200 people had contacted the group since September to ask how to remove their photos from the training data",
              speaker=("She", "She said more"), cue="said"),
        quote("the inquiry could take up to two years", speaker="Deputy Commissioner Fintan Caulfield", cue="told"),
        quote("“Everything is on the table. I won’t prejudge it.”", speaker=("he", "he said: “Everything"), cue="said"),
        quote("it would “engage constructively” with the commission and had paused training on photos from EU users while the inquiry is under way",
              speaker=("Snapvale", "Tuesday, Snapvale said"), cue="said"),
    ),
    # ------------------------------------------------------------------ q281 a pastor's sermon in a local paper (told a packed sanctuary that, a quote over two paragraphs, urged, buttons reading, a mayor's spokeswoman)
    article("q281", "religion", paragraphs(
        "The Rev. Clarence Obadiah Mims told a packed sanctuary at Greater Mount Pisgah Baptist Church on Sunday that the city’s plan to close the Eastside branch library was “a decision made by people who have never needed a library.”",
        "“When they close a library, they are not closing a building. They are closing a door,” Mims said, his voice rising over the organ. “And I have read this Book long enough to know what it says about people who shut doors on children.",
        "“So I am asking you to be at City Hall on Thursday. Not to shout. To be seen.”",
        "Mims, who has led the church for 31 years, urged members to attend the City Council’s budget hearing, where the closure is scheduled for a vote. Many in the pews wore yellow buttons reading “Books Not Bulldozers.” A spokeswoman for Mayor Janine Pettaway-Stowe said the closure would save about $600,000 a year and that Eastside residents would be served by a bookmobile twice a week.",
    ),
        quote("the city’s plan to close the Eastside branch library was “a decision made by people who have never needed a library.”",
              speaker="The Rev. Clarence Obadiah Mims", cue="told"),
        quote("“When they close a library, they are not closing a building. They are closing a door,”", speaker=("Mims", "” Mims said"), cue="said"),
        quote("“And I have read this Book long enough to know what it says about people who shut doors on children.", speaker=("Mims", "” Mims said"), cue="said"),
        quote("“So I am asking you to be at City Hall on Thursday. Not to shout. To be seen.”", speaker=("Mims", "” Mims said"), cue=None),
        quote("members to attend the City Council’s budget hearing, where the closure is scheduled for a vote",
              speaker="Mims, who has led the church for 31 years", cue="urged"),
        quote("the closure would save about $600,000 a year and that Eastside residents would be served by a bookmobile twice a week",
              speaker="A spokeswoman for Mayor Janine Pettaway-Stowe", cue="said"),
    ),
    # ------------------------------------------------------------------ q282 a New Zealand boil-water notice (the council says, told RNZ, Mr, a practice manager says, the council says at the end)
    article("q282", "health", paragraphs(
        "Residents of Ōtaki have been told to boil their drinking water after E. coli was detected in a routine sample from the town’s supply, Kāpiti Coast District Council says.",
        "Council water services manager Hemi Rangitāne-Walsh told RNZ the contamination was likely linked to heavy rain at the weekend, which can wash animal waste into the bores. “We’re being cautious. We’d rather people boil their water for a few days than take any risk with their health,” Mr Rangitāne-Walsh said.",
        "Ōtaki Medical Centre practice manager Joanne Fitzherbert says the clinic has had no patients with stomach bugs linked to the water so far. The notice will stay in place until three consecutive clear samples are returned, the council says.",
    ),
        quote("Residents of Ōtaki have been told to boil their drinking water after E. coli was detected in a routine sample from the town’s supply",
              speaker="Kāpiti Coast District Council", cue="says"),
        quote("the contamination was likely linked to heavy rain at the weekend, which can wash animal waste into the bores",
              speaker="Council water services manager Hemi Rangitāne-Walsh", cue="told"),
        quote("“We’re being cautious. We’d rather people boil their water for a few days than take any risk with their health,”",
              speaker="Mr Rangitāne-Walsh", cue="said"),
        quote("the clinic has had no patients with stomach bugs linked to the water so far", speaker="Ōtaki Medical Centre practice manager Joanne Fitzherbert", cue="says"),
        quote("The notice will stay in place until three consecutive clear samples are returned", speaker=("the council", "returned, the council says"), cue="says"),
    ),
    # ------------------------------------------------------------------ q283 a mill strike ends (the local said, according to the union, the company said in a statement, a split paraphrase)
    article("q283", "business", paragraphs(
        "Workers at the Marlow Paper mill in Kaukauna ratified a four-year contract Sunday that raises wages 17% and ends a six-week strike, United Steelworkers Local 2-917 said.",
        "The vote was 312-41, according to the union. About 380 hourly workers are covered by the agreement.",
        "“Nobody wins a strike in December, but our members held the line and they got a contract they can raise a family on,” local president Gail Steinke said. The company said in a statement that it was “pleased to welcome our team back” and expected the mill to return to full production within two weeks.",
        "The biggest sticking point had been mandatory overtime. Under the new contract, workers can be required to work no more than two double shifts a month, Steinke said, down from as many as six.",
    ),
        quote("Workers at the Marlow Paper mill in Kaukauna ratified a four-year contract Sunday that raises wages 17% and ends a six-week strike",
              speaker="United Steelworkers Local 2-917", cue="said"),
        quote("The vote was 312-41", speaker="the union", cue="according to"),
        quote("“Nobody wins a strike in December, but our members held the line and they got a contract they can raise a family on,”",
              speaker="local president Gail Steinke", cue="said"),
        quote("it was “pleased to welcome our team back” and expected the mill to return to full production within two weeks",
              speaker="The company", cue="said"),
        quote("Under the new contract, workers can be required to work no more than two double shifts a month", "down from as many as six",
              speaker=("Steinke", "month, Steinke said"), cue="said"),
    ),
    # ------------------------------------------------------------------ q284 a coach resigns (the district said, the district's statement said, wrote on Facebook that, asked people to, did not respond)
    article("q284", "sports", paragraphs(
        "Westbrook High School football coach Dale Hennessy has resigned, less than a week after a video showed him shoving a player on the sideline during the Blue Jays’ playoff loss, the school district said Monday.",
        "“Coach Hennessy has submitted his resignation, and the district has accepted it,” the district’s statement said. “We will not be commenting further on a personnel matter.”",
        "The player’s mother, Kendra Ashworth, wrote on Facebook that her son was “doing OK” and asked people to stop sharing the video. Hennessy, who compiled a 94-41 record in 12 seasons, did not respond to messages seeking comment.",
    ),
        quote("Westbrook High School football coach Dale Hennessy has resigned, less than a week after a video showed him shoving a player on the sideline during the Blue Jays’ playoff loss",
              speaker="the school district", cue="said"),
        quote("“Coach Hennessy has submitted his resignation, and the district has accepted it,”", speaker=("the district’s statement", "” the district’s statement said"),
              cue="said", type="document"),
        quote("“We will not be commenting further on a personnel matter.”", speaker=("the district’s statement", "” the district’s statement said"),
              cue="said", type="document"),
        quote("her son was “doing OK”", speaker="The player’s mother, Kendra Ashworth", cue="wrote"),
        quote("people to stop sharing the video", speaker="The player’s mother, Kendra Ashworth", cue="asked"),
    ),
    # ------------------------------------------------------------------ q285 a lake-effect snow forecast (Forecasters expect, a meteorologist, a county executive, a utility)
    article("q285", "weather", paragraphs(
        "Forecasters expect 8 to 14 inches of snow across the Buffalo metro area by Wednesday morning, with lake-effect bands possibly dumping up to 3 inches an hour south of the city.",
        "“If you don’t need to be on the road Tuesday night, don’t be,” said Kevin Marchand, a meteorologist with the National Weather Service in Buffalo. “Visibility in those bands can drop to zero in a matter of seconds.”",
        "Erie County Executive Laura Pietrzak-Dunn said a travel advisory would take effect at 6 p.m. Tuesday. National Grid said it had brought in 400 extra line workers from out of state in case of outages.",
    ),
        quote("8 to 14 inches of snow across the Buffalo metro area by Wednesday morning, with lake-effect bands possibly dumping up to 3 inches an hour south of the city",
              speaker="Forecasters", cue="expect", type="thought"),
        quote("“If you don’t need to be on the road Tuesday night, don’t be,”", speaker="Kevin Marchand, a meteorologist with the National Weather Service in Buffalo", cue="said"),
        quote("“Visibility in those bands can drop to zero in a matter of seconds.”", speaker="Kevin Marchand, a meteorologist with the National Weather Service in Buffalo", cue="said"),
        quote("a travel advisory would take effect at 6 p.m. Tuesday", speaker="Erie County Executive Laura Pietrzak-Dunn", cue="said"),
        quote("it had brought in 400 extra line workers from out of state in case of outages", speaker="National Grid", cue="said"),
    ),
    # ------------------------------------------------------------------ q286 a museum returns masks (the director said, a director with a relative clause, wrote in a letter, according to correspondence)
    article("q286", "arts", paragraphs(
        "The Peabody-Harlan Museum of Natural History in New Haven will return 14 carved wooden masks to the Haida Nation next spring, the museum’s director said Thursday, more than a decade after the nation first asked for them.",
        "“These masks were taken at a time when the people who made them had no say in where they went. We can’t undo that, but we can stop making it worse,” said Dr. Lorna Fitzwilliam, who became director in 2023.",
        "In a 2013 letter to the museum, the Haida Repatriation Committee wrote that the masks were “not art objects but living members of our families.” The museum did not reply to that letter for three years, according to correspondence reviewed by the Register.",
    ),
        quote("The Peabody-Harlan Museum of Natural History in New Haven will return 14 carved wooden masks to the Haida Nation next spring",
              speaker="the museum’s director", cue="said"),
        quote("“These masks were taken at a time when the people who made them had no say in where they went. We can’t undo that, but we can stop making it worse,”",
              speaker="Dr. Lorna Fitzwilliam, who became director in 2023", cue="said"),
        quote("the masks were “not art objects but living members of our families.”", speaker="the Haida Repatriation Committee", cue="wrote"),
        quote("The museum did not reply to that letter for three years", speaker="correspondence reviewed by the Register", cue="according to", type="document"),
    ),
]
