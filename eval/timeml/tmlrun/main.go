// Command tmlrun scores the timex tagger on a directory of TimeML files and
// prints the TempEval-3 table: go run ./eval/timeml/tmlrun [-errors] [-bytext] [-dating] DIR.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"storyline/enrich/timex"
	"storyline/eval/timeml"
	"storyline/news"
)

func main() {
	showErrors := flag.Bool("errors", false, "print every disagreement")
	dating := flag.Bool("dating", false, "also score document dating (Date) against each file's DCT")
	byText := flag.Bool("bytext", false, "print, per expression text, how many system outputs have a right value")
	cat := flag.Bool("cat", false, "read CAT XML files (*.xml, the MEANTIME corpus) instead of TimeML")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: tmlrun [-errors] [-bytext] [-dating] DIR")
		os.Exit(2)
	}
	tg := timex.New()
	total := map[string]int{}
	tag := func(text string, dct time.Time) []news.Timex {
		out := tg.Tag(text, dct)
		for _, x := range out {
			total[strings.ToLower(x.Text)]++
		}
		return out
	}
	var r timeml.Result
	var err error
	if *cat {
		r, err = timeml.EvaluateCAT(flag.Arg(0), tag)
	} else {
		r, err = timeml.Evaluate(flag.Arg(0), tag)
	}
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
	if *byText {
		printByText(r, total)
	}
	r.Write(os.Stdout)
	if *dating {
		if err := scoreDating(tg, flag.Arg(0), *cat); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

// printByText prints, for each system expression text output at least
// twice, how many outputs had a right value (spurious or wrong-value ones
// are wrong): a guide to rules whose precision is too low to keep.
func printByText(r timeml.Result, total map[string]int) {
	wrong := map[string]int{}
	for _, e := range r.Errors {
		if e.System != nil && (e.Gold == nil || strings.Contains(e.Problems, "value")) {
			wrong[strings.ToLower(e.System.Text)]++
		}
	}
	keys := make([]string, 0, len(total))
	for k := range total {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		return wrong[keys[a]] > wrong[keys[b]] || wrong[keys[a]] == wrong[keys[b]] && keys[a] < keys[b]
	})
	for _, k := range keys {
		if total[k] >= 2 && wrong[k] > 0 {
			fmt.Printf("%4d/%-4d right  %q\n", total[k]-wrong[k], total[k], k)
		}
	}
}

// scoreDating runs Date on every file's text and compares with its DCT: how
// many files get a date (coverage) and how many of those are within one day.
func scoreDating(tg *timex.Tagger, dir string, cat bool) error {
	var files []string
	ext, read := ".tml", timeml.ReadFile
	if cat {
		ext, read = ".xml", timeml.ReadCAT
	}
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(p, ext) {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return err
	}
	n, dated, right := 0, 0, 0
	for _, f := range files {
		d, err := read(f)
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
