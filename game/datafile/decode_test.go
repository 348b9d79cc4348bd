package datafile

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type month int

func (m *month) UnmarshalScalar(s Scalar) error {
	if s.Kind != "string" || len(s.Text) != 7 {
		return errorString("not a month: " + s.Text)
	}
	*m = 1
	return nil
}

type errorString string

func (e errorString) Error() string { return string(e) }

type item struct {
	Pos   Pos
	At    Fields
	ID    string `yaml:"id,required"`
	Title string `yaml:"title"`
	Count int    `yaml:"count"`
	On    bool   `yaml:"on"`
	When  []Text `yaml:"when"`
	Date  month  `yaml:"date"`
	Sub   *struct {
		Name string `yaml:"name"`
	} `yaml:"sub"`
	Tags map[string]int `yaml:"tags"`
}

type common struct {
	Note string `yaml:"note"`
}

type doc struct {
	ID     string `yaml:"id,required"`
	Items  []item `yaml:"items"`
	common `yaml:",inline"`
}

func TestDecodeAcceptsAWellFormedFile(t *testing.T) {
	src := "id: demo\nnote: inline\nitems:\n  - id: a\n    title: 1935\n    count: 3\n    on: true\n    when: [\"x > 1\", y]\n    date: 1935-10\n    sub: {name: n}\n    tags: {b: 2, a: 1}\n"
	var d doc
	if errs := Decode("f.yaml", []byte(src), &d); len(errs) != 0 {
		t.Fatalf("errors: %v", errs.Lines())
	}
	it := d.Items[0]
	if d.Note != "inline" {
		t.Errorf("inline field note = %q", d.Note)
	}
	if it.ID != "a" || it.Title != "1935" || it.Count != 3 || !it.On || it.Date != 1 || it.Sub.Name != "n" || it.Tags["b"] != 2 {
		t.Errorf("decoded %+v", it)
	}
	if want := (Pos{File: "f.yaml", Line: 4, Col: 5}); it.Pos != want {
		t.Errorf("item Pos = %v, want %v", it.Pos, want)
	}
	if got := it.When[1]; got.Value != "y" || got.Pos.Line != 8 {
		t.Errorf("when[1] = %+v", got)
	}
	if p := it.At["count"]; p.Line != 6 || p.Col != 12 {
		t.Errorf("position of count = %v", p)
	}
}

func TestDecodeReportsEveryProblemWithItsPosition(t *testing.T) {
	src := strings.Join([]string{
		"id: demo",
		"items:",
		"  - id: a",
		"    titel: x",
		"    count: many",
		"    on: 3",
		"    date: 1935",
		"  - title: no id",
		"extra: 1",
		"",
	}, "\n")
	var d doc
	errs := Decode("bad.yaml", []byte(src), &d)
	want := []string{
		`bad.yaml:4:5: unknown key "titel" in items[0] (did you mean "title"?)`,
		`bad.yaml:5:12: items[0].count must be an integer, not a string`,
		`bad.yaml:6:9: items[0].on must be true or false, not an integer`,
		`bad.yaml:7:11: items[0].date: not a month: 1935`,
		`bad.yaml:8:5: items[1] is missing the key "id"`,
		`bad.yaml:9:1: unknown key "extra" in the document`,
	}
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if !strings.HasSuffix(errs.Error(), "(and 5 more errors)") {
		t.Errorf("Error() = %q", errs.Error())
	}
}

func TestDecodeLocatesSyntaxErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"id: [a, b\nitems: 3\n", "x.yaml:2:1: YAML syntax:"},
		{"id: 'open\n", "x.yaml:1:5: YAML syntax:"},
		{"id: a\n---\nid: b\n", "x.yaml:3:1: the file holds 2 YAML documents"},
		{"id: a\x00", "x.yaml:1:1: the file holds binary data"},
		{"", "x.yaml:1:1: the file is empty"},
		{"id: &x a\nitems: *x\n", "x.yaml:1:5: anchors"},
	} {
		var d doc
		errs := Decode("x.yaml", []byte(tc.src), &d)
		if len(errs) == 0 || !strings.HasPrefix(errs[0].Error(), tc.want) {
			t.Errorf("Decode(%q) = %v, want prefix %q", tc.src, errs, tc.want)
		}
	}
}

func TestExcerptPutsTheCaretUnderTheColumn(t *testing.T) {
	src := []byte("id: demo\n  titel: é x\n")
	got := Excerpt(src, Pos{File: "f", Line: 2, Col: 10})
	want := "2 |   titel: é x\n  |          ^"
	if got != want {
		t.Errorf("Excerpt:\n%s\nwant:\n%s", got, want)
	}
	if Excerpt(src, Pos{File: "f", Line: 9, Col: 1}) != "" {
		t.Error("an excerpt of a missing line must be empty")
	}
}

func TestSuggestFindsCloseWordsOnly(t *testing.T) {
	cands := []string{"title", "window", "effects"}
	if got := Suggest("titel", cands); got != "title" {
		t.Errorf("Suggest(titel) = %q", got)
	}
	if got := Suggest("zzz_unknown_field", cands); got != "" {
		t.Errorf("Suggest(zzz_unknown_field) = %q, want none", got)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("id: demo\nitems:\n  - id: a\n    count: 3\n"))
	f.Add([]byte("id: [\n"))
	f.Add([]byte("items: {a: 1}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var d doc
		errs := Decode("fuzz.yaml", data, &d)
		for _, e := range errs {
			if e.Pos.File != "fuzz.yaml" || e.Pos.Line < 1 {
				t.Fatalf("error without a valid position: %v", e)
			}
			_ = Excerpt(data, e.Pos)
		}
	})
}
