package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The play command's bad flags are refused before the terminal opens, with the contract's exit
// statuses: 2 for a usage error, 1 for a record that cannot be read.
func TestPlayFlagErrorsExitStatus(t *testing.T) {
	t.Setenv("PACT_DATA", t.TempDir())
	broken := filepath.Join(t.TempDir(), "broken.rec")
	if err := os.WriteFile(broken, []byte("not a record\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"play", "--scenario", "nowhere-1999", "--power", "france"}, 2, "unknown scenario"},
		{[]string{"play", "--power", "prussia"}, 2, "unknown power"},
		{[]string{"play", "--continue"}, 2, "no autosave yet"},
		{[]string{"play", "--load", "x.rec", "--continue"}, 2, "cannot be used together"},
		{[]string{"play", "--seed", "-1"}, 2, "must not be negative"},
		{[]string{"play", "--load", broken}, 1, "broken.rec:1:1:"},
		{[]string{"play", "--load", filepath.Join(t.TempDir(), "none.rec")}, 1, "no such file"},
	} {
		var out, errw bytes.Buffer
		code := run(c.args, strings.NewReader(""), &out, &errw)
		if code != c.code || !strings.Contains(errw.String(), c.want) || strings.Count(errw.String(), "\n") != 1 || out.Len() != 0 {
			t.Errorf("pact %s: exit %d, stderr %q, stdout %q; want exit %d and one line with %q",
				strings.Join(c.args, " "), code, errw.String(), out.String(), c.code, c.want)
		}
	}
}
