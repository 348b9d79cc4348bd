package treaty

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden")

// TestReadableRulingsMatchTheGoldenFiles renders every case's ruling as `pact treaty check`
// prints it and compares it with testdata/golden/<id>.golden (go test -run TestReadable -update
// rewrites them).
func TestReadableRulingsMatchTheGoldenFiles(t *testing.T) {
	for _, c := range loadCases(t) {
		t.Run(c.ID, func(t *testing.T) {
			s, err := ParseSituation(c.file, c.Situation)
			if err != nil {
				t.Fatal(err)
			}
			got := Rule(s).Text()
			path := filepath.Join("testdata", "golden", c.ID+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestReadable -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s: readable ruling differs from %s (-want +got):\n%s", c.ID, path, diff)
			}
		})
	}
}

// TestReadableRulingsFitTheTerminal: no line of a readable ruling is wider than 80 columns, save a
// single word too long to wrap.
func TestReadableRulingsFitTheTerminal(t *testing.T) {
	for _, c := range loadCases(t) {
		s, err := ParseSituation(c.file, c.Situation)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(Rule(s).Text(), "\n") {
			if utf8.RuneCountInString(line) > width && strings.Contains(strings.TrimSpace(line), " ") {
				t.Errorf("%s line %d is %d columns wide: %q", c.ID, i+1, utf8.RuneCountInString(line), line)
			}
		}
	}
}

// TestParaphrasesAreNeverQuoted: in the readable ruling, official wording is in quotation marks
// and our paraphrases and translations are not.
func TestParaphrasesAreNeverQuoted(t *testing.T) {
	for _, tx := range Texts() {
		for _, v := range tx.Versions {
			q := quote(v)
			quoted := strings.HasPrefix(q, "« ") || strings.HasPrefix(q, "\u201c")
			if quoted != v.Label.Official() {
				t.Errorf("%s [%s]: quoted=%v", tx.ID, v.Label, quoted)
			}
		}
	}
}
