#!/usr/bin/env python3
"""Builds sample-data/articles/ and the answer keys of actor-trends (Python 3 stdlib only, fixed seed).

    python3 sample-data/tools/make_sample.py        # rewrites the outputs, byte for byte the same every run

Inputs:
  tools/handwritten/*.txt   hand-written articles: a header (id, url, source, published_at, title,
                            mentions = the hand-checked counts, optional not = spans that are someone or
                            something else, note), a line '---', then the text. An article in another
                            language than English has a line 'language: de' (ISO 639-1) and no mentions:
                            the job's default run sets it aside, so it is in no answer key.
Outputs:
  articles/*.jsonl, articles/*.jsonl.gz, articles/capital-observer.csv
  answer-key/mentions.csv             hand-checked counts of the hand-written articles
  answer-key/not-mentions.csv         hand-checked spans that must not be linked to an actor
  answer-key/generated-mentions.csv   counts the generator knows it wrote (machine-derived)

Everything here is invented: the articles are fiction written for testing, in our own words; quotes
attributed to real people are made up and must not be cited as things they said.
"""
import csv
import datetime as dt
import glob
import gzip
import io
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # sample-data/
SEED = 20250801
FIRST_DAY = dt.date(2025, 8, 1)
LAST_DAY = dt.date(2025, 8, 28)

# ---------------------------------------------------------------- sources
SOURCES = {
    "dl": dict(name="The Daily Ledger", host="www.dailyledger.example", file="daily-ledger.jsonl", tz=0,
               hours=(6, 21), zel="Zelensky", nato="Nato"),
    "ht": dict(name="Harbor Times", host="www.harbortimes.example", file="harbor-times.jsonl", tz=-4,
               hours=(7, 19), zel="Zelenskyy", nato="NATO"),
    "cw": dict(name="Continental Wire", host="www.continentalwire.example", file="continental-wire.jsonl.gz", tz=0,
               hours=(5, 22), zel="Zelenskiy", nato="Nato"),
    "np": dict(name="Northern Post", host="www.northernpost.example", file="northern-post.jsonl", tz=0,
               hours=(6, 20), zel="Zelensky", nato="Nato"),
    "gd": dict(name="Global Dispatch", host="globaldispatch.example", file="global-dispatch.jsonl.gz", tz=0,
               hours=(4, 22), zel="Zelensky", nato="NATO"),
    "co": dict(name="Capital Observer", host="www.capitalobserver.example", file="capital-observer.csv", tz=1,
               hours=(7, 21), zel="Zelensky", nato="Nato"),
    "eh": dict(name="Eastern Herald", host="www.easternherald.example", file="eastern-herald.jsonl", tz=3,
               hours=(8, 22), zel="Zelenskyy", nato="Nato"),
}
ARCHIVE_FILE = "archive-2023-2024.jsonl"
BY_NAME = {v["name"]: k for k, v in SOURCES.items()}


def fmt_published(src, when, rng):
    """when: an aware UTC datetime. Each outlet has its own habit."""
    if src == "dl":
        return when.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if rng.random() < 0.25 else "Z")
    if src == "cw":
        return when.strftime("%a, %d %b %Y %H:%M:%S GMT")
    if src == "np":
        return when.strftime("%Y-%m-%d")
    if src == "gd":
        return int(when.timestamp())
    tz = dt.timezone(dt.timedelta(hours=SOURCES[src]["tz"]))
    local = when.astimezone(tz)
    if src == "eh" and rng.random() < 0.2:
        return local.isoformat(timespec="milliseconds")
    return local.isoformat(timespec="seconds")


# ---------------------------------------------------------------- actors (only ids/forms from spec-actors.md)
# full: canonical full form; alts: other full forms; short: bare forms; hon: honorific + surname;
# roles: role titles valid throughout August 2025; cap: the role as a capitalised prefix before the name;
# desc: a descriptive prefix that is NOT a role title (safe to put before the name).
P = {
    "donald_trump": dict(full=["Donald Trump"], short=["Trump"], hon=["Mr Trump", "President Trump"],
                         roles=["US president", "American president", "president of the United States"],
                         cap=["US President"]),
    "vladimir_putin": dict(full=["Vladimir Putin"], short=["Putin"], hon=["Mr Putin", "President Putin"],
                           roles=["Russian president", "president of Russia", "Russia's president"],
                           cap=["Russian President"]),
    "volodymyr_zelensky": dict(full=None, short=None, hon=["President {s}", "Mr {s}"],
                               roles=["Ukrainian president", "president of Ukraine", "Ukraine's president"],
                               cap=["Ukrainian President"]),
    "andriy_yermak": dict(full=["Andriy Yermak"], short=["Yermak"], hon=["Mr Yermak"], roles=[],
                          desc=["presidential chief of staff", "Ukrainian presidential aide"]),
    "sergei_lavrov": dict(full=["Sergei Lavrov"], short=["Lavrov"], hon=["Mr Lavrov"],
                          roles=["Russian foreign minister"], cap=["Russian Foreign Minister"]),
    "dmitry_peskov": dict(full=["Dmitry Peskov"], short=["Peskov"], hon=["Mr Peskov"], roles=["Kremlin spokesman"],
                          cap=["Kremlin spokesman"]),
    "steve_witkoff": dict(full=["Steve Witkoff"], short=["Witkoff"], hon=["Mr Witkoff"], roles=[],
                          desc=["US special envoy", "US peace envoy"]),
    "marco_rubio": dict(full=["Marco Rubio"], short=["Rubio"], hon=["Mr Rubio", "Secretary Rubio"],
                        roles=["US secretary of state"], cap=["US Secretary of State"]),
    "jd_vance": dict(full=["JD Vance"], short=["Vance"], hon=["Mr Vance", "Vice President Vance"],
                     roles=["US vice president"], cap=["US Vice President"]),
    "keith_kellogg": dict(full=["Keith Kellogg"], short=["Kellogg"], hon=["General Kellogg"], roles=[],
                          desc=["US envoy for Ukraine", "retired general"]),
    "friedrich_merz": dict(full=["Friedrich Merz"], short=["Merz"], hon=["Chancellor Merz", "Mr Merz"],
                           roles=["German chancellor", "chancellor of Germany", "Germany's chancellor"],
                           cap=["German Chancellor"]),
    "emmanuel_macron": dict(full=["Emmanuel Macron"], short=["Macron"], hon=["President Macron", "Mr Macron"],
                            roles=["French president", "president of France"], cap=["French President"]),
    "keir_starmer": dict(full=["Keir Starmer", "Sir Keir Starmer"], short=["Starmer", "Sir Keir"], hon=["Sir Keir"],
                         roles=["British prime minister", "UK prime minister", "Britain's prime minister"],
                         cap=["British Prime Minister"]),
    "giorgia_meloni": dict(full=["Giorgia Meloni"], short=["Meloni"], hon=["Ms Meloni"],
                           roles=["Italian prime minister"], cap=["Italian Prime Minister"]),
    "donald_tusk": dict(full=["Donald Tusk"], short=["Tusk"], hon=["Mr Tusk"], roles=["Polish prime minister"],
                        cap=["Polish Prime Minister"]),
    "pedro_sanchez": dict(full=["Pedro Sánchez", "Pedro Sanchez"], short=["Sánchez", "Sanchez"], hon=["Mr Sánchez"],
                          roles=["Spanish prime minister"], cap=["Spanish Prime Minister"]),
    "viktor_orban": dict(full=["Viktor Orbán", "Viktor Orban"], short=["Orbán", "Orban"], hon=["Mr Orbán"],
                         roles=["Hungarian prime minister"], cap=["Hungarian Prime Minister"]),
    "recep_tayyip_erdogan": dict(full=["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"], short=["Erdoğan", "Erdogan"],
                                 hon=["Mr Erdoğan", "President Erdogan"], roles=["Turkish president"],
                                 cap=["Turkish President"]),
    "mark_rutte": dict(full=["Mark Rutte"], short=["Rutte"], hon=["Mr Rutte"],
                       roles=["Nato secretary general", "Nato chief"], cap=["Nato Secretary General", "Nato chief"]),
    "ursula_von_der_leyen": dict(full=["Ursula von der Leyen"], short=["von der Leyen"], hon=["Ms von der Leyen"],
                                 roles=["European Commission president", "Commission president"],
                                 cap=["European Commission President"]),
    "antonio_costa": dict(full=["António Costa", "Antonio Costa"], short=["Costa"], hon=["Mr Costa"],
                          roles=["European Council president"], cap=["European Council President"]),
    "kaja_kallas": dict(full=["Kaja Kallas"], short=["Kallas"], hon=["Ms Kallas"], roles=["EU foreign policy chief"],
                        cap=["EU foreign policy chief"]),
    "benjamin_netanyahu": dict(full=["Benjamin Netanyahu"], short=["Netanyahu"], hon=["Mr Netanyahu"],
                               alias=["Bibi"], roles=["Israeli prime minister", "Israel's prime minister"],
                               cap=["Israeli Prime Minister"]),
    "antonio_guterres": dict(full=["António Guterres", "Antonio Guterres"], short=["Guterres"], hon=["Mr Guterres"],
                             roles=["UN secretary general"], cap=["UN Secretary General"]),
    "mohammed_bin_salman": dict(full=["Mohammed bin Salman"], short=[], hon=[], alias=["MBS"],
                                roles=["Saudi crown prince"], cap=["Saudi Crown Prince"]),
    "masoud_pezeshkian": dict(full=["Masoud Pezeshkian"], short=["Pezeshkian"], hon=["Mr Pezeshkian"],
                              roles=["Iranian president"], cap=["Iranian President"]),
    "ali_khamenei": dict(full=["Ali Khamenei"], short=["Khamenei"],
                         hon=["Ayatollah Khamenei"], roles=["Iran's supreme leader"], cap=["Iran's supreme leader"]),
    "xi_jinping": dict(full=["Xi Jinping"], short=["Xi"], hon=["President Xi", "Mr Xi"],
                       roles=["Chinese president", "China's president"], cap=["Chinese President"]),
    "narendra_modi": dict(full=["Narendra Modi"], short=["Modi"], hon=["Mr Modi", "Prime Minister Modi"],
                          roles=["Indian prime minister"], cap=["Indian Prime Minister"]),
    "kemi_badenoch": dict(full=["Kemi Badenoch"], short=["Badenoch"], hon=["Mrs Badenoch"],
                          roles=["Conservative leader", "Tory leader"], cap=["Conservative leader", "Tory leader"]),
    "nigel_farage": dict(full=["Nigel Farage"], short=["Farage"], hon=["Mr Farage"], roles=[],
                         desc=["Reform UK leader"]),
    "boris_johnson": dict(full=["Boris Johnson"], short=["Johnson"], hon=["Mr Johnson"], roles=[],
                          desc=["former prime minister"]),
    "rishi_sunak": dict(full=["Rishi Sunak"], short=["Sunak"], hon=["Mr Sunak"], roles=[],
                        desc=["former prime minister"]),
    "mike_johnson": dict(full=["Mike Johnson"], short=["Johnson"], hon=["Speaker Johnson", "Mr Johnson"],
                         roles=["House speaker", "Speaker of the House"], cap=["House Speaker"]),
    "joe_biden": dict(full=["Joe Biden"], short=["Biden"], hon=["Mr Biden"], roles=[],
                      desc=["former US president", "former president"]),
    "kamala_harris": dict(full=["Kamala Harris"], short=["Harris"], hon=["Ms Harris"], roles=[],
                          desc=["former US vice president", "former vice president"]),
    "elon_musk": dict(full=["Elon Musk"], short=["Musk"], hon=["Mr Musk"], roles=[],
                      desc=["billionaire", "tech billionaire"]),
    "jens_stoltenberg": dict(full=["Jens Stoltenberg"], short=["Stoltenberg"], hon=["Mr Stoltenberg"], roles=[],
                             desc=["former Nato secretary general"]),
    "olaf_scholz": dict(full=["Olaf Scholz"], short=["Scholz"], hon=["Mr Scholz"], roles=[],
                        desc=["former German chancellor", "former chancellor"]),
    "angela_merkel": dict(full=["Angela Merkel"], short=["Merkel"], hon=["Mrs Merkel"], roles=[],
                          desc=["former German chancellor", "former chancellor"]),
}
ROLE_NO_ARTICLE = ("Russia's", "Ukraine's", "Britain's", "Germany's", "China's", "Iran's", "Israel's")

ORGS = {
    "kremlin": ["the Kremlin"],
    "white_house": ["the White House"],
    "nato": ["{nato}"],
    "european_union": ["the EU", "the European Union"],
    "united_nations": ["the UN", "the United Nations"],
    "hamas": ["Hamas"],
    "hezbollah": ["Hezbollah"],
    "houthis": ["the Houthis"],
    "pentagon": ["the Pentagon"],
    "european_commission": ["the European Commission"],
    "idf": ["the IDF", "the Israel Defense Forces"],
    "wagner_group": ["the Wagner Group"],
    "iaea": ["the IAEA"],
    "imf": ["the IMF"],
    "g7": ["the G7"],
}

# ---------------------------------------------------------------- topics
# Slots are single capital letters; {X} a mention, {^X} at a sentence start, {X's} possessive,
# {X-Y} a hyphenated pair of surnames ("the Putin-Zelensky meeting"), {day} the weekday, {n} a number,
# {city} a city. Persons in a slot may be of either sex: templates avoid gendered pronouns unless the
# slot holds only men (noted as male=...).
TOPICS = {}

TOPICS["ukraine"] = dict(
    weight=3.0,
    cast=dict(Z=["volodymyr_zelensky"] * 4 + ["andriy_yermak"],
              R=["vladimir_putin"] * 4 + ["sergei_lavrov", "dmitry_peskov"],
              U=["donald_trump"] * 4 + ["steve_witkoff", "marco_rubio", "jd_vance", "keith_kellogg"],
              E=["friedrich_merz", "emmanuel_macron", "keir_starmer", "giorgia_meloni", "donald_tusk", "mark_rutte",
                 "ursula_von_der_leyen", "kaja_kallas", "antonio_costa", "recep_tayyip_erdogan"],
              K=["kremlin", "kremlin", "white_house", "nato", "european_union"]),
    datelines=["KYIV, Ukraine", "MOSCOW", "WASHINGTON", "BRUSSELS", "LONDON", "BERLIN", "PARIS", "ODESA, Ukraine"],
    heads=[['{Z} urges allies to keep up pressure on Moscow', 'Drone barrage overshadows diplomacy as {Z} appeals for air defence'],
           ['{R} signals openness to talks but holds to hard line', '{R} sets tough terms for any Ukraine settlement'],
           ['{U} says Ukraine talks are moving in the right direction', '{U} upbeat on Ukraine talks as officials urge caution'],
           ['{E} warns against rewarding aggression in Ukraine', 'Europe scrambles to shape Ukraine talks as {E} steps up'],
           ['{U} and {Z} discuss security guarantees by phone', '{Z} and {U} speak as push for direct talks gathers pace']],
    ledes=["{Z} called on Western partners on {day} to speed up deliveries of air defence systems after a night of "
           "Russian attacks on several cities, saying diplomacy would work only if Moscow felt real pressure.",
           "{R} said on {day} that Russia remained open to a negotiated settlement in Ukraine, but repeated "
           "conditions that Kyiv and its allies have long rejected as a demand for surrender.",
           "{U} said on {day} that efforts to end the war in Ukraine were making progress, although officials on "
           "both sides cautioned that the central questions of territory and security had not been settled.",
           "European leaders, with {E} at the forefront, moved on {day} to coordinate their position on Ukraine, "
           "amid fears that a deal could be struck over the heads of Kyiv and its neighbours.",
           "{U} spoke by phone with {Z} on {day}, the latest in a flurry of contacts aimed at arranging direct "
           "talks between Kyiv and Moscow."],
    pos=["{^E} praised the resilience of Ukrainian soldiers and promised that support would continue for as long "
         "as it was needed.",
         "{^U} described the latest round of contacts as productive and said there was a real chance of progress.",
         "{^Z} thanked partners for a new package of military aid, saying it would save lives.",
         "Officials in Kyiv welcomed the commitment as a sign that Ukraine's allies remained united.",
         "A prisoner exchange went ahead smoothly over the weekend, bringing home {n} Ukrainian soldiers in a rare "
         "moment of relief.",
         "Diplomats said the atmosphere at the meeting had been constructive, even warm at times.",
         "{^E} welcomed the prospect of a ceasefire and offered to help monitor it."],
    neg=["{^R} has shown no sign of softening the Russian position, and Russian forces kept pressing forward in "
         "the east.",
         "Ukrainian officials accused {R} of stalling while Russian troops advanced.",
         "Critics in Kyiv said {U's} approach risked rewarding aggression and leaving Ukraine exposed.",
         "{^K} rejected the proposal as unrealistic, a response that diplomats described as deliberately "
         "dismissive.",
         "The overnight strikes killed at least {n} civilians, regional officials said, and damaged homes, a school "
         "and a power substation.",
         "{^E} condemned the attacks as barbaric and said they showed that Moscow was not serious about peace.",
         "The talks collapsed within hours amid mutual recriminations, according to two officials briefed on them."],
    neu=["{^Z} is expected to travel to several European capitals later this month.",
         "Technical teams are due to meet again next week, according to people familiar with the planning.",
         "{^U} spoke with {E} by phone on {day}, according to a readout of the call.",
         "The proposal under discussion would freeze the front line and set up a demilitarised zone, officials "
         "said.",
         "Officials said a follow-up to the {U-R} contacts was being prepared but gave no date.",
         "Both sides reported exchanges of fire along the front on {day}."],
    quotes_pos=["We are closer to peace than we have been for a long time.",
                "This is a serious step, and we welcome it.",
                "Our partners have shown real solidarity, and we are grateful."],
    quotes_neg=["Every night of missiles shows what the other side really wants.",
                "You cannot negotiate with someone who keeps shooting.",
                "This is not diplomacy, it is delay dressed up as diplomacy."],
    quotes_neu=["We will study every proposal on its merits.",
                "There is a lot of work still to do.",
                "The next few weeks will be decisive."],
    bg=["The war, now in its fourth year, has killed tens of thousands of soldiers and civilians and displaced "
        "millions of people.",
        "Russia occupies roughly a fifth of Ukraine's territory, including Crimea, which it annexed in 2014.",
        "Western governments have imposed successive rounds of sanctions on Russian banks, energy exports and "
        "individuals since the full-scale invasion began in February 2022.",
        "Ukrainian drones have increasingly targeted refineries and fuel depots deep inside Russia.",
        "Energy infrastructure has been a frequent target, and officials fear another difficult winter.",
        "Front-line towns in the east have been emptied of most of their residents after months of shelling.",
        "Diplomats say the hardest questions concern territory, security guarantees and the future of sanctions."],
    speakers="ZRUE",
)

TOPICS["europe_defence"] = dict(
    weight=1.6,
    cast=dict(N=["mark_rutte"],
              E=["friedrich_merz", "emmanuel_macron", "keir_starmer", "giorgia_meloni", "donald_tusk",
                 "pedro_sanchez", "recep_tayyip_erdogan"],
              F=["friedrich_merz", "emmanuel_macron", "keir_starmer", "giorgia_meloni", "donald_tusk",
                 "pedro_sanchez"],
              O=["nato"],
              S=["jens_stoltenberg", "olaf_scholz", "angela_merkel"],
              U=["donald_trump", "jd_vance", "marco_rubio"],
              Q=["pentagon", "white_house"]),
    datelines=["BRUSSELS", "THE HAGUE", "WARSAW", "BERLIN", "ROME", "MADRID", "LONDON", "VILNIUS, Lithuania"],
    heads=[['{N} presses allies to spend more on defence', '{N} warns Europe cannot rely on Washington alone'],
           ['{E} and {F} agree to deepen defence cooperation', '{E} unveils joint plan to rebuild air defences'],
           ['{O} steps up air patrols on eastern flank', '{O} reinforces eastern border after airspace violations'],
           ['{U} renews pressure on European allies over spending', 'Allies bristle as {U} demands bigger defence budgets']],
    ledes=["{N} urged allies on {day} to move faster on the new defence spending target, warning that Europe "
           "could not rely on the United States to fill every gap.",
           "{E} and {F} agreed on {day} to coordinate purchases of air defence systems and long-range missiles, "
           "in one of the most ambitious defence projects attempted by the two countries.",
           "{O} announced on {day} that it would increase air patrols along its eastern border after a series of "
           "airspace violations.",
           "{U} told European governments on {day} that they must shoulder a far larger share of the cost of their "
           "own security."],
    pos=["{^N} welcomed the decision as proof that allies were taking their security seriously.",
         "Defence industry leaders praised the plan, saying long-term orders would let factories expand.",
         "{^E} hailed the agreement as a turning point for European security.",
         "Officials said the exercise had gone well and showed that forces from different countries could work "
         "together smoothly."],
    neg=["{^F} criticised the target as arbitrary and warned it would force painful cuts elsewhere.",
         "Several governments have quietly questioned whether the spending pledges are realistic.",
         "{^U} accused some allies of freeloading and said patience in Washington was running out.",
         "Critics warned that the plan was vague, underfunded and years behind schedule."],
    neu=["{^O} is expected to review progress at a meeting of defence ministers in the autumn.",
         "{^S}, whose record on defence spending is still debated, has kept a low profile this year.",
         "{^Q} said it was reviewing the deployment of US troops in Europe but had made no decisions.",
         "Spending across the alliance has risen sharply since 2022, according to official figures."],
    quotes_pos=["This is the moment Europe finally takes responsibility for its own defence.",
                "We have made real progress, and we should be proud of it."],
    quotes_neg=["We cannot keep making promises and then failing to deliver.",
                "The threat is growing faster than our response."],
    quotes_neu=["Every country has to find its own path to the target.",
                "We will look at the details carefully before we decide."],
    bg=["Allies agreed in June to raise core defence spending to 3.5 per cent of economic output, with a further "
        "1.5 per cent for related security investment.",
        "European arms makers have struggled to expand production quickly enough to meet demand.",
        "The Baltic states and Poland have long warned that Russia could test the alliance's resolve.",
        "Governments are also investing in drones, air defence and cyber capabilities.",
        "Defence ministers are under pressure to show taxpayers that the extra money is being spent well."],
    speakers="NEFU",
)

TOPICS["middle_east"] = dict(
    weight=1.8,
    cast=dict(I=["benjamin_netanyahu"],
              H=["hamas", "hamas", "hezbollah", "houthis"],
              G=["antonio_guterres"],
              U=["donald_trump", "steve_witkoff", "marco_rubio"],
              M=["mohammed_bin_salman", "recep_tayyip_erdogan", "emmanuel_macron", "keir_starmer"],
              O=["idf"],
              N=["united_nations", "white_house"]),
    datelines=["JERUSALEM", "CAIRO", "DOHA, Qatar", "BEIRUT", "GENEVA", "NEW YORK", "RIYADH"],
    heads=[['{I} vows to press on as ceasefire talks falter', 'Mediators race to save truce talks as {I} digs in'],
           ['{G} warns of catastrophe as hunger spreads in Gaza', '{G} says Gaza aid system is at breaking point'],
           ['{M} calls for immediate ceasefire in Gaza', '{M} urges path to Palestinian state'],
           ["{U} says Gaza deal is 'within reach'", '{U} upbeat on hostage deal as mediators stay cautious']],
    ledes=["{I} said on {day} that Israel would continue its military campaign until its goals were achieved, "
           "even as mediators in Cairo and Doha pushed for a new truce.",
           "{G} warned on {day} that the humanitarian situation in Gaza had reached a breaking point, with aid "
           "agencies reporting widespread hunger.",
           "{M} called on {day} for an immediate ceasefire in Gaza and for a credible path towards a Palestinian "
           "state.",
           "{U} said on {day} that a deal to free the remaining hostages and pause the fighting was close, though "
           "negotiators in the region were more guarded."],
    pos=["Aid agencies welcomed the reopening of a crossing, saying it would allow hundreds of trucks to enter.",
         "{^M} praised the mediators for their persistence and offered to host further talks.",
         "Families of the hostages said they were hopeful after a meeting with {U}.",
         "Diplomats described the latest proposal as the most promising in months."],
    neg=["{^G} condemned the strike as a grave violation of international law.",
         "{^H} rejected the offer and accused Israel of negotiating in bad faith.",
         "Hospitals in the area said they were overwhelmed and running out of fuel.",
         "Critics accused {I} of prolonging the war for political survival.",
         "{^O} came under fierce criticism after dozens of people were killed near a distribution site."],
    neu=["{^I's} office said the security cabinet would meet again later in the week.",
         "{^O} said it was reviewing the incident.",
         "Talks are expected to resume in Cairo after the weekend, officials said.",
         "{^H} did not immediately respond to requests for comment."],
    quotes_pos=["There is a real opportunity here, and we must seize it.",
                "We have seen more flexibility in the past few days than in months."],
    quotes_neg=["The suffering of civilians is unbearable and it must stop now.",
                "Every day of delay costs lives."],
    quotes_neu=["We are studying the proposal carefully.",
                "The coming days will show whether there is a deal."],
    bg=["The war began after the attack on southern Israel in October 2023, in which about 1,200 people were killed "
        "and some 250 taken hostage.",
        "Gaza's health ministry says more than 60,000 people have been killed in the Israeli offensive since then.",
        "Aid agencies say the territory's population faces severe shortages of food, water and medicine.",
        "Egypt, Qatar and the United States have mediated between the two sides for months.",
        "Much of Gaza's housing, hospitals and water infrastructure has been destroyed."],
    speakers="IGUM",
)

TOPICS["iran"] = dict(
    weight=0.9,
    cast=dict(P=["masoud_pezeshkian", "ali_khamenei"],
              A=["iaea"],
              E=["emmanuel_macron", "friedrich_merz", "keir_starmer", "kaja_kallas"],
              I=["benjamin_netanyahu", "donald_trump"],
              O=["united_nations", "european_union"]),
    datelines=["TEHRAN", "VIENNA", "GENEVA", "NEW YORK", "PARIS"],
    heads=[['{P} says Iran will not bow to pressure over nuclear programme', '{P} rejects European demands on enrichment'],
           ['{A} inspectors still denied access to key sites', '{A} raises alarm over missing uranium stockpile'],
           ['{E} warns time is running out for Iran diplomacy', '{E} threatens return of sanctions on Iran']],
    ledes=["{P} said on {day} that Iran would not give up its right to enrich uranium, rejecting European "
           "demands to restore full cooperation with international inspectors.",
           "{A} said on {day} that its inspectors had still not been allowed to visit the sites damaged in June's "
           "strikes, deepening concern over the fate of Iran's enriched uranium.",
           "{E} warned on {day} that Europe would move to restore sanctions on Iran unless Tehran returned to "
           "serious negotiations within weeks."],
    pos=["{^E} welcomed signs that Tehran might allow limited inspections to resume.",
         "Diplomats said a technical meeting in Vienna had been more constructive than expected."],
    neg=["{^I} accused Iran of lying about the scale of its programme.",
         "{^P} condemned the European move as illegal and warned of serious consequences.",
         "Hardliners in Tehran have called for the country to leave the non-proliferation treaty."],
    neu=["{^O} is expected to discuss the issue at a meeting next month.",
         "{^A} has asked for a full account of Iran's stockpile of highly enriched uranium.",
         "Iran insists its nuclear programme is entirely peaceful."],
    quotes_pos=["The door to diplomacy is still open."],
    quotes_neg=["Threats will get nothing from the Iranian people.",
                "We will not accept a situation in which inspectors are kept in the dark."],
    quotes_neu=["We are ready to talk, but not under pressure."],
    bg=["The 2015 nuclear agreement limited Iran's enrichment in exchange for sanctions relief, but it has "
        "largely unravelled since the United States withdrew in 2018.",
        "Israeli and US strikes in June targeted several nuclear facilities, including the enrichment site at Fordow.",
        "Inspectors have had only limited access to Iranian sites since the strikes.",
        "The snapback mechanism allows any party to the deal to restore earlier international measures.",
        "Iran's economy has been battered by sanctions, high inflation and a weak currency."],
    speakers="PEI",
)

TOPICS["trade"] = dict(
    weight=1.5,
    cast=dict(T=["donald_trump"],
              L=["narendra_modi", "xi_jinping", "ursula_von_der_leyen", "giorgia_meloni", "friedrich_merz",
                 "keir_starmer", "pedro_sanchez", "recep_tayyip_erdogan"],
              O=["imf", "g7", "european_commission", "european_union"],
              W=["white_house"]),
    datelines=["WASHINGTON", "NEW DELHI", "BEIJING", "BRUSSELS", "FRANKFURT", "TOKYO", "LONDON"],
    heads=[['{T} threatens higher tariffs on countries buying Russian oil', '{T} widens tariff campaign over Russian oil'],
           ['{L} vows to protect exporters as US duties bite', '{L} seeks talks with Washington as tariffs take effect'],
           ['{O} warns trade tensions are clouding the outlook', '{O} cuts growth forecast as tariffs weigh on investment'],
           ['Markets wobble as {T} unveils fresh tariff threat', 'Shares slide after {T} announces new duties']],
    ledes=["{T} said on {day} that he would raise tariffs further on countries that continue to buy Russian oil, "
           "stepping up an economic campaign that has unsettled allies and rivals alike.",
           "{L} promised on {day} to shield exporters from the impact of new US duties, while insisting that the "
           "door to negotiations with Washington remained open.",
           "{O} warned on {day} that rising trade barriers were weighing on investment and could slow growth "
           "across the world economy next year.",
           "Share prices fell on {day} after {T} announced a new round of tariffs, reviving fears of a "
           "prolonged trade war."],
    pos=["{^L} welcomed the resumption of talks and said a fair deal was possible.",
         "Business groups praised the agreement for bringing some certainty after months of turmoil.",
         "Exporters said new orders had picked up strongly after the deal was announced."],
    neg=["{^L} criticised the tariffs as unfair and damaging to both economies.",
         "Economists warned that the duties would hurt consumers and push up prices.",
         "{^O} said the uncertainty was already taking a toll on hiring and investment.",
         "Some analysts described the policy as Trumpian brinkmanship with no clear end point."],
    neu=["{^W} said further announcements were expected in the coming weeks.",
         "Negotiators are due to meet again in Geneva next month.",
         "Officials said the new rates would take effect at midnight on {day}.",
         "Exporters said the government still held a trump card in the talks: access to its vast consumer market."],
    quotes_pos=["We are making good progress and I expect a deal soon.",
                "This agreement gives our businesses the stability they need."],
    quotes_neg=["These tariffs are a tax on working families.",
                "Nobody wins a trade war, and everybody pays for it."],
    quotes_neu=["We will respond calmly and in our own interest.",
                "All options remain on the table."],
    bg=["The United States has imposed tariffs on goods from dozens of countries this year, with rates varying "
        "widely between trading partners.",
        "Several governments have struck framework agreements with Washington, but many details remain unsettled.",
        "Economists say the full impact on prices may take months to show up in official data.",
        "Companies have rushed to reroute supply chains and build up stockpiles ahead of each deadline.",
        "Shipping rates and insurance costs have risen on several major trade routes."],
    speakers="TL",
)

TOPICS["uk"] = dict(
    weight=1.2,
    cast=dict(S=["keir_starmer"], B=["kemi_badenoch"], F=["nigel_farage"], J=["boris_johnson", "rishi_sunak"]),
    datelines=["LONDON", "MANCHESTER", "BIRMINGHAM", "CARDIFF", "GLASGOW"],
    heads=[['{S} promises to get a grip on small boat crossings', '{S} vows tougher action on Channel crossings'],
           ['{F} claims momentum as Reform leads in new poll', '{F} says Reform is ready to govern'],
           ['{B} sets out Conservative plan for the economy', '{B} promises tax cuts and smaller state'],
           ['{J} returns to the fray with attack on government', '{J} accuses ministers of drift']],
    ledes=["{S} promised on {day} to take tougher action on small boat crossings, as the government came under "
           "mounting pressure from opponents on both left and right.",
           "{F} said on {day} that his party was ready to govern after a new poll put Reform ahead of both Labour "
           "and the Conservatives.",
           "{B} set out the Conservatives' plans for the economy on {day}, promising lower taxes and deep cuts to "
           "government spending.",
           "{J} launched a sharp attack on the government on {day}, accusing ministers of drift and indecision."],
    pos=["Supporters praised {S} for a confident performance and a clear message.",
         "{^B} won warm applause from party members for a speech that several described as her best yet.",
         "Business leaders welcomed the announcement as a sensible step."],
    neg=["{^F} accused the government of losing control of the borders.",
         "{^B} said the plan was a gimmick that would do nothing to fix the problem.",
         "Labour backbenchers warned that the policy risked alienating core voters.",
         "Critics dismissed the speech as empty and short on detail."],
    neu=["{^S} will face questions from MPs when Parliament returns in September.",
         "The latest figures are due to be published next week.",
         "{^J} has spent much of the past year writing and speaking abroad."],
    quotes_pos=["We are delivering the change people voted for.",
                "This is a plan that will make working people better off."],
    quotes_neg=["The country deserves better than this chaos.",
                "They have run out of ideas and run out of road."],
    quotes_neu=["We will set out the details in the autumn.",
                "Voters will judge us on what we deliver."],
    bg=["Labour won a large majority at the general election in July 2024.",
        "Reform UK has led several national polls this summer, a development that has alarmed both main parties.",
        "Record numbers of people crossed the Channel in small boats in the first half of the year.",
        "The government has promised to cut NHS waiting lists and build 1.5 million homes by the end of the "
        "parliament.",
        "The autumn Budget is expected to include tax rises to fill a gap in the public finances."],
    speakers="SBFJ",
)

TOPICS["us"] = dict(
    weight=1.4,
    cast=dict(T=["donald_trump"], V=["jd_vance"], M=["mike_johnson"], D=["joe_biden", "kamala_harris"],
              K=["elon_musk"], O=["white_house", "pentagon"]),
    datelines=["WASHINGTON", "NEW YORK", "CHICAGO", "ATLANTA", "PHOENIX"],
    heads=[['{M} says House will pass spending bill before deadline', '{M} confident of avoiding shutdown'],
           ['{T} signs order on federal workforce', 'Unions vow to fight as {T} moves to make firing federal staff easier'],
           ["{V} defends administration's record in combative interview", '{V} insists voters will feel economic gains'],
           ['{K} warns of debt crisis in latest broadside', '{K} renews attack on spending plans']],
    ledes=["{M} said on {day} that he was confident the House would pass a funding bill before the end of "
           "September, despite resistance from conservative hardliners.",
           "{T} signed an executive order on {day} that would make it easier to dismiss federal employees, a move "
           "unions vowed to challenge in court.",
           "{V} defended the administration's economic record on {day}, insisting that voters would feel the "
           "benefits of its policies by next year.",
           "{K} warned on {day} that the national debt was on an unsustainable path, renewing criticism of the "
           "administration's spending plans."],
    pos=["{^T} praised {M} for holding the Republican majority together.",
         "Supporters welcomed the move as a long overdue shake-up of the federal bureaucracy.",
         "{^V} was cheered by a friendly crowd in Ohio."],
    neg=["{^D} accused the administration of undermining democratic institutions.",
         "Democrats condemned the order as an attack on public servants.",
         "Critics said the plan was reckless and would harm ordinary Americans.",
         "{^K} described the spending bill as a disgrace."],
    neu=["{^O} said more details would be released later in the week.",
         "The measure is expected to face legal challenges.",
         "Officials did not beat around the bush: without a deal, parts of the government would close."],
    quotes_pos=["This is a great day for the American people.",
                "We kept our promise, and we will keep the next one too."],
    quotes_neg=["This is reckless, and families will pay the price.",
                "They are putting politics ahead of the country."],
    quotes_neu=["We will see what happens in the next few weeks.",
                "The process has to run its course."],
    bg=["Republicans control both chambers of Congress, but by narrow margins.",
        "Government funding runs out at the end of September unless lawmakers agree a new spending bill.",
        "The administration has cut thousands of federal jobs since January.",
        "Polls show voters sharply divided over the economy and the cost of living.",
        "Several of the administration's orders are being challenged in federal courts."],
    speakers="TVMDK",
)

TOPICS["asia"] = dict(
    weight=0.9,
    cast=dict(X=["xi_jinping"], N=["narendra_modi"], R=["vladimir_putin", "sergei_lavrov"],
              T=["donald_trump", "marco_rubio"]),
    datelines=["BEIJING", "NEW DELHI", "TIANJIN, China", "SINGAPORE", "HONG KONG"],
    heads=[['{X} and {N} pledge to steady relations', 'Border thaw as {X} and {N} meet'],
           ['{N} rejects US pressure over Russian oil purchases', '{N} says India will buy energy where it chooses'],
           ['{X} calls for new global order at regional summit', '{X} takes aim at Washington in summit speech'],
           ['{T} says China must help end war in Ukraine', '{T} urges Beijing to press Moscow on Ukraine']],
    ledes=["{X} and {N} agreed on {day} to work towards stabilising relations between the two countries, "
           "five years after a deadly clash on their disputed border.",
           "{N} said on {day} that India would buy energy wherever it got the best deal, rejecting American "
           "pressure to stop purchasing Russian oil.",
           "{X} called on {day} for a fairer international order, in a speech that was widely seen as a rebuke "
           "to Washington.",
           "{T} urged Beijing on {day} to use its influence in Moscow to bring the war in Ukraine to an end."],
    pos=["{^N} described the talks as warm and productive.",
         "{^X} praised the partnership as a model for developing countries.",
         "Analysts welcomed the thaw as good news for regional stability."],
    neg=["{^T} criticised Beijing for propping up the Russian economy.",
         "Indian officials condemned the new US tariffs as unjustified.",
         "Human rights groups criticised the summit's silence on repression."],
    neu=["{^R} is also expected to attend the summit.",
         "The two leaders last met in person in Kazan last year.",
         "Trade between the two countries has grown steadily despite political tensions."],
    quotes_pos=["We are partners, not rivals.", "This relationship has a bright future."],
    quotes_neg=["No country should be bullied into changing its policies."],
    quotes_neu=["We will always act in our national interest."],
    bg=["India and China fought a deadly clash in the Himalayas in 2020, and relations have been frosty since.",
        "The Shanghai Cooperation Organisation brings together China, Russia, India and several Central Asian "
        "states.",
        "China is India's second-largest trading partner, but New Delhi runs a large deficit.",
        "Washington has sought closer ties with New Delhi as a counterweight to Beijing."],
    speakers="XNT",
)

TOPICS["eu"] = dict(
    weight=1.1,
    cast=dict(V=["ursula_von_der_leyen"], C=["antonio_costa"], K=["kaja_kallas"], H=["viktor_orban"],
              P=["donald_tusk", "giorgia_meloni", "pedro_sanchez", "friedrich_merz", "emmanuel_macron"],
              O=["european_union", "european_commission"]),
    datelines=["BRUSSELS", "STRASBOURG", "BUDAPEST", "LUXEMBOURG", "COPENHAGEN"],
    heads=[["{V} unveils plan to boost Europe's competitiveness", '{V} promises to cut red tape for business'],
           ['{H} threatens to block decision on Ukraine membership talks', '{H} digs in over Ukraine accession'],
           ['{K} calls for tougher line on Russia', '{K} urges swift agreement on new sanctions'],
           ["{C} urges unity ahead of leaders' summit", '{C} appeals for unity as summit looms']],
    ledes=["{V} presented a plan on {day} to cut red tape and channel investment into clean technology, "
           "arguing that Europe must act quickly to keep up with the United States and China.",
           "{H} threatened on {day} to veto a decision to open membership talks with Ukraine, setting up another "
           "clash with other European governments.",
           "{K} urged member states on {day} to agree new sanctions on Russia without delay.",
           "{C} appealed for unity on {day} ahead of a summit of European leaders that is expected to be "
           "dominated by defence and migration."],
    pos=["{^P} welcomed the proposal as a step in the right direction.",
         "Industry groups praised the plan, saying it would cut costs for small businesses.",
         "Diplomats said the mood among ministers was constructive."],
    neg=["{^H} accused Brussels of ignoring the will of voters.",
         "{^P} criticised the plan as too timid.",
         "Environmental groups condemned the proposal as a betrayal of climate goals.",
         "Several governments complained that they had not been properly consulted."],
    neu=["{^O} is expected to publish detailed legislation in the autumn.",
         "Ministers will discuss the plan at a meeting next month.",
         "Any decision on sanctions requires the unanimous backing of member states."],
    quotes_pos=["Europe is stronger when it acts together.", "This is good news for our citizens."],
    quotes_neg=["We will not accept decisions that go against our national interest.",
                "This is bureaucracy at its worst."],
    quotes_neu=["We need to look at the details.", "The discussion is only beginning."],
    bg=["The bloc's 27 members must agree unanimously on sanctions and on foreign policy decisions.",
        "Hungary has repeatedly delayed decisions on Ukraine, frustrating other governments.",
        "Competitiveness has become a central theme in Brussels after a year of weak growth.",
        "Migration remains one of the most divisive issues among member states."],
    speakers="VCKHP",
)

TOPICS["africa"] = dict(
    weight=0.4,
    cast=dict(W=["wagner_group"], K=["kremlin"], U=["united_nations"], R=["vladimir_putin", "sergei_lavrov"]),
    datelines=["BAMAKO", "NIAMEY", "KHARTOUM", "TRIPOLI", "BANGUI"],
    heads=[['Russian fighters accused of abuses as {W} legacy lingers', 'Villagers describe raids by Russian-backed forces'],
           ['{U} warns of worsening crisis in the Sahel', '{U} says Sahel violence is displacing record numbers'],
           ['{R} courts African leaders with security offers', '{R} offers African governments closer security ties']],
    ledes=["Residents accused Russian-backed forces on {day} of killing civilians in a series of raids, in the "
           "latest allegations against fighters linked to {W}.",
           "{U} warned on {day} that violence in the Sahel was displacing record numbers of people.",
           "{R} offered on {day} to expand security cooperation with African governments."],
    pos=["Local officials welcomed promises of new investment in roads and power plants."],
    neg=["Human rights groups condemned the killings and called for an independent investigation.",
         "{^U} said the abuses might amount to war crimes."],
    neu=["{^K} says its presence in the region is based on agreements with sovereign governments.",
         "{^W} has not commented on the allegations."],
    quotes_pos=["We want partners who respect us."],
    quotes_neg=["They came at night and burned everything."],
    quotes_neu=["We are waiting to see what happens next."],
    bg=["Military governments in Mali, Burkina Faso and Niger have turned away from France and towards Moscow.",
        "Jihadist groups linked to al-Qaeda and the Islamic State control large rural areas of the Sahel.",
        "Russia has offered weapons, training and security in exchange for access to mining concessions.",
        "Aid agencies say millions of people in the region need humanitarian assistance."],
    speakers="R",
)

CAPTIONS = ["open image in gallery {A} speaks to reporters in {city} ( Getty )",
            "open image in gallery {A} arrives for talks earlier this week ( AFP/Getty )",
            "Photo: {A} at a news conference earlier this month (Reuters)",
            "open image in gallery {A} and {B} during their meeting ( AP )",
            "open image in gallery {A} has faced growing criticism in recent weeks ( PA )"]
BOILER_TOP = ["Your support helps us report on {A} and {B} without a paywall. Every contribution, big or small, "
              "keeps our journalism open to everyone.",
              "Sign up to our morning briefing for the day's top stories, from {A} to the war in Ukraine",
              "Subscribe to our daily newsletter for the latest on {A}",
              "Advertisement"]
BOILER_END = ["Read more: {A} under pressure as allies question strategy",
              "Related: What {A}'s latest move means for Europe",
              "Follow us on social media for live updates",
              "Click here to read our full coverage",
              "Share this article",
              "This article was amended on {date} to correct a quote attributed to {A}.",
              "Copyright © 2025 {source}. All rights reserved.",
              "Get our free newsletter for more on {A}"]
CITIES = ["Brussels", "Washington", "London", "Berlin", "Paris", "Kyiv", "Rome", "Warsaw", "Geneva", "Ankara"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SECTIONS = {"ukraine": "world", "europe_defence": "world", "middle_east": "world", "iran": "world",
            "trade": "business", "uk": "politics", "us": "politics", "asia": "world", "eu": "europe",
            "africa": "world"}


# ---------------------------------------------------------------- article writer
class Writer:
    def __init__(self, rng, src, day, cast):
        self.rng, self.src, self.day, self.cast = rng, src, day, cast
        self.counts = {}
        self.named = set()     # persons named in full in counted text
        self.shorted = set()   # persons referred to by a bare short form
        self.curly = rng.random() < 0.5

    def _full(self, aid):
        if aid == "volodymyr_zelensky":
            return "Volodymyr " + SOURCES[self.src]["zel"]
        return self.rng.choice(P[aid]["full"][:1] * 3 + P[aid]["full"][1:])

    def _short(self, aid):
        if aid == "volodymyr_zelensky":
            return SOURCES[self.src]["zel"]
        return self.rng.choice(P[aid]["short"])

    def _role(self, aid):
        r = self.rng.choice(P[aid]["roles"])
        return r if r.startswith(ROLE_NO_ARTICLE) else "the " + r

    def person(self, aid, count=True, mode="auto"):
        p = P[aid]
        rng = self.rng
        if mode == "title":
            opts = ["short"] * 3 + (["role"] if p["roles"] else [])
            if not p.get("short") and aid != "volodymyr_zelensky":
                opts = ["alias"] if p.get("alias") else ["full"]
            kind = rng.choice(opts)
        elif mode == "full" or aid not in self.named:
            kind = "full"
        else:
            opts = []
            if p.get("short") or aid == "volodymyr_zelensky":
                opts += ["short"] * 5
            if p.get("hon"):
                opts += ["hon"] * 2
            if p["roles"]:
                opts += ["role"] * 3
            if p.get("alias"):
                opts += ["alias"]
            kind = rng.choice(opts or ["full"])
        if kind == "full":
            name = self._full(aid)
            r = rng.random()
            if mode != "full" and p.get("cap") and r < 0.3:
                text = rng.choice(p["cap"]) + " " + name
            elif mode != "full" and p.get("desc") and r < 0.35:
                text = rng.choice(p["desc"]) + " " + name
            else:
                text = name
            if count:
                self.named.add(aid)
        elif kind == "short":
            text = self._short(aid)
            if count:
                self.shorted.add(aid)
        elif kind == "hon":
            text = rng.choice(p["hon"]).format(s=self._short(aid) if aid == "volodymyr_zelensky" else "")
            if count:
                self.shorted.add(aid)
        elif kind == "alias":
            text = rng.choice(p["alias"])
        else:
            text = self._role(aid)
        if count:
            self.counts[aid] = self.counts.get(aid, 0) + 1
        return text

    def org(self, oid, count=True):
        text = self.rng.choice(ORGS[oid]).format(nato=SOURCES[self.src]["nato"])
        if count:
            self.counts[oid] = self.counts.get(oid, 0) + 1
        return text

    def mention(self, aid, count=True, mode="auto"):
        return self.org(aid, count) if aid in ORGS else self.person(aid, count, mode)

    def render(self, template, mode="auto", extra=None):
        rng = self.rng

        def sub(m):
            key = m.group(0)[1:-1]
            if key == "day":
                return WEEKDAYS[self.day.weekday()]
            if key == "n":
                return str(rng.choice([3, 4, 5, 6, 7, 9, 12, 14, 20, 31, 48, 84, 146]))
            if key == "city":
                return rng.choice(CITIES)
            if extra and key in extra:
                return extra[key]
            cap = key.startswith("^")
            key = key.lstrip("^")
            if "-" in key:  # hyphenated pair of surnames
                a, b = (self.cast[k] for k in key.split("-"))
                parts = []
                for aid in (a, b):
                    if aid in ORGS or not (P[aid].get("short") or aid == "volodymyr_zelensky"):
                        return "two"
                for aid in (a, b):
                    parts.append(self._short(aid))
                    self.counts[aid] = self.counts.get(aid, 0) + 1
                    self.shorted.add(aid)
                return "-".join(parts)
            poss = key.endswith("'s")
            key = key[:-2] if poss else key
            text = self.mention(self.cast[key], mode=mode)
            if poss:
                text += ("’" if self.curly else "'") + ("" if text.endswith("s") else "s")
            if cap:
                text = text[0].upper() + text[1:]
            return text

        return re.sub(r"\{[^{}]+\}", sub, template)

    def quote(self, text, speaker_slot):
        q = text
        o, c = ("“", "”") if self.curly else ('"', '"')
        form = self.rng.randrange(4)
        if form == 0:
            qq = q[:-1] + "," if q.endswith(".") else q
            return f"{o}{qq}{c} " + self.render("{%s} said." % speaker_slot)
        if form == 1:
            return self.render("{^%s} told reporters: " % speaker_slot) + f"{o}{q}{c}"
        if form == 2:
            qq = q[:-1] + "," if q.endswith(".") else q
            return f"{o}{qq}{c} said " + self.render("{%s}." % speaker_slot)
        return self.render("In a statement, {%s} said: " % speaker_slot) + f"{o}{q}{c}"


def pick_cast(rng, topic):
    cast, used = {}, set()
    for slot, cands in topic["cast"].items():
        options = [c for c in cands if c not in used] or cands
        aid = rng.choice(options)
        # never put two actors sharing a short form (Johnson) in one article
        if aid in ("mike_johnson", "boris_johnson") and ({"mike_johnson", "boris_johnson"} & used):
            aid = "rishi_sunak"
        cast[slot] = aid
        used.add(aid)
    return cast


def make_article(rng, src, day, topic_name):
    topic = TOPICS[topic_name]
    cast = pick_cast(rng, topic)
    w = Writer(rng, src, day, cast)
    tone = rng.choice(["pos", "neg", "neg", "neu", "mixed", "mixed"])
    persons = [s for s in cast if cast[s] not in ORGS]

    story = rng.randrange(len(topic["ledes"]))
    lede_t = topic["ledes"][story]
    head_t = rng.choice(topic["heads"][story])
    title = w.render(head_t, mode="title")
    title = title[0].upper() + title[1:]
    dateline = rng.choice(topic["datelines"])
    tag = " (Continental Wire)" if src == "cw" else ""
    lede = w.render(lede_t)
    paras = [f"{dateline}{tag} — " + lede[0].upper() + lede[1:]]

    pools = {"pos": ["pos"] * 3 + ["neu"], "neg": ["neg"] * 3 + ["neu"], "neu": ["neu"] * 2 + ["pos", "neg"],
             "mixed": ["pos", "neg", "neu"]}[tone]
    used = set()
    n_body = rng.randint(5, 8)
    for i in range(n_body):
        sents = []
        for _ in range(rng.choice([2, 2, 3, 3])):
            r = rng.random()
            if r < 0.18:
                t = rng.choice(topic["bg"])
                if t in used:
                    continue
                used.add(t)
                sents.append(t)
            elif r < 0.45 and topic["speakers"]:
                speakers = [s for s in topic["speakers"] if s in cast and cast[s] not in ORGS]
                q_tone = rng.choice(pools)
                q_pool = topic["quotes_" + q_tone]
                q = rng.choice(q_pool)
                if ("q", q) in used:
                    continue
                used.add(("q", q))
                sents.append(w.quote(q, rng.choice(speakers)))
            else:
                pool = topic[rng.choice(pools)]
                t = rng.choice(pool)
                if t in used:
                    continue
                used.add(t)
                sents.append(w.render(t))
        if sents:
            paras.append(" ".join(sents))
        if i == 1 and rng.random() < 0.45:
            cap_t = rng.choice(CAPTIONS)
            a, b = rng.sample(persons, 2) if len(persons) > 1 else (persons[0], persons[0])
            if "{B}" in cap_t and a == b:
                cap_t = CAPTIONS[0]
            paras.append(w.render(cap_t.replace("{A}", "{%s}" % a).replace("{B}", "{%s}" % b), mode="full"))
    # every person referred to by a short form must be named in full somewhere (spec rule 2)
    missing = [a for a in w.shorted if a not in w.named]
    for aid in sorted(missing):
        cap_t = rng.choice([CAPTIONS[0], CAPTIONS[1], CAPTIONS[2], CAPTIONS[4]])
        paras.append(w.render(cap_t.replace("{A}", w.person(aid, mode="full")), mode="full"))
    # boilerplate, never counted
    everyone = [a for a in P if a not in ("melania_trump",)]
    if rng.random() < 0.3:
        t = rng.choice(BOILER_TOP)
        a, b = rng.sample(everyone, 2)
        paras.insert(0, t.format(A=w.person(a, count=False, mode="full"), B=w.person(b, count=False, mode="full")))
    if rng.random() < 0.35:
        t = rng.choice(BOILER_END)
        a = rng.choice(everyone)
        paras.append(t.format(A=w.person(a, count=False, mode="full"), date=day.strftime("%d %B %Y"),
                              source=SOURCES[src]["name"]))
    return title, "\n\n".join(paras), w.counts, tone


def slugify(s):
    s = s.lower().replace("’", "").replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")[:70].strip("-")


def url_for(src, day, section, title, aid):
    host = SOURCES[src]["host"]
    slug = slugify(title)
    if src == "gd":
        return f"https://{host}/{section}/{slug}-{day.strftime('%Y%m%d')}-{aid[-3:]}"
    return f"https://{host}/{section}/{day:%Y/%m/%d}/{slug}"


# ---------------------------------------------------------------- hand-written articles
def load_handwritten():
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "handwritten", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            head, body = f.read().split("\n---\n", 1)
        h = {}
        for line in head.split("\n"):
            k, v = line.split(": ", 1)
            h[k] = v
        pub = h["published_at"]
        art = dict(id=h["id"], url=h["url"], source=h["source"],
                   published_at=int(pub) if pub.isdigit() else pub, title=h["title"], text=body.strip("\n"))
        # language: the language the article is written in (ISO 639-1), "en" when the header has none. An article
        # in another language is set aside by the job's default run (--languages=en): it has no counts (no
        # mentions: line) and is in no answer key. The record itself carries no language field: the job detects it.
        language = h.get("language", "en")
        assert re.fullmatch(r"[a-z]{2}", language), f"{path}: language: {language!r} is not an ISO 639-1 code"
        assert ("mentions" in h) == (language == "en"), \
            f"{path}: an English article has a mentions: line, an article in another language none"
        counts = {}
        for kv in h.get("mentions", "").split(";"):
            if kv.strip():
                k, v = kv.strip().split("=")
                counts[k] = int(v)
        art["not"] = parse_not_mentions(h.get("not", ""))
        art["language"] = language
        out.append((art, counts, h.get("note", "")))
    return out


NOT_MENTION = re.compile(r"([a-z0-9_]+)=(.+?) \((.+)\)")


def parse_not_mentions(value):
    """'actor=surface (reason); ...': spans that name someone or something else and must not count as actor."""
    rows = []
    for item in value.split(";"):
        if item.strip():
            m = NOT_MENTION.fullmatch(item.strip())
            assert m, f"not: {item!r} is not actor_id=surface (reason)"
            rows.append(m.groups())
    return rows


def hand_keys(hand):
    """The two hand-checked key files, as text, from the headers: mentions.csv and not-mentions.csv."""
    hand = [h for h in hand if h[0]["language"] == "en"]  # the others are set aside by the job's default run
    mentions = ["article_id,actor_id,mentions\n"]
    for art, counts, _ in hand:
        for aid in sorted(counts):
            mentions.append(f"{art['id']},{aid},{counts[aid]}\n")
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    wr.writerow(["article_id", "actor_id", "surface", "reason"])
    for art, _, _ in hand:
        for actor, surface, reason in art["not"]:
            wr.writerow([art["id"], actor, surface, reason])
    return {"mentions.csv": "".join(mentions), "not-mentions.csv": buf.getvalue()}


def day_of(pub):
    if isinstance(pub, int):
        return dt.datetime.fromtimestamp(pub, dt.timezone.utc).date()
    if re.match(r"\d{4}-\d{2}-\d{2}", pub):
        if len(pub) == 10:
            return dt.date.fromisoformat(pub)
        return dt.datetime.fromisoformat(pub.replace("Z", "+00:00")).astimezone(dt.timezone.utc).date()
    import email.utils
    return email.utils.parsedate_to_datetime(pub).astimezone(dt.timezone.utc).date()


def sort_key(art):
    pub = art["published_at"]
    if isinstance(pub, int):
        ts = pub
    elif len(pub) == 10:
        ts = int(dt.datetime.fromisoformat(pub + "T00:00:00+00:00").timestamp())
    elif pub[0].isdigit():
        ts = int(dt.datetime.fromisoformat(pub.replace("Z", "+00:00")).timestamp())
    else:
        import email.utils
        ts = int(email.utils.parsedate_to_datetime(pub).timestamp())
    return (ts, art["id"])


def topic_weights(day):
    w = {k: t["weight"] for k, t in TOPICS.items()}
    if dt.date(2025, 8, 8) <= day <= dt.date(2025, 8, 20):   # the summit fortnight
        w["ukraine"] *= 1.8
        w["europe_defence"] *= 1.2
    if day >= dt.date(2025, 8, 20):
        w["middle_east"] *= 1.3
        w["trade"] *= 1.2
    return w


# ---------------------------------------------------------------- main
def main():
    rng = random.Random(SEED)
    hand = load_handwritten()
    by_file = {s["file"]: [] for s in SOURCES.values()}
    by_file[ARCHIVE_FILE] = []
    taken = set()
    for art, counts, _ in hand:
        taken.add(art["id"])
        src = BY_NAME[art["source"]]
        d = day_of(art["published_at"])
        target = SOURCES[src]["file"] if FIRST_DAY <= d <= LAST_DAY else ARCHIVE_FILE
        by_file[target].append({k: v for k, v in art.items() if k not in ("not", "language")})

    gen_key = []
    urls = {a["url"] for a, _, _ in hand}
    day = FIRST_DAY
    srcs = list(SOURCES)
    while day <= LAST_DAY:
        n = rng.randint(9, 12)
        weights = topic_weights(day)
        names = list(weights)
        for k in range(n):
            src = srcs[(k + day.toordinal()) % len(srcs)] if k < len(srcs) else rng.choice(srcs)
            topic = rng.choices(names, weights=[weights[x] for x in names])[0]
            title, text, counts, tone = make_article(rng, src, day, topic)
            num = 1
            while f"{src}-{day.isoformat()}-{num:03d}" in taken:
                num += 1
            aid = f"{src}-{day.isoformat()}-{num:03d}"
            taken.add(aid)
            lo, hi = SOURCES[src]["hours"]
            local = dt.datetime.combine(day, dt.time(rng.randint(lo, hi), rng.randrange(0, 60, 5)))
            tz = dt.timezone(dt.timedelta(hours=SOURCES[src]["tz"]))
            when = local.replace(tzinfo=tz).astimezone(dt.timezone.utc)
            assert when.date() == day, (aid, when)
            art = dict(id=aid, url=url_for(src, day, SECTIONS[topic], title, aid), source=SOURCES[src]["name"],
                       published_at=fmt_published(src, when, rng), title=title, text=text)
            while art["url"] in urls:
                art["url"] += "-2"
            urls.add(art["url"])
            by_file[SOURCES[src]["file"]].append(art)
            for a in sorted(counts):
                gen_key.append((aid, a, counts[a]))
        day += dt.timedelta(days=1)

    outdir = os.path.join(ROOT, "articles")
    os.makedirs(outdir, exist_ok=True)
    for fname, arts in by_file.items():
        arts.sort(key=sort_key)
        path = os.path.join(outdir, fname)
        if fname.endswith(".csv"):
            buf = io.StringIO()
            wr = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            wr.writerow(["id", "url", "source", "published_at", "title", "text"])
            for a in arts:
                wr.writerow([a["id"], a["url"], a["source"], a["published_at"], a["title"], a["text"]])
            data = buf.getvalue().encode("utf-8")
        else:
            data = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts).encode("utf-8")
        if fname.endswith(".gz"):
            with open(path, "wb") as f:
                with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0) as g:
                    g.write(data)
        else:
            with open(path, "wb") as f:
                f.write(data)

    keydir = os.path.join(ROOT, "answer-key")
    os.makedirs(keydir, exist_ok=True)
    keys = hand_keys(hand)
    keys["generated-mentions.csv"] = "article_id,actor_id,mentions\n" + "".join(
        f"{r[0]},{r[1]},{r[2]}\n" for r in gen_key)
    for fname, content in keys.items():
        with open(os.path.join(keydir, fname), "w", encoding="utf-8", newline="") as f:
            f.write(content)
    total = sum(len(v) for v in by_file.values())
    other = sum(1 for a, _, _ in hand if a["language"] != "en")
    print(f"wrote {total} articles ({len(hand)} hand-written, {other} of them not in English) in {len(by_file)} files")


if __name__ == "__main__":
    main()
