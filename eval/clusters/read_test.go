package clusters

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name, data string
		wantIDs    []string
		wantStory  []string
	}{
		{"uci csv, sorted by time", "ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP\n" +
			"2,\"Later, with comma\",http://b,B,b,s1,b,1394470371207\n" +
			"1,Earlier,http://a,A,b,s2,a,1394470370698\n", []string{"1", "2"}, []string{"s2", "s1"}},
		{"json lines", `{"id":"x","title":"T","published":"2025-02-18T10:00:00Z","story":"a"}` + "\n\n" +
			`{"id":"y","title":"U","text":"body","published":"2025-02-17","story":"b"}` + "\n", []string{"y", "x"}, []string{"b", "a"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "in")
			if err := os.WriteFile(p, []byte(tc.data), 0o644); err != nil {
				t.Fatal(err)
			}
			items, err := Read(p)
			if err != nil {
				t.Fatal(err)
			}
			if len(items) != len(tc.wantIDs) {
				t.Fatalf("%d items, want %d", len(items), len(tc.wantIDs))
			}
			for i, it := range items {
				if it.Doc.ID != tc.wantIDs[i] || it.Story != tc.wantStory[i] {
					t.Errorf("item %d = %s/%s, want %s/%s", i, it.Doc.ID, it.Story, tc.wantIDs[i], tc.wantStory[i])
				}
				if it.Doc.Text == "" || it.Doc.Published.IsZero() {
					t.Errorf("item %d: text %q published %v", i, it.Doc.Text, it.Doc.Published)
				}
			}
		})
	}
	if _, err := Read(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("no error for a missing file")
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []string
		bcubedF    float64
		pairF      float64
	}{
		{"perfect", []string{"a", "a", "b"}, []string{"x", "x", "y"}, 1, 1},
		{"all in one", []string{"a", "a", "b", "b"}, []string{"x", "x", "x", "x"}, 2 * 0.5 / 1.5, 2 * (1.0 / 3) / (1 + 1.0/3)},
		{"all apart", []string{"a", "a", "b", "b"}, []string{"1", "2", "3", "4"}, 2 * 0.5 / 1.5, 0},
	}
	for _, tc := range tests {
		s := Score(tc.gold, tc.pred)
		if abs(s.BCubedF-tc.bcubedF) > 1e-9 || abs(s.PairF-tc.pairF) > 1e-9 {
			t.Errorf("%s: BCubed F %.4f pair F %.4f, want %.4f %.4f", tc.name, s.BCubedF, s.PairF, tc.bcubedF, tc.pairF)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"x","title":"T","published":"2025-02-18T10:00:00Z","story":"a"}`))
	f.Add([]byte("{\"id\":1}\n{]"))
	f.Add([]byte("ID,TITLE,STORY,TIMESTAMP\n1,\"a,b\",s,xx\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		readJSONL(bytes.NewReader(data))
		readUCI(bytes.NewReader(data))
		parseTime(string(data))
	})
}

func TestParseTime(t *testing.T) {
	for _, s := range []string{"2025-02-18", "2025-02-18T10:00:00Z", "2025-02-18T10:00:00.123+01:00"} {
		if got, ok := parseTime(s); !ok || got.Year() != 2025 || got.Location() != time.UTC {
			t.Errorf("parseTime(%q) = %v, %v", s, got, ok)
		}
	}
}
