package store

import "context"

// ScanPages drives a paged scan for a backend: it asks page for the records
// whose Seq is past after, in Seq order, and calls fn on each until page
// returns none or fn returns an error, which ScanPages returns. No
// transaction needs to be held while fn runs, so fn may use the store.
func ScanPages(ctx context.Context, page func(ctx context.Context, after int64) ([]*Record, error), fn func(*Record) error) error {
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
		after = recs[len(recs)-1].Seq
	}
}
