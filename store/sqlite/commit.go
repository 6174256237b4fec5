package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"time"

	"storyline/store"
)

// The statements a Commit runs, prepared once per transaction.
const (
	sqlUpsertStory = `INSERT INTO stories(id, title, created, updated) VALUES(?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET title = excluded.title, created = excluded.created, updated = excluded.updated`
	sqlEnsureStory   = `INSERT INTO stories(id, title, created, updated) VALUES(?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`
	sqlMergedInto    = `SELECT merged_into FROM stories WHERE id = ?`
	sqlFindArticle   = `SELECT seq, story, title, text FROM articles WHERE id = ?`
	sqlInsertArticle = `INSERT INTO articles(id, hash, story, duplicate_of, similarity, published, date_only,
		title, text, doc, signature, explain, ingested) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	sqlUpdateArticle = `UPDATE articles SET id = ?, hash = ?, story = ?, duplicate_of = ?, similarity = ?, published = ?,
		date_only = ?, title = ?, text = ?, doc = ?, signature = ?, explain = ? WHERE seq = ?`
	sqlFTSInsert = `INSERT INTO articles_fts(rowid, title, text) VALUES(?, ?, ?)`
	sqlFTSDelete = `INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES('delete', ?, ?, ?)`
	sqlSize      = `UPDATE stories SET size = (SELECT count(*) FROM articles WHERE story = ?1) WHERE id = ?1`
)

// Commit stores a batch in one transaction: story heads are upserted, then
// records (a record naming a merged story joins the survivor; one naming an
// unknown story creates its head), then merges are applied and the sizes of
// every touched story recomputed. On any error nothing is kept.
func (db *DB) Commit(ctx context.Context, b *store.Batch) error {
	if err := db.enter("commit"); err != nil {
		return err
	}
	defer db.mu.RUnlock()
	if b == nil {
		return nil
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	c := &committer{tx: tx, ctx: ctx, now: db.now().UTC(), hook: db.hook,
		resolved: map[string]string{}, touched: map[string]bool{}}
	if err := c.run(b); err != nil {
		tx.Rollback()
		return fmt.Errorf("commit: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// committer applies one batch inside a transaction.
type committer struct {
	tx    *sql.Tx
	ctx   context.Context
	now   time.Time
	hook  func(int)
	stmts map[string]*sql.Stmt

	resolved map[string]string // story id → survivor, valid until the next merge
	touched  map[string]bool   // stories whose size must be recomputed
}

// stmt returns the prepared statement for query.
func (c *committer) stmt(query string) (*sql.Stmt, error) {
	if s, ok := c.stmts[query]; ok {
		return s, nil
	}
	s, err := c.tx.PrepareContext(c.ctx, query)
	if err != nil {
		return nil, err
	}
	if c.stmts == nil {
		c.stmts = map[string]*sql.Stmt{}
	}
	c.stmts[query] = s
	return s, nil
}

func (c *committer) exec(query string, args ...any) (sql.Result, error) {
	s, err := c.stmt(query)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(c.ctx, args...)
}

func (c *committer) queryRow(query string, args ...any) (*sql.Row, error) {
	s, err := c.stmt(query)
	if err != nil {
		return nil, err
	}
	return s.QueryRowContext(c.ctx, args...), nil
}

func (c *committer) run(b *store.Batch) error {
	for i, h := range b.Stories {
		if h.ID == "" {
			return fmt.Errorf("story %d: empty id", i)
		}
		if _, err := c.exec(sqlUpsertStory, h.ID, h.Title, formatStamp(h.Created), formatStamp(h.Updated)); err != nil {
			return fmt.Errorf("story %q: %w", h.ID, err)
		}
		c.touched[h.ID] = true
	}
	for i := range b.Records {
		if err := c.record(i, &b.Records[i]); err != nil {
			return err
		}
		if c.hook != nil {
			c.hook(i)
		}
	}
	for i, m := range b.Merges {
		if err := c.merge(i, m); err != nil {
			return err
		}
	}
	ids := make([]string, 0, len(c.touched))
	for id := range c.touched {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if _, err := c.exec(sqlSize, id); err != nil {
			return fmt.Errorf("size of story %q: %w", id, err)
		}
	}
	return nil
}

// resolve follows merges from a story id to its survivor.
func (c *committer) resolve(id string) (string, error) {
	if id == "" {
		return "", nil
	}
	if s, ok := c.resolved[id]; ok {
		return s, nil
	}
	cur := id
	for range 64 {
		row, err := c.queryRow(sqlMergedInto, cur)
		if err != nil {
			return "", err
		}
		var next string
		if err := row.Scan(&next); errors.Is(err, sql.ErrNoRows) {
			break
		} else if err != nil {
			return "", fmt.Errorf("resolve story %q: %w", id, err)
		}
		if next == "" {
			break
		}
		cur = next
	}
	c.resolved[id] = cur
	return cur, nil
}

func (c *committer) record(i int, r *store.Record) error {
	if r.Doc == nil {
		return fmt.Errorf("record %d: nil doc", i)
	}
	d := r.Doc
	if d.ID == "" {
		return fmt.Errorf("record %d: empty article id", i)
	}
	storyID, err := c.resolve(r.Story)
	if err != nil {
		return fmt.Errorf("article %q: %w", d.ID, err)
	}
	doc, err := encodeDoc(d)
	if err != nil {
		return err
	}
	var seq int64
	var oldStory, oldTitle, oldText string
	row, err := c.queryRow(sqlFindArticle, d.ID)
	if err != nil {
		return fmt.Errorf("article %q: %w", d.ID, err)
	}
	switch err := row.Scan(&seq, &oldStory, &oldTitle, &oldText); {
	case errors.Is(err, sql.ErrNoRows):
		seq = 0
	case err != nil:
		return fmt.Errorf("article %q: %w", d.ID, err)
	}
	ingested := r.Ingested
	if ingested.IsZero() {
		ingested = c.now
	}
	if storyID != "" {
		t := d.Published
		if t.IsZero() {
			t = ingested
		}
		if _, err := c.exec(sqlEnsureStory, storyID, d.Title, formatStamp(t), formatStamp(t)); err != nil {
			return fmt.Errorf("article %q: story %q: %w", d.ID, storyID, err)
		}
		c.touched[storyID] = true
	}
	sig := store.EncodeSignature(r.Signature)
	if seq == 0 {
		res, err := c.exec(sqlInsertArticle, d.ID, d.Hash, storyID, r.DuplicateOf, r.Similarity,
			formatPublished(d.Published), d.DateOnly, d.Title, d.Text, doc, sig, r.Explain, formatStamp(ingested))
		if err != nil {
			return fmt.Errorf("insert article %q: %w", d.ID, err)
		}
		if seq, err = res.LastInsertId(); err != nil {
			return fmt.Errorf("insert article %q: %w", d.ID, err)
		}
		if _, err := c.exec(sqlFTSInsert, seq, d.Title, d.Text); err != nil {
			return fmt.Errorf("index article %q: %w", d.ID, err)
		}
		return nil
	}
	// Replace: the old story loses the article, the index follows the text.
	if oldStory != "" {
		c.touched[oldStory] = true
	}
	reindex := oldTitle != d.Title || oldText != d.Text
	if reindex {
		if _, err := c.exec(sqlFTSDelete, seq, oldTitle, oldText); err != nil {
			return fmt.Errorf("unindex article %q: %w", d.ID, err)
		}
	}
	if _, err := c.exec(sqlUpdateArticle, d.ID, d.Hash, storyID, r.DuplicateOf, r.Similarity,
		formatPublished(d.Published), d.DateOnly, d.Title, d.Text, doc, sig, r.Explain, seq); err != nil {
		return fmt.Errorf("update article %q: %w", d.ID, err)
	}
	if reindex {
		if _, err := c.exec(sqlFTSInsert, seq, d.Title, d.Text); err != nil {
			return fmt.Errorf("index article %q: %w", d.ID, err)
		}
	}
	return nil
}

// head is the part of a story head a merge reads.
type head struct {
	title, created, updated string
}

func (c *committer) head(id string) (*head, error) {
	var h head
	err := c.tx.QueryRowContext(c.ctx, `SELECT title, created, updated FROM stories WHERE id = ?`, id).
		Scan(&h.title, &h.created, &h.updated)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("story %q: %w", id, err)
	}
	return &h, nil
}

func (c *committer) merge(i int, m store.Merge) error {
	if m.From == "" || m.Into == "" {
		return fmt.Errorf("merge %d (%q into %q): empty story id", i, m.From, m.Into)
	}
	from, err := c.resolve(m.From)
	if err != nil {
		return err
	}
	into, err := c.resolve(m.Into)
	if err != nil {
		return err
	}
	if from == into {
		return nil
	}
	fh, err := c.head(from)
	if err != nil {
		return err
	}
	if fh == nil {
		fh = &head{}
		if _, err := c.exec(sqlEnsureStory, from, "", "", ""); err != nil {
			return fmt.Errorf("merge %q into %q: %w", from, into, err)
		}
	}
	ih, err := c.head(into)
	if err != nil {
		return err
	}
	if ih == nil {
		ih = &head{title: fh.title}
		if _, err := c.exec(sqlEnsureStory, into, fh.title, "", ""); err != nil {
			return fmt.Errorf("merge %q into %q: %w", from, into, err)
		}
	}
	created, updated := ih.created, ih.updated
	if fh.created != "" && (created == "" || fh.created < created) {
		created = fh.created
	}
	if fh.updated > updated {
		updated = fh.updated
	}
	steps := []struct {
		query string
		args  []any
	}{
		{`UPDATE stories SET created = ?, updated = ? WHERE id = ?`, []any{created, updated, into}},
		{`UPDATE articles SET story = ? WHERE story = ?`, []any{into, from}},
		{`UPDATE stories SET merged_into = ? WHERE merged_into = ? OR id = ?`, []any{into, from, from}},
	}
	for _, s := range steps {
		if _, err := c.tx.ExecContext(c.ctx, s.query, s.args...); err != nil {
			return fmt.Errorf("merge %q into %q: %w", from, into, err)
		}
	}
	clear(c.resolved)
	c.touched[from], c.touched[into] = true, true
	return nil
}
