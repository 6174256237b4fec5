package sgml

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"storyline/news"
)

func summary(r *news.Raw) string {
	pub := r.Published.Format("2006-01-02T15:04:05.00")
	if r.DateOnly {
		pub = r.Published.Format("2006-01-02")
	}
	return fmt.Sprintf("%s id=%s title=%q pub=%s body=%q flags=%v", r.Input, r.ID, r.Title, pub, r.Body, r.Flags)
}

const story = `<REUTERS NEWID="7" TOPICS="YES">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<UNKNOWN> &#5;&#5;&#5;C T
&#22;&#22;&#1;f0704&#31;reute</UNKNOWN>
<TEXT>&#2;
<TITLE>AT&amp;T &lt;T&gt; SAYS PROFIT ROSE</TITLE>
<DATELINE>    NEW YORK, Feb 26 - </DATELINE><BODY>AT&amp;T said profit rose
in the quarter.
    It gave no details.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
`

func TestRead(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		errs     []string
	}{
		{
			name: "story",
			in:   `<!DOCTYPE lewis SYSTEM "lewis.dtd">` + "\n" + story,
			want: []string{`f.sgm#1 id=reut-7 title="AT&T <T> SAYS PROFIT ROSE" pub=1987-02-26T15:01:01.79 body="AT&T said profit rose\nin the quarter.\n    It gave no details." flags=[]`},
		},
		{
			name: "brief without body",
			in: `<REUTERS NEWID="8"><DATE> 3-MAR-1987 09:00:00.00</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>SHORT ITEM HEADLINE
</TITLE>
&#3;
</TEXT></REUTERS>`,
			want: []string{`f.sgm#1 id=reut-8 title="SHORT ITEM HEADLINE" pub=1987-03-03T09:00:00.00 body="SHORT ITEM HEADLINE" flags=[]`},
		},
		{
			name: "unprocessed text, latin-1, raw control, bad time",
			in:   "<REUTERS NEWID=\"9\"><DATE>5-MAR-1987 605:12:19.12</DATE><TEXT TYPE=\"UNPROC\">&#2;\nCaf\xe9 prices\x1e rose.\nREUTER\n&#3;</TEXT></REUTERS>",
			want: []string{`f.sgm#1 id=reut-9 title="" pub=1987-03-05 body="Café prices rose." flags=[decoded:windows-1252 control-chars-dropped]`},
		},
		{
			name: "empty and truncated",
			in:   `<REUTERS NEWID="10"><TEXT>&#2;&#3;</TEXT></REUTERS><REUTERS NEWID="11"><TEXT><BODY>cut`,
			errs: []string{"f.sgm#1: element has no text", "f.sgm#2: truncated element: no </REUTERS>"},
		},
		{
			name: "none",
			in:   "<html>no</html>",
			errs: []string{"f.sgm: no <REUTERS> element"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got, errs []string
			_ = Read("f.sgm", []byte(tt.in), func(r *news.Raw) error {
				got = append(got, summary(r))
				return nil
			}, func(input string, err error) { errs = append(errs, input+": "+err.Error()) })
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if strings.Join(errs, "\n") != strings.Join(tt.errs, "\n") {
				t.Errorf("errors\n%s\nwant\n%s", strings.Join(errs, "\n"), strings.Join(tt.errs, "\n"))
			}
		})
	}
	if n := Count([]byte(story + story)); n != 2 {
		t.Errorf("Count = %d, want 2", n)
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{story, "<REUTERS NEWID=\"1\"><TEXT>&#2;x</TEXT></REUTERS>", "<REUTERS><BODY>&#", "<REUTERS <TITLE></REUTERS>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = Read("f", b, func(r *news.Raw) error {
			for _, s := range []string{string(r.Body), r.Title, r.ID} {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 %q from %q", s, b)
				}
				for _, c := range s {
					if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
						t.Fatalf("control character %U in %q from %q", c, s, b)
					}
				}
			}
			if len(r.Body) == 0 {
				t.Fatalf("empty body from %q", b)
			}
			return nil
		}, func(string, error) {})
	})
}
