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
// a paragraph, except in hard-wrapped text, where wrapped lines are joined.
func splitBlocks(s string) []block {
	if entityRe.MatchString(s) {
		s = html.UnescapeString(s) // "&#163;1.8m", "AT&amp;T" in crawled text
	}
	s = normalize(s)
	lines := strings.Split(s, "\n")
	wrapped, width := hardWrapped(lines)
	var out []block
	gap := true
	var cur strings.Builder
	curGap := false
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, block{text: collapse(cur.String()), gap: curGap})
			cur.Reset()
		}
	}
	prev := ""
	for _, raw := range lines {
		line := strings.TrimRight(raw, " ")
		if strings.TrimSpace(line) == "" {
			flush()
			gap = true
			continue
		}
		if wrapped && cur.Len() > 0 && !gap && !paragraphStart(line, prev, width) {
			cur.WriteByte(' ')
			cur.WriteString(strings.TrimSpace(line))
			prev = line
			continue
		}
		prev = line
		flush()
		cur.WriteString(strings.TrimSpace(line))
		curGap = gap
		if !wrapped {
			flush()
		}
		gap = false
	}
	flush()
	return out
}

// hardWrapped reports whether the lines look wrapped at a fixed width and
// returns that width. The evidence is lines that do not end a sentence
// followed by a line starting in lowercase, or, for most lines followed by
// another, a first word of the next line that would not have fitted.
func hardWrapped(lines []string) (bool, int) {
	maxLen := 0
	for _, l := range lines {
		maxLen = max(maxLen, utf8.RuneCountInString(strings.TrimRight(l, " ")))
	}
	if maxLen > 100 || maxLen < 30 {
		return false, 0
	}
	pairs, full, cont := 0, 0, 0
	for i := 0; i+1 < len(lines); i++ {
		cur := strings.TrimSpace(lines[i])
		next := strings.TrimSpace(lines[i+1])
		if cur == "" || next == "" {
			continue
		}
		pairs++
		if startsLower(next) && !endsSentence(cur) {
			cont++
		}
		fw := strings.IndexByte(next, ' ')
		if fw < 0 {
			fw = len(next)
		}
		if utf8.RuneCountInString(strings.TrimRight(lines[i], " "))+1+fw > maxLen*85/100 {
			full++
		}
	}
	if pairs == 0 {
		return false, 0
	}
	return cont*10 >= pairs*3 || pairs >= 3 && full*10 >= pairs*7, maxLen
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
