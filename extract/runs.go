package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// relTimeRe matches relative time stamps and reading times.
var relTimeRe = regexp.MustCompile(`(?i)^(?:(?:updated|published|posted)\s+)?(?:\d+|an?|one)\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|years?)\s+ago$|^\d+\s*(?:min|mins|minutes?)\s+(?:read|listen|watch)$|^(?:just now|yesterday|today)$`)

// removeHeadlineRuns removes runs of headline-shaped lines: appended lists of
// related headlines at the end, link lists at the start, and lists of
// unrelated headlines inside the body.
func removeHeadlineRuns(bs []block) {
	var kept []int
	any := false
	for i, b := range bs {
		if b.kind == kindBody {
			kept = append(kept, i)
			any = any || headlineLike(b.text)
		}
	}
	if !any {
		return
	}
	vocab := map[string]bool{}
	for _, i := range kept {
		if isProseBlock(bs[i].text) {
			for _, w := range contentWords(bs[i].text) {
				vocab[w] = true
			}
		}
	}
	for s := 0; s < len(kept); {
		if !listLine(bs[kept[s]].text) {
			s++
			continue
		}
		e := s
		for e+1 < len(kept) && listLine(bs[kept[e+1]].text) {
			e++
		}
		n, tc, low, zero, hl, words := 0, 0, 0, 0, 0, 0
		for _, i := range kept[s : e+1] {
			if neutralLine(bs[i].text) {
				continue // time stamps and section labels between headlines
			}
			n++
			words += wordCount(bs[i].text)
			if titleCase(bs[i].text) {
				tc++
			}
			if headlineItem(bs[i].text) {
				hl++
			}
			ov, nw := overlap(bs[i].text, vocab)
			if ov < 0.34 {
				low++
			}
			if ov == 0 && nw > 0 {
				zero++
			}
		}
		if n == 0 {
			s = e + 1
			continue
		}
		atEnd, atStart := e == len(kept)-1, s == 0
		afterCue := kept[s] > 0 && bs[kept[s]-1].kind == KindShare
		most := func(k int) bool { return k*3 >= n*2 }
		remove := false
		switch {
		case !most(hl):
			// lists of names, results or labels belong to the article
		case afterCue && (atEnd || most(tc) || most(low)):
			remove = true // the links after "Read more:" or "Related"
		case atEnd && n >= 3 && (low*2 >= n || most(tc) && (n >= 5 || words >= 7*n)):
			remove = true
		case atEnd && n == 2 && low == n && (tc > 0 || zero == n):
			remove = true
		case atEnd && n == 1 && tc == 1 && zero == 1 && bs[kept[s]].gap && s > 0:
			remove = true
		case n >= 3 && most(tc) && most(low):
			remove = true
		}
		if remove {
			kind := KindHeadlines
			if atStart && !atEnd {
				kind = KindNavigation
			}
			for _, i := range kept[s : e+1] {
				bs[i].kind = kind
			}
		}
		s = e + 1
	}
}

// listLine reports whether a line can be part of a list of headlines.
func listLine(s string) bool { return headlineLike(s) || neutralLine(s) }

// neutralLine reports whether a line is a time stamp ("2 hours ago", "Feb
// 18, 2025", "5 min read") or a one-word label ("World") that lists of
// headlines carry between their items.
func neutralLine(s string) bool {
	if len(s) > 40 || endsSentence(s) {
		return false
	}
	if relTimeRe.MatchString(s) {
		return true
	}
	if _, _, ok := ParseDate(s); ok {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return wordCount(s) == 1 && unicode.IsUpper(r)
}

// removeDuplicates removes a prose paragraph of eight words or more that
// repeats an earlier one (pages often print the standfirst twice).
func removeDuplicates(bs []block) {
	seen := map[string]bool{}
	for i := range bs {
		b := &bs[i]
		if b.kind != kindBody || b.heading || !wordsAtLeast(b.text, 8) || !isProseBlock(b.text) {
			continue
		}
		k := b.text
		if seen[k] {
			b.kind = KindDuplicate
			continue
		}
		seen[k] = true
	}
}

// removeLinkRuns removes runs of two or more short paragraphs that are all
// links (lists of related articles, tag lists, menus inside the article).
func removeLinkRuns(bs []block) {
	for s := 0; s < len(bs); {
		if !linkItem(bs[s]) {
			s++
			continue
		}
		e := s
		for e+1 < len(bs) && (linkItem(bs[e+1]) || bs[e+1].kind != kindBody && bs[e+1].link) {
			e++
		}
		if e > s {
			for i := s; i <= e; i++ {
				if bs[i].kind == kindBody {
					bs[i].kind = KindHeadlines
				}
			}
		}
		s = e + 1
	}
}

func linkItem(b block) bool {
	return b.kind == kindBody && b.link && !b.heading && wordCount(b.text) <= 30
}

// headlineItem reports whether a headline-shaped line reads like a headline
// (a clause of five words or more) rather than a list entry of an article:
// a name with a bracket, a numbered entry, a short label.
func headlineItem(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsDigit(r) || strings.ContainsAny(s, "()[]") || numbers(s) >= 2 {
		return false // a numbered entry, a name with a bracket, a table row
	}
	return len(contentWords(s)) >= 3 && wordCount(s) >= 5
}

// numbers counts the words of s that hold a digit.
func numbers(s string) int {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if strings.ContainsAny(w, "0123456789") {
			n++
		}
	}
	return n
}
