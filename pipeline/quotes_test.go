package pipeline

import (
	"testing"

	"storyline/news"
)

// TestQuoteSpeakersThroughTheChain runs the whole annotation chain on
// attributions the quote rules once misread with real entity mentions
// around them.
func TestQuoteSpeakersThroughTheChain(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // speaker name per quote, in order
	}{
		{"counted adverbial is not an organisation",
			"Chief executive Anna Berg spoke to the press in Detroit on Monday about the restructured carmaker.\n" +
				"She stated that she expected the new Detroit Motors to make “safe cars of tomorrow,” and several times described what she anticipated as “better” cars.\n",
			[]string{"Anna Berg", "Anna Berg"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := chain(t).Doc(&news.Raw{Input: tt.name, ID: "q", Format: "text", Body: []byte(tt.text), Title: "Test"})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, q := range d.Quotes {
				got = append(got, q.SpeakerName)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("speakers %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("quote %d: speaker %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}
