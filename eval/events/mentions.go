package events

import (
	"fmt"
	"path/filepath"
	"sort"

	"storyline/enrich/event"
	"storyline/news"
	"storyline/text"
)

// MentionScore counts event-mention tokens, system against gold.
type MentionScore struct {
	Docs       int
	Gold, Sys  int // gold event tokens, system event mentions
	Match      int // system mentions whose span is exactly a gold event token
	Unaligned  int // system mentions that are not exactly one token of the document
	MultiToken int // gold mentions of more than one token (each token counts)
}

// P returns the precision.
func (s MentionScore) P() float64 { return ratio(s.Match, s.Sys) }

// R returns the recall.
func (s MentionScore) R() float64 { return ratio(s.Match, s.Gold) }

// F1 returns the harmonic mean of P and R.
func (s MentionScore) F1() float64 {
	if s.Gold+s.Sys == 0 {
		return 0
	}
	return 2 * float64(s.Match) / float64(s.Gold+s.Sys)
}

// String prints the figures on one line.
func (s MentionScore) String() string {
	return fmt.Sprintf("P %.1f%% R %.1f%% F1 %.1f%% (%d matched, %d system, %d gold tokens; %d documents, %d system mentions not one document token, %d multi-token gold mentions)",
		100*s.P(), 100*s.R(), 100*s.F1(), s.Match, s.Sys, s.Gold, s.Docs, s.Unaligned, s.MultiToken)
}

// MEANTIMEMentions scores an event-mention tagger on the event mentions of
// the MEANTIME corpus in dir (the folder holding
// intra_cross-doc_annotation/corpus_*), by strict token match: each
// document's text is rebuilt from its tokens (NewLayout), split into
// sentences by text.Sentences and tagged; a system mention is correct when
// its span is exactly the span of a token anchored by a gold EVENT_MENTION.
// Gold counts the distinct anchored tokens (a mention of several tokens
// counts each). The first score covers every sentence; the second only the
// sentences numbered 0 to 5 (the title, the date line and the first four
// sentences), the part of each article whose events MEANTIME annotates
// exhaustively: every such sentence holds a gold event in the corpus (the
// date line excepted), against about half of the later ones.
func MEANTIMEMentions(dir string, tagger *event.Tagger) (all, head MentionScore, err error) {
	var sc, hd MentionScore
	files, _ := filepath.Glob(filepath.Join(dir, "intra_cross-doc_annotation", "corpus_*", "*.xml"))
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join(dir, "corpus_*", "*.xml"))
	}
	if len(files) == 0 {
		return sc, hd, fmt.Errorf("meantime %s: no corpus_*/*.xml files", dir)
	}
	sort.Strings(files)
	for _, f := range files {
		d, err := ReadCAT(f)
		if err != nil {
			return sc, hd, err
		}
		l := NewLayout(d)
		sys := tagger.Tag(l.Text, text.Sentences(l.Text, nil))
		sc.add(scoreMentions(d, l, sys, -1))
		hd.add(scoreMentions(d, l, sys, meantimeHead))
	}
	return sc, hd, nil
}

// meantimeHead is the last sentence number of the exhaustively annotated
// head of a MEANTIME article.
const meantimeHead = 5

// scoreMentions scores the system mentions sys of document d laid out as l;
// with maxSent >= 0, only in the sentences numbered up to maxSent.
func scoreMentions(d *Document, l *Layout, sys []news.EventMention, maxSent int) MentionScore {
	sc := MentionScore{Docs: 1}
	in := func(i int) bool { return maxSent < 0 || d.Tokens[i].Sentence <= maxSent }
	gold := map[news.Span]bool{}
	for _, toks := range d.Events {
		if len(toks) == 0 || !in(toks[0]) {
			continue
		}
		if len(toks) > 1 {
			sc.MultiToken++
		}
		for _, i := range toks {
			gold[l.Tokens[i]] = true
		}
	}
	tokens := make(map[news.Span]int, len(l.Tokens))
	for i, t := range l.Tokens {
		tokens[t] = i
	}
	sc.Gold = len(gold)
	for _, m := range sys {
		i, ok := tokens[m.Span]
		if ok && !in(i) || !ok && maxSent >= 0 && l.LineAt(m.Start) >= 0 && !lineIn(d, l, l.LineAt(m.Start), maxSent) {
			continue
		}
		sc.Sys++
		if !ok {
			sc.Unaligned++
		}
		if gold[m.Span] {
			sc.Match++
		}
	}
	return sc
}

// lineIn reports whether line ln of layout l holds a sentence numbered up
// to maxSent.
func lineIn(d *Document, l *Layout, ln, maxSent int) bool {
	for n, line := range l.Sentences {
		if line == ln {
			return n <= maxSent
		}
	}
	return false
}

func (s *MentionScore) add(o MentionScore) {
	s.Docs += o.Docs
	s.Gold += o.Gold
	s.Sys += o.Sys
	s.Match += o.Match
	s.Unaligned += o.Unaligned
	s.MultiToken += o.MultiToken
}
