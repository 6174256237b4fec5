package conll

import (
	"bytes"
	"strings"
	"testing"
)

func TestChunks(t *testing.T) {
	tests := []struct {
		tags []string
		want []Chunk
	}{
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []Chunk{{0, 2, "PER"}, {3, 4, "LOC"}}},
		// IOB1: I- starts a chunk after O; B- splits two adjacent chunks.
		{[]string{"I-ORG", "I-ORG", "B-ORG", "O"}, []Chunk{{0, 2, "ORG"}, {2, 3, "ORG"}}},
		// A type change starts a new chunk.
		{[]string{"B-PER", "I-LOC"}, []Chunk{{0, 1, "PER"}, {1, 2, "LOC"}}},
		{[]string{"O", "O"}, nil},
		{[]string{"I-MISC"}, []Chunk{{0, 1, "MISC"}}},
	}
	for _, tt := range tests {
		got := Chunks(tt.tags)
		if len(got) != len(tt.want) {
			t.Errorf("Chunks(%v) = %v, want %v", tt.tags, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Chunks(%v) = %v, want %v", tt.tags, got, tt.want)
			}
		}
	}
}

const sample = `-DOCSTART- -X- -X- O

EU NNP B-NP B-ORG
rejects VBZ B-VP O
German JJ B-NP B-MISC
call NN I-NP O

Peter NNP B-NP B-PER
Blackburn NNP I-NP I-PER
-DOCSTART- -X- -X- O

BRUSSELS NNP B-NP B-LOC
`

func TestRead(t *testing.T) {
	docs, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Sentences) != 2 || len(docs[1].Sentences) != 1 {
		t.Fatalf("got %d docs %+v", len(docs), docs)
	}
	s := docs[0].Sentences[1]
	if strings.Join(s.Tokens, " ") != "Peter Blackburn" || strings.Join(s.Gold, " ") != "B-PER I-PER" {
		t.Errorf("sentence = %+v", s)
	}
}

func TestEval(t *testing.T) {
	// Tags every capitalised token as B-ORG.
	tag := PerSentence(func(toks []string) []string {
		out := make([]string, len(toks))
		for i, w := range toks {
			out[i] = "O"
			if w[0] >= 'A' && w[0] <= 'Z' {
				out[i] = "B-ORG"
			}
		}
		return out
	})
	r, err := Eval(strings.NewReader(sample), tag)
	if err != nil {
		t.Fatal(err)
	}
	// Gold: EU/ORG German/MISC Peter Blackburn/PER BRUSSELS/LOC = 4.
	// Predicted: EU German Peter Blackburn BRUSSELS = 5, correct: EU.
	if r.Overall != (Counts{Gold: 4, Predicted: 5, Correct: 1}) {
		t.Errorf("overall = %+v", r.Overall)
	}
	if r.ByType["ORG"] != (Counts{Gold: 1, Predicted: 5, Correct: 1}) {
		t.Errorf("ORG = %+v", r.ByType["ORG"])
	}
	var b bytes.Buffer
	if err := r.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "found: 5 phrases; correct: 1.") {
		t.Errorf("table:\n%s", b.String())
	}
}

func TestAnnotate(t *testing.T) {
	in := "-DOCSTART-\n\nEU\nrejects\n\nPeter NNP\n"
	tag := PerSentence(func(toks []string) []string {
		out := make([]string, len(toks))
		for i := range out {
			out[i] = "B-X"
		}
		return out
	})
	var b bytes.Buffer
	if err := Annotate(strings.NewReader(in), &b, tag); err != nil {
		t.Fatal(err)
	}
	want := "-DOCSTART- O\n\nEU B-X\nrejects B-X\n\nPeter NNP B-X\n"
	if b.String() != want {
		t.Errorf("Annotate = %q, want %q", b.String(), want)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("a\n\n\nb c\n-DOCSTART-\n")
	f.Add("\r\n x \t y\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, s := range d.Sentences {
				if len(s.Tokens) == 0 || len(s.Tokens) != len(s.Gold) || len(s.Tokens) != len(s.Lines) {
					t.Fatalf("bad sentence %+v", s)
				}
				Chunks(s.Gold)
			}
		}
		var b bytes.Buffer
		if err := Annotate(strings.NewReader(in), &b, PerSentence(func(x []string) []string { return nil })); err != nil {
			t.Fatal(err)
		}
	})
}
