package alias

import (
	"strings"
)

// pname is a person name split into its parts.
type pname struct {
	surname string // matchFold of the surname, particles included ("von-der-leien")
	given   string // matchFold of the first given name when written out, "" otherwise
	initial byte   // first letter of the first given name or initial, 0 when none
	suffix  string // "jr", "iii", ...
	asGiven string // a single name read as a given name ("Mike" → "michael")
	class   int    // nameFull, nameInitials or nameShort
	words   int
}

// Name classes, from least to most complete.
const (
	nameShort    = iota // a single name: "Lavrov", "Sergei"
	nameInitials        // initials and a surname: "S. Lavrov"
	nameFull            // given name and surname: "Sergei Lavrov"
)

var particles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "la": true, "le": true,
	"du": true, "da": true, "di": true, "del": true, "della": true, "dos": true, "das": true,
	"bin": true, "ibn": true, "al": true, "el": true, "ter": true, "ten": true, "zu": true,
}

var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// parseName splits a person name: "Ursula von der Leyen" has given name
// "Ursula" and surname "von der Leyen"; "Donald Trump Jr." keeps "jr" apart;
// a short given name stands for the full one ("Mike" → "michael").
func (lx *lexicon) parseName(s string) pname {
	toks := strings.Fields(s)
	var p pname
	for len(toks) > 1 {
		t := strings.ToLower(strings.Trim(toks[len(toks)-1], ".,"))
		if !suffixes[t] {
			break
		}
		p.suffix = t
		toks = toks[:len(toks)-1]
	}
	p.words = len(toks)
	if len(toks) == 0 {
		return p
	}
	l := len(toks) - 1
	for l > 0 && particles[strings.ToLower(toks[l-1])] {
		l--
	}
	p.surname = matchFold(strings.Join(toks[l:], " "))
	given := toks[:l]
	if len(given) == 0 {
		p.asGiven = lx.canonicalGiven(p.surname)
		return p
	}
	p.initial = firstLetter(given[0])
	if isInitial(given[0]) {
		p.class = nameInitials
		return p
	}
	p.class = nameFull
	p.given = lx.canonicalGiven(matchFold(given[0]))
	return p
}

// canonicalGiven returns the full given name a short one stands for
// ("mike" → "michael"), or the name itself.
func (lx *lexicon) canonicalGiven(g string) string {
	if full, ok := lx.nicknames[g]; ok {
		return full[0]
	}
	return g
}

// compatible tells whether two names with the same surname can be the same
// person: equal given names, or an initial that fits, or no given name on
// one side, and no clashing suffix.
func (p pname) compatible(q pname) bool {
	if p.surname != q.surname || p.suffix != q.suffix {
		return false
	}
	if p.initial == 0 || q.initial == 0 {
		return true
	}
	if p.given != "" && q.given != "" {
		return p.given == q.given
	}
	return p.initial == q.initial
}
