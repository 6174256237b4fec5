package event

import (
	"reflect"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"  \n\t ", nil},
		{"Bombs exploded.", []string{"Bombs", "exploded", "."}},
		{"It's the U.S. embassy, Mr. Smith said.", []string{"It", "'s", "the", "U.S.", "embassy", ",", "Mr.", "Smith", "said", "."}},
		{"They don't know.", []string{"They", "do", "n't", "know", "."}},
		{"a cease-fire and write-downs", []string{"a", "cease-fire", "and", "write-downs"}},
		{"``Quoted,'' he said", []string{"``", "Quoted", ",", "''", "he", "said"}},
		{"(see below)", []string{"(", "see", "below", ")"}},
		{"rose 5.5% to $27.50", []string{"rose", "5.5%", "to", "$27.50"}},
		{"now--later", []string{"now", "--", "later"}},
		{"war—peace", []string{"war", "—", "peace"}},
		{"Jobs’ death", []string{"Jobs", "’", "death"}},
		{"the ’90s", []string{"the", "’90s"}},
		{"and/or", []string{"and", "/", "or"}},
		{"end.", []string{"end", "."}},
		{"\xff\xfe bad", []string{"\xff\xfe", "bad"}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Tokenize(tt.text) {
			got = append(got, tt.text[s.Start:s.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ word, want string }{
		{"exploded", "explod"},
		{"explodes", "explod"},
		{"explode", "explod"},
		{"killing", "kill"},
		{"killed", "kill"},
		{"stopped", "stop"},
		{"agreements", "agree"},
		{"bombings", "bomb"},
		{"said", "said"},
		{"is", "is"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := string(stem([]byte(tt.word))); got != tt.want {
			t.Errorf("stem(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
