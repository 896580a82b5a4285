"""Word lists the baseline reads: stop words, titles, organisation cues, countries, verb cues.

Small, general English lists, not tuned to any fixture: the baseline is a floor
to beat, and it should generalise like one.
"""

from __future__ import annotations

# Capitalised words that start a sentence or a clause without naming anyone.
STOP = frozenset(
    """a an the this that these those there here it its he she they we i you his her their our my your
    but and or so yet if when while after before as at by for from in into of on to with without over under
    about against between during since until though although because however meanwhile also still then
    mr mrs ms dr prof sir dame
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    read more related sign subscribe share follow click watch listen advertisement newsletter cookies
    one two three four five six seven eight nine ten some many several most all both each every no
    what who why how where which whose according earlier later last next new other another such
    several thousands hundreds tens dozens nobody everyone anyone none
    """.split()
)

# Words that may join capitalised words inside one name: "Bank of England".
CONNECTORS = frozenset("of for and the de del della di da do dos das du des la le e y van von al bin".split())

# Titles before a name: they become the role, not part of the name.
TITLES = frozenset(
    """president vice prime minister ministers secretary general director chief executive chairman chairwoman
    chair head leader spokesman spokeswoman spokesperson commander colonel col gen major captain lieutenant
    sergeant admiral governor mayor senator judge justice ambassador envoy king queen prince princess pope
    professor prof dr mr mrs ms sir dame lord lady rev father sister deputy foreign interior defence defense
    health finance economy energy trade justice education environment home state acting former opposition
    interim party union police army commissioner inspector superintendent officer chancellor premier
    lawyer attorney associate assistant senior brigadier marshal field supreme first lady landesvorsitzende
    """.split()
)
HONORIFICS = frozenset("mr mrs ms dr prof professor sir dame colonel col gen general commander judge".split())

# Last words that make a capitalised name an organisation.
ORG_WORDS = frozenset(
    """ministry ministries department office agency agencies authority authorities union unions association
    council committee commission court tribunal party parliament assembly senate congress government
    army forces force navy police guard service services bank fund company corporation corp inc ltd plc
    group holdings organisation organization federation society alliance coalition front movement league
    institute university college school hospital hospitals trust foundation network programme program
    centre center church nations bureau board administration cabinet mission watch alliance partners
    biologics energy airlines airways industries network networks societies confederation directorate
    treasury power manufacturers chamber
    """.split()
)

# Lowercase collective nouns that name groups of people acting together.
GROUPS = (
    "protesters demonstrators residents militants rebels insurgents strikers workers nurses doctors teachers "
    "students farmers villagers refugees migrants miners fishermen activists voters pensioners truckers "
    "drivers settlers gunmen fighters"
).split()

COUNTRIES = frozenset(
    """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain
    Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Botswana Brazil Brunei Bulgaria Burundi
    Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark
    Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia
    Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran
    Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos
    Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia
    Maldives Mali Malta Mauritania Mauritius Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique
    Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine
    Panama Paraguay Peru Perú Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia
    Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan
    Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Türkiye Turkmenistan Tuvalu Uganda Ukraine
    Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Britain Scotland Wales England
    """.split()
) | {
    "United States", "United Kingdom", "South Africa", "South Korea", "North Korea", "New Zealand",
    "Saudi Arabia", "United Arab Emirates", "Sri Lanka", "Costa Rica", "El Salvador", "Ivory Coast",
    "Burkina Faso", "Sierra Leone", "South Sudan", "Central African Republic", "Dominican Republic",
    "Papua New Guinea", "Bosnia and Herzegovina", "North Macedonia", "Czech Republic", "East Timor",
    "U.S.", "US", "USA", "UK", "U.K.",
}

# Verb cues -> PLOVER kind. Matched on word prefixes, longest first ("walked out" before "walk").
ACTION_CUES: dict[str, tuple[str, ...]] = {
    "agree": ("agreed", "agrees", "signed", "signs", "struck a deal", "reached a deal", "allied"),
    "consult": ("met ", "meets", "visited", "visits", "held talks", "negotiat", "hosted", "discussed", "talks with"),
    "support": ("backed", "backs", "endorsed", "praised", "welcomed", "supported", "supports"),
    "concede": ("eased", "released", "conceded", "lifted", "freed", "relaxed", "yielded"),
    "cooperate": ("cooperat", "co-operat", "coordinat", "jointly", "partnered", "joint mission"),
    "aid": ("sent aid", "pledged", "donated", "delivered", "provided", "supplied", "airlifted", "rescued"),
    "retreat": ("withdrew", "withdrawn", "pulled out", "pulled back", "retreated"),
    "request": ("urged", "urges", "called on", "called for", "calls for", "asked", "demanded", "demanding",
                "appealed", "requested"),
    "accuse": ("accused", "accuses", "criticised", "criticized", "blamed", "alleged", "condemned", "denounced"),
    "reject": ("rejected", "rejects", "refused", "refuses", "denied", "denies", "vetoed", "dismissed", "ruled out"),
    "threaten": ("warned", "warns", "threatened", "threatens", "vowed to"),
    "protest": ("protested", "marched", "rallied", "demonstrated", "walked out", "went on strike", "striking",
                "blockaded", "boycott"),
    "sanction": ("sanction", "expelled", "expels", "banned", "bans", "suspended", "imposed", "froze"),
    "mobilize": ("deployed", "deploys", "mobilis", "mobiliz", "massed", "put on alert"),
    "coerce": ("arrested", "detained", "seized", "cracked down", "raided", "tear gas", "dispersed", "jailed",
               "charged", "sentenced", "ordered"),
    "assault": ("killed", "attacked", "shelled", "bombed", "clashed", "wounded", "shot ", "stormed", "struck",
                "fired on", "looted", "burned"),
    "other": ("launched", "announced", "approved", "ruled", "voted", "elected", "won", "lost", "collapsed",
              "flooded", "hit ", "postponed", "evacuated", "closed", "opened", "raised", "cut ", "rose",
              "fell", "began", "started", "ended", "reported"),
}

REPORTING = ("said", "says", "told", "stated", "added", "declared", "insisted", "argued", "according to")

SUPPORT_WORDS = ("support", "welcome", "back ", "backed", "praise", "endorse", "proud", "glad", "on their side",
                 "right to", "we need", "must be", "applaud", "important step", "good news", "agree")
OPPOSE_WORDS = ("oppose", "reject", "condemn", "criticis", "criticiz", "cannot", "can't", "unaffordable",
                "against", "refuse", "deny", "denied", "will not", "won't", "accuse", "unacceptable", "illegal",
                "irresponsible", "failed", "failure", "outrage", "wrong", "not ", "never", "no ")
