package event

import (
	"fmt"
	"path/filepath"
	"sort"
)

// SplitTBAQ splits the TempEval-3 TBAQ corpus in dir (TimeBank/*.tml,
// AQUAINT/*.tml) as the shipped model is trained and measured: every
// fourth AQUAINT file in name order from the 4th (the 4th, 8th, ...) is the
// held-out test set, never trained on; with dev, every fourth from the 2nd
// is a dev set for choosing hyperparameters; TimeBank and the other AQUAINT
// files are the training set.
func SplitTBAQ(dir string, dev bool) (train, devSet, test []string, err error) {
	tb, _ := filepath.Glob(filepath.Join(dir, "TimeBank", "*.tml"))
	aq, _ := filepath.Glob(filepath.Join(dir, "AQUAINT", "*.tml"))
	if len(tb) == 0 || len(aq) == 0 {
		return nil, nil, nil, fmt.Errorf("tbaq %s: no TimeBank/*.tml or AQUAINT/*.tml", dir)
	}
	sort.Strings(tb)
	sort.Strings(aq)
	train = append(train, tb...)
	for i, f := range aq {
		switch {
		case i%4 == 3:
			test = append(test, f)
		case dev && i%4 == 1:
			devSet = append(devSet, f)
		default:
			train = append(train, f)
		}
	}
	return train, devSet, test, nil
}

// ReadTimeMLFiles reads TimeML files with ReadTimeML.
func ReadTimeMLFiles(paths []string) ([]Doc, error) {
	out := make([]Doc, 0, len(paths))
	for _, p := range paths {
		d, err := ReadTimeML(p)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}
