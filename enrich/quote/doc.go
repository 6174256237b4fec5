// Package quote finds who said what: direct quotes in quotation marks,
// partial quotes inside reported speech and statements quoted without marks,
// each with its cue verb and a speaker resolved to a canonical entity when the
// document's entity layer names one.
//
// The extractor is rule based and works on byte offsets into Article.Text. It
// pairs quotation marks paragraph by paragraph (curly, straight, guillemets,
// low-high pairs and the multi-paragraph convention), cuts each paragraph into
// units that never split a quotation, and attributes every quote to the cue
// nearest to it in its unit: an adjacent "…,” she said", a preceding
// "X said that … “…”", an "according to X". Speakers are noun phrases resolved
// through the entity mentions of the document when present, else through
// capitalised name runs, nominal organisations ("the State Department",
// "Russia's foreign ministry") and pronouns ("he", "it", "the statement")
// bound to the nearest compatible antecedent. Quotes with no attribution of
// their own continue the previous speaker.
//
// Group merges the quotes of a story's documents into story quotes; Relate
// tells how two versions of a quote differ (same, shortened, altered).
//
// Speaker names come from the entity layer when a mention names the speaker
// (Speaker is then its canonical key); otherwise Speaker is empty and
// SpeakerName is the name or phrase found in the text. Quotes are attributed
// per document: after a story-level entity merge the caller can refresh
// names through SpeakerSpan.
package quote
