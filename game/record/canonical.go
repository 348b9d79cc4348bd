package record

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/pactgame/pact/game/datafile"
)

// readCanonical reads a record laid out exactly as Marshal writes it, line by line, without the
// YAML parser (which takes most of the time of reading a record). It fills the same fileRecord the
// strict decoder would, and returns false at the first line that is not exactly canonical — a
// comment where none is written, another spacing, a quoted or unusual scalar — so that Parse reads
// the file with the strict decoder instead. Every value it accepts is one that YAML reads the same
// way: decimal integers, the words true and false, and words of letters, digits, '.', '_', '/' and
// '-' that are not null. The checks that follow decoding are the same for both readers.
func readCanonical(name string, data []byte) (*fileRecord, bool) {
	c := &cursor{name: name, data: data}
	f := &fileRecord{Pos: datafile.Pos{File: name, Line: 1, Col: 1}}
	for c.more() && bytes.HasPrefix(c.peek(), []byte("#")) {
		c.next()
	}
	var ok bool
	if f.Format, ok = c.intKey("format: "); !ok {
		return nil, false
	}
	if f.Engine, ok = c.intKey("engine: "); !ok {
		return nil, false
	}
	if f.Scenario, ok = c.wordKey("scenario: "); !ok {
		return nil, false
	}
	if f.ScenarioVersion, ok = c.intKey("scenario_version: "); !ok {
		return nil, false
	}
	if f.Seed, ok = c.uintKey("seed: "); !ok {
		return nil, false
	}
	if f.Players, ok = c.listKey("players: "); !ok {
		return nil, false
	}
	if f.Difficulty, ok = c.wordKey("difficulty: "); !ok {
		return nil, false
	}
	switch v, _ := c.key("historical: "); v {
	case "true":
		f.Historical = true
	case "false":
	default:
		return nil, false
	}
	if bytes.HasPrefix(c.peek(), []byte("current: ")) {
		if f.Current, ok = c.wordKey("current: "); !ok {
			return nil, false
		}
	}
	if !c.exact("lines:") {
		return nil, false
	}
	for c.more() && bytes.HasPrefix(c.peek(), []byte("  - name: ")) {
		var l fileLine
		l.Pos = c.pos(5)
		if l.Name, ok = c.wordKey("  - name: "); !ok {
			return nil, false
		}
		if bytes.HasPrefix(c.peek(), []byte("    parent: ")) {
			if l.Parent, ok = c.wordKey("    parent: "); !ok {
				return nil, false
			}
		}
		if l.Fork, ok = c.wordKey("    fork: "); !ok {
			return nil, false
		}
		if bytes.HasPrefix(c.peek(), []byte("    seed: ")) {
			s, ok := c.uintKey("    seed: ")
			if !ok {
				return nil, false
			}
			l.Seed = &s
		}
		switch {
		case c.exact("    turns: []"):
			l.Turns = []fileTurn{}
		case c.exact("    turns:"):
			for c.more() && bytes.HasPrefix(c.peek(), []byte("      - date: ")) {
				t, ok := c.turn()
				if !ok {
					return nil, false
				}
				l.Turns = append(l.Turns, t)
			}
			if len(l.Turns) == 0 {
				return nil, false
			}
		default:
			return nil, false
		}
		f.Lines = append(f.Lines, l)
	}
	if len(f.Lines) == 0 {
		return nil, false
	}
	end, ok := c.key("end: ")
	if !ok {
		return nil, false
	}
	rest, ok1 := strings.CutPrefix(end, "{lines: ")
	ls, ms, ok2 := strings.Cut(rest, ", months: ")
	ms, ok3 := strings.CutSuffix(ms, "}")
	nl, ok4 := decimal(ls)
	nm, ok5 := decimal(ms)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || c.more() || !bytes.HasSuffix(data, []byte("\n")) {
		return nil, false
	}
	f.End = &fileEnd{Lines: int(nl), Months: int(nm)}
	return f, true
}

// turn reads one month of a line.
func (c *cursor) turn() (fileTurn, bool) {
	var t fileTurn
	var ok bool
	t.Pos = c.pos(9)
	if t.Date, ok = c.wordKey("      - date: "); !ok || !c.exact("        orders:") {
		return t, false
	}
	t.Orders.Pos = c.pos(11)
	for _, o := range []struct {
		key string
		dst *[]datafile.Text
	}{
		{"          france: ", &t.Orders.France}, {"          ussr: ", &t.Orders.USSR},
		{"          germany: ", &t.Orders.Germany}, {"          britain: ", &t.Orders.Britain},
		{"          italy: ", &t.Orders.Italy}, {"          belgium: ", &t.Orders.Belgium},
	} {
		if *o.dst, ok = c.listKey(o.key); !ok {
			return t, false
		}
	}
	if t.Hash, ok = c.wordKey("        hash: "); !ok {
		return t, false
	}
	p := c.pos(18)
	v, ok := c.key("        digests: ")
	if !ok || v == "" {
		return t, false
	}
	for _, d := range strings.Split(v, " ") {
		if !word(d) {
			return t, false
		}
	}
	t.Digests = datafile.Text{Value: v, Pos: p}
	return t, true
}

// cursor walks the lines of a canonical record.
type cursor struct {
	name string
	data []byte
	off  int // the start of the current line
	line int // its number, from 0
}

func (c *cursor) more() bool { return c.off < len(c.data) }

// peek is the current line without its newline.
func (c *cursor) peek() []byte {
	if c.off >= len(c.data) {
		return nil
	}
	rest := c.data[c.off:]
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		return rest[:i]
	}
	return rest
}

func (c *cursor) next() {
	c.off = min(c.off+len(c.peek())+1, len(c.data))
	c.line++
}

// pos is the position of column col of the current line.
func (c *cursor) pos(col int) datafile.Pos {
	return datafile.Pos{File: c.name, Line: c.line + 1, Col: col}
}

// exact consumes the current line if it is exactly s.
func (c *cursor) exact(s string) bool {
	if !c.more() || string(c.peek()) != s {
		return false
	}
	c.next()
	return true
}

// key consumes a line "prefix value" and returns the value.
func (c *cursor) key(prefix string) (string, bool) {
	if !c.more() {
		return "", false
	}
	v, ok := strings.CutPrefix(string(c.peek()), prefix)
	if !ok {
		return "", false
	}
	c.next()
	return v, true
}

func (c *cursor) wordKey(prefix string) (datafile.Text, bool) {
	p := c.pos(len(prefix) + 1)
	v, ok := c.key(prefix)
	if !ok || !word(v) {
		return datafile.Text{}, false
	}
	return datafile.Text{Value: v, Pos: p}, true
}

func (c *cursor) intKey(prefix string) (int, bool) {
	v, ok := c.key(prefix)
	if !ok {
		return 0, false
	}
	n, ok := decimal(v)
	if !ok || n > 1<<31-1 {
		return 0, false
	}
	return int(n), true
}

func (c *cursor) uintKey(prefix string) (uint64, bool) {
	v, ok := c.key(prefix)
	if !ok {
		return 0, false
	}
	return decimal(v)
}

// listKey reads a flow list of words: "[]" or "[a, b, c]".
func (c *cursor) listKey(prefix string) ([]datafile.Text, bool) {
	p := c.pos(len(prefix) + 2)
	v, ok := c.key(prefix)
	if !ok {
		return nil, false
	}
	inner, ok1 := strings.CutPrefix(v, "[")
	inner, ok2 := strings.CutSuffix(inner, "]")
	if !ok1 || !ok2 {
		return nil, false
	}
	if inner == "" {
		return nil, true
	}
	var out []datafile.Text
	for _, w := range strings.Split(inner, ", ") {
		if !word(w) {
			return nil, false
		}
		out = append(out, datafile.Text{Value: w, Pos: p})
		p.Col += len(w) + 2
	}
	return out, true
}

// decimal reads a canonical unsigned decimal: "0" or digits without a leading zero.
func decimal(s string) (uint64, bool) {
	if s == "" || len(s) > 1 && s[0] == '0' {
		return 0, false
	}
	n, err := strconv.ParseUint(s, 10, 64)
	return n, err == nil
}

// word reports whether s is a plain word that YAML reads as the same string: letters, digits,
// '.', '_', '/' and '-', starting with a letter or a digit, and not one of YAML's nulls. (A
// number or true/false is read back from its source text, so it is the same string.)
func word(s string) bool {
	if s == "" || s == "null" || s == "Null" || s == "NULL" {
		return false
	}
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		case (r == '.' || r == '_' || r == '/' || r == '-') && i > 0:
		default:
			return false
		}
	}
	return true
}
