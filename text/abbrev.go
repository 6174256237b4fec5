package text

// titleAbbrev are abbreviations that precede a name and never end a sentence
// in news text.
var titleAbbrev = set("mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "gen", "lt", "col", "sen", "rep",
	"gov", "sgt", "capt", "maj", "adm", "rev", "hon", "st", "cmdr", "brig", "supt", "insp", "det",
	"cpl", "pvt", "atty", "amb", "pres", "sec", "secy", "gens", "reps", "sens", "fr", "sr", "mt", "ft")

// numAbbrev are abbreviations that precede a number ("No. 10").
var numAbbrev = set("no", "nos", "vol", "art", "fig", "figs", "p", "pp", "ch", "op", "para", "ref", "tel", "approx")

// monthAbbrev are month abbreviations that precede a day ("Feb. 15").
var monthAbbrev = set("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// otherAbbrev are abbreviations that may end a sentence; they do when a
// sentence starter follows.
var otherAbbrev = set("inc", "corp", "co", "ltd", "plc", "jr", "bros", "vs", "v", "etc", "est",
	"dept", "univ", "assn", "ave", "blvd", "rd", "cf", "al", "govt", "intl", "natl", "ie", "eg", "ca")

// starters are function words that typically begin a sentence.
var starters = set("the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that",
	"these", "those", "there", "here", "in", "on", "at", "but", "and", "or", "so", "yet", "however",
	"meanwhile", "also", "his", "her", "their", "our", "my", "as", "if", "when", "while", "after",
	"before", "since", "although", "though", "both", "some", "many", "most", "all", "no", "not",
	"what", "who", "why", "how", "where", "which", "other", "another", "each", "such", "still",
	"then", "now", "last", "earlier", "later", "for", "from", "with", "by", "to", "of", "according",
	"despite", "during", "among", "officials", "until", "because", "instead", "moreover", "further",
	"furthermore", "thus", "indeed", "yes", "one", "two", "three", "several", "few", "more", "much",
	"only", "even", "just", "already", "do", "does", "did", "is", "are", "was", "were", "will",
	"would", "can", "could", "should", "may", "might", "let", "every", "any", "none", "neither",
	"either", "nor", "over", "under", "about", "asked", "speaking", "separately", "similarly",
	"overall", "nevertheless", "nonetheless", "currently", "previously", "finally", "first",
	"second", "third", "next", "once", "again", "perhaps", "maybe", "unlike", "like", "without",
	"within", "through", "against", "between", "into", "whether", "whose", "whom", "me", "him", "them")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
