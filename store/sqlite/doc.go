// Package sqlite is the default store.Store backend: one SQLite file (pure Go
// driver modernc.org/sqlite, no cgo) with an FTS5 full-text index. It
// registers itself as "sqlite", so store.Open("news.db") and
// store.Open("sqlite:news.db") both open a file here.
//
// The file runs in WAL mode with synchronous=NORMAL (a killed process never
// loses or half-applies a committed batch; a power cut may lose the last
// ones). Writes go through a single connection that begins IMMEDIATE
// transactions, so concurrent writers queue instead of failing with
// "database is locked"; reads use a separate pool of read-only connections
// and see the last committed state while a Commit runs.
//
// Layout: articles(seq, id, hash, story, …, text, doc) where doc is the JSON
// of news.Doc without its text (Published and DateOnly, which are not in the
// JSON, have their own columns); stories(id, title, created, updated, size,
// merged_into); articles_fts, an FTS5 index over title and text with the
// articles table as external content, kept in sync inside Commit. The schema
// is versioned in schema_migrations; Open migrates older files and refuses
// files written by a newer version.
package sqlite
