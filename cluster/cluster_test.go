package cluster

import (
	"strings"
	"testing"
	"time"

	"storyline/news"
)

func doc(id, title, text string, day int, ents ...string) *news.Doc {
	d := &news.Doc{}
	d.ID, d.Title, d.Text = id, title, text
	if day > 0 {
		d.Published = time.Date(2025, 2, day, 12, 0, 0, 0, time.UTC)
	}
	for _, e := range ents {
		d.Entities = append(d.Entities, news.Mention{Entity: e, Text: e})
	}
	return d
}

// TestDecisions checks single decisions against a small hand-written stream.
func TestDecisions(t *testing.T) {
	base := []*news.Doc{
		doc("q1", "Earthquake strikes off coast of Chile", "A strong earthquake struck off the coast of central Chile on Monday, shaking buildings in Santiago and prompting a brief tsunami warning for coastal towns.", 10, "chile", "santiago"),
		doc("f1", "Central bank holds interest rates", "The central bank left its benchmark interest rate unchanged on Monday, saying inflation was easing but wages were still rising quickly.", 10, "central-bank"),
	}
	tests := []struct {
		name string
		d    *news.Doc
		want string // story id, or "new"
	}{
		{"same quake, next day", doc("q2", "Chile quake damages homes", "Rescuers searched damaged homes in central Chile a day after the earthquake; the tsunami warning for coastal towns was lifted and Santiago reported minor damage.", 11, "chile", "santiago"), "s-q1"},
		{"rate story follow-up", doc("f2", "Markets react to interest rate hold", "Bond markets rallied after the central bank held its benchmark interest rate, with traders betting inflation would keep easing.", 11, "central-bank"), "s-f1"},
		{"unrelated, shares a name", doc("x1", "Chile wins football friendly", "The Chile national team beat Peru two-nil in a friendly match, with both goals from its forwards in the second half.", 11, "chile", "peru"), "new"},
		{"same topic, months later", doc("q3", "Earthquake strikes off Chile coast", "A strong earthquake struck off the coast of central Chile, shaking buildings in Santiago and prompting a tsunami warning.", 0, "chile", "santiago"), "s-q1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := New(DefaultOptions())
			for _, d := range base {
				c.Add(d)
			}
			a := c.Add(tc.d)
			got := a.Story
			if a.New {
				got = "new"
			}
			if got != tc.want {
				t.Errorf("story %s, want %s: %s", got, tc.want, a.Explain)
			}
			if a.Explain == "" {
				t.Error("no explanation")
			}
		})
	}
}

func TestWindowKeepsApart(t *testing.T) {
	c := New(DefaultOptions())
	d1 := doc("a", "Earthquake strikes off coast of Chile", "A strong earthquake struck off the coast of central Chile, shaking buildings in Santiago.", 10, "chile")
	d2 := doc("b", "Earthquake strikes off coast of Chile", "A strong earthquake struck off the coast of central Chile, shaking buildings in Santiago.", 10, "chile")
	d2.Published = d1.Published.AddDate(1, 0, 0)
	c.Add(d1)
	if a := c.Add(d2); !a.New {
		t.Errorf("an article a year later joined %s", a.Story)
	}
}

func TestRestoreResolve(t *testing.T) {
	c := New(DefaultOptions())
	c.Restore(doc("a", "Chile earthquake", "Earthquake in central Chile shakes Santiago.", 10, "chile"), "s-a")
	c.Restore(doc("b", "Chile earthquake aftershocks", "Aftershocks follow the earthquake in central Chile.", 10, "chile"), "s-b")
	c.RestoreMerge("s-b", "s-a")
	if got := c.Resolve("s-b"); got != "s-a" {
		t.Errorf("Resolve(s-b) = %q, want s-a", got)
	}
	if got := c.Resolve("unknown"); got != "unknown" {
		t.Errorf("Resolve(unknown) = %q", got)
	}
	a := c.Add(doc("c", "Chile earthquake: aftershocks shake Santiago", "More aftershocks of the central Chile earthquake shook Santiago.", 10, "chile"))
	if a.Story != "s-a" {
		t.Errorf("joined %q, want s-a: %s", a.Story, a.Explain)
	}
	if c.Stories() != 1 {
		t.Errorf("Stories = %d, want 1", c.Stories())
	}
}

// scenario is a stream of short articles with the expected stories: lines
// "story-label | published day | title | text"; articles of one label must
// share a story and no two labels may.
const scenario = `
mars  | 3 | NASA rover finds signs of ancient water on Mars | The Perseverance rover found minerals in a crater on Mars that formed in water billions of years ago, NASA scientists said.
vote  | 3 | Parliament approves budget after long debate | Parliament approved the government's budget in a late vote after two days of debate over tax rises and spending on hospitals.
mars  | 4 | Mars rover discovery points to ancient water | Scientists said minerals found by the Perseverance rover in a Martian crater suggest a lake of water filled it long ago.
storm | 5 | Storm Ciara brings floods and power cuts | Storm Ciara brought heavy rain and gales, flooding towns in the north and cutting power to thousands of homes.
vote  | 5 | Opposition attacks budget passed by parliament | The opposition said the budget parliament passed would raise taxes on families while hospital spending fell short.
storm | 6 | Thousands without power after Storm Ciara | Engineers worked to restore power to thousands of homes after Storm Ciara flooded roads and brought down lines in northern towns.
mars  | 9 | NASA plans to return rover samples from Mars | NASA outlined a plan to bring back rock samples the Perseverance rover collected in the crater where water once flowed on Mars.
`

func TestScenario(t *testing.T) {
	c := New(DefaultOptions())
	byLabel := map[string]string{}
	byStory := map[string]string{}
	for i, line := range strings.Split(strings.TrimSpace(scenario), "\n") {
		f := strings.Split(line, "|")
		label, title, text := strings.TrimSpace(f[0]), strings.TrimSpace(f[2]), strings.TrimSpace(f[3])
		day := int(f[1][1] - '0')
		a := c.Add(doc(string(rune('a'+i)), title, text, day))
		story := c.Resolve(a.Story)
		if prev, ok := byLabel[label]; ok && c.Resolve(prev) != story {
			t.Errorf("%q: story %s, want %s (%s)", title, story, c.Resolve(prev), a.Explain)
		}
		if other, ok := byStory[story]; ok && other != label {
			t.Errorf("%q joined the %s story (%s)", title, other, a.Explain)
		}
		byLabel[label], byStory[story] = story, label
	}
}

func BenchmarkAdd(b *testing.B) {
	words := strings.Fields("officials said the bridge would reopen after repairs to its deck were finished ahead of schedule easing traffic across the river for thousands of commuters the city had closed the crossing in march when inspectors found cracks in two steel beams and buses were diverted")
	c := New(DefaultOptions())
	var docs []*news.Doc
	for i := range 1000 {
		var sb strings.Builder
		for j := range 120 {
			sb.WriteString(words[(i*7+j*13)%len(words)])
			sb.WriteString(" w")
			sb.WriteString(string(rune('a' + (i+j)%26)))
			sb.WriteString(string(rune('a' + (i/26+j)%26)))
			sb.WriteByte(' ')
		}
		docs = append(docs, doc("d"+string(rune(i)), words[i%len(words)]+" "+words[(i+3)%len(words)], sb.String(), 1+i%28))
	}
	b.SetBytes(int64(len(docs[0].Text)))
	i := 0
	for b.Loop() {
		d := *docs[i%len(docs)]
		d.ID = strings.Repeat("x", 1) + string(rune(i))
		c.Add(&d)
		i++
	}
}
