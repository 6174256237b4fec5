package layers

import (
	"go/build"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const module = "storyline"

// forbidden lists, per package prefix, the module packages it must not import.
var forbidden = []struct {
	pkg    string   // package path prefix (module-relative)
	denied []string // module-relative prefixes it may not import
}{
	{"news", []string{""}}, // the vocabulary imports nothing of the module
	{"text", []string{"store", "pipeline", "cmd", "extract", "ingest", "enrich", "dedup", "cluster", "story", "api", "web"}},
	{"ingest", []string{"store", "pipeline", "cmd", "enrich", "dedup", "cluster", "story", "api", "web"}},
	{"extract", []string{"store", "pipeline", "cmd", "enrich", "dedup", "cluster", "story", "api", "web"}},
	{"enrich", []string{"store", "pipeline", "cmd", "dedup", "cluster", "story", "api", "web"}},
	{"dedup", []string{"store/", "pipeline", "cmd", "story", "api", "web"}},
	{"cluster", []string{"store/", "pipeline", "cmd", "story", "api", "web"}},
	{"story", []string{"store", "pipeline", "cmd", "api", "web"}},
	{"store", []string{"pipeline", "cmd", "enrich", "extract", "ingest", "dedup", "cluster", "story", "api", "web"}},
	{"eval", []string{"store/", "cmd"}}, // eval commands (eval/.../cmd/...) may open a store backend: see below
	{"queue", []string{"store", "pipeline", "cmd", "extract", "enrich", "dedup", "cluster", "story", "api", "web"}},
}

func TestImportLayers(t *testing.T) {
	root := moduleRoot(t)
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		name := d.Name()
		if p != root && (strings.HasPrefix(name, ".") || name == "testdata") {
			return filepath.SkipDir
		}
		pkg, err := build.ImportDir(p, 0)
		if err != nil {
			return nil // no Go files here
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		for _, imp := range pkg.Imports {
			if !strings.HasPrefix(imp, module+"/") {
				continue
			}
			target := strings.TrimPrefix(imp, module+"/")
			if target == "internal/shared" {
				continue
			}
			for _, rule := range forbidden {
				if rel != rule.pkg && !strings.HasPrefix(rel, rule.pkg+"/") {
					continue
				}
				for _, deny := range rule.denied {
					if rule.pkg == "eval" && deny == "store/" && strings.Contains(rel, "/cmd/") {
						continue // a benchmark command picks a storage backend, as cmd/ does
					}
					if denies(deny, target) && !(rule.pkg == "store" && (target == "store" || strings.HasPrefix(target, "store/"))) {
						t.Errorf("%s imports %s, which its layer may not use", rel, target)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// denies reports whether a deny entry covers the module-relative import path
// target: "" covers everything, "x/" only sub-packages of x, "x" x and its
// sub-packages.
func denies(deny, target string) bool {
	switch {
	case deny == "":
		return true
	case strings.HasSuffix(deny, "/"):
		return strings.HasPrefix(target, deny)
	default:
		return target == deny || strings.HasPrefix(target, deny+"/")
	}
}

func moduleRoot(t *testing.T) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found")
		}
		dir = parent
	}
}
