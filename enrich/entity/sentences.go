package entity

import (
	"sort"

	"storyline/news"
)

// groupSentences groups tokens into sentences. With sentence spans, a token
// belongs to the span holding its start; tokens outside every span form
// sentences line by line. Without spans, sentences end at line breaks and
// after sentence-final punctuation followed by a capitalised word or quote.
func groupSentences(text string, toks []Token, spans []news.Span) [][]Token {
	var out [][]Token
	if len(spans) > 0 {
		sp := append([]news.Span(nil), spans...)
		sort.Slice(sp, func(i, j int) bool { return sp[i].Start < sp[j].Start })
		k := 0
		cur := -2 // index of the span of the current group; -1: outside
		for i, tk := range toks {
			for k < len(sp) && sp[k].End <= tk.Start {
				k++
			}
			in := -1
			if k < len(sp) && sp[k].Start <= tk.Start {
				in = k
			}
			newGroup := in != cur || in == -1 && i > 0 && hasNewline(text[toks[i-1].End:tk.Start])
			if newGroup || len(out) == 0 {
				out = append(out, nil)
			}
			cur = in
			out[len(out)-1] = append(out[len(out)-1], tk)
		}
		return out
	}
	start := 0
	for i := range toks {
		if i > start && hasNewline(text[toks[i-1].End:toks[i].Start]) {
			out = append(out, toks[start:i])
			start = i
			continue
		}
		if i > start && endsSentence(text, toks, i-1) {
			out = append(out, toks[start:i])
			start = i
		}
	}
	return append(out, toks[start:])
}

// endsSentence tells whether token i ends a sentence in running text.
func endsSentence(text string, toks []Token, i int) bool {
	w := text[toks[i].Start:toks[i].End]
	if w != "." && w != "!" && w != "?" {
		return false
	}
	if i+1 >= len(toks) {
		return true
	}
	next := text[toks[i+1].Start:toks[i+1].End]
	c := next[0]
	return c >= 'A' && c <= 'Z' || c == '"' || c >= 0x80
}
