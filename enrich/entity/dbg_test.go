package entity

import (
	"os"
	"strings"
	"testing"
)

func TestDbg(t *testing.T) {
	tg := loadTagger(t)
	for _, f := range strings.Split(os.Getenv("DBG_FILES"), ",") {
		b, _ := os.ReadFile(f)
		for _, m := range tg.Tag(string(b), nil) {
			if strings.Contains(os.Getenv("DBG_GREP"), "*") || strings.Contains(m.Text, os.Getenv("DBG_GREP")) {
				t.Logf("%s %q %s", f[len(f)-8:], m.Text, m.Type)
			}
		}
	}
}
