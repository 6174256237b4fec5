package entity

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"storyline/eval/conll"
	"storyline/internal/shared"
	"storyline/news"
)

func loadTagger(tb testing.TB) *Tagger {
	tb.Helper()
	tg, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	return tg
}

func TestLoadTime(t *testing.T) {
	// The best of three loads, so a busy machine does not fail the test.
	var m *Model
	took := time.Hour
	for range 3 {
		start := time.Now()
		var err error
		m, err = ReadModel(bytes.NewReader(embeddedModel))
		if err != nil {
			t.Fatal(err)
		}
		took = min(took, time.Since(start))
	}
	t.Logf("model: %d features, %d clusters, %d gazetteer entries, %.1f MB; loaded in %s",
		len(m.Keys), len(m.Clusters), len(m.Gaz), float64(len(embeddedModel))/1e6, took)
	if took > 200*time.Millisecond {
		t.Errorf("loading the model took %s, want <= 200ms", took)
	}
	if len(embeddedModel) > 30<<20 {
		t.Errorf("model is %d bytes, want <= 30 MB", len(embeddedModel))
	}
}

// article is a short news text written for this test.
const article = `Merkel and Macron meet in Berlin over EU budget

BERLIN (Reuters) - German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday to discuss the European Union budget.
"We agreed on the main points," Merkel told reporters after the talks at the Chancellery.
Macron said France and Germany would present a joint proposal to the European Commission in Brussels next month.`

func TestGolden(t *testing.T) {
	tg := loadTagger(t)
	ms := tg.Tag(article, nil)
	got := map[string]news.EntityType{}
	for _, m := range ms {
		got[m.Text] = m.Type
		if m.Text != article[m.Start:m.End] {
			t.Errorf("mention %+v text does not match its span", m)
		}
	}
	want := map[string]news.EntityType{
		"Angela Merkel":       news.PER,
		"Emmanuel Macron":     news.PER,
		"Berlin":              news.LOC,
		"France":              news.LOC,
		"Germany":             news.LOC,
		"European Commission": news.ORG,
		"Brussels":            news.LOC,
		"Reuters":             news.ORG,
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%q: got type %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
}

func TestAnnotate(t *testing.T) {
	tg := loadTagger(t)
	d := &news.Doc{}
	d.Text = "Boris Johnson spoke in London.\nThe Kremlin denied it."
	d.Sentences = []news.Span{{Start: 0, End: 30}, {Start: 31, End: len(d.Text)}}
	if err := tg.Annotate(d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range d.Entities {
		got = append(got, m.Text)
	}
	want := "Boris Johnson London Kremlin"
	if strings.Join(got, " ") != want {
		t.Errorf("entities = %v, want %s", got, want)
	}
}

func TestTagTokens(t *testing.T) {
	tg := loadTagger(t)
	got := tg.TagTokens(strings.Fields("Peter Blackburn visited the United Nations in New York ."))
	want := "B-PER I-PER O O B-ORG I-ORG O B-LOC I-LOC O"
	if strings.Join(got, " ") != want {
		t.Errorf("TagTokens = %v, want %s", got, want)
	}
	if tg.TagTokens(nil) != nil {
		t.Error("TagTokens(nil) != nil")
	}
}

func TestValid(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the CoNLL evaluation in -short mode")
	}
	path := shared.Path(t, "data/conll2003/valid.txt")
	tg := loadTagger(t)
	docs, err := conll.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := conll.Score(docs, tg.TagDocument)
	var b strings.Builder
	r.Write(&b)
	t.Logf("valid.txt:\n%s", b.String())
	if f := r.Overall.F1(); f < 0.90 {
		t.Errorf("valid F1 = %.4f, want >= 0.90", f)
	}
}

func FuzzTag(f *testing.F) {
	f.Add("Vladimir Putin met Joe Biden in Geneva.")
	f.Add("A\nB C\r\nD. E's F—G “H” 'I' (J)")
	f.Add("\xff\xfe Ünïcödé Straße\u2028Zürich")
	f.Add("...")
	tg := loadTagger(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, sents := range [][]news.Span{nil, {{Start: 0, End: len(text) / 2}}} {
			for _, m := range tg.Tag(text, sents) {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
					t.Fatalf("span %+v out of bounds of %d", m.Span, len(text))
				}
				if utf8.ValidString(text) && (!utf8.RuneStart(text[m.Start]) || m.End < len(text) && !utf8.RuneStart(text[m.End])) {
					t.Fatalf("span %+v not on rune boundaries", m.Span)
				}
				if strings.ContainsAny(m.Text, "\n\r") || m.Text != text[m.Start:m.End] {
					t.Fatalf("bad mention %+v", m)
				}
			}
		}
	})
}

func BenchmarkTag(b *testing.B) {
	tg := loadTagger(b)
	texts := benchTexts(b)
	ntok, nbytes := 0, 0
	for _, t := range texts {
		ntok += len(Tokenize(t))
		nbytes += len(t)
	}
	b.SetBytes(int64(nbytes))
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			tg.Tag(t, nil)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	// CPU time of the process, so a busy machine does not hide the speed
	// per core.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(ntok)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// benchTexts returns real news articles, each tagged as one document: the
// BBC News business articles when the shared data is present, else the test
// article.
func benchTexts(b *testing.B) []string {
	if root := shared.Root(); root != "" {
		files, _ := filepath.Glob(filepath.Join(root, "data/bbc-news/business/*.txt"))
		var out []string
		for _, f := range files {
			if data, err := os.ReadFile(f); err == nil {
				out = append(out, string(data))
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return []string{article}
}

func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(embeddedModel)))
	for i := 0; i < b.N; i++ {
		if _, err := ReadModel(bytes.NewReader(embeddedModel)); err != nil {
			b.Fatal(err)
		}
	}
}

// cpuTime returns the user and system CPU time of the process.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestConcurrentTag(t *testing.T) {
	tg := loadTagger(t)
	want := fmt.Sprint(tg.Tag(article, nil))
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := fmt.Sprint(tg.Tag(article, nil)); got != want {
				errs <- got
			}
		}()
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("concurrent Tag = %s, want %s", got, want)
	}
}
