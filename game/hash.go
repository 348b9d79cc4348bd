package game

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"

	"github.com/pactgame/pact/game/treaty"
)

// The state hash is SHA-256 over a canonical encoding: every field in a fixed order, integers as
// zig-zag varints, strings length-prefixed, lists in their (deterministic) order. No map is ever
// iterated, so the hash is the same on every machine and every Go release.

// Sections are the named parts of the encoding; a record keeps a short digest of each, so a replay
// that fails can say which parts of the state differ.
var Sections = []string{"date", "rng", "france", "ussr", "germany", "britain", "italy", "belgium",
	"relations", "minors", "global", "pact", "crises", "flags", "schedule", "history", "ending"}

type enc struct{ b []byte }

func (e *enc) int(v int)    { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *enc) u64(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) str(s string) { e.u64(uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) boolean(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

// encodeSection appends section i of s.
func encodeSection(e *enc, s *State, i int) {
	switch name := Sections[i]; name {
	case "date":
		// The seed itself is not hashed: it shows in the generator's state after every month, and a
		// branch that changes it from a fork must hash like its parent until its first month.
		e.str(s.Scenario)
		e.int(int(s.Date))
	case "rng":
		e.u64(s.RNG.S)
	case "france", "ussr", "germany", "britain", "italy", "belgium":
		p, _ := ParsePower(name)
		ps := &s.Powers[p]
		e.str(ps.HeadOfState)
		e.str(ps.HeadOfGovernment)
		e.str(ps.ForeignMinister)
		for _, v := range []int{ps.Army, ps.Air, ps.Readiness, ps.Industry, ps.Rearmament, ps.Stability,
			ps.Pacifism, ps.AntiCommunism, ps.Prestige, ps.Influence, ps.Bonus} {
			e.int(v)
		}
		e.boolean(ps.League)
		e.int(len(ps.Levers))
		for _, l := range ps.Levers {
			e.str(l.Name)
			e.int(l.Value)
		}
	case "relations":
		for a := range NumPowers {
			for b := a + 1; b < NumPowers; b++ {
				e.int(s.Relations[a][b])
			}
		}
	case "minors":
		e.int(len(s.Minors))
		for _, m := range s.Minors {
			e.str(m.ID)
			e.str(m.Alignment)
			e.boolean(m.Passage)
			e.int(m.Stability)
		}
	case "global":
		g := &s.Global
		for _, v := range []int{g.Tension, g.LeagueCredibility, g.Locarno, g.Lobbying} {
			e.int(v)
		}
		for _, v := range []string{g.Rhineland, g.Saar, g.Stresa, g.Ethiopia, g.Austria, g.Spain} {
			e.str(v)
		}
	case "pact":
		encodePact(e, &s.Pact)
	case "crises":
		e.int(len(s.Crises))
		for _, c := range s.Crises {
			e.str(c.ID)
			e.int(int(c.Opened))
			e.int(int(c.Closed))
			e.str(c.Status)
			for _, rg := range c.Rungs {
				e.int(rg)
			}
			e.boolean(c.Fallback)
			e.int(c.Months)
			e.int(c.Peak)
		}
	case "flags":
		e.int(len(s.Flags))
		for _, f := range s.Flags {
			e.str(f)
		}
	case "schedule":
		e.int(s.Seq)
		e.int(len(s.Scheduled))
		for _, it := range s.Scheduled {
			e.int(int(it.At))
			e.int(it.Seq)
			e.str(it.Source)
			e.int(it.Index)
			e.str(it.Event)
			e.int(int(it.Power))
		}
	case "history":
		e.int(len(s.Last))
		for _, o := range s.Last {
			e.str(o.ID)
			e.int(int(o.Power))
			e.int(int(o.Date))
			e.int(int(o.Count))
		}
		e.int(len(s.Missed))
		for _, m := range s.Missed {
			e.str(m.Event)
			e.int(int(m.Date))
			e.str(m.Reason)
		}
	case "ending":
		e.boolean(s.Ended)
		e.int(int(s.Ending.Date))
		e.str(s.Ending.Reason)
		e.boolean(s.Ending.War)
	}
}

func encodePact(e *enc, p *treaty.Pact) {
	e.str(string(p.Status))
	encodeTerms(e, p.Terms)
	for _, m := range []int{int(p.TalksOpened), int(p.Agreed), int(p.Signed), int(p.InForce), int(p.Ended)} {
		e.int(m)
	}
	e.int(len(p.Ratification))
	for _, r := range p.Ratification {
		e.str(string(r.Party))
		e.boolean(r.Ratified)
		e.int(int(r.Date))
		e.int(len(r.Votes))
		for _, v := range r.Votes {
			e.str(string(v.Party))
			e.str(string(v.Body))
			e.int(int(v.Date))
			e.int(v.For)
			e.int(v.Against)
			e.int(v.Abstain)
			e.boolean(v.Passed)
			e.int(len(v.Groups))
			for _, g := range v.Groups {
				e.str(g.Group)
				e.int(g.Seats)
				e.int(g.Support)
				e.int(g.For)
				e.int(g.Against)
				e.int(g.Abstain)
			}
		}
	}
	e.int(len(p.Log))
	for _, t := range p.Log {
		e.int(int(t.Date))
		e.str(string(t.From))
		e.str(string(t.To))
		e.str(string(t.Action))
		e.str(t.Reason)
	}
}

func encodeTerms(e *enc, t treaty.Terms) {
	e.str(string(t.Kind))
	e.str(string(t.Automaticity))
	e.boolean(t.LocarnoClause)
	e.str(string(t.Convention))
	e.int(t.DurationYears)
}

// Hash is the state's hash: hex SHA-256 of its canonical encoding, shortened to 128 bits.
func (s *State) Hash() string {
	h := sha256.New()
	var e enc
	for i := range Sections {
		e.b = e.b[:0]
		e.str(Sections[i])
		encodeSection(&e, s, i)
		h.Write(e.b)
	}
	sum := h.Sum(nil)
	return hex.EncodeToString(sum[:16])
}

// Digests are short hashes of each section, in the order of Sections (8 hex digits each).
func (s *State) Digests() []string {
	out := make([]string, len(Sections))
	var e enc
	for i := range Sections {
		e.b = e.b[:0]
		encodeSection(&e, s, i)
		sum := sha256.Sum256(e.b)
		out[i] = hex.EncodeToString(sum[:4])
	}
	return out
}
