package queue

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"storyline/news"
)

func TestCodecRoundTrip(t *testing.T) {
	when := time.Date(2025, 2, 18, 9, 30, 0, 123, time.FixedZone("CET", 3600))
	for _, tc := range []struct {
		name string
		raw  news.Raw
	}{
		{"empty", news.Raw{}},
		{"text", news.Raw{Input: "a.txt", ID: "a", Body: []byte("Hello.\n"), Format: "text"}},
		{"binary body", news.Raw{Input: "x.html", Body: []byte{0xff, 0x00, 0xe9, '<'}, Flags: []string{"decoded:windows-1252"}}},
		{"all hints", news.Raw{Input: "feed.xml#3", ID: "id-3", Body: []byte("<p>x</p>"), Format: "html", Title: "T",
			URL: "https://example.org/a", Source: "Example", Published: when, DateOnly: true, Description: "d"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := encode(&tc.raw)
			if err != nil {
				t.Fatal(err)
			}
			got, err := decode(b)
			if err != nil {
				t.Fatalf("decode %s: %v", b, err)
			}
			if !got.Published.Equal(tc.raw.Published) {
				t.Errorf("published = %v, want %v", got.Published, tc.raw.Published)
			}
			got.Published, tc.raw.Published = time.Time{}, time.Time{}
			if len(tc.raw.Body) == 0 {
				got.Body, tc.raw.Body = nil, nil
			}
			if !reflect.DeepEqual(*got, tc.raw) {
				t.Errorf("round trip = %+v, want %+v", *got, tc.raw)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "not a JSON object"},
		{"null", "not a JSON object"},
		{"[1]", "not a JSON object"},
		{"not json", "not a JSON object"},
		{"{}", "unsupported message version 0"},
		{`{"v":2,"body":""}`, "unsupported message version 2"},
		{`{"v":1,"body":"%%%"}`, "illegal base64"},
		{`{"v":1,"published":"yesterday"}`, "bad published time"},
		{`{"v":1,"title":5}`, "cannot unmarshal"},
		{`{"v":1`, "unexpected end"},
	} {
		_, err := decode([]byte(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("decode(%q) error = %v, want it to contain %q", tc.in, err, tc.want)
		}
	}
}

func TestMsgID(t *testing.T) {
	base := news.Raw{Input: "ab", ID: "c", Body: []byte("body")}
	same := base
	same.Title, same.URL = "other hints", "https://x" // hints do not change identity
	for _, tc := range []struct {
		name string
		r    news.Raw
		eq   bool
	}{
		{"same fields", same, true},
		{"shifted boundary", news.Raw{Input: "a", ID: "bc", Body: []byte("body")}, false},
		{"other body", news.Raw{Input: "ab", ID: "c", Body: []byte("body2")}, false},
		{"other id", news.Raw{Input: "ab", ID: "d", Body: []byte("body")}, false},
	} {
		if got := msgID(&tc.r) == msgID(&base); got != tc.eq {
			t.Errorf("%s: equal ids = %v, want %v", tc.name, got, tc.eq)
		}
	}
	if n := len(msgID(&base)); n != 32 {
		t.Errorf("id length = %d, want 32", n)
	}
}

func FuzzDecode(f *testing.F) {
	b, _ := encode(&news.Raw{Input: "a", ID: "b", Body: []byte("<p>x</p>"), Published: time.Unix(1e9, 0).UTC()})
	f.Add(b)
	f.Add([]byte(`{"v":1,"body":"aGk=","flags":["x"],"date_only":true}`))
	f.Add([]byte(`{"v":1,"published":"2025-02-30T00:00:00Z"}`))
	f.Add([]byte("{"))
	f.Add([]byte{0xff, '{'})
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := decode(data)
		if err != nil {
			return
		}
		// Whatever decodes must survive a round trip.
		b, err := encode(r)
		if err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		if _, err := decode(b); err != nil {
			t.Fatalf("decode of re-encoded %q: %v", b, err)
		}
	})
}
