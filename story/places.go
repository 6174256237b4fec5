package story

import (
	"fmt"
	"strings"

	"storyline/news"
)

// Places: where a happening took place is a place mention of the entity
// tagger attached to its trigger by "in" or "at" in the same sentence —
// "talks in Riyadh on Tuesday", "X met Y in Geneva", "In Geneva, X met Y". Only words that belong to the trigger's own clause (its parties,
// date and the words of objectSkip) may stand between the trigger and the
// preposition, so that "talks to end the war in Ukraine" places the war, not
// the talks. Without a gazetteer, two places are taken as one when they
// might contain each other: see placeRelations.

// place is where a happening took place.
type place struct {
	key, name string
	text      string // the words of the mention
	span      news.Span
}

// placeFollowers may come right after the place mention; any other word
// makes it a modifier of something else ("in Ukraine peace talks").
var placeFollowers = map[string]bool{
	",": true, ".": true, ";": true, ":": true, `"`: true, ")": true, "-": true, "on": true, "in": true, "at": true,
	"to": true, "with": true, "for": true, "after": true, "before": true, "as": true, "where": true, "that": true,
	"which": true, "last": true, "this": true, "earlier": true, "when": true, "amid": true, "following": true,
	"and": true, "but": true, "while": true, "said": true, "over": true, "about": true, "ahead": true,
}

// clauseWord reports whether unit t may stand between a trigger and its
// place or date: a party, a time, or a word of the trigger's own clause.
func clauseWord(t tok) bool {
	return t.party() || t.tx != nil || objectSkip[t.low] || objectPreps[t.low] || t.is("and") || nameWord(t) && t.ent == nil && !t.upper
}

// placeOf finds where the happening of trigger tr took place.
func placeOf(toks []tok, tr tokTrigger) *place {
	// "In Geneva, X met Y": a place that opens the sentence, for its first trigger
	if tr.i >= 3 && toks[0].is("in", "at") && toks[1].ent != nil && toks[1].ent.Type == news.LOC && toks[2].is(",") {
		if first := tokTriggers(toks[3:tr.i]); len(first) == 0 || allWeak(first) {
			return newPlace(toks[1])
		}
	}
	for k := tr.rest; k < len(toks) && k < tr.rest+14; k++ {
		t := toks[k]
		if t.is("in", "at") && t.ent == nil {
			l := k + 1
			if l < len(toks) && toks[l].is("the") {
				l++
			}
			if l >= len(toks) || toks[l].ent == nil || toks[l].ent.Type != news.LOC {
				return nil
			}
			if l+1 < len(toks) && !placeFollowers[toks[l+1].low] && toks[l+1].tx == nil {
				return nil // "in Ukraine peace talks", "in US foreign policy"
			}
			if l+2 < len(toks) && toks[l+1].is("and", "or") && toks[l+2].ent != nil && toks[l+2].ent.Type == news.LOC {
				return nil // two places: not one happening's
			}
			return newPlace(toks[l])
		}
		if !clauseWord(t) {
			return nil
		}
	}
	return nil
}

// allWeak reports whether every trigger of ts is a weak one (a topic).
func allWeak(ts []tokTrigger) bool {
	for _, t := range ts {
		if !t.weak {
			return false
		}
	}
	return true
}

// newPlace builds the place of the place mention t.
func newPlace(t tok) *place {
	m := t.ent
	name := m.Name
	if name == "" {
		name = m.Text
	}
	key := m.Entity
	if key == "" {
		key = strings.ToLower(name)
	}
	return &place{key: key, name: name, text: m.Text, span: m.Span}
}

// placeGraph tells which places of a story may contain one another. It is
// built on first use: most stories never need it.
type placeGraph struct {
	ms       []Member
	together map[[2]string]bool // place keys some article mentions both of
}

// placeRelations returns the place relations of a story's members: two
// places may be related when one article mentions both — "Riyadh, Saudi
// Arabia", "Riyadh in Saudi Arabia", or both anywhere in its text. Without a
// gazetteer this is the only evidence that two names are not rival answers.
func placeRelations(ms []Member) *placeGraph { return &placeGraph{ms: ms} }

// build records the pairs of places each article mentions.
func (g *placeGraph) build() {
	g.together = map[[2]string]bool{}
	for _, m := range g.ms {
		var locs []string
		for _, e := range m.Doc.Entities {
			if e.Type == news.LOC && e.Entity != "" && !contains(locs, e.Entity) {
				locs = append(locs, e.Entity)
			}
		}
		for i, a := range locs {
			for _, b := range locs[i+1:] {
				g.together[[2]string{a, b}] = true
				g.together[[2]string{b, a}] = true
			}
		}
	}
}

// same reports whether two places may be the same place: one identity, one
// name containing the other ("New York", "New York City"), or mentioned
// together by an article of the story.
func (g *placeGraph) same(a, b *place) bool {
	if a.key == b.key {
		return true
	}
	x, y := " "+strings.ToLower(a.name)+" ", " "+strings.ToLower(b.name)+" "
	if strings.Contains(x, y) || strings.Contains(y, x) {
		return true
	}
	if g.together == nil {
		g.build()
	}
	return g.together[[2]string{a.key, b.key}]
}

// comparePlaces aligns where happenings took place across articles. The
// same place in independent articles corroborates it; different places
// disagree only when the happening has one identity in both articles (the
// same trigger, two parties in common, the same day) and no article of the
// story relates the two places.
func comparePlaces(hs []happening, ms []Member, events []news.Event) ([]news.Discrepancy, []news.Corroboration) {
	var cands []happening
	for _, h := range hs {
		if h.place != nil {
			cands = append(cands, h)
		}
	}
	related := placeRelations(ms)
	var discs []news.Discrepancy
	var cors []news.Corroboration
	for _, g := range groupHappenings(cands, func(g []happening, h happening) bool {
		match := false
		for _, o := range g {
			if o.date != nil && h.date != nil && !sameDay(o, h) {
				return false
			}
			if partiesMatch(o.parties, h.parties) || len(o.parties) == 0 && len(h.parties) == 0 && sameDay(o, h) && granRank[h.date.gran] == 0 {
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
		if placesDisagree(g, related) {
			d := news.Discrepancy{Attribute: "place of " + happeningLabel(g[0].trigger, shared), Event: happeningEvent(events, g[0].trigger, shared, g[0].date)}
			seen := map[string]bool{}
			for _, h := range g {
				if k := h.doc.ID + "|" + h.place.key; !seen[k] {
					seen[k] = true
					sp := h.place.span
					d.Values = append(d.Values, news.Value{Article: h.doc.ID, Text: h.place.text, Span: &sp})
				}
			}
			discs = append(discs, d)
			continue
		}
		// the place most articles name
		best, bestDocs := "", []string(nil)
		for _, h := range g {
			var docs []string
			for _, o := range g {
				if o.place.key == h.place.key && !contains(docs, o.doc.ID) {
					docs = append(docs, o.doc.ID)
				}
			}
			if len(docs) > len(bestDocs) {
				best, bestDocs = h.place.name, docs
			}
		}
		if len(bestDocs) >= 2 {
			cors = append(cors, news.Corroboration{
				Fact:     fmt.Sprintf("place of %s: %s", happeningLabel(g[0].trigger, shared), best),
				Event:    happeningEvent(events, g[0].trigger, shared, g[0].date),
				Articles: bestDocs,
			})
		}
	}
	return discs, cors
}

// placesDisagree reports whether two articles of g place the happening
// differently: both with two of its parties in common and on the same day
// (or week), in places no article relates.
func placesDisagree(g []happening, related *placeGraph) bool {
	for i := range g {
		for j := i + 1; j < len(g); j++ {
			a, b := g[i], g[j]
			if a.doc == b.doc || common(partyKeys(a.parties), partyKeys(b.parties)) < 2 || !sameDay(a, b) {
				continue
			}
			if granRank[a.date.gran] > granRank["week"] || granRank[b.date.gran] > granRank["week"] {
				continue
			}
			if !related.same(a.place, b.place) {
				return true
			}
		}
	}
	return false
}
