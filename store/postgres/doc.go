// Package postgres is the scale-out store.Store backend on PostgreSQL (pgx
// with a pgxpool connection pool). It registers itself as "postgres", so
// store.Open("postgres://user@host/db?sslmode=disable") opens a store here;
// a search_path parameter in the URL selects the schema the tables live in.
//
// Layout: articles(seq bigserial, id unique, hash, story, …, text, doc bytea,
// tsv) where doc is the JSON of news.Doc without its text, published and
// date_only have their own columns, and tsv is a generated tsvector (English
// configuration, title weighted A, text B) under a GIN index; stories(id,
// title, created, updated, size, merged_into). The schema is versioned in
// schema_migrations; Open migrates older schemas under an advisory lock and
// refuses schemas written by a newer version.
//
// Each Commit is one transaction that first takes a transaction-level
// advisory lock, so commits from several processes are serialised (sizes and
// merges stay consistent) while readers see the last committed state.
// Times keep microsecond precision (timestamptz) and come back in UTC. Text
// PostgreSQL cannot hold (NUL bytes, invalid UTF-8) is indexed with those
// bytes replaced one for one, and the exact text is kept in the doc column.
package postgres
