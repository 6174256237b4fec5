package cluster_test

import (
	"fmt"

	"storyline/cluster"
	"storyline/news"
)

func Example() {
	c := cluster.New(cluster.DefaultOptions())
	for _, h := range []struct{ id, title string }{
		{"a1", "NASA rover finds signs of ancient water on Mars"},
		{"a2", "Parliament approves new budget after long debate"},
		{"a3", "Mars rover discovery points to ancient water, NASA says"},
	} {
		d := &news.Doc{}
		d.ID, d.Title = h.id, h.title
		a := c.Add(d)
		fmt.Println(h.id, a.Story, a.New)
	}
	// Output:
	// a1 s-a1 true
	// a2 s-a2 true
	// a3 s-a1 false
}
