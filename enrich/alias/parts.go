package alias

import (
	"strings"

	"storyline/news"
)

// splitCompound splits a hyphenated compound of known places or demonyms
// ("US-Russia", "Russian-American") into one mention per part; it returns
// nil for anything else.
func (r *Resolver) splitCompound(text string, lo, hi int) []news.Mention {
	s := text[lo:hi]
	if !strings.Contains(s, "-") || strings.ContainsAny(s, " \t") {
		return nil
	}
	if _, ok := r.lx.lookup(s); ok { // "Alma-Ata", "G-20"
		return nil
	}
	var out []news.Mention
	at := lo
	for _, part := range strings.Split(s, "-") {
		f, ok := r.lx.lookup(part)
		if !ok {
			return nil
		}
		typ := f.e.typ
		if f.demonym {
			typ = news.MISC
		}
		out = append(out, news.Mention{Span: news.Span{Start: at, End: at + len(part)}, Text: part, Type: typ})
		at += len(part) + 1
	}
	return out
}

// dropDescriptor cuts a lowercase description off the front of a name:
// "European airframer Airbus" → "Airbus", "the provincial government of
// Ontario" → "Ontario"; known places and demonyms in the description
// ("European") become mentions of their own. A name ending in lowercase
// ("Russian foreign ministry") and lowercase connectors inside a name
// ("Bank of America") are left alone.
func (r *Resolver) dropDescriptor(text string, m news.Mention) (news.Mention, []news.Mention) {
	fs := fields(text, m.Start, m.End)
	if len(fs) < 2 || !startsUpper(fs[len(fs)-1].text) {
		return m, nil
	}
	cut := -1
	for i, f := range fs[:len(fs)-1] {
		if !startsUpper(f.text) && !connectors[strings.ToLower(f.text)] && hasLetter(f.text) {
			cut = i
		}
	}
	if cut < 0 {
		return m, nil
	}
	name := cut + 1
	for name < len(fs)-1 && connectors[strings.ToLower(fs[name].text)] {
		name++
	}
	var extra []news.Mention
	for _, f := range fs[:cut] {
		if startsUpper(f.text) {
			extra = r.appendPart(extra, text, f.start, f.end, true)
		}
	}
	m.Start = fs[name].start
	return m, extra
}

// splitPair finds the "and" between two names of two or more capitalised
// words each, none an organisation's ("Arash Sigarchi and Mojtaba
// Saminejad"), and returns its span; "Securities and Exchange Commission"
// or "Royal Bank and Trust Company" stay whole.
func (r *Resolver) splitPair(text string, lo, hi int) (news.Span, bool) {
	if !strings.Contains(text[lo:hi], " and ") && !strings.Contains(text[lo:hi], " & ") {
		return news.Span{}, false
	}
	fs := fields(text, lo, hi)
	for k, f := range fs {
		if f.text != "and" && f.text != "&" {
			continue
		}
		left, right := fs[:k], fs[k+1:]
		if len(left) < 2 || len(right) < 2 || nameRun(left, 0) != len(left) || nameRun(right, 0) != len(right) ||
			!startsUpper(left[0].text) || !startsUpper(right[0].text) || r.hasOrgWord(left) || r.hasOrgWord(right) {
			return news.Span{}, false
		}
		return news.Span{Start: f.start, End: f.end}, true
	}
	return news.Span{}, false
}

// trimTail drops lowercase words a tagger glued after a name that is not a
// person's ("Intel researchers have" → "Intel", "Siemens' plans" →
// "Siemens'"), but keeps a lowercase tail that names the thing ("Russian
// foreign ministry", "Munich security conference").
func (r *Resolver) trimTail(text string, lo, hi int) (int, int) {
	fs := fields(text, lo, hi)
	j := len(fs)
	for j > 1 && !startsUpper(fs[j-1].text) {
		j--
	}
	if j == len(fs) {
		return lo, hi
	}
	last := strings.ToLower(strings.Trim(fs[len(fs)-1].text, ".,;:!?\"'”’)"))
	if r.lx.orgHeads[last] || ministryWords[last] || tailHeads[last] {
		return lo, hi
	}
	return lo, fs[j-1].end
}

// tailHeads are lowercase words that may end a name on top of orgHeads.
var tailHeads = map[string]bool{
	"conference": true, "summit": true, "forum": true, "games": true, "cup": true,
	"festival": true, "talks": true, "accord": true, "agreement": true, "treaty": true,
	"ministry": true, "department": true, "party": true, "union": true, "airport": true,
	"river": true, "sea": true, "ocean": true, "island": true, "islands": true, "mountains": true,
	"province": true, "region": true, "state": true, "city": true, "county": true, "district": true,
	"street": true, "square": true, "bridge": true, "palace": true, "prize": true, "award": true,
	"awards": true, "act": true, "bill": true, "war": true, "crisis": true, "strait": true,
}

// stopwords are words a tagger may take for a name on their own and that
// never are one.
var stopwords = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
	"and": true, "or": true, "but": true, "in": true, "on": true, "at": true, "of": true,
	"for": true, "with": true, "to": true, "from": true, "by": true, "as": true, "is": true,
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
}

// trimLower drops the lowercase words a tagger glued to the ends of a
// person's name ("JD Vance delivered a" → "JD Vance"); name particles
// inside ("Ursula von der Leyen") stay.
func trimLower(text string, lo, hi int) (int, int) {
	fs := fields(text, lo, hi)
	i, j := 0, len(fs)
	for i < j && !startsUpper(fs[i].text) && !(particles[fs[i].text] && i+1 < j) {
		i++
	}
	for j > i && !startsUpper(fs[j-1].text) {
		j--
	}
	if i >= j {
		return lo, lo
	}
	return fs[i].start, fs[j-1].end
}
