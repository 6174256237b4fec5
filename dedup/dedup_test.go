package dedup

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"storyline/internal/shared"
)

const wire = `The central bank raised its benchmark interest rate by a quarter point on Tuesday, citing persistent inflation in services and a tight labour market. Policymakers voted seven to two for the increase, the governor told reporters at a news conference in the capital. Two members preferred to keep rates on hold until more data on wages arrived. Markets had expected the move, and the currency was little changed after the announcement. The bank said further increases could be needed if price pressures did not ease over the coming months.`

func TestCheck(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		hash      string
		wantDup   bool
		wantExact bool
	}{
		{"exact hash", "whatever the text", "h-wire", true, true},
		{"same text, other hash", wire, "h2", true, false},
		{"near copy: words changed", strings.Replace(strings.Replace(wire, "Tuesday", "Wednesday", 1), "seven to two", "seven-two", 1), "h3", true, false},
		{"near copy: boilerplate added", wire + " Sign up for our newsletter to get the top stories every morning.", "h4", true, false},
		{"unrelated", `A storm brought heavy snow to the mountains on Sunday, closing roads and schools across the region while crews worked through the night to restore power to thousands of homes.`, "h5", false, false},
		{"empty", "", "h6", false, false},
	}
	ix := New(DefaultOptions())
	ix.Add("wire", "h-wire", ix.Signature(wire), time.Time{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, ok := ix.Check("x", tc.hash, ix.Signature(tc.text))
			if ok != tc.wantDup || v.Exact != tc.wantExact {
				t.Fatalf("Check = %+v, %v; want dup %v exact %v", v, ok, tc.wantDup, tc.wantExact)
			}
			if ok && v.Of != "wire" {
				t.Errorf("Of = %q, want wire", v.Of)
			}
		})
	}
}

func TestLineage(t *testing.T) {
	ix := New(DefaultOptions())
	a := wire
	b := wire + " Reporting by our correspondent."
	c := b + " Editing by the desk."
	for _, d := range []struct{ id, text string }{{"a", a}, {"b", b}, {"c", c}} {
		sig := ix.Signature(d.text)
		ix.Check(d.id, "", sig)
		ix.Add(d.id, "", sig, time.Time{})
	}
	if got := ix.Root("c"); got != "a" {
		t.Errorf("Root(c) = %q, want a", got)
	}
	if got := ix.Root("a"); got != "a" {
		t.Errorf("Root(a) = %q, want a", got)
	}
	if got := strings.Join(ix.Copies("a"), ","); got != "b,c" {
		t.Errorf("Copies(a) = %q, want b,c", got)
	}
	if ix.Parent("a") != "" {
		t.Errorf("Parent(a) = %q, want none", ix.Parent("a"))
	}
}

func TestSignatureDeterministic(t *testing.T) {
	a, b := New(DefaultOptions()), New(DefaultOptions())
	sa, sb := a.Signature(wire), b.Signature(wire)
	if Similarity(sa, sb) != 1 {
		t.Fatal("same text gave different signatures")
	}
	if got := Similarity(a.Signature(strings.ToUpper(wire)), sa); got != 1 {
		t.Errorf("case changed the signature: similarity %.2f", got)
	}
}

func TestWindowEvicts(t *testing.T) {
	o := DefaultOptions()
	o.Window = 2
	ix := New(o)
	for i, id := range []string{"a", "b", "c"} {
		text := strings.Repeat(id+" word ", 30) + wire[i*10:]
		ix.Add(id, "", ix.Signature(text), time.Time{})
	}
	if ix.Len() != 2 {
		t.Errorf("Len = %d, want 2", ix.Len())
	}
}

// TestMSRPNegatives checks that no negative paraphrase pair (label 0) of
// the Microsoft Research Paraphrase corpus is flagged as a duplicate when
// each sentence is treated as a document.
func TestMSRPNegatives(t *testing.T) {
	for _, name := range []string{"data/msrp/msr_paraphrase_train.txt", "data/msrp/msr_paraphrase_test.txt"} {
		f, err := os.Open(shared.Path(t, name))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		pairs, flagged := 0, 0
		for sc.Scan() {
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) < 5 || cols[0] != "0" {
				continue
			}
			pairs++
			ix := New(DefaultOptions())
			ix.Add("a", "", ix.Signature(cols[3]), time.Time{})
			if v, ok := ix.Check("b", "", ix.Signature(cols[4])); ok {
				flagged++
				t.Errorf("%s: negative pair flagged (%.2f): %q / %q", name, v.Similarity, cols[3], cols[4])
			}
		}
		f.Close()
		if pairs == 0 {
			t.Errorf("%s: no negative pairs read", name)
		}
		t.Logf("%s: %d negative pairs, %d flagged", name, pairs, flagged)
	}
}

func FuzzSignature(f *testing.F) {
	for _, s := range []string{"", "a", wire, "ünïcödé 日本語 text", "\xff\xfe broken utf8", "one two three four"} {
		f.Add(s)
	}
	ix := New(DefaultOptions())
	f.Fuzz(func(t *testing.T, text string) {
		sig := ix.Signature(text)
		if len(sig) != DefaultOptions().Hashes {
			t.Fatalf("signature length %d", len(sig))
		}
		if Similarity(sig, ix.Signature(text)) != 1 && strings.TrimSpace(text) != "" && Cardinality(sig) > 0 {
			t.Fatal("signature not deterministic")
		}
		ix.Check("f", "", sig)
	})
}

func BenchmarkSignature(b *testing.B) {
	ix := New(DefaultOptions())
	text := strings.Repeat(wire+" ", 4)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		ix.Signature(text)
	}
}

func BenchmarkCheckAdd(b *testing.B) {
	ix := New(DefaultOptions())
	words := strings.Fields(wire)
	b.SetBytes(int64(len(wire)))
	i := 0
	for b.Loop() {
		words[i%len(words)] = "w" + string(rune('a'+i%26))
		text := strings.Join(words, " ")
		sig := ix.Signature(text)
		id := string(rune(i))
		ix.Check(id, "", sig)
		ix.Add(id, "", sig, time.Time{})
		i++
	}
}

// TestWindowEviction checks that signatures leave the search window in
// order, across several rebuilds of the bucket map, and that copies of
// documents still in the window are found.
func TestWindowEviction(t *testing.T) {
	opt := DefaultOptions()
	opt.Window = 4
	ix := New(opt)
	texts := make([]string, 20)
	for i := range texts {
		// distinct documents: every word differs between them
		var b strings.Builder
		for j := range 60 {
			fmt.Fprintf(&b, "w%d_%d ", i, j)
		}
		texts[i] = b.String()
	}
	for i, text := range texts {
		ix.Add(fmt.Sprint("d", i), "", ix.Signature(text), time.Time{})
		for j := 0; j <= i; j++ {
			v, ok := ix.Check("copy", "", ix.Signature(texts[j]))
			want := i-j < opt.Window
			if ok != want || ok && v.Of != fmt.Sprint("d", j) {
				t.Fatalf("after adding d%d: copy of d%d found=%v (%+v), want found=%v", i, j, ok, v, want)
			}
		}
	}
	if ix.Len() != opt.Window {
		t.Errorf("Len = %d, want %d", ix.Len(), opt.Window)
	}
	if ix.heads.Len() > 2*opt.Window*opt.Bands {
		t.Errorf("bucket maps hold %d heads, want at most %d", ix.heads.Len(), 2*opt.Window*opt.Bands)
	}
}

// TestRestore checks that restoring stored verdicts rebuilds lineage and
// exact hashes without searching, and that only documents restored with a
// signature can be found as originals of later copies.
func TestRestore(t *testing.T) {
	ix := New(DefaultOptions())
	old := strings.Repeat("old report about the harbour strike ", 10)
	ix.Restore("a", "ha", nil, time.Time{}, "")                // older than the window
	ix.Restore("b", "hb", ix.Signature(wire), time.Time{}, "") // in the window
	ix.Restore("c", "hc", ix.Signature(wire), time.Time{}, "b")
	if ix.Parent("c") != "b" || ix.Root("c") != "b" || strings.Join(ix.Copies("b"), ",") != "c" {
		t.Errorf("lineage: parent %q root %q copies %v", ix.Parent("c"), ix.Root("c"), ix.Copies("b"))
	}
	if v, ok := ix.Check("x", "ha", ix.Signature(old)); !ok || v.Of != "a" || !v.Exact {
		t.Errorf("exact copy of a restored document: %+v %v", v, ok)
	}
	if _, ok := ix.Check("y", "", ix.Signature(old)); ok {
		t.Errorf("a document restored without a signature was found as a near copy")
	}
	if v, ok := ix.Check("z", "", ix.Signature(wire)); !ok || v.Of != "b" && v.Of != "c" {
		t.Errorf("near copy of a restored document: %+v %v", v, ok)
	}
	ix.Restore("c", "hc", nil, time.Time{}, "a") // twice: nothing changes
	if ix.Parent("c") != "b" {
		t.Errorf("restoring twice changed the lineage: %q", ix.Parent("c"))
	}
}
