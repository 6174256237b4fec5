package main

// The store backends selectable with --db: a file path or "sqlite:PATH"
// (default), "postgres://…" for PostgreSQL, "mem:" for a throwaway in-memory store.
import (
	_ "storyline/store/memstore"
	_ "storyline/store/postgres"
	_ "storyline/store/sqlite"
)
