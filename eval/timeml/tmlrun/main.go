// Command tmlrun scores the timex tagger on a directory of TimeML files and
// prints the TempEval-3 table: go run ./eval/timeml/tmlrun DIR [-errors].
package main

import (
	"flag"
	"fmt"
	"os"

	"storyline/enrich/timex"
	"storyline/eval/timeml"
)

func main() {
	showErrors := flag.Bool("errors", false, "print every disagreement")
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
}
