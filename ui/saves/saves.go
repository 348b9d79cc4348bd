package saves

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"time"

	"github.com/adrg/xdg"
	"github.com/google/renameio/v2"

	"github.com/pactgame/pact/game/datafile"
	"github.com/pactgame/pact/game/record"
)

// Keep is how many autosaves are kept: autosave.rec (the newest) and autosave.1.rec … .4.rec.
const Keep = 5

// Dir is the directory of Pact's saves: $XDG_DATA_HOME/pact on Linux (~/.local/share/pact), the
// platform's application-data directory elsewhere. PACT_DATA overrides it.
func Dir() string {
	if d := os.Getenv("PACT_DATA"); d != "" {
		return d
	}
	return filepath.Join(xdg.DataHome, "pact")
}

// AutosavePath is the newest autosave.
func AutosavePath() string { return filepath.Join(Dir(), "autosave.rec") }

// Write saves a record atomically: the file at path is either the old one or the new one, never a
// mixture, whatever happens to the process. The record goes to a temporary file in the same
// directory, which is synced, renamed over path, and the directory synced in turn.
func Write(path string, r *record.Record) error {
	return WriteFile(path, r.Marshal())
}

// WriteFile writes data to path atomically, as Write does (for other files beside the saves, such
// as a debrief).
func WriteFile(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("saves: %w", err)
	}
	if err := renameio.WriteFile(path, data, 0o644, renameio.WithTempDir(dir)); err != nil {
		return fmt.Errorf("saves: writing %s: %w", path, err)
	}
	syncDir(dir)
	return nil
}

// syncDir makes a rename in dir durable (a power cut after it keeps the new file). It is best
// effort: some systems cannot sync a directory, and the rename itself is already atomic.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}

// Autosave writes the record as the newest autosave, keeping the previous ones (rotated, oldest
// dropped). Each step is a rename, so an interruption at any moment leaves every autosave file
// whole, and the last complete save is always among them (at worst as autosave.1.rec, which
// Latest then finds).
func Autosave(r *record.Record) error {
	dir := Dir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("saves: %w", err)
	}
	removeStaleTemps(dir)
	data := r.Marshal()
	newest := AutosavePath()
	if _, err := os.Stat(newest); err == nil {
		for i := Keep - 1; i >= 1; i-- {
			from := rotated(dir, i-1)
			if _, err := os.Stat(from); err == nil {
				if err := os.Rename(from, rotated(dir, i)); err != nil {
					return fmt.Errorf("saves: rotating the autosaves: %w", err)
				}
			}
		}
	}
	return WriteFile(newest, data)
}

// staleAfter is how old a temporary file left in the saves' directory must be before Autosave
// removes it (a write killed half-way leaves one; a write in progress is younger).
const staleAfter = time.Minute

// tempName matches the temporary files of the autosaves' atomic writes.
var tempName = regexp.MustCompile(`^\.autosave(\.[0-9]+)?\.rec[0-9]+$`)

// removeStaleTemps removes the temporary files of atomic writes that were interrupted.
func removeStaleTemps(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !tempName.MatchString(e.Name()) {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > staleAfter {
			_ = os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// rotated is the path of the i-th previous autosave (0 is the newest).
func rotated(dir string, i int) string {
	if i == 0 {
		return filepath.Join(dir, "autosave.rec")
	}
	return filepath.Join(dir, "autosave."+strconv.Itoa(i)+".rec")
}

// Autosaves lists the autosaves that exist, newest first.
func Autosaves() []string {
	var out []string
	for i := range Keep {
		p := rotated(Dir(), i)
		if _, err := os.Stat(p); err == nil {
			out = append(out, p)
		}
	}
	return out
}

// ErrNoAutosave is returned by Latest when no autosave exists.
var ErrNoAutosave = errors.New("saves: there is no autosave yet — start a new game")

// Load reads a record file. A malformed file gives a datafile.ErrorList (FILE:LINE:COL: message).
func Load(path string) (*record.Record, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s: %v", path, pe.Err)
		}
		return nil, err
	}
	r, errs := record.Parse(path, data)
	if len(errs) > 0 {
		return nil, errs
	}
	return r, nil
}

// Latest loads the newest autosave that reads cleanly, with its path. (A damaged newest file —
// which atomic writes should make impossible — falls back to the one before.)
func Latest() (*record.Record, string, error) {
	paths := Autosaves()
	if len(paths) == 0 {
		return nil, "", ErrNoAutosave
	}
	var firstErr error
	for _, p := range paths {
		r, err := Load(p)
		if err == nil {
			return r, p, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, "", firstErr
}

// Excerpt is re-exported for callers that print load errors with their source line.
var Excerpt = datafile.Excerpt
