package treaty

import "testing"

// Weights are Effects without the groups' shifts, for every combination of terms.
func TestWeightsAreEffectsWithoutTheGroups(t *testing.T) {
	for _, k := range []Kind{Multilateral, Bilateral} {
		for _, a := range []Automaticity{AutoCouncil, AutoProtocol, AutoAutomatic} {
			for _, lc := range []bool{true, false} {
				for _, c := range []Convention{ConventionNone, ConventionStaff, ConventionFull} {
					for _, d := range []int{0, 2, 5, 10, 20} {
						terms := Terms{Kind: k, Automaticity: a, LocarnoClause: lc, Convention: c, DurationYears: d}
						want := terms.Effects()
						want.Groups = nil
						got := terms.Weights()
						if got.Groups != nil || got.Deterrence != want.Deterrence || got.Pretext != want.Pretext ||
							got.London != want.London || got.Rome != want.Rome || got.Brussels != want.Brussels ||
							got.Warsaw != want.Warsaw || got.Berlin != want.Berlin {
							t.Errorf("%+v: Weights %+v, Effects %+v", terms, got, want)
						}
					}
				}
			}
		}
	}
}
