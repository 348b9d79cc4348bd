package ui

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// importsOf lists the imports of the Go files (tests included) under dir.
func importsOf(t *testing.T, dir string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, im := range f.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			out[path] = append(out[path], p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestImportPolicy is the interface's place in the architecture: the engine, the scenarios and
// the assets never import the interface; the screens, components and theme do no I/O (no os, no
// saves) — the root model does it in commands.
func TestImportPolicy(t *testing.T) {
	for _, dir := range []string{"../game", "../scenarios", "../assets"} {
		for file, imps := range importsOf(t, dir) {
			for _, p := range imps {
				if strings.HasPrefix(p, "github.com/pactgame/pact/ui") || strings.HasPrefix(p, "github.com/pactgame/pact/cmd") {
					t.Errorf("%s imports %s: the engine and its data never import the interface", file, p)
				}
			}
		}
	}
	for _, dir := range []string{"screens", "components", "theme"} {
		for file, imps := range importsOf(t, dir) {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			for _, p := range imps {
				if p == "os" || strings.HasPrefix(p, "net") || p == "github.com/pactgame/pact/ui/saves" ||
					p == "github.com/pactgame/pact/ui" || strings.HasPrefix(p, "github.com/pactgame/pact/cmd") {
					t.Errorf("%s imports %s: screens and components render and answer keys; I/O is the root model's", file, p)
				}
			}
		}
	}
}
