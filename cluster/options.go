package cluster

import "time"

// Features numbers the inputs of the similarity model between an article and a story.
const (
	FeatTitle  = iota // cosine of the title views
	FeatBody          // cosine of the body views
	FeatEntity        // cosine of the entity views
	FeatTime          // closeness in time to the story's mean date: exp(-days apart / TimeScale)
	FeatRecent        // closeness to the story's latest article: exp(-hours apart / RecentScale)
	NumFeatures
)

// Options configures a Clusterer. Use DefaultOptions and change fields.
type Options struct {
	// Weights of the similarity model, by feature (FeatTitle...). The score
	// is the weighted mean of the content features that can be computed (a
	// headline has no body view, an article may have no entities) plus the
	// weighted time features when both sides are dated.
	Weights [NumFeatures]float64
	// HeadlineWeights replace Weights for headline-only articles (no body
	// view); they are tuned on the UCI headline stream, where recency
	// matters most.
	HeadlineWeights [NumFeatures]float64
	// Threshold is the score an article with a body needs to join a story;
	// below it the article starts a new story.
	Threshold float64
	// HeadlineThreshold is the score a headline-only article (no body) needs:
	// a few title words are weaker evidence than a body, so it is tuned
	// separately (on the UCI headline stream).
	HeadlineThreshold float64
	// MergeThreshold is the score two stories' centroids need to merge;
	// HeadlineMergeThreshold when either story has no body text.
	MergeThreshold, HeadlineMergeThreshold float64
	// TimeScale is the distance in days at which time closeness falls to 1/e.
	TimeScale float64
	// RecentScale is the distance in hours to the story's latest article at
	// which the recency feature falls to 1/e (news arrives in bursts).
	RecentScale float64
	// Window: stories whose latest dated article is older than this before
	// the newest date seen leave the candidate index (kept only as ids), and
	// no article joins a story it is further than Window away from.
	Window time.Duration
	// IdleArticles: stories that received no article among this many latest
	// articles leave the candidate index too (bounds memory for undated streams).
	IdleArticles int
	// BodyWords is how many body words (after stopwords) are read.
	BodyWords int
	// DocTerms is how many of an article's heaviest terms per view are compared.
	DocTerms int
	// CentroidTerms bounds each story centroid to its top terms per view.
	CentroidTerms [numViews]int
	// QueryTerms is how many of an article's heaviest body terms retrieve
	// candidates (with its 10 heaviest title terms and 8 heaviest entities).
	QueryTerms int
	// Candidates is how many retrieved stories are scored.
	Candidates int
	// NoPrior turns off the warm start of document frequencies from the
	// embedded Reuters + BBC table (df.txt); they are then learned from the
	// stream alone.
	NoPrior bool
	// MaxDF: terms in more than this share of articles retrieve nothing.
	MaxDF float64
}

// DefaultOptions returns the tuned defaults (see eval/clusters for how they
// were tuned and measured).
func DefaultOptions() Options {
	return Options{
		Weights:                [NumFeatures]float64{0.2, 0.5, 0.3, 0.1, 0.1},
		HeadlineWeights:        [NumFeatures]float64{0.8, 0, 0.3, 0, 0.6},
		Threshold:              0.35,
		HeadlineThreshold:      0.675,
		MergeThreshold:         0.6,
		HeadlineMergeThreshold: 0.7,
		TimeScale:              3,
		RecentScale:            1,
		Window:                 30 * 24 * time.Hour,
		IdleArticles:           200000,
		BodyWords:              200,
		DocTerms:               48,
		CentroidTerms:          [numViews]int{40, 100, 40},
		QueryTerms:             8,
		Candidates:             16,
		MaxDF:                  0.05,
	}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Weights == ([NumFeatures]float64{}) {
		o.Weights = d.Weights
	}
	if o.HeadlineWeights == ([NumFeatures]float64{}) {
		o.HeadlineWeights = d.HeadlineWeights
	}
	if o.Threshold <= 0 {
		o.Threshold = d.Threshold
	}
	if o.HeadlineThreshold <= 0 {
		o.HeadlineThreshold = d.HeadlineThreshold
	}
	if o.HeadlineMergeThreshold <= 0 {
		o.HeadlineMergeThreshold = d.HeadlineMergeThreshold
	}
	if o.MergeThreshold <= 0 {
		o.MergeThreshold = d.MergeThreshold
	}
	if o.TimeScale <= 0 {
		o.TimeScale = d.TimeScale
	}
	if o.RecentScale <= 0 {
		o.RecentScale = d.RecentScale
	}
	if o.Window <= 0 {
		o.Window = d.Window
	}
	if o.IdleArticles <= 0 {
		o.IdleArticles = d.IdleArticles
	}
	if o.BodyWords <= 0 {
		o.BodyWords = d.BodyWords
	}
	if o.DocTerms <= 0 {
		o.DocTerms = d.DocTerms
	}
	for i := range o.CentroidTerms {
		if o.CentroidTerms[i] <= 0 {
			o.CentroidTerms[i] = d.CentroidTerms[i]
		}
	}
	if o.QueryTerms <= 0 {
		o.QueryTerms = d.QueryTerms
	}
	if o.Candidates <= 0 {
		o.Candidates = d.Candidates
	}
	if o.MaxDF <= 0 {
		o.MaxDF = d.MaxDF
	}
	return o
}
