// Package alias cleans the raw entity mentions of a tagger and folds the
// many spellings of a name into canonical identities.
//
// Annotate works on one document: it splits job titles off person names
// ("Secretary of State Marco Rubio" → role "Secretary of State", person
// "Marco Rubio"), strips possessives, never lets a mention cross a line
// break, gives every entity one type by vote, and links the short forms of a
// name to its full form ("Lavrov", "S. Lavrov" → "Sergei Lavrov").
//
// Merge works on several documents (a story or a whole store): it folds
// transliteration variants ("Sergey"/"Sergei", "Zelensky"/"Zelenskyy"),
// known country abbreviations and demonyms ("U.S.", "USA", "America",
// "American" → United States), exonym/endonym pairs ("Kiev"/"Kyiv") and
// organisation variants ("Russia's foreign ministry" / "Russian Foreign
// Ministry") into one identity with a stable key.
//
// Keys are derived from the normalised canonical name only ("sergei-lavrov",
// "united-states"), so the same identity gets the same key in every story and
// every run. The reference tables (titles, countries, place variants) are
// plain text in tables.go.
package alias
