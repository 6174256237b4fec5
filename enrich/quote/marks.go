package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// qpair is one quotation found in a paragraph.
type qpair struct {
	o, c     int // token indexes of the opening and closing marks; c == -1 when unclosed
	cs, ce   int // content byte range, marks excluded, trimmed
	et       int // token index where the content ends (exclusive)
	single   bool
	unclosed bool // runs to the end of the paragraph (multi-paragraph convention)
}

// closes reports whether the closing mark c ends a quotation opened with o.
func closes(o, c rune) bool {
	switch o {
	case '"':
		return c == '"'
	case '“', '‟':
		return c == '”' || c == '"'
	case '„':
		return c == '“' || c == '”'
	case '«':
		return c == '»'
	case '»': // Danish/German »…«
		return c == '«'
	case '‹':
		return c == '›'
	case '‘', '‚', '`', '\'':
		return c == '’' || c == '\'' || c == '‘'
	}
	return false
}

// boundaryBefore reports whether the byte before position i is a space, the
// start of the paragraph or an opening bracket or dash.
func boundaryBefore(text string, ps, i int) bool {
	if i <= ps {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[ps:i])
	return unicode.IsSpace(r) || strings.ContainsRune("([{—–-/:;", r) || isQuoteRune(r)
}

// boundaryAfter reports whether the byte after position i is a space, the end
// of the paragraph or punctuation.
func boundaryAfter(text string, i, pe int) bool {
	if i >= pe {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:pe])
	return unicode.IsSpace(r) || (unicode.IsPunct(r) && !strings.ContainsRune("([{", r)) || isQuoteRune(r)
}

// pairMarks pairs the quotation marks of one paragraph's tokens and marks the
// tokens inside quotations. ps and pe bound the paragraph.
func pairMarks(text string, toks []tok, ps, pe int) []qpair {
	var out []qpair
	openD, openS := -1, -1 // token index of the pending double and single openers
	var openDR, openSR rune
	emit := func(o, c int, single bool) {
		q := qpair{o: o, c: c, single: single}
		q.cs = toks[o].e
		if c >= 0 {
			q.ce, q.et = toks[c].s, c
		} else {
			q.ce, q.et = pe, len(toks)
			q.unclosed = true
		}
		q.cs, q.ce = trimContent(text, q.cs, q.ce)
		if q.ce > q.cs {
			out = append(out, q)
		}
	}
	for i := range toks {
		t := &toks[i]
		if t.kind != kMark {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.w)
		switch t.w {
		case "''":
			r = '"'
		case "``":
			r = '“'
		}
		lb := boundaryBefore(text, ps, t.s)
		rb := boundaryAfter(text, t.e, pe)
		double := r == '"' || r == '“' || r == '”' || r == '„' || r == '‟' || r == '«' || r == '»' || r == '‹' || r == '›'
		if double {
			var opener bool
			switch r {
			case '“', '„', '‟', '«', '‹':
				opener = true
				if openD >= 0 && !lb && rb && openDR != '"' {
					opener = false // „…“ style, or a mistyped closing mark: “…“
				}
			case '”', '›':
				opener = lb && !rb && openD < 0
			case '»':
				opener = false
			case '"':
				switch {
				case lb && !rb:
					opener = true
				case !lb && rb:
					opener = false
				default:
					opener = openD < 0
				}
				if opener && openD >= 0 && openDR != '"' {
					continue // a straight mark nested inside curly quotes
				}
			}
			if opener {
				if openD >= 0 {
					// unbalanced: the pending quotation ends before this one
					emitUntil(text, toks, &out, openD, i)
				}
				openD, openDR = i, r
				openS = -1
				continue
			}
			if openD >= 0 && (closes(openDR, r) || !(openDR != '"' && r == '"')) {
				emit(openD, i, false)
				openD, openS = -1, -1
			}
			continue
		}
		// single marks: openers at a left boundary, closers at a right one
		if lb && !rb && (r == '‘' || r == '‚' || r == '`' || r == '\'') {
			if openD < 0 {
				openS, openSR = i, r
			}
			continue
		}
		if openS >= 0 && openD < 0 && !lb && closes(openSR, r) {
			emit(openS, i, true)
			openS = -1
		}
	}
	if openD >= 0 {
		emit(openD, -1, false)
	}
	for qi, q := range out {
		toks[q.o].kind, toks[q.o].quote = kOpen, qi
		if q.c >= 0 {
			toks[q.c].kind, toks[q.c].quote = kClose, qi
		}
		for j := q.o + 1; j < q.et; j++ {
			toks[j].inQ = true
		}
	}
	return out
}

// emitUntil records a quotation opened at token o and left unclosed when a new
// opening mark appears at token next: its content ends before that mark.
func emitUntil(text string, toks []tok, out *[]qpair, o, next int) {
	cs, ce := trimContent(text, toks[o].e, toks[next].s)
	if ce > cs {
		*out = append(*out, qpair{o: o, c: -1, cs: cs, ce: ce, et: next, unclosed: true})
	}
}

// trimContent trims spaces and a trailing comma from a content range.
func trimContent(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != ',' {
			break
		}
		e -= n
	}
	return s, e
}
