// Package saves keeps Pact's game records on disk: the user's data directory (XDG on Linux, the
// platform's own elsewhere), atomic writes (a temporary file, fsync, rename — a game killed at any
// moment leaves the previous save whole), the rotation of the last few autosaves, and loading with
// located errors.
//
// It owns file I/O for records; the record format itself is game/record's. It may import game and
// game/record; game must never import it.
package saves

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"

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
// mixture, whatever happens to the process.
func Write(path string, r *record.Record) error {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("saves: %w", err)
		}
	}
	if err := renameio.WriteFile(path, r.Marshal(), 0o644); err != nil {
		return fmt.Errorf("saves: writing %s: %w", path, err)
	}
	return nil
}

// Autosave writes the record as the newest autosave, keeping the previous ones (rotated, oldest
// dropped). Each step is a rename, so an interruption never loses the last complete save.
func Autosave(r *record.Record) error {
	dir := Dir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("saves: %w", err)
	}
	newest := AutosavePath()
	if _, err := os.Stat(newest); err == nil {
		for i := Keep - 1; i >= 1; i-- {
			from := rotated(dir, i-1)
			if _, err := os.Stat(from); err == nil {
				_ = os.Rename(from, rotated(dir, i))
			}
		}
		// rotated(dir, 0) is the newest itself, now moved to .1; write the new one in its place.
	}
	return Write(newest, r)
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
