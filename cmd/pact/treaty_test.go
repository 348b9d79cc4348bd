package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTreatyCheckExitStatus: 0 for a ruling, 1 for a bad situation or an unreadable file, 2 for a
// usage error — each with one line on stderr and nothing on stdout when it fails.
func TestTreatyCheckExitStatus(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	os.WriteFile(good, []byte(`{"date": "1936-04", "victim": "france", "aggressor": "germany", "kind": "threat"}`), 0o644)
	for _, c := range []struct {
		name  string
		args  []string
		stdin string
		code  int
		err   string
	}{
		{"a file", []string{"treaty", "check", good}, "", 0, ""},
		{"stdin", []string{"treaty", "check", "--json"}, `{"date": "1936-04", "victim": "ussr", "aggressor": "japan", "kind": "threat"}`, 0, ""},
		{"bad value", []string{"treaty", "check"}, `{"date": "1936-04", "victim": "france", "aggressor": "germany", "kind": "raid"}`, 1, `field "kind": "raid" is not one of attack, threat`},
		{"not a party", []string{"treaty", "check", "-"}, `{"date": "1936-04", "victim": "belgium", "aggressor": "germany", "kind": "threat"}`, 1, `field "victim"`},
		{"impossible date", []string{"treaty", "check"}, `{"date": "1936-00", "victim": "france", "aggressor": "germany", "kind": "threat"}`, 1, `field "date"`},
		{"garbage", []string{"treaty", "check"}, "\x00\xff{[", 1, "<stdin>"},
		{"no such file", []string{"treaty", "check", filepath.Join(dir, "none.json")}, "", 1, "cannot read the situation"},
		{"two files", []string{"treaty", "check", good, good}, "", 2, "accepts at most 1 arg"},
		{"bad flag", []string{"treaty", "check", "--xml"}, "", 2, "unknown flag"},
		{"no sub-command", []string{"treaty"}, "", 2, "sub-command"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(c.args, strings.NewReader(c.stdin), &out, &errb)
			if code != c.code {
				t.Fatalf("exit %d, want %d (stderr %q)", code, c.code, errb.String())
			}
			if c.code == 0 {
				if out.Len() == 0 || errb.Len() != 0 {
					t.Errorf("stdout %d bytes, stderr %q", out.Len(), errb.String())
				}
				return
			}
			if out.Len() != 0 {
				t.Errorf("a failure wrote to stdout: %q", out.String())
			}
			if e := errb.String(); strings.Count(e, "\n") != 1 || !strings.Contains(e, c.err) || !strings.HasPrefix(e, "pact: ") {
				t.Errorf("stderr %q, want one line containing %q", e, c.err)
			}
		})
	}
}

// TestTreatyCheckJSONIsTheContract: the JSON ruling has the contract's keys with their types.
func TestTreatyCheckJSONIsTheContract(t *testing.T) {
	var out, errb bytes.Buffer
	in := `{"date": "1936-06", "victim": "ussr", "aggressor": "germany", "kind": "attack", "unprovoked": true}`
	if code := run([]string{"treaty", "check", "--json"}, strings.NewReader(in), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var r struct {
		Obligation  *string   `json:"obligation"`
		Articles    *[]string `json:"articles"`
		Trace       *[]string `json:"trace"`
		Deliverable *struct {
			Possible *bool   `json:"possible"`
			Why      *string `json:"why"`
		} `json:"deliverable"`
	}
	dec := json.NewDecoder(&out)
	if err := dec.Decode(&r); err != nil {
		t.Fatal(err)
	}
	if r.Obligation == nil || *r.Obligation != "assistance" || r.Articles == nil || len(*r.Articles) == 0 ||
		r.Trace == nil || len(*r.Trace) == 0 || r.Deliverable == nil || r.Deliverable.Possible == nil || r.Deliverable.Why == nil {
		t.Errorf("ruling %+v", r)
	}
}
