package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"storyline/enrich/entity"
	"storyline/eval/conll"
)

// readDocs reads a CoNLL file as training documents.
func readDocs(path string) ([]entity.TrainDoc, int, error) {
	docs, err := conll.ReadFile(path)
	if err != nil {
		return nil, 0, err
	}
	out := make([]entity.TrainDoc, len(docs))
	n := 0
	for i, d := range docs {
		for _, s := range d.Sentences {
			out[i].Tokens = append(out[i].Tokens, s.Tokens)
			out[i].Tags = append(out[i].Tags, s.Gold)
			n += len(s.Tokens)
		}
	}
	return out, n, nil
}

func runNER(args []string) error {
	fs := flag.NewFlagSet("ner", flag.ExitOnError)
	data := fs.String("data", "../shared/data/conll2003", "directory with train.txt and valid.txt")
	out := fs.String("out", "enrich/entity/model/ner.gob", "model file to write")
	clusters := fs.String("clusters", "enrich/entity/model/clusters.gz", "word clusters from \"clusters\" (\"\" for none)")
	epochs := fs.Int("epochs", 6, "training epochs")
	seed := fs.Int64("seed", 1, "shuffle seed")
	gaz := fs.Bool("gaz", true, "gazetteer features from the training entities")
	minW := fs.Float64("minweight", 0.05, "prune features whose averaged weights are all below this")
	off := fs.Uint("off", 0, "feature groups to turn off (bit mask, see entity.OffDoc...)")
	lists := fs.String("lists", "enrich/entity/model/gaz", "directory of external gazetteer lists (\"\" for none)")
	dump := fs.String("dump", "", "write valid.txt with the predicted tags to this file")
	two := fs.Bool("twostage", false, "train a second stage over first-stage labels")
	minCount := fs.Int("mincount", 1, "ignore static features seen fewer times in training")
	histNoise := fs.Float64("histnoise", 0.25, "share of word-history labels randomised in training")
	folds := fs.Int("folds", 5, "folds of the training gazetteer (documents see entities of the other folds)")
	dev := fs.Bool("dev", false, "report valid F1 after every epoch")
	viterbi := fs.Bool("viterbi", true, "structured perceptron decoded with Viterbi (false: greedy left to right)")
	foldMix := fs.Bool("foldmix", false, "give every ensemble model after the first its own gazetteer folds")
	ensemble := fs.Int("ensemble", 3, "models trained with seeds seed, seed+1, ... whose weights are averaged")
	fs.Parse(args)

	train, ntok, err := readDocs(filepath.Join(*data, "train.txt"))
	if err != nil {
		return err
	}
	valid, _, err := readDocs(filepath.Join(*data, "valid.txt"))
	if err != nil {
		return err
	}
	opt := entity.TrainOptions{Epochs: *epochs, Seed: *seed, Gazetteer: *gaz,
		MinWeight: float32(*minW), Log: os.Stderr, Off: uint32(*off), TwoStage: *two, MinCount: *minCount, HistNoise: *histNoise, Folds: *folds, Ensemble: *ensemble, FoldMix: *foldMix, Viterbi: *viterbi}
	if *dev {
		opt.Dev = valid
	}
	if *clusters != "" {
		c, err := entity.ReadClusters(*clusters)
		if err != nil {
			return err
		}
		opt.Clusters, opt.ClusterBits, opt.ClusterLevels = c.Map, c.Bits, c.Levels
	}
	if *lists != "" {
		l, err := readLists(*lists)
		if err != nil {
			return err
		}
		opt.Lists = l
	}
	start := time.Now()
	m, err := entity.Train(train, opt)
	if err != nil {
		return err
	}
	took := time.Since(start)
	r := m.Evaluate(valid)
	decoder := "greedy"
	if *viterbi {
		decoder = "Viterbi (first-order structured perceptron)"
	}
	m.Info = fmt.Sprintf("averaged perceptron, BILOU, %s, two stages %v; %d epochs, ensemble of %d (seed %d on), history noise %.2f, gazetteer %v, clusters %q; "+
		"trained on %s (%d docs, %d tokens); valid F1 %.4f",
		decoder, *two, *epochs, max(*ensemble, 1), *seed, *histNoise, *gaz, filepath.Base(*clusters), filepath.Join(filepath.Base(*data), "train.txt"),
		len(train), ntok, r.Overall.F1())
	fmt.Fprintln(os.Stderr, m.Info)
	fmt.Fprintf(os.Stderr, "training took %s (wall clock)\n", took.Round(time.Millisecond))
	r.Write(os.Stderr)
	if *dump != "" {
		if err := dumpValid(m, filepath.Join(*data, "valid.txt"), *dump); err != nil {
			return err
		}
	}
	size, err := writeModel(*out, m.Save)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d features, %.1f MB\n", *out, len(m.Keys), float64(size)/1e6)
	return nil
}

// listFiles names the external gazetteer files and their categories.
var listFiles = map[string]int{
	"first-names.txt": entity.GazFirstName,
	"surnames.txt":    entity.GazSurname,
	"countries.txt":   entity.GazCountry,
	"capitals.txt":    entity.GazCity,
	"titles.txt":      entity.GazTitle,
}

// readLists reads the external gazetteers of dir, one phrase per line.
func readLists(dir string) ([]entity.GazList, error) {
	var names []string
	for n := range listFiles {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []entity.GazList
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, fmt.Errorf("read gazetteer: %w", err)
		}
		var phrases []string
		for _, line := range strings.Split(string(data), "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
				phrases = append(phrases, line)
			}
		}
		out = append(out, entity.GazList{Category: listFiles[n], Phrases: phrases})
	}
	return out, nil
}

// dumpValid writes the validation file with one more column of predictions.
func dumpValid(m *entity.Model, in, out string) error {
	r, err := os.Open(in)
	if err != nil {
		return err
	}
	defer r.Close()
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := conll.Annotate(r, w, m.TagDocument); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
