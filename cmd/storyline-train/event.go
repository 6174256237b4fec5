package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"storyline/enrich/entity"
	"storyline/enrich/event"
	"storyline/eval/events"
)

func runEvent(args []string) error {
	fs := flag.NewFlagSet("event", flag.ExitOnError)
	data := fs.String("data", "../shared/data/tempeval3-tbaq", "TempEval-3 TBAQ directory (TimeBank/, AQUAINT/)")
	meantime := fs.String("meantime", "../shared/data/meantime", "MEANTIME directory for the out-of-corpus check (\"\" to skip)")
	out := fs.String("out", "enrich/event/model/event.gob", "model file to write (\"\" to write none)")
	clusters := fs.String("clusters", "", "word clusters of enrich/entity (e.g. enrich/entity/model/clusters.gz; \"\" for none)")
	epochs := fs.Int("epochs", 10, "training epochs")
	seed := fs.Int64("seed", 1, "shuffle seed")
	prev := fs.Bool("prev", false, "feed the previous token's label to the next")
	margin := fs.Float64("margin", -6, "added to the no-event score when tagging (below 0 favours recall); -6 is the best F1 on the dev split")
	minW := fs.Float64("minweight", 1, "prune features whose averaged weights are all below this")
	common := fs.Int("common", 5000, "frequent training words whose word scores are computed at load time")
	never := fs.Int("never", 10, "frequent words seen this often in training, never as an event, are never tagged (0: no such list)")
	dev := fs.Bool("dev", false, "hold out a dev set (every fourth AQUAINT file from the 2nd) and report it after every epoch")
	fs.Parse(args)

	trainFiles, devFiles, testFiles, err := event.SplitTBAQ(*data, *dev)
	if err != nil {
		return err
	}
	train, err := event.ReadTimeMLFiles(trainFiles)
	if err != nil {
		return err
	}
	test, err := event.ReadTimeMLFiles(testFiles)
	if err != nil {
		return err
	}
	opt := event.TrainOptions{Epochs: *epochs, Seed: *seed, Prev: *prev, Margin: float32(*margin),
		MinWeight: float32(*minW), Common: *common, NeverMin: *never, Log: os.Stderr}
	if *dev {
		if opt.Dev, err = event.ReadTimeMLFiles(devFiles); err != nil {
			return err
		}
	}
	if *clusters != "" {
		c, err := entity.ReadClusters(*clusters)
		if err != nil {
			return err
		}
		opt.Clusters, opt.ClusterBits, opt.ClusterLevels = c.Map, c.Bits, c.Levels
	}
	start := time.Now()
	m, err := event.Train(train, opt)
	if err != nil {
		return err
	}
	took := time.Since(start)
	tg := event.New(m)
	rTest := tg.Evaluate(test)
	var names []string
	for _, f := range testFiles {
		names = append(names, filepath.Base(f))
	}
	clusterName := "none"
	if *clusters != "" {
		clusterName = filepath.Base(*clusters)
	}
	m.Info = fmt.Sprintf("averaged perceptron, %d labels (no event + TimeML classes), previous label %v, margin %.2f, clusters %s; %d epochs, seed %d; "+
		"trained on TimeBank (%d files) + AQUAINT without the held-out files (%d files); held-out AQUAINT (every 4th file from the 4th, %d files) %s",
		len(event.Classes)+1, *prev, *margin, clusterName, *epochs, *seed, len(trainFiles)-countAQ(trainFiles), countAQ(trainFiles), len(testFiles), rTest)
	fmt.Fprintf(os.Stderr, "training took %s (wall clock)\n", took.Round(time.Millisecond))
	if *dev {
		// Choosing hyperparameters: the held-out figures stay unseen.
		fmt.Fprintf(os.Stderr, "dev TBAQ (strict span match): %s\n", tg.Evaluate(opt.Dev))
	} else {
		fmt.Fprintln(os.Stderr, m.Info)
		fmt.Fprintf(os.Stderr, "held-out files: %v\n", names)
		fmt.Fprintf(os.Stderr, "held-out TBAQ (strict span match): %s\n", rTest)
	}
	if *meantime != "" {
		all, head, err := events.MEANTIMEMentions(*meantime, tg)
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "MEANTIME, every sentence (strict token match): %s\n", all)
		fmt.Fprintf(os.Stderr, "MEANTIME, exhaustively annotated sentences 0-5 (strict token match): %s\n", head)
	}
	if *out == "" {
		return nil
	}
	size, err := writeModel(*out, m.Save)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d features, %.2f MB\n", *out, len(m.Keys), float64(size)/1e6)
	return nil
}

// countAQ counts the AQUAINT files of paths.
func countAQ(paths []string) int {
	n := 0
	for _, p := range paths {
		if filepath.Base(filepath.Dir(p)) == "AQUAINT" {
			n++
		}
	}
	return n
}
