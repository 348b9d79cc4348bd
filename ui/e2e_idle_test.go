package ui

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// cpuTicks is the CPU time the game's process has used, in clock ticks (utime + stime of
// /proc/PID/stat).
func (x *term) cpuTicks() int {
	x.t.Helper()
	stat, err := x.proc("stat")
	if err != nil {
		x.t.Skipf("no /proc here: %v", err)
	}
	// The command name (field 2) is in brackets and may hold spaces: count from the last ')'.
	f := strings.Fields(stat[strings.LastIndexByte(stat, ')')+1:])
	utime, _ := strconv.Atoi(f[11])
	stime, _ := strconv.Atoi(f[12])
	return utime + stime
}

// A game left on its main screen does nothing: no busy redrawing and no garbage collection running
// against a memory limit (which once kept a core a quarter busy while the player read).
func TestE2EGameAtRestUsesNoCPU(t *testing.T) {
	needTmux(t)
	x := newTerm(t, 100, 30, buildPact(t), "play", "--scenario", "pact-1934", "--power", "france", "--seed", "7")
	x.waitFor(10*time.Second, "Welcome to Pact")
	x.keys("Enter")
	x.waitFor(5*time.Second, "Dispatches · January 1934")
	time.Sleep(2 * time.Second) // the month's forecasts finish in the background
	before := x.cpuTicks()
	time.Sleep(4 * time.Second)
	used := x.cpuTicks() - before // clock ticks are 1/100 s on Linux
	t.Logf("CPU at rest: %d ticks in 4 s", used)
	if used > 20 { // 5% of a core
		t.Errorf("the game at rest used %d/100 s of CPU in 4 s", used)
	}
}
