package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"storyline/store"
)

const (
	sqlUpsertStory = `INSERT INTO stories(id, title, created, updated) VALUES($1, $2, $3, $4)
		ON CONFLICT (id) DO UPDATE SET title = excluded.title, created = excluded.created, updated = excluded.updated`
	sqlEnsureStory   = `INSERT INTO stories(id, title, created, updated) VALUES($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`
	sqlUpsertArticle = `INSERT INTO articles(id, hash, story, duplicate_of, similarity, published, date_only,
			title, text, doc, signature, explain, ingested)
		VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
		ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, story = excluded.story,
			duplicate_of = excluded.duplicate_of, similarity = excluded.similarity,
			published = excluded.published, date_only = excluded.date_only, title = excluded.title,
			text = excluded.text, doc = excluded.doc, signature = excluded.signature, explain = excluded.explain
		WHERE (articles.hash, articles.story, articles.duplicate_of, articles.similarity, articles.published,
			articles.date_only, articles.title, articles.text, articles.doc, articles.signature, articles.explain)
		IS DISTINCT FROM (excluded.hash, excluded.story, excluded.duplicate_of, excluded.similarity,
			excluded.published, excluded.date_only, excluded.title, excluded.text, excluded.doc,
			excluded.signature, excluded.explain)`
	sqlSizes = `UPDATE stories s SET size = (SELECT count(*) FROM articles a WHERE a.story = s.id)
		WHERE s.id = ANY($1)`
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
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	defer tx.Rollback(ctx) // a no-op once committed
	c := &committer{tx: tx, ctx: ctx, now: db.now().UTC(), touched: map[string]bool{}}
	if err := c.run(b); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	// The batch is stored; a failed ANALYZE only leaves statistics stale.
	db.noteCommitted(ctx, len(b.Records))
	return nil
}

// committer applies one batch inside a transaction.
type committer struct {
	tx      pgx.Tx
	ctx     context.Context
	now     time.Time
	touched map[string]bool // stories whose size must be recomputed
}

func (c *committer) run(b *store.Batch) error {
	if _, err := c.tx.Exec(c.ctx, `SELECT pg_advisory_xact_lock(`+lockKey+`)`); err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	var heads pgx.Batch
	for i, h := range b.Stories {
		if h.ID == "" {
			return fmt.Errorf("story %d: empty id", i)
		}
		title, _ := safeText(h.Title)
		heads.Queue(sqlUpsertStory, h.ID, title, toTime(h.Created), toTime(h.Updated))
		c.touched[h.ID] = true
	}
	if err := c.send(&heads); err != nil {
		return fmt.Errorf("story heads: %w", err)
	}
	if err := c.records(b.Records); err != nil {
		return err
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
	if _, err := c.tx.Exec(c.ctx, sqlSizes, ids); err != nil {
		return fmt.Errorf("story sizes: %w", err)
	}
	return nil
}

// send runs a batch of statements and checks every result.
func (c *committer) send(b *pgx.Batch) error {
	if b.Len() == 0 {
		return nil
	}
	return c.tx.SendBatch(c.ctx, b).Close()
}

func (c *committer) records(rs []store.Record) error {
	if len(rs) == 0 {
		return nil
	}
	ids := make([]string, 0, len(rs))
	var stories []string
	for i, r := range rs {
		if r.Doc == nil {
			return fmt.Errorf("record %d: nil doc", i)
		}
		if r.Doc.ID == "" {
			return fmt.Errorf("record %d: empty article id", i)
		}
		ids = append(ids, r.Doc.ID)
		if r.Story != "" {
			stories = append(stories, r.Story)
		}
	}
	survivor, err := c.resolve(stories)
	if err != nil {
		return err
	}
	// Stories losing a replaced article need new sizes too.
	rows, err := c.tx.Query(c.ctx, `SELECT DISTINCT story FROM articles WHERE id = ANY($1) AND story <> ''`, ids)
	if err != nil {
		return fmt.Errorf("find replaced articles: %w", err)
	}
	old, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("find replaced articles: %w", err)
	}
	for _, s := range old {
		c.touched[s] = true
	}
	var batch pgx.Batch
	for _, r := range rs {
		d := r.Doc
		story := survivor[r.Story]
		ingested := r.Ingested
		if ingested.IsZero() {
			ingested = c.now
		}
		title, _ := safeText(d.Title)
		if story != "" && !c.touched[story] {
			t := d.Published
			if t.IsZero() {
				t = ingested
			}
			batch.Queue(sqlEnsureStory, story, title, t, t)
		}
		if story != "" {
			c.touched[story] = true
		}
		doc, text, err := encodeDoc(d)
		if err != nil {
			return err
		}
		explain, _ := safeText(r.Explain)
		batch.Queue(sqlUpsertArticle, d.ID, d.Hash, story, r.DuplicateOf, r.Similarity, toTime(d.Published),
			d.DateOnly, title, text, doc, store.EncodeSignature(r.Signature), explain, ingested)
	}
	if err := c.send(&batch); err != nil {
		return fmt.Errorf("store articles: %w", err)
	}
	return nil
}

// resolve maps each story id to its survivor (itself when not merged).
func (c *committer) resolve(ids []string) (map[string]string, error) {
	next := map[string]string{} // merged id → the story it was merged into
	ask := ids
	for round := 0; len(ask) > 0; round++ {
		if round == 64 {
			return nil, errLongChain
		}
		rows, err := c.tx.Query(c.ctx, `SELECT id, merged_into FROM stories WHERE id = ANY($1) AND merged_into <> ''`, ask)
		if err != nil {
			return nil, fmt.Errorf("resolve stories: %w", err)
		}
		var id, into string
		ask = nil
		_, err = pgx.ForEachRow(rows, []any{&id, &into}, func() error {
			if _, seen := next[id]; !seen {
				next[id] = into
				ask = append(ask, into)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("resolve stories: %w", err)
		}
	}
	out := map[string]string{"": ""}
	for _, id := range ids {
		s := id
		for range 64 {
			n, ok := next[s]
			if !ok {
				break
			}
			s = n
		}
		out[id] = s
	}
	return out, nil
}

// head is the part of a story head a merge reads.
type head struct {
	title            string
	created, updated pgtype.Timestamptz
}

func (c *committer) head(id string) (*head, error) {
	var h head
	err := c.tx.QueryRow(c.ctx, `SELECT title, created, updated FROM stories WHERE id = $1`, id).
		Scan(&h.title, &h.created, &h.updated)
	if errors.Is(err, pgx.ErrNoRows) {
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
	res, err := c.resolve([]string{m.From, m.Into})
	if err != nil {
		return err
	}
	from, into := res[m.From], res[m.Into]
	if from == into {
		return nil
	}
	fh, err := c.head(from)
	if err != nil {
		return err
	}
	if fh == nil {
		fh = &head{}
		if _, err := c.tx.Exec(c.ctx, sqlEnsureStory, from, "", nil, nil); err != nil {
			return fmt.Errorf("merge %q into %q: %w", from, into, err)
		}
	}
	if _, err := c.tx.Exec(c.ctx, sqlEnsureStory, into, fh.title, nil, nil); err != nil {
		return fmt.Errorf("merge %q into %q: %w", from, into, err)
	}
	var b pgx.Batch
	b.Queue(`UPDATE stories SET
			created = CASE WHEN created IS NULL OR $2::timestamptz < created THEN coalesce($2::timestamptz, created) ELSE created END,
			updated = CASE WHEN updated IS NULL OR $3::timestamptz > updated THEN coalesce($3::timestamptz, updated) ELSE updated END
		WHERE id = $1`, into, fh.created, fh.updated)
	b.Queue(`UPDATE articles SET story = $1 WHERE story = $2`, into, from)
	b.Queue(`UPDATE stories SET merged_into = $1 WHERE merged_into = $2 OR id = $2`, into, from)
	if err := c.send(&b); err != nil {
		return fmt.Errorf("merge %q into %q: %w", from, into, err)
	}
	c.touched[from], c.touched[into] = true, true
	return nil
}
