// Package events scores the dated event timeline of story views (story.Build
// over the annotation chain) against two public data sets with event
// mentions anchored in time.
//
// MEANTIME (NewsReader, Wikinews articles in CAT XML, four topics): every
// gold event mention linked by an overlap TLINK (SIMULTANEOUS, INCLUDES,
// IS_INCLUDED, DURING, IDENTITY) to a TIMEX3 of type DATE or TIME with a
// calendar value (the document creation time included) is an anchored
// mention. All articles of a topic are built as one story; a timeline event
// dates the document sentences it was extracted from (its representative
// sentence, and in each other supporting article the sentence of that
// article's own event with the same trigger and a compatible date). Metric,
// event-dating accuracy: an anchored mention is correct when a system event
// dates its sentence with a value whose calendar interval overlaps the
// interval of one of its gold anchors; precision = correct / anchored
// mentions whose sentence the system dates, recall = correct / anchored
// mentions, F1 their harmonic mean.
//
// SemEval-2015 Task 4 (TimeLine), trial data: not the official scorer (which
// builds temporal graphs and measures temporal awareness over ordered event
// mentions), but a documented simplification at sentence level. For each
// gold timeline (a target entity), the system timeline is the set of (document
// sentence, date) entries of the events of one story built over all trial
// articles whose sentence or participants name the entity. A gold event
// mention is found when the system has an entry for the entity in the
// mention's sentence with a compatible date (a gold date XXXX-XX-XX is
// undated and compatible with any); a system entry is correct when a gold
// mention of the entity stands in its sentence with a compatible date.
// Precision, recall and F1 are micro-averaged over entities. Event ordering
// is not scored beyond the dates.
//
// Both corpora share the CAT XML layout (token elements with sentence
// numbers, Markables with token anchors, Relations); the article text is
// rebuilt from the tokens, one gold sentence per line, with a byte-offset
// map from tokens and sentences to the text, and the document creation time
// becomes the publication date.
package events
