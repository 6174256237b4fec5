package extract

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

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
		if bs[i].kind != kindBody {
			continue
		}
		bs[i].kind = lineKind(bs[i].text)
		if bs[i].kind == kindBody && wordCount(bs[i].text) <= 8 {
			// a byline below the standfirst
			if md, ok := parseMeta(bs[i].text); ok && md.field == "author" {
				bs[i].kind = KindMetadata
				applyMeta(a, meta{field: md.field, value: md.value})
			}
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
		if k := lineKind(b.text); k != "" && !urlLineRe.MatchString(b.text) {
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
		a.Flags = append(a.Flags, "date:updated")
	}
	// The title is the first headline-shaped line before the body; single
	// words before it are section labels. Later ones (a standfirst, a fact
	// box) stay in the body.
	for len(lead) > 1 && wordCount(bs[lead[0]].text) == 1 {
		bs[lead[0]].kind = KindNavigation
		lead = lead[1:]
	}
	// Three or more headlines before the body are a list of links with the
	// title last, unless they are the lines of a fact box.
	if items := 0; len(lead) >= 3 {
		for _, i := range lead {
			if headlineItem(bs[i].text) {
				items++
			}
		}
		if items*3 >= len(lead)*2 {
			for _, i := range lead[:len(lead)-1] {
				bs[i].kind = KindHeadlines
			}
			lead = lead[len(lead)-1:]
		}
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
		if !ok || md.rest != "" || endsSentence(b.text) {
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
	return wordsAtLeast(s, 12) || (endsSentence(s) && wordsAtLeast(s, 4))
}

// isProseBlock reports whether a paragraph is running text and not a
// headline-shaped line.
func isProseBlock(s string) bool {
	if !isBodyText(s) {
		return false
	}
	return wordsAtLeast(s, 26) || !headlineLike(s) || !titleCase(s)
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
	words, prose, joined := 0, false, false
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
		joined = joined || b.joined
		sp := news.Span{Start: start, End: sb.Len()}
		a.Paragraphs = append(a.Paragraphs, sp)
		if b.heading {
			a.Headings = append(a.Headings, sp)
			continue
		}
		w := proseWords(b.text)
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
	if joined {
		a.Flags = append(a.Flags, "text:unwrapped")
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

// proseWords counts the words of s, taking two ideographs or kana for a word
// in scripts written without spaces.
func proseWords(s string) int {
	n, cjk := wordCount(s), 0
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			cjk++
		}
	}
	return n + cjk/2
}
