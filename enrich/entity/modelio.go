package entity

import (
	"encoding/binary"
	"fmt"
	"io"
	"math/bits"

	"storyline/enrich/internal/percept"
)

// modelVersion is the version of the model file format.
const modelVersion = 2

// modelFile is the serialised form of a Model: gob, with the large arrays as
// little-endian bytes and the weights quantised to int16. It is not
// compressed, so it loads fast; zero weights are not stored.
type modelFile struct {
	Version       int
	Labels        int
	Keys          []byte // feature rows, see packWeights
	Weights       []byte // unused
	Scale         float32
	ClusterKeys   []byte // uint64 each, sorted
	ClusterVals   []byte // uint32 each
	ClusterBits   int
	ClusterLevels int
	GazKeys       []byte // uint64 each, sorted
	GazVals       []byte // uint32 each
	GazMaxLen     int
	Off           uint32
	Info          string
	Stage2        bool
	PrevKeys      []byte // the first stage, packed like Keys and Weights
	PrevWeights   []byte
	PrevScale     float32
	Viterbi       bool
	Common        []string
}

// Save writes m to w.
func (m *Model) Save(w io.Writer) error {
	f := modelFile{Version: modelVersion, Labels: nLabels, ClusterBits: m.ClusterBits,
		ClusterLevels: m.ClusterLevels, GazMaxLen: m.GazMaxLen, Info: m.Info, Off: m.Off}
	f.Keys, f.Weights, f.Scale = packWeights(m.Keys, m.Weights)
	f.Stage2 = m.Stage2
	f.Viterbi = m.Viterbi
	f.Common = m.Common
	if m.Prev != nil {
		f.PrevKeys, f.PrevWeights, f.PrevScale = packWeights(m.Prev.Keys, m.Prev.Weights)
	}
	f.ClusterKeys, f.ClusterVals = percept.PackMap(m.Clusters)
	f.GazKeys, f.GazVals = percept.PackMap(m.Gaz)
	if err := percept.WriteGob(w, &f); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	return nil
}

// ReadModel reads a model written by Save.
func ReadModel(r io.Reader) (*Model, error) {
	var f modelFile
	var err error
	if err := percept.ReadGob(r, &f); err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	if f.Version != modelVersion || f.Labels != nLabels {
		return nil, fmt.Errorf("read model: version %d with %d labels, want %d with %d", f.Version, f.Labels, modelVersion, nLabels)
	}
	m := &Model{ClusterBits: f.ClusterBits, ClusterLevels: f.ClusterLevels, GazMaxLen: f.GazMaxLen,
		Info: f.Info, Off: f.Off, Stage2: f.Stage2, Viterbi: f.Viterbi, Common: f.Common}
	if m.Keys, m.Weights, err = unpackWeights(f.Keys, f.Weights, f.Scale); err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	if m.Clusters, err = percept.UnpackMap(f.ClusterKeys, f.ClusterVals); err != nil {
		return nil, fmt.Errorf("read model clusters: %w", err)
	}
	if m.Gaz, err = percept.UnpackMap(f.GazKeys, f.GazVals); err != nil {
		return nil, fmt.Errorf("read model gazetteer: %w", err)
	}
	m.index()
	if len(f.PrevKeys) > 0 {
		p := &Model{ClusterBits: m.ClusterBits, ClusterLevels: m.ClusterLevels, GazMaxLen: m.GazMaxLen,
			Off: m.Off, Clusters: m.Clusters, Gaz: m.Gaz}
		if p.Keys, p.Weights, err = unpackWeights(f.PrevKeys, f.PrevWeights, f.PrevScale); err != nil {
			return nil, fmt.Errorf("read model first stage: %w", err)
		}
		p.index()
		m.Prev = p
	}
	return m, nil
}

// packWeights packs feature rows: per row the key (uint32), a mask of the
// labels with a non-zero weight (uint32), then those weights quantised to
// int16 (times the returned scale). Keys are in the rows, so the second
// result is empty.
func packWeights(keys []uint32, weights []float32) ([]byte, []byte, float32) {
	scale := percept.Scale(weights)
	b := make([]byte, 0, 16*len(keys))
	var q [nLabels]int16
	for i, k := range keys {
		var mask uint32
		for l := 0; l < nLabels; l++ {
			q[l] = percept.Quantize(weights[i*nLabels+l], scale)
			if q[l] != 0 {
				mask |= 1 << l
			}
		}
		b = binary.LittleEndian.AppendUint32(b, k)
		b = binary.LittleEndian.AppendUint32(b, mask)
		for l := 0; l < nLabels; l++ {
			if q[l] != 0 {
				b = binary.LittleEndian.AppendUint16(b, uint16(q[l]))
			}
		}
	}
	return b, nil, scale
}

// unpackWeights reverses packWeights.
func unpackWeights(b, _ []byte, scale float32) ([]uint32, []float32, error) {
	// Count the rows first so the arrays are allocated once.
	n := 0
	for p := b; len(p) >= 8; n++ {
		skip := 8 + 2*bits.OnesCount32(binary.LittleEndian.Uint32(p[4:]))
		if skip > len(p) {
			break
		}
		p = p[skip:]
	}
	keys := make([]uint32, 0, n)
	ws := make([]float32, 0, n*nLabels)
	for len(b) > 0 {
		if len(b) < 8 {
			return nil, nil, fmt.Errorf("truncated feature row")
		}
		k := binary.LittleEndian.Uint32(b)
		mask := binary.LittleEndian.Uint32(b[4:])
		b = b[8:]
		if mask>>nLabels != 0 || len(keys) > 0 && k <= keys[len(keys)-1] {
			return nil, nil, fmt.Errorf("bad feature row %d", len(keys))
		}
		keys = append(keys, k)
		ws = ws[:len(ws)+nLabels]
		row := ws[len(ws)-nLabels:]
		for l := 0; l < nLabels; l++ {
			if mask&(1<<l) == 0 {
				continue
			}
			if len(b) < 2 {
				return nil, nil, fmt.Errorf("truncated feature row")
			}
			row[l] = float32(int16(binary.LittleEndian.Uint16(b))) * scale
			b = b[2:]
		}
	}
	return keys, ws, nil
}
