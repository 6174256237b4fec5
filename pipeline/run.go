package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"storyline/dedup"
	"storyline/news"
	"storyline/store"
)

// Source produces raw documents for a run: it calls emit for each document
// and fail for each input it cannot read, and returns when done. It must stop
// when emit returns an error and return that error.
type Source func(ctx context.Context, emit func(*news.Raw) error, fail func(error)) error

type job struct {
	seq int
	raw *news.Raw
	err error
}

type result struct {
	seq       int
	doc       *news.Doc
	sig       []uint64
	err       error
	unchanged bool // the store already holds this article with the same text
}

// Run ingests everything src produces. Bad inputs are reported to fail (one
// call per input, from the calling goroutine) and counted; the run goes on.
// Run returns an error only when the context is cancelled or the store fails;
// batches committed before that stay committed.
func (e *Engine) Run(ctx context.Context, src Source, fail func(error)) (Summary, error) {
	if fail == nil {
		fail = func(error) {}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	start := e.opt.Clock()

	jobs := make(chan job, 4*e.opt.Workers)
	results := make(chan result, 4*e.opt.Workers)
	srcErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		seq := 0
		send := func(j job) error {
			j.seq = seq
			select {
			case jobs <- j:
				seq++
				return nil
			case <-ctx.Done():
				return errStop
			}
		}
		err := src(ctx,
			func(r *news.Raw) error { return send(job{raw: r}) },
			func(err error) { _ = send(job{err: err}) })
		srcErr <- err
	}()
	var wg sync.WaitGroup
	for range e.opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- e.work(j)
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	o := &owner{e: e, ctx: ctx, fail: fail, start: start, pending: map[int]result{}, inBatch: map[string]int{}, heads: map[string]*store.StoryRecord{}}
	var runErr error
	for r := range results {
		if runErr != nil {
			continue // drain
		}
		o.pending[r.seq] = r
		for {
			next, ok := o.pending[o.next]
			if !ok {
				break
			}
			delete(o.pending, o.next)
			o.next++
			if err := o.process(next); err != nil {
				runErr = err
				cancel()
				break
			}
		}
	}
	if runErr == nil {
		runErr = o.flush()
	}
	if err := <-srcErr; runErr == nil && err != nil && !errors.Is(err, errStop) {
		runErr = err
	}
	if runErr == nil && ctx.Err() != nil {
		runErr = ctx.Err()
	}
	sum := Summary{Progress: o.prog}
	sum.Elapsed = e.opt.Clock().Sub(start)
	if st, err := e.st.Stats(context.WithoutCancel(ctx)); err == nil {
		sum.Stories = st.Stories
	}
	return sum, runErr
}

// work runs the stateless stages of one input in a worker goroutine. A panic
// in a stage is a bug, but it costs only its input: it becomes that input's
// error and the run goes on.
func (e *Engine) work(j job) (res result) {
	defer func() {
		if p := recover(); p != nil {
			res = result{seq: j.seq, err: fmt.Errorf("%s: internal error (please report): %v", j.raw.Input, p)}
		}
	}()
	if j.err != nil {
		return result{seq: j.seq, err: j.err}
	}
	art, err := e.chain.Extract(j.raw)
	if err != nil {
		return result{seq: j.seq, err: err}
	}
	// Re-ingesting stored input is cheap: skip annotation when the store
	// already holds the same text under the same id.
	if prev, err := e.st.Article(context.Background(), art.ID); err == nil && prev.Doc.Hash == art.Hash {
		return result{seq: j.seq, unchanged: true}
	}
	d := &news.Doc{Article: *art}
	if err := e.chain.Annotate(d); err != nil {
		return result{seq: j.seq, err: err}
	}
	return result{seq: j.seq, doc: d, sig: e.dd.Signature(d.Text)}
}

// owner holds the order-dependent part of a run; only the Run goroutine uses it.
type owner struct {
	e       *Engine
	ctx     context.Context
	fail    func(error)
	start   time.Time
	next    int
	pending map[int]result
	batch   store.Batch
	inBatch map[string]int                // article id → index in batch.Records
	heads   map[string]*store.StoryRecord // story heads touched by the batch
	prog    Progress
}

func (o *owner) report() {
	if o.e.opt.Progress != nil {
		o.prog.Elapsed = o.e.opt.Clock().Sub(o.start)
		o.e.opt.Progress(o.prog)
	}
}

func (o *owner) process(r result) error {
	o.prog.Done++
	defer o.report()
	if r.err != nil {
		o.prog.Failed++
		o.fail(r.err)
		return nil
	}
	if r.unchanged {
		o.prog.Unchanged++
		return nil
	}
	d := r.doc
	if i, ok := o.inBatch[d.ID]; ok && o.batch.Records[i].Doc.Hash == d.Hash {
		o.prog.Unchanged++
		return nil
	}
	prev, err := o.e.st.Article(o.ctx, d.ID)
	switch {
	case err == nil && prev.Doc.Hash == d.Hash:
		o.prog.Unchanged++
		return nil
	case err != nil && !errors.Is(err, store.ErrNotFound):
		return fmt.Errorf("look up %s: %w", d.ID, err)
	}
	rec := store.Record{Doc: d, Signature: r.sig, Ingested: o.e.opt.Clock()}
	v, dup, err := o.duplicate(d, r.sig)
	if err != nil {
		return err
	}
	if dup {
		orig, err := o.storyOfArticle(v.Of)
		if err != nil {
			return err
		}
		rec.DuplicateOf = v.Of
		rec.Similarity = v.Similarity
		rec.Story = o.e.cl.Resolve(orig)
		rec.Explain = fmt.Sprintf("copy of %s (similarity %.2f)", v.Of, v.Similarity)
		o.prog.Duplicates++
	} else if prev != nil && prev.Story != "" {
		// A changed version of a stored article keeps its story.
		rec.Story = o.e.cl.Resolve(prev.Story)
		rec.Explain = prev.Explain
		o.e.cl.Restore(d, rec.Story)
		o.prog.Ingested++
	} else {
		a := o.e.cl.Add(d)
		rec.Story = a.Story
		rec.Explain = a.Explain
		for _, m := range a.Merged {
			o.batch.Merges = append(o.batch.Merges, store.Merge{From: m.From, Into: m.Into})
		}
		o.prog.Ingested++
	}
	o.e.dd.Restore(d.ID, d.Hash, r.sig, d.Published, rec.DuplicateOf) // the verdict is known: no second search
	o.e.storyOf.Put(d.ID, rec.Story)
	if d.PublishedSource == news.DateUnknown && rec.Story != "" && prev == nil {
		o.e.undated[rec.Story]++
	}
	if err := o.touch(rec.Story, d); err != nil {
		return err
	}
	if i, ok := o.inBatch[d.ID]; ok {
		o.batch.Records[i] = rec
	} else {
		o.inBatch[d.ID] = len(o.batch.Records)
		o.batch.Records = append(o.batch.Records, rec)
	}
	if len(o.batch.Records) >= o.e.opt.BatchSize {
		return o.flush()
	}
	return nil
}

// duplicate returns the document d copies: the near-duplicate index's
// verdict (recent documents), else an exact copy of an older stored article
// found by its hash.
func (o *owner) duplicate(d *news.Doc, sig []uint64) (dedup.Verdict, bool, error) {
	if v, ok := o.e.dd.Check(d.ID, d.Hash, sig); ok {
		return v, true, nil
	}
	if d.Hash == "" {
		return dedup.Verdict{}, false, nil
	}
	of, err := o.e.st.Hash(o.ctx, d.Hash)
	switch {
	case err == nil && of != d.ID:
		return dedup.Verdict{Of: of, Similarity: 1, Exact: true}, true, nil
	case err == nil || errors.Is(err, store.ErrNotFound):
		return dedup.Verdict{}, false, nil
	}
	return dedup.Verdict{}, false, fmt.Errorf("look up hash of %s: %w", d.ID, err)
}

// storyOfArticle returns the story of an ingested article: remembered for
// recent ones, else in the current batch or the store.
func (o *owner) storyOfArticle(id string) (string, error) {
	if s, ok := o.e.storyOf.Get(id); ok {
		return s, nil
	}
	if i, ok := o.inBatch[id]; ok {
		return o.batch.Records[i].Story, nil
	}
	r, err := o.e.st.Article(o.ctx, id)
	if err != nil {
		return "", fmt.Errorf("look up the story of %s: %w", id, err)
	}
	return r.Story, nil
}

// touch updates the head of story id for a new member d.
func (o *owner) touch(id string, d *news.Doc) error {
	if id == "" {
		return nil
	}
	h, ok := o.heads[id]
	if !ok {
		old, err := o.e.st.Story(o.ctx, id)
		switch {
		case err == nil && old.ID == id:
			h = old
		case err == nil || errors.Is(err, store.ErrNotFound):
			h = &store.StoryRecord{ID: id, Title: d.Title}
		default:
			return fmt.Errorf("look up story %s: %w", id, err)
		}
		o.heads[id] = h
	}
	t := d.Published
	if t.IsZero() {
		return nil
	}
	if h.Created.IsZero() || t.Before(h.Created) {
		h.Created = t
	}
	if t.After(h.Updated) {
		h.Updated = t
	}
	if h.Title == "" {
		h.Title = d.Title
	}
	return nil
}

// flush dates undated articles from their stories and commits the batch.
func (o *owner) flush() error {
	if len(o.batch.Records) == 0 && len(o.batch.Merges) == 0 {
		return nil
	}
	if err := o.dateFromStories(); err != nil {
		return err
	}
	for _, h := range o.heads {
		o.batch.Stories = append(o.batch.Stories, *h)
	}
	if err := o.e.st.Commit(context.WithoutCancel(o.ctx), &o.batch); err != nil {
		return fmt.Errorf("commit batch of %d articles: %w", len(o.batch.Records), err)
	}
	o.batch = store.Batch{}
	o.inBatch = map[string]int{}
	o.heads = map[string]*store.StoryRecord{}
	return nil
}
