package record

import (
	"strconv"
	"strings"

	"github.com/pactgame/pact/game"
)

// Marshal writes the record as canonical YAML, in the current format whatever format it was read in: fixed key order, one month per block, every power's
// orders in power order, nothing that depends on map order or the clock. The same record always
// gives the same bytes.
func (r *Record) Marshal() []byte {
	var b strings.Builder
	b.WriteString("# Pact game record. Replay it with: pact replay FILE. Format: docs/records.md\n")
	kv := func(indent, k, v string) {
		b.WriteString(indent)
		b.WriteString(k)
		b.WriteString(": ")
		b.WriteString(v)
		b.WriteByte('\n')
	}
	kv("", "format", strconv.Itoa(Format)) // a record read in an older format is written in this one
	kv("", "engine", strconv.Itoa(r.Engine))
	kv("", "scenario", r.Scenario)
	kv("", "scenario_version", strconv.Itoa(r.ScenarioVersion))
	kv("", "seed", strconv.FormatUint(r.Seed, 10))
	players := make([]string, len(r.Players))
	for i, p := range r.Players {
		players[i] = p.ID()
	}
	kv("", "players", "["+strings.Join(players, ", ")+"]")
	kv("", "difficulty", string(r.Difficulty))
	kv("", "historical", strconv.FormatBool(r.Historical))
	if r.Current != "" {
		kv("", "current", r.Current)
	}
	b.WriteString("lines:\n")
	for _, l := range r.Lines {
		kv("  - ", "name", l.Name)
		if l.Parent != "" {
			kv("    ", "parent", l.Parent)
		}
		kv("    ", "fork", l.Fork.String())
		if l.Seed != nil {
			kv("    ", "seed", strconv.FormatUint(*l.Seed, 10))
		}
		if len(l.Turns) == 0 {
			b.WriteString("    turns: []\n")
			continue
		}
		b.WriteString("    turns:\n")
		for _, t := range l.Turns {
			kv("      - ", "date", t.Date.String())
			b.WriteString("        orders:\n")
			for _, p := range game.Powers {
				kv("          ", p.ID(), "["+strings.Join(quoteIDs(t.Orders[p]), ", ")+"]")
			}
			kv("        ", "hash", t.Hash)
			kv("        ", "digests", strings.Join(t.Digests, " "))
		}
	}
	months := 0
	for _, l := range r.Lines {
		months += len(l.Turns)
	}
	b.WriteString("end: {lines: " + strconv.Itoa(len(r.Lines)) + ", months: " + strconv.Itoa(months) + "}\n")
	return []byte(b.String())
}

// quoteIDs writes ids as YAML flow scalars; decision ids are plain words, so quoting is only a
// guard for hand-edited records.
func quoteIDs(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		if plainID(id) {
			out[i] = id
		} else {
			out[i] = strconv.Quote(id)
		}
	}
	return out
}

func plainID(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !(c == '-' || c == '_' || c == '/' || c == '.' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
