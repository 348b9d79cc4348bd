package record_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pactgame/pact/game/datafile"
	"github.com/pactgame/pact/game/record"
)

// FuzzParse feeds the record reader arbitrary bytes, starting from the golden records: it never
// panics, every error names a valid position in the file and renders its excerpt, and a record it
// accepts writes back canonically (Parse(Marshal(r)) gives the same record, whose Marshal is a
// fixed point).
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(goldenDir, "*.rec"))
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		// A small piece of each, so the fuzzer mutates something it can read quickly.
		if i := bytes.Index(data, []byte("\n      - date:")); i > 0 {
			if j := bytes.Index(data[i+1:], []byte("\n      - date:")); j > 0 {
				f.Add(data[:i+1+j+1])
			}
		}
	}
	f.Add([]byte("format: 2\n"))
	f.Add([]byte(""))
	f.Add([]byte("lines: []\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, errs := record.Parse("f.rec", data)
		if len(errs) > 0 {
			if r != nil {
				t.Fatal("Parse returned both a record and errors")
			}
			lines := bytes.Count(data, []byte("\n")) + 1
			for _, e := range errs {
				if e.Pos.File != "f.rec" {
					t.Fatalf("error without the file's name: %v", e)
				}
				if !e.Pos.IsValid() || e.Pos.Line > lines {
					t.Fatalf("error with no valid position (file has %d lines): %v", lines, e)
				}
				if strings.Contains(e.Error(), "\n") {
					t.Fatalf("error of more than one line: %q", e.Error())
				}
				_ = datafile.Excerpt(data, e.Pos)
			}
			return
		}
		out := r.Marshal()
		back, errs := record.Parse("again.rec", out)
		if len(errs) > 0 {
			t.Fatalf("an accepted record writes a file that does not parse: %v\ninput:\n%s\nwritten:\n%s", errs, data, out)
		}
		if again := back.Marshal(); !bytes.Equal(out, again) {
			t.Fatalf("Marshal is not a fixed point:\n%s\n---\n%s", out, again)
		}
	})
}
