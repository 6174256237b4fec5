package entity

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Clusters are word clusters: Map takes WordKey or LowerKey of a word to its
// path of Levels levels of Bits bits each, below a leading 1 bit.
type Clusters struct {
	Map          map[uint64]uint32
	Bits, Levels int
}

// ReadClusters reads a gzipped clusters file: a header line "bits levels",
// then one "word<TAB>path" line per word, path as a decimal code.
func ReadClusters(path string) (*Clusters, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read clusters %s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	c := &Clusters{Map: map[uint64]uint32{}}
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			if _, err := fmt.Sscan(sc.Text(), &c.Bits, &c.Levels); err != nil {
				return nil, fmt.Errorf("read clusters %s header: %w", path, err)
			}
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 {
			return nil, fmt.Errorf("read clusters %s line %d: no tab", path, line)
		}
		v, err := strconv.ParseUint(f[1], 10, 32)
		if err != nil {
			return nil, fmt.Errorf("read clusters %s line %d: %w", path, line, err)
		}
		c.Map[WordKey(f[0])] = uint32(v)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters %s: %w", path, err)
	}
	return c, nil
}
