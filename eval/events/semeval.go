package events

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"storyline/news"
	"storyline/pipeline"
	"storyline/story"
)

// GoldMention is one event mention of a gold timeline.
type GoldMention struct {
	Order    int
	Date     string // TIMEX3 value; XXXX-XX-XX when undated
	Doc      string
	Sentence int
	Word     string
}

// Timeline is the gold timeline of one target entity.
type Timeline struct {
	Entity   string
	Mentions []GoldMention
}

// ParseTimeline reads a SemEval-2015 Task 4 timeline: the target entity on
// the first line, then one line per timeline slot, tab-separated: order,
// date, and event mentions written docid-sentence-word.
func ParseTimeline(r io.Reader) (Timeline, error) {
	var tl Timeline
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if tl.Entity == "" {
			tl.Entity = strings.TrimSpace(line)
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return tl, fmt.Errorf("parse timeline line %d: %d fields, want order, date, mentions", n, len(f))
		}
		order, err := strconv.Atoi(strings.TrimSpace(f[0]))
		if err != nil {
			return tl, fmt.Errorf("parse timeline line %d: order %q: %w", n, f[0], err)
		}
		for _, m := range f[2:] {
			m = strings.TrimSpace(m)
			if m == "" {
				continue
			}
			p := strings.SplitN(m, "-", 3)
			if len(p) != 3 {
				return tl, fmt.Errorf("parse timeline line %d: mention %q is not docid-sentence-word", n, m)
			}
			s, err := strconv.Atoi(p[1])
			if err != nil {
				return tl, fmt.Errorf("parse timeline line %d: mention %q: %w", n, m, err)
			}
			tl.Mentions = append(tl.Mentions, GoldMention{Order: order, Date: strings.TrimSpace(f[1]), Doc: p[0], Sentence: s, Word: p[2]})
		}
	}
	if err := sc.Err(); err != nil {
		return tl, fmt.Errorf("parse timeline: %w", err)
	}
	if tl.Entity == "" {
		return tl, fmt.Errorf("parse timeline: no target entity")
	}
	return tl, nil
}

// SemEval scores the system timelines (DefaultSystem: the event mentions
// each target entity takes part in) against the SemEval-2015 Task 4 trial
// timelines in dir (holding Corpus-trial-data_task4 and
// TimeLines_trial_data_task4_*), with documents annotated by chain, and
// writes the figures to w: a sentence-level simplification in the Result's
// scores, and the official-style temporal awareness of the timeline graphs
// in its Awareness (see the package comment).
func SemEval(dir string, chain *pipeline.Chain, w io.Writer) (Result, error) {
	return SemEvalWith(dir, chain, DefaultSystem(), w)
}

// SemEvalWith is SemEval with the system timelines built as opt says.
func SemEvalWith(dir string, chain *pipeline.Chain, opt SystemOptions, w io.Writer) (Result, error) {
	r := Result{Dataset: semevalName + " (simplified, not the official scorer)", Overall: Score{Name: "all"},
		Metric: "per target entity, (sentence, date) pairs of the system timeline: a gold timeline mention is found when the system timeline has a mention in its sentence with a compatible date (gold XXXX = any date); P over the system pairs; micro-averaged"}
	files, _ := filepath.Glob(filepath.Join(dir, "Corpus-trial-data_task4", "*.xml"))
	tlFiles, _ := filepath.Glob(filepath.Join(dir, "TimeLines_trial_data_task4*", "*.txt"))
	if len(files) == 0 || len(tlFiles) == 0 {
		return r, fmt.Errorf("semeval %s: no Corpus-trial-data_task4/*.xml or TimeLines_trial_data_task4*/*.txt", dir)
	}
	sort.Strings(files)
	sort.Strings(tlFiles)
	var docs []*news.Doc
	byID := map[string]*news.Doc{}
	layouts := map[string]*Layout{}
	cats := map[string]*Document{}
	for _, f := range files {
		d, l, nd, err := loadDoc(f, chain, &r)
		if err != nil {
			return r, err
		}
		if layouts[nd.ID] != nil {
			return r, fmt.Errorf("semeval %s: duplicate document id %s", f, nd.ID)
		}
		layouts[nd.ID], cats[nd.ID], byID[nd.ID] = l, d, nd
		docs = append(docs, nd)
	}
	s, dated := dateSentences("semeval-trial", docs, layouts)
	r.Docs, r.Events = len(docs), len(s.Timeline)
	aw := &Awareness{Dataset: semevalName + ", official-style temporal awareness (token-level event mentions; comparable in kind with the task's figures)",
		Metric:  awarenessMetric,
		Overall: Score{Name: "all"}, Ordering: Score{Name: "all"}}
	baselines := Baselines()
	for _, b := range baselines {
		aw.Baselines = append(aw.Baselines, Score{Name: b.Name})
	}
	var find triggerFinder = story.Triggers
	for _, f := range tlFiles {
		b, err := os.ReadFile(f)
		if err != nil {
			return r, err
		}
		tl, err := ParseTimeline(bytes.NewReader(b))
		if err != nil {
			return r, fmt.Errorf("semeval %s: %w", f, err)
		}
		var tagged []GoldMention
		if opt.Tagged {
			tagged = taggedTimeline(entityPatterns(tl.Entity), docs, cats, layouts, opt)
		}
		var sys Timeline
		if opt.Story {
			var entries, unmapped int
			sys, entries, unmapped = systemTimeline(tl.Entity, s, dated, find, byID, cats, layouts, opt)
			aw.Entries += entries
			aw.Unmapped += unmapped
		}
		sys = mergeTimeline(tl.Entity, sys.Mentions, tagged)
		aw.Tagged += len(tagged)
		aw.Mentions += len(sys.Mentions)

		sc, misplaced := scoreTimeline(tl, timelineEntries(sys.Mentions, layouts), layouts, cats)
		r.Misplaced += misplaced
		r.Groups = append(r.Groups, sc)
		r.Overall.add(sc)

		gold, repeated := TimelineGraph(tl)
		aw.Repeated += repeated
		sg, _ := TimelineGraph(sys)
		all, ordering := TemporalAwareness(tl.Entity, sg, gold)
		aw.Groups = append(aw.Groups, all)
		aw.Overall.add(all)
		aw.Ordering.add(ordering)
		for i, b := range baselines {
			bg, _ := TimelineGraph(b.Derive(tl))
			sc, _ := TemporalAwareness(b.Name, bg, gold)
			aw.Baselines[i].add(sc)
		}
	}
	r.Awareness = aw
	if w != nil {
		r.Write(w)
	}
	return r, nil
}

// semevalName names the data set in the printed figures.
const semevalName = "SemEval-2015 Task 4 trial"

// awarenessMetric describes the official-style metric in one line.
const awarenessMetric = "per target entity, timelines as temporal graphs (dated mention DOC-SENT-WORD IS_INCLUDED in the TIMEX3 of its date; same position SIMULTANEOUS; each position BEFORE the next; position 0 unordered, its undated mentions IS_INCLUDED in one shared XXXX-XX-XX node); system mentions: the event mentions the entity takes part in (tagged events and story-timeline triggers in its clause, nearest to it; pronouns resolved), dated by their sentence's time expression else the creation date, positions by date; temporal awareness P = |sys- ∩ gold+|/|sys-|, R = |gold- ∩ sys+|/|gold-| (- non-redundant, + closure); relation counts summed over the entities"

// systemTimeline returns the system timeline of a target entity: for every
// dated sentence whose event names the entity (as the simplified metric
// selects them), the mention of the event's trigger in that sentence,
// positioned by its date (OrderByDate); with opt.StoryTakesPart, only the
// mentions the entity takes part in (see participations). It also returns
// the number of such entries and of those whose sentence holds no phrase
// read as the trigger.
func systemTimeline(entity string, s *news.Story, dated []Dated, find triggerFinder, docs map[string]*news.Doc, cats map[string]*Document, layouts map[string]*Layout, opt SystemOptions) (tl Timeline, entries, unmapped int) {
	tl.Entity = entity
	names := entityPatterns(entity)
	seen := map[string]bool{}
	for _, x := range dated {
		if !mentionsEntity(names, x.Sentence, x.Participants) || x.Event < 0 || x.Event >= len(s.Timeline) {
			continue
		}
		entries++
		nd, d, l := docs[x.Doc], cats[x.Doc], layouts[x.Doc]
		if nd == nil || d == nil || l == nil {
			unmapped++
			continue
		}
		m, at, ok := mention(find, nd, d, l, x.Span, s.Timeline[x.Event].Trigger, x.Date)
		if !ok {
			unmapped++
			continue
		}
		if opt.StoryTakesPart && len(participations(nd, names, opt, []news.EventMention{{Span: at}})) == 0 {
			continue
		}
		if !seen[m.ID()] {
			seen[m.ID()] = true
			tl.Mentions = append(tl.Mentions, m)
		}
	}
	return OrderByDate(tl), entries, unmapped
}

// mergeTimeline returns the timeline of the story mentions and the tagged
// ones, positioned by date (OrderByDate). A mention listed twice keeps its
// first dated listing (story mentions first), else its first.
func mergeTimeline(entity string, story, tagged []GoldMention) Timeline {
	tl := Timeline{Entity: entity}
	at := map[string]int{}
	for _, m := range append(append([]GoldMention(nil), story...), tagged...) {
		id := m.ID()
		if i, ok := at[id]; ok {
			if anchorValue(tl.Mentions[i].Date) == undatedAnchor && anchorValue(m.Date) != undatedAnchor {
				tl.Mentions[i] = m
			}
			continue
		}
		at[id] = len(tl.Mentions)
		tl.Mentions = append(tl.Mentions, m)
	}
	return OrderByDate(tl)
}

// timelineEntries returns the (sentence, date) entries of system timeline
// mentions, for the simplified metric.
func timelineEntries(ms []GoldMention, layouts map[string]*Layout) []entry {
	var out []entry
	for _, m := range ms {
		l := layouts[m.Doc]
		if l == nil {
			continue
		}
		if ln, ok := l.Sentences[m.Sentence]; ok {
			out = append(out, entry{m.Doc, ln, m.Date})
		}
	}
	return out
}

// entry is one system timeline entry: a dated document sentence.
type entry struct {
	doc  string
	line int
	date string
}

// scoreTimeline scores the system entries of one target entity (its
// timeline's sentences with their dates); it also counts the gold mentions
// whose word is not in the sentence they name.
func scoreTimeline(tl Timeline, entries []entry, layouts map[string]*Layout, cats map[string]*Document) (Score, int) {
	sc := Score{Name: tl.Entity}
	var sys []entry
	seen := map[entry]bool{}
	for _, e := range entries {
		if !seen[e] {
			seen[e] = true
			sys = append(sys, e)
		}
	}
	gold := map[sentKey][]string{}
	misplaced := 0
	for _, g := range tl.Mentions {
		line := -1
		if layouts[g.Doc] == nil {
			misplaced++
		}
		if l := layouts[g.Doc]; l != nil {
			if ln, ok := l.Sentences[g.Sentence]; ok {
				line = ln
				if !lineHasWord(cats[g.Doc], l, ln, g.Word) {
					misplaced++
				}
			}
		}
		gold[sentKey{g.Doc, line}] = append(gold[sentKey{g.Doc, line}], g.Date)
		sc.Gold++
		for _, e := range sys {
			if e.doc == g.Doc && e.line == line && dateMatch(g.Date, e.date) {
				sc.Found++
				break
			}
		}
	}
	for _, e := range sys {
		sc.Sys++
		for _, gd := range gold[sentKey{e.doc, e.line}] {
			if dateMatch(gd, e.date) {
				sc.SysCorrect++
				break
			}
		}
	}
	return sc, misplaced
}

// dateMatch reports whether a system date fits a gold timeline date; an
// undated gold value (no calendar interval) fits any.
func dateMatch(gold, sys string) bool {
	if _, _, ok := interval(gold); !ok {
		return true
	}
	return compatible(gold, sys)
}

// lineHasWord reports whether a token of line ln is word, ignoring case; of
// a multiword expression ("showed_off") the first word is enough.
func lineHasWord(d *Document, l *Layout, ln int, word string) bool {
	if d == nil {
		return false
	}
	first, _, _ := strings.Cut(word, "_")
	for i, t := range d.Tokens {
		if l.LineOfToken(i) == ln && strings.EqualFold(t.Text, first) {
			return true
		}
	}
	return false
}

// entityPatterns returns the patterns that name a target entity: its full
// name (any case); for names of three words or more, their last two words;
// for two-word names ending in a capitalised word (a person's surname),
// that word, case-sensitively.
func entityPatterns(name string) []*regexp.Regexp {
	f := strings.Fields(strings.ToValidUTF8(name, "\uFFFD"))
	if len(f) == 0 {
		return nil
	}
	var out []*regexp.Regexp
	add := func(flags, words string) {
		if re, err := regexp.Compile(flags + `(^|\W)` + regexp.QuoteMeta(words) + `($|\W)`); err == nil {
			out = append(out, re)
		}
	}
	add("(?i)", strings.Join(f, " "))
	switch {
	case len(f) >= 3:
		add("(?i)", strings.Join(f[len(f)-2:], " "))
	case len(f) == 2:
		if last := f[1]; last[0] >= 'A' && last[0] <= 'Z' {
			add("", last)
		}
	}
	return out
}

// mentionsEntity reports whether the sentence or a participant names the entity.
func mentionsEntity(pats []*regexp.Regexp, sentence string, participants []string) bool {
	for _, p := range pats {
		if p.MatchString(sentence) {
			return true
		}
		for _, x := range participants {
			if p.MatchString(x) {
				return true
			}
		}
	}
	return false
}
