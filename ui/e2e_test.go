package ui

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The end-to-end tests drive the real binary in tmux, as a player would: keys in, the screen
// read back. They skip where tmux is missing, except in CI (CI=true), where they must run.

// needTmux skips the test without tmux (failing it in CI).
func needTmux(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("the tmux end-to-end tests do not run with -short")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("tmux is missing, and CI=true requires the terminal end-to-end tests (.ci/run installs tmux)")
		}
		t.Skip("tmux is not installed: skipping the terminal end-to-end tests (install tmux to run them)")
	}
}

// buildPact builds cmd/pact into a temporary directory.
func buildPact(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "pact")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/pactgame/pact/cmd/pact").CombinedOutput()
	if err != nil {
		t.Fatalf("go build ./cmd/pact: %v\n%s", err, out)
	}
	return bin
}

// term is a tmux session on a private server.
type term struct {
	t      *testing.T
	socket string
	dir    string
}

func (x *term) tmux(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-L", x.socket}, args...)...).CombinedOutput()
	return string(out), err
}

// newTerm starts a command in a w×h tmux window; its exit status is printed as "EXITED n" and
// its pid is written to the file "pid".
func newTerm(t *testing.T, w, h int, bin string, args ...string) *term {
	needTmux(t)
	x := &term{t: t, socket: fmt.Sprintf("pact-e2e-%d-%d", os.Getpid(), time.Now().UnixNano()), dir: t.TempDir()}
	quoted := []string{strconv.Quote(bin)}
	for _, a := range args {
		quoted = append(quoted, strconv.Quote(a))
	}
	data := filepath.Join(x.dir, "data")
	cmd := fmt.Sprintf("cd %q && PACT_DATA=%q HOME=%q TERM=xterm-256color sh -c 'echo $$ >pid; exec %s 2>stderr'; echo EXITED $?; sleep 120",
		x.dir, data, x.dir, strings.ReplaceAll(strings.Join(quoted, " "), "'", ""))
	if out, err := x.tmux("new-session", "-d", "-s", "pact", "-x", strconv.Itoa(w), "-y", strconv.Itoa(h), cmd); err != nil {
		t.Fatalf("tmux cannot start: %v %s", err, out)
	}
	x.tmux("set-option", "-t", "pact", "remain-on-exit", "on")
	t.Cleanup(func() { x.tmux("kill-server") })
	return x
}

func (x *term) keys(keys ...string) {
	x.t.Helper()
	for _, k := range keys {
		if out, err := x.tmux("send-keys", "-t", "pact", k); err != nil {
			x.t.Fatalf("send-keys %s: %v %s", k, err, out)
		}
	}
}

func (x *term) capture() string {
	out, _ := x.tmux("capture-pane", "-p", "-t", "pact")
	return out
}

// waitFor waits until the screen shows one of the texts; it returns the one it found.
func (x *term) waitFor(timeout time.Duration, texts ...string) string {
	x.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		screen := x.capture()
		for _, s := range texts {
			if strings.Contains(screen, s) {
				return s
			}
		}
		if time.Now().After(deadline) {
			x.t.Fatalf("after %s the screen shows none of %q:\n%s", timeout, texts, screen)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitGone waits until the screen no longer shows the text.
func (x *term) waitGone(timeout time.Duration, text string) {
	x.t.Helper()
	deadline := time.Now().Add(timeout)
	for strings.Contains(x.capture(), text) {
		if time.Now().After(deadline) {
			x.t.Fatalf("after %s the screen still shows %q", timeout, text)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (x *term) resize(w, h int) {
	x.t.Helper()
	if out, err := x.tmux("resize-window", "-t", "pact", "-x", strconv.Itoa(w), "-y", strconv.Itoa(h)); err != nil {
		x.t.Fatalf("resize: %v %s", err, out)
	}
}

// proc reads one of the program's /proc files ("status", "stat").
func (x *term) proc(file string) (string, error) {
	pid, err := os.ReadFile(filepath.Join(x.dir, "pid"))
	if err != nil {
		return "", err
	}
	data, err := os.ReadFile("/proc/" + strings.TrimSpace(string(pid)) + "/" + file)
	return string(data), err
}

// rss is the resident memory of the program, in kB (0 if unknown).
func (x *term) rss() int {
	status, err := x.proc("status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(status, "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	return 0
}

// noPanic fails the test if the program wrote a panic.
func (x *term) noPanic() {
	x.t.Helper()
	errs, _ := os.ReadFile(filepath.Join(x.dir, "stderr"))
	if s := string(errs); strings.Contains(s, "panic") || strings.Contains(s, "goroutine") {
		x.t.Fatalf("the program panicked:\n%s", s)
	}
}

// TestE2EWholeCampaign plays a whole campaign from the title screen to the end screen by keys:
// a new game, the first month by hand (choose, undo, choose, end), every other month on the
// ministers' advice, then the debrief and a clean quit.
func TestE2EWholeCampaign(t *testing.T) {
	needTmux(t)
	x := newTerm(t, 100, 30, buildPact(t))
	x.waitFor(5*time.Second, "New game")
	x.keys("Enter")
	x.waitFor(5*time.Second, "A new campaign")
	x.waitFor(10*time.Second, "The Pact, 1934") // the scenarios are compiled
	x.keys("Enter", "Enter", "Enter", "7", "Enter")
	x.waitFor(2*time.Second, "[ Begin ]")
	x.keys("Enter")
	x.waitFor(5*time.Second, "Welcome to Pact")
	x.keys("Enter")
	x.waitFor(2*time.Second, "Dispatches · January 1934")

	// January 1934 by hand: the council, choose, undo, choose again, end the month.
	x.keys("2")
	x.waitFor(2*time.Second, "Council · January 1934")
	x.keys("Enter")
	x.waitFor(2*time.Second, "Chosen: ")
	x.keys("u")
	x.waitFor(2*time.Second, "Taken back: ")
	x.keys("Enter", "e")
	x.waitFor(2*time.Second, "End January 1934 with these orders?")
	x.keys("y")
	x.waitFor(5*time.Second, "January 1934 is played and saved")

	maxRSS := x.rss()
	months := 1
	for ; months < 40; months++ {
		x.keys("a")
		x.waitFor(5*time.Second, "Your ministers")
		x.keys("e")
		x.waitFor(5*time.Second, "End the month?")
		x.keys("y")
		if got := x.waitFor(10*time.Second, "is played and saved", "The campaign is over", "THE END", "GENERAL WAR"); got != "is played and saved" {
			break
		}
		maxRSS = max(maxRSS, x.rss())
	}
	x.waitFor(10*time.Second, "What history did instead")
	maxRSS = max(maxRSS, x.rss())
	t.Logf("played %d months; resident memory at most %d kB", months+1, maxRSS)
	if maxRSS > 40*1024 {
		t.Errorf("resident memory reached %d kB, over the 40 MB budget", maxRSS)
	}
	x.keys("w")
	x.waitFor(10*time.Second, "Debrief written")
	if _, err := os.Stat(filepath.Join(x.dir, "pact-debrief-france-7.md")); err != nil {
		t.Errorf("no debrief file: %v", err)
	}
	x.keys("q")
	x.waitFor(2*time.Second, "Quit Pact?")
	x.keys("y")
	x.waitFor(5*time.Second, "EXITED 0")
	x.noPanic()
}

// TestE2EResize starts a campaign from the command line and resizes the terminal through
// 120×40, 80×24 and 30×8 and back, then quits with ctrl+c and y.
func TestE2EResize(t *testing.T) {
	needTmux(t)
	x := newTerm(t, 120, 40, buildPact(t), "play", "--scenario", "pact-1934", "--power", "france", "--seed", "7")
	x.waitFor(5*time.Second, "Welcome to Pact")
	x.keys("Enter")
	x.waitFor(2*time.Second, "Europe · January 1934")
	x.resize(80, 24)
	x.waitFor(2*time.Second, "m Map") // the map's own tab: the narrow layout
	if strings.Contains(x.capture(), "Europe ·") {
		t.Error("at 80×24 the map keeps its column")
	}
	x.keys("m")
	x.waitFor(2*time.Second, "Europe · January 1934")
	x.resize(30, 8)
	x.waitFor(2*time.Second, "Terminal too small")
	x.resize(120, 40)
	x.waitFor(2*time.Second, "Europe · January 1934")
	x.keys("?")
	x.waitFor(2*time.Second, "Help · keys of this screen")
	x.keys("Escape")
	x.waitGone(2*time.Second, "Help · keys of this screen")
	x.keys("C-c")
	x.waitFor(2*time.Second, "quit? y/n")
	x.keys("y")
	x.waitFor(5*time.Second, "EXITED 0")
	x.noPanic()
}

// TestE2EFirstFrame measures the time from starting the program to its first frame, and to the
// campaign's first month on screen.
func TestE2EFirstFrame(t *testing.T) {
	needTmux(t)
	bin := buildPact(t)
	var first, ready time.Duration
	for i := range 3 {
		x := newTerm(t, 100, 30, bin, "play", "--scenario", "pact-1934", "--power", "france", "--seed", "7")
		start := time.Now()
		var f time.Duration
		for {
			screen := x.capture()
			if f == 0 && strings.Contains(strings.ToLower(screen), "pact") {
				f = time.Since(start)
			}
			if strings.Contains(screen, "January 1934") {
				break
			}
			if time.Since(start) > 10*time.Second {
				t.Fatalf("no campaign after 10s:\n%s", screen)
			}
			time.Sleep(2 * time.Millisecond)
		}
		r := time.Since(start)
		if i == 0 || f < first {
			first = f
		}
		if i == 0 || r < ready {
			ready = r
		}
		x.tmux("kill-server")
	}
	t.Logf("start to first frame: %s; to the campaign on screen: %s (tmux start and polling included)", first, ready)
	if first > time.Second {
		t.Errorf("the first frame took %s", first)
	}
}
