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
	if mid, ok := r.splitPair(text, lo, hi); ok { // "Arash Sigarchi and Mojtaba Saminejad"
		out = r.cleanSegment(out, d, m, lo, mid.Start)
		return r.cleanSegment(out, d, m, mid.End, hi)
	}
	mm := news.Mention{Span: news.Span{Start: lo, End: hi}, Type: m.Type, Role: m.Role}
	var extra []news.Mention
	mm, extra = r.splitRole(text, mm)
	out = append(out, extra...)
	if mm.Start < mm.End {
		if mm.Type == news.PER {
			mm.Start, mm.End = trimLower(text, mm.Start, mm.End)
		} else {
			mm.Start, mm.End = r.trimTail(text, mm.Start, mm.End)
		}
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
