package memstore

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"sync"
	"time"

	"storyline/news"
	"storyline/store"
)

func init() {
	store.Register("mem", func(string) (store.Store, error) { return New(), nil })
}

// Store is an in-memory store.Store. The zero value is not usable; call New.
type Store struct {
	mu      sync.RWMutex
	closed  bool
	seq     int64
	byID    map[string]*store.Record
	byHash  map[string][]*store.Record // records by Doc.Hash, in Seq order
	order   []*store.Record            // in Seq order
	stories map[string]*store.StoryRecord
	now     func() time.Time
}

var _ store.Store = (*Store)(nil)

// New returns an empty in-memory store.
func New() *Store {
	return &Store{
		byID:    map[string]*store.Record{},
		byHash:  map[string][]*store.Record{},
		stories: map[string]*store.StoryRecord{},
		now:     time.Now,
	}
}

// Commit stores a batch atomically: it is validated first, then applied.
func (s *Store) Commit(ctx context.Context, b *store.Batch) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	if b == nil {
		return nil
	}
	if err := validate(b); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return fmt.Errorf("commit: %w", store.ErrClosed)
	}
	touched := map[string]bool{}
	for _, h := range b.Stories {
		old := s.stories[h.ID]
		n := h
		n.Size = 0
		n.MergedInto = ""
		if old != nil {
			n.Size, n.MergedInto = old.Size, old.MergedInto
		}
		s.stories[h.ID] = &n
		touched[h.ID] = true
	}
	now := s.now().UTC()
	for i := range b.Records {
		r := copyRecord(&b.Records[i])
		r.Story = s.resolve(r.Story)
		if r.Story != "" {
			s.ensureStory(r.Story, r)
			touched[r.Story] = true
		}
		if old, ok := s.byID[r.Doc.ID]; ok {
			touched[old.Story] = true
			r.Seq, r.Ingested = old.Seq, old.Ingested
			s.unindexHash(old)
			*old = *r
			s.indexHash(old)
			continue
		}
		s.seq++
		r.Seq = s.seq
		if r.Ingested.IsZero() {
			r.Ingested = now
		}
		s.byID[r.Doc.ID] = r
		s.order = append(s.order, r)
		s.indexHash(r)
	}
	for _, m := range b.Merges {
		from, into := s.resolve(m.From), s.resolve(m.Into)
		if from == into {
			continue
		}
		f := s.ensureHead(from, nil)
		t := s.ensureHead(into, f)
		widen(t, f)
		for _, r := range s.order {
			if r.Story == from {
				r.Story = into
			}
		}
		for _, h := range s.stories {
			if h.MergedInto == from {
				h.MergedInto = into
			}
		}
		f.MergedInto = into
		touched[from], touched[into] = true, true
	}
	if len(touched) > 0 {
		sizes := map[string]int{}
		for _, r := range s.order {
			if touched[r.Story] {
				sizes[r.Story]++
			}
		}
		for id := range touched {
			if h := s.stories[id]; h != nil {
				h.Size = sizes[id]
			}
		}
	}
	return nil
}

// indexHash adds r to the hash index, keeping each list in Seq order.
func (s *Store) indexHash(r *store.Record) {
	if r.Doc.Hash == "" {
		return
	}
	rs := s.byHash[r.Doc.Hash]
	i := sort.Search(len(rs), func(i int) bool { return rs[i].Seq > r.Seq })
	s.byHash[r.Doc.Hash] = slices.Insert(rs, i, r)
}

// unindexHash removes r from the hash index.
func (s *Store) unindexHash(r *store.Record) {
	rs := s.byHash[r.Doc.Hash]
	for i, x := range rs {
		if x == r {
			rs = slices.Delete(rs, i, i+1)
			break
		}
	}
	if len(rs) == 0 {
		delete(s.byHash, r.Doc.Hash)
	} else {
		s.byHash[r.Doc.Hash] = rs
	}
}

// validate checks a batch before anything is applied.
func validate(b *store.Batch) error {
	for i, r := range b.Records {
		if r.Doc == nil {
			return fmt.Errorf("record %d: nil doc", i)
		}
		if r.Doc.ID == "" {
			return fmt.Errorf("record %d: empty article id", i)
		}
	}
	for i, h := range b.Stories {
		if h.ID == "" {
			return fmt.Errorf("story %d: empty id", i)
		}
	}
	for i, m := range b.Merges {
		if m.From == "" || m.Into == "" {
			return fmt.Errorf("merge %d (%q into %q): empty story id", i, m.From, m.Into)
		}
	}
	return nil
}

// resolve follows merges from a story id to the survivor.
func (s *Store) resolve(id string) string {
	for range 64 {
		h := s.stories[id]
		if h == nil || h.MergedInto == "" {
			return id
		}
		id = h.MergedInto
	}
	return id
}

// ensureStory creates the head of a story first seen on a record.
func (s *Store) ensureStory(id string, r *store.Record) {
	if s.stories[id] != nil {
		return
	}
	t := r.Doc.Published
	if t.IsZero() {
		t = r.Ingested
	}
	if t.IsZero() {
		t = s.now()
	}
	t = t.UTC()
	s.stories[id] = &store.StoryRecord{ID: id, Title: r.Doc.Title, Created: t, Updated: t}
}

// ensureHead returns the head of id, creating it (copying like's title and
// times when given) when it does not exist.
func (s *Store) ensureHead(id string, like *store.StoryRecord) *store.StoryRecord {
	if h := s.stories[id]; h != nil {
		return h
	}
	h := &store.StoryRecord{ID: id}
	if like != nil {
		h.Title, h.Created, h.Updated = like.Title, like.Created, like.Updated
	}
	s.stories[id] = h
	return h
}

// widen extends the time range of into to cover from's.
func widen(into, from *store.StoryRecord) {
	if !from.Created.IsZero() && (into.Created.IsZero() || from.Created.Before(into.Created)) {
		into.Created = from.Created
	}
	if from.Updated.After(into.Updated) {
		into.Updated = from.Updated
	}
}

// Article returns the record with the given article id, or store.ErrNotFound.
func (s *Store) Article(ctx context.Context, id string) (*store.Record, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, fmt.Errorf("article %q: %w", id, store.ErrClosed)
	}
	r, ok := s.byID[id]
	if !ok {
		return nil, fmt.Errorf("article %q: %w", id, store.ErrNotFound)
	}
	return copyRecord(r), nil
}

// Hash returns the id of the first stored article whose Doc.Hash is h.
func (s *Store) Hash(ctx context.Context, h string) (string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return "", fmt.Errorf("hash %q: %w", h, store.ErrClosed)
	}
	if rs := s.byHash[h]; h != "" && len(rs) > 0 {
		return rs[0].Doc.ID, nil
	}
	return "", fmt.Errorf("hash %q: %w", h, store.ErrNotFound)
}

// Scan calls fn for every article in ingest order until fn returns an error,
// which Scan returns. The store is not locked while fn runs.
func (s *Store) Scan(ctx context.Context, fn func(*store.Record) error) error {
	return scan(ctx, s, "scan", copyRecord, fn)
}

// ScanHeads calls fn for the head of every article in ingest order.
func (s *Store) ScanHeads(ctx context.Context, fn func(*store.Head) error) error {
	return scan(ctx, s, "scan heads", func(r *store.Record) *store.Head {
		h := &store.Head{Seq: r.Seq, ID: r.Doc.ID, Hash: r.Doc.Hash, Story: r.Story, DuplicateOf: r.DuplicateOf,
			Published: r.Doc.Published}
		if r.Signature != nil {
			h.Signature = append([]uint64(nil), r.Signature...)
		}
		return h
	}, fn)
}

// scan calls fn, in ingest order, with what take copies of every stored
// record under the lock; the lock is not held while fn runs.
func scan[T any](ctx context.Context, s *Store, op string, take func(*store.Record) T, fn func(T) error) error {
	for i := 0; ; i++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
		s.mu.RLock()
		if s.closed {
			s.mu.RUnlock()
			return fmt.Errorf("%s: %w", op, store.ErrClosed)
		}
		if i >= len(s.order) {
			s.mu.RUnlock()
			return nil
		}
		r := take(s.order[i])
		s.mu.RUnlock()
		if err := fn(r); err != nil {
			return err
		}
	}
}

// Story returns a story head; a merged id resolves to the surviving story.
func (s *Store) Story(ctx context.Context, id string) (*store.StoryRecord, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, fmt.Errorf("story %q: %w", id, store.ErrClosed)
	}
	h := s.stories[s.resolve(id)]
	if h == nil {
		return nil, fmt.Errorf("story %q: %w", id, store.ErrNotFound)
	}
	c := *h
	return &c, nil
}

// Stories returns the live stories by size, then last update, descending
// (ties broken by id).
func (s *Store) Stories(ctx context.Context) ([]store.StoryRecord, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, fmt.Errorf("stories: %w", store.ErrClosed)
	}
	var out []store.StoryRecord
	for _, h := range s.stories {
		if h.MergedInto == "" {
			out = append(out, *h)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Size != b.Size {
			return a.Size > b.Size
		}
		if !a.Updated.Equal(b.Updated) {
			return a.Updated.After(b.Updated)
		}
		return a.ID < b.ID
	})
	return out, nil
}

// StoryArticles returns the articles of a story (resolving merged ids) in
// ingest order, or store.ErrNotFound when the story does not exist.
func (s *Store) StoryArticles(ctx context.Context, id string) ([]*store.Record, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, fmt.Errorf("story articles %q: %w", id, store.ErrClosed)
	}
	sid := s.resolve(id)
	if s.stories[sid] == nil {
		return nil, fmt.Errorf("story articles %q: %w", id, store.ErrNotFound)
	}
	var out []*store.Record
	for _, r := range s.order {
		if r.Story == sid {
			out = append(out, copyRecord(r))
		}
	}
	return out, nil
}

// Stats counts articles, duplicates and live stories.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return store.Stats{}, fmt.Errorf("stats: %w", store.ErrClosed)
	}
	var st store.Stats
	st.Articles = len(s.order)
	for _, r := range s.order {
		if r.DuplicateOf != "" {
			st.Duplicates++
		}
	}
	for _, h := range s.stories {
		if h.MergedInto == "" {
			st.Stories++
		}
	}
	return st, nil
}

// Close marks the store closed; later calls fail with store.ErrClosed.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return store.ErrClosed
	}
	s.closed = true
	s.byID, s.byHash, s.order, s.stories = nil, nil, nil, nil
	return nil
}

// copyRecord returns a deep copy of r, so callers never share memory with the store.
func copyRecord(r *store.Record) *store.Record {
	c := *r
	c.Signature = append([]uint64(nil), r.Signature...)
	if r.Signature == nil {
		c.Signature = nil
	}
	c.Doc = copyDoc(r.Doc)
	return &c
}

// copyDoc deep-copies a document through its JSON form, the same encoding the
// SQL backends use, so every backend returns the same shapes.
func copyDoc(d *news.Doc) *news.Doc {
	if d == nil {
		return nil
	}
	data, err := json.Marshal(d)
	if err != nil {
		c := *d
		return &c
	}
	var c news.Doc
	if err := json.Unmarshal(data, &c); err != nil {
		c := *d
		return &c
	}
	c.Published, c.DateOnly = d.Published, d.DateOnly
	return &c
}
