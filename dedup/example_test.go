package dedup_test

import (
	"fmt"
	"time"

	"storyline/dedup"
)

func Example() {
	ix := dedup.New(dedup.DefaultOptions())
	first := "Officials said the bridge would reopen on Monday after repairs to its deck were finished ahead of schedule, " +
		"easing traffic across the river for thousands of commuters. The city had closed the crossing in March when " +
		"inspectors found cracks in two steel beams, and buses were diverted through the old town for most of the spring."
	copy := first + " Follow us for more local news."
	sig := ix.Signature(first)
	ix.Add("a1", "", sig, time.Time{})
	sig2 := ix.Signature(copy)
	if v, ok := ix.Check("a2", "", sig2); ok {
		fmt.Printf("a2 copies %s\n", v.Of)
	}
	ix.Add("a2", "", sig2, time.Time{})
	fmt.Println(ix.Root("a2"), ix.Copies("a1"))
	// Output:
	// a2 copies a1
	// a1 [a2]
}
