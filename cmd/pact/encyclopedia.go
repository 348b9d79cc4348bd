package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/pactgame/pact/assets"
)

// encyclopediaWidth is the column at which the text output is wrapped.
const encyclopediaWidth = 80

// encyclopediaOthers is how many other matches follow the best one.
const encyclopediaOthers = 5

func init() {
	register(func(io stdio) *cobra.Command {
		var asJSON bool
		c := &cobra.Command{
			Use:   "encyclopedia [QUERY]",
			Short: "Look up the encyclopedia: people, institutions, treaties, concepts and places of 1934–36",
			Long: `Encyclopedia looks up the game's reference library. QUERY is matched, ignoring case, accents
and punctuation, against the titles, other names, ids and summaries of the entries: an exact title
or name first, then names that begin with it, then fuzzy matches. The best match is printed in
full (title, kind and dates, text with links shown as words, see also, and its sources as full
citations), followed by up to five other matches.

Without a QUERY it lists every entry. With --json it prints JSON instead: every entry when there is
no QUERY, or {"query", "best", "matches"} when there is one.

A QUERY that matches nothing is an error (exit status 1).

Examples:
  pact encyclopedia Barthou
  pact encyclopedia franco-soviet pact
  pact encyclopedia "collective security" --json`,
			Args: cobra.ArbitraryArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				return runEncyclopedia(io, strings.TrimSpace(strings.Join(args, " ")), asJSON)
			},
		}
		c.Flags().BoolVar(&asJSON, "json", false, "print JSON instead of text")
		return c
	})
}

func runEncyclopedia(io stdio, query string, asJSON bool) error {
	lib, err := assets.Library()
	if err != nil {
		return checkErr("the reference library does not load: %v", err)
	}
	if query == "" {
		if asJSON {
			all := make([]entryJSON, 0, len(lib.Entries()))
			for _, e := range lib.Entries() {
				all = append(all, toEntryJSON(lib, e))
			}
			return writeJSON(io.out, all)
		}
		return listEntries(io.out, lib)
	}
	matches := lib.Search(query, 1+encyclopediaOthers)
	if len(matches) == 0 {
		return checkErr("no encyclopedia entry matches %q (run 'pact encyclopedia' to list them all)", query)
	}
	if asJSON {
		out := lookupJSON{Query: query, Best: toEntryJSON(lib, matches[0].Entry), Matches: []matchJSON{}}
		for _, m := range matches {
			out.Matches = append(out.Matches, matchJSON{ID: m.Entry.ID, Title: m.Entry.Title,
				Kind: m.Entry.Kind, Summary: m.Entry.Summary, Field: m.Field, Matched: m.Text})
		}
		return writeJSON(io.out, out)
	}
	return printEntry(io.out, lib, matches)
}

// entryJSON is one entry in the JSON output.
type entryJSON struct {
	ID      string         `json:"id"`
	Title   string         `json:"title"`
	Kind    string         `json:"kind"`
	Aliases []string       `json:"aliases"`
	Summary string         `json:"summary"`
	Body    string         `json:"body"`
	Plain   string         `json:"plain"`
	See     []string       `json:"see"`
	Texts   []string       `json:"texts"`
	Dates   string         `json:"dates"`
	Sources []citationJSON `json:"sources"`
	Links   []string       `json:"links"`
}

type citationJSON struct {
	Source   string `json:"source"`
	At       string `json:"at"`
	Citation string `json:"citation"`
}

type matchJSON struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Kind    string `json:"kind"`
	Summary string `json:"summary"`
	Field   string `json:"field"`
	Matched string `json:"matched"`
}

type lookupJSON struct {
	Query   string      `json:"query"`
	Best    entryJSON   `json:"best"`
	Matches []matchJSON `json:"matches"`
}

func toEntryJSON(lib *assets.Lib, e *assets.Entry) entryJSON {
	j := entryJSON{
		ID: e.ID, Title: e.Title, Kind: e.Kind, Aliases: encNonNil(e.Aliases), Summary: e.Summary,
		Body: e.Body, Plain: e.Plain(), See: encNonNil(e.See), Texts: encNonNil(e.Texts), Dates: e.Dates,
		Sources: []citationJSON{}, Links: encNonNil(lib.Links(e)),
	}
	for _, c := range e.Sources {
		j.Sources = append(j.Sources, citationJSON{Source: c.Source, At: c.At, Citation: lib.Cite(c)})
	}
	return j
}

func encNonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// listEntries prints one line per entry: its id, title and kind.
func listEntries(w io.Writer, lib *assets.Lib) error {
	es := lib.Entries()
	width := 0
	for _, e := range es {
		width = max(width, utf8.RuneCountInString(e.ID))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d entries; 'pact encyclopedia QUERY' prints one.\n\n", len(es))
	for _, e := range es {
		fmt.Fprintf(&b, "%-*s  %s (%s)\n", width, e.ID, e.Title, e.Kind)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// printEntry prints the best match in full and the others as "Also:" lines.
func printEntry(w io.Writer, lib *assets.Lib, matches []assets.Match) error {
	e := matches[0].Entry
	var b strings.Builder
	b.WriteString(e.Title + "\n")
	meta := e.Kind
	if e.Dates != "" {
		meta += " · " + e.Dates
	}
	b.WriteString(wrap(meta, encyclopediaWidth, "", "  "))
	b.WriteString("\n")
	b.WriteString(wrap(e.Summary, encyclopediaWidth, "", ""))
	b.WriteString("\n")
	for _, p := range assets.Paragraphs(lib.PlainText(e.Body)) {
		b.WriteString(wrap(p, encyclopediaWidth, "", ""))
		b.WriteString("\n")
	}
	if len(e.Texts) > 0 {
		b.WriteString(wrap("Legal texts: "+strings.Join(e.Texts, ", "), encyclopediaWidth, "", "  "))
	}
	if len(e.See) > 0 {
		var see []string
		for _, id := range e.See {
			if s, ok := lib.Entry(id); ok {
				see = append(see, s.Title+" ("+id+")")
			}
		}
		b.WriteString(wrap("See also: "+strings.Join(see, "; "), encyclopediaWidth, "", "  "))
	}
	b.WriteString("Sources:\n")
	for _, c := range e.Sources {
		b.WriteString(wrap(lib.Cite(c), encyclopediaWidth, "  - ", "    "))
	}
	if len(matches) > 1 {
		b.WriteString("\n")
		for _, m := range matches[1:] {
			b.WriteString(wrap(fmt.Sprintf("Also: %s (%s, %s)", m.Entry.Title, m.Entry.ID, m.Entry.Kind),
				encyclopediaWidth, "", "  "))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// wrap breaks text into lines of at most width runes (a longer word stands alone), the first
// starting with first and the rest with indent, and ends it with a newline.
func wrap(text string, width int, first, indent string) string {
	var b strings.Builder
	line, n := first, utf8.RuneCountInString(first)
	empty := true
	for _, word := range strings.Fields(text) {
		wl := utf8.RuneCountInString(word)
		if !empty && n+1+wl > width {
			b.WriteString(line + "\n")
			line, n, empty = indent, utf8.RuneCountInString(indent), true
		}
		if !empty {
			line += " "
			n++
		}
		line += word
		n += wl
		empty = false
	}
	b.WriteString(line + "\n")
	return b.String()
}
