package game_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// allowedImports is the import policy of game/... (STYLE.md §2): the standard library without I/O,
// clocks, global randomness or unsafe; the two libraries the design names for data; and the
// engine's own packages. A test file may import more (the scenarios, test helpers).
var forbiddenStd = []string{"os", "os/exec", "os/signal", "net", "net/http", "syscall", "time", "math/rand",
	"math/rand/v2", "unsafe", "io/ioutil", "runtime", "plugin", "crypto/rand", "log"}

var allowedModules = []string{
	"github.com/expr-lang/expr",
	"github.com/goccy/go-yaml",
	"github.com/pactgame/pact/game",
}

func TestEngineImportPolicy(t *testing.T) {
	fset := token.NewFileSet()
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if !strings.Contains(strings.SplitN(p, "/", 2)[0], ".") {
				if slices.Contains(forbiddenStd, p) || strings.HasPrefix(p, "net/") || strings.HasPrefix(p, "os/") {
					t.Errorf("%s imports %q: the engine does no I/O, reads no clock and draws no global randomness", path, p)
				}
				continue
			}
			if !slices.ContainsFunc(allowedModules, func(m string) bool { return p == m || strings.HasPrefix(p, m+"/") }) {
				t.Errorf("%s imports %q, which the engine's import policy does not allow", path, p)
			}
			if strings.HasPrefix(p, "github.com/pactgame/pact/") && !strings.HasPrefix(p, "github.com/pactgame/pact/game") {
				t.Errorf("%s imports %q: game must not import ui, cmd, scenarios or assets", path, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestTreatyIsALeaf: game/treaty imports nothing of the turn machinery (STYLE.md §3).
func TestTreatyIsALeaf(t *testing.T) {
	fset := token.NewFileSet()
	files, _ := filepath.Glob("treaty/*.go")
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if p == "github.com/pactgame/pact/game" {
				t.Errorf("%s imports the engine; the treaty module must stay a leaf", path)
			}
		}
	}
}
