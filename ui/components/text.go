package components

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Width is the number of terminal cells a string takes (ANSI sequences take none). It is the
// hottest function of a frame, so it skips escape sequences and sizes runes itself instead of
// segmenting graphemes: a combining mark takes no cell, an East Asian wide character or an emoji
// two, everything else one — which is what the screens ever write.
func Width(s string) int {
	n := 0
	for i := 0; i < len(s); {
		b := s[i]
		switch {
		case b == 0x1b:
			i = skipEscape(s, i)
		case b < 0x80:
			if b >= 0x20 && b != 0x7f {
				n++
			}
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			n += runeWidth(r)
			i += size
		}
	}
	return n
}

// skipEscape returns the index after the escape sequence that starts at s[i] (CSI, OSC, or a
// two-byte escape).
func skipEscape(s string, i int) int {
	if i+1 >= len(s) {
		return len(s)
	}
	switch s[i+1] {
	case '[': // CSI: parameters, then a final byte 0x40–0x7e
		for j := i + 2; j < len(s); j++ {
			if s[j] >= 0x40 && s[j] <= 0x7e {
				return j + 1
			}
		}
		return len(s)
	case ']', 'P', '_', '^': // OSC, DCS…: up to BEL or ST (ESC \)
		for j := i + 2; j < len(s); j++ {
			if s[j] == 0x07 {
				return j + 1
			}
			if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
		}
		return len(s)
	}
	return i + 2
}

// runeWidth is the cells a non-ASCII rune takes.
func runeWidth(r rune) int {
	switch {
	case r == utf8.RuneError:
		return 1
	case r >= 0x0300 && r <= 0x036f, r >= 0x1ab0 && r <= 0x1aff, r >= 0x1dc0 && r <= 0x1dff,
		r >= 0x20d0 && r <= 0x20ff, r >= 0xfe20 && r <= 0xfe2f, r == 0x200b, r == 0x200c, r == 0x200d, r == 0xfe0f:
		return 0
	case r >= 0x1100 && r <= 0x115f, r >= 0x2e80 && r <= 0x303e, r >= 0x3041 && r <= 0x33ff,
		r >= 0x3400 && r <= 0x4dbf, r >= 0x4e00 && r <= 0x9fff, r >= 0xa000 && r <= 0xa4cf,
		r >= 0xac00 && r <= 0xd7a3, r >= 0xf900 && r <= 0xfaff, r >= 0xfe30 && r <= 0xfe4f,
		r >= 0xff00 && r <= 0xff60, r >= 0xffe0 && r <= 0xffe6, r >= 0x1f300 && r <= 0x1f64f,
		r >= 0x1f900 && r <= 0x1f9ff, r >= 0x20000 && r <= 0x3fffd:
		return 2
	}
	return 1
}

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
		wrapped := ansi.Wrap(para, w, "-")
		for _, l := range strings.Split(wrapped, "\n") {
			l = strings.TrimRight(l, " ")
			if Width(l) > w {
				// A breakpoint character may overhang; cut what still does not fit.
				for _, h := range strings.Split(ansi.Hardwrap(l, w, true), "\n") {
					out = append(out, strings.TrimRight(h, " "))
				}
				continue
			}
			out = append(out, l)
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
	n := Width(s)
	if n > w {
		s = ansi.Truncate(s, max(w, 0), "…")
		n = Width(s)
	}
	if n < w {
		return s + spaces(w-n)
	}
	return s
}

// spaces is n spaces, from a ready-made run when it is long enough.
func spaces(n int) string {
	const run = "                                                                                                                                                                "
	if n <= len(run) {
		return run[:n]
	}
	return strings.Repeat(" ", n)
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
