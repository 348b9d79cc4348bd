package game

import (
	"github.com/pactgame/pact/game/treaty"
)

// StateView is the state as the CLI's JSON and the debrief show it: every field by its path name.
type StateView struct {
	Date              string               `json:"date"`
	Tension           int                  `json:"tension"`
	LeagueCredibility int                  `json:"league_credibility"`
	Locarno           int                  `json:"locarno"`
	Lobbying          int                  `json:"lobbying"`
	Rhineland         string               `json:"rhineland"`
	Saar              string               `json:"saar"`
	Stresa            string               `json:"stresa"`
	Ethiopia          string               `json:"ethiopia"`
	Austria           string               `json:"austria"`
	Spain             string               `json:"spain"`
	Deterrence        int                  `json:"deterrence"`
	Appetite          int                  `json:"appetite"`
	Powers            map[string]PowerView `json:"powers"`
	Relations         map[string]int       `json:"relations"` // "france-ussr": 35
	Minors            map[string]MinorView `json:"minors"`
	Ties              []string             `json:"ties"`
	Flags             []string             `json:"flags"`
	Crises            []CrisisView         `json:"crises"`
}

// PowerView is one power in a StateView.
type PowerView struct {
	HeadOfState      string         `json:"head_of_state"`
	HeadOfGovernment string         `json:"head_of_government"`
	ForeignMinister  string         `json:"foreign_minister"`
	Army             int            `json:"army"`
	Air              int            `json:"air"`
	Readiness        int            `json:"readiness"`
	Industry         int            `json:"industry"`
	Rearmament       int            `json:"rearmament"`
	Stability        int            `json:"stability"`
	Pacifism         int            `json:"pacifism"`
	AntiCommunism    int            `json:"anti_communism"`
	Prestige         int            `json:"prestige"`
	LeagueMember     bool           `json:"league_member"`
	Influence        int            `json:"influence"`
	Levers           map[string]int `json:"levers"`
}

// MinorView is a minor state in a StateView.
type MinorView struct {
	Name      string `json:"name"`
	Alignment string `json:"alignment"`
	Passage   bool   `json:"passage"`
	Stability int    `json:"stability"`
}

// CrisisView is a crisis in a StateView.
type CrisisView struct {
	ID     string         `json:"id"`
	Status string         `json:"status"`
	Opened string         `json:"opened"`
	Closed string         `json:"closed,omitempty"`
	Rungs  map[string]int `json:"rungs"`
}

// TreatyView is the pact as the CLI's JSON shows it.
type TreatyView struct {
	Status       treaty.Status         `json:"status"`
	Terms        treaty.Terms          `json:"terms"`
	TalksOpened  string                `json:"talks_opened,omitempty"`
	Agreed       string                `json:"agreed,omitempty"`
	Signed       string                `json:"signed,omitempty"`
	InForce      string                `json:"in_force,omitempty"`
	Ended        string                `json:"ended,omitempty"`
	Ratification []treaty.Ratification `json:"ratification"`
	Deterrence   int                   `json:"deterrence"`
	Pretext      int                   `json:"pretext"`
}

// View returns s as a StateView.
func View(s *State) StateView {
	v := StateView{Date: s.Date.String(), Tension: s.Global.Tension, LeagueCredibility: s.Global.LeagueCredibility,
		Locarno: s.Global.Locarno, Lobbying: s.Global.Lobbying, Rhineland: s.Global.Rhineland, Saar: s.Global.Saar,
		Stresa: s.Global.Stresa, Ethiopia: s.Global.Ethiopia, Austria: s.Global.Austria, Spain: s.Global.Spain,
		Deterrence: Deterrence(s), Appetite: Appetite(s), Powers: map[string]PowerView{}, Relations: map[string]int{},
		Minors: map[string]MinorView{}, Ties: []string{}, Flags: []string{}, Crises: []CrisisView{}}
	for _, p := range Powers {
		ps := &s.Powers[p]
		levers := map[string]int{}
		for _, l := range ps.Levers {
			levers[l.Name] = l.Value
		}
		v.Powers[p.ID()] = PowerView{HeadOfState: ps.HeadOfState, HeadOfGovernment: ps.HeadOfGovernment,
			ForeignMinister: ps.ForeignMinister, Army: ps.Army, Air: ps.Air, Readiness: ps.Readiness, Industry: ps.Industry,
			Rearmament: ps.Rearmament, Stability: ps.Stability, Pacifism: ps.Pacifism, AntiCommunism: ps.AntiCommunism,
			Prestige: ps.Prestige, LeagueMember: ps.League, Influence: ps.Influence, Levers: levers}
		for _, q := range Powers[p+1:] {
			v.Relations[p.ID()+"-"+q.ID()] = s.Relations.Get(p, q)
		}
	}
	for _, m := range s.Minors {
		v.Minors[m.ID] = MinorView{Name: m.Name, Alignment: m.Alignment, Passage: m.Passage, Stability: m.Stability}
	}
	for _, f := range s.Flags {
		if len(f) > 4 && f[:4] == "tie." {
			v.Ties = append(v.Ties, f[4:])
		} else {
			v.Flags = append(v.Flags, f)
		}
	}
	for _, c := range s.Crises {
		cv := CrisisView{ID: c.ID, Status: c.Status, Opened: c.Opened.String(), Closed: c.Closed.String(), Rungs: map[string]int{}}
		for _, p := range Powers {
			if c.Rungs[p] != 0 {
				cv.Rungs[p.ID()] = c.Rungs[p]
			}
		}
		v.Crises = append(v.Crises, cv)
	}
	return v
}

// TreatyOf returns the pact of s as a TreatyView.
func TreatyOf(s *State) TreatyView {
	p := &s.Pact
	return TreatyView{Status: p.Status, Terms: p.Terms, TalksOpened: p.TalksOpened.String(), Agreed: p.Agreed.String(),
		Signed: p.Signed.String(), InForce: p.InForce.String(), Ended: p.Ended.String(), Ratification: p.Ratification,
		Deterrence: PactDeterrence(s), Pretext: Pretext(s)}
}
