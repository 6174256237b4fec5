// Command tmlrun scores the timex tagger on a directory of TimeML files and
// prints the TempEval-3 table: go run ./eval/timeml/tmlrun DIR [-errors].
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"storyline/enrich/timex"
	"storyline/eval/timeml"
)

func main() {
	showErrors := flag.Bool("errors", false, "print every disagreement")
	dating := flag.Bool("dating", false, "also score document dating (Date) against each file's DCT")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: tmlrun [-errors] DIR")
		os.Exit(2)
	}
	tg := timex.New()
	r, err := timeml.Evaluate(flag.Arg(0), tg.Tag)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if *showErrors {
		for _, e := range r.Errors {
			g, s := "-", "-"
			if e.Gold != nil {
				g = fmt.Sprintf("%q %s %s", e.Gold.Text, e.Gold.Type, e.Gold.Value)
			}
			if e.System != nil {
				s = fmt.Sprintf("%q %s %s", e.System.Text, e.System.Type, e.System.Value)
			}
			fmt.Printf("%-9s %s | gold %s | sys %s | dct %s | %s\n", e.Problems, e.File[len(e.File)-20:], g, s, e.DCT, e.Context)
		}
	}
	r.Write(os.Stdout)
	if *dating {
		if err := scoreDating(tg, flag.Arg(0)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

// scoreDating runs Date on every file's text and compares with its DCT: how
// many files get a date (coverage) and how many of those are within one day.
func scoreDating(tg *timex.Tagger, dir string) error {
	var files []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ".tml") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return err
	}
	n, dated, right := 0, 0, 0
	for _, f := range files {
		d, err := timeml.ReadFile(f)
		if err != nil {
			return err
		}
		if !d.DCTOK {
			continue
		}
		n++
		near := func(day time.Time) bool {
			diff := day.Sub(d.DCT).Hours() / 24
			return diff >= -1 && diff <= 1
		}
		if day, _, ok := tg.Date(d.Text); ok {
			dated++
			if near(day) {
				right++
			}
		}
	}
	fmt.Printf("dating: %d files, %d dated (%.1f%%), %d within a day of the DCT (%.1f%% of dated)\n",
		n, dated, 100*float64(dated)/float64(n), right, 100*float64(right)/float64(max(dated, 1)))
	return nil
}
