// Package alias cleans the raw entity mentions of a tagger and folds the
// many spellings of a name into canonical identities.
//
// Annotate works on one document. Clean-up: spans are checked against the
// text, mentions never cross a line break, punctuation, possessives ("Trump's",
// "Russia’s") and a leading lowercase "the" are trimmed; job titles are split
// off person names into Role ("Secretary of State Marco Rubio", "British Prime
// Minister Keir Starmer" → person "Keir Starmer", role "Prime Minister",
// "British" a mention of its own), also when the title stands before the
// mention or straddles it; known places glued to a name, hyphenated compounds
// ("US-Russia"), pairs of names ("A B and C D"), lowercase descriptions
// ("European airframer Airbus") and lowercase words glued by the tagger are
// split off; a capital "The" inside a sentence is part of a name ("told The
// Associated Press"); a country followed by a lowercase ministry becomes an
// organisation ("Russia's foreign ministry"). Identities: the short forms of
// a name join its full form ("Lavrov", "S. Lavrov", "President Trump"); a
// surname shared by two people goes to the most recent full mention; a first
// name alone joins only an unambiguous full name; acronyms join their
// expansion; an organisation without its country joins the same organisation
// with one ("State Department" / "US Department of State"). Every entity gets
// one type by vote.
//
// Merge works on several documents (a story or a whole store): it folds
// transliteration variants ("Sergey"/"Sergei", "Zelensky"/"Zelenskyy"),
// known country abbreviations and demonyms ("U.S.", "USA", "America",
// "American" → United States), exonym/endonym pairs ("Kiev"/"Kyiv") and
// organisation variants ("Russia's foreign ministry" / "Russian Foreign
// Ministry", "Chrysler LLC" / "Chrysler", "Ford" / "Ford Motor Company") into
// one identity, keeps metonyms apart ("Kremlin" is an organisation, not
// Moscow), and never merges two people whose full names differ ("Joe Biden",
// "Hunter Biden").
//
// Keys are derived from the normalised canonical name only ("sergei-lavrov",
// "united-states", "russia-foreign-ministry"), so an identity gets the same
// key in every story and every run; a name given by an earlier Annotate or
// Merge counts as evidence, so a person keeps the key of the full name even
// in a story that only uses the surname. The display name is the most
// complete, most frequent form. The reference tables (titles, countries with
// abbreviations and demonyms, place variants, organisations) are plain text
// in tables.go.
package alias
