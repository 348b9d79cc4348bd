package scenarios

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/datafile"
)

//go:embed *.yaml
var files embed.FS

// Info describes a shipped scenario.
type Info struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Start string `json:"start"`
	End   string `json:"end"`
	Turns int    `json:"turns"`
	File  string `json:"file"`
	Intro string `json:"intro"`
}

var (
	mu    sync.Mutex
	cache = map[string]*game.Scenario{}
)

// Files lists the embedded scenario file names.
func Files() []string {
	names, _ := fs.Glob(files, "*.yaml")
	slices.Sort(names)
	return names
}

// Source returns the bytes of an embedded scenario file.
func Source(name string) ([]byte, error) { return files.ReadFile(name) }

// List describes every shipped scenario, the full campaign first.
func List() ([]Info, error) {
	var out []Info
	for _, name := range Files() {
		sc, err := loadFile(name)
		if err != nil {
			return nil, err
		}
		out = append(out, Info{ID: sc.ID, Title: sc.Title, Start: sc.Start.String(), End: sc.End.String(),
			Turns: sc.End.Sub(sc.Start) + 1, File: "scenarios/" + name, Intro: sc.Intro})
	}
	slices.SortStableFunc(out, func(a, b Info) int {
		if (a.ID == "pact-1934") != (b.ID == "pact-1934") {
			if a.ID == "pact-1934" {
				return -1
			}
			return 1
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out, nil
}

// Load returns the shipped scenario with the id, compiled once and cached.
func Load(id string) (*game.Scenario, error) {
	for _, name := range Files() {
		if strings.TrimSuffix(name, ".yaml") == id {
			return loadFile(name)
		}
	}
	// A file may name its scenario differently from its file name.
	for _, name := range Files() {
		sc, err := loadFile(name)
		if err == nil && sc.ID == id {
			return sc, nil
		}
	}
	ids := []string{}
	if l, err := List(); err == nil {
		for _, i := range l {
			ids = append(ids, i.ID)
		}
	}
	return nil, fmt.Errorf("scenarios: unknown scenario %q%s (the scenarios are %s)", id, datafile.DidYouMean(id, ids), strings.Join(ids, ", "))
}

// loadFile compiles an embedded file once. The lock is not held while compiling: a what-if
// compiles its base through Load.
func loadFile(name string) (*game.Scenario, error) {
	mu.Lock()
	sc, ok := cache[name]
	mu.Unlock()
	if ok {
		return sc, nil
	}
	data, err := files.ReadFile(name)
	if err != nil {
		return nil, err
	}
	sc, errs := Parse("scenarios/"+name, data, Options{})
	if len(errs) > 0 {
		return nil, errs
	}
	mu.Lock()
	defer mu.Unlock()
	if prev, ok := cache[name]; ok {
		return prev, nil
	}
	cache[name] = sc
	return sc, nil
}
