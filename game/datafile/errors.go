package datafile

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Pos is a place in a data file; lines and columns count from 1.
type Pos struct {
	File string
	Line int
	Col  int
}

// IsValid reports whether p names a line.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String writes FILE:LINE:COL, or FILE alone when p has no line.
func (p Pos) String() string {
	if !p.IsValid() {
		if p.File == "" {
			return "-"
		}
		return p.File
	}
	col := max(p.Col, 1)
	return p.File + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(col)
}

// Error is one positioned problem.
type Error struct {
	Pos Pos
	Msg string
}

// Error is one line: FILE:LINE:COL: message.
func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// ErrorList gathers the problems of one or more files.
type ErrorList []*Error

// Add appends a problem at pos.
func (l *ErrorList) Add(pos Pos, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// Append adds every error of o.
func (l *ErrorList) Append(o ErrorList) { *l = append(*l, o...) }

// Sort orders the list by file, line, column and message, and drops exact duplicates.
func (l *ErrorList) Sort() {
	slices.SortStableFunc(*l, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.Pos.File, b.Pos.File), cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col), cmp.Compare(a.Msg, b.Msg))
	})
	*l = slices.CompactFunc(*l, func(a, b *Error) bool { return a.Pos == b.Pos && a.Msg == b.Msg })
}

// Error is the first problem, with a count of the others.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	case 2:
		return l[0].Error() + " (and 1 more error)"
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0].Error(), len(l)-1)
}

// Err is nil for an empty list, else the sorted list itself.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	return l
}

// Lines writes every error, one per line.
func (l ErrorList) Lines() string {
	var b strings.Builder
	for _, e := range l {
		b.WriteString(e.Error())
		b.WriteByte('\n')
	}
	return b.String()
}

// Excerpt renders the source line of pos with a caret under its column, for the CLI to print
// under an error. It returns "" when the line does not exist.
func Excerpt(src []byte, pos Pos) string {
	if !pos.IsValid() {
		return ""
	}
	lines := strings.Split(string(src), "\n")
	if pos.Line > len(lines) {
		return ""
	}
	line := strings.TrimRight(lines[pos.Line-1], "\r")
	line = strings.ReplaceAll(line, "\t", " ")
	if !utf8.ValidString(line) || strings.ContainsFunc(line, func(r rune) bool { return r < ' ' || r == 0x7f }) {
		return "" // binary garbage would only scramble the terminal
	}
	num := strconv.Itoa(pos.Line)
	col := max(pos.Col, 1)
	// The caret sits under the column in runes, so a line with accents lines up.
	runes := []rune(line)
	if col > len(runes)+1 {
		col = len(runes) + 1
	}
	pad := strings.Repeat(" ", len(num)) + " | " + strings.Repeat(" ", col-1)
	return num + " | " + line + "\n" + pad + "^"
}

// Suggest returns the candidate closest to word when it is close enough to be a likely typo, or "".
func Suggest(word string, candidates []string) string {
	best, bestD := "", len(word)/2+2
	for _, c := range candidates {
		if d := distance(strings.ToLower(word), strings.ToLower(c)); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// distance is the Levenshtein edit distance of a and b.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// DidYouMean is Suggest phrased for an error message: ` (did you mean "x"?)` or "".
func DidYouMean(word string, candidates []string) string {
	if s := Suggest(word, candidates); s != "" {
		return fmt.Sprintf(" (did you mean %q?)", s)
	}
	return ""
}

// Render writes every error of a file on its line, each followed by the source line and a caret
// (as `pact validate` prints them), and a count at the end.
func (l ErrorList) Render(src []byte) string {
	var b strings.Builder
	for _, e := range l {
		b.WriteString(e.Error())
		b.WriteByte('\n')
		if ex := Excerpt(src, e.Pos); ex != "" {
			b.WriteString("    " + strings.ReplaceAll(ex, "\n", "\n    "))
			b.WriteByte('\n')
		}
	}
	n := len(l)
	if n == 1 {
		b.WriteString("1 error\n")
	} else {
		fmt.Fprintf(&b, "%d errors\n", n)
	}
	return b.String()
}
