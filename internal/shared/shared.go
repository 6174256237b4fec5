// Package shared locates the third-party data sets in ../shared beside the
// repository for tests, benchmarks and evaluations. The data is never copied
// into the repository; tests that need it skip when it is absent.
package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the path of the shared directory: $STORYLINE_SHARED when set,
// else the "shared" directory beside the module root. It returns "" when no
// such directory exists.
func Root() string {
	if d := os.Getenv("STORYLINE_SHARED"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			s := filepath.Join(filepath.Dir(dir), "shared")
			if fi, err := os.Stat(s); err == nil && fi.IsDir() {
				return s
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Path returns the path of rel inside the shared directory, skipping the test
// with a clear message when it is absent.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	root := Root()
	if root == "" {
		tb.Skipf("shared data not found (expected ../shared beside the repository or $STORYLINE_SHARED); skipping")
	}
	p := filepath.Join(root, rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data %s not found; skipping", p)
	}
	return p
}
