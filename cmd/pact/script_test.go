package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary run as the pact command inside the scripts.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"pact": func() { os.Exit(Main()) },
	})
}

// TestScripts runs the CLI scripts of testdata/script (one .txtar per command or topic).
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata/script"})
}
