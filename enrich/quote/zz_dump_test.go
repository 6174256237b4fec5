package quote

import (
	"fmt"
	"os"
	"testing"
)

func TestDump(t *testing.T) {
	f := os.Getenv("QDUMP")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	for _, q := range Extract(string(b), nil) {
		fmt.Printf("%-8s %-22q %-10q %.90q\n", q.Kind, q.SpeakerName, q.Cue, q.Text)
	}
}
