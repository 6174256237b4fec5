package events

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"storyline/enrich/event"
	"storyline/news"
)

// Scope says which event mentions of a sentence naming a target entity the
// entity takes part in.
type Scope int

// Scopes.
const (
	// ScopeClause: the events of the entity mention's clause: no clause
	// boundary (a subordinating word, a relative pronoun, a semicolon, a
	// colon, a bracket, a dash or a quote mark; commas too with
	// SystemOptions.CommaBoundary) stands between the event and a mention
	// of the entity.
	ScopeClause Scope = iota
	// ScopeWindow: the events at most SystemOptions.Window tokens away from a
	// mention of the entity.
	ScopeWindow
	// ScopeSentence: every event of the sentence.
	ScopeSentence
)

// TextMatch says when a target entity is looked for in the text itself.
type TextMatch int

// Text matches.
const (
	// TextFallback: in the documents where no entity mention of the chain
	// bears the name (the tagger missed the entity, as it often misses
	// product names).
	TextFallback TextMatch = iota
	// TextNever: only the chain's entity mentions count.
	TextNever
	// TextAlways: in every document.
	TextAlways
)

// Dating says how a tagged event mention is dated.
type Dating int

// Datings.
const (
	// DateSentence: the resolved DATE or TIME expression of the sentence
	// nearest to the mention; undated (position 0) when the sentence has
	// none.
	DateSentence Dating = iota
	// DateSentenceOrDCT: as DateSentence, else the document creation
	// (publication) date.
	DateSentenceOrDCT
	// DateSentenceOrPrevious: as DateSentence, else the last resolved date
	// expression of an earlier sentence of the document, else undated.
	DateSentenceOrPrevious
)

// SystemOptions choose how the system timeline of a target entity is built.
type SystemOptions struct {
	// Story includes the dated story-timeline events naming the entity
	// (the mention of each event's trigger in its sentence); with
	// StoryTakesPart, only those the entity takes part in as it does in a
	// tagged event (Scope, Nearest, Pronouns).
	Story, StoryTakesPart bool
	// Tagged includes the event mentions of the event tagger (the chain's
	// Events layer) that the entity takes part in.
	Tagged bool
	// Text says when the entity is also found by its name in the text,
	// besides the chain's entity mentions (and their aliases) that bear
	// the name.
	Text TextMatch
	// Scope and Window choose the events of a sentence the entity takes part in.
	Scope  Scope
	Window int
	// CommaBoundary makes a comma a clause boundary (ScopeClause).
	CommaBoundary bool
	// Dating dates the tagged mentions.
	Dating Dating
	// Particles names a verb followed by a particle ("showed off", "took
	// six months off") as the timelines name such phrasal verbs:
	// "showed_off", "took_off".
	Particles bool
	// Pronouns also finds the entity in personal pronouns (he, him, his,
	// she, her) whose nearest preceding person mention, in the same or the
	// previous sentence, names the entity; PronounIt likewise in it and its
	// for the nearest preceding mention of another type.
	Pronouns, PronounIt bool
	// Nearest keeps an event only when the nearest entity mention of the
	// sentence (by tokens) names the target.
	Nearest bool
}

// DefaultSystem returns the options of the system timeline that SemEval
// scores (see the package comment).
func DefaultSystem() SystemOptions {
	return SystemOptions{Story: true, StoryTakesPart: true, Tagged: true, Scope: ScopeClause,
		Dating: DateSentenceOrDCT, Pronouns: true, Nearest: true, Particles: true}
}

// clauseWords start a new clause; the events beyond them belong to another
// predicate than the entity mention's.
var clauseWords = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "where": true, "when": true,
	"while": true, "whereas": true, "because": true, "although": true, "though": true, "if": true,
	"unless": true, "after": true, "before": true, "until": true, "since": true, "as": true,
}

// clausePunct are the punctuation tokens that bound a clause.
var clausePunct = map[string]bool{
	";": true, ":": true, "(": true, ")": true, "[": true, "]": true, "\"": true, "“": true, "”": true,
	"``": true, "''": true, "—": true, "–": true, "--": true,
}

// targetSpans returns the spans of doc d that name the target entity whose
// name patterns are pats: the chain's entity mentions whose text or
// canonical name matches a pattern, every mention sharing the canonical key
// of one of them (its aliases), and as text says, the matches of the
// patterns in the text.
func targetSpans(d *news.Doc, pats []*regexp.Regexp, text TextMatch) []news.Span {
	keys := map[string]bool{}
	var out []news.Span
	for _, m := range d.Entities {
		if matchAny(pats, m.Text) || m.Name != "" && matchAny(pats, m.Name) {
			out = append(out, m.Span)
			if m.Entity != "" {
				keys[m.Entity] = true
			}
		}
	}
	for _, m := range d.Entities {
		if m.Entity != "" && keys[m.Entity] {
			out = append(out, m.Span)
		}
	}
	if text == TextAlways || text == TextFallback && len(out) == 0 {
		for _, p := range pats {
			for _, loc := range p.FindAllStringIndex(d.Text, -1) {
				s, e := loc[0], loc[1]
				// The pattern holds the non-word characters around the name.
				for s < e && !isNameByte(d.Text[s]) {
					s++
				}
				for e > s && !isNameByte(d.Text[e-1]) {
					e--
				}
				if s < e {
					out = append(out, news.Span{Start: s, End: e})
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End < out[j].End
	})
	// Drop duplicates.
	k := 0
	for i, s := range out {
		if i > 0 && s == out[k-1] {
			continue
		}
		out[k] = s
		k++
	}
	return out[:k]
}

// personPronouns and itPronouns are the pronouns Pronouns and PronounIt resolve.
var (
	personPronouns = map[string]bool{"he": true, "him": true, "his": true, "she": true, "her": true}
	itPronouns     = map[string]bool{"it": true, "its": true}
)

// pronounSpans returns the pronouns of d that refer to the target, given
// its spans targets: a pronoun refers to the nearest preceding mention of
// the right kind (a person for he and she, anything else for it) in its
// sentence or the previous one, entity mentions and target spans alike.
func pronounSpans(d *news.Doc, targets []news.Span, person, it bool) []news.Span {
	if !person && !it {
		return nil
	}
	type ante struct {
		span   news.Span
		per    bool
		target bool
	}
	isTarget := map[news.Span]bool{}
	for _, t := range targets {
		isTarget[t] = true
	}
	var antes []ante
	for _, m := range d.Entities {
		antes = append(antes, ante{m.Span, m.Type == news.PER, isTarget[m.Span]})
	}
	for _, t := range targets {
		covered := false
		for _, m := range d.Entities {
			if m.Start <= t.Start && t.End <= m.End {
				covered = true
				break
			}
		}
		if !covered {
			antes = append(antes, ante{t, false, true})
		}
	}
	sort.Slice(antes, func(i, j int) bool { return antes[i].span.Start < antes[j].span.Start })
	sentOf := func(off int) int {
		return sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	}
	var out []news.Span
	for _, tk := range event.Tokenize(d.Text) {
		w := strings.ToLower(d.Text[tk.Start:tk.End])
		wantPer := personPronouns[w]
		if !(person && wantPer || it && itPronouns[w]) {
			continue
		}
		sp := sentOf(tk.Start)
		at := sort.Search(len(antes), func(i int) bool { return antes[i].span.Start >= tk.Start })
		for i := at - 1; i >= 0; i-- {
			a := antes[i]
			if sp-sentOf(a.span.Start) > 1 {
				break
			}
			if a.per != wantPer {
				continue
			}
			if a.target {
				out = append(out, tk)
				// A resolved pronoun is an antecedent of the next ones.
				antes = append(antes[:at], append([]ante{{tk, wantPer, true}}, antes[at:]...)...)
			}
			break
		}
	}
	return out
}

// isNameByte reports whether c may stand at the edge of a name: a letter, a
// digit or a byte of a multi-byte character.
func isNameByte(c byte) bool {
	return c >= 0x80 || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func matchAny(pats []*regexp.Regexp, s string) bool {
	for _, p := range pats {
		if p.MatchString(s) {
			return true
		}
	}
	return false
}

// participation is a tagged event mention the target entity takes part in,
// with its date ("" undated).
type participation struct {
	ev   news.EventMention
	date string
}

// participations returns the event mentions of cands (those of d, in text
// order) that the entity named by pats takes part in, dated as opt says.
func participations(d *news.Doc, pats []*regexp.Regexp, opt SystemOptions, cands []news.EventMention) []participation {
	targets := targetSpans(d, pats, opt.Text)
	if len(targets) == 0 || len(cands) == 0 {
		return nil
	}
	if p := pronounSpans(d, targets, opt.Pronouns, opt.PronounIt); len(p) > 0 {
		targets = append(targets, p...)
		sort.Slice(targets, func(i, j int) bool { return targets[i].Start < targets[j].Start })
	}
	var entities []news.Span
	for _, m := range d.Entities {
		entities = append(entities, m.Span)
	}
	var out []participation
	prevDate := ""
	for _, sent := range d.Sentences {
		var here []news.Span
		for _, t := range targets {
			if t.Start >= sent.Start && t.End <= sent.End {
				here = append(here, t)
			}
		}
		dates := sentenceDates(d, sent)
		if len(here) > 0 {
			toks := event.Tokenize(d.Text[sent.Start:sent.End])
			for i := range toks {
				toks[i].Start += sent.Start
				toks[i].End += sent.Start
			}
			for _, ev := range cands {
				if ev.Start < sent.Start || ev.End > sent.End || insideAny(ev.Span, here) {
					continue
				}
				if !takesPart(d.Text, toks, ev.Span, here, opt) {
					continue
				}
				if opt.Nearest && !nearestIsTarget(toks, ev.Span, here, entities, sent) {
					continue
				}
				date := nearestDate(dates, ev.Span)
				if date == "" {
					switch opt.Dating {
					case DateSentenceOrDCT:
						if !d.Published.IsZero() {
							date = d.Published.Format("2006-01-02")
						}
					case DateSentenceOrPrevious:
						date = prevDate
					}
				}
				out = append(out, participation{ev, date})
			}
		}
		if len(dates) > 0 {
			prevDate = dates[len(dates)-1].Value
		}
	}
	return out
}

// sentenceDates returns the resolved DATE and TIME expressions of sentence
// sent of d whose values are calendar intervals.
func sentenceDates(d *news.Doc, sent news.Span) []news.Timex {
	var out []news.Timex
	for _, tx := range d.Times {
		if tx.Start < sent.Start || tx.End > sent.End || tx.Type != "DATE" && tx.Type != "TIME" {
			continue
		}
		if _, _, ok := interval(tx.Value); ok {
			out = append(out, tx)
		}
	}
	return out
}

// nearestDate returns the value of the time expression nearest to span s, or "".
func nearestDate(dates []news.Timex, s news.Span) string {
	best, bestD := "", -1
	for _, tx := range dates {
		dist := 0
		switch {
		case s.Start >= tx.End:
			dist = s.Start - tx.End
		case tx.Start >= s.End:
			dist = tx.Start - s.End
		}
		if bestD < 0 || dist < bestD {
			best, bestD = tx.Value, dist
		}
	}
	return best
}

func insideAny(s news.Span, spans []news.Span) bool {
	for _, t := range spans {
		if s.Start < t.End && t.Start < s.End {
			return true
		}
	}
	return false
}

// takesPart reports whether the entity, named at the spans targets of one
// sentence whose tokens are toks, takes part in the event mention at ev.
func takesPart(text string, toks []news.Span, ev news.Span, targets []news.Span, opt SystemOptions) bool {
	if opt.Scope == ScopeSentence {
		return true
	}
	ei := tokenAt(toks, ev.Start)
	if ei < 0 {
		return false
	}
	for _, t := range targets {
		lo, hi := tokenAt(toks, t.Start), tokenAt(toks, t.End-1)
		if lo < 0 || hi < 0 {
			continue
		}
		switch opt.Scope {
		case ScopeWindow:
			if ei > hi && ei-hi <= opt.Window || ei < lo && lo-ei <= opt.Window {
				return true
			}
		case ScopeClause:
			a, b := ei+1, lo // tokens strictly between the event and the mention
			if ei > hi {
				a, b = hi+1, ei
			}
			if !boundaryIn(text, toks[a:b], opt.CommaBoundary) {
				return true
			}
		}
	}
	return false
}

// nearestIsTarget reports whether the entity mention nearest to the event
// at ev (by tokens, of the mentions entities and the target spans targets
// in sentence sent) is a target span.
func nearestIsTarget(toks []news.Span, ev news.Span, targets, entities []news.Span, sent news.Span) bool {
	ei := tokenAt(toks, ev.Start)
	dist := func(s news.Span) int {
		lo, hi := tokenAt(toks, s.Start), tokenAt(toks, s.End-1)
		switch {
		case lo < 0 || hi < 0:
			return len(toks) + 1
		case ei > hi:
			return ei - hi
		case ei < lo:
			return lo - ei
		}
		return 0
	}
	best := len(toks) + 1
	for _, t := range targets {
		best = min(best, dist(t))
	}
	for _, e := range entities {
		if e.Start < sent.Start || e.End > sent.End || insideAny(e, targets) {
			continue
		}
		if dist(e) < best {
			return false
		}
	}
	return true
}

// boundaryIn reports whether one of toks bounds a clause.
func boundaryIn(text string, toks []news.Span, comma bool) bool {
	for _, t := range toks {
		w := text[t.Start:t.End]
		if clausePunct[w] || comma && w == "," || clauseWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// tokenAt returns the index of the token of toks holding byte offset off, or -1.
func tokenAt(toks []news.Span, off int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > off })
	if i < len(toks) && toks[i].Start <= off {
		return i
	}
	return -1
}

// taggedTimeline returns the timeline mentions of the tagged events the
// target entity (patterns pats) takes part in, over the documents docs
// (CAT documents cats laid out as layouts), named as SemEval names them
// (DOC-SENTENCE-word, the word lowercased). Undated mentions get the
// undated value XXXX-XX-XX.
func taggedTimeline(pats []*regexp.Regexp, docs []*news.Doc, cats map[string]*Document, layouts map[string]*Layout, opt SystemOptions) []GoldMention {
	var out []GoldMention
	for _, nd := range docs {
		d, l := cats[nd.ID], layouts[nd.ID]
		if d == nil || l == nil {
			continue
		}
		for _, p := range participations(nd, pats, opt, nd.Events) {
			i := layoutToken(l, p.ev.Start)
			if i < 0 {
				continue
			}
			date := p.date
			if date == "" {
				date = undatedAnchor
			}
			word := mentionWord(d.Tokens[i].Text)
			if opt.Particles {
				if p := particle(d, i); p != "" {
					word += "_" + p
				}
			}
			out = append(out, GoldMention{Doc: nd.ID, Sentence: d.Tokens[i].Sentence, Word: word, Date: date})
		}
	}
	return out
}

// particles are the adverbial particles of phrasal verbs.
var particles = map[string]bool{"off": true, "out": true, "down": true, "up": true, "over": true, "back": true, "away": true}

// particle returns the particle of the phrasal verb whose verb is token i of
// d: the first particle at most four tokens on in its sentence, with no
// punctuation mark or clause boundary before it; "" when there is none.
func particle(d *Document, i int) string {
	for j := i + 1; j < len(d.Tokens) && j <= i+4; j++ {
		t := d.Tokens[j]
		w := strings.ToLower(t.Text)
		if t.Sentence != d.Tokens[i].Sentence || !isWordToken(w) || clauseWords[w] {
			return ""
		}
		if particles[w] {
			return w
		}
	}
	return ""
}

// layoutToken returns the document token of layout l holding byte offset
// off, or -1.
func layoutToken(l *Layout, off int) int {
	return tokenAt(l.Tokens, off)
}

// mentionWord returns a token as a SemEval timeline writes it: lowercase,
// with no white space.
func mentionWord(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return '_'
		}
		return unicode.ToLower(r)
	}, s)
}
