package event

import (
	"bufio"
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"sort"
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
	var maxAbs float32
	for _, v := range m.Weights {
		maxAbs = max(maxAbs, v, -v)
	}
	f.Scale = maxAbs / 32767
	if f.Scale == 0 {
		f.Scale = 1
	}
	f.Keys = make([]byte, 0, 4*len(m.Keys))
	for _, k := range m.Keys {
		f.Keys = binary.LittleEndian.AppendUint32(f.Keys, k)
	}
	f.Weights = make([]byte, 0, 2*len(m.Weights))
	for _, v := range m.Weights {
		f.Weights = binary.LittleEndian.AppendUint16(f.Weights, uint16(int16(math.Round(float64(v/f.Scale)))))
	}
	keys := make([]uint64, 0, len(m.Clusters))
	for k := range m.Clusters {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		f.ClusterKeys = binary.LittleEndian.AppendUint64(f.ClusterKeys, k)
		f.ClusterVals = binary.LittleEndian.AppendUint32(f.ClusterVals, m.Clusters[k])
	}
	bw := bufio.NewWriter(w)
	if err := gob.NewEncoder(bw).Encode(&f); err != nil {
		return fmt.Errorf("save event model: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save event model: %w", err)
	}
	return nil
}

// ReadModel reads a model written by Save.
func ReadModel(r io.Reader) (*Model, error) {
	var f modelFile
	if err := gob.NewDecoder(bufio.NewReader(r)).Decode(&f); err != nil {
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
	if len(f.ClusterKeys)%8 != 0 || len(f.ClusterVals) != len(f.ClusterKeys)/2 {
		return nil, fmt.Errorf("read event model: bad cluster sizes %d, %d", len(f.ClusterKeys), len(f.ClusterVals))
	}
	m := &Model{Prev: f.Prev, Margin: f.Margin, ClusterBits: f.ClusterBits, ClusterLevels: f.ClusterLevels, Common: f.Common, Never: f.Never, Info: f.Info}
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
	if nc := len(f.ClusterKeys) / 8; nc > 0 {
		m.Clusters = make(map[uint64]uint32, nc)
		for i := 0; i < nc; i++ {
			m.Clusters[binary.LittleEndian.Uint64(f.ClusterKeys[8*i:])] = binary.LittleEndian.Uint32(f.ClusterVals[4*i:])
		}
	}
	m.index()
	return m, nil
}
