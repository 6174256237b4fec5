package polnear

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Span is a byte range [Start, End) into a document's text.
type Span struct{ Start, End int }

// Attribution is one annotated attribution relation, with byte spans into the
// document text. Source and Cue may be empty; Content may be discontinuous.
type Attribution struct {
	Source  []Span
	Cue     []Span
	Content []Span
}

// ParseAnn reads brat standoff annotations and returns the attributions of
// text. Brat offsets count characters (code points); they are converted to
// byte offsets into text. Malformed lines and out-of-range spans are skipped.
func ParseAnn(ann, text string) ([]Attribution, error) {
	byteAt := runeOffsets(text)
	spans := map[string][]Span{}
	var events [][]string
	sc := bufio.NewScanner(strings.NewReader(ann))
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for sc.Scan() {
		line := sc.Text()
		f := strings.Split(line, "\t")
		if len(f) < 2 || len(f[0]) < 2 {
			continue
		}
		switch f[0][0] {
		case 'T':
			typ, rng, ok := strings.Cut(f[1], " ")
			if !ok || typ == "" {
				continue
			}
			var ss []Span
			bad := false
			for _, part := range strings.Split(rng, ";") {
				a, b, ok := strings.Cut(strings.TrimSpace(part), " ")
				s, err1 := strconv.Atoi(a)
				e, err2 := strconv.Atoi(strings.TrimSpace(b))
				if !ok || err1 != nil || err2 != nil || s < 0 || e < s || e >= len(byteAt) {
					bad = true
					break
				}
				ss = append(ss, Span{byteAt[s], byteAt[e]})
			}
			if !bad {
				spans[f[0]] = ss
			}
		case 'E':
			events = append(events, strings.Fields(f[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read annotations: %w", err)
	}
	var out []Attribution
	for _, ev := range events {
		var a Attribution
		for _, arg := range ev[min(1, len(ev)):] {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			switch strings.TrimRight(role, "0123456789") {
			case "Source":
				a.Source = append(a.Source, spans[id]...)
			case "Cue":
				a.Cue = append(a.Cue, spans[id]...)
			case "Content":
				a.Content = append(a.Content, spans[id]...)
			}
		}
		if len(a.Content) > 0 {
			out = append(out, a)
		}
	}
	return out, nil
}

// runeOffsets maps each character index of text (and one past the end) to
// its byte offset.
func runeOffsets(text string) []int {
	out := make([]int, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		out = append(out, i)
	}
	return append(out, len(text))
}
