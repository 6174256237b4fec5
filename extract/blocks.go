package extract

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// entityRe matches an HTML character reference.
var entityRe = regexp.MustCompile(`&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|amp|quot|apos|lt|gt|nbsp|[lr][sd]quo|[mn]dash|hellip|copy|pound|euro|eacute);`)

// block is one paragraph candidate of an input.
type block struct {
	text    string // the paragraph, whitespace collapsed, trimmed
	gap     bool   // a blank line (or a block boundary) stood before it
	heading bool   // marked as a heading by the markup (h1-h6)
	link    bool   // the markup makes (nearly) all of it a link
	joined  bool   // joined from hard-wrapped lines
	kind    string // "" for body, else the kind of removed text
}

// normalize makes any input safe to process: valid UTF-8, no control
// characters but newlines, unified line breaks.
func normalize(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				continue
			}
			b.WriteByte('\n')
		case r == '\n':
			b.WriteByte('\n')
		case r == '\u2028' || r == '\u2029' || r == '\f' || r == '\v' || r == 0x85:
			b.WriteByte('\n')
		case r == '\t' || r == '\u00a0' || r == '\u3000' || (r >= '\u2000' && r <= '\u200a') || r == '\u202f' || r == '\u205f':
			b.WriteByte(' ')
		case r == 0xFEFF || r == 0x200B || r == 0x00AD || r == 0x2060 || r == 0xFFFD:
			// zero-width, soft hyphen, BOM and replacement characters: drop
		case unicode.IsControl(r):
			// other control characters: drop
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// collapse trims s and collapses runs of spaces.
func collapse(s string) string {
	if !strings.Contains(s, "  ") && strings.TrimSpace(s) == s {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// splitBlocks splits plain text into paragraph blocks: each non-empty line is
// a paragraph, except in hard-wrapped runs of lines, which are joined.
func splitBlocks(s string) []block {
	if entityRe.MatchString(s) {
		s = html.UnescapeString(s) // "&#163;1.8m", "AT&amp;T" in crawled text
	}
	s = normalize(s)
	lines := strings.Split(s, "\n")
	width := 0
	for _, l := range lines {
		width = max(width, utf8.RuneCountInString(strings.TrimRight(l, " ")))
	}
	var out []block
	gap := true
	for i := 0; i < len(lines); {
		if strings.TrimSpace(lines[i]) == "" {
			gap = true
			i++
			continue
		}
		j := i
		for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
			j++
		}
		out = appendRun(out, lines[i:j], width, gap)
		gap = false
		i = j
	}
	return out
}

// appendRun appends the paragraphs of a run of non-empty lines: one per
// line, or, when the run is hard-wrapped, wrapped lines joined.
func appendRun(out []block, run []string, width int, gap bool) []block {
	if !hardWrapped(run, width) {
		for k, l := range run {
			out = append(out, block{text: collapse(l), gap: gap && k == 0})
		}
		return out
	}
	var cur strings.Builder
	curGap := gap
	for k, l := range run {
		if k > 0 && paragraphStart(l, run[k-1], width) {
			out = append(out, block{text: collapse(cur.String()), gap: curGap, joined: true})
			cur.Reset()
			curGap = false
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(strings.TrimSpace(l))
	}
	return append(out, block{text: collapse(cur.String()), gap: curGap, joined: true})
}

// hardWrapped reports whether a run of lines is wrapped at a fixed width (of
// at most 100 characters): at least three in ten line breaks fall inside a
// sentence, before a word in lowercase.
func hardWrapped(run []string, width int) bool {
	if len(run) < 2 || width > 100 || width < 30 {
		return false
	}
	cont := 0
	for k := 0; k+1 < len(run); k++ {
		if startsLower(strings.TrimSpace(run[k+1])) && !endsSentence(strings.TrimSpace(run[k])) {
			cont++
		}
	}
	return cont*10 >= (len(run)-1)*3
}

// paragraphStart decides, in hard-wrapped text, whether line starts a new
// paragraph after prev: it is indented, or its first word would have fitted
// on prev, so prev was broken on purpose.
func paragraphStart(line, prev string, width int) bool {
	next := strings.TrimSpace(line)
	if startsLower(next) && !endsSentence(strings.TrimSpace(prev)) {
		return false // a sentence continued on the next line
	}
	if strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "\t") {
		return true
	}
	fw := strings.IndexByte(next, ' ')
	if fw < 0 {
		fw = len(next)
	}
	return utf8.RuneCountInString(strings.TrimSpace(prev))+1+fw <= width*85/100
}
