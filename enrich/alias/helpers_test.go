package alias

import (
	"fmt"
	"strings"
	"testing"

	"storyline/news"
)

// marked builds a document from text with inline mentions as a tagger would
// give them: "[PER Foreign Minister Sergei Lavrov] met [LOC Kiev]".
func marked(t testing.TB, id, s string) *news.Doc {
	t.Helper()
	var b strings.Builder
	var ms []news.Mention
	for {
		i := strings.Index(s, "[")
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		j := strings.Index(s[i:], "]")
		if j < 0 {
			t.Fatalf("unclosed mention in %q", s)
		}
		typ, txt, _ := strings.Cut(s[i+1:i+j], " ")
		start := b.Len()
		b.WriteString(txt)
		ms = append(ms, news.Mention{Span: news.Span{Start: start, End: b.Len()}, Text: txt, Type: news.EntityType(typ)})
		s = s[i+j+1:]
	}
	return &news.Doc{Article: news.Article{ID: id, Text: b.String()}, Entities: ms}
}

// show renders mentions as "text=key(Name)/TYPE[role]" for comparison.
func show(ms []news.Mention) []string {
	var out []string
	for _, m := range ms {
		s := fmt.Sprintf("%s=%s(%s)/%s", m.Text, m.Entity, m.Name, m.Type)
		if m.Role != "" {
			s += "[" + m.Role + "]"
		}
		out = append(out, s)
	}
	return out
}

// showEntities renders story entities as "key(Name)/TYPE: aliases".
func showEntities(es []news.StoryEntity) []string {
	var out []string
	for _, e := range es {
		out = append(out, fmt.Sprintf("%s(%s)/%s: %s", e.Entity, e.Name, e.Type, strings.Join(e.Aliases, ", ")))
	}
	return out
}

func diff(t *testing.T, name string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\ngot:\n\t%s\nwant:\n\t%s", name, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}
