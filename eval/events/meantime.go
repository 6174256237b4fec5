package events

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"storyline/news"
	"storyline/pipeline"
	"storyline/text"
)

// overlapRels are the TLINK relation types under which an event happens
// within (or around) its time expression.
var overlapRels = map[string]bool{"SIMULTANEOUS": true, "INCLUDES": true, "IS_INCLUDED": true, "DURING": true, "DURING_INV": true, "IDENTITY": true}

// anchored is a gold event mention anchored to dated time expressions.
type anchored struct {
	doc     string
	line    int
	values  []string
	dctOnly bool
}

// anchoredMentions returns the event mentions of d linked by an overlap
// TLINK to a TIMEX3 of type DATE or TIME with a calendar value.
func anchoredMentions(d *Document, l *Layout, docID string) []anchored {
	vals := map[string][]string{}
	fromText := map[string]bool{}
	for _, tl := range d.TLinks {
		if !overlapRels[tl.Rel] {
			continue
		}
		for _, p := range [][2]string{{tl.Source, tl.Target}, {tl.Target, tl.Source}} {
			ev, tx := p[0], p[1]
			t := d.Timex[tx]
			if _, isEvent := d.Events[ev]; !isEvent || t == nil || (t.Type != "DATE" && t.Type != "TIME") {
				continue
			}
			if _, _, ok := interval(t.Value); !ok {
				continue
			}
			vals[ev] = append(vals[ev], t.Value)
			if !t.Creation {
				fromText[ev] = true
			}
		}
	}
	ids := make([]string, 0, len(vals))
	for id := range vals {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var out []anchored
	for _, id := range ids {
		toks := d.Events[id]
		if len(toks) == 0 {
			continue
		}
		out = append(out, anchored{doc: docID, line: l.LineOfToken(toks[0]), values: vals[id], dctOnly: !fromText[id]})
	}
	return out
}

// MEANTIME scores event dating on the MEANTIME corpus in dir (the folder
// holding intra_cross-doc_annotation/corpus_*), building each topic as one
// story with documents annotated by chain, and writes the figures to w.
func MEANTIME(dir string, chain *pipeline.Chain, w io.Writer) (Result, error) {
	topics, _ := filepath.Glob(filepath.Join(dir, "intra_cross-doc_annotation", "corpus_*"))
	if len(topics) == 0 {
		topics, _ = filepath.Glob(filepath.Join(dir, "corpus_*"))
	}
	if len(topics) == 0 {
		return Result{}, fmt.Errorf("meantime %s: no corpus_* topic folders", dir)
	}
	sort.Strings(topics)
	r := Result{Dataset: "MEANTIME", Overall: Score{Name: "all"},
		Metric: "event-dating accuracy: gold event mentions TLINKed (overlap relations) to a DATE/TIME TIMEX3 whose sentence a story timeline event dates with an overlapping interval; P over mentions in sentences the system dates, R over all anchored mentions"}
	for _, topic := range topics {
		if err := scoreTopic(topic, chain, &r); err != nil {
			return r, err
		}
	}
	if w != nil {
		r.Write(w)
	}
	return r, nil
}

// scoreTopic builds the documents of one topic folder as one story and adds
// its scores to r.
func scoreTopic(topic string, chain *pipeline.Chain, r *Result) error {
	files, _ := filepath.Glob(filepath.Join(topic, "*.xml"))
	sort.Strings(files)
	var docs []*news.Doc
	layouts := map[string]*Layout{}
	var gold []anchored
	for _, f := range files {
		d, l, nd, err := loadDoc(f, chain, r)
		if err != nil {
			return err
		}
		if layouts[nd.ID] != nil {
			return fmt.Errorf("meantime %s: duplicate document id %s", f, nd.ID)
		}
		layouts[nd.ID] = l
		docs = append(docs, nd)
		gold = append(gold, anchoredMentions(d, l, nd.ID)...)
	}
	name := strings.TrimPrefix(filepath.Base(topic), "corpus_")
	s, dated := dateSentences(name, docs, layouts)
	sys := map[sentKey][]string{}
	for _, x := range dated {
		k := sentKey{x.Doc, x.Line}
		sys[k] = append(sys[k], x.Date)
	}
	times := map[sentKey][]string{} // the system's DATE time expressions per sentence
	for _, d := range docs {
		for _, tx := range d.Times {
			if tx.Type == "DATE" {
				k := sentKey{d.ID, layouts[d.ID].LineAt(tx.Start)}
				times[k] = append(times[k], tx.Value)
			}
		}
	}
	sc := Score{Name: name}
	for _, g := range gold {
		sc.Gold++
		if g.dctOnly {
			r.DCTGold++
		}
		k := sentKey{g.doc, g.line}
		dates := sys[k]
		if len(dates) == 0 {
			r.NoEvent++
			if anyCompatible(times[k], g.values) {
				r.NoEventTimex++
			}
			continue
		}
		sc.Sys++
		if anyCompatible(dates, g.values) {
			sc.Found++
			sc.SysCorrect++
			if g.dctOnly {
				r.DCTFound++
			}
		}
	}
	r.Docs += len(docs)
	r.Events += len(s.Timeline)
	r.Groups = append(r.Groups, sc)
	r.Overall.add(sc)
	return nil
}

// anyCompatible reports whether one of the system dates overlaps one of the gold values.
func anyCompatible(sys, gold []string) bool {
	for _, s := range sys {
		for _, g := range gold {
			if compatible(s, g) {
				return true
			}
		}
	}
	return false
}

// loadDoc reads a CAT file, lays out its text and annotates it with chain.
func loadDoc(path string, chain *pipeline.Chain, r *Result) (*Document, *Layout, *news.Doc, error) {
	d, err := ReadCAT(path)
	if err != nil {
		return nil, nil, nil, err
	}
	l := NewLayout(d)
	nd := NewsDoc(d, l, path)
	skipped, err := annotate(chain, nd)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("annotate %s: %w", path, err)
	}
	if len(skipped) > 0 {
		r.Warnings = append(r.Warnings, fmt.Sprintf("%s: annotator panic, layers left out: %s", filepath.Base(path), strings.Join(skipped, ", ")))
	}
	return d, l, nd, nil
}

// annotate runs chain over d. Should an annotator panic, the document is
// annotated again layer by layer, leaving out the layers that panic, so that
// one bad document cannot stop an evaluation; the layers left out are
// returned.
func annotate(chain *pipeline.Chain, d *news.Doc) (skipped []string, err error) {
	if safely(func() error { return chain.Annotate(d) }, &err) {
		return nil, err
	}
	d.Sentences = text.Sentences(d.Text, d.Headings)
	d.Entities, d.Times, d.Events, d.Quotes = nil, nil, nil, nil
	type layer struct {
		name string
		a    news.Annotator
	}
	layers := []layer{{"entities", chain.Entities}, {"aliases", chain.Aliases}, {"times", chain.Times}}
	if chain.Events != nil {
		layers = append(layers, layer{"events", chain.Events})
	}
	layers = append(layers, layer{"quotes", chain.Quotes})
	for _, l := range layers {
		var lerr error
		if !safely(func() error { return l.a.Annotate(d) }, &lerr) {
			skipped = append(skipped, l.name)
			continue
		}
		if lerr != nil {
			return skipped, lerr
		}
	}
	return skipped, nil
}

// safely runs f, storing its error in err; it reports false when f panics.
func safely(f func() error, err *error) (ok bool) {
	defer func() {
		if p := recover(); p != nil {
			ok = false
		}
	}()
	*err = f()
	return true
}
