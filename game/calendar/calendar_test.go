package calendar

import "testing"

func TestParseRoundTrip(t *testing.T) {
	for _, s := range []string{"1934-01", "1935-10", "1936-12", "1900-01", "2100-12"} {
		m, err := Parse(s)
		if err != nil {
			t.Fatalf("Parse(%q): %v", s, err)
		}
		if m.String() != s {
			t.Errorf("Parse(%q).String() = %q", s, m.String())
		}
	}
}

func TestParseRejectsMalformedMonths(t *testing.T) {
	for _, s := range []string{"", "1934", "1934-1", "1934-13", "1934-00", "34-01-01", "1934/01", "abcd-ef", "1934--1", "+934-01", "1800-01", "1934-+1"} {
		if _, err := Parse(s); err == nil {
			t.Errorf("Parse(%q) accepted a malformed month", s)
		}
	}
}

func TestMonthArithmetic(t *testing.T) {
	start := MustParse("1934-01")
	if got := start.Add(35).String(); got != "1936-12" {
		t.Errorf("1934-01 + 35 = %s, want 1936-12", got)
	}
	if got := MustParse("1936-03").Sub(MustParse("1935-05")); got != 10 {
		t.Errorf("1936-03 - 1935-05 = %d, want 10", got)
	}
	if got := MustParse("1936-03").Name(); got != "March 1936" {
		t.Errorf("Name = %q", got)
	}
	if Month(0).String() != "" || !Month(0).IsZero() {
		t.Error("the zero Month must print empty and be zero")
	}
}
