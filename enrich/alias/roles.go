package alias

import (
	"strings"

	"storyline/news"
)

// splitRole separates a job title at the front of a mention of a person:
// the title goes to Role, words before it ("British", "Kremlin") become a
// mention of their own, and the mention keeps the name. A mention that is
// only a title is emptied. A known place glued before a full name ("Russian
// Federation S. Lavrov") is split off too. A mention typed otherwise is
// split only around a title followed by a name of two to four capitalised
// words that holds no organisation word ("Kremlin spokesperson Dmitry
// Peskov" tagged ORG as a whole; never "General Electric Company").
func (r *Resolver) splitRole(text string, m news.Mention) (news.Mention, []news.Mention) {
	fs := fields(text, m.Start, m.End)
	if len(fs) == 0 {
		return m, nil
	}
	person := m.Type == news.PER
	if person && r.lx.matchTitle(titleTokens(fs), 0) == len(fs) && !surnameTitles[titleToken(fs[0].text)] {
		m.End = m.Start // "President", "Prime Minister"
		return m, nil
	}
	p, q, name, ok := r.lx.splitTitle(fs)
	switch {
	case ok:
		m.Role = text[fs[p].start:fs[q-1].end]
	case person && r.lx.placePrefix(fs) > 0:
		p = r.lx.placePrefix(fs)
		name = p
	default:
		minName := 2
		if person {
			minName = 1
		}
		s, e, at, ok := r.lx.titleAcross(text, fs, minName)
		if !ok {
			return m, nil
		}
		m.Role = text[s:e]
		p, name = 0, at
	}
	end := len(fs)
	if !person {
		end = nameRun(fs, name)
		least := 2
		if q == name && q-p == 1 && honorifics[titleToken(fs[p].text)] {
			least = 1 // "Ms Diemont" tagged ORG
		}
		if n := end - name; n < least || n > 4 || r.hasOrgWord(fs[name:end]) {
			return news.Mention{Span: m.Span, Type: m.Type}, nil
		}
	}
	var extra []news.Mention
	if p > 0 {
		extra = r.appendPart(extra, text, fs[0].start, fs[p-1].end, false)
	}
	if end < len(fs) { // "… Mike Waltz and US": a known name after the person
		extra = r.appendPart(extra, text, fs[end].start, fs[len(fs)-1].end, true)
	}
	m.Start, m.End = fs[name].start, fs[end-1].end
	m.Type = news.PER
	return m, extra
}

// appendPart appends text[lo:hi] as a mention of its own when it is a
// capitalised name, typed by the tables (ORG when unknown); with knownOnly,
// only a name of the tables is kept.
func (r *Resolver) appendPart(out []news.Mention, text string, lo, hi int, knownOnly bool) []news.Mention {
	lo, hi = trim(text, lo, hi)
	lo, hi = trimLower(text, lo, hi)
	if lo >= hi || !startsUpper(text[lo:hi]) {
		return out
	}
	typ := news.ORG
	f, known := r.lx.lookup(text[lo:hi])
	if known {
		typ = f.e.typ
		if f.demonym {
			typ = news.MISC
		}
	} else if knownOnly {
		return out
	}
	return append(out, news.Mention{Span: news.Span{Start: lo, End: hi}, Text: text[lo:hi], Type: typ})
}

// nameRun returns the end of the run of capitalised words starting at
// fs[i], name particles included ("Ursula von der Leyen").
func nameRun(fs []field, i int) int {
	j := i
	for j < len(fs) {
		if startsUpper(fs[j].text) {
			j++
			continue
		}
		k := j
		for k < len(fs) && particles[fs[k].text] {
			k++
		}
		if k > j && k < len(fs) && startsUpper(fs[k].text) {
			j = k
			continue
		}
		break
	}
	return j
}

// honorifics are titles that only ever stand before a person's name.
var honorifics = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
	"dr": true, "dr.": true, "sir": true, "dame": true, "prof.": true,
}

// orgWords mark a name as an organisation's, on top of orgHeads.
var orgWords = map[string]bool{
	"company": true, "corp": true, "corporation": true, "inc": true, "group": true, "ltd": true,
	"plc": true, "co": true, "holdings": true, "partners": true, "capital": true, "insurance": true,
	"airlines": true, "motors": true, "bank": true, "university": true, "institute": true,
	"foundation": true, "association": true, "union": true, "party": true, "news": true,
}

// hasOrgWord tells whether one of the words marks an organisation.
func (r *Resolver) hasOrgWord(fs []field) bool {
	for _, f := range fs {
		w := strings.ToLower(strings.Trim(ascii(f.text), ".,;:'\""))
		if orgWords[w] || r.lx.orgHeads[w] {
			return true
		}
	}
	return false
}

// surnameTitles are titles that are also common surnames: a mention of the
// word alone is kept as a name ("King", "Major").
var surnameTitles = map[string]bool{
	"king": true, "major": true, "bishop": true, "marshal": true, "judge": true,
	"cardinal": true, "pastor": true, "lord": true, "prince": true, "queen": true,
}
