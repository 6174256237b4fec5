package quote
import ("strings";"testing";"time")
func TestWorstTiming(t *testing.T) {
	for _, s := range []string{
		strings.Repeat(`and “x” he said, `, 5000),
		strings.Repeat(`Smith, Jones, `, 20000) + "said “a”",
		strings.Repeat(`“a” `, 20000),
		strings.Repeat(`he `, 50000) + `said “x”`,
		strings.Repeat("“a\n", 20000),
		strings.Repeat(`, saying “x” `, 5000),
	} {
		st := time.Now()
		Extract(s, nil)
		t.Logf("%d bytes: %v", len(s), time.Since(st))
	}
}
