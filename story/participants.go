package story

import (
	"fmt"
	"strings"

	"storyline/news"
)

// Participants: who took part in a happening are the people and
// organisations that are its subject or object in the sentence — "X met Y",
// "X spoke with Y", "talks between X and Y", "X's call with Y", "In a call
// on Saturday, X and Y agreed", "X and Y discussed ... in a call". Names are
// read as name phrases: titles, roles, places and other names before a
// person or organisation belong to it ("US Secretary of State Marco Rubio",
// "the Kremlin's foreign affairs adviser Yuri Ushakov"), and only the last
// person or organisation of a phrase takes part. Places and countries are
// never participants.

// roleWords are lower-case title and role words of name phrases.
var roleWords = map[string]bool{
	"president": true, "vice": true, "prime": true, "minister": true, "secretary": true, "state": true, "foreign": true,
	"affairs": true, "defence": true, "defense": true, "interior": true, "finance": true, "trade": true, "national": true,
	"security": true, "adviser": true, "advisor": true, "envoy": true, "special": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "chief": true, "executive": true, "leader": true, "head": true, "chairman": true, "chairwoman": true,
	"chair": true, "director": true, "general": true, "ambassador": true, "counterpart": true, "deputy": true,
	"senior": true, "top": true, "diplomat": true, "official": true, "king": true, "queen": true, "prince": true,
	"chancellor": true, "governor": true, "mayor": true, "senator": true, "representative": true, "judge": true,
	"coach": true, "manager": true, "founder": true, "ceo": true, "cfo": true, "boss": true, "commander": true,
}

// nameFiller are the function words of name phrases.
var nameFiller = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"of": true, "'s": true, "then": true, "former": true, "outgoing": true, "incoming": true, "acting": true, "new": true,
}

// functionWords are words that a capital letter at the start of a sentence
// does not make part of a name phrase.
var functionWords = map[string]bool{
	"in": true, "on": true, "at": true, "after": true, "before": true, "during": true, "since": true, "following": true,
	"with": true, "by": true, "for": true, "from": true, "and": true, "but": true, "as": true, "when": true, "while": true,
	"last": true, "this": true, "that": true, "it": true, "he": true, "she": true, "they": true, "we": true, "i": true,
	"there": true, "if": true, "both": true, "under": true, "according": true, "despite": true, "although": true,
}

// nameWord reports whether t can stand in a name phrase before its head.
func nameWord(t tok) bool {
	if t.ent != nil {
		return true
	}
	if !t.word() {
		return t.low == "'s"
	}
	if t.upper {
		_, trig := triggers[t.low]
		return !functionWords[t.low] && !trig
	}
	return roleWords[t.low] || nameFiller[t.low]
}

// namePhrase parses one name phrase starting at unit k; its head is its last
// person or organisation mention, and the phrase ends with the head.
func namePhrase(toks []tok, k int) (head int, ok bool) {
	head = -1
	for i := k; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.party():
			head = i
		case t.is("-") && head < 0: // "then-US Secretary of State"
		case nameWord(t):
		default:
			return head, head >= 0
		}
	}
	return head, head >= 0
}

// nameGroup parses a coordination of name phrases at unit k ("X, Y and Z",
// "X-Y") and returns the units of their heads and the end of the last one.
func nameGroup(toks []tok, k int) (heads []int, end int) {
	h, ok := namePhrase(toks, k)
	if !ok {
		return nil, k
	}
	heads, end = []int{h}, h+1
	sure, sureEnd := 1, end // the phrases up to the last one joined by "and"
	for end < len(toks) {
		j := end
		comma := toks[j].is(",")
		if comma {
			j++
		}
		joined := j < len(toks) && toks[j].is("and", "&", "-", "/")
		if joined {
			j++
		} else if !comma {
			break
		}
		h, ok := namePhrase(toks, j)
		if !ok {
			break
		}
		heads, end = append(heads, h), h+1
		if joined {
			sure, sureEnd = len(heads), end
		}
	}
	// "X, Y" without a final "and" is an apposition or a new clause, not a list
	return heads[:sure], sureEnd
}

// groupEndingAt parses the coordination of name phrases that ends with the
// mention at unit k and returns its heads and first unit.
func groupEndingAt(toks []tok, k int) ([]int, int) {
	s := k
	for s > 0 && (nameWord(toks[s-1]) || toks[s-1].is(",", "and", "&", "-")) {
		s--
	}
	for ; s <= k; s++ {
		if toks[s].word() && !toks[s].upper && nameFiller[toks[s].low] && toks[s].low != "then" {
			continue // a phrase starts with its first name or title word
		}
		if hs, end := nameGroup(toks, s); len(hs) > 0 && end == k+1 {
			return hs, s
		}
	}
	return nil, -1
}

// subjectSkip are words between a subject and its verb or noun trigger:
// auxiliaries, light verbs, adverbs, articles ("X had a call", "X also met").
var subjectSkip = map[string]bool{
	"had": true, "has": true, "have": true, "having": true, "was": true, "were": true, "is": true, "are": true,
	"been": true, "did": true, "also": true, "reportedly": true, "briefly": true, "then": true, "later": true,
	"finally": true, "jointly": true, "both": true, "personally": true, "formally": true, "officially": true,
	"recently": true, "already": true, "a": true, "an": true, "the": true, "held": true, "hold": true, "holds": true,
	"holding": true, "made": true, "make": true, "makes": true, "conducted": true, "on": true, "phone": true,
	"telephone": true,
}

// objectSkip are words between a trigger and its object or its place and
// date ("spoke by phone with", "a call was held between", "met on Tuesday in").
var objectSkip = map[string]bool{
	"by": true, "phone": true, "telephone": true, "video": true, "videolink": true, "link": true, "was": true,
	"were": true, "is": true, "are": true, "held": true, "had": true, "been": true, "also": true, "briefly": true,
	"directly": true, "personally": true, "on": true, "late": true, "early": true, "took": true, "place": true,
}

// objectPreps introduce the other parties of a trigger.
var objectPreps = map[string]bool{"with": true, "between": true, "to": true}

// transitive trigger words take their other party as a direct object ("X met Y").
var transitive = map[string]bool{
	"met": true, "meet": true, "visited": true, "toured": true, "phoned": true, "interviewed": true, "beat": true,
	"defeated": true, "acquired": true, "bought": true, "sued": true, "invaded": true, "attacked": true, "hired": true,
	"fired": true, "named": true, "appointed": true, "replaced": true, "elected": true, "arrested": true,
	"detained": true, "charged": true, "convicted": true, "sentenced": true, "captured": true, "seized": true,
	"hacked": true, "sanctioned": true,
}

// verbWords are the irregular verb forms among the trigger words; every
// trigger word ending in "-ed" is a verb form too.
var verbWords = map[string]bool{
	"spoke": true, "speak": true, "met": true, "meet": true, "won": true, "win": true, "beat": true, "struck": true,
	"fought": true, "sworn": true, "sold": true, "bought": true, "shut": true, "took office": true,
	"took control": true, "stepped down": true, "retire": true, "retiring": true, "invade": true, "unveil": true,
	"unveils": true,
}

// verbForm reports whether the trigger phrase is a verb.
func verbForm(tr tokTrigger) bool {
	return verbWords[tr.surface] || strings.HasSuffix(tr.surface, "ed")
}

// prepositions before a name phrase make it the object of something else
// ("led by X", "a statement of X").
var prepositions = map[string]bool{"by": true, "of": true, "with": true, "to": true, "from": true, "for": true,
	"against": true, "than": true, "between": true, "about": true, "on": true, "in": true, "at": true, "according": true}

// subjectOf finds the subject parties of a trigger and the first unit of
// their words.
func subjectOf(toks []tok, tr tokTrigger) ([]int, int) {
	k := tr.i - 1
	// "Trump's call", "Trump's surprising conversation"
	poss := -1
	if k >= 0 && toks[k].is("'s") {
		poss = k
	} else if k >= 1 && toks[k].word() && toks[k-1].is("'s") && !verbForm(tr) {
		poss = k - 1
	}
	if poss > 0 && toks[poss-1].party() {
		return groupEndingAt(toks, poss-1)
	}
	for k >= 0 && (subjectSkip[toks[k].low] || toks[k].tx != nil || !verbForm(tr) && toks[k].word() && strings.Contains(toks[k].low, "-")) {
		k--
	}
	if k >= 0 && toks[k].party() {
		if hs, s := groupEndingAt(toks, k); len(hs) > 0 && (s == 0 || !prepositions[toks[s-1].low]) {
			return hs, s
		}
	}
	if verbForm(tr) {
		return nil, -1
	}
	// a noun trigger in a prepositional phrase: "in a (phone) call", "In a July 16 press conference"
	p := skipBack(toks, tr.i-1, "a", "an", "the")
	if p >= 0 && toks[p].word() && !toks[p].is("in", "during", "at") {
		p = skipBack(toks, p-1, "a", "an", "the")
	}
	if p >= 0 && toks[p].tx != nil {
		p = skipBack(toks, p-1, "a", "an", "the")
	}
	if p < 0 || !toks[p].is("in", "during", "at") {
		return nil, -1
	}
	start := 0
	if len(toks) > 0 && toks[0].is(`"`) {
		start = 1
	}
	if p == start {
		// "In a phone call on Saturday, X and Y agreed": the subject follows the phrase
		for c := tr.j; c < len(toks) && c < tr.j+15; c++ {
			if toks[c].is(",") {
				if hs, _ := nameGroup(toks, c+1); len(hs) > 0 {
					return hs, c + 1
				}
				break
			}
		}
		return nil, -1
	}
	// "X and Y discussed ... in a call": the subject starts the sentence
	hs, end := nameGroup(toks, start)
	if len(hs) == 0 {
		return nil, -1
	}
	for c := end; c < p; c++ {
		t := toks[c]
		if clauseBreaks[t.low] && t.ent == nil && t.tx == nil {
			return nil, -1
		}
		if _, trig := triggers[t.low]; trig && t.word() && !weakTriggers[triggers[t.low]] {
			return nil, -1
		}
	}
	return hs, start
}

// objectOf finds the other parties of a trigger ("with Y", "between X and
// Y", "to Y", "met Y") and the end of their words.
func objectOf(toks []tok, tr tokTrigger) ([]int, int) {
	k := tr.j
	for k < len(toks) && (objectSkip[toks[k].low] || toks[k].tx != nil) {
		k++
	}
	if k < len(toks) && objectPreps[toks[k].low] && toks[k].ent == nil {
		return nameGroup(toks, k+1)
	}
	if k > tr.j && toks[k-1].is("by") && (k-2 < tr.j || !toks[k-2].is("by")) {
		if hs, end := nameGroup(toks, k); len(hs) > 0 {
			return hs, end // the agent of a passive: "a conference held by X"
		}
	}
	if k == tr.j && transitive[tr.surface] {
		return nameGroup(toks, k)
	}
	return nil, tr.j
}

// parties returns the participants of a trigger, without repeats, the
// units [from, to) that name them with the trigger, and the first unit after
// the trigger and its object.
func parties(toks []tok, tr tokTrigger) (ps []party, from, to, rest int) {
	from, to, rest = tr.i, tr.j, tr.j
	var heads []int
	if hs, s := subjectOf(toks, tr); len(hs) > 0 {
		heads = append(heads, hs...)
		from = min(from, s)
	}
	if hs, e := objectOf(toks, tr); len(hs) > 0 {
		heads = append(heads, hs...)
		rest = e
	}
	for _, h := range heads {
		to = max(to, h+1)
		m := toks[h].ent
		if contains(partyKeys(ps), m.Entity) {
			continue
		}
		name := m.Name
		if name == "" {
			name = m.Text
		}
		ps = append(ps, party{key: m.Entity, name: name, span: m.Span})
	}
	return ps, from, to, rest
}

// compareParticipants aligns who took part across articles. Independent
// articles that name the same two or more parties for one happening (the
// same trigger and date, or both undated) corroborate them. Articles
// disagree only when the happening has one identity in both — the same
// trigger, the same day and the same place — and each names a party the
// other article never mentions at all, while they share another.
func compareParticipants(hs []happening, ms []Member, events []news.Event) ([]news.Discrepancy, []news.Corroboration) {
	var cands []happening
	for _, h := range hs {
		if h.own && len(h.parties) >= 2 {
			cands = append(cands, h)
		}
	}
	var cors []news.Corroboration
	for _, g := range groupHappenings(cands, func(g []happening, h happening) bool {
		for _, o := range g {
			if !datesAllow(o, h) {
				return false
			}
		}
		for _, o := range g {
			if partiesMatch(o.parties, h.parties) {
				return true
			}
		}
		return false
	}) {
		g = independentHappenings(g)
		if g == nil {
			continue
		}
		shared := sharedParties(g)
		if len(shared) < 2 {
			continue
		}
		fact := "participants of the " + g[0].trigger
		if g[0].date != nil {
			fact += " (" + g[0].date.value + ")"
		}
		cors = append(cors, news.Corroboration{
			Fact:     fmt.Sprintf("%s: %s", fact, strings.Join(partyNames(shared), ", ")),
			Event:    happeningEvent(events, g[0].trigger, shared, g[0].date),
			Articles: articlesOf(g),
		})
	}
	return participantDisagreements(hs, ms, events), cors
}

// participantDisagreements finds happenings with one identity (trigger,
// day, place) whose articles name parties the other never mentions.
func participantDisagreements(hs []happening, ms []Member, events []news.Event) []news.Discrepancy {
	var cands []happening
	for _, h := range hs {
		if h.own && h.place != nil && h.date != nil && !h.date.vague && granRank[h.date.gran] == 0 {
			cands = append(cands, h)
		}
	}
	related := placeRelations(ms)
	var out []news.Discrepancy
	for _, g := range groupHappenings(cands, func(g []happening, h happening) bool {
		for _, o := range g {
			if !sameDay(o, h) || !related.same(o.place, h.place) {
				return false
			}
		}
		return true
	}) {
		g = independentHappenings(g)
		if g == nil || !partiesDiffer(g) {
			continue
		}
		d := news.Discrepancy{Attribute: "participants of " + happeningLabel(g[0].trigger, nil) + " (" + g[0].date.value + ", " + g[0].place.name + ")",
			Event: happeningEvent(events, g[0].trigger, nil, g[0].date)}
		type value struct {
			doc string
			sp  news.Span
		}
		seen := map[value]bool{}
		for _, h := range g {
			if sp := h.partSpan; !seen[value{h.doc.ID, sp}] {
				seen[value{h.doc.ID, sp}] = true
				d.Values = append(d.Values, news.Value{Article: h.doc.ID, Text: sp.In(h.doc.Text), Span: &sp})
			}
		}
		out = append(out, d)
	}
	return out
}

// partiesDiffer reports whether two articles of g share a party of the
// happening and each names another one the other article never mentions,
// and no article names two different sets of parties (two happenings at
// one place on one day).
func partiesDiffer(g []happening) bool {
	for i := range g {
		for j := i + 1; j < len(g); j++ {
			a, b := partyKeys(g[i].parties), partyKeys(g[j].parties)
			if g[i].doc == g[j].doc && common(a, b) < min(len(a), len(b)) {
				return false
			}
		}
	}
	for i := range g {
		for j := i + 1; j < len(g); j++ {
			a, b := g[i], g[j]
			if a.doc == b.doc || common(partyKeys(a.parties), partyKeys(b.parties)) == 0 {
				continue
			}
			if unknownParty(a.parties, b.doc) && unknownParty(b.parties, a.doc) {
				return true
			}
		}
	}
	return false
}

// unknownParty reports whether one of ps is never mentioned in d.
func unknownParty(ps []party, d *news.Doc) bool {
	for _, p := range ps {
		known := false
		for _, e := range d.Entities {
			if e.Entity == p.key {
				known = true
				break
			}
		}
		if !known {
			return true
		}
	}
	return false
}
