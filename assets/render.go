package assets

import (
	"fmt"
	"strings"
)

// Paragraphs are the paragraphs of a body: blank lines separate them in a literal block, single
// line breaks in a folded one (the library's style); the lines of a paragraph are joined.
func Paragraphs(body string) []string {
	body = strings.ReplaceAll(body, "\r\n", "\n")
	var raw []string
	if strings.Contains(strings.TrimSpace(body), "\n\n") {
		raw = strings.Split(body, "\n\n")
	} else {
		raw = strings.Split(body, "\n")
	}
	var out []string
	for _, p := range raw {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// linkText is what a link shows: its own text, else the title of the entry it names, else its id.
func (l *Lib) linkText(target, text string) string {
	if text != "" {
		return text
	}
	if l != nil {
		if e, ok := l.Entry(target); ok {
			return e.Title
		}
		if l.fallback != nil {
			if e, ok := l.fallback.Entry(target); ok {
				return e.Title
			}
		}
	}
	return target
}

// PlainText renders the links of s as their text.
func (l *Lib) PlainText(s string) string {
	return linkRE.ReplaceAllStringFunc(s, func(m string) string {
		k := parseLinks(m)
		if len(k) != 1 {
			return m
		}
		return l.linkText(k[0].target, k[0].text)
	})
}

// Plain is the entry's body as plain text: links shown as their text, paragraphs separated by a
// blank line.
func (e *Entry) Plain() string {
	ps := Paragraphs(e.lib.PlainText(e.Body))
	return strings.Join(ps, "\n\n")
}

// Markdown renders the entry: title, kind and dates, summary, body, see also, and its sources as
// full citations.
func (e *Entry) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", e.Title)
	meta := e.Kind
	if e.Dates != "" {
		meta += " · " + e.Dates
	}
	fmt.Fprintf(&b, "*%s*\n\n", meta)
	fmt.Fprintf(&b, "**%s**\n\n", strings.TrimSpace(e.Summary))
	for _, p := range Paragraphs(e.lib.PlainText(e.Body)) {
		b.WriteString(p)
		b.WriteString("\n\n")
	}
	if len(e.See) > 0 {
		var see []string
		for _, s := range e.See {
			see = append(see, e.lib.linkText(s, ""))
		}
		fmt.Fprintf(&b, "**See also:** %s\n\n", strings.Join(see, " · "))
	}
	if len(e.Sources) > 0 {
		b.WriteString("## Sources\n\n")
		for _, c := range e.Sources {
			fmt.Fprintf(&b, "- %s\n", e.lib.citeMarkdown(c))
		}
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// Cite formats a citation as plain text: the work in full, then the place in it.
func (l *Lib) Cite(c Citation) string {
	s, ok := l.Source(c.Source)
	if !ok {
		return "unknown source " + c.Source
	}
	return s.cite(c.At, false)
}

func (l *Lib) citeMarkdown(c Citation) string {
	s, ok := l.Source(c.Source)
	if !ok {
		return "unknown source " + c.Source
	}
	out := s.cite(c.At, true)
	if s.Note != "" {
		out += " (" + strings.TrimSuffix(s.Note, ".") + ")"
	}
	return out
}

// Cite formats the source as a full citation in plain text, with at (a chapter, page, date or
// document) when given.
func (s *Source) Cite(at string) string { return s.cite(at, false) }

func (s *Source) cite(at string, md bool) string {
	title := s.Title
	if md {
		title = "*" + title + "*"
	}
	var b strings.Builder
	switch s.Kind {
	case "press":
		b.WriteString(title)
		if at != "" {
			b.WriteString(", " + at)
		} else if s.Year != "" {
			b.WriteString(" (" + s.Year + ")")
		}
	case "tertiary":
		if s.Author != "" {
			b.WriteString(s.Author + ", ")
		}
		b.WriteString(s.Title)
		if at != "" {
			b.WriteString(", " + at)
		}
		b.WriteString(" (accessed " + s.Year + "; tertiary source)")
	default:
		if s.Author != "" {
			b.WriteString(s.Author + ", ")
		}
		b.WriteString(title)
		switch {
		case s.Publisher != "":
			b.WriteString(" (" + s.Publisher + ", " + s.Year + ")")
		case s.Year != "":
			b.WriteString(" (" + s.Year + ")")
		}
		if at != "" {
			b.WriteString(", " + at)
		}
	}
	return b.String()
}
