package story

import (
	"strings"

	"storyline/news"
)

// happening is one report of a happening by one sentence of one article: its
// trigger and, when the sentence states them, who took part, where and when.
// The comparison of dates, places and participants aligns happenings across
// articles (dates_compare.go, places.go, participants.go).
type happening struct {
	doc      *news.Doc
	copyOf   string
	trigger  string    // canonical trigger
	parties  []party   // who took part, in sentence order
	own      bool      // the parties are named by this sentence, not carried over from an earlier one
	partSpan news.Span // the words that name the parties with the trigger
	place    *place    // where it took place, or nil
	date     *dating   // when it took place, or nil
}

// party is a participant of a happening: a person or an organisation.
type party struct {
	key, name string
	span      news.Span
}

// partyNames returns the display names of ps.
func partyNames(ps []party) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.name
	}
	return out
}

// partyKeys returns the identity keys of ps.
func partyKeys(ps []party) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.key
	}
	return out
}

// partiesMatch reports whether two happenings name enough of the same
// parties to be the same happening: two, or all of the smaller set (the
// rule of sameFrame and sameEvent).
func partiesMatch(a, b []party) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	return common(partyKeys(a), partyKeys(b)) >= min(2, len(a), len(b))
}

// unrealCues mark a clause whose happening did not (yet) take place as
// stated: announced, planned, hoped for, negated or conditional. They are
// looked for between the start of the trigger's clause and the trigger.
var unrealCues = map[string]bool{
	"will": true, "would": true, "could": true, "might": true, "may": true, "should": true, "shall": true, "must": true,
	"expected": true, "expects": true, "expect": true, "plan": true, "plans": true, "planned": true, "planning": true,
	"scheduled": true, "due": true, "proposed": true, "possible": true, "potential": true, "upcoming": true, "future": true,
	"hope": true, "hopes": true, "hoped": true, "want": true, "wants": true, "wanted": true, "seek": true, "seeks": true,
	"aim": true, "aims": true, "aimed": true, "meant": true, "intended": true, "prepare": true, "prepares": true,
	"preparing": true, "preparation": true, "pave": true, "ready": true, "willing": true, "invitation": true, "invited": true,
	"if": true, "unless": true, "whether": true, "not": true, "never": true, "no": true, "without": true,
	"denied": true, "denies": true, "refused": true, "refuses": true, "rejected": true, "cancelled": true, "canceled": true,
	"postponed": true, "delayed": true, "urged": true, "urges": true,
}

// seriesCues in a trigger's noun phrase mark one happening of a series ("a
// second call", "another round of talks", "the next summit"): it is not the
// happening other articles report, and its date or place is no discrepancy.
var seriesCues = map[string]bool{
	"again": true, "another": true, "second": true, "third": true, "fourth": true, "new": true, "next": true,
	"previous": true, "earlier": true, "first": true, "last": true, "latest": true, "further": true, "more": true,
	"recent": true, "several": true, "repeated": true, "follow-up": true, "resumed": true, "continued": true,
	"round": true, "rounds": true, "series": true, "each": true, "every": true, "other": true, "past": true, "final": true,
}

// seriesWords are trigger words that report several happenings ("calls",
// "meetings"): one happening cannot be aligned with them.
var seriesWords = map[string]bool{
	"calls": true, "meetings": true, "summits": true, "attacks": true, "strikes": true, "elections": true,
	"deaths": true, "visits": true, "trips": true, "conferences": true, "speeches": true, "interviews": true,
}

// loneWords are trigger words too ambiguous to identify a happening for
// the comparison ("the morning session", "the final terms", "filed a
// report", "an email address").
var loneWords = map[string]bool{
	"session": true, "final": true, "address": true, "filed": true, "named": true, "presented": true,
	"posted": true, "shut": true, "opened": true, "released": true,
}

// laterCues after a trigger mark a happening still to come ("the vote will
// take place", "talks are due to resume").
var laterCues = map[string]bool{
	"will": true, "would": true, "shall": true, "'ll": true, "expected": true, "due": true, "scheduled": true,
	"planned": true, "set": true, "postponed": true, "cancelled": true, "canceled": true, "delayed": true,
}

// clauseBreaks end the clause a cue or a party is looked for in.
var clauseBreaks = map[string]bool{",": true, ";": true, ":": true, `"`: true, "(": true, ")": true, "-": true,
	"that": true, "which": true, "who": true, "whom": true, "while": true, "but": true, "because": true, "although": true,
	"said": true, "says": true, "told": true, "added": true}

// unreal reports whether the happening of trigger tr is announced, planned,
// negated or one of a series rather than reported as having happened, or
// its trigger word too ambiguous: a cue of unrealCues in its clause before
// it, of seriesCues in its noun phrase, of laterCues (or "again") right
// after it, an infinitive ("agreed to meet"), a purpose ("for talks"), a
// plural trigger word or one of loneWords.
func unreal(toks []tok, tr tokTrigger) bool {
	if seriesWords[tr.surface] || loneWords[tr.surface] {
		return true
	}
	if tr.i > 0 && toks[tr.i-1].is("to") {
		return true // "to meet", "to the summit"
	}
	if k := skipBack(toks, tr.i-1, "a", "an", "the"); k >= 0 && toks[k].is("for") {
		return true // "for talks", "for a summit"
	}
	for k := tr.i - 1; k >= 0 && tr.i-k <= 12; k-- {
		t := toks[k]
		if t.ent != nil || t.tx != nil {
			continue
		}
		if clauseBreaks[t.low] && !(t.low == "," && k == tr.i-1) {
			break
		}
		if unrealCues[t.low] || strings.HasSuffix(t.low, "n't") {
			return true
		}
	}
	// series cues within the trigger's noun phrase: "a second call", "another round of talks"
	for k := tr.i - 1; k >= 0 && k >= tr.i-2 && toks[k].word() && !toks[k].is("a", "an", "the", "this", "that"); k-- {
		if seriesCues[toks[k].low] {
			return true
		}
	}
	for k := tr.j; k < len(toks) && k < tr.j+6; k++ {
		if toks[k].is("again", "once") || k < tr.j+4 && laterCues[toks[k].low] && toks[k].ent == nil {
			return true
		}
		if toks[k].is(",", ";", `"`) {
			break
		}
	}
	return false
}

// skipBack returns the index of the last unit at or before k that is not
// one of the words, -1 when none.
func skipBack(toks []tok, k int, words ...string) int {
	for k >= 0 && toks[k].is(words...) {
		k--
	}
	return k
}

// definiteCues before a trigger refer back to a happening the article has
// already named ("the call", "this meeting", "Tuesday's talks").
var definiteCues = map[string]bool{"the": true, "this": true, "that": true, "'s": true}

// docHappenings extracts the happenings of one article: for each trigger of
// a sentence that reports something that happened, its parties, place and
// date. A definite trigger without parties of its own ("the call") takes the
// parties of the article's last happening of that trigger.
func docHappenings(m Member, x docIndex) []happening {
	d := m.Doc
	var out []happening
	last := map[string][]party{} // trigger → parties of the article's last happening of it
	var toks []tok               // reused: happenings keep no unit
	for _, sent := range d.Sentences {
		toks = tokenizeSentence(d, sent, x, toks)
		trigs := tokTriggers(toks)
		strong := 0
		for _, tr := range trigs {
			if !tr.weak {
				strong++
			}
		}
		named := map[string][]party{} // this sentence's parties, for the sentences after it
		for _, tr := range trigs {
			if tr.weak || unreal(toks, tr) {
				continue
			}
			h := happening{doc: d, copyOf: m.DuplicateOf, trigger: tr.name}
			var from, to int
			h.parties, from, to, tr.rest = parties(toks, tr) // place and date come after the object
			if len(h.parties) > 0 {
				h.own = true
				h.partSpan = news.Span{Start: toks[from].start, End: toks[to-1].end}
				named[tr.name] = h.parties
			} else if k := tr.i - 1; k >= 0 && (definiteCues[toks[k].low] || k > 0 && toks[k].word() && definiteCues[toks[k-1].low]) {
				h.parties = last[tr.name]
			}
			h.place = placeOf(toks, tr)
			h.date = dateOf(d, toks, tr, strong == 1)
			if h.date != nil && !d.Published.IsZero() && h.date.lo.After(day(d.Published)) {
				continue // dated after the article: announced, not reported
			}
			if len(h.parties) > 0 || h.place != nil || h.date != nil {
				out = append(out, h)
			}
		}
		for t, ps := range named {
			last[t] = ps
		}
	}
	return out
}

// sameDay reports whether both happenings are dated and their dates overlap.
func sameDay(a, b happening) bool {
	return a.date != nil && b.date != nil && overlaps(a.date.lo, a.date.hi, b.date.lo, b.date.hi)
}

// datesAllow reports whether the dates of two happenings let them be one
// happening: both dated with overlapping dates, or both undated.
func datesAllow(a, b happening) bool {
	if a.date == nil || b.date == nil {
		return a.date == nil && b.date == nil
	}
	return sameDay(a, b)
}

// independentHappenings keeps the happenings of original articles, or nil
// when fewer than two articles remain.
func independentHappenings(hs []happening) []happening {
	var out []happening
	docs := map[string]bool{}
	for _, h := range hs {
		if h.copyOf != "" {
			continue
		}
		out = append(out, h)
		docs[h.doc.ID] = true
	}
	if len(docs) < 2 {
		return nil
	}
	return out
}

// groupHappenings groups happenings greedily: h joins the first group for
// which same(group, h) holds.
func groupHappenings(hs []happening, same func(g []happening, h happening) bool) [][]happening {
	var groups [][]happening
	byTrigger := map[string][]int{} // trigger → indexes of its groups
	for _, h := range hs {
		placed := false
		for _, gi := range byTrigger[h.trigger] {
			if same(groups[gi], h) {
				groups[gi] = append(groups[gi], h)
				placed = true
				break
			}
		}
		if !placed {
			byTrigger[h.trigger] = append(byTrigger[h.trigger], len(groups))
			groups = append(groups, []happening{h})
		}
	}
	return groups
}

// sharedParties returns the parties every happening of g names, in the
// first one's order.
func sharedParties(g []happening) []party {
	var out []party
	for _, p := range g[0].parties {
		all := true
		for _, h := range g[1:] {
			if !contains(partyKeys(h.parties), p.key) {
				all = false
				break
			}
		}
		if all {
			out = append(out, p)
		}
	}
	return out
}

// happeningLabel names a happening for a reader: the trigger with the
// parties its articles share, "the call (Marco Rubio, Sergei Lavrov)".
func happeningLabel(trigger string, ps []party) string {
	s := "the " + trigger
	if len(ps) > 0 {
		s += " (" + strings.Join(partyNames(ps), ", ") + ")"
	}
	return s
}

// happeningEvent finds the timeline event of a happening, -1 when none: the
// event of the same trigger whose date overlaps the happening's and whose
// participants include its parties.
func happeningEvent(events []news.Event, trigger string, ps []party, date *dating) int {
	for i, e := range events {
		if e.Trigger != trigger {
			continue
		}
		if date != nil {
			lo, hi, _, ok := interval(e.Date)
			if !ok || !overlaps(lo, hi, date.lo, date.hi) {
				continue
			}
		} else if e.Background || len(ps) == 0 {
			continue
		}
		all := true
		for _, p := range ps {
			if !contains(e.Participants, p.name) {
				all = false
				break
			}
		}
		if all {
			return i
		}
	}
	return -1
}

// articlesOf returns the distinct article ids of hs, in order.
func articlesOf(hs []happening) []string {
	var out []string
	for _, h := range hs {
		if !contains(out, h.doc.ID) {
			out = append(out, h.doc.ID)
		}
	}
	return out
}

// compareHappenings compares the dates, places and participants of the
// happenings the members report.
func compareHappenings(ms []Member, events []news.Event) ([]news.Discrepancy, []news.Corroboration) {
	var hs []happening
	for _, m := range ms {
		hs = append(hs, docHappenings(m, indexDoc(m.Doc))...)
	}
	var discs []news.Discrepancy
	var cors []news.Corroboration
	for _, cmp := range []func([]happening, []Member, []news.Event) ([]news.Discrepancy, []news.Corroboration){compareDates, comparePlaces, compareParticipants} {
		d, c := cmp(hs, ms, events)
		discs = append(discs, d...)
		cors = append(cors, c...)
	}
	return discs, cors
}
