package components

import (
	tea "charm.land/bubbletea/v2"

	"github.com/pactgame/pact/ui/theme"
)

// Field is a one-line text field: printable keys type, backspace deletes, ctrl+u clears.
type Field struct {
	Value       string
	Placeholder string
	Focused     bool
	// Accept, when set, filters the characters that may be typed (e.g. digits only).
	Accept func(r rune) bool
}

// Key applies a key to the field; it reports whether the key was used.
func (f *Field) Key(k tea.KeyPressMsg) bool {
	switch k.String() {
	case "backspace":
		if r := []rune(f.Value); len(r) > 0 {
			f.Value = string(r[:len(r)-1])
		}
		return true
	case "ctrl+u":
		f.Value = ""
		return true
	case "space":
		if f.Accept == nil || f.Accept(' ') {
			f.Value += " "
		}
		return true
	}
	if k.Text == "" || k.Mod&^tea.ModShift != 0 {
		return false
	}
	for _, r := range k.Text {
		if f.Accept != nil && !f.Accept(r) {
			return true
		}
	}
	f.Value += k.Text
	return true
}

// View draws the field in w cells: its value (or placeholder) and a cursor when focused.
func (f *Field) View(t *theme.Theme, w int) string {
	cursor := ""
	if f.Focused {
		cursor = t.Cursor.Render("▏")
	}
	v := f.Value
	if v == "" && !f.Focused {
		return Pad(t.Faint.Render("› "+f.Placeholder), w)
	}
	if v == "" {
		return Pad(t.Cursor.Render("› ")+cursor+t.Faint.Render(f.Placeholder), w)
	}
	// Show the end of a long value.
	r := []rune(v)
	for Width(string(r)) > w-4 && len(r) > 0 {
		r = r[1:]
	}
	return Pad(t.Cursor.Render("› ")+t.Text.Render(string(r))+cursor, w)
}
