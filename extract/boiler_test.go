package extract

import "testing"

func TestLineKind(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Advertisement", KindAd},
		{"ADVERTISEMENT", KindAd},
		{"Story continues below advertisement", KindAd},
		{"© 2025 Example News", KindCopyright},
		{"Copyright 2025 The Associated Press. All rights reserved.", KindCopyright},
		{"Copyright © Example Media", KindCopyright},
		{"This material may not be published, broadcast, rewritten or redistributed.", KindCopyright},
		{"Reporting by Jane Doe; Editing by John Roe", KindCredits},
		{"(Reporting by Jane Doe in Moscow; Writing by Tom Lee)", KindCredits},
		{"Additional reporting by Ann Lee", KindCredits},
		{"Editor: Mary Major", KindCredits},
		{"Heba Habib contributed to this report.", KindCredits},
		{"Share this article", KindShare},
		{"Share on Facebook", KindShare},
		{"Subscribe to our newsletter", KindShare},
		{"Sign up for our daily newsletter to get the news delivered to your inbox every morning.", KindShare},
		{"Follow us on Twitter", KindShare},
		{"Read more: Talks stall as sides trade blame", KindShare},
		{"[Read: Why the talks failed]", KindShare},
		{"READ MORE", KindShare},
		{"Related stories", KindShare},
		{"Related: Chicago is America's most segregated city", KindShare},
		{"More games news:", KindShare},
		{"Jane Doe is on Twitter at @jdoe.", KindShare},
		{"We use cookies to improve your experience.", KindShare},
		{"Skip to main content", KindShare},
		{"Home > World > Europe", KindNavigation},
		{"News | Sport | Weather | iPlayer", KindNavigation},
		{"Photo: Ann Lee/Harbour Daily", KindPhotoCredit},
		{"Image source, Getty Images", KindPhotoCredit},
		{"Image caption, The ministers met in Riyadh on Tuesday", KindPhotoCredit},
		{"Getty Images", KindPhotoCredit},
		{"President Trump speaks to reporters at the White House on Friday. (AP Photo/Evan Vucci)", KindPhotoCredit},
		{"...", KindNoise},
		{"", KindEmpty},
		// Body text that must stay.
		{"Share prices fell 3% on Monday.", ""},
		{"Shares in the company rose sharply after the announcement", ""},
		{"More than 30 people were killed in the attack.", ""},
		{"Follow-up talks are planned for March.", ""},
		{"Copyright law was changed in 2019, the minister said.", ""},
		{"Photos released by the ministry showed heavy damage.", ""},
		{"Reporters were not allowed into the building.", ""},
		{"Home prices rose for a third month", ""},
		{"Watch out for falling prices, analysts warned.", ""},
		{"The vote was 52/48 | a narrow result", ""},
		{"We use the money to build schools, she said.", ""},
		{"Sign language interpreters were present.", ""},
		{"Next year the plan will be reviewed.", ""},
		{"Editors at the paper refused to comment.", ""},
		{"Apple, Google and Amazon reported results.", ""},
		{"The AP reported the attack first.", ""},
	} {
		if got := lineKind(tc.in); got != tc.want {
			t.Errorf("lineKind(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
