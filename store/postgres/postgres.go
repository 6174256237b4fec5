package postgres

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"storyline/store"
)

func init() {
	store.Register("postgres", func(location string) (store.Store, error) { return Open(location) })
}

// DB is a store.Store in a PostgreSQL schema. It is safe for concurrent use.
type DB struct {
	pool *pgxpool.Pool

	mu     sync.RWMutex // guards closed; held for reading by every call
	closed bool

	now func() time.Time

	statsMu    sync.Mutex
	unanalyzed int // records committed since the last ANALYZE
}

// analyzeEvery is how many committed records trigger an ANALYZE, so the
// planner keeps using the indexes while a store is bulk loaded.
const analyzeEvery = 50000

var _ store.Store = (*DB)(nil)

// Open connects to the PostgreSQL database at url (a postgres:// URL or a
// key=value connection string, as pgx accepts), checks the server is
// reachable and migrates the schema to the current version.
func Open(url string) (*DB, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("open postgres store: %w", err) // the URL may hold a password: not repeated
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open postgres store on %s: %w", cfg.ConnConfig.Host, err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres store on %s: %w", cfg.ConnConfig.Host, err)
	}
	if err := migrate(ctx, pool, len(migrations)); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres store on %s: %w", cfg.ConnConfig.Host, err)
	}
	return &DB{pool: pool, now: time.Now}, nil
}

// Analyze refreshes the planner statistics; run it after large loads.
func (db *DB) Analyze(ctx context.Context) error {
	if err := db.enter("analyze"); err != nil {
		return err
	}
	defer db.mu.RUnlock()
	if _, err := db.pool.Exec(ctx, `ANALYZE articles; ANALYZE stories`); err != nil {
		return fmt.Errorf("analyze: %w", err)
	}
	return nil
}

// noteCommitted counts committed records and runs ANALYZE (outside any
// transaction) every analyzeEvery of them.
func (db *DB) noteCommitted(ctx context.Context, n int) error {
	db.statsMu.Lock()
	db.unanalyzed += n
	due := db.unanalyzed >= analyzeEvery
	if due {
		db.unanalyzed = 0
	}
	db.statsMu.Unlock()
	if !due {
		return nil
	}
	if _, err := db.pool.Exec(ctx, `ANALYZE articles; ANALYZE stories`); err != nil {
		return fmt.Errorf("analyze: %w", err)
	}
	return nil
}

// Close closes the connection pool; later calls return store.ErrClosed.
func (db *DB) Close() error {
	db.mu.Lock()
	defer db.mu.Unlock()
	if db.closed {
		return store.ErrClosed
	}
	db.closed = true
	db.pool.Close()
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

var errLongChain = errors.New("merge chain longer than 64")
