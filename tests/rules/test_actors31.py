"""Actors of the actors31 round, on invented wire articles: two bodies joined by "and the", a body whose name
opens with a title's word ("Union of ..."), places that are no actors, outlets cited as sources (invented text)."""

from __future__ import annotations

from summariser.rules.summary import recognised_actors, rules_summary


def _ids(text: str) -> set[str]:
    return {a.id for a in rules_summary(text).actors}


def _recognised(text: str) -> set[str]:
    return {a.id for a in recognised_actors(text)}


def test_two_bodies_joined_by_and_the_are_two_actors():
    ids = _ids("The Federation of Bus Drivers and the Union of Nurses of Ostrava called the strike on Monday.\n")
    assert {"federation-of-bus-drivers", "union-of-nurses-of-ostrava"} <= ids
    # a complement that ends in a place stays one name
    assert "islamic-front-of-korvan-and-the-levant" in _recognised(
        "The Islamic Front of Korvan and the Levant claimed the attack on Sunday.\n")


def test_a_body_whose_name_opens_with_union_or_party_is_no_role():
    assert "union-of-dockers" in _ids("The Union of Dockers rejected the pay offer on Tuesday.\n")
    assert "party-of-renewal" in _ids("The Party of Renewal called for a recount.\n")
    # a title's word before "of" is still a role
    assert not {"president-of-the-regional-council"} & _ids(
        "The President of the Regional Council opened the session.\n")


def test_an_outlet_named_by_an_apposition_or_its_head_is_a_source():
    assert "marovian-herald" not in _ids(
        "The Marovian Herald, a pro-government daily, reported that turnout had reached 64 percent.\n")
    assert "velmora-today" not in _ids("The Velmora Today newspaper said the count had been slow in the north.\n")
    # an outlet that acts is an actor, through its apposition too
    assert "ardenne-post" in _ids("The Ardenne Post, a weekly, sued the interior minister for libel on Monday.\n")
    # a body's own website names no outlet
    assert "harbour-party" in _ids("The Harbour Party website said the party rejected the budget.\n"
                                   "The Harbour Party called for a recount.\n")


def test_a_body_whose_head_comes_before_for_acts_by_a_regular_past():
    summary = rules_summary("Thousands of students rallied in the capital. The Coalition for Free Schools organised "
                            "the march. The group accused the minister of cutting funding.\n")
    assert "coalition-for-free-schools" in {a.id for a in summary.actors}
    accused = next(e for e in summary.events if "accused the minister" in e.evidence)
    assert accused.agents == ["coalition-for-free-schools"]
    # a name whose words before "for" end in no body's word does not act so
    assert "justice-for-miners" not in _ids("Relatives of the dead said Justice for Miners printed the leaflets.\n")


def test_experts_at_a_university_named_with_of_are_no_speakers_for_it():
    assert "university-of-kassandra" not in _ids(
        "Economists at the University of Kassandra said the fuel tax would add 2 points to inflation.\n")
    # analysts at a bank named with "of" still speak for it
    assert "bank-of-ostrava" in _recognised("Analysts at the Bank of Ostrava said the fuel tax would slow growth.\n")


def test_a_name_that_ends_a_sentence_owns_no_collective_in_the_next():
    summary = rules_summary("The ruling follows a report by Amnesty International. "
                            "Opposition lawmakers called on the minister to resign.\n")
    called = next(e for e in summary.events if "called on the minister" in e.evidence)
    assert called.agents == ["opposition-lawmakers"]
    # inside one sentence the name still owns its members
    assert "hamas-fighters" in _ids("Hamas fighters fired rockets at the town on Monday.\n")


# Invented wire articles (actors31): an election dispute, a court ruling, a takeover, a protest and a foreign-policy
# announcement, with many places, outlets, laws and bodies named in passing.
_ELECTION = (
    "PORT SELIN, Marovia (Reuters) - Marovia's electoral commission on Tuesday declared President Anton "
    "Keric the winner of the disputed presidential runoff, and the opposition rejected the result and "
    "called for protests across the country.\n\n"
    "The commission said Keric had won 52.3 percent of the vote, against 47.1 percent for challenger "
    "Dalia Moreno of the Civic Forward party. Moreno told reporters in Port Selin that the count in the "
    "northern provinces of Tarsk and Velin had been rigged, and said her party would challenge the result "
    "in the Constitutional Court.\n\n"
    "\"We will not accept a result written in the president's office,\" Moreno said at a news conference at "
    "the Grand Meridian Hotel.\n\n"
    "Observers from the Organisation for Security and Co-operation in Europe said in a preliminary report "
    "that the vote was competitive but marred by the misuse of state resources. The Marovian Herald, a "
    "pro-government daily, reported that turnout had reached 64 percent.\n\n"
    "Under the Electoral Code of 2011, the court has 14 days to rule on any challenge. Legal experts said "
    "the court had never overturned a national result.\n\n"
    "The United States and the European Union urged both sides to show restraint. In Brussels, a "
    "spokesman for the European Commission said the bloc was following events closely.\n\n"
    "Police in the capital detained at least 40 people on Tuesday night after crowds gathered outside the "
    "commission's headquarters on Liberty Square, the Interior Ministry said. Protesters threw stones at "
    "riot police near the Keric Bridge, according to the private broadcaster TV Lumen.\n\n"
    "Keric, who has ruled since 2009, thanked voters in a speech broadcast on state television and "
    "accused foreign-funded groups of trying to stir unrest. Moreno's campaign said two of its organisers "
    "had been arrested in Velin on Monday.\n"
)

_RULING = (
    "ALDERHOLM (AP) - The Supreme Court of Nordvik on Thursday struck down a law that allowed police to "
    "hold protesters for up to 30 days without charge, ruling that it violated the right to liberty in "
    "the country's constitution.\n\n"
    "The Public Order Act, passed by parliament in 2019 after riots in the port city of Kessburg, had "
    "been challenged by the Nordvik Civil Liberties Union and two journalists from the newspaper Dagens "
    "Post.\n\n"
    'In a 5-2 decision, the court said the detention powers were "broad beyond any need". Chief Justice '
    "Marit Lund wrote the majority opinion. Justice Per Halvorsen dissented, writing that the legislature "
    "was entitled to protect public safety.\n\n"
    "Justice Minister Erik Tangen said the government respected the ruling but would propose a new bill "
    'before the summer recess. "We will study the judgment carefully," Tangen told the state broadcaster '
    "NRV.\n\n"
    'The Civil Liberties Union welcomed the decision. Its director, Ingrid Sol, said it was "a victory '
    'for every citizen who has ever marched in Kessburg or Alderholm".\n\n'
    "The ruling follows a report by Amnesty International last year that found more than 300 people had "
    "been held under the act, most of them during the 2021 climate marches. The European Court of Human "
    "Rights had also criticised the law in a 2022 judgment in the case of Berg v. Nordvik.\n\n"
    "Opposition lawmakers called on Tangen to resign. The Progress Party, the largest group in "
    "parliament, said it would not support any new detention bill.\n"
)

_TAKEOVER = (
    "FRANKFURT (Reuters) - German chemicals group Halvern AG agreed on Monday to buy Dutch rival "
    "Brightwater Chemicals for 8.4 billion euros, creating Europe's second-largest maker of industrial "
    "coatings.\n\n"
    "The deal, first reported by the Financial Times on Friday, values Brightwater at 62 euros a share, a "
    "premium of 31 percent to its closing price on Euronext Amsterdam last week. Brightwater's board "
    "recommended the offer to shareholders.\n\n"
    "Halvern chief executive Lukas Brandt said the combination would save 400 million euros a year by "
    '2027. "This is a deal that makes both companies stronger," he told analysts on a conference call.\n\n'
    "The takeover needs approval from the European Commission and from regulators in the United States "
    "and China. Competition lawyers said the Commission was likely to open an in-depth investigation "
    "under the EU Merger Regulation because the two firms together hold more than 40 percent of the "
    "market for marine paints.\n\n"
    "The Dutch trade union FNV said it feared the loss of up to 1,200 jobs at Brightwater's plants in "
    "Rotterdam and Delfzijl. Economy Minister Anouk de Vries said the government would seek guarantees on "
    "jobs and on the company's research centre in Utrecht.\n\n"
    "Brightwater shares rose 27 percent to 60.10 euros in Amsterdam trading, while Halvern fell 4 percent "
    "in Frankfurt. Analysts at Kessler Bank said the price was full but fair.\n\n"
    "Goldman Sachs and Deutsche Bank advised Halvern; Morgan Stanley advised Brightwater.\n"
)

_PROTEST = (
    "KASSANDRA, Orvenian Republic (AFP) - Tens of thousands of people marched through the Orvenian "
    "capital on Saturday to protest against a new fuel tax, in the largest demonstration since the 2016 "
    "uprising.\n\n"
    'Marchers carried banners reading "No to the Brenner tax", a reference to Finance Minister Tomas '
    "Brenner, as they walked from Freedom Square to the parliament building on Republic Avenue. Orvenian "
    "police said 35,000 people took part; organisers put the figure at 120,000.\n\n"
    "The protest was called by the Federation of Transport Workers and the Union of Teachers of Orvenia, "
    "which said the tax would push up the cost of food and public transport. Union leaders said they "
    "would call a general strike if the tax was not withdrawn by the end of the month.\n\n"
    "Soldiers were deployed around the presidential palace. Riot police fired tear gas at a group of "
    "young men who tried to break through barricades near the Central Bank, according to footage "
    "broadcast by Al Jazeera.\n\n"
    "Prime Minister Lena Hollis said on Friday that the tax was needed to meet the terms of a loan from "
    'the International Monetary Fund. "There is no other way to keep the budget in balance," she said in '
    "an interview with the daily Orvenia Today.\n\n"
    "The Budget Act, approved by parliament in November, raises the tax on diesel by 18 percent from "
    'January 1. The IMF said in a statement that the reform was "a key commitment" of the programme.\n\n'
    "Economists at the University of Kassandra said the tax would add about 2 percentage points to "
    "inflation next year.\n"
)

_DEPLOYMENT = (
    "WASHINGTON (Reuters) - The United States will send an additional 500 troops to Estoria and expand "
    "joint air patrols over the Baltic Sea, Secretary of State Helen Marsh said on Wednesday, in a move "
    "that drew an angry response from Moscow.\n\n"
    "Marsh announced the deployment at a news conference at the State Department after talks with "
    "Estorian Foreign Minister Kaarel Tamm. She said the troops would be based at the Rauna air base near "
    'the Russian border and would stay "as long as our allies need them".\n\n'
    "The Kremlin said the decision was a provocation. Russian Foreign Ministry spokeswoman Irina Volkova "
    'told the RIA news agency that Russia would "take measures to ensure its security".\n\n'
    "Tamm welcomed the announcement and said Estoria would raise defence spending to 3 percent of its "
    "economic output next year, in line with a pledge made at the NATO summit in Vilnius. The Estorian "
    "parliament, the Riigivolikogu, approved the deployment in a vote last week.\n\n"
    "Under the Status of Forces Agreement signed in 2004, U.S. forces in Estoria fall under American "
    "jurisdiction. Critics in Tallinn and Riga have said the arrangement should be reviewed.\n\n"
    "The announcement comes a week after the Pentagon said Russian jets had flown within 10 km of "
    "Estorian airspace on three occasions in March. The New York Times reported on Tuesday that the White "
    "House had been considering the deployment since January.\n\n"
    "Senator Mark Fairbrook, a Republican member of the Senate Armed Services Committee, praised the "
    "move. Democrats in the House of Representatives said Congress should have been consulted.\n"
)

def _kinds(text: str) -> dict[str, str]:
    return {a.id: a.kind for a in rules_summary(text).actors}


def test_election_dispute_outlets_are_sources_and_the_sides_act():
    kinds = _kinds(_ELECTION)
    assert {"anton-keric", "dalia-moreno", "opposition", "united-states", "european-union"} <= set(kinds)
    assert not {"marovian-herald", "tv-lumen", "reuters", "electoral-code", "grand-meridian-hotel",
                "keric-bridge", "liberty-square", "port-selin", "tarsk", "velin"} & set(kinds)


def test_court_ruling_splits_no_body_and_keeps_the_opposition():
    kinds = _kinds(_RULING)
    assert {"supreme-court-of-nordvik", "nordvik-civil-liberties-union", "erik-tangen", "opposition-lawmakers",
            "progress-party"} <= set(kinds)
    assert not {"dagens-post", "nrv", "public-order-act", "kessburg", "alderholm"} & set(kinds)


def test_takeover_names_the_bodies_and_no_outlet():
    kinds = _kinds(_TAKEOVER)
    assert {"halvern-ag", "brightwater-chemicals", "lukas-brandt", "anouk-de-vries"} <= set(kinds)
    assert "fnv" in _recognised(_TAKEOVER)  # in no event of the rules' (its act is missed), so left out of the summary
    assert not {"financial-times", "eu-merger-regulation", "rotterdam", "utrecht"} & set(kinds)


def test_protest_splits_the_two_unions_and_leaves_experts_and_outlets_out():
    kinds = _kinds(_PROTEST)
    assert {"federation-of-transport-workers", "union-of-teachers-of-orvenia", "orvenian-police",
            "international-monetary-fund"} <= set(kinds)
    assert not {"university-of-kassandra", "al-jazeera", "orvenia-today", "budget-act", "central-bank",
                "freedom-square"} & set(kinds)


def test_deployment_keeps_an_unknown_country_and_no_outlet_an_actor():
    kinds = _kinds(_DEPLOYMENT)
    assert "estoria" in kinds  # a state by the guide; the rules know no name outside the gazetteer as one
    assert {"united-states", "helen-marsh", "kaarel-tamm"} <= set(kinds)
    assert "russia" in _recognised(_DEPLOYMENT)  # in no event of the rules' (its act is missed), so left out of the summary
    assert not {"ria", "new-york-times", "baltic-sea", "rauna", "vilnius", "status-of-forces-agreement"} & set(kinds)


def test_a_shop_or_a_firm_apposed_as_an_outlet_or_a_website_is_no_news_outlet():
    # review: "outlet" and "website" head a shop's or a firm's apposition as often as a newspaper's
    summary = rules_summary("Brisco, a discount outlet, said on Monday the new tax on imports was unfair.\n")
    assert "brisco" in {a.id for a in summary.actors}
    summary = rules_summary("Ovra, a booking website, said on Monday the ban on short lets was unlawful.\n")
    assert "ovra" in {a.id for a in summary.actors}
