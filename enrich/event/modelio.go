package event

import (
	"encoding/binary"
	"fmt"
	"io"

	"storyline/enrich/internal/percept"
)

// modelVersion is the version of the model file format.
const modelVersion = 1

// modelFile is the serialised form of a Model: gob, with the arrays as
// little-endian bytes and the weights quantised to int16.
type modelFile struct {
	Version       int
	Labels        []string // the classes, in label order
	Keys          []byte   // uint32 each
	Weights       []byte   // int16 each, nLabels per key, times Scale
	Scale         float32
	Prev          bool
	Margin        float32
	ClusterKeys   []byte // uint64 each, sorted
	ClusterVals   []byte // uint32 each
	ClusterBits   int
	ClusterLevels int
	Common        []string
	Never         []string
	Info          string
}

// Save writes m to w.
func (m *Model) Save(w io.Writer) error {
	f := modelFile{Version: modelVersion, Labels: Classes[:], Prev: m.Prev, Margin: m.Margin,
		ClusterBits: m.ClusterBits, ClusterLevels: m.ClusterLevels, Common: m.Common, Never: m.Never, Info: m.Info}
	f.Scale = percept.Scale(m.Weights)
	f.Keys = make([]byte, 0, 4*len(m.Keys))
	for _, k := range m.Keys {
		f.Keys = binary.LittleEndian.AppendUint32(f.Keys, k)
	}
	f.Weights = make([]byte, 0, 2*len(m.Weights))
	for _, v := range m.Weights {
		f.Weights = binary.LittleEndian.AppendUint16(f.Weights, uint16(percept.Quantize(v, f.Scale)))
	}
	f.ClusterKeys, f.ClusterVals = percept.PackMap(m.Clusters)
	if err := percept.WriteGob(w, &f); err != nil {
		return fmt.Errorf("save event model: %w", err)
	}
	return nil
}

// ReadModel reads a model written by Save.
func ReadModel(r io.Reader) (*Model, error) {
	var f modelFile
	if err := percept.ReadGob(r, &f); err != nil {
		return nil, fmt.Errorf("read event model: %w", err)
	}
	if f.Version != modelVersion || len(f.Labels) != len(Classes) {
		return nil, fmt.Errorf("read event model: version %d with %d classes, want %d with %d", f.Version, len(f.Labels), modelVersion, len(Classes))
	}
	for i, c := range f.Labels {
		if c != Classes[i] {
			return nil, fmt.Errorf("read event model: class %d is %q, want %q", i, c, Classes[i])
		}
	}
	n := len(f.Keys) / 4
	if len(f.Keys)%4 != 0 || len(f.Weights) != 2*n*nLabels {
		return nil, fmt.Errorf("read event model: %d key bytes and %d weight bytes do not match", len(f.Keys), len(f.Weights))
	}
	clusters, err := percept.UnpackMap(f.ClusterKeys, f.ClusterVals)
	if err != nil {
		return nil, fmt.Errorf("read event model clusters: %w", err)
	}
	m := &Model{Clusters: clusters, Prev: f.Prev, Margin: f.Margin, ClusterBits: f.ClusterBits, ClusterLevels: f.ClusterLevels, Common: f.Common, Never: f.Never, Info: f.Info}
	m.Keys = make([]uint32, n)
	for i := range m.Keys {
		m.Keys[i] = binary.LittleEndian.Uint32(f.Keys[4*i:])
		if m.Keys[i] == 0 || i > 0 && m.Keys[i] <= m.Keys[i-1] {
			return nil, fmt.Errorf("read event model: feature keys not sorted at row %d", i)
		}
	}
	m.Weights = make([]float32, n*nLabels)
	for i := range m.Weights {
		m.Weights[i] = float32(int16(binary.LittleEndian.Uint16(f.Weights[2*i:]))) * f.Scale
	}
	m.index()
	return m, nil
}
