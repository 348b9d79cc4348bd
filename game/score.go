package game

// Score is a power's result at the end of a campaign.
type Score struct {
	Power    Power
	Points   int
	Max      int
	Grade    string
	Achieved []string // the objectives met
	Missed   []string // the objectives not met
}

// Percent is the share of the maximum reached, 0…100.
func (sc *Score) Percent() int {
	if sc.Max <= 0 {
		return 0
	}
	return max(sc.Points, 0) * 100 / sc.Max
}

// Grade letters by percent of the maximum: A from 80, B from 65, C from 50, D from 35, else E.
func gradeOf(pct int) string {
	switch {
	case pct >= 80:
		return "A"
	case pct >= 65:
		return "B"
	case pct >= 50:
		return "C"
	case pct >= 35:
		return "D"
	}
	return "E"
}

// Scores evaluates every power's objectives against a state (normally the final one). An objective
// with negative points is a penalty that applies when its condition holds.
func Scores(sc *Scenario, s *State) [NumPowers]Score {
	env := envOf(s)
	var out [NumPowers]Score
	for _, p := range Powers {
		res := Score{Power: p}
		for _, o := range sc.Powers[p].Objectives {
			if o.Points > 0 {
				res.Max += o.Points
			}
			ok, err := o.When.evalBool(env)
			if err == nil && ok {
				res.Points += o.Points
				if o.Points > 0 {
					res.Achieved = append(res.Achieved, o.Text)
				} else {
					res.Missed = append(res.Missed, o.Text)
				}
			} else if o.Points > 0 {
				res.Missed = append(res.Missed, o.Text)
			}
		}
		res.Grade = gradeOf(res.Percent())
		out[p] = res
	}
	return out
}
