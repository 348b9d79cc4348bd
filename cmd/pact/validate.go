package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/pactgame/pact/assets"
	"github.com/pactgame/pact/game/datafile"
	"github.com/pactgame/pact/scenarios"
)

func init() {
	register(func(io stdio) *cobra.Command {
		var quiet bool
		c := &cobra.Command{
			Use:   "validate PATH...",
			Short: "Check scenario files; errors as FILE:LINE:COL: message",
			Long: `Validate checks scenario files (a file, or every .yaml file of a directory) and reports every
problem it finds as FILE:LINE:COL: message, each with the line and a caret under the place.
Every event's dossier must exist in the game's library. Given the library itself (the assets
directory: sources.yaml, dossiers/, encyclopedia/), it checks that every link, every source and
every dossier's citation resolves. It exits 0 when everything is valid and 1 when anything is not.

Scenario files are documented in docs/scenarios.md.`,
			Args: cobra.MinimumNArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				return validate(io, args, quiet)
			},
		}
		c.Flags().BoolVarP(&quiet, "quiet", "q", false, "print only FILE:LINE:COL: message, without excerpts")
		return c
	})
}

func validate(io stdio, paths []string, quiet bool) error {
	var files []string
	failed := 0
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return checkErr("%s: %v", p, unwrapPathError(err))
		}
		if st.IsDir() && isLibraryDir(p) {
			errs := assets.CheckDir(os.DirFS(p))
			for i := range errs {
				errs[i].Pos.File = filepath.Join(p, errs[i].Pos.File)
			}
			if len(errs) == 0 {
				fmt.Fprintf(io.out, "%s: ok (the library: every link, source and citation resolves)\n", p)
			} else {
				failed++
				fmt.Fprint(io.out, errs.Lines())
				fmt.Fprintf(io.out, "%d error%s\n", len(errs), plural(len(errs)))
			}
			continue
		}
		if st.IsDir() {
			matches, _ := filepath.Glob(filepath.Join(p, "*.yaml"))
			more, _ := filepath.Glob(filepath.Join(p, "*.yml"))
			files = append(files, append(matches, more...)...)
			continue
		}
		files = append(files, p)
	}
	if len(files) == 0 && failed == 0 && !anyLibrary(paths) {
		return checkErr("no scenario files in %s", strings.Join(paths, ", "))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintf(io.err, "%s: %v\n", f, unwrapPathError(err))
			failed++
			continue
		}
		_, errs := scenarios.Parse(f, data, scenarios.Options{Dossier: dossierExists})
		if len(errs) == 0 {
			fmt.Fprintf(io.out, "%s: ok\n", f)
			continue
		}
		failed++
		printErrors(io, data, errs, quiet)
	}
	if failed > 0 {
		return silentErr(1)
	}
	return nil
}

// printErrors writes each error on its line, with the excerpt under it unless quiet.
func printErrors(io stdio, src []byte, errs datafile.ErrorList, quiet bool) {
	if quiet {
		fmt.Fprint(io.out, errs.Lines())
		fmt.Fprintf(io.out, "%d error%s\n", len(errs), plural(len(errs)))
		return
	}
	fmt.Fprint(io.out, errs.Render(src))
}

func indent(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// dossierExists reports whether the game's library has a dossier with the id.
func dossierExists(id string) bool {
	lib, err := assets.Library()
	if err != nil {
		return true // the library's own errors are reported by validating it
	}
	_, ok := lib.Dossier(id)
	return ok
}

// isLibraryDir reports whether a directory holds a library (sources.yaml beside dossiers/ or
// encyclopedia/) rather than scenarios.
func isLibraryDir(p string) bool {
	_, err := os.Stat(filepath.Join(p, "sources.yaml"))
	return err == nil
}

func anyLibrary(paths []string) bool {
	for _, p := range paths {
		if isLibraryDir(p) {
			return true
		}
	}
	return false
}
