package story

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"storyline/news"
)

// tok is one unit of a sentence for the light clause analysis of the
// comparison: a word, a punctuation mark, an entity mention or a time
// expression. Mentions and time expressions are single units, so that the
// words of a name never read as trigger words.
type tok struct {
	start, end int           // byte offsets in the document text
	low        string        // the lower-cased word or mark; "" for mentions and times
	ent        *news.Mention // the mention this unit is, or nil
	tx         *news.Timex   // the time expression this unit is, or nil
	upper      bool          // a word that starts with a capital letter, or has one after its last hyphen
}

// word reports whether t is a word (not a mark, mention or time).
func (t tok) word() bool {
	if t.ent != nil || t.tx != nil || t.low == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.low)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// is reports whether t is one of the given words or marks.
func (t tok) is(words ...string) bool {
	if t.ent != nil || t.tx != nil {
		return false
	}
	for _, w := range words {
		if t.low == w {
			return true
		}
	}
	return false
}

// party reports whether t is a mention of a person or an organisation with
// an identity: something that can take part in a happening.
func (t tok) party() bool {
	return t.ent != nil && t.ent.Entity != "" && (t.ent.Type == news.PER || t.ent.Type == news.ORG)
}

// docIndex holds a document's mentions and time expressions in text order.
type docIndex struct {
	ents  []*news.Mention
	times []*news.Timex
}

// indexDoc sorts the mentions and time expressions of d by their start.
func indexDoc(d *news.Doc) docIndex {
	var x docIndex
	for i := range d.Entities {
		x.ents = append(x.ents, &d.Entities[i])
	}
	for i := range d.Times {
		x.times = append(x.times, &d.Times[i])
	}
	sort.SliceStable(x.ents, func(i, j int) bool { return x.ents[i].Start < x.ents[j].Start })
	sort.SliceStable(x.times, func(i, j int) bool { return x.times[i].Start < x.times[j].Start })
	return x
}

// marks normalises the quote marks and dashes of a punctuation unit.
var marks = map[string]string{"“": `"`, "”": `"`, "„": `"`, "«": `"`, "»": `"`, "‘": "'", "’": "'", "—": "-", "–": "-"}

// tokenizeSentence splits the sentence span of d into units, appended to
// out[:0]. A possessive "'s" (straight or curly) is a unit of its own.
func tokenizeSentence(d *news.Doc, sent news.Span, x docIndex, out []tok) []tok {
	text := d.Text
	ei := sort.Search(len(x.ents), func(i int) bool { return x.ents[i].Start >= sent.Start })
	ti := sort.Search(len(x.times), func(i int) bool { return x.times[i].Start >= sent.Start })
	out = out[:0]
	pos := sent.Start
	// nextStart is the start of the next mention or time expression at or after pos.
	nextStart := func() int {
		for ei < len(x.ents) && x.ents[ei].Start < pos {
			ei++
		}
		for ti < len(x.times) && x.times[ti].Start < pos {
			ti++
		}
		n := sent.End
		if ei < len(x.ents) && x.ents[ei].Start < n {
			n = x.ents[ei].Start
		}
		if ti < len(x.times) && x.times[ti].Start < n {
			n = x.times[ti].Start
		}
		return n
	}
	for pos < sent.End {
		next := nextStart()
		if pos == next {
			if ti < len(x.times) && x.times[ti].Start == pos && x.times[ti].End <= sent.End {
				t := x.times[ti]
				out = append(out, tok{start: t.Start, end: t.End, tx: t})
				pos = t.End
				continue
			}
			if ei < len(x.ents) && x.ents[ei].Start == pos && x.ents[ei].End <= sent.End {
				m := x.ents[ei]
				out = append(out, tok{start: m.Start, end: m.End, ent: m})
				pos = m.End
				continue
			}
			next = sent.End // a unit crossing the sentence end: read words
		}
		r, size := utf8.DecodeRuneInString(text[pos:])
		switch {
		case unicode.IsSpace(r):
			pos += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			end := pos + size
			for end < next {
				c, n := utf8.DecodeRuneInString(text[end:])
				if unicode.IsLetter(c) || unicode.IsDigit(c) {
					end += n
					continue
				}
				// inner hyphens and apostrophes, but not a possessive 's
				if (c == '-' || c == '\'' || c == '’') && end+n < next {
					d, _ := utf8.DecodeRuneInString(text[end+n:])
					if unicode.IsLetter(d) && !possessiveAt(text, end, next) {
						end += n
						continue
					}
				}
				break
			}
			w := text[pos:end]
			upper := unicode.IsUpper(r)
			if h := strings.LastIndexByte(w, '-'); h >= 0 && h+1 < len(w) {
				c, _ := utf8.DecodeRuneInString(w[h+1:])
				upper = upper || unicode.IsUpper(c) // "then-US", "ex-President"
			}
			out = append(out, tok{start: pos, end: end, low: strings.ToLower(w), upper: upper})
			pos = end
		case (r == '\'' || r == '’') && possessiveAt(text, pos, sent.End):
			out = append(out, tok{start: pos, end: pos + size + 1, low: "'s"})
			pos += size + 1
		default:
			m := text[pos : pos+size]
			if n, ok := marks[m]; ok {
				m = n
			}
			out = append(out, tok{start: pos, end: pos + size, low: m})
			pos += size
		}
	}
	return out
}

// possessiveAt reports whether text[at:] starts with a possessive "'s" or
// "’s" that ends a word before limit.
func possessiveAt(text string, at, limit int) bool {
	r, n := utf8.DecodeRuneInString(text[at:])
	if r != '\'' && r != '’' || at+n >= limit || text[at+n] != 's' {
		return false
	}
	after := at + n + 1
	if after >= limit {
		return true
	}
	c, _ := utf8.DecodeRuneInString(text[after:])
	return !unicode.IsLetter(c) && !unicode.IsDigit(c)
}

// tokTrigger is a trigger phrase found among the units of a sentence.
type tokTrigger struct {
	name    string // canonical trigger
	i, j    int    // the units [i, j) of the phrase
	surface string // the phrase as written, lower-cased
	weak    bool
	rest    int // the first unit after the phrase and its object, once parties has read it
}

// phraseStarts holds the first words of the trigger phrases of several words.
var phraseStarts = func() map[string]bool {
	m := map[string]bool{}
	for p := range triggers {
		if i := strings.IndexByte(p, ' '); i > 0 {
			m[p[:i]] = true
		}
	}
	return m
}()

// tokTriggers finds the trigger phrases of a sentence's units (the longest
// at each position); phrases never cross a mention or a time expression.
func tokTriggers(toks []tok) []tokTrigger {
	var out []tokTrigger
	for i := 0; i < len(toks); i++ {
		if !toks[i].word() {
			continue
		}
		longest := 1
		if phraseStarts[toks[i].low] {
			longest = min(maxTriggerWords, len(toks)-i)
		}
		for n := longest; n >= 1; n-- {
			phrase := toks[i].low
			if n > 1 {
				var b strings.Builder
				ok := true
				for k := i; k < i+n; k++ {
					if !toks[k].word() {
						ok = false
						break
					}
					if k > i {
						b.WriteByte(' ')
					}
					b.WriteString(toks[k].low)
				}
				if !ok {
					continue
				}
				phrase = b.String()
			}
			c, ok := triggers[phrase]
			if !ok {
				continue
			}
			out = append(out, tokTrigger{name: c, i: i, j: i + n, surface: phrase, weak: weakTriggers[c], rest: i + n})
			i += n - 1
			break
		}
	}
	return out
}
