package entity

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"sort"
)

// modelVersion is the version of the model file format.
const modelVersion = 1

// modelFile is the serialised form of a Model: gob inside gzip, with the
// large arrays as little-endian bytes and the weights quantised to int16.
type modelFile struct {
	Version       int
	Labels        int
	Keys          []byte // uint64 each
	Weights       []byte // int16 each, times Scale
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
}

// Save writes m to w.
func (m *Model) Save(w io.Writer) error {
	f := modelFile{Version: modelVersion, Labels: nLabels, ClusterBits: m.ClusterBits,
		ClusterLevels: m.ClusterLevels, GazMaxLen: m.GazMaxLen, Info: m.Info, Off: m.Off}
	f.Keys = make([]byte, 8*len(m.Keys))
	for i, k := range m.Keys {
		binary.LittleEndian.PutUint64(f.Keys[8*i:], k)
	}
	var maxAbs float32
	for _, v := range m.Weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	f.Scale = maxAbs / 32767
	if f.Scale == 0 {
		f.Scale = 1
	}
	f.Weights = make([]byte, 2*len(m.Weights))
	for i, v := range m.Weights {
		binary.LittleEndian.PutUint16(f.Weights[2*i:], uint16(int16(math.Round(float64(v/f.Scale)))))
	}
	f.ClusterKeys, f.ClusterVals = packMap(m.Clusters)
	f.GazKeys, f.GazVals = packMap(m.Gaz)
	zw := gzip.NewWriter(w)
	if err := gob.NewEncoder(zw).Encode(&f); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	return nil
}

func packMap(m map[uint64]uint32) ([]byte, []byte) {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	kb := make([]byte, 8*len(keys))
	vb := make([]byte, 4*len(keys))
	for i, k := range keys {
		binary.LittleEndian.PutUint64(kb[8*i:], k)
		binary.LittleEndian.PutUint32(vb[4*i:], m[k])
	}
	return kb, vb
}

func unpackMap(kb, vb []byte) (map[uint64]uint32, error) {
	if len(kb)%8 != 0 || len(vb) != len(kb)/2 {
		return nil, fmt.Errorf("bad map sizes %d, %d", len(kb), len(vb))
	}
	n := len(kb) / 8
	if n == 0 {
		return nil, nil
	}
	m := make(map[uint64]uint32, n)
	for i := 0; i < n; i++ {
		m[binary.LittleEndian.Uint64(kb[8*i:])] = binary.LittleEndian.Uint32(vb[4*i:])
	}
	return m, nil
}

// ReadModel reads a model written by Save.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(bufio.NewReader(r))
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	var f modelFile
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	if f.Version != modelVersion || f.Labels != nLabels {
		return nil, fmt.Errorf("read model: version %d with %d labels, want %d with %d", f.Version, f.Labels, modelVersion, nLabels)
	}
	if len(f.Keys)%8 != 0 || len(f.Weights) != 2*nLabels*len(f.Keys)/8 {
		return nil, fmt.Errorf("read model: bad sizes %d keys, %d weights", len(f.Keys), len(f.Weights))
	}
	m := &Model{ClusterBits: f.ClusterBits, ClusterLevels: f.ClusterLevels, GazMaxLen: f.GazMaxLen, Info: f.Info, Off: f.Off}
	m.Keys = make([]uint64, len(f.Keys)/8)
	for i := range m.Keys {
		m.Keys[i] = binary.LittleEndian.Uint64(f.Keys[8*i:])
	}
	m.Weights = make([]float32, len(f.Weights)/2)
	for i := range m.Weights {
		m.Weights[i] = float32(int16(binary.LittleEndian.Uint16(f.Weights[2*i:]))) * f.Scale
	}
	if m.Clusters, err = unpackMap(f.ClusterKeys, f.ClusterVals); err != nil {
		return nil, fmt.Errorf("read model clusters: %w", err)
	}
	if m.Gaz, err = unpackMap(f.GazKeys, f.GazVals); err != nil {
		return nil, fmt.Errorf("read model gazetteer: %w", err)
	}
	m.index()
	return m, nil
}
