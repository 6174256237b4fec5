package alias

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"storyline/internal/shared"
	"storyline/news"
)

// meantimeDoc is the part of a MEANTIME NAF-like file the evaluation reads.
type meantimeDoc struct {
	Name   string `xml:"doc_name,attr"`
	Tokens []struct {
		ID       string `xml:"t_id,attr"`
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Mentions []struct {
		ID      string `xml:"m_id,attr"`
		Syn     string `xml:"syntactic_type,attr"`
		Anchors []struct {
			T string `xml:"t_id,attr"`
		} `xml:"token_anchor"`
	} `xml:"Markables>ENTITY_MENTION"`
	Entities []struct {
		ID       string `xml:"m_id,attr"`
		Type     string `xml:"ent_type,attr"`
		Instance string `xml:"instance_id,attr"`
	} `xml:"Markables>ENTITY"`
	Refers []struct {
		Source struct {
			M string `xml:"m_id,attr"`
		} `xml:"source"`
		Target struct {
			M string `xml:"m_id,attr"`
		} `xml:"target"`
	} `xml:"Relations>REFERS_TO"`
}

// goldMention is a named mention of MEANTIME with its cross-document instance.
type goldMention struct {
	doc      int
	span     news.Span
	typ      news.EntityType
	instance string
}

// readMeantime turns a MEANTIME file into a document whose text is the
// tokens joined by spaces (a line per sentence), with the named (NAM)
// mentions of PER, ORG and LOC instances as the tagger output (innermost
// ones only, as a tagger gives no nested mentions).
func readMeantime(path string, di int) (*news.Doc, []goldMention, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var md meantimeDoc
	if err := xml.Unmarshal(raw, &md); err != nil {
		return nil, nil, err
	}
	var b strings.Builder
	spans := map[string]news.Span{}
	sent := -1
	for _, t := range md.Tokens {
		if t.Sentence != sent && b.Len() > 0 {
			b.WriteByte('\n')
		} else if b.Len() > 0 {
			b.WriteByte(' ')
		}
		sent = t.Sentence
		spans[t.ID] = news.Span{Start: b.Len(), End: b.Len() + len(t.Text)}
		b.WriteString(t.Text)
	}
	inst := map[string]string{}
	typ := map[string]string{}
	for _, e := range md.Entities {
		inst[e.ID], typ[e.ID] = e.Instance, e.Type
	}
	target := map[string]string{}
	for _, r := range md.Refers {
		target[r.Source.M] = r.Target.M
	}
	d := &news.Doc{Article: news.Article{ID: md.Name, Text: b.String()}}
	var gold []goldMention
	for _, m := range md.Mentions {
		t := target[m.ID]
		if m.Syn != "NAM" || len(m.Anchors) == 0 || inst[t] == "" {
			continue
		}
		et := news.EntityType(typ[t])
		if et != news.PER && et != news.ORG && et != news.LOC {
			continue
		}
		s := news.Span{Start: spans[m.Anchors[0].T].Start, End: spans[m.Anchors[len(m.Anchors)-1].T].End}
		if s.End <= s.Start {
			continue
		}
		d.Entities = append(d.Entities, news.Mention{Span: s, Text: s.In(d.Text), Type: et})
		gold = append(gold, goldMention{doc: di, span: s, typ: et, instance: inst[t]})
	}
	// A tagger gives flat mentions: of nested names ("Toulouse , France")
	// only the innermost are kept.
	var flat []news.Mention
	var flatGold []goldMention
	for i, g := range gold {
		outer := false
		for j, h := range gold {
			if i != j && g.span.Start <= h.span.Start && h.span.End <= g.span.End && g.span != h.span {
				outer = true
			}
		}
		if !outer {
			flat = append(flat, d.Entities[i])
			flatGold = append(flatGold, g)
		}
	}
	d.Entities = flat
	return d, flatGold, nil
}

// pairScores returns pairwise precision and recall of a clustering of the
// mentions (pred) against the gold one (gold).
func pairScores(gold, pred []string) (p, r float64) {
	pairs := func(keys ...[]string) int {
		n := map[string]int{}
		for i := range keys[0] {
			var k strings.Builder
			for _, ks := range keys {
				k.WriteString(ks[i])
				k.WriteByte(0)
			}
			n[k.String()]++
		}
		t := 0
		for _, c := range n {
			t += c * (c - 1) / 2
		}
		return t
	}
	both, g, q := pairs(gold, pred), pairs(gold), pairs(pred)
	if q > 0 {
		p = float64(both) / float64(q)
	}
	if g > 0 {
		r = float64(both) / float64(g)
	}
	return p, r
}

// TestMeantimeCrossDoc measures Merge on MEANTIME: the gold named mentions
// of people, organisations and places are given as tagger output, each topic
// (30 Wikinews articles) is merged as one story, and the resulting identities
// are scored pairwise against the gold cross-document instances, beside a
// baseline that groups identical strings.
func TestMeantimeCrossDoc(t *testing.T) {
	root := shared.Path(t, "data/meantime/intra_cross-doc_annotation")
	topics, _ := filepath.Glob(filepath.Join(root, "corpus_*"))
	if len(topics) == 0 {
		t.Skip("no MEANTIME topics")
	}
	r := New(DefaultOptions())
	var allGold, allPred, allBase []string
	for _, topic := range topics {
		files, _ := filepath.Glob(filepath.Join(topic, "*.xml"))
		sort.Strings(files)
		var docs []*news.Doc
		var gold []goldMention
		for i, f := range files {
			d, g, err := readMeantime(f, i)
			if err != nil {
				t.Fatalf("read %s: %v", f, err)
			}
			docs = append(docs, d)
			gold = append(gold, g...)
		}
		for _, d := range docs {
			if err := r.Annotate(d); err != nil {
				t.Fatal(err)
			}
		}
		r.Merge(docs)
		var gk, pk, bk []string
		for n, g := range gold {
			key := "dropped:" + strings.Repeat("x", n) // a cleaned-away mention is a singleton
			// The mention left of the gold one: of the type of the gold
			// mention if any, else the longest.
			best := 0
			for _, m := range docs[g.doc].Entities {
				score := m.Len()
				if m.Type == g.typ {
					score += 1 << 20
				}
				if m.Start >= g.span.Start && m.End <= g.span.End && score > best {
					key, best = m.Entity, score
				}
			}
			gk = append(gk, g.instance)
			pk = append(pk, key)
			bk = append(bk, strings.ToLower(g.span.In(docs[g.doc].Text)))
		}
		if os.Getenv("MEANTIME_DEBUG") != "" {
			byInst := map[string]map[string][]string{}
			for i := range gk {
				if byInst[gk[i]] == nil {
					byInst[gk[i]] = map[string][]string{}
				}
				byInst[gk[i]][pk[i]] = append(byInst[gk[i]][pk[i]], gold[i].span.In(docs[gold[i].doc].Text))
			}
			for inst, keys := range byInst {
				if len(keys) > 1 {
					t.Logf("split %s: %q", inst, keys)
				}
			}
			byKey := map[string]map[string][]string{}
			for i := range gk {
				if byKey[pk[i]] == nil {
					byKey[pk[i]] = map[string][]string{}
				}
				byKey[pk[i]][gk[i]] = append(byKey[pk[i]][gk[i]], gold[i].span.In(docs[gold[i].doc].Text))
			}
			for key, insts := range byKey {
				if len(insts) > 1 {
					t.Logf("merged %s: %q", key, insts)
				}
			}
		}
		p, rc := pairScores(gk, pk)
		bp, br := pairScores(gk, bk)
		t.Logf("%-15s mentions %4d  merge P %.3f R %.3f F1 %.3f   exact-string P %.3f R %.3f F1 %.3f",
			filepath.Base(topic), len(gk), p, rc, f1(p, rc), bp, br, f1(bp, br))
		allGold = append(allGold, gk...)
		allPred = append(allPred, pk...)
		allBase = append(allBase, bk...)
	}
	p, rc := pairScores(allGold, allPred)
	bp, br := pairScores(allGold, allBase)
	t.Logf("%-15s mentions %4d  merge P %.3f R %.3f F1 %.3f   exact-string P %.3f R %.3f F1 %.3f",
		"all topics", len(allGold), p, rc, f1(p, rc), bp, br, f1(bp, br))
	if f1(p, rc) < f1(bp, br) {
		t.Errorf("Merge F1 %.3f below the exact-string baseline %.3f", f1(p, rc), f1(bp, br))
	}
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
