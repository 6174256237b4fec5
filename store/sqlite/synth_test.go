package sqlite

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"storyline/news"
	"storyline/store"
)

var synthWords = strings.Fields(`the a of to in and said on for with minister police government city
	officials report talks election storm flood market shares rose fell week monday tuesday council
	court judge ruling protest workers strike company deal agreement border troops ceasefire vote
	budget hospital patients doctors school students president spokesman according statement`)

// synthRecord returns a deterministic synthetic record of about size bytes
// of text, in one of 100 stories.
func synthRecord(prefix string, i, size int) store.Record {
	rng := rand.New(rand.NewPCG(uint64(i), 7))
	var b strings.Builder
	for b.Len() < size {
		w := synthWords[rng.IntN(len(synthWords))]
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if rng.IntN(15) == 0 {
			b.WriteByte('.')
		}
	}
	id := fmt.Sprintf("%s-%07d", prefix, i)
	text := b.String()
	d := &news.Doc{Article: news.Article{
		ID: id, Source: "synth", URL: "https://example.com/" + id, Title: "Report " + id,
		Published: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute),
		Text:      text, Hash: fmt.Sprintf("%016x", rng.Uint64()), Lang: "en",
	}}
	for s := 0; s+80 < len(text); s += 120 {
		d.Sentences = append(d.Sentences, news.Span{Start: s, End: s + 80})
	}
	sig := make([]uint64, 16)
	for k := range sig {
		sig[k] = rng.Uint64()
	}
	return store.Record{Doc: d, Story: fmt.Sprintf("story-%03d", i%100), Signature: sig}
}

func synthBatch(prefix string, from, n, size int) *store.Batch {
	b := &store.Batch{Records: make([]store.Record, n)}
	for i := range n {
		b.Records[i] = synthRecord(prefix, from+i, size)
	}
	return b
}
