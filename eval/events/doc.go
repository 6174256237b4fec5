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
// SemEval-2015 Task 4 (TimeLine), trial data, is scored twice.
//
// First, a documented simplification at sentence level, not the official
// scorer. For each
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
// Second, official-style (after Minard et al., SemEval-2015 Task 4, whose
// scorer measures the temporal awareness of UzZaman and Allen, 2011). Each
// timeline of a target entity, gold and system, becomes a temporal graph
// (TimelineGraph): its event mentions are nodes named DOC-SENTENCE-WORD as
// in the gold files; a dated mention IS_INCLUDED in a TIMEX3 node of its
// date (shared by the timeline's mentions of that date); mentions at the
// same position SIMULTANEOUS; each mention BEFORE every mention of the next
// position. Position 0 holds the mentions that cannot be ordered: they get no
// ordering relation, and the undated ones are IS_INCLUDED in one
// XXXX-XX-XX node they share, which makes them count as members of the
// timeline without ordering them. Undated mentions at a later position are
// ordered but anchored to no node. The closure (Graph) is computed in the
// point algebra over BEFORE, AFTER, SIMULTANEOUS, INCLUDES and IS_INCLUDED
// (INCLUDES read loosely: starts no later, ends no earlier); the reduced
// graph drops, in a fixed order, every relation the remaining ones entail.
// TemporalAwareness: precision = |sys⁻ ∩ gold⁺| / |sys⁻|, recall =
// |gold⁻ ∩ sys⁺| / |gold⁻|, a relation counting when the other closure
// entails the same relation between the same nodes; the counts are summed
// over the timelines (micro-average) and F1 is the harmonic mean. The
// system timeline of an entity takes the dated sentences the simplified
// metric selects and, in each, the mention of the story event's trigger:
// the phrase of the sentence story.Triggers reads as the event's trigger
// kind; of several, the one nearest to a compatible date expression. Positions come from the dates
// (OrderByDate): same date, same position. Sanity checks printed with the
// figures score gold-derived timelines against the gold: the gold itself
// (1.0), the gold dates with positions from the dates only, the gold order
// with dates stripped, and every mention undated at position 0.
//
// Deviations from the official scorer, which is not at hand here: the graph
// construction above is recalled from the task description, in particular
// the treatment of position 0 and of undated mentions (a node shared by all
// undated mentions would, through the closure, include every mention
// between two undated ones, so only position 0 shares it); the TIMEX3 node
// of a date is its value without a time of day or trailing unspecified parts
// ("2007-09-XX" and "2007-09" are one node), and no relation links two
// TIMEX3 nodes; a mention listed at several positions keeps the first; the
// reduced graph is one deterministic choice among the equivalent ones
// (relations taken by position then id, the earlier dropped first), and with
// simultaneous mentions recall depends on that choice (on the trial data,
// taking the relations in the reverse order moved recall by about half a
// point); relations are compared
// by label, so gold SIMULTANEOUS does not validate a system INCLUDES.
//
// One line per metric, for BENCHMARKS.md:
//   - SemEval-2015 Task 4 trial, simplified: per target entity, a gold
//     mention is found when an event naming the entity dates its sentence
//     compatibly; P/R micro over entities; not the official scorer.
//   - SemEval-2015 Task 4 trial, official-style temporal awareness: timelines
//     as graphs of DOC-SENT-WORD mentions (same position SIMULTANEOUS, next
//     position BEFORE, dated mentions IS_INCLUDED in their date), P = |sys⁻
//     ∩ gold⁺| / |sys⁻|, R = |gold⁻ ∩ sys⁺| / |gold⁻|, counts summed over the
//     six entities; comparable in kind with the task's 7.85 F1 (best 2015
//     system, raw text, track A), not with the official scorer's exact
//     figures.
//
// Both corpora share the CAT XML layout (token elements with sentence
// numbers, Markables with token anchors, Relations); the article text is
// rebuilt from the tokens, one gold sentence per line, with a byte-offset
// map from tokens and sentences to the text, and the document creation time
// becomes the publication date.
package events
