package art

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:embed title.txt
var title string

//go:embed europe.txt
var europe string

// Title is the title lettering, without a trailing newline.
func Title() string { return strings.TrimRight(title, "\n") }

// Region is one kind of cell of the map: the sea, other land, or a state named by its id.
type Region struct {
	Code byte   // the character of the grid
	ID   string // "sea", "land", a power id ("france") or a minor state's id ("poland"), "rhineland", "saar"
	Name string // for a legend: "Czechoslovakia", "the Rhineland (…)"
}

// Label is text written on the map at a cell.
type Label struct {
	Row, Col int
	Text     string
}

// Hotspot is a place crises are made of, marked on the map.
type Hotspot struct {
	Row, Col int
	ID       string // rhineland, saar, austria, spain, ethiopia
}

// Map is the map of Europe: a grid of region codes, all rows of the same width.
type Map struct {
	Grid     []string
	Regions  map[byte]Region
	Labels   []Label
	Hotspots []Hotspot
}

// Width and Height are the map's size in cells.
func (m *Map) Width() int  { return len(m.Grid[0]) }
func (m *Map) Height() int { return len(m.Grid) }

// Region returns the region of a cell.
func (m *Map) Region(row, col int) Region { return m.Regions[m.Grid[row][col]] }

var (
	once      sync.Once
	europeMap *Map
	europeErr error
)

// Europe is the shipped map, parsed once. An error means the embedded file is malformed (a test
// guards against it).
func Europe() (*Map, error) {
	once.Do(func() { europeMap, europeErr = Parse(europe) })
	return europeMap, europeErr
}

// Parse reads a map file: sections [regions], [grid], [labels] and [hotspots]; '#' starts a
// comment line. Errors name the line.
func Parse(src string) (*Map, error) {
	m := &Map{Regions: map[byte]Region{}}
	section := ""
	for i, line := range strings.Split(src, "\n") {
		n := i + 1
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		switch section {
		case "regions":
			f := strings.Fields(line)
			if len(f) < 2 || len(f[0]) != 1 {
				return nil, fmt.Errorf("art: line %d: a region is a one-character code, an id and a name", n)
			}
			name := strings.Join(f[2:], " ")
			if name == "" {
				name = f[1]
			}
			m.Regions[f[0][0]] = Region{Code: f[0][0], ID: f[1], Name: name}
		case "grid":
			if len(m.Grid) > 0 && len(line) != len(m.Grid[0]) {
				return nil, fmt.Errorf("art: line %d: a grid row of %d cells where the first has %d", n, len(line), len(m.Grid[0]))
			}
			for j := range len(line) {
				if _, ok := m.Regions[line[j]]; !ok {
					return nil, fmt.Errorf("art: line %d, column %d: unknown region code %q", n, j+1, line[j])
				}
			}
			m.Grid = append(m.Grid, line)
		case "labels", "hotspots":
			f := strings.SplitN(line, " ", 3)
			if len(f) != 3 {
				return nil, fmt.Errorf("art: line %d: want ROW COL TEXT", n)
			}
			row, err1 := strconv.Atoi(f[0])
			col, err2 := strconv.Atoi(f[1])
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("art: line %d: row and column must be numbers", n)
			}
			if section == "labels" {
				m.Labels = append(m.Labels, Label{Row: row, Col: col, Text: f[2]})
			} else {
				m.Hotspots = append(m.Hotspots, Hotspot{Row: row, Col: col, ID: f[2]})
			}
		default:
			return nil, fmt.Errorf("art: line %d: text outside a section", n)
		}
	}
	if len(m.Grid) == 0 {
		return nil, fmt.Errorf("art: the map has no grid")
	}
	for _, l := range m.Labels {
		if l.Row < 0 || l.Row >= m.Height() || l.Col < 0 || l.Col+len(l.Text) > m.Width() {
			return nil, fmt.Errorf("art: label %q at %d,%d falls outside the map", l.Text, l.Row, l.Col)
		}
	}
	for _, h := range m.Hotspots {
		if h.Row < 0 || h.Row >= m.Height() || h.Col < 0 || h.Col >= m.Width() {
			return nil, fmt.Errorf("art: hotspot %q at %d,%d falls outside the map", h.ID, h.Row, h.Col)
		}
	}
	return m, nil
}
