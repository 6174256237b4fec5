// Package timex finds time expressions in news text and normalises them to
// TIMEX3 values anchored on the document creation time (DCT), and dates
// undated articles from their text and their story.
//
// The tagger tokenises the text once (tokens carry byte offsets), looks up
// each token in a lexicon, and tries the rules of a small grammar only at
// tokens that can start one (month names, weekdays, digits, "ago", "last",
// "today", ...). Rules are written in a tiny pattern language over tokens
// (see rules.go), each with a normaliser that turns the captured parts into a
// TIMEX3 type and value, using the tense of the sentence for expressions
// such as "on Saturday" (past: the Saturday on or before the DCT; future: the
// next one) or a year-less "March 11".
package timex
