package hashid

import "testing"

func TestOf(t *testing.T) {
	tests := []struct {
		parts []string
		want  string
	}{

		{[]string{""}, "6e340b9cffb37a98"},
		{[]string{"guid-1"}, "3ad98beefa798c82"},
	}
	for _, tt := range tests {
		if got := Of(tt.parts...); got != tt.want || len(got) != 16 {
			t.Errorf("Of(%q) = %q, want %q", tt.parts, got, tt.want)
		}
	}
	if Of("ab", "c") == Of("a", "bc") {
		t.Error("part boundaries ignored")
	}
	if got := Bytes([]byte("No id here.")); got != "304f011e1b665168" {
		t.Errorf("Bytes = %q", got)
	}
}
