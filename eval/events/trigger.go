package events

import (
	"strings"
	"unicode"

	"storyline/news"
	"storyline/story"
)

// triggerFinder returns the trigger phrases of a sentence, as the story
// package reads them (story.Triggers).
type triggerFinder func(sentence string) []story.Trigger

// phrases returns the trigger phrases of kind canon in the sentence span of
// document d (laid out as l, whose text is the article text): the document
// tokens each phrase covers, its kind and its byte offset.
func phrases(find triggerFinder, text string, l *Layout, span news.Span, canon string) []triggerSpan {
	var out []triggerSpan
	for _, tr := range find(text[span.Start:span.End]) {
		if tr.Kind != canon {
			continue
		}
		start, end := span.Start+tr.Start, span.Start+tr.End
		var toks []int
		for i, t := range l.Tokens {
			if t.Start >= start && t.End <= end && t.End > t.Start {
				toks = append(toks, i)
			}
		}
		toks = smallest(find, text, l, toks, canon)
		if len(toks) > 0 {
			out = append(out, triggerSpan{toks, canon, l.Tokens[toks[0]].Start})
		}
	}
	return out
}

// smallest returns the smallest part of a trigger phrase (its tokens) that
// find still reads, whole, as trigger canon: of "phone call" read as "call",
// the word "call".
func smallest(find triggerFinder, text string, l *Layout, toks []int, canon string) []int {
	same := func(t []int) bool {
		sub := text[l.Tokens[t[0]].Start:l.Tokens[t[len(t)-1]].End]
		trs := find(sub)
		return len(trs) == 1 && trs[0].Kind == canon && trs[0].Start == 0 && trs[0].End == len(sub)
	}
	for len(toks) > 1 {
		switch {
		case same(toks[1:]):
			toks = toks[1:]
		case same(toks[:len(toks)-1]):
			toks = toks[:len(toks)-1]
		default:
			return toks
		}
	}
	return toks
}

// triggerSpan is a trigger phrase of a sentence: its document tokens, its
// canonical trigger and its byte offset.
type triggerSpan struct {
	toks  []int
	canon string
	at    int
}

// isWordToken reports whether a token holds a letter or a digit.
func isWordToken(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// mention returns the event mention, as a SemEval timeline names it, of the
// story event of trigger canon dated date in sentence span of article nd
// (document d laid out as l): the phrase of the sentence read as that
// trigger; of several, the one nearest to a time expression of the sentence
// compatible with the date (as story anchors a trigger to its nearest time
// expression), else the first. Its word is the phrase's tokens, lowercased
// as in the gold timelines, joined by "_". It reports false when the sentence holds no such phrase.
func mention(find triggerFinder, nd *news.Doc, d *Document, l *Layout, span news.Span, canon, date string) (GoldMention, news.Span, bool) {
	if canon == "" {
		return GoldMention{}, news.Span{}, false
	}
	cands := phrases(find, l.Text, l, span, canon)
	if len(cands) == 0 {
		return GoldMention{}, news.Span{}, false
	}
	best, bestD := cands[0], -1
	for _, tx := range nd.Times {
		if tx.Start < span.Start || tx.End > span.End || tx.Type != "DATE" && tx.Type != "TIME" {
			continue
		}
		if tx.Value != date && !compatible(tx.Value, date) {
			continue
		}
		for _, c := range cands {
			dist := 0
			switch {
			case c.at >= tx.End:
				dist = c.at - tx.End
			case c.at < tx.Start:
				dist = tx.Start - c.at
			}
			if bestD < 0 || dist < bestD {
				best, bestD = c, dist
			}
		}
	}
	words := make([]string, len(best.toks))
	for i, t := range best.toks {
		words[i] = mentionWord(d.Tokens[t].Text)
	}
	return GoldMention{Doc: nd.ID, Sentence: d.Tokens[best.toks[0]].Sentence, Word: strings.Join(words, "_"), Date: date}, l.Tokens[best.toks[0]], true
}
