package alias

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/news"
)

// clean returns the tidied mentions of d: spans checked against the text,
// split at line breaks, trimmed of punctuation, possessives and a leading
// "the", job titles split off person names (into Role), country mentions
// extended over a following ministry ("Russia's foreign ministry"), sorted
// by position without duplicates.
func (r *Resolver) clean(d *news.Doc) []news.Mention {
	text := d.Text
	var out []news.Mention
	for _, m := range d.Entities {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		lo := m.Start
		for i, c := range text[m.Start:m.End] {
			if isLineBreak(c) {
				out = r.cleanSegment(out, d, m, lo, m.Start+i)
				lo = m.Start + i + utf8.RuneLen(c)
			}
		}
		out = r.cleanSegment(out, d, m, lo, m.End)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	// Drop duplicates and mentions inside another one.
	kept := out[:0]
	end := -1
	for _, m := range out {
		if m.End <= end {
			continue
		}
		if m.Start < end { // overlapping: keep the earlier one
			continue
		}
		kept = append(kept, m)
		end = m.End
	}
	return kept
}

// cleanSegment tidies the part [lo, hi) of mention m and appends what is left.
func (r *Resolver) cleanSegment(out []news.Mention, d *news.Doc, m news.Mention, lo, hi int) []news.Mention {
	text := d.Text
	lo, hi = trim(text, lo, hi)
	if lo >= hi || !utf8.ValidString(text[lo:hi]) || !hasLetter(text[lo:hi]) {
		return out
	}
	if parts := r.splitCompound(text, lo, hi); parts != nil {
		return append(out, parts...)
	}
	mm := news.Mention{Span: news.Span{Start: lo, End: hi}, Type: m.Type, Role: m.Role}
	var extra []news.Mention
	mm, extra = r.splitRole(text, mm)
	out = append(out, extra...)
	if mm.Type == news.PER && mm.Start < mm.End {
		mm.Start, mm.End = trimLower(text, mm.Start, mm.End)
		mm.Start, mm.End = trim(text, mm.Start, mm.End)
	}
	if mm.Start >= mm.End || stopwords[strings.ToLower(text[mm.Start:mm.End])] || !hasLetter(text[mm.Start:mm.End]) {
		return out
	}
	if mm.Type == news.PER && mm.Role == "" {
		if s, e, ok := r.lx.titleBefore(text, mm.Start); ok {
			mm.Role = text[s:e]
		}
	}
	if mm.Type != news.PER {
		var extra []news.Mention
		mm, extra = r.dropDescriptor(text, mm)
		out = append(out, extra...)
	}
	mm = r.extendThe(d, mm)
	if mm.Type != news.PER {
		mm = r.extendMinistry(text, mm)
	}
	mm.Text = text[mm.Start:mm.End]
	return append(out, mm)
}

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

// trim narrows [lo, hi) to the name: no white space, quotes, brackets or
// clause punctuation around it, no possessive "'s", no leading lowercase
// "the", no final period unless it closes an abbreviation ("U.S.", "Jr.").
func trim(text string, lo, hi int) (int, int) {
	for lo < hi {
		before := [2]int{lo, hi}
		for lo < hi {
			c, n := utf8.DecodeRuneInString(text[lo:hi])
			if !unicode.IsSpace(c) && !strings.ContainsRune(leadPunct, c) {
				break
			}
			lo += n
		}
		for lo < hi {
			c, n := utf8.DecodeLastRuneInString(text[lo:hi])
			if c == '.' && keepsPeriod(text[lo:hi]) {
				break
			}
			if c != '.' && !unicode.IsSpace(c) && !strings.ContainsRune(trailPunct, c) {
				break
			}
			hi -= n
		}
		s := text[lo:hi]
		for _, p := range []string{"'s", "’s", "'S", "’S"} {
			if strings.HasSuffix(s, p) && len(s) > len(p) {
				hi -= len(p)
				break
			}
		}
		if strings.HasPrefix(text[lo:hi], "the ") {
			lo += 4
		}
		if before == [2]int{lo, hi} {
			break
		}
	}
	return lo, hi
}

const (
	leadPunct  = "\"'`“”‘’«»‹›„([{<-–—,;:.*#•·|/\\_~"
	trailPunct = "\"'`“”‘’«»‹›)]}>-–—,;:!?*#•·|/\\_~"
)

// keepsPeriod tells whether the final period of s belongs to it: an initial
// or an abbreviation with inner periods ("S.", "U.S.") or a known short form.
func keepsPeriod(s string) bool {
	w := s[strings.LastIndexAny(s, " \t")+1:]
	w = strings.TrimSuffix(w, ".")
	if strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 {
		return true
	}
	switch strings.ToLower(w) {
	case "jr", "sr", "inc", "corp", "co", "ltd", "st", "mt", "bros", "plc":
		return true
	}
	return false
}

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
		if n := end - name; n < 2 || n > 4 || r.hasOrgWord(fs[name:end]) {
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

// orgWords mark a name as an organisation's, on top of orgHeads.
var orgWords = map[string]bool{
	"company": true, "corp": true, "corporation": true, "inc": true, "group": true, "ltd": true,
	"plc": true, "co": true, "holdings": true, "partners": true, "capital": true, "insurance": true,
	"airlines": true, "motors": true, "bank": true, "university": true, "institute": true,
	"foundation": true, "association": true, "union": true, "party": true, "news": true,
}

func (r *Resolver) hasOrgWord(fs []field) bool {
	for _, f := range fs {
		w := strings.ToLower(strings.Trim(ascii(f.text), ".,;:'\""))
		if orgWords[w] || r.lx.orgHeads[w] {
			return true
		}
	}
	return false
}

// extendThe takes a capitalised "The" before a name into it when it stands
// inside a sentence ("… told The Associated Press"), where the capital shows
// it belongs to the name; at the start of a sentence or in a heading a
// capital "The" proves nothing and is left out.
func (r *Resolver) extendThe(d *news.Doc, m news.Mention) news.Mention {
	text := d.Text
	start := m.Start
	if strings.HasPrefix(text[m.Start:m.End], "The ") {
		start += 4
		m.Start = start // dropped unless proven below
	} else if start < 4 || text[start-4:start] != "The " {
		return m
	}
	the := start - 4
	if the > 0 && text[the-1] != ' ' {
		return m
	}
	if inSpans(d.Headings, the) || sentenceStart(text, the) {
		return m
	}
	m.Start = the
	return m
}

// sentenceStart tells whether position i (the start of a word) opens a
// sentence, a line or a quotation.
func sentenceStart(text string, i int) bool {
	for i > 0 {
		c, n := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case c == ' ' || c == '\t':
			i -= n
			continue
		case c == '"' || c == '\'' || c == '”' || c == '’':
			// A closing quote ends a sentence only after a full stop; an
			// opening one (after a space) starts a quotation.
			i -= n
			if i == 0 {
				return true
			}
			p, _ := utf8.DecodeLastRuneInString(text[:i])
			return unicode.IsSpace(p) || strings.ContainsRune(".!?", p)
		case isLineBreak(c) || strings.ContainsRune(".!?:“‘([—–-", c):
			return true
		}
		return false
	}
	return true
}

// inSpans tells whether i lies inside one of spans.
func inSpans(spans []news.Span, i int) bool {
	for _, s := range spans {
		if i >= s.Start && i < s.End {
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

// ministryWords may stand between a country and "ministry"/"department" in
// a lowercase organisation name: "Russia's foreign ministry".
var ministryWords = map[string]bool{
	"foreign": true, "defence": true, "defense": true, "interior": true, "finance": true,
	"justice": true, "state": true, "trade": true, "economy": true, "health": true,
	"energy": true, "affairs": true, "home": true, "treasury": true, "commerce": true,
	"emergencies": true, "emergency": true, "situations": true,
}

// extendMinistry turns a country mention followed by a ministry written in
// lowercase ("Russian foreign ministry", "Russia's defence ministry") into
// one organisation mention.
func (r *Resolver) extendMinistry(text string, m news.Mention) news.Mention {
	f, ok := r.lx.lookup(text[m.Start:m.End])
	if !ok || f.e.typ != news.LOC {
		return m
	}
	i := m.End
	for _, p := range []string{"'s", "’s"} {
		if strings.HasPrefix(text[i:], p) {
			i += len(p)
			break
		}
	}
	end, mods := i, 0
	for _, w := range fields(text, i, min(len(text), i+80)) {
		if w.start != end+1 || text[end] != ' ' {
			break
		}
		t := strings.ToLower(strings.TrimRight(w.text, ".,;:!?\"'”’)"))
		if (t == "ministry" || t == "department") && mods > 0 {
			return news.Mention{Span: news.Span{Start: m.Start, End: w.start + len(t)}, Type: news.ORG}
		}
		if !ministryWords[t] {
			break
		}
		mods++
		end = w.end
	}
	return m
}
