package components

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"pgregory.net/rapid"
)

// Width must agree with the ANSI package's measure on everything the screens write.
func TestWidthAgreesWithAnsi(t *testing.T) {
	for _, s := range []string{"", "abc", "\x1b[1;38;2;10;20;30mGermany\x1b[0m", "╭─ Council ─╮", "−3…+1", "Édouard Daladier",
		"█▓▒░ ▸◆◇●◎▲▼·", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "e\u0301", "日本", "\x1b[m"} {
		if got, want := Width(s), ansi.StringWidth(s); got != want {
			t.Errorf("Width(%q) = %d, ansi says %d", s, got, want)
		}
	}
}

func TestWidthProperty(t *testing.T) {
	alphabet := []rune("abc XYZ éàç−…─│╭╮█░▓◆●▸«»'\"1234")
	rapid.Check(t, func(t *rapid.T) {
		rs := rapid.SliceOf(rapid.SampledFrom(alphabet)).Draw(t, "runes")
		s := string(rs)
		styled := "\x1b[1m" + s + "\x1b[0m"
		if Width(s) != ansi.StringWidth(s) || Width(styled) != Width(s) {
			t.Fatalf("Width(%q) = %d, ansi %d, styled %d", s, Width(s), ansi.StringWidth(s), Width(styled))
		}
	})
}

func TestWrapKeepsToTheWidth(t *testing.T) {
	text := "The Franco-Soviet Treaty of Mutual Assistance was signed in Paris on 2 May 1935 — and ratified only in March 1936, after a long fight in the Chamber of Deputies."
	for w := 5; w <= 60; w += 5 {
		lines := Wrap(text, w)
		for _, l := range lines {
			if Width(l) > w {
				t.Fatalf("Wrap(%d) gave a line of %d cells: %q", w, Width(l), l)
			}
		}
		squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if got := squash(strings.Join(lines, "")); got != squash(text) {
			t.Fatalf("Wrap(%d) lost words: %q", w, got)
		}
	}
}

func TestBlockAndBoxHaveTheirSize(t *testing.T) {
	long := []string{strings.Repeat("x", 200), "", "short"}
	for _, sz := range [][2]int{{4, 2}, {10, 3}, {80, 24}} {
		b := Block(long, sz[0], sz[1])
		if len(b) != sz[1] {
			t.Fatalf("Block %v has %d lines", sz, len(b))
		}
		for _, l := range b {
			if Width(l) != sz[0] {
				t.Fatalf("Block %v has a line of %d", sz, Width(l))
			}
		}
	}
}

func TestWindowKeepsTheCursorInView(t *testing.T) {
	first := 0
	for cursor := range 50 {
		first = Window(50, cursor, 10, first)
		if cursor < first || cursor >= first+10 {
			t.Fatalf("cursor %d out of the window at %d", cursor, first)
		}
	}
	if got := Window(5, 4, 10, 3); got != 0 {
		t.Errorf("a short list scrolls to %d", got)
	}
}

func TestSigned(t *testing.T) {
	for v, want := range map[int]string{3: "+3", -2: "−2", 0: "0"} {
		if got := Signed(v); got != want {
			t.Errorf("Signed(%d) = %q, want %q", v, got, want)
		}
	}
}
