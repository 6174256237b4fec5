package timex

import (
	"fmt"
	"testing"
	"time"
)

func TestZZScratch(t *testing.T) {
	dct := time.Date(1998, 2, 13, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"He will arrive in the next few days.",
		"Prices rose over the past year.",
		"Sales rose this year and will rise later.",
		"Profit fell in the fiscal fourth quarter and in fiscal 1997.",
		"The 45-year-old man was born in the 1950s.",
		"It happened earlier this month and a year ago.",
		"He was shot Wednesday night at 10:50 p.m. in his home.",
		"The company said its third-quarter earnings fell. A year earlier, it earned $5.",
		"The meeting is planned for the week of March 6.",
		"In the weeks before the shooting, he was seen there.",
		"He served for 13 years.",
		"They met on Monday and Tuesday nights.",
		"the first half of 1998 and the second half",
		"He said it has been there for some time, since the mid-1980s.",
	} {
		for _, x := range New().Tag(s, dct) {
			fmt.Printf("%-40q %s %s %s\n", x.Text, x.Type, x.Value, x.Mod)
		}
		fmt.Println("--", s)
	}
}
