package extract

import (
	"regexp"
	"strings"

	"storyline/news"
	"storyline/text"
)

// datelineRe matches a wire dateline: "GENEVA (AP) — ", "MOSCOW, Feb 15
// (Reuters) - ", "LONDON — ".
var datelineRe = regexp.MustCompile(`^\p{Lu}[\p{Lu} .,'’-]*\p{Lu}(?:,\s*[\p{L}0-9 .]{1,30}?)?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+`)

// deriveTitle makes a short title from the first sentence of the body.
func deriveTitle(a *news.Article) string {
	for _, p := range a.Paragraphs {
		para := p.In(a.Text)
		ss := text.Sentences(para, nil)
		if len(ss) == 0 {
			continue
		}
		first := ss[0].In(para)
		if m := datelineRe.FindStringIndex(first); m != nil && m[1] < len(first) {
			first = first[m[1]:] // "GENEVA (AP) — "
		}
		f := strings.Fields(first)
		if len(f) <= 14 {
			return strings.TrimRight(first, ".")
		}
		return strings.Join(f[:12], " ") + "…"
	}
	return ""
}

// pageTitle strips the site or author part that pages append to their
// titles: "Talks resume | Example News", "Talks resume - Example News".
func pageTitle(t, site, author string) string {
	if parts := strings.Split(t, " | "); len(parts) > 1 {
		best := parts[0]
		for _, p := range parts[1:] {
			if wordCount(p) > wordCount(best) {
				best = p
			}
		}
		t = strings.TrimSpace(best)
	}
	for _, sep := range []string{" - ", " – ", " — ", " :: "} {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		suffix := strings.TrimSpace(t[i+len(sep):])
		if sameText(suffix, site) || sameText(suffix, author) || wordCount(suffix) <= 3 && wordCount(t[:i]) >= 4 && titleCase(suffix+" X") && hostLike(suffix, site) {
			t = strings.TrimSpace(t[:i])
		}
	}
	return t
}

// hostLike reports whether a title suffix names the site.
func hostLike(suffix, site string) bool {
	if site == "" {
		return strings.Contains(suffix, ".")
	}
	a, b := normText(suffix), normText(site)
	return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

// authors removes repeated names from an author list ("Jane Doe; JANE DOE").
func authors(s string) string {
	if s == "" {
		return ""
	}
	var out []string
	seen := map[string]bool{}
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' }) {
		f := strings.Fields(p)
		for len(f) > 0 && shareWords[strings.ToLower(f[len(f)-1])] {
			f = f[:len(f)-1] // "Alex Perry SHARE TWEET EMAIL"
		}
		p = strings.Join(f, " ")
		if k := normText(p); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return strings.Join(out, "; ")
}

// shareWords are button labels that leak into author metadata.
var shareWords = map[string]bool{"share": true, "tweet": true, "email": true, "print": true, "facebook": true,
	"twitter": true, "follow": true, "comment": true, "comments": true, "save": true}
