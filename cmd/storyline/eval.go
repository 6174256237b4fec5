package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"storyline/enrich/entity"
	"storyline/eval/clusters"
	"storyline/eval/conll"
	"storyline/eval/events"
	"storyline/eval/polnear"
	"storyline/eval/timeml"
	"storyline/news"
	"storyline/pipeline"
)

// evaluator is one `storyline eval KIND` subcommand.
type evaluator struct {
	kind, arg, about string
	run              func(env *cliEnv, path string) error
}

func evaluators() []evaluator {
	return []evaluator{
		{"timeml", "DIR", "time expressions against TimeML files (TempEval-3: strict/relaxed span F1, type accuracy, value F1; the DCT is given and not scored)", evalTimeML},
		{"conll", "FILE", "entity mentions against a CoNLL-2003 file (conlleval exact-span precision/recall/F1, overall and per type)", evalCoNLL},
		{"polnear", "DIR", "quotes against PolNeAR brat attributions (quoted content overlap >= 50%: P/R/F1; speaker accuracy on proper-name sources, by surname)", evalPolNeAR},
		{"seeds", "DIR", "story views of a seeds directory against its gold (DIR/../gold/seeds.json): timeline events with accepted dates and overlapping articles, flags, discrepancies, corroborations, cited summary", evalSeeds},
		{"meantime", "DIR", "event dating against MEANTIME (gold event mentions TLINKed to a dated TIMEX3, dated by the topic's story timeline: P/R/F1)", evalMEANTIME},
		{"semeval", "DIR", "entity timelines against the SemEval-2015 Task 4 trial data (a sentence-level simplification, and official-style temporal awareness of the timeline graphs: P/R/F1 each)", evalSemEval},
		{"clusters", "FILE", "online story clustering against JSON Lines with a gold \"story\" field or the UCI headline CSV (BCubed and pairwise P/R/F1, stories, articles/s)", evalClusters},
	}
}

func runEval(env *cliEnv, args []string) error {
	fs := newFlags(env, "eval", "KIND [flags] PATH", evalAbout())
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		fs.Usage()
		return errUsage
	}
	for _, e := range evaluators() {
		if e.kind == pos[0] {
			if _, err := os.Stat(pos[1]); err != nil {
				return err
			}
			return e.run(env, pos[1])
		}
	}
	return fmt.Errorf("unknown evaluation %q (have %s)", pos[0], strings.Join(evalKinds(), ", "))
}

func evalAbout() string {
	var b strings.Builder
	b.WriteString("Score a capability on a data set and print the standard metrics.\n\nKinds:\n")
	for _, e := range evaluators() {
		fmt.Fprintf(&b, "  %-9s %-5s %s\n", e.kind, e.arg, e.about)
	}
	return b.String()
}

func evalKinds() []string {
	var ks []string
	for _, e := range evaluators() {
		ks = append(ks, e.kind)
	}
	sort.Strings(ks)
	return ks
}

func evalTimeML(env *cliEnv, dir string) error {
	chain, err := pipeline.NewChain()
	if err != nil {
		return err
	}
	res, err := timeml.Evaluate(dir, func(text string, dct time.Time) []news.Timex {
		return chain.Times.Tag(text, dct)
	})
	if err != nil {
		return err
	}
	res.Write(env.stdout)
	return nil
}

func evalCoNLL(env *cliEnv, path string) error {
	tg, err := entity.Load()
	if err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	start := time.Now()
	res, err := conll.Eval(f, tg.TagDocument)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := res.Write(env.stdout); err != nil {
		return err
	}
	el := time.Since(start)
	fmt.Fprintf(env.stdout, "tagged %d tokens in %.2fs (%.0f tokens/s, one goroutine)\n", res.Tokens, el.Seconds(), float64(res.Tokens)/el.Seconds())
	return nil
}

func evalClusters(env *cliEnv, path string) error {
	chain, err := pipeline.NewChain()
	if err != nil {
		return err
	}
	res, err := clusters.Evaluate(path, func(d *news.Doc) {
		d.Sentences = nil
		_ = chain.Annotate(d)
	})
	if err != nil {
		return err
	}
	res.Print(env.stdout, path)
	return nil
}

func evalPolNeAR(env *cliEnv, dir string) error {
	chain, err := pipeline.NewChain()
	if err != nil {
		return err
	}
	res, err := polnear.Evaluate(dir, func(text string) []news.Quote {
		d := &news.Doc{Article: news.Article{Text: text}}
		if err := chain.Annotate(d); err != nil {
			return nil
		}
		return d.Quotes
	})
	if err != nil {
		return err
	}
	res.Write(env.stdout)
	return nil
}

func evalMEANTIME(env *cliEnv, dir string) error {
	chain, err := pipeline.NewChain()
	if err != nil {
		return err
	}
	res, err := events.MEANTIME(dir, chain, nil)
	if err != nil {
		return err
	}
	res.Write(env.stdout)
	return nil
}

func evalSemEval(env *cliEnv, dir string) error {
	chain, err := pipeline.NewChain()
	if err != nil {
		return err
	}
	res, err := events.SemEval(dir, chain, nil)
	if err != nil {
		return err
	}
	res.Write(env.stdout)
	return nil
}
