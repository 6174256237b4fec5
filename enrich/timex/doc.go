// Package timex finds time expressions in news text, normalises them to
// TIMEX3 values anchored on the document creation time (DCT), and dates
// undated articles from their text and their story.
//
// # Tagging
//
// The tagger tokenises the text once (tokens carry byte offsets) and looks
// each word up in a lexicon; the rules of a small grammar (rules.go, written
// in the pattern language of pattern.go) are tried only at tokens that can
// start one: month names, weekdays, digits, "ago", "last", "today", ... The
// longest match wins. Each rule has a normaliser that turns its capture into
// a TIMEX3 type (DATE, TIME, DURATION, SET) and value ("2025-02-15",
// "2025-W07", "2025-Q1", "199", "PRESENT_REF", "P3Y", "PT4H30M",
// "XXXX-WXX-1", ...) with a granularity, and a modifier for hedges ("nearly
// two years ago": APPROX) and positions ("early March": START).
//
// Relative expressions are resolved against the DCT using the tense of their
// clause (tense.go, with the word-level markers of marker.go and the
// preposition and deadline rules of datetense.go), else of their sentence's
// main verb: a past-tense "on
// Saturday" is the Saturday on or before the DCT, a future one ("will meet
// again on Thursday") the next; a year-less "March 11" or "January" takes
// the year that puts it nearest the DCT on the side its tense allows.
// Anaphoric expressions take the day under discussion, the last one named:
// "that day", "the next day", "in the morning", "overnight", "the previous
// Friday". Conventions follow TimeBank, so that the
// TempEval-3 scores of eval/timeml measure the tagger on its own terms:
// "30-day" is a DURATION, ages ("6-year-old") are not tagged, "a year ago"
// in an earnings report is the quarter under discussion a year earlier,
// "the year ended Sept. 30" is a one-year DURATION, "Wednesday night" a TIME
// (2000-01-05TNI), "within" and the article of a compound adjective ("the
// third-quarter loss") stay outside the span.
// A clock time without its own date ("at 10:50 p.m.") takes the day named in
// its sentence (before or after it), else the DCT; "until"/"by" look ahead
// unless the clause is in the past perfect ("had not ... until Thursday").
//
// # Dating
//
// Date infers a publication date from the text alone, conservatively: only
// when a full date and a weekday name the same recent day (or two full dates
// agree). DateInStory adds the story's other articles: their dates bound the
// candidates and the days they mention break ties between weekdays. Both
// score every candidate day by how likely each distinct mention is to be
// written on it (dating.go).
package timex
