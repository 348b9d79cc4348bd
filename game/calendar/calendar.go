// Package calendar is the game's month arithmetic: a Month is one turn of Pact, written YYYY-MM.
//
// It owns nothing but dates. It imports only the standard library, so that every package of the
// engine, the treaty module included, can share it without importing the turn machinery.
package calendar

import (
	"fmt"
	"strconv"
)

// Month counts months from January of year 0: Year*12 + (month-1). The zero Month means "no date".
type Month int

// Of returns the Month of a year and a month of the year (1…12).
func Of(year, month int) Month { return Month(year*12 + month - 1) }

// Year is the calendar year of m.
func (m Month) Year() int { return int(m) / 12 }

// MonthOfYear is 1 for January … 12 for December.
func (m Month) MonthOfYear() int { return int(m)%12 + 1 }

// Add returns the month n months after m (before, when n < 0).
func (m Month) Add(n int) Month { return m + Month(n) }

// Sub is the number of months from o to m.
func (m Month) Sub(o Month) int { return int(m - o) }

// IsZero reports whether m is unset.
func (m Month) IsZero() bool { return m == 0 }

// String writes m as YYYY-MM; the zero Month is "".
func (m Month) String() string {
	if m == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d", m.Year(), m.MonthOfYear())
}

// Name is the month in words, "March 1936".
func (m Month) Name() string {
	if m == 0 {
		return ""
	}
	return monthNames[m.MonthOfYear()-1] + " " + strconv.Itoa(m.Year())
}

var monthNames = [12]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// MarshalText writes YYYY-MM.
func (m Month) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText reads YYYY-MM.
func (m *Month) UnmarshalText(b []byte) error {
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// Parse reads a month written YYYY-MM, with a year from 1900 to 2100.
func Parse(s string) (Month, error) {
	if len(s) != 7 || s[4] != '-' {
		return 0, fmt.Errorf("calendar: %q is not a month written YYYY-MM", s)
	}
	y, err1 := strconv.Atoi(s[:4])
	mo, err2 := strconv.Atoi(s[5:])
	if err1 != nil || err2 != nil || s[0] == '+' || s[0] == '-' || s[5] == '+' || s[5] == '-' {
		return 0, fmt.Errorf("calendar: %q is not a month written YYYY-MM", s)
	}
	if mo < 1 || mo > 12 {
		return 0, fmt.Errorf("calendar: %q has no month %d (months run 01…12)", s, mo)
	}
	if y < 1900 || y > 2100 {
		return 0, fmt.Errorf("calendar: %q has a year outside 1900…2100", s)
	}
	return Of(y, mo), nil
}

// MustParse is Parse for constants in code and tests; it panics on a malformed month.
func MustParse(s string) Month {
	m, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return m
}
