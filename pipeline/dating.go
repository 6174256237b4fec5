package pipeline

import (
	"errors"
	"fmt"

	"storyline/enrich/timex"
	"storyline/news"
	"storyline/store"
)

// needsDate reports whether d's date is unknown or only inferred, so that
// its story may date it better.
func needsDate(d *news.Doc) bool {
	return d.PublishedSource == news.DateUnknown || d.PublishedSource == news.DateInferred
}

// dateFromStories dates the undated (or inferred-date) articles of every story
// the batch touches from the story's dated articles, re-resolving their time
// expressions. Stored articles whose date changes join the batch.
func (o *owner) dateFromStories() error {
	byStory := map[string][]int{}
	for i, r := range o.batch.Records {
		if r.Story != "" {
			byStory[r.Story] = append(byStory[r.Story], i)
		}
	}
	for sid, idx := range byStory {
		undatedHere := false
		for _, i := range idx {
			if needsDate(o.batch.Records[i].Doc) {
				undatedHere = true
			}
		}
		if !undatedHere && o.e.undated[sid] == 0 {
			continue
		}
		members, err := o.storyMembers(sid, idx)
		if err != nil {
			return err
		}
		var dated []*news.Doc
		for _, r := range members {
			if !needsDate(r.Doc) && !r.Doc.Published.IsZero() {
				dated = append(dated, r.Doc)
			}
		}
		if len(dated) == 0 {
			continue
		}
		sc := timex.ContextOf(dated)
		for _, r := range members {
			d := r.Doc
			if !needsDate(d) {
				continue
			}
			day, conf, ok := o.e.chain.Times.DateInStory(d.Text, sc)
			if !ok || (d.PublishedSource == news.DateInferred && d.Published.Equal(day)) {
				continue
			}
			wasUnknown := d.PublishedSource == news.DateUnknown
			if err := o.e.chain.Redate(d, day, conf); err != nil {
				return fmt.Errorf("redate %s: %w", d.ID, err)
			}
			if _, ok := o.inBatch[d.ID]; !ok {
				o.inBatch[d.ID] = len(o.batch.Records)
				o.batch.Records = append(o.batch.Records, *r)
			}
			if wasUnknown {
				o.e.undated[sid]--
			}
			if err := o.touch(sid, d); err != nil {
				return err
			}
		}
	}
	return nil
}

// storyMembers returns the records of story sid: the stored ones (unless the
// batch replaces them) and the batch's records at idx.
func (o *owner) storyMembers(sid string, idx []int) ([]*store.Record, error) {
	stored, err := o.e.st.StoryArticles(o.ctx, sid)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("load story %s: %w", sid, err)
	}
	var out []*store.Record
	for _, r := range stored {
		if _, replaced := o.inBatch[r.Doc.ID]; !replaced {
			out = append(out, r)
		}
	}
	for _, i := range idx {
		out = append(out, &o.batch.Records[i])
	}
	return out, nil
}
