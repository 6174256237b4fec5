package store

import "context"

// ScanPages drives a paged scan for a backend: it asks page for the records
// whose Seq is past after, in Seq order, and calls fn on each until page
// returns none or fn returns an error, which ScanPages returns. No
// transaction needs to be held while fn runs, so fn may use the store.
func ScanPages(ctx context.Context, page func(ctx context.Context, after int64) ([]*Record, error), fn func(*Record) error) error {
	return scanPages(ctx, page, func(r *Record) int64 { return r.Seq }, fn)
}

// ScanHeadPages is ScanPages for article heads.
func ScanHeadPages(ctx context.Context, page func(ctx context.Context, after int64) ([]*Head, error), fn func(*Head) error) error {
	return scanPages(ctx, page, func(h *Head) int64 { return h.Seq }, fn)
}

func scanPages[T any](ctx context.Context, page func(ctx context.Context, after int64) ([]T, error), seq func(T) int64, fn func(T) error) error {
	var after int64
	for {
		recs, err := page(ctx, after)
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return nil
		}
		for _, r := range recs {
			if err := fn(r); err != nil {
				return err
			}
		}
		after = seq(recs[len(recs)-1])
	}
}
