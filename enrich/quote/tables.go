package quote

import "strings"

// cueVerbs lists speech and writing verbs that introduce a quote, by lemma,
// with their inflected forms. A verb counts as a cue only outside quotations.
var cueVerbs = map[string][]string{
	"say":          {"say", "says", "said", "saying"},
	"tell":         {"tell", "tells", "told", "telling"},
	"add":          {"add", "adds", "added", "adding"},
	"note":         {"note", "notes", "noted", "noting"},
	"stress":       {"stress", "stresses", "stressed", "stressing"},
	"warn":         {"warn", "warns", "warned", "warning"},
	"describe":     {"describe", "describes", "described", "describing"},
	"call":         {"call", "calls", "called", "calling"},
	"insist":       {"insist", "insists", "insisted", "insisting"},
	"claim":        {"claim", "claims", "claimed", "claiming"},
	"announce":     {"announce", "announces", "announced", "announcing"},
	"write":        {"write", "writes", "wrote", "written", "writing"},
	"state":        {"state", "states", "stated", "stating"},
	"urge":         {"urge", "urges", "urged", "urging"},
	"ask":          {"ask", "asks", "asked", "asking"},
	"explain":      {"explain", "explains", "explained", "explaining"},
	"argue":        {"argue", "argues", "argued", "arguing"},
	"declare":      {"declare", "declares", "declared", "declaring"},
	"reply":        {"reply", "replies", "replied", "replying"},
	"respond":      {"respond", "responds", "responded", "responding"},
	"continue":     {"continued"},
	"recall":       {"recall", "recalls", "recalled", "recalling"},
	"acknowledge":  {"acknowledge", "acknowledges", "acknowledged", "acknowledging"},
	"admit":        {"admit", "admits", "admitted", "admitting"},
	"suggest":      {"suggest", "suggests", "suggested", "suggesting"},
	"predict":      {"predict", "predicts", "predicted", "predicting"},
	"complain":     {"complain", "complains", "complained", "complaining"},
	"concede":      {"concede", "concedes", "conceded", "conceding"},
	"confirm":      {"confirm", "confirms", "confirmed", "confirming"},
	"emphasize":    {"emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises", "emphasised", "emphasising"},
	"tweet":        {"tweet", "tweets", "tweeted", "tweeting"},
	"post":         {"posted"},
	"remark":       {"remark", "remarks", "remarked", "remarking"},
	"observe":      {"observe", "observes", "observed", "observing"},
	"promise":      {"promise", "promises", "promised", "promising"},
	"vow":          {"vow", "vows", "vowed", "vowing"},
	"accuse":       {"accuse", "accuses", "accused", "accusing"},
	"joke":         {"joke", "jokes", "joked", "joking"},
	"quip":         {"quip", "quips", "quipped", "quipping"},
	"caution":      {"caution", "cautions", "cautioned", "cautioning"},
	"boast":        {"boast", "boasts", "boasted", "boasting"},
	"counter":      {"counter", "counters", "countered", "countering"},
	"maintain":     {"maintains", "maintained"},
	"reiterate":    {"reiterate", "reiterates", "reiterated", "reiterating"},
	"shout":        {"shout", "shouts", "shouted", "shouting"},
	"chant":        {"chant", "chants", "chanted", "chanting"},
	"read":         {"reads"},
	"testify":      {"testify", "testifies", "testified", "testifying"},
	"muse":         {"mused"},
	"report":       {"report", "reports", "reported", "reporting"},
	"mention":      {"mention", "mentions", "mentioned"},
	"deny":         {"deny", "denies", "denied", "denying"},
	"demand":       {"demand", "demands", "demanded", "demanding"},
	"charge":       {"charged"},
	"point":        {"pointed"},
	"label":        {"label", "labels", "labeled", "labelled", "labeling"},
	"dub":          {"dub", "dubs", "dubbed", "dubbing"},
	"brand":        {"brands", "branded"},
	"praise":       {"praise", "praises", "praised", "praising"},
	"criticize":    {"criticize", "criticizes", "criticized", "criticise", "criticised"},
	"blast":        {"blasted"},
	"slam":         {"slammed"},
	"assert":       {"assert", "asserts", "asserted", "asserting"},
	"allege":       {"allege", "alleges", "alleged"},
	"contend":      {"contend", "contends", "contended"},
	"answer":       {"answered"},
	"exclaim":      {"exclaimed"},
	"wonder":       {"wondered"},
	"whisper":      {"whispered"},
	"yell":         {"yelled"},
	"scream":       {"screamed"},
	"lament":       {"lamented"},
	"proclaim":     {"proclaimed"},
	"conclude":     {"concluded"},
	"speak":        {"spoke", "speaking"},
	"inform":       {"informed"},
	"pledge":       {"pledged", "pledges"},
	"blame":        {"blamed", "blames", "blaming"},
	"defend":       {"defended", "defends"},
	"dismiss":      {"dismissed", "dismisses"},
	"mock":         {"mocked", "mocks", "mocking"},
	"decry":        {"decried", "decries"},
	"denounce":     {"denounced", "denounces"},
	"tout":         {"touted", "touts", "touting"},
	"hail":         {"hailed", "hails"},
	"liken":        {"likened", "likens"},
	"credit":       {"credited", "credits"},
	"characterize": {"characterized", "characterizes", "characterised"},
	"refer":        {"referred", "refers", "referring"},
	"attack":       {"attacked"},
	"deride":       {"derided", "derides"},
	"quote":        {"quoted"},
	"cite":         {"cited"},
	"recount":      {"recounted", "recounts"},
	"chime":        {"chimed"},
	"forecast":     {"forecast"},
	"blog":         {"blogged"},
	"email":        {"emailed"},
	"assure":       {"assured", "assures", "reassured"},
	"retort":       {"retorted", "retorts"},
	"snap":         {"snapped"},
	"bark":         {"barked"},
	"scoff":        {"scoffed"},
	"fume":         {"fumed"},
	"hint":         {"hinted"},
	"intimate":     {"intimated"},
	"opine":        {"opined"},
	"gush":         {"gushed"},
	"marvel":       {"marveled", "marvelled"},
	"advise":       {"advised"},
	"confide":      {"confided"},
	"sneer":        {"sneered"},
	"concur":       {"concurred"},
	"agree":        {"agrees"},
	"condemn":      {"condemned", "condemns"},
}

// cueForms maps an inflected cue form to its lemma.
var cueForms = func() map[string]string {
	m := map[string]string{}
	for lemma, forms := range cueVerbs {
		for _, f := range forms {
			if l, ok := m[f]; ok && l != lemma {
				panic("quote: cue form " + f + " listed under both " + l + " and " + lemma) // map order would pick one
			}
			m[f] = lemma
		}
	}
	return m
}()

// weakCues are forms that are cues only next to a quotation or a speaker
// noun phrase (they are common in other senses: "call", "state", "post").
var weakCues = map[string]bool{
	"call": true, "calls": true, "calling": true, "state": true, "states": true, "post": true,
	"report": true, "reports": true, "read": true, "counter": true, "note": true, "notes": true,
	"warning": true, "promise": true, "promising": true, "stress": true, "joke": true, "jokes": true,
	"remarks": true, "demand": true, "demands": true, "mention": true, "speaking": true, "spoke": true,
	"tweet": true, "tweets": true, "caution": true, "charged": true, "answered": true, "reporting": true,
	"praise": true, "label": true, "labels": true, "claim": true, "claims": true, "vow": true, "vows": true,
	"quip": true, "quips": true, "continued": true, "maintains": true, "maintained": true, "agrees": true,
}

// pronouns maps speaker pronouns to the antecedent type they need.
var pronouns = map[string]string{
	"he": "PER", "she": "PER", "it": "ORG", "they": "ANY", "i": "SELF", "we": "SELF", "you": "SELF",
}

// titleWords are words of job titles and honorifics stripped from the front of
// person names ("Foreign Minister Sergei Lavrov" → "Sergei Lavrov").
var titleWords = set(`president vice prime minister foreign secretary state chancellor senator sen. sen
rep. rep representative gov. gov governor mayor general gen. gen lt. lt col. col colonel sgt. capt. captain
maj. major adm. admiral cmdr. commander spokesman spokeswoman spokesperson spokeswomen spokesmen mr. mr mrs. mrs
ms. ms dr. dr prof. prof professor king queen prince princess pope sheikh judge justice chief chairman chairwoman
chair ceo founder director ambassador envoy special adviser advisor deputy attorney speaker leader minority
majority whip secretary-general premier emir sir dame lord lady rev. reverend father sister brother candidate
nominee pastor rabbi imam cardinal bishop officer official sergeant president-elect defense defence interior
finance economy trade health national security justice treasury commerce labor labour homeland energy
education agriculture transportation veterans housing affairs first lady senior former acting interim coach
host anchor correspondent editor executive mp mep congressman congresswoman assemblyman councilman
councilwoman commissioner inspector superintendent sheriff lawmaker`)

// orgHeads are the last words of organisation names and nominal organisation
// phrases ("the State Department", "Russia's foreign ministry").
var orgHeads = set(`ministry department office commission council agency party committee court
government administration embassy kremlin parliament senate congress house cabinet bureau service
services union association federation organization organisation institute foundation corporation
company group bank fund university college school campaign team army navy police military forces
journal times post news agency network press tribune herald gazette telegraph guardian daily
magazine review channel television radio broadcaster newspaper center centre board authority
commission secretariat presidency mission delegation alliance coalition movement front league
command inc. inc corp. corp ltd. ltd llc co. reuters afp tass ria interfax xinhua`)

// personHeads are nominal heads of people ("the spokeswoman", "a senior official").
var personHeads = set(`spokesman spokeswoman spokesperson official officials adviser advisor aide
diplomat minister secretary president leader source sources analyst analysts expert experts envoy
ambassador senator lawmaker lawmakers governor mayor candidate director chairman executive officer
representative lawyer attorney judge general commander negotiator negotiators observer observers critic
critics supporter supporters voter voters resident residents witness witnesses delegate delegates
moderator strategist consultant activist pollster operative chief founder member professor economist
writer columnist author commentator reporter journalist historian scholar researcher organizer
manager president-elect nominee`)

// statementHeads are nouns for documents that speak for their author
// ("the statement said", "a ministry statement").
var statementHeads = set(`statement statements communique communiqué release readout report letter
memo note post tweet declaration transcript filing document editorial piece`)

// functionWords are capitalised words at a sentence start that never begin a
// name, and connectives stripped from the front of a speaker phrase.
var functionWords = set(`the a an and but or so yet then also however still meanwhile when while as
after before because if though although since until in on at by for with from to of into over under
this that these those there here what which who whom whose where how why it its he she they we i you
his her their our my your one some many most both all each every no not later earlier now today
yesterday tomorrow last next first finally instead indeed moreover speaking asked according echoing
following despite during amid among just even only once again already`)

// auxiliaries may stand between a speaker phrase and its cue verb.
var auxiliaries = set(`has have had also did does do will would could can may might should must
is was were be been being later previously then further again once repeatedly recently reportedly
publicly privately earlier often always never not himself herself itself themselves quickly flatly
simply firmly bluntly angrily since subsequently initially originally separately`)

// nameParticles may join the parts of a person name ("Ursula von der Leyen").
var nameParticles = set(`von der de del della di da du van den ter bin ibn al el la le dos das st. y`)

// abbreviations keep their trailing period.
var abbreviations = set(`mr mrs ms dr sen rep gov gen lt col sgt capt maj adm cmdr st jr sr inc corp co
ltd prof rev ft mt no vs jan feb mar apr aug sept sep oct nov dec pres supt dept univ est fig`)

// demonyms maps country names to their adjectives, so that "Russia's foreign
// ministry" and "the Russian foreign ministry" name the same speaker.
var demonyms = map[string]string{
	"russia": "Russian", "ukraine": "Ukrainian", "china": "Chinese", "france": "French",
	"germany": "German", "britain": "British", "uk": "British", "u.k.": "British", "japan": "Japanese",
	"india": "Indian", "iran": "Iranian", "iraq": "Iraqi", "israel": "Israeli", "syria": "Syrian",
	"turkey": "Turkish", "italy": "Italian", "spain": "Spanish", "poland": "Polish", "canada": "Canadian",
	"mexico": "Mexican", "brazil": "Brazilian", "egypt": "Egyptian", "pakistan": "Pakistani",
	"afghanistan": "Afghan", "america": "American", "us": "US", "u.s.": "US", "usa": "US",
	"korea": "Korean", "saudi arabia": "Saudi", "qatar": "Qatari", "lebanon": "Lebanese",
	"jordan": "Jordanian", "greece": "Greek", "sweden": "Swedish", "norway": "Norwegian",
	"finland": "Finnish", "denmark": "Danish", "netherlands": "Dutch", "belgium": "Belgian",
	"austria": "Austrian", "switzerland": "Swiss", "hungary": "Hungarian", "romania": "Romanian",
	"belarus": "Belarusian", "georgia": "Georgian", "armenia": "Armenian", "azerbaijan": "Azerbaijani",
	"kazakhstan": "Kazakh", "venezuela": "Venezuelan", "cuba": "Cuban", "colombia": "Colombian",
	"argentina": "Argentine", "chile": "Chilean", "peru": "Peruvian", "nigeria": "Nigerian",
	"kenya": "Kenyan", "ethiopia": "Ethiopian", "australia": "Australian", "indonesia": "Indonesian",
	"vietnam": "Vietnamese", "taiwan": "Taiwanese", "philippines": "Philippine", "thailand": "Thai",
	"ireland": "Irish", "portugal": "Portuguese", "serbia": "Serbian", "libya": "Libyan",
	"yemen": "Yemeni", "sudan": "Sudanese", "palestine": "Palestinian", "moldova": "Moldovan",
}

// countryNames are the keys of demonyms, capitalised, for recognising places
// among capitalised runs when no entity layer is present.
var countryNames = func() map[string]bool {
	m := map[string]bool{"europe": true, "washington": true, "moscow": true, "beijing": true,
		"london": true, "paris": true, "berlin": true, "kyiv": true, "kiev": true, "brussels": true}
	for k := range demonyms {
		m[k] = true
	}
	return m
}()

// geoWords mark a capitalised run as a place ("North America", "Gulf Coast").
var geoWords = set(`north south east west northern southern eastern western central america africa
asia europe pacific atlantic arctic middle gulf coast island islands county river ocean sea bay valley
mountains peninsula strait`)

// set builds a lookup set from a whitespace-separated word list.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// quantifiers open phrases that count things ("several times", "many
// groups"): such a phrase before a cue is an adverbial or a vague
// plural, not a named organisation.
var quantifiers = set(`several many some few multiple numerous various two three four five six seven eight nine ten dozens hundreds thousands`)
