package components

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Width is the number of terminal cells a string takes (ANSI sequences take none).
func Width(s string) int { return ansi.StringWidth(s) }

// Wrap breaks text into lines of at most w cells, at spaces where it can and inside words where
// it must. Existing line breaks are kept; a blank line stays blank.
func Wrap(s string, w int) []string {
	if w < 1 {
		w = 1
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		if para == "" {
			out = append(out, "")
			continue
		}
		wrapped := ansi.Wrap(para, w, " -—")
		for _, l := range strings.Split(wrapped, "\n") {
			out = append(out, strings.TrimRight(l, " "))
		}
	}
	return out
}

// WrapIndent wraps text at w cells with a first-line prefix and an indent for the lines after it.
func WrapIndent(s string, w int, first, rest string) []string {
	lines := Wrap(s, w-max(Width(first), Width(rest)))
	for i := range lines {
		if i == 0 {
			lines[i] = first + lines[i]
		} else {
			lines[i] = rest + lines[i]
		}
	}
	return lines
}

// Truncate cuts a string to w cells, ending with "…" when it had to cut.
func Truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if Width(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

// Pad fills a string with spaces to exactly w cells (cutting it if it is longer).
func Pad(s string, w int) string {
	s = Truncate(s, w)
	if n := w - Width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// PadLeft right-aligns a string in w cells.
func PadLeft(s string, w int) string {
	s = Truncate(s, w)
	if n := w - Width(s); n > 0 {
		return strings.Repeat(" ", n) + s
	}
	return s
}

// Center centres a string in w cells.
func Center(s string, w int) string {
	s = Truncate(s, w)
	n := w - Width(s)
	if n <= 0 {
		return s
	}
	return strings.Repeat(" ", n/2) + s + strings.Repeat(" ", n-n/2)
}

// Block makes lines into a block of exactly w×h cells: each line padded or cut to w, and the
// list cut or filled with blank lines to h.
func Block(lines []string, w, h int) []string {
	out := make([]string, h)
	for i := range h {
		if i < len(lines) {
			out[i] = Pad(lines[i], w)
		} else {
			out[i] = strings.Repeat(" ", w)
		}
	}
	return out
}

// Lines splits a rendered string into lines.
func Lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// Beside sets blocks side by side, each padded to its own width, separated by gap spaces.
func Beside(gap int, blocks ...[]string) []string {
	h := 0
	widths := make([]int, len(blocks))
	for i, b := range blocks {
		h = max(h, len(b))
		for _, l := range b {
			widths[i] = max(widths[i], Width(l))
		}
	}
	out := make([]string, h)
	sep := strings.Repeat(" ", gap)
	for r := range h {
		var sb strings.Builder
		for i, b := range blocks {
			if i > 0 {
				sb.WriteString(sep)
			}
			l := ""
			if r < len(b) {
				l = b[r]
			}
			sb.WriteString(Pad(l, widths[i]))
		}
		out[r] = sb.String()
	}
	return out
}

// Signed writes a number with its sign: "+3", "−2" (a true minus sign), "0".
func Signed(v int) string {
	switch {
	case v > 0:
		return "+" + strconv.Itoa(v)
	case v < 0:
		return "−" + strconv.Itoa(-v)
	}
	return "0"
}

// Window is the part of a list of n items, shown in h rows, that keeps the cursor in view given
// the previous first row; it returns the new first row.
func Window(n, cursor, h, first int) int {
	if h <= 0 || n <= h {
		return 0
	}
	if cursor < first {
		first = cursor
	}
	if cursor >= first+h {
		first = cursor - h + 1
	}
	return max(0, min(first, n-h))
}

// Scroll clamps a scroll offset for content of n lines shown in h rows.
func Scroll(offset, n, h int) int { return max(0, min(offset, n-h)) }

// Plural writes "1 month", "3 months".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
