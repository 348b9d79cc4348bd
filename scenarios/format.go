package scenarios

import "github.com/pactgame/pact/game/datafile"

// FormatVersion is the version of the scenario file format this loader reads.
const FormatVersion = 1

// file is the scenario file as written (docs/scenarios.md).
type file struct {
	Pos      datafile.Pos
	At       datafile.Fields
	ID       datafile.Text   `yaml:"id,required"`
	Format   int             `yaml:"format,required"`
	Version  int             `yaml:"version,required"`
	Title    string          `yaml:"title,required"`
	Start    datafile.Text   `yaml:"start,required"`
	End      datafile.Text   `yaml:"end,required"`
	Intro    string          `yaml:"intro,required"`
	Notes    string          `yaml:"notes"`
	Playable []datafile.Text `yaml:"playable"`
	Powers   byPower[power]  `yaml:"powers,required"`
	Relation byPower[relRow] `yaml:"relations,required"`
	Minors   []minor         `yaml:"minors"`
	Global   global          `yaml:"global,required"`
	Flags    []datafile.Text `yaml:"flags"`
	Ties     []tie           `yaml:"ties"`
	Pact     *pact           `yaml:"pact"`
	Crises   []crisis        `yaml:"crises"`
	Events   []event         `yaml:"events"`
	Decision []decision      `yaml:"decisions"`
}

type power struct {
	Pos              datafile.Pos
	At               datafile.Fields
	Brief            string         `yaml:"brief,required"`
	HeadOfState      string         `yaml:"head_of_state,required"`
	HeadOfGovernment string         `yaml:"head_of_government,required"`
	ForeignMinister  string         `yaml:"foreign_minister,required"`
	Army             int            `yaml:"army,required"`
	Air              int            `yaml:"air,required"`
	Readiness        int            `yaml:"readiness,required"`
	Industry         int            `yaml:"industry,required"`
	Rearmament       int            `yaml:"rearmament,required"`
	Stability        int            `yaml:"stability,required"`
	Pacifism         int            `yaml:"pacifism,required"`
	AntiCommunism    int            `yaml:"anti_communism,required"`
	Prestige         int            `yaml:"prestige,required"`
	League           bool           `yaml:"league,required"`
	Influence        int            `yaml:"influence,required"`
	Levers           map[string]int `yaml:"levers"`
	Doctrine         doctrine       `yaml:"doctrine,required"`
	Objectives       []objective    `yaml:"objectives,required"`
}

type doctrine struct {
	Summary     string `yaml:"summary,required"`
	Caution     int    `yaml:"caution"`
	HistoryBias int    `yaml:"history_bias"`
	Goals       []goal `yaml:"goals,required"`
}

type goal struct {
	Pos    datafile.Pos
	Field  datafile.Text `yaml:"field,required"`
	Weight int           `yaml:"weight,required"`
	Why    string        `yaml:"why,required"`
}

type objective struct {
	Pos    datafile.Pos
	ID     string        `yaml:"id,required"`
	Text   string        `yaml:"text,required"`
	Points int           `yaml:"points,required"`
	When   datafile.Text `yaml:"when,required"`
}

type minor struct {
	Pos       datafile.Pos
	ID        datafile.Text `yaml:"id,required"`
	Name      string        `yaml:"name,required"`
	Alignment datafile.Text `yaml:"alignment,required"`
	Passage   bool          `yaml:"passage"`
	Stability int           `yaml:"stability,required"`
}

type global struct {
	At                datafile.Fields
	Tension           int           `yaml:"tension,required"`
	LeagueCredibility int           `yaml:"league_credibility,required"`
	Locarno           int           `yaml:"locarno,required"`
	Lobbying          int           `yaml:"lobbying"`
	Rhineland         datafile.Text `yaml:"rhineland,required"`
	Saar              datafile.Text `yaml:"saar,required"`
	Stresa            datafile.Text `yaml:"stresa,required"`
	Ethiopia          datafile.Text `yaml:"ethiopia,required"`
	Austria           datafile.Text `yaml:"austria,required"`
	Spain             datafile.Text `yaml:"spain,required"`
}

type tie struct {
	Pos     datafile.Pos
	ID      datafile.Text   `yaml:"id,required"`
	Name    string          `yaml:"name,required"`
	Parties []datafile.Text `yaml:"parties,required"`
	Text    string          `yaml:"text"`
}

// pact is the pact's state at the start of a scenario that begins after 1934.
type pact struct {
	Pos      datafile.Pos
	At       datafile.Fields
	Status   datafile.Text   `yaml:"status,required"`
	Opened   datafile.Text   `yaml:"talks_opened"`
	Agreed   datafile.Text   `yaml:"agreed"`
	Signed   datafile.Text   `yaml:"signed"`
	InForce  datafile.Text   `yaml:"in_force"`
	Terms    []datafile.Text `yaml:"terms"`    // KEY=VALUE, as in "pact terms"
	Ratified []datafile.Text `yaml:"ratified"` // parties that have ratified
}

type window struct {
	Pos  datafile.Pos
	From datafile.Text `yaml:"from,required"`
	To   datafile.Text `yaml:"to,required"`
}

type crisis struct {
	Pos            datafile.Pos
	At             datafile.Fields
	ID             datafile.Text          `yaml:"id,required"`
	Title          string                 `yaml:"title,required"`
	Text           string                 `yaml:"text,required"`
	Aggressor      datafile.Text          `yaml:"aggressor,required"`
	Victim         string                 `yaml:"victim,required"`
	Opponents      []datafile.Text        `yaml:"opponents,required"`
	Stance         byPower[datafile.Text] `yaml:"stance,required"`
	Historical     byPower[datafile.Text] `yaml:"historical"`
	Resolve        datafile.Text          `yaml:"resolve,required"`
	FallbackChance int                    `yaml:"fallback_chance"`
	AcceptBelow    int                    `yaml:"accept_below,required"`
	AcceptAfter    int                    `yaml:"accept_after,required"`
	OnAccept       []datafile.Text        `yaml:"on_accept"`
	OnBackdown     []datafile.Text        `yaml:"on_backdown"`
	OnWar          []datafile.Text        `yaml:"on_war"`
	Dossier        datafile.Text          `yaml:"dossier"`
	Points         byPower[crisisPoint]   `yaml:"points"`
}

// body is the part shared by options and decisions.
type body struct {
	Cost      *cost           `yaml:"cost"`
	Effects   []datafile.Text `yaml:"effects"`
	Cases     []caseSpec      `yaml:"cases"`
	Outcomes  []outcome       `yaml:"outcomes"`
	Later     []later         `yaml:"later"`
	Follow    []follow        `yaml:"follow"`
	AI        []aiTerm        `yaml:"ai"`
	Reactions []reaction      `yaml:"reactions"`
}

type cost struct {
	Influence int `yaml:"influence"`
	Stability int `yaml:"stability"`
	Prestige  int `yaml:"prestige"`
	Industry  int `yaml:"industry"`
}

type caseSpec struct {
	Pos     datafile.Pos
	When    []datafile.Text `yaml:"when,required"`
	Text    string          `yaml:"text"`
	Effects []datafile.Text `yaml:"effects,required"`
}

type outcome struct {
	Pos     datafile.Pos
	Weight  int             `yaml:"weight,required"`
	Text    string          `yaml:"text,required"`
	Effects []datafile.Text `yaml:"effects"`
}

type later struct {
	Pos     datafile.Pos
	In      int             `yaml:"in,required"`
	Text    string          `yaml:"text"`
	Effects []datafile.Text `yaml:"effects,required"`
}

type follow struct {
	Pos   datafile.Pos
	Event datafile.Text `yaml:"event,required"`
	In    int           `yaml:"in,required"`
}

type aiTerm struct {
	Pos   datafile.Pos
	Why   string        `yaml:"why,required"`
	Score datafile.Text `yaml:"score,required"`
}

type reaction struct {
	Pos      datafile.Pos
	Power    datafile.Text `yaml:"power,required"`
	Relation int           `yaml:"relation"`
	Text     string        `yaml:"text,required"`
}

type event struct {
	Pos      datafile.Pos
	At       datafile.Fields
	ID       datafile.Text   `yaml:"id,required"`
	Title    string          `yaml:"title,required"`
	Text     string          `yaml:"text,required"`
	Dossier  datafile.Text   `yaml:"dossier"`
	Date     datafile.Text   `yaml:"date"`
	Window   *window         `yaml:"window"`
	Trigger  bool            `yaml:"trigger"`
	FollowUp bool            `yaml:"follow_up"`
	Repeat   int             `yaml:"repeat"`
	Power    datafile.Text   `yaml:"power"`
	When     []datafile.Text `yaml:"when"`
	Options  []option        `yaml:"options"`

	body `yaml:",inline"`
}

type option struct {
	Pos        datafile.Pos
	ID         datafile.Text   `yaml:"id,required"`
	Title      string          `yaml:"title,required"`
	Text       string          `yaml:"text"`
	Historical bool            `yaml:"historical"`
	When       []datafile.Text `yaml:"when"`

	body `yaml:",inline"`
}

type decision struct {
	Pos        datafile.Pos
	At         datafile.Fields
	ID         datafile.Text   `yaml:"id,required"`
	Power      datafile.Text   `yaml:"power,required"`
	Title      string          `yaml:"title,required"`
	Text       string          `yaml:"text,required"`
	Category   datafile.Text   `yaml:"category,required"`
	Window     *window         `yaml:"window"`
	When       []datafile.Text `yaml:"when"`
	Once       bool            `yaml:"once"`
	Cooldown   int             `yaml:"cooldown"`
	Historical []datafile.Text `yaml:"historical"`
	Dossier    datafile.Text   `yaml:"dossier"`

	body `yaml:",inline"`
}

// byPower holds one optional value per power, so that an unknown power name is a located error.
type byPower[T any] struct {
	Pos     datafile.Pos
	At      datafile.Fields
	France  *T `yaml:"france"`
	USSR    *T `yaml:"ussr"`
	Germany *T `yaml:"germany"`
	Britain *T `yaml:"britain"`
	Italy   *T `yaml:"italy"`
	Belgium *T `yaml:"belgium"`
}

// all lists the six values in power order (nil where absent).
func (b *byPower[T]) all() [6]*T {
	return [6]*T{b.France, b.USSR, b.Germany, b.Britain, b.Italy, b.Belgium}
}

// relRow is one power's relations with the others (each pair is written once, under either).
type relRow = byPower[int]

// crisisPoint names a power's decision point in a crisis and its own words for the moves.
type crisisPoint struct {
	Pos      datafile.Pos
	At       datafile.Fields
	ID       datafile.Text     `yaml:"id,required"`
	Labels   map[string]string `yaml:"labels"`
	Hold     string            `yaml:"hold"`
	Withdraw string            `yaml:"withdraw"`
}
