package text_test

import (
	"fmt"

	"storyline/text"
)

func ExampleSentences() {
	s := "Lavrov and M. Rubio spoke on Feb. 15 about missions in the U.S. An expert meeting follows. “We listened,” said Lavrov."
	for _, sp := range text.Sentences(s, nil) {
		fmt.Println(sp.In(s))
	}
	// Output:
	// Lavrov and M. Rubio spoke on Feb. 15 about missions in the U.S.
	// An expert meeting follows.
	// “We listened,” said Lavrov.
}
