package treaty

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	yaml "github.com/goccy/go-yaml"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// ruleCase is one case of testdata/cases (see its README).
type ruleCase struct {
	ID        string          `yaml:"id"`
	Reason    string          `yaml:"reason"`
	Situation yaml.RawMessage `yaml:"situation"`
	Want      struct {
		Obligation    Obligation `yaml:"obligation"`
		Articles      []string   `yaml:"articles"`
		NonAssistance *bool      `yaml:"non_assistance"`
		Deliverable   *bool      `yaml:"deliverable"`
		TraceHas      []string   `yaml:"trace_has"`
	} `yaml:"want"`
	file string
}

// skip lists the known gaps of the suite: case id → why it is skipped. Empty: there are none.
var skip = map[string]string{}

var caseID = regexp.MustCompile(`^T[0-9]+\.[0-9]+$`)

// loadCases reads every case file, in file order.
func loadCases(t testing.TB) []ruleCase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "cases", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no case files: %v", err)
	}
	slices.Sort(files)
	var all []ruleCase
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var cs []ruleCase
		if err := yaml.UnmarshalWithOptions(data, &cs, yaml.DisallowUnknownField()); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for i := range cs {
			cs[i].file = f
		}
		all = append(all, cs...)
	}
	return all
}

// TestCases runs the Pact Treaty Cases, one subtest per case: go test -run 'TestCases/T4.2'.
func TestCases(t *testing.T) {
	cases := loadCases(t)
	for _, c := range cases {
		t.Run(c.ID, func(t *testing.T) {
			if why, ok := skip[c.ID]; ok {
				t.Skip(why)
			}
			s, err := ParseSituation(c.file, c.Situation)
			if err != nil {
				t.Fatalf("%s (%s): situation does not parse: %v", c.ID, c.Reason, err)
			}
			r := Rule(s)
			got := struct {
				Obligation Obligation
				Articles   []string
			}{r.Obligation, r.Articles}
			want := struct {
				Obligation Obligation
				Articles   []string
			}{c.Want.Obligation, c.Want.Articles}
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s: %s\nruling mismatch (-want +got):\n%s\ntrace:\n%s", c.ID, c.Reason, diff, traceText(r))
			}
			if w := c.Want.NonAssistance; w != nil && *w != r.NonAssistance {
				t.Errorf("%s: %s\nnon_assistance = %v, want %v", c.ID, c.Reason, r.NonAssistance, *w)
			}
			if w := c.Want.Deliverable; w != nil && *w != r.Deliverable.Possible {
				t.Errorf("%s: %s\ndeliverable possible = %v, want %v (%s)", c.ID, c.Reason, r.Deliverable.Possible, *w, r.Deliverable.Why)
			}
			text := traceText(r)
			for _, w := range c.Want.TraceHas {
				if !strings.Contains(text, w) {
					t.Errorf("%s: %s\nthe trace lacks %q:\n%s", c.ID, c.Reason, w, text)
				}
			}
		})
	}
}

// TestCaseFilesAreWellFormed checks the suite itself: at least 40 cases, stable unique ids in the
// T<topic>.<n> form, a reason for each, and expected articles that exist as texts.
func TestCaseFilesAreWellFormed(t *testing.T) {
	cases := loadCases(t)
	if len(cases) < 40 {
		t.Errorf("%d cases; the suite needs at least 40", len(cases))
	}
	seen := map[string]bool{}
	for _, c := range cases {
		if !caseID.MatchString(c.ID) {
			t.Errorf("%s: case id %q is not of the form T<topic>.<n>", c.file, c.ID)
		}
		if seen[c.ID] {
			t.Errorf("%s: case id %s is used twice", c.file, c.ID)
		}
		seen[c.ID] = true
		if strings.TrimSpace(c.Reason) == "" {
			t.Errorf("%s: case %s has no reason", c.file, c.ID)
		}
		if c.Want.Obligation == "" {
			t.Errorf("%s: case %s expects no obligation", c.file, c.ID)
		}
		for _, a := range c.Want.Articles {
			if _, ok := TextByID(a); !ok {
				t.Errorf("%s: case %s expects article %q, which has no text", c.file, c.ID, a)
			}
		}
	}
	for id := range skip {
		if !seen[id] {
			t.Errorf("skip list names %s, which is no case", id)
		}
	}
}

func traceText(r Ruling) string {
	var b strings.Builder
	for _, s := range r.Trace {
		b.WriteString(s.String() + "\n")
	}
	return b.String()
}
