package saves_test

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/pactgame/pact/game/record"
	"github.com/pactgame/pact/ui/saves"
)

// The kill test re-runs this test binary as a child that saves records in a loop; these variables
// of its environment tell it what to do.
const (
	childEnv   = "PACT_SAVES_KILL_CHILD" // the directory of the records the child writes
	childReady = "ready"
)

// TestAutosaveSurvivesKill9 kills a process that is saving large records in a loop — autosaves
// with their rotation, and a named save — with SIGKILL at many random moments, and checks after
// each kill that every save in the directory is one of the records written, whole (byte for byte:
// never a mixture of two, never a cut), and that the newest complete autosave loads.
func TestAutosaveSurvivesKill9(t *testing.T) {
	if src := os.Getenv(childEnv); src != "" {
		saveForever(t, src)
		return
	}
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("SIGKILL is a Unix signal")
	}
	kills := 30
	if testing.Short() {
		kills = 8
	}
	// Three records of different sizes, the largest a whole campaign with six branches.
	src := t.TempDir()
	var known [][]byte
	for i, r := range []*record.Record{gameRecord(t, 1, 36, 6), gameRecord(t, 2, 20, 2), gameRecord(t, 3, 36, 0)} {
		data := r.Marshal()
		back, errs := record.Parse("k.rec", data)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		if _, err := back.Replay(loadCampaign(t)); err != nil {
			t.Fatal(err)
		}
		known = append(known, data)
		if err := os.WriteFile(filepath.Join(src, fmt.Sprintf("%d.rec", i)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("records of %d, %d and %d bytes", len(known[0]), len(known[1]), len(known[2]))

	dir := t.TempDir()
	t.Setenv("PACT_DATA", dir)
	rng := rand.New(rand.NewPCG(7, 9))
	seen, hadNamed := 0, false
	midWrite, lastTemps := 0, 0
	for k := range kills {
		cmd := exec.Command(os.Args[0], "-test.run=^TestAutosaveSurvivesKill9$", "-test.count=1")
		cmd.Env = append(os.Environ(), childEnv+"="+src)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		ready := bufio.NewScanner(out)
		for ready.Scan() && !strings.Contains(ready.Text(), childReady) {
		}
		time.Sleep(time.Duration(rng.IntN(40_000)) * time.Microsecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		_ = cmd.Wait()

		auto, named, temps := checkSaves(t, dir, known)
		if temps > lastTemps {
			midWrite++ // this kill interrupted a write
		}
		lastTemps = temps
		// The rotation drops the oldest autosave before it writes the newest, so a kill may leave
		// one autosave fewer than Keep — never fewer than that, and never no named save once
		// there was one.
		if auto < min(seen, saves.Keep-1) {
			t.Fatalf("kill %d: %d autosaves left, %d before: a kill lost a save", k, auto, seen)
		}
		if hadNamed && !named {
			t.Fatalf("kill %d: the named save is gone", k)
		}
		seen, hadNamed = auto, hadNamed || named
		if auto > 0 {
			if _, _, err := saves.Latest(); err != nil {
				t.Fatalf("kill %d: the newest autosave does not load: %v", k, err)
			}
		}
	}
	if seen == 0 || !hadNamed {
		t.Fatal("the child never saved anything before it was killed")
	}
	t.Logf("%d kills, %d of them in the middle of writing a file", kills, midWrite)
	r, path, err := saves.Latest()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Replay(loadCampaign(t)); err != nil {
		t.Fatalf("%s does not replay: %v", path, err)
	}
}

// checkSaves checks that every save (*.rec) of dir is, byte for byte, one of the known records,
// and returns how many autosaves there are, whether the named save exists, and how many temporary
// files interrupted writes left (they are not saves: Autosave removes them once they are stale).
func checkSaves(t *testing.T, dir string, known [][]byte) (autosaves int, named bool, temps int) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			temps++
			continue
		}
		if !strings.HasSuffix(e.Name(), ".rec") {
			continue
		}
		if strings.HasPrefix(e.Name(), "autosave") {
			autosaves++
		} else {
			named = true
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		whole := false
		for _, k := range known {
			whole = whole || bytes.Equal(data, k)
		}
		if !whole {
			_, errs := record.Parse(e.Name(), data)
			t.Fatalf("%s is not a whole record (%d bytes; reading it says: %v)", e.Name(), len(data), errs)
		}
	}
	return autosaves, named, temps
}

// saveForever is the child: it reads the records of src and saves them in turn, as autosaves and
// as a named save, until it is killed.
func saveForever(t *testing.T, src string) {
	var recs []*record.Record
	for i := range 3 {
		data, err := os.ReadFile(filepath.Join(src, fmt.Sprintf("%d.rec", i)))
		if err != nil {
			t.Fatal(err)
		}
		r, errs := record.Parse("k.rec", data)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		recs = append(recs, r)
	}
	fmt.Println(childReady)
	for i := 0; ; i++ {
		r := recs[i%len(recs)]
		if err := saves.Autosave(r); err != nil {
			t.Fatal(err)
		}
		if err := saves.Write(filepath.Join(saves.Dir(), "game.rec"), r); err != nil {
			t.Fatal(err)
		}
	}
}
