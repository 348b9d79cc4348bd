package treaty

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// MarshalJSON writes a ruling in the shape of the CLI contract (GAME.md, `pact treaty check`):
// obligation, articles, the trace as a list of strings ("[art2] …"), the deliverable; and beside
// them the steps as objects, the non-assistance duty, a summary and the facts taken as given.
func (r Ruling) MarshalJSON() ([]byte, error) {
	trace := make([]string, len(r.Trace))
	for i, s := range r.Trace {
		trace[i] = s.String()
	}
	arts := r.Articles
	if arts == nil {
		arts = []string{}
	}
	steps := r.Trace
	if steps == nil {
		steps = []Step{}
	}
	return json.Marshal(struct {
		Obligation    Obligation  `json:"obligation"`
		Articles      []string    `json:"articles"`
		Trace         []string    `json:"trace"`
		Deliverable   Deliverable `json:"deliverable"`
		NonAssistance bool        `json:"non_assistance"`
		Summary       string      `json:"summary"`
		Steps         []Step      `json:"steps"`
		Facts         Facts       `json:"facts"`
	}{r.Obligation, arts, trace, r.Deliverable, r.NonAssistance, r.Summary, steps, r.Facts})
}

// String is a step as one line: "[art2] text", or the text alone for a finding of fact.
func (s Step) String() string {
	if s.Article == "" {
		return s.Text
	}
	return "[" + s.Article + "] " + s.Text
}

// width is the column the readable ruling wraps at.
const width = 80

// Text is the readable ruling: the obligation and its articles, the numbered trace, the
// deliverable, then the text of each article the ruling rests on, each version under its status
// label (paraphrases and our translations are never set in quotation marks).
func (r Ruling) Text() string {
	var b strings.Builder
	f := r.Facts
	verb := map[string]string{"attack": "attacks", "threat": "threatens"}[f.Kind]
	head := "Ruling"
	if f.Date != "" {
		whom := nameOf(f.Victim)
		switch f.Target {
		case "ally":
			whom = "an ally of " + whom
		case "colony":
			whom = "a colony of " + whom
		}
		head = fmt.Sprintf("Ruling for %s: %s %s %s", f.Date, nameOf(f.Aggressor), verb, whom)
	}
	b.WriteString(capital(head) + "\n\n")
	label(&b, "Obligation:", string(r.Obligation))
	arts := strings.Join(r.Articles, ", ")
	if arts == "" {
		arts = "—"
	}
	label(&b, "Articles:", arts)
	if r.NonAssistance {
		label(&b, "Also:", "the other party must refrain from any aid to the aggressor (protocol point IV)")
	}
	label(&b, "Summary:", r.Summary)
	b.WriteString("\nReasoning:\n")
	for i, s := range r.Trace {
		wrap(&b, fmt.Sprintf("%3d. ", i+1), "     ", s.String())
	}
	possible := "not possible"
	if r.Deliverable.Possible {
		possible = "possible"
	}
	b.WriteString("\nDeliverable: " + possible + "\n")
	wrap(&b, "     ", "     ", r.Deliverable.Why)
	if len(r.Articles) > 0 {
		b.WriteString("\nTexts cited:\n")
	}
	for _, id := range r.Articles {
		t, ok := TextByID(id)
		if !ok {
			continue
		}
		b.WriteString("\n")
		wrap(&b, "", "  ", fmt.Sprintf("%s — %s, %s", t.ID, t.Instrument, t.Title))
		for _, v := range t.Versions {
			wrap(&b, "  ", "    ", "["+string(v.Label)+"] "+quote(v))
		}
		if t.Note != "" {
			wrap(&b, "  ", "    ", "Note: "+t.Note)
		}
		wrap(&b, "  ", "    ", "In plain words: "+t.Explanation)
	}
	return b.String()
}

// quote sets official wording in quotation marks (French guillemets for French) and leaves our own
// translations and paraphrases bare.
func quote(v Version) string {
	switch {
	case !v.Label.Official():
		return v.Text
	case v.Lang == "fr":
		return "« " + v.Text + " »"
	}
	return "\u201c" + v.Text + "\u201d"
}

func label(b *strings.Builder, name, value string) {
	wrap(b, fmt.Sprintf("%-13s", name), strings.Repeat(" ", 13), value)
}

// wrap writes text word-wrapped at width, the first line after first, the others after indent.
func wrap(b *strings.Builder, first, indent, text string) {
	prefix := first
	line := 0
	for _, w := range strings.Fields(text) {
		n := utf8.RuneCountInString(w)
		switch {
		case line == 0:
			b.WriteString(prefix + w)
			line = utf8.RuneCountInString(prefix) + n
		case line+1+n > width:
			b.WriteString("\n" + indent + w)
			line = utf8.RuneCountInString(indent) + n
		default:
			b.WriteString(" " + w)
			line += 1 + n
		}
	}
	if line == 0 {
		b.WriteString(strings.TrimRight(prefix, " "))
	}
	b.WriteString("\n")
}
