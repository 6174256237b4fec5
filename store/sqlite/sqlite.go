package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"storyline/store"
)

func init() {
	store.Register("sqlite", func(location string) (store.Store, error) { return Open(location) })
}

// DB is a store.Store in one SQLite file. It is safe for concurrent use.
type DB struct {
	path string
	w    *sql.DB // the single writer connection
	r    *sql.DB // read-only connections; w itself for in-memory databases

	mu     sync.RWMutex // guards closed; held for reading by every call
	closed bool

	now func() time.Time
	// hook, when set, is called by Commit after each record is written
	// (crash tests use it to stop inside a transaction).
	hook func(i int)
}

var _ store.Store = (*DB)(nil)

// Options tune Open. The zero value means defaults.
type Options struct {
	// Readers is the size of the read connection pool (default 4).
	Readers int
	// BusyTimeout is how long a connection waits for a lock held by another
	// process (default 10s).
	BusyTimeout time.Duration
}

// Open opens (creating if needed) the SQLite store at path with default
// options, migrating its schema to the current version. The path ":memory:"
// opens a private in-memory database.
func Open(path string) (*DB, error) {
	return OpenOptions(path, Options{})
}

// OpenOptions is Open with options.
func OpenOptions(path string, o Options) (*DB, error) {
	if path == "" {
		return nil, errors.New("open sqlite store: empty path")
	}
	if strings.ContainsRune(path, '?') {
		return nil, fmt.Errorf("open sqlite store %q: '?' is not allowed in a path", path)
	}
	if o.Readers <= 0 {
		o.Readers = 4
	}
	if o.BusyTimeout <= 0 {
		o.BusyTimeout = 10 * time.Second
	}
	memory := path == ":memory:"
	common := fmt.Sprintf("?_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)", o.BusyTimeout.Milliseconds())
	params := common + "&_txlock=immediate"
	if !memory {
		params += "&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-32768)"
	}
	w, err := sql.Open("sqlite", path+params)
	if err != nil {
		return nil, fmt.Errorf("open sqlite store %q: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	db := &DB{path: path, w: w, r: w, now: time.Now}
	if err := migrate(context.Background(), w, len(migrations)); err != nil {
		w.Close()
		return nil, fmt.Errorf("open sqlite store %q: %w", path, err)
	}
	if !memory {
		r, err := sql.Open("sqlite", path+common+"&_pragma=query_only(1)")
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("open sqlite store %q: %w", path, err)
		}
		r.SetMaxOpenConns(o.Readers)
		r.SetMaxIdleConns(o.Readers)
		db.r = r
	}
	return db, nil
}

// Path returns the file the store was opened on.
func (db *DB) Path() string { return db.path }

// Close closes the store; later calls return store.ErrClosed.
func (db *DB) Close() error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return store.ErrClosed
	}
	db.closed = true
	var errs []error
	if db.r != db.w {
		errs = append(errs, db.r.Close())
	}
	if _, err := db.w.Exec(`PRAGMA optimize`); err != nil {
		errs = append(errs, err)
	}
	errs = append(errs, db.w.Close())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close sqlite store %q: %w", db.path, err)
	}
	return nil
}

// enter takes the read side of the close lock; it fails once the store is
// closed. The caller must call db.mu.RUnlock when done.
func (db *DB) enter(op string) error {
	db.mu.RLock()
	if db.closed {
		db.mu.RUnlock()
		return fmt.Errorf("%s: %w", op, store.ErrClosed)
	}
	return nil
}
