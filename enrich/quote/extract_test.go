package quote

import (
	"strings"
	"testing"

	"storyline/news"
)

// want is one expected quote parsed from a marked-up sample.
type want struct {
	span    news.Span
	speaker string
	kind    news.QuoteKind
}

// parseMarked strips the markup of a sample text: [[…]] marks the content of
// an expected quote, and an optional {Speaker} or {Speaker|kind} right after
// it names its expected speaker ("" for none) and kind.
func parseMarked(t *testing.T, s string) (string, []want) {
	t.Helper()
	var b strings.Builder
	var ws []want
	for {
		i := strings.Index(s, "[[")
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i+2:]
		j := strings.Index(s, "]]")
		if j < 0 {
			t.Fatalf("unclosed [[ in %q", s)
		}
		w := want{span: news.Span{Start: b.Len(), End: b.Len() + j}}
		b.WriteString(s[:j])
		s = s[j+2:]
		if strings.HasPrefix(s, "{") {
			k := strings.Index(s, "}")
			spk, kind, _ := strings.Cut(s[1:k], "|")
			w.speaker, w.kind = spk, news.QuoteKind(kind)
			s = s[k+1:]
		}
		ws = append(ws, w)
	}
	return b.String(), ws
}

func TestExtract(t *testing.T) {
	cases := []struct {
		name, text string
	}{
		{"curly after, inverted", `“[[We will not back down]]{Maria Lopez},” said Maria Lopez, the mayor of Springfield.`},
		{"straight before, colon", `Mayor Tom Reed said on Monday: "[[The budget is balanced.]]{Tom Reed}"`},
		{"partial in reported speech", `Union leader Ada Novak said the offer was “[[an insult]]{Ada Novak|partial}” to workers.`},
		{"multi-paragraph quote", "Health Minister Anna Berg presented the plan on Friday.\n\n“[[We have worked for months on this.]]{Anna Berg}\n\n“[[It will save lives]]{Anna Berg},” she said."},
		{"split quote", `“[[The first part]]{John Carter},” John Carter said. “[[The second part comes later.]]{John Carter}”`},
		{"organisation and it added", `“[[Talks will resume in May]]{Finnish Foreign Ministry},” the Finnish foreign ministry said in a statement. “[[The atmosphere was constructive]]{Finnish Foreign Ministry}”, it added.`},
		{"possessive organisation", `“[[We regret the decision]]{Norwegian Foreign Ministry},” Norway's foreign ministry said.`},
		{"according to after", `The two sides agreed to “[[restore full staffing]]{US State Department}”, according to a statement by the US Department of State.`},
		{"according to whom", `“[[The door is open]]{Lena Fischer},” said Chancellor Lena Fischer, according to whom her rivals are “[[not serious]]{Lena Fischer}”.`},
		{"pronoun he told", "French President Paul Dumont spoke on Sunday.\n“[[We must act now]]{Paul Dumont},” he told AFP."},
		{"unquoted speech", `The war will end this year, Viktor Orlov told reporters in Vienna.`},
		{"title is not a quote", `He starred in “Late Night Show” for years before the move.`},
		{"nested single quotes", `"[[He told me 'never again' and left]]{Sam Ortiz}," Sam Ortiz said.`},
		{"guillemets", `Finance Minister Omar Haddad said «[[we are ready]]{Omar Haddad}».`},
		{"apposition before cue", `“[[It was a fair trial]]{Rita Moss},” Rita Moss, a lawyer for the family, said.`},
		{"relative clause before cue", `Karl Emms, who chairs the committee, said the vote was “[[a disgrace]]{Karl Emms}”.`},
		{"statement said", `Officials from both countries met in Oslo, according to the Danish foreign ministry. Both sides will “[[keep talking]]{Danish Foreign Ministry}”, the statement said.`},
		{"coordinated verb", `Senator Joan Price criticised the bill and said it was “[[dead on arrival]]{Joan Price}”.`},
		{"participle shares the subject", `On Tuesday, Governor Ed Walsh signed the law, saying it would “[[protect families]]{Ed Walsh}”.`},
		{"colon after a phrase", `Opposition leader Nora Diaz had a short reply: “[[No deal.]]{Nora Diaz}”`},
		{"lower-case words before a pronoun", "Henderson described the day as a “[[defining moment]]{Henderson|partial}”.\nSpeaking to the public he said that “[[the old firm is history.]]{Henderson}”"},
		{"two apostrophes as marks", `''[[We are done here]]{Leo Grant},'' said Leo Grant.`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text, ws := parseMarked(t, c.text)
			got := Extract(text, nil)
			if c.name == "unquoted speech" {
				ws = []want{{span: news.Span{Start: 0, End: strings.Index(text, ",")}, speaker: "Viktor Orlov", kind: news.Unquoted}}
			}
			matched := map[int]bool{}
			for _, w := range ws {
				found := false
				for i, q := range got {
					if q.Span != w.span {
						continue
					}
					found, matched[i] = true, true
					if normName(q.SpeakerName) != normName(w.speaker) {
						t.Errorf("%q: speaker %q, want %q", q.Text, q.SpeakerName, w.speaker)
					}
					if w.kind != "" && q.Kind != w.kind {
						t.Errorf("%q: kind %q, want %q", q.Text, q.Kind, w.kind)
					}
				}
				if !found {
					t.Errorf("missing quote %q; got %v", text[w.span.Start:w.span.End], texts(got))
				}
			}
			for i, q := range got {
				if !matched[i] {
					t.Errorf("unexpected quote %q (%s)", q.Text, q.SpeakerName)
				}
			}
		})
	}
}

func texts(qs []news.Quote) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Text+" <"+q.SpeakerName+">")
	}
	return out
}

func TestAnnotateUsesMentions(t *testing.T) {
	text := "Sergio Vale met the press. Vale said the deal was “fair” and “final”."
	ments := []news.Mention{
		{Span: news.Span{Start: 0, End: 11}, Text: "Sergio Vale", Type: news.PER, Entity: "sergio-vale", Name: "Sergio Vale"},
		{Span: news.Span{Start: 27, End: 31}, Text: "Vale", Type: news.PER, Entity: "sergio-vale", Name: "Sergio Vale"},
	}
	d := &news.Doc{Article: news.Article{Text: text}, Entities: ments}
	if err := New().Annotate(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Quotes) != 2 {
		t.Fatalf("got %d quotes, want 2: %v", len(d.Quotes), texts(d.Quotes))
	}
	for _, q := range d.Quotes {
		if q.Speaker != "sergio-vale" || q.SpeakerName != "Sergio Vale" || q.Cue != "said" || q.Kind != news.Partial {
			t.Errorf("got %+v", q)
		}
		if q.SpeakerSpan == nil || text[q.SpeakerSpan.Start:q.SpeakerSpan.End] != "Vale" {
			t.Errorf("speaker span %v", q.SpeakerSpan)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("“Yes,” he said. “No.”", 0, 3)
	f.Add(`"unclosed quote, said X`, 1, 4)
	f.Add("a ‘b’ «c» „d“ ''e'' ``f'' \"g\n“h\n“i”", 2, 40)
	f.Add("Smith, who, said: “", -1, 100)
	f.Add("They want peace, Zelensky told reporters in Kiev.", 17, 25)
	f.Fuzz(func(t *testing.T, text string, ms, me int) {
		var ments []news.Mention
		if ms >= 0 && me >= ms {
			ments = append(ments, news.Mention{Span: news.Span{Start: ms, End: me}, Type: news.PER, Entity: "x", Name: "X"})
		}
		for _, q := range Extract(text, ments) {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End || text[q.Start:q.End] != q.Text {
				t.Fatalf("bad span %v for %q", q.Span, text)
			}
			if s := q.SpeakerSpan; s != nil && (s.Start < 0 || s.End > len(text) || s.Start > s.End) {
				t.Fatalf("bad speaker span %v", s)
			}
		}
	})
}

// TestUnquotedCueAtUnitStart is a regression test: a strong cue that opens a
// sentence unit (found by ingesting Reuters) made the unquoted-speech rule
// index before the unit.
func TestUnquotedCueAtUnitStart(t *testing.T) {
	_ = Extract("through an offering of notes due 2030 yielding 7.10 pct,\n\nsaid lead manager Acme Securities Capital Markets.", nil)
	_ = Extract("Told reporters the plan would go ahead, and the company expects more sales this year, it said.", nil)
	_ = Extract("Told reporters in a statement, the ministry, the board and the bank.", nil)
}

func TestPlausibleName(t *testing.T) {
	for name, want := range map[string]bool{
		"": true, "Keir Starmer": true, "Ursula von der Leyen": true, "Bank of England": true,
		"point he": false, "government ownership he": false, "federal government had already": false,
	} {
		if got := plausibleName(name); got != want {
			t.Errorf("plausibleName(%q) = %v, want %v", name, got, want)
		}
	}
}
