package alias

import (
	"strings"
	"unicode"
)

// titleToken lowercases and ASCII-folds a word for the title tables and drops
// punctuation around it except a final period ("Gen." stays "gen."), and a
// prefix such as "ex-" or "co-" ("co-chairman" reads as "chairman").
func titleToken(w string) string {
	w = strings.ToLower(ascii(w))
	w = strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	w = strings.TrimRightFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.'
	})
	for _, p := range []string{"ex-", "then-", "co-", "former-"} { // "ex-president", "co-chairman"
		if strings.HasPrefix(w, p) && len(w) > len(p)+1 {
			return w[len(p):]
		}
	}
	return w
}

// matchTitle returns the end of the longest job title starting at toks[i]
// (lowercase words): modifiers and titles in any order ending on a title
// ("deputy prime minister", "lt. gen."), each title optionally followed by
// "of" and a domain or a place ("secretary of state", "minister of foreign
// affairs of the russian federation"). It returns i when there is none.
func (lx *lexicon) matchTitle(toks []string, i int) int {
	j, end := i, i
	for j < len(toks) && lx.titleFirst[toks[j]] {
		n, p := lx.longest(toks, j, lx.titleLen, func(p string) bool { return lx.titles[p] != 0 })
		if n == 0 {
			break
		}
		j += n
		if lx.titles[p]&titleHead == 0 {
			continue
		}
		end = j
		for j+1 < len(toks) && toks[j] == "of" {
			if !lx.domainFirst[toks[j+1]] && !lx.formFirst[slug(toks[j+1])] && toks[j+1] != "the" {
				break
			}
			if d, _ := lx.longest(toks, j+1, lx.domainLen, func(p string) bool { return lx.domains[p] }); d > 0 {
				j += 1 + d
				end = j
				continue
			}
			at := j + 1
			if toks[at] == "the" {
				at++
			}
			if p, _ := lx.longest(toks, at, lx.formLen, func(p string) bool { _, ok := lx.forms[slug(p)]; return ok }); p > 0 {
				j = at + p
				end = j
				continue
			}
			break
		}
	}
	return end
}

// longest returns the number of words of the longest phrase toks[i:i+n]
// (n ≤ limit) accepted by ok, or 0.
func (lx *lexicon) longest(toks []string, i, limit int, ok func(string) bool) (int, string) {
	for n := min(limit, len(toks)-i); n > 0; n-- {
		p := strings.Join(toks[i:i+n], " ")
		if ok(p) {
			return n, p
		}
	}
	return 0, ""
}

// splitTitle finds a job title inside the words of a person mention:
// "British Prime Minister Keir Starmer" gives prefix [0,1) ("British"),
// title [1,3) and name [3,5). ok is false when there is no title followed by
// a capitalised name.
func (lx *lexicon) splitTitle(fs []field) (titleStart, titleEnd, nameStart int, ok bool) {
	toks := make([]string, len(fs))
	for i, f := range fs {
		toks[i] = titleToken(f.text)
	}
	for p := 0; p < len(fs)-1; p++ {
		// A title never starts after a word of the name.
		if p > 0 && !startsUpper(fs[p-1].text) {
			break
		}
		q := lx.matchTitle(toks, p)
		if q == p {
			continue
		}
		name := q
		if name+1 < len(fs) && toks[name] == "of" { // a title with its domain left out: "Secretary of Marco Rubio"
			name++
		}
		if name < len(fs) && startsUpper(fs[name].text) {
			return p, q, name, true
		}
	}
	return 0, 0, 0, false
}

// placePrefix returns the number of words of a known place or demonym glued
// before a person's name of at least two words: "Russian Federation S.
// Lavrov" gives 2. A place before a single word ("Paris Hilton") may be a
// given name and is left alone.
func (lx *lexicon) placePrefix(fs []field) int {
	for n := min(lx.formLen, len(fs)-2); n > 0; n-- {
		var parts []string
		for _, f := range fs[:n] {
			parts = append(parts, f.text)
		}
		if _, ok := lx.lookup(strings.Join(parts, " ")); !ok {
			continue
		}
		if startsUpper(fs[n].text) && startsUpper(fs[len(fs)-1].text) {
			return n
		}
	}
	return 0
}

// titleBefore finds a job title ending right before a mention that starts
// at start, on the same line and inside the same clause: "… US Secretary of
// State [Marco Rubio]" gives the span of "Secretary of State".
func (lx *lexicon) titleBefore(text string, start int) (int, int, bool) {
	fs := precedingFields(text, start)
	if len(fs) == 0 || endsClause(fs[len(fs)-1].text) {
		return 0, 0, false
	}
	toks := titleTokens(fs)
	for p := 0; p < len(fs); p++ {
		if lx.matchTitle(toks, p) == len(fs) {
			return fs[p].start, fs[len(fs)-1].end, true
		}
	}
	return 0, 0, false
}

// titleAcross finds a job title that starts before a mention and ends inside
// it, as when a tagger takes "State Marco Rubio" out of "Secretary of State
// Marco Rubio". It returns the title's span and the index in fs where the
// name starts; the name must keep at least minName words.
func (lx *lexicon) titleAcross(text string, fs []field, minName int) (int, int, int, bool) {
	if !lx.titleWords[titleToken(fs[0].text)] {
		return 0, 0, 0, false
	}
	pre := precedingFields(text, fs[0].start)
	if len(pre) == 0 || endsClause(pre[len(pre)-1].text) {
		return 0, 0, 0, false
	}
	all := append(pre, fs...)
	toks := titleTokens(all)
	for p := 0; p < len(pre); p++ {
		q := lx.matchTitle(toks, p)
		if q <= len(pre) || q >= len(all) {
			continue
		}
		name := q
		if name+1 < len(all) && toks[name] == "of" {
			name++
		}
		if len(all)-name >= minName && startsUpper(all[name].text) {
			return all[p].start, all[q-1].end, name - len(pre), true
		}
	}
	return 0, 0, 0, false
}

// precedingFields returns the words before start on the same line and
// inside the same clause (at most about 60 bytes).
func precedingFields(text string, start int) []field {
	lo, stopped := start, false
	for n := 0; lo > 0 && n < 60; n++ {
		c := text[lo-1]
		if c == '\n' || c == '\r' || c == ',' || c == ';' || c == ':' || c == '"' || c == '(' || c == ')' {
			stopped = true
			break
		}
		lo--
	}
	// Do not start in the middle of a word or a UTF-8 sequence.
	for !stopped && lo < start && lo > 0 && text[lo-1] != ' ' {
		lo++
	}
	return fields(text, lo, start)
}

func titleTokens(fs []field) []string {
	toks := make([]string, len(fs))
	for i, f := range fs {
		toks[i] = titleToken(f.text)
	}
	return toks
}

// endsClause tells whether a word closes a clause or a quote, so a title
// before it belongs elsewhere.
func endsClause(w string) bool {
	r := []rune(w)
	if len(r) == 0 {
		return false
	}
	switch r[len(r)-1] {
	case ',', ';', ':', '"', '”', '’', '\'', ')', '!', '?':
		return true
	}
	return false
}
