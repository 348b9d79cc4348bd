package record_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/pactgame/pact/game/datafile"
	"github.com/pactgame/pact/game/record"
)

// FuzzParse feeds the record reader arbitrary bytes, starting from the golden records: it never
// panics, every error names a valid position in the file and renders its excerpt, and a record it
// accepts writes back canonically (Parse(Marshal(r)) gives the same record, whose Marshal is a
// fixed point).
func FuzzParse(f *testing.F) {
	// The whole golden records are the seeds of a plain test run. A fuzzing run starts from their
	// first months instead (still valid records): the YAML reader takes milliseconds on a whole
	// record, which would leave the fuzzer a few inputs a minute.
	fuzzing := flag.Lookup("test.fuzz") != nil && flag.Lookup("test.fuzz").Value.String() != ""
	files, _ := filepath.Glob(filepath.Join(goldenDir, "*.rec"))
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		if !fuzzing {
			f.Add(data)
		}
		f.Add(firstMonths(data, 2))
	}
	f.Add([]byte("format: 2\n"))
	f.Add([]byte(""))
	f.Add([]byte("lines: []\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, errs := record.Parse("f.rec", data)
		// The canonical reader (used when the file is laid out as Marshal writes it) and the
		// strict YAML reader agree on every input: the same record, or the same errors.
		strict, serrs := record.ParseStrict("f.rec", data)
		if errs.Error() != serrs.Error() || len(errs) != len(serrs) {
			t.Fatalf("the readers disagree: %v / strict: %v", errs, serrs)
		}
		if diff := cmp.Diff(strict, r, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("the readers read different records (-strict +canonical):\n%s", diff)
		}
		if len(errs) > 0 {
			if r != nil {
				t.Fatal("Parse returned both a record and errors")
			}
			lines := lineCount(data)
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

// firstMonths cuts a canonical record after the first n months of its main line.
func firstMonths(data []byte, n int) []byte {
	sep := []byte("\n      - date:")
	at := 0
	for range n {
		i := bytes.Index(data[at+1:], sep)
		if i < 0 {
			return data
		}
		at += 1 + i
	}
	if j := bytes.Index(data[at+1:], sep); j >= 0 {
		return data[:at+1+j+1]
	}
	return data
}

// lineCount counts lines as YAML does: \n, \r\n and a lone \r each end one.
func lineCount(data []byte) int {
	n := 1
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '\n':
			n++
		case '\r':
			n++
			if i+1 < len(data) && data[i+1] == '\n' {
				i++
			}
		}
	}
	return n
}
