package extract

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"storyline/news"
)

// ErrNoText is returned when an input holds no article text.
var ErrNoText = errors.New("no article text found")

// Clean cleans plain text: it reads leading metadata lines (date, title,
// byline, source, URL) into fields, removes crawler boilerplate (appended
// headline lists, share and subscribe lines, advertisements, copyright and
// navigation lines, photo credits, reporting credits), marks subheadings and
// returns the article with its clean Text, Paragraphs, Headings and Removed.
// ID, URL and Source are left for the caller. It fails with ErrNoText when
// nothing reads like prose.
func Clean(text string) (*news.Article, error) {
	return cleanBlocks(splitBlocks(text), Options{}, "")
}

// cleanBlocks runs every cleaning pass over paragraph blocks and assembles
// the article.
func cleanBlocks(bs []block, opt Options, titleHint string) (*news.Article, error) {
	opt = opt.withDefaults()
	a := &news.Article{}
	bs = readLeading(a, bs, titleHint)
	readTrailing(a, bs)
	for i := range bs {
		if bs[i].kind == kindBody {
			bs[i].kind = lineKind(bs[i].text)
		}
	}
	removeDuplicates(bs)
	removeLinkRuns(bs)
	removeHeadlineRuns(bs)
	markHeadings(bs, opt.MaxHeadingWords)
	if err := assemble(a, bs, opt); err != nil {
		return nil, err
	}
	return a, nil
}

// readLeading reads metadata lines and the title at the top of a document,
// before its first body paragraph. It returns the blocks, with body text that
// shared a line with metadata split off into a block of its own.
func readLeading(a *news.Article, bs []block, titleHint string) []block {
	var lead []int // headline-like blocks before the body
	var updated meta
	for i := 0; i < len(bs) && i < 20; i++ {
		b := &bs[i]
		if b.kind != kindBody {
			continue
		}
		if k := lineKind(b.text); k != "" {
			b.kind = k
			continue
		}
		if md, ok := parseMeta(b.text); ok {
			b.kind = KindMetadata
			switch md.field {
			case "updated":
				if updated.date.IsZero() {
					updated = md
				}
			default:
				applyMeta(a, md)
			}
			if md.rest != "" {
				b.text = md.head
				rest := block{text: md.rest}
				bs = append(bs[:i+1], append([]block{rest}, bs[i+1:]...)...)
				break
			}
			continue
		}
		if titleHint != "" && similarTitle(b.text, titleHint) {
			b.kind = KindTitle
			continue
		}
		if a.Title != "" && sameText(b.text, a.Title) {
			b.kind = KindTitle
			continue
		}
		if titleShape(b.text) || (b.heading && wordCount(b.text) <= 30 && !endsSentence(b.text)) {
			lead = append(lead, i)
			continue
		}
		break
	}
	if a.Published.IsZero() && !updated.date.IsZero() {
		applyMeta(a, meta{field: "date", date: updated.date, dateOnly: updated.dateOnly})
	}
	// The title is the first headline-shaped line before the body; single
	// words before it are section labels. Later ones (a standfirst, a fact
	// box) stay in the body.
	for len(lead) > 1 && wordCount(bs[lead[0]].text) == 1 {
		bs[lead[0]].kind = KindNavigation
		lead = lead[1:]
	}
	if len(lead) > 0 && titleHint == "" && a.Title == "" && hasBodyAfter(bs, lead[0]) {
		bs[lead[0]].kind = KindTitle
		a.Title = bs[lead[0]].text
	}
	return bs
}

// readTrailing removes metadata lines at the end of a document ("Source:
// Reuters", "Tags: …", "Published …"). Their dates are not used: trailing
// lines often come from a later crawl.
func readTrailing(a *news.Article, bs []block) {
	for i := len(bs) - 1; i > 0; i-- {
		b := &bs[i]
		if b.kind != kindBody {
			continue
		}
		md, ok := parseMeta(b.text)
		if !ok || md.rest != "" || endsSentence(b.text) && md.field != "author" {
			return
		}
		b.kind = KindMetadata
		md.date = time.Time{}
		applyMeta(a, md)
	}
}

// similarTitle reports whether a line is the given title, allowing for a
// site name or a few words added or dropped.
func similarTitle(line, title string) bool {
	if sameText(line, title) {
		return true
	}
	a, b := strings.Fields(normText(line)), strings.Fields(normText(title))
	if len(a) == 0 || len(b) == 0 || len(a) > 30 {
		return false
	}
	set := make(map[string]bool, len(b))
	for _, w := range b {
		set[w] = true
	}
	hit := 0
	for _, w := range a {
		if set[w] {
			hit++
		}
	}
	return hit*5 >= min(len(a), len(b))*4 && len(a) <= len(b)+3
}

// hasBodyAfter reports whether a prose block follows block i.
func hasBodyAfter(bs []block, i int) bool {
	for _, b := range bs[i+1:] {
		if b.kind == kindBody && isProseBlock(b.text) {
			return true
		}
	}
	return false
}

// isBodyText reports whether a paragraph reads like running text.
func isBodyText(s string) bool {
	return wordCount(s) >= 12 || (endsSentence(s) && wordCount(s) >= 4)
}

// isProseBlock reports whether a paragraph is running text and not a
// headline-shaped line.
func isProseBlock(s string) bool {
	if !isBodyText(s) {
		return false
	}
	w := wordCount(s)
	return !headlineLike(s) || w > 25 || w >= 12 && !titleCase(s)
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

// applyMeta copies a metadata line into the article fields not yet set.
func applyMeta(a *news.Article, md meta) {
	if !md.date.IsZero() && a.Published.IsZero() {
		a.Published, a.DateOnly, a.PublishedSource = md.date, md.dateOnly, news.DateMetadata
	}
	switch md.field {
	case "title":
		if a.Title == "" {
			a.Title = md.value
		}
	case "author":
		if a.Author == "" {
			a.Author = md.value
		}
	case "source":
		if a.Source == "" {
			a.Source = md.value
		}
	case "url":
		if a.URL == "" {
			a.URL = md.value
		}
	}
}

// sameText compares two lines ignoring case, spacing and punctuation.
func sameText(a, b string) bool {
	return normText(a) == normText(b)
}

// removeHeadlineRuns removes runs of headline-shaped lines: appended lists of
// related headlines at the end, link lists at the start, and lists of
// unrelated headlines inside the body.
func removeHeadlineRuns(bs []block) {
	var kept []int
	vocab := map[string]bool{}
	for i, b := range bs {
		if b.kind != kindBody {
			continue
		}
		kept = append(kept, i)
		if isProseBlock(b.text) {
			for _, w := range contentWords(b.text) {
				vocab[w] = true
			}
		}
	}
	for s := 0; s < len(kept); {
		if !headlineLike(bs[kept[s]].text) {
			s++
			continue
		}
		e := s
		for e+1 < len(kept) && headlineLike(bs[kept[e+1]].text) {
			e++
		}
		n, tc, low, zero, hl, words := e-s+1, 0, 0, 0, 0, 0
		for _, i := range kept[s : e+1] {
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

// removeDuplicates removes a prose paragraph of eight words or more that
// repeats an earlier one (pages often print the standfirst twice).
func removeDuplicates(bs []block) {
	seen := map[string]bool{}
	for i := range bs {
		b := &bs[i]
		if b.kind != kindBody || b.heading || wordCount(b.text) < 8 || !isProseBlock(b.text) {
			continue
		}
		k := normText(b.text)
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

// markHeadings marks subheadings: short lines without final punctuation that
// stand between body paragraphs and are followed by body text. Headings from
// the markup are kept when body text follows them.
func markHeadings(bs []block, maxWords int) {
	var kept []int
	for i, b := range bs {
		if b.kind == kindBody {
			kept = append(kept, i)
		}
	}
	for p, i := range kept {
		b := &bs[i]
		hasNext := p+1 < len(kept) && isProseBlock(bs[kept[p+1]].text) && !startsLower(bs[kept[p+1]].text)
		if b.heading && (wordCount(b.text) > 20 || endsSentence(b.text) && wordCount(b.text) > 8) {
			b.heading = false // a sentence in heading markup
		}
		if b.heading {
			if p+1 >= len(kept) {
				b.kind = KindHeadlines // a heading with nothing after it
			}
			b.heading = p+1 < len(kept)
			continue
		}
		// A subheading stands between running paragraphs; a short line after
		// another short line is a list entry.
		b.heading = p > 0 && hasNext && headingLike(b.text, maxWords) && !bs[kept[p-1]].heading &&
			isProseBlock(bs[kept[p-1]].text)
	}
}

// assemble joins the kept blocks into the article text and records spans
// and removed pieces.
func assemble(a *news.Article, bs []block, opt Options) error {
	var sb strings.Builder
	var pending []int
	words, prose := 0, false
	for _, b := range bs {
		if b.kind != kindBody {
			if b.kind != KindEmpty {
				a.Removed = append(a.Removed, news.Removed{Kind: b.kind, Text: b.text})
				pending = append(pending, len(a.Removed)-1)
			}
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		start := sb.Len()
		for _, k := range pending {
			a.Removed[k].At = start
		}
		pending = pending[:0]
		sb.WriteString(b.text)
		sp := news.Span{Start: start, End: sb.Len()}
		a.Paragraphs = append(a.Paragraphs, sp)
		if b.heading {
			a.Headings = append(a.Headings, sp)
			continue
		}
		w := wordCount(b.text)
		words += w
		if w >= opt.MinWords && hasLetter(b.text) {
			prose = true
		}
	}
	a.Text = sb.String()
	for _, k := range pending {
		a.Removed[k].At = len(a.Text)
	}
	if !prose || len(a.Text) < opt.MinTextLen {
		return fmt.Errorf("clean: %w (%d words)", ErrNoText, words)
	}
	if a.Title == "" {
		a.Title = deriveTitle(a)
		if a.Title != "" {
			a.Flags = append(a.Flags, "title:derived")
		}
	}
	a.Lang = detectLang(a.Text)
	a.Hash = Hash(a.Text)
	return nil
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
