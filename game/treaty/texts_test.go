package treaty

import (
	"slices"
	"strings"
	"testing"
)

// TestEveryCitableArticleHasItsText: the ids the brief and the contract name, and every id a
// ruling may cite, have a text; Texts follows the rulings' article order.
func TestEveryCitableArticleHasItsText(t *testing.T) {
	required := []string{"art1", "art2", "art3", "art4", "art5", "protocol-1", "protocol-2", "protocol-3", "protocol-4",
		"covenant-10", "covenant-11", "covenant-12", "covenant-13", "covenant-15", "covenant-15-7", "covenant-16", "covenant-17",
		"locarno-1", "locarno-2", "locarno-4", "versailles-42", "versailles-43", "versailles-44"}
	for _, id := range required {
		if _, ok := TextByID(id); !ok {
			t.Errorf("no text for %s", id)
		}
	}
	var ids []string
	for _, tx := range Texts() {
		ids = append(ids, tx.ID)
	}
	if !slices.Equal(ids, articleOrder) {
		t.Errorf("Texts order %v\nwant the article order %v", ids, articleOrder)
	}
	if _, ok := TextByID("art6"); ok {
		t.Error("an article 6 exists")
	}
}

// TestEveryTextIsLabelledAndExplained: each version carries one of TEXTS.md's labels and some
// wording; each text has a title and a plain-language explanation.
func TestEveryTextIsLabelledAndExplained(t *testing.T) {
	labels := []Label{LabelVerbatimFR, LabelVerbatimEN, LabelStandardEN, LabelWorking, LabelParaphrase}
	for _, tx := range Texts() {
		if tx.Title == "" || tx.Instrument == "" || len(tx.Explanation) < 40 || len(tx.Versions) == 0 {
			t.Errorf("%s: title %q, instrument %q, explanation %q, %d versions", tx.ID, tx.Title, tx.Instrument, tx.Explanation, len(tx.Versions))
		}
		for _, v := range tx.Versions {
			if !slices.Contains(labels, v.Label) || strings.TrimSpace(v.Text) == "" || (v.Lang != "fr" && v.Lang != "en") {
				t.Errorf("%s: version %+v", tx.ID, v)
			}
			if v.Label == LabelVerbatimFR && v.Lang != "fr" {
				t.Errorf("%s: a French label on %s", tx.ID, v.Lang)
			}
		}
	}
}

// TestTheProtocolIsAParaphrase: TEXTS.md found no official wording of the protocol of signature,
// so none of its points may carry an official label.
func TestTheProtocolIsAParaphrase(t *testing.T) {
	for _, id := range []string{"protocol-1", "protocol-2", "protocol-3", "protocol-4", "preamble"} {
		tx, _ := TextByID(id)
		if tx.Versions[0].Label != LabelParaphrase {
			t.Errorf("%s is labelled %s first", id, tx.Versions[0].Label)
		}
		for _, v := range tx.Versions {
			if v.Label.Official() {
				t.Errorf("%s has an official version: %s", id, v.Label)
			}
		}
	}
	for _, id := range []string{"art1", "art2"} { // the articles TEXTS.md has verbatim in French
		tx, _ := TextByID(id)
		if tx.Versions[0].Label != LabelVerbatimFR {
			t.Errorf("%s is not first given in the authentic French", id)
		}
	}
}

// TestTextsAreCopies: changing what Texts or TextByID returned leaves the package's texts alone.
func TestTextsAreCopies(t *testing.T) {
	a := Texts()
	a[0].Versions[0].Text = "changed"
	b, _ := TextByID(a[0].ID)
	b.Versions[0].Label = LabelVerbatimEN
	if c, _ := TextByID(a[0].ID); c.Versions[0].Text == "changed" || c.Versions[0].Label == LabelVerbatimEN {
		t.Error("the package's texts were changed through a returned value")
	}
}
