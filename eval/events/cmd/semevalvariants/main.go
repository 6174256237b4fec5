// Command semevalvariants scores variants of the SemEval-2015 Task 4 system
// timeline (events.SystemOptions) on the trial data, one line per variant:
// the official-style temporal awareness and the simplified metric. It shows
// what each design choice of the system timeline gives.
//
// Usage:
//
//	go run ./eval/events/cmd/semevalvariants [../shared/data/semeval2015-timeline-trial]
package main

import (
	"fmt"
	"os"

	"storyline/enrich/event"
	"storyline/eval/events"
	"storyline/pipeline"
)

func main() {
	dir := "../shared/data/semeval2015-timeline-trial"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	chain, err := pipeline.NewChain()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	def := events.DefaultSystem()
	type variant struct {
		name string
		opt  events.SystemOptions
	}
	with := func(f func(o *events.SystemOptions)) events.SystemOptions {
		o := def
		f(&o)
		return o
	}
	variants := []variant{
		{"default", def},
		{"story timeline only (before)", events.SystemOptions{Story: true}},
		{"tagged events only", with(func(o *events.SystemOptions) { o.Story = false })},
		{"every story event naming the entity", with(func(o *events.SystemOptions) { o.StoryTakesPart = false })},
		{"target name matched in entity mentions only", with(func(o *events.SystemOptions) { o.Text = events.TextNever })},
		{"target name matched in the text too", with(func(o *events.SystemOptions) { o.Text = events.TextAlways })},
		{"scope: whole sentence", with(func(o *events.SystemOptions) { o.Scope = events.ScopeSentence })},
		{"scope: clause, commas bound too", with(func(o *events.SystemOptions) { o.CommaBoundary = true })},
		{"scope: window 3 tokens", with(func(o *events.SystemOptions) { o.Scope, o.Window = events.ScopeWindow, 3 })},
		{"scope: window 6 tokens", with(func(o *events.SystemOptions) { o.Scope, o.Window = events.ScopeWindow, 6 })},
		{"scope: window 10 tokens", with(func(o *events.SystemOptions) { o.Scope, o.Window = events.ScopeWindow, 10 })},
		{"dating: sentence, else undated", with(func(o *events.SystemOptions) { o.Dating = events.DateSentence })},
		{"dating: sentence, else creation date", with(func(o *events.SystemOptions) { o.Dating = events.DateSentenceOrDCT })},
		{"dating: sentence, else previous date", with(func(o *events.SystemOptions) { o.Dating = events.DateSentenceOrPrevious })},
		{"phrasal verbs not joined with their particle", with(func(o *events.SystemOptions) { o.Particles = false })},
		{"no pronouns", with(func(o *events.SystemOptions) { o.Pronouns = false })},
		{"pronouns he/she and it", with(func(o *events.SystemOptions) { o.Pronouns, o.PronounIt = true, true })},
		{"nearest entity mention not required", with(func(o *events.SystemOptions) { o.Nearest = false })},
	}

	// The tagger without its recall margin (chosen on the TBAQ dev split).
	m0 := *chain.Events.Model()
	m0.Margin = 0
	chain0 := *chain
	chain0.Events = event.New(&m0)
	fmt.Printf("%-46s %-32s %s\n", "variant", "official-style P/R/F1", "simplified P/R/F1")
	for i, v := range append(variants, variant{"tagger without its recall margin", def}) {
		c := chain
		if i == len(variants) {
			c = &chain0
		}
		r, err := events.SemEvalWith(dir, c, v.opt, nil)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		a := r.Awareness
		fmt.Printf("%-46s %5.1f %5.1f %5.1f (%d mentions)   %5.1f %5.1f %5.1f\n", v.name,
			100*a.Overall.P(), 100*a.Overall.R(), 100*a.Overall.F1(), a.Mentions,
			100*r.Overall.P(), 100*r.Overall.R(), 100*r.Overall.F1())
	}
}
