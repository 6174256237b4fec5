package story

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"storyline/news"
)

// Dates: when a happening took place is a resolved time expression of its
// sentence attached to its trigger — right after it through words of its
// own clause ("met on Tuesday", "talks in Riyadh on Tuesday"), right before
// it ("Tuesday's meeting", "Trump on Tuesday met"), opening the sentence
// ("Last week, X had a call with Y"), or, when the sentence reports a single
// happening and has a single date, that date unless it is a reference point
// ("since February 2022", "a day after"). Dates are compared as calendar
// intervals (interval.go): values that overlap — including a day inside a
// week or a month — agree.

// dating is the date of a happening.
type dating struct {
	value  string    // TIMEX3 value
	lo, hi time.Time // the calendar interval it covers
	gran   string
	text   string // the words of the time expression
	span   news.Span
	vague  bool // approximate, or relative to a document date that is only inferred
}

// refWords make the time expression after them a reference point rather
// than the date of the sentence's happening.
var refWords = map[string]bool{
	"since": true, "after": true, "before": true, "until": true, "till": true, "following": true, "ahead": true,
	"prior": true, "by": true, "from": true, "preceding": true, "through": true, "between": true, "than": true,
}

// hedgeWords in or right before a time expression make it approximate.
var hedgeWords = map[string]bool{
	"around": true, "about": true, "approximately": true, "roughly": true, "nearly": true, "almost": true,
	"some": true, "early": true, "late": true, "mid": true, "or": true, "circa": true, "sometime": true,
	"possibly": true, "probably": true,
}

// monthWords name months: a date that names one is not relative to the
// document date for its day.
var monthWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "jan": true,
	"feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// dateGapDays is how far apart two dates of one happening may lie for the
// happening still to be taken as one: further apart, two dates are two
// happenings (the second call between the same people), not a disagreement.
const dateGapDays = 3

// dateOf finds when the happening of trigger tr took place. single tells
// that tr is the only happening the sentence reports.
func dateOf(d *news.Doc, toks []tok, tr tokTrigger, single bool) *dating {
	// after the trigger: "met on Tuesday", "talks in Riyadh on Tuesday"
	for k := tr.rest; k < len(toks) && k < tr.rest+14; k++ {
		t := toks[k]
		if t.tx != nil {
			if k > 0 && refWords[toks[k-1].low] || modifiesNoun(toks, k) {
				return nil
			}
			return newDating(d, toks, k)
		}
		if t.is("in", "at") && k+1 < len(toks) && toks[k+1].ent != nil && toks[k+1].ent.Type == news.LOC {
			k++ // the place
			continue
		}
		if !clauseWord(t) {
			break
		}
	}
	// before it: "Tuesday's meeting", "Trump on Tuesday met", "Last week, Trump had a call"
	comma := false
back:
	for k := tr.i - 1; k >= 0 && tr.i-k <= 14; k-- {
		t := toks[k]
		switch {
		case t.tx != nil:
			if comma && !opensSentence(toks, k) || isReference(toks, k) {
				break back
			}
			return newDating(d, toks, k)
		case t.is("'s") && k == tr.i-1:
		case k == tr.i-1 && t.word() && !t.upper && !verbForm(tr): // "a July 16 press conference"
		case t.is(",") && !comma:
			comma = true
		case t.party() || subjectSkip[t.low] || t.is("and") || nameWord(t) && t.ent == nil:
		default:
			break back
		}
	}
	if !single {
		return nil
	}
	// the only happening of the sentence and its only date
	found := -1
	for k, t := range toks {
		if t.tx == nil || t.tx.Type != "DATE" && t.tx.Type != "TIME" {
			continue
		}
		if _, _, _, ok := interval(t.tx.Value); !ok {
			continue
		}
		if found >= 0 {
			return nil
		}
		found = k
	}
	if found < 0 || isReference(toks, found) || modifiesNoun(toks, found) {
		return nil
	}
	between := toks[min(found, tr.i)+1 : max(found, tr.j)]
	for _, t := range between {
		if t.ent == nil && t.tx == nil && clauseBreaks[t.low] {
			return nil // another clause: "While they were meeting ..., the bank ... on Tuesday"
		}
	}
	for _, o := range tokTriggers(between) {
		if o.surface != tr.surface {
			return nil // another happening stands between: "Today, X rejected ... its takeover"
		}
	}
	return newDating(d, toks, found)
}

// opensSentence reports whether the time expression at unit k opens the
// sentence, after at most a preposition ("On Saturday, ...").
func opensSentence(toks []tok, k int) bool {
	for i := 0; i < k; i++ {
		if !toks[i].is("on", "in", "at", "early", "late", "by", `"`) {
			return false
		}
	}
	return true
}

// modifiesNoun reports whether the time expression at unit k modifies a
// noun of its own: an article before it and a word after it ("the 1986
// model year"), where a date of the happening follows a preposition ("on
// Tuesday").
func modifiesNoun(toks []tok, k int) bool {
	return k > 0 && toks[k-1].is("the", "a", "an", "its", "his", "her", "their") &&
		k+1 < len(toks) && toks[k+1].word() && !placeFollowers[toks[k+1].low]
}

// isReference reports whether the time expression at unit k is a reference
// point: a word of refWords stands between it and the start of its clause.
func isReference(toks []tok, k int) bool {
	for i := k - 1; i >= 0; i-- {
		t := toks[i]
		if t.is(",", ";", `"`) {
			return false
		}
		if refWords[t.low] && t.ent == nil && t.tx == nil {
			return true
		}
	}
	return false
}

// newDating builds the date of the time expression at unit k, or nil when
// it has no calendar meaning.
func newDating(d *news.Doc, toks []tok, k int) *dating {
	t := toks[k].tx
	if t.Type != "DATE" && t.Type != "TIME" {
		return nil
	}
	lo, hi, gran, ok := interval(t.Value)
	if !ok {
		return nil
	}
	dt := &dating{value: t.Value, lo: lo, hi: hi, gran: gran, text: t.Text, span: t.Span}
	dt.vague = t.Mod != "" || k > 0 && hedgeWords[toks[k-1].low]
	for _, w := range strings.FieldsFunc(strings.ToLower(t.Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if hedgeWords[w] {
			dt.vague = true
		}
	}
	if relativeDate(t.Text) && d.PublishedSource != news.DateGiven && d.PublishedSource != news.DateMetadata {
		dt.vague = true // "on Saturday" counted from an inferred date
	}
	return dt
}

// relativeDate reports whether a time expression is counted from the
// document date: it has no digit and names no month ("Tuesday", "last week").
func relativeDate(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if monthWords[w] || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return false
		}
	}
	return true
}

// gapDays returns the number of days between two date intervals, 0 when
// they overlap or touch.
func gapDays(a, b *dating) int {
	if overlaps(a.lo, a.hi, b.lo, b.hi) {
		return 0
	}
	if b.lo.Before(a.lo) {
		a, b = b, a
	}
	return int(b.lo.Sub(a.hi).Hours() / 24)
}

// compareDates aligns when happenings took place across articles. The
// happenings of one frame are the same trigger with the same parties
// (partiesMatch) dated within dateGapDays of each other, or without parties
// on the same day (anonymousDay, for corroboration only). Independent
// articles that give the same date corroborate it; two articles disagree
// when they name two parties in common, their dates do not overlap, both
// are precise (a day or a week, not hedged, not counted from an inferred
// document date), both articles were published after both dates, they are
// worded differently, and neither article itself dates the happening twice
// (a happening over several days, or two of them).
func compareDates(hs []happening, ms []Member, events []news.Event) ([]news.Discrepancy, []news.Corroboration) {
	var cands []happening
	for _, h := range hs {
		if h.date != nil {
			cands = append(cands, h)
		}
	}
	var discs []news.Discrepancy
	var cors []news.Corroboration
	for _, g := range groupHappenings(cands, func(g []happening, h happening) bool {
		match := false
		for _, o := range g {
			if gapDays(o.date, h.date) > dateGapDays {
				return false
			}
			if partiesMatch(o.parties, h.parties) || anonymousDay(o, h) {
				match = true
			}
		}
		return match
	}) {
		g = independentHappenings(g)
		if g == nil {
			continue
		}
		shared := sharedParties(g)
		if len(shared) > 0 && datesDisagree(g) {
			d := news.Discrepancy{Attribute: "date of " + happeningLabel(g[0].trigger, shared), Event: happeningEvent(events, g[0].trigger, shared, nil)}
			seen := map[string]bool{}
			for _, h := range g {
				if k := h.doc.ID + "|" + h.date.value; !h.date.vague && !seen[k] {
					seen[k] = true
					sp := h.date.span
					d.Values = append(d.Values, news.Value{Article: h.doc.ID, Text: h.date.text, Span: &sp, Norm: h.date.value})
				}
			}
			discs = append(discs, d)
			continue
		}
		if c, ok := dateCorroboration(g, shared, events); ok {
			cors = append(cors, c)
		}
	}
	return discs, cors
}

// anonymousDay reports whether two happenings without parties may be one:
// the same place and the same precise day (and time of day). Their dates
// can corroborate each other but never disagree: without parties, two
// dates are as likely two happenings.
func anonymousDay(a, b happening) bool {
	if len(a.parties) > 0 || len(b.parties) > 0 || a.date.vague || b.date.vague || a.date.gran != "day" || b.date.gran != "day" {
		return false
	}
	if a.place == nil || b.place == nil || a.place.key != b.place.key {
		return false
	}
	return a.date.value == b.date.value
}

// datesDisagree reports whether two articles of g give the happening dates
// that cannot both be right (see compareDates).
func datesDisagree(g []happening) bool {
	for i := range g {
		for j := i + 1; j < len(g); j++ {
			a, b := g[i], g[j]
			if a.doc == b.doc && !a.date.vague && !b.date.vague && !overlaps(a.date.lo, a.date.hi, b.date.lo, b.date.hi) {
				return false // one article dates it twice
			}
		}
	}
	for i := range g {
		for j := i + 1; j < len(g); j++ {
			a, b := g[i], g[j]
			if a.doc == b.doc || a.date.vague || b.date.vague || overlaps(a.date.lo, a.date.hi, b.date.lo, b.date.hi) {
				continue
			}
			if common(partyKeys(a.parties), partyKeys(b.parties)) < 2 {
				continue // one person or company takes part in many happenings
			}
			if granRank[a.date.gran] > granRank["week"] || granRank[b.date.gran] > granRank["week"] {
				continue
			}
			if strings.EqualFold(a.date.text, b.date.text) {
				continue // the same words read from two document dates
			}
			later := a.date.lo
			if b.date.lo.After(later) {
				later = b.date.lo
			}
			if a.doc.Published.IsZero() || b.doc.Published.IsZero() || day(a.doc.Published).Before(later) || day(b.doc.Published).Before(later) {
				continue // an article written before the other date could not report it
			}
			return true
		}
	}
	return false
}

// dateCorroboration returns the date most independent articles of g give,
// precisely, when at least two do.
func dateCorroboration(g []happening, shared []party, events []news.Event) (news.Corroboration, bool) {
	var best *dating
	var bestDocs []string
	for _, h := range g {
		if h.date.vague {
			continue
		}
		var docs []string
		for _, o := range g {
			if !o.date.vague && o.date.lo.Equal(h.date.lo) && o.date.hi.Equal(h.date.hi) && !contains(docs, o.doc.ID) {
				docs = append(docs, o.doc.ID)
			}
		}
		if len(docs) > len(bestDocs) || len(docs) == len(bestDocs) && best != nil && finer(h.date.gran, best.gran) {
			best, bestDocs = h.date, docs
		}
	}
	if len(bestDocs) < 2 || granRank[best.gran] > granRank["month"] {
		return news.Corroboration{}, false // a year says little about one happening
	}
	return news.Corroboration{
		Fact:     fmt.Sprintf("date of %s: %s", happeningLabel(g[0].trigger, shared), best.value),
		Event:    happeningEvent(events, g[0].trigger, shared, best),
		Articles: bestDocs,
	}, true
}
