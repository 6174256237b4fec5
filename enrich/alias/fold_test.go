package alias

import "testing"

func TestKeys(t *testing.T) {
	tests := []struct{ in, key, match string }{
		{"Sergei Lavrov", "sergei-lavrov", "sergei-lavrov"},
		{"Sergey Lavrov", "sergei-lavrov", "sergei-lavrov"},
		{"Volodymyr Zelensky", "volodymyr-zelensky", "volodimir-zelenski"},
		{"Volodymyr Zelenskyy", "volodymyr-zelensky", "volodimir-zelenski"},
		{"Volodymyr Zelenskiy", "volodymyr-zelensky", "volodimir-zelenski"},
		{"Wolodymyr Selenskyj", "wolodymyr-selensky", "volodimir-selenski"},
		{"Aleksei Navalny", "aleksei-navalny", "aleksei-navalni"},
		{"Alexey Navalny", "alexei-navalny", "aleksei-navalni"},
		{"Steve Witkoff", "steve-witkoff", "steve-vitkof"},
		{"Mikhail Khodorkovsky", "mikhail-khodorkovsky", "mihail-hodorkovski"},
		{"Yuri Ushakov", "yuri-ushakov", "iuri-ushakov"},
		{"Iouri Ouchakov", "iouri-ouchakov", "iuri-uchakov"},
		{"Recep Tayyip Erdoğan", "recep-tayyip-erdogan", "recep-taip-erdogan"},
		{"U.S.", "us", "us"},
		{"Côte d'Ivoire", "cote-divoire", "cote-divoire"},
		{"JD Vance", "jd-vance", "id-vance"},
	}
	for _, tc := range tests {
		if got := keyFold(tc.in); got != tc.key {
			t.Errorf("keyFold(%q) = %q, want %q", tc.in, got, tc.key)
		}
		if got := matchFold(tc.in); got != tc.match {
			t.Errorf("matchFold(%q) = %q, want %q", tc.in, got, tc.match)
		}
	}
}

func TestParseName(t *testing.T) {
	tests := []struct {
		in    string
		class int
		sur   string
		given string
		init  byte
	}{
		{"Sergei Lavrov", nameFull, "lavrov", "sergei", 's'},
		{"S. Lavrov", nameInitials, "lavrov", "", 's'},
		{"J.D. Vance", nameInitials, "vance", "", 'j'},
		{"JD Vance", nameFull, "vance", "id", 'j'},
		{"Mike Waltz", nameFull, "valtz", "michael", 'm'},
		{"Michael Waltz", nameFull, "valtz", "michael", 'm'},
		{"Lavrov", nameShort, "lavrov", "", 0},
		{"Ursula von der Leyen", nameFull, "von-der-leien", "ursula", 'u'},
		{"von der Leyen", nameShort, "von-der-leien", "", 0},
		{"Donald J. Trump", nameFull, "trump", "donald", 'd'},
	}
	for _, tc := range tests {
		p := newLexicon().parseName(tc.in)
		if p.class != tc.class || p.surname != tc.sur || p.given != tc.given || p.initial != tc.init {
			t.Errorf("parseName(%q) = %+v, want class %d surname %q given %q initial %q", tc.in, p, tc.class, tc.sur, tc.given, tc.init)
		}
	}
	lx := newLexicon()
	if a, b := lx.parseName("Donald Trump Jr."), lx.parseName("Donald Trump"); a.compatible(b) {
		t.Errorf("a suffix tells two people apart")
	}
}

func TestTitles(t *testing.T) {
	lx := newLexicon()
	tests := []struct {
		text string
		role string // title found before the end of text
	}{
		{"US Secretary of State ", "Secretary of State"},
		{"said Foreign Minister ", "Foreign Minister"},
		{"Deputy Prime Minister ", "Deputy Prime Minister"},
		{"Minister of Foreign Affairs ", "Minister of Foreign Affairs"},
		{"Lt. Gen. ", "Lt. Gen."},
		{"Kremlin spokesperson ", "spokesperson"},
		{"National Security Adviser ", "National Security Adviser"},
		{"his Russian counterpart ", ""},
		{"the talks, ", ""},
		{"Mrs. ", "Mrs."},
	}
	for _, tc := range tests {
		s, e, ok := lx.titleBefore(tc.text, len(tc.text))
		got := ""
		if ok {
			got = tc.text[s:e]
		}
		if got != tc.role {
			t.Errorf("titleBefore(%q) = %q, want %q", tc.text, got, tc.role)
		}
	}
}
