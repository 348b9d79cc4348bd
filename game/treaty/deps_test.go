package treaty

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// allowedImports is the package's import policy (STYLE.md §2–3, and the package doc): a leaf of
// the engine that imports the standard library without I/O, clocks, randomness or floating-point
// maths, the calendar, and the YAML library that reads situations.
var allowedImports = []string{
	"encoding/json", "errors", "fmt", "slices", "strconv", "strings", "unicode/utf8",
	"github.com/goccy/go-yaml", "github.com/goccy/go-yaml/ast", "github.com/goccy/go-yaml/parser",
	"github.com/pactgame/pact/game/calendar",
}

// TestTheTreatyPackageIsALeaf: the package's own files (not its tests) import only what the
// policy allows — never the turn machinery of package game, ui, cmd, os, time or math/rand.
func TestTheTreatyPackageIsALeaf(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range af.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if !slices.Contains(allowedImports, path) {
				t.Errorf("%s imports %q, which the treaty package's policy does not allow", f, path)
			}
		}
	}
}
