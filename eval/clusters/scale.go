package clusters

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"storyline/cluster"
	"storyline/dedup"
	"storyline/news"
)

// ScaleGen generates a deterministic stream of synthetic articles by
// recombining corpus paragraphs: each article develops one of a set of
// running "stories" (the title and one paragraph of a base article plus two
// or three paragraphs of others), dated along a year; a share (CopyRate) are
// near copies of a recent article. Articles are made one at a time so a stream of millions
// needs no memory.
type ScaleGen struct {
	corpus []Article
	rng    *rand.Rand
	n, i   int
	// Start is the publication time of the first article; the stream spans a year.
	Start  time.Time
	span   time.Duration
	live   []int // corpus indexes of the running stories
	recent []*news.Doc
	// CopyRate is the share of articles that are near copies of a recent one.
	CopyRate float64
	// Prefix starts every article id (default "a"); ids are Prefix + number.
	Prefix string
}

// NewScaleGen returns a generator of n articles.
func NewScaleGen(corpus []Article, n int, seed uint64) *ScaleGen {
	g := &ScaleGen{corpus: corpus, rng: rand.New(rand.NewPCG(seed, seed^0xabcdef)), n: n,
		Start: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), span: 365 * 24 * time.Hour, CopyRate: 0.1, Prefix: "a"}
	for range 2000 {
		g.live = append(g.live, g.rng.IntN(len(corpus)))
	}
	return g
}

// Next returns the next article, or nil at the end of the stream.
func (g *ScaleGen) Next() *news.Doc {
	if g.i >= g.n || len(g.corpus) == 0 {
		return nil
	}
	d := &news.Doc{}
	d.ID = g.Prefix + strconv.Itoa(g.i)
	d.Published = g.Start.Add(time.Duration(float64(g.span) * float64(g.i) / float64(g.n)))
	d.PublishedSource = news.DateGiven
	g.i++
	if len(g.recent) > 0 && g.rng.Float64() < g.CopyRate {
		src := g.recent[g.rng.IntN(len(g.recent))]
		d.Title = src.Title
		d.Text = nearCopy(g.rng, src.Text)
	} else {
		// stories are replaced at random, so a few thousand run at any time
		slot := g.rng.IntN(len(g.live))
		if g.rng.IntN(8) == 0 {
			g.live[slot] = g.rng.IntN(len(g.corpus))
		}
		// one paragraph of the story's base article and two or three of
		// others: articles of a story share a theme, not their text
		base := g.corpus[g.live[slot]]
		paras := []string{base.Paragraphs[g.rng.IntN(len(base.Paragraphs))]}
		for range 2 + g.rng.IntN(2) {
			other := g.corpus[g.rng.IntN(len(g.corpus))]
			paras = append(paras, other.Paragraphs[g.rng.IntN(len(other.Paragraphs))])
		}
		d.Title = base.Title
		d.Text = strings.Join(paras, "\n\n")
	}
	if len(g.recent) < 1000 {
		g.recent = append(g.recent, d)
	} else {
		g.recent[g.rng.IntN(len(g.recent))] = d
	}
	return d
}

// ScaleReport holds the figures of a scale run.
type ScaleReport struct {
	Articles int
	Bytes    int64
	Seconds  float64   // dedup + clustering CPU time (generation excluded)
	Wall     float64   // dedup + clustering wall time (includes waiting for a shared CPU)
	Segments []float64 // articles/s per segment of Every articles
	Every    int
	Dups     int
	Stories  int
	Active   int
	PeakHeap uint64 // bytes, sampled at each segment
	PeakRSS  uint64 // bytes, VmHWM from /proc when available
}

// RunScale streams n generated articles through dedup and clustering in one
// goroutine (vectorising and signing included, as one core would; copies
// are not clustered, as in the pipeline) and reports throughput per segment
// of every articles and peak memory. When segment is not nil it is called
// before the first article of each segment with the segment's number
// (0-based) and once more at the end with the number of segments, so a
// caller can profile chosen segments.
func RunScale(g *ScaleGen, every int, progress io.Writer, segment func(int)) ScaleReport {
	ix := dedup.New(dedup.DefaultOptions())
	c := cluster.New(cluster.DefaultOptions())
	r := ScaleReport{Every: every}
	var seg, wall time.Duration
	var ms runtime.MemStats
	if segment == nil {
		segment = func(int) {}
	}
	segment(0)
	for d := g.Next(); d != nil; d = g.Next() {
		t0 := time.Now()
		c0 := cpuTime()
		// as the pipeline does: a copy takes its original's story, the rest
		// are clustered
		sig := ix.Signature(d.Text)
		if _, ok := ix.Check(d.ID, "", sig); ok {
			r.Dups++
		} else {
			c.Add(d)
		}
		ix.Add(d.ID, "", sig, d.Published)
		seg += cpuTime() - c0
		wall += time.Since(t0)
		r.Articles++
		r.Bytes += int64(len(d.Text) + len(d.Title))
		if r.Articles%every == 0 {
			rate := float64(every) / seg.Seconds()
			r.Segments = append(r.Segments, rate)
			r.Seconds += seg.Seconds()
			seg = 0
			runtime.ReadMemStats(&ms)
			r.PeakHeap = max(r.PeakHeap, ms.HeapInuse)
			if progress != nil {
				fmt.Fprintf(progress, "%8d articles  %6.0f articles/s  heap %5d MB  active stories %d\n",
					r.Articles, rate, ms.HeapInuse>>20, c.Active())
			}
			segment(len(r.Segments))
		}
	}
	if r.Articles%every != 0 {
		segment(len(r.Segments) + 1)
	}
	r.Seconds += seg.Seconds()
	r.Wall = wall.Seconds()
	r.Stories, r.Active = c.Stories(), c.Active()
	r.PeakRSS = PeakRSS()
	return r
}

// PeakRSS reads the peak resident set size of the process (Linux), or 0.
func PeakRSS() uint64 { return procStatus("VmHWM:") }

// RSS reads the current resident set size of the process (Linux), or 0.
func RSS() uint64 { return procStatus("VmRSS:") }

// procStatus reads a size in kB from /proc/self/status, in bytes.
func procStatus(field string) uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseUint(f[0], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}

// Print writes the report.
func (r ScaleReport) Print(w io.Writer) {
	rate := float64(r.Articles) / r.Seconds
	fmt.Fprintf(w, "scale: %d articles (%.0f MB of text), %d near copies flagged, %d stories (%d active)\n",
		r.Articles, float64(r.Bytes)/1e6, r.Dups, r.Stories, r.Active)
	fmt.Fprintf(w, "dedup+cluster: %.1f CPU s (%.1f s wall), %.0f articles/s per core", r.Seconds, r.Wall, rate)
	if n := len(r.Segments); n >= 2 {
		fmt.Fprintf(w, "; first %d: %.0f/s, last %d: %.0f/s (%.0f%%)", r.Every, r.Segments[0], r.Every, r.Segments[n-1], 100*r.Segments[n-1]/r.Segments[0])
	}
	fmt.Fprintf(w, "\npeak heap in use %d MB, peak RSS %d MB\n", r.PeakHeap>>20, r.PeakRSS>>20)
}

// CPUTime returns the CPU time the process has used (user + system).
func CPUTime() time.Duration { return cpuTime() }

// cpuTime returns the CPU time the process has used (user + system).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
