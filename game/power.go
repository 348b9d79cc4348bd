package game

import "fmt"

// Power is one of the six playable great powers. Their order is the resolution order of decisions
// (GAME.md "The turn", phase 4) and the order of every per-power list the engine writes.
type Power uint8

// The six powers, in resolution order.
const (
	France Power = iota
	USSR
	Germany
	Britain
	Italy
	Belgium
	NumPowers = 6
)

// Powers lists the six powers in resolution order.
var Powers = [NumPowers]Power{France, USSR, Germany, Britain, Italy, Belgium}

var powerIDs = [NumPowers]string{"france", "ussr", "germany", "britain", "italy", "belgium"}
var powerNames = [NumPowers]string{"France", "the USSR", "Germany", "Britain", "Italy", "Belgium"}
var powerAdjectives = [NumPowers]string{"French", "Soviet", "German", "British", "Italian", "Belgian"}
var powerCapitals = [NumPowers]string{"Paris", "Moscow", "Berlin", "London", "Rome", "Brussels"}

// ID is the power's id in data files and on the command line: "france", "ussr", …
func (p Power) ID() string {
	if p >= NumPowers {
		return fmt.Sprintf("power(%d)", uint8(p))
	}
	return powerIDs[p]
}

// String is the ID.
func (p Power) String() string { return p.ID() }

// Name is the power's name in a sentence: "France", "the USSR".
func (p Power) Name() string { return powerNames[p] }

// Title is the name with a capital letter, for the start of a sentence or a heading.
func (p Power) Title() string {
	if p == USSR {
		return "The USSR"
	}
	return powerNames[p]
}

// Short is the name without an article: "USSR".
func (p Power) Short() string {
	if p == USSR {
		return "USSR"
	}
	return powerNames[p]
}

// Adjective is "French", "Soviet", …
func (p Power) Adjective() string { return powerAdjectives[p] }

// Capital is the seat of the power's government, the name diplomats use for it.
func (p Power) Capital() string { return powerCapitals[p] }

// ParsePower reads a power id.
func ParsePower(s string) (Power, error) {
	for i, id := range powerIDs {
		if id == s {
			return Power(i), nil
		}
	}
	return 0, fmt.Errorf("game: unknown power %q (the powers are france, ussr, germany, britain, italy, belgium)", s)
}

// PowerIDs are the six ids in resolution order.
func PowerIDs() []string { return powerIDs[:] }
