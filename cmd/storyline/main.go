// Command storyline turns a stream of news articles into stories: clean
// articles, near-duplicates grouped, stories clustered online, and per story a
// dated timeline, who's who, who said what, where sources disagree and a cited
// summary.
//
// Usage:
//
//	storyline <command> [flags] [arguments]
//
// Run "storyline help" for the list of commands and "storyline <command> -h"
// for the flags of one.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
)

// command is one subcommand of the CLI.
type command struct {
	name    string
	args    string // argument synopsis
	summary string
	run     func(env *cliEnv, args []string) error
}

// cliEnv carries what commands may touch: the streams and the process environment.
type cliEnv struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

// errUsage marks an error whose message was already printed with usage.
var errUsage = errors.New("usage")

// exitError carries an exit status with an error that was already reported.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func commands() []command {
	return []command{
		{"ingest", "[flags] INPUT...", "ingest files, directories (recursively) or - (stdin) into the store", runIngest},
		{"worker", "[flags]", "ingest documents published to a NATS JetStream queue (scale-out ingestion)", runWorker},
		{"stories", "[flags]", "list the stories in the store", runStories},
		{"story", "[flags] ID", "show one story: summary, timeline, who's who, quotes, disagreements", runStory},
		{"search", "[flags] QUERY", "full-text search over stored articles", runSearch},
		{"export", "[flags]", "print every article and story as JSON Lines", runExport},
		{"annotate", "[flags] [FILE|-]", "run the article pipeline on one document and print its annotations as JSON", runAnnotate},
		{"eval", "KIND [flags] PATH", "score a capability on a data set (timeml, conll, polnear, clusters, seeds, ...)", runEval},
		{"demo", "[flags]", "ingest the built-in sample corpus into a store and print its stories", runDemo},
		{"version", "", "print the version", runVersion},
	}
}

func main() {
	env := &cliEnv{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	os.Exit(run(env, os.Args[1:]))
}

// run executes one command line and returns the process exit status.
func run(env *cliEnv, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		if len(args) > 1 {
			return run(env, []string{args[1], "-h"})
		}
		usage(env.stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(env, args[1:])
		var ee exitError
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		case errors.As(err, &ee):
			return ee.code
		default:
			fmt.Fprintf(env.stderr, "storyline %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(env.stderr, "storyline: unknown command %q\n\n", args[0])
	usage(env.stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprint(w, `storyline turns a stream of news articles into stories.

Usage:
  storyline <command> [flags] [arguments]

Commands:
`)
	cs := commands()
	sort.SliceStable(cs, func(i, j int) bool { return false })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Every command that reads or writes stories takes --db PATH (default ./storyline.db,
an embedded SQLite file; "postgres://..." selects PostgreSQL).

Run "storyline <command> -h" for the flags of one command.
Quick start: storyline demo
`)
}

// newFlags returns a flag set for a subcommand with a usage text listing its flags.
func newFlags(env *cliEnv, name, args, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.stderr, "Usage: storyline %s %s\n\n%s\n", name, args, about)
		var n int
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintln(env.stderr, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parse parses flags placed anywhere among the arguments ("story ID --format md"
// works as well as "story --format md ID"); "--" ends the flags. It maps a
// parse error to errUsage (the flag package has printed it) and returns the
// positional arguments.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errUsage
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// dbFlag registers the common --db flag.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "./storyline.db", "store location: a SQLite file path, or postgres://... for PostgreSQL")
}
