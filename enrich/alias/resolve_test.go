package alias

import (
	"testing"

	"storyline/news"
)

func TestAnnotate(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{
			name: "title split from a person",
			text: "[PER Secretary of State Marco Rubio] spoke.",
			want: []string{"Marco Rubio=marco-rubio(Marco Rubio)/PER[Secretary of State]"},
		},
		{
			name: "title before the mention",
			text: "US Secretary of State [PER Marco Rubio] and spokeswoman [PER Tammy Bruce] spoke.",
			want: []string{
				"Marco Rubio=marco-rubio(Marco Rubio)/PER[Secretary of State]",
				"Tammy Bruce=tammy-bruce(Tammy Bruce)/PER[spokeswoman]",
			},
		},
		{
			name: "demonym before a title is not part of the name",
			text: "[PER British Prime Minister Keir Starmer] said.",
			want: []string{
				"British=united-kingdom(United Kingdom)/MISC",
				"Keir Starmer=keir-starmer(Keir Starmer)/PER[Prime Minister]",
			},
		},
		{
			name: "military ranks and organisation prefix",
			text: "[PER Lt. Gen. Frank Donovan] met [PER Kremlin spokesperson Dmitry Peskov].",
			want: []string{
				"Frank Donovan=frank-donovan(Frank Donovan)/PER[Lt. Gen.]",
				"Kremlin=kremlin(Kremlin)/ORG",
				"Dmitry Peskov=dmitry-peskov(Dmitry Peskov)/PER[spokesperson]",
			},
		},
		{
			name: "title only is no entity",
			text: "The [PER President] spoke.",
			want: nil,
		},
		{
			name: "a title with its domain left out",
			text: "[PER US Secretary of Marco Rubio] called.",
			want: []string{
				"US=united-states(United States)/LOC",
				"Marco Rubio=marco-rubio(Marco Rubio)/PER[Secretary]",
			},
		},
		{
			name: "possessives stripped, straight and curly",
			text: "[PER Donald Trump's] plan and [LOC Russia’s] army; [PER Trump’s] call.",
			want: []string{
				"Donald Trump=donald-trump(Donald Trump)/PER",
				"Russia=russia(Russia)/LOC",
				"Trump=donald-trump(Donald Trump)/PER",
			},
		},
		{
			name: "mentions never cross line breaks",
			text: "[PER Vladimir Putin\nKevin Hassett] spoke.",
			want: []string{
				"Vladimir Putin=vladimir-putin(Vladimir Putin)/PER",
				"Kevin Hassett=kevin-hassett(Kevin Hassett)/PER",
			},
		},
		{
			name: "punctuation and sentence periods trimmed, abbreviations kept",
			text: "in the [LOC U.S.] and [LOC “Kyiv.”]",
			want: []string{
				"U.S.=united-states(United States)/LOC",
				"Kyiv=kyiv(Kyiv)/LOC",
			},
		},
		{
			name: "surname and initials after the full name",
			text: "[PER Sergei Lavrov] met. [PER Lavrov] said [PER S. Lavrov] agreed.",
			want: []string{
				"Sergei Lavrov=sergei-lavrov(Sergei Lavrov)/PER",
				"Lavrov=sergei-lavrov(Sergei Lavrov)/PER",
				"S. Lavrov=sergei-lavrov(Sergei Lavrov)/PER",
			},
		},
		{
			name: "surname before the full name",
			text: "[PER Trump] said. Later [PER Donald Trump] spoke.",
			want: []string{
				"Trump=donald-trump(Donald Trump)/PER",
				"Donald Trump=donald-trump(Donald Trump)/PER",
			},
		},
		{
			name: "two people sharing a surname: the most recent full name",
			text: "[PER Joe Biden] spoke. [PER Biden] left. [PER Hunter Biden] came. [PER Biden] smiled.",
			want: []string{
				"Joe Biden=joe-biden(Joe Biden)/PER",
				"Biden=joe-biden(Joe Biden)/PER",
				"Hunter Biden=hunter-biden(Hunter Biden)/PER",
				"Biden=hunter-biden(Hunter Biden)/PER",
			},
		},
		{
			name: "first name only when unambiguous",
			text: "[PER Keir Starmer] spoke. [PER Keir] left.",
			want: []string{
				"Keir Starmer=keir-starmer(Keir Starmer)/PER",
				"Keir=keir-starmer(Keir Starmer)/PER",
			},
		},
		{
			name: "family name first: a single name that is the given name",
			text: "[PER Xi Jinping] arrived; [PER Xi] spoke.",
			want: []string{
				"Xi Jinping=xi-jinping(Xi Jinping)/PER",
				"Xi=xi-jinping(Xi Jinping)/PER",
			},
		},
		{
			name: "one label per entity by vote",
			text: "[PER Sergei Lavrov] and [PER Lavrov] and [ORG Lavrov] and [PER Lavrov].",
			want: []string{
				"Sergei Lavrov=sergei-lavrov(Sergei Lavrov)/PER",
				"Lavrov=sergei-lavrov(Sergei Lavrov)/PER",
				"Lavrov=sergei-lavrov(Sergei Lavrov)/PER",
				"Lavrov=sergei-lavrov(Sergei Lavrov)/PER",
			},
		},
		{
			name: "countries, abbreviations and demonyms",
			text: "[LOC US] and [LOC U.S.] and [LOC United States] and [LOC USA] and [LOC America] and [MISC American] talks.",
			want: []string{
				"US=united-states(United States)/LOC",
				"U.S.=united-states(United States)/LOC",
				"United States=united-states(United States)/LOC",
				"USA=united-states(United States)/LOC",
				"America=united-states(United States)/LOC",
				"American=united-states(United States)/MISC",
			},
		},
		{
			name: "ministries with and without the country",
			text: "a [ORG Russian foreign ministry] statement; [LOC Russia]’s foreign ministry said; the [ORG State Department] and the [ORG US Department of State].",
			want: []string{
				"Russian foreign ministry=russia-foreign-ministry(Russian foreign ministry)/ORG",
				"Russia’s foreign ministry=russia-foreign-ministry(Russian foreign ministry)/ORG",
				"State Department=united-states-state-department(US Department of State)/ORG",
				"US Department of State=united-states-state-department(US Department of State)/ORG",
			},
		},
		{
			name: "a capital The inside a sentence belongs to the name",
			text: "told [ORG The Associated Press] and The [ORG Wall Street Journal]. [ORG The Times] said.",
			want: []string{
				"The Associated Press=associated-press(Associated Press)/ORG",
				"The Wall Street Journal=wall-street-journal(Wall Street Journal)/ORG",
				"Times=times(Times)/ORG",
			},
		},
		{
			name: "metonyms keep their own identity",
			text: "[ORG Kremlin] officials in [LOC Moscow] and [LOC Washington].",
			want: []string{
				"Kremlin=kremlin(Kremlin)/ORG",
				"Moscow=moscow(Moscow)/LOC",
				"Washington=washington(Washington)/LOC",
			},
		},
		{
			name: "acronym and expansion",
			text: "the [ORG North Atlantic Alliance Command] said; [ORG NAAC] troops.",
			want: []string{
				"North Atlantic Alliance Command=north-atlantic-alliance-command(North Atlantic Alliance Command)/ORG",
				"NAAC=north-atlantic-alliance-command(North Atlantic Alliance Command)/ORG",
			},
		},
		{
			name: "place glued before a full name",
			text: "the Foreign Minister of the [PER Russian Federation S. Lavrov] said",
			want: []string{
				"Russian Federation=russia(Russia)/LOC",
				"S. Lavrov=s-lavrov(S. Lavrov)/PER[Foreign Minister of the Russian Federation]",
			},
		},
	}
	r := New(DefaultOptions())
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := marked(t, "a", tc.text)
			if err := r.Annotate(d); err != nil {
				t.Fatal(err)
			}
			diff(t, tc.name, show(d.Entities), tc.want)
		})
	}
}

func TestMerge(t *testing.T) {
	tests := []struct {
		name string
		docs []string
		want []string
	}{
		{
			name: "transliteration and initials across articles",
			docs: []string{
				"[PER Sergei Lavrov] met [PER Marco Rubio]. [PER Lavrov] said.",
				"[PER Sergey Lavrov] and [PER M. Rubio].",
				"[PER S. Lavrov] spoke to [PER Rubio].",
			},
			want: []string{
				"sergei-lavrov(Sergei Lavrov)/PER: Lavrov, S. Lavrov, Sergei Lavrov, Sergey Lavrov",
				"marco-rubio(Marco Rubio)/PER: M. Rubio, Marco Rubio, Rubio",
			},
		},
		{
			name: "Zelensky spellings and Kiev/Kyiv",
			docs: []string{
				"[PER Volodymyr Zelensky] in [LOC Kiev].",
				"[PER Volodymyr Zelenskyy] in [LOC Kyiv]; [PER Zelenskyy] said.",
			},
			want: []string{
				"volodymyr-zelensky(Volodymyr Zelenskyy)/PER: Volodymyr Zelensky, Volodymyr Zelenskyy, Zelenskyy",
				"kyiv(Kyiv)/LOC: Kiev, Kyiv",
			},
		},
		{
			name: "surname-only article joins the only full name",
			docs: []string{
				"[PER Joe Biden] spoke.",
				"the previous [PER Biden] administration",
			},
			want: []string{"joe-biden(Joe Biden)/PER: Biden, Joe Biden"},
		},
		{
			name: "two people sharing a surname stay apart",
			docs: []string{
				"[PER Joe Biden] spoke. [PER Biden] left.",
				"[PER Hunter Biden] spoke.",
			},
			want: []string{
				"joe-biden(Joe Biden)/PER: Biden, Joe Biden",
				"hunter-biden(Hunter Biden)/PER: Hunter Biden",
			},
		},
		{
			name: "short given names",
			docs: []string{
				"[PER Michael Waltz] and [PER Mike Waltz] spoke.",
				"[PER Mike Waltz] and [PER Waltz].",
			},
			want: []string{"mike-waltz(Mike Waltz)/PER: Mike Waltz, Michael Waltz, Waltz"},
		},
		{
			name: "countries and demonyms across articles",
			docs: []string{
				"[LOC Britain] and [MISC British] troops",
				"[LOC UK] and [LOC United Kingdom]",
			},
			want: []string{"united-kingdom(United Kingdom)/LOC: Britain, British, UK, United Kingdom"},
		},
		{
			name: "organisation with its country in another article",
			docs: []string{
				"the [ORG State Department] said",
				"a statement by the [ORG US Department of State]",
			},
			want: []string{"united-states-state-department(US Department of State)/ORG: State Department, US Department of State"},
		},
		{
			name: "ministries of two countries stay apart",
			docs: []string{
				"the [ORG Russian Foreign Ministry] said",
				"the [ORG Ukrainian foreign ministry] said",
				"the [ORG Foreign Ministry] said",
			},
			want: []string{
				"foreign-ministry(Foreign Ministry)/ORG: Foreign Ministry",
				"russia-foreign-ministry(Russian Foreign Ministry)/ORG: Russian Foreign Ministry",
				"ukraine-foreign-ministry(Ukrainian foreign ministry)/ORG: Ukrainian foreign ministry",
			},
		},
		{
			name: "same surface, different types: one identity, type by vote",
			docs: []string{
				"[LOC Washington] and [LOC Washington]",
				"[ORG Washington] said",
			},
			want: []string{"washington(Washington)/LOC: Washington"},
		},
	}
	r := New(DefaultOptions())
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var docs []*news.Doc
			for i, s := range tc.docs {
				docs = append(docs, marked(t, string(rune('a'+i)), s))
			}
			got := r.Merge(docs)
			diff(t, tc.name, showEntities(got), tc.want)
			// Every mention carries the key of its identity.
			keys := map[string]bool{}
			for _, e := range got {
				keys[e.Entity] = true
			}
			for _, d := range docs {
				for _, m := range d.Entities {
					if !keys[m.Entity] {
						t.Errorf("mention %q has key %q, not among the story entities", m.Text, m.Entity)
					}
				}
			}
		})
	}
}

// TestMergeStable checks that keys do not depend on the set merged: a
// person named in full in one story keeps the key of the full name in a
// later merge of documents that only use the surname, and in a store-wide
// merge.
func TestMergeStable(t *testing.T) {
	r := New(DefaultOptions())
	a := marked(t, "a", "[PER Sergey Lavrov] said. [PER Lavrov] left.")
	b := marked(t, "b", "[PER Lavrov] spoke.")
	c := marked(t, "c", "[PER Sergei Lavrov] and [PER Lavrov].")
	r.Merge([]*news.Doc{a, b})
	if got := b.Entities[0].Entity; got != "sergei-lavrov" {
		t.Fatalf("story merge: key %q, want sergei-lavrov", got)
	}
	for _, docs := range [][]*news.Doc{{b}, {b, c}, {a, b, c}} {
		es := r.Merge(docs)
		if len(es) != 1 || es[0].Entity != "sergei-lavrov" {
			t.Errorf("merge of %d docs: %v", len(docs), showEntities(es))
		}
	}
}
