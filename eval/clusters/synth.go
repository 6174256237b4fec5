package clusters

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"storyline/dedup"
)

// Kinds of synthetic documents in a near-duplicate stream.
const (
	KindOriginal = "original"
	KindExact    = "exact"   // the same text (whitespace may differ)
	KindNear     = "near"    // a few words changed/added/removed, boilerplate added, sentences reordered
	KindRewrite  = "rewrite" // a light rewrite: words changed in several sentences, a paragraph dropped
)

// DupDoc is one document of a synthetic near-duplicate stream.
type DupDoc struct {
	ID, Title, Text string
	Hash            string    // hash of the normalised text
	Published       time.Time // zero when the corpus had none
	Kind            string
	Of              string // for copies: the id of the original copied
}

// DupRates are the shares of copies in a stream; the rest are originals.
type DupRates struct{ Exact, Near, Rewrite float64 }

// DefaultDupRates: 5% exact copies, 10% near copies, 5% light rewrites.
var DefaultDupRates = DupRates{Exact: 0.05, Near: 0.10, Rewrite: 0.05}

// NormHash returns the hash of a text's words, lower-cased and joined by
// single spaces, so whitespace and punctuation changes give the same hash.
func NormHash(text string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		b.WriteString(w)
		b.WriteByte(' ')
	}
	h := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(h[:12])
}

var boilerplate = []string{
	"Copyright 2025 All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
	"Sign up for our daily newsletter to get the top stories delivered to your inbox.",
	"Follow us on social media for the latest updates. Share this article with your friends.",
	"Reporting by staff correspondents; editing by the news desk.",
}

var fillers = []string{"also", "reportedly", "on Monday", "officials said", "indeed", "further", "meanwhile", "now"}

// DupStream builds a deterministic stream of n documents from corpus
// articles: originals, with exact copies, near copies and light rewrites of
// earlier originals injected at the given rates. Copies come within a few
// hundred documents of their original, as wire copies do.
func DupStream(corpus []Article, n int, rates DupRates, seed uint64) []DupDoc {
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	order := rng.Perm(len(corpus))
	var out []DupDoc
	var originals []int // indexes into out
	next := 0
	seen := newDistinct()
	for len(out) < n {
		x := rng.Float64()
		id := fmt.Sprintf("d%07d", len(out))
		if len(originals) > 0 && x < rates.Exact+rates.Near+rates.Rewrite {
			lo := max(0, len(originals)-300)
			src := out[originals[lo+rng.IntN(len(originals)-lo)]]
			d := DupDoc{ID: id, Title: src.Title, Published: src.Published, Of: src.ID}
			switch {
			case x < rates.Exact:
				d.Kind, d.Text = KindExact, strings.ReplaceAll(src.Text, "\n\n", "\n \n")
			case x < rates.Exact+rates.Near:
				d.Kind, d.Text = KindNear, nearCopy(rng, src.Text)
			default:
				d.Kind, d.Text = KindRewrite, rewrite(rng, src.Text)
			}
			d.Hash = NormHash(d.Text)
			out = append(out, d)
			continue
		}
		a := corpus[order[next%len(order)]]
		next++
		if next > len(order) { // corpus exhausted: vary a recombined article
			a.Paragraphs = append([]string{corpus[order[rng.IntN(len(order))]].Paragraphs[0]}, a.Paragraphs...)
		}
		d := DupDoc{ID: id, Title: a.Title, Text: a.Text(), Published: a.Published, Kind: KindOriginal}
		d.Hash = NormHash(d.Text)
		if seen.repeats(d) {
			continue // the corpus repeats itself: keep originals distinct
		}
		originals = append(originals, len(out))
		out = append(out, d)
	}
	return out
}

// nearCopy changes, adds or removes a few words, may add boilerplate and
// may swap two sentences.
func nearCopy(rng *rand.Rand, text string) string {
	words := strings.Fields(text)
	edits := 1 + rng.IntN(4)
	for range edits {
		if len(words) < 3 {
			break
		}
		i := rng.IntN(len(words))
		switch rng.IntN(3) {
		case 0:
			words[i] = fillers[rng.IntN(len(fillers))]
		case 1:
			words = append(words[:i], append([]string{fillers[rng.IntN(len(fillers))]}, words[i:]...)...)
		default:
			words = append(words[:i], words[i+1:]...)
		}
	}
	t := strings.Join(words, " ")
	if rng.IntN(2) == 0 {
		t = swapSentences(rng, t)
	}
	if rng.IntN(2) == 0 {
		t += "\n\n" + boilerplate[rng.IntN(len(boilerplate))]
	}
	if rng.IntN(3) == 0 {
		t = boilerplate[rng.IntN(len(boilerplate))] + "\n\n" + t
	}
	return t
}

// rewrite changes about one word in 25 throughout, drops a sentence of a
// long text and adds a sentence of boilerplate, as an outlet lightly editing
// a wire report does.
func rewrite(rng *rand.Rand, text string) string {
	sents := splitSentences(text)
	if len(sents) >= 8 {
		i := 1 + rng.IntN(len(sents)-1)
		sents = append(sents[:i], sents[i+1:]...)
	}
	words := strings.Fields(strings.Join(sents, " "))
	for i := range words {
		if rng.IntN(25) == 0 {
			words[i] = fillers[rng.IntN(len(fillers))]
		}
	}
	return strings.Join(words, " ") + " " + boilerplate[rng.IntN(len(boilerplate))]
}

func splitSentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i+1 < len(text); i++ {
		if (text[i] == '.' || text[i] == '?' || text[i] == '!') && (text[i+1] == ' ' || text[i+1] == '\n') {
			out = append(out, strings.TrimSpace(text[start:i+1]))
			start = i + 1
		}
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

func swapSentences(rng *rand.Rand, text string) string {
	s := splitSentences(text)
	if len(s) < 2 {
		return text
	}
	i := rng.IntN(len(s) - 1)
	s[i], s[i+1] = s[i+1], s[i]
	return strings.Join(s, " ")
}

// distinct tells whether an original repeats an earlier one of the corpus
// (wire services and BBC publish some reports twice): exact Jaccard
// similarity of word 3-shingle sets ≥ 0.3 with an earlier original found
// through a permissive MinHash index. It keeps the ground truth honest: only
// injected copies are duplicates.
type distinct struct {
	ix   *dedup.Index
	sets map[string]map[string]bool
}

func newDistinct() *distinct {
	o := dedup.DefaultOptions()
	o.Threshold, o.ShortThreshold = 0.15, 0.15
	return &distinct{ix: dedup.New(o), sets: map[string]map[string]bool{}}
}

func (s *distinct) repeats(d DupDoc) bool {
	set := shingleSet(d.Text)
	sig := s.ix.Signature(d.Text)
	if v, ok := s.ix.Check(d.ID, d.Hash, sig); ok && (v.Exact || jaccard(set, s.sets[v.Of]) >= 0.3) {
		return true
	}
	s.ix.Add(d.ID, d.Hash, sig, d.Published)
	s.sets[d.ID] = set
	return false
}

func shingleSet(text string) map[string]bool {
	w := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	})
	set := map[string]bool{}
	for i := 0; i+3 <= len(w); i++ {
		set[w[i]+" "+w[i+1]+" "+w[i+2]] = true
	}
	return set
}

func jaccard(a, b map[string]bool) float64 {
	inter := 0
	for k := range a {
		if b[k] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}
