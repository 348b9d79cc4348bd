package assets

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/sahilm/fuzzy"
)

// Match is one entry found by Search.
type Match struct {
	Entry *Entry
	Field string // where the query matched best: "title", "alias", "id" or "summary"
	Text  string // the string it matched
	tier  int    // 0 exact, 1 prefix, 2 every word, 3 substring, 4 fuzzy, 5 in summary, 6 fuzzy summary
	score int    // fuzzy score within a tier (higher is better)
}

// searchItem is one searchable string of an entry, normalised once at load.
type searchItem struct {
	entry *Entry
	field string
	text  string
	norm  string
	words []string
}

func (l *Lib) buildIndex() {
	l.index = l.index[:0]
	for _, e := range l.entries {
		add := func(field, text string) {
			n := norm(text)
			if n != "" {
				l.index = append(l.index, searchItem{entry: e, field: field, text: text, norm: n, words: strings.Fields(n)})
			}
		}
		add("title", e.Title)
		for _, a := range e.Aliases {
			add("alias", a)
		}
		add("id", e.ID)
		add("summary", e.Summary)
	}
}

// normSource lets fuzzy read the normalised strings of the index without copying them.
type normSource []searchItem

func (s normSource) String(i int) string { return s[i].norm }
func (s normSource) Len() int            { return len(s) }

// Search finds the entries that match query, best first, at most limit of them (all when limit <=
// 0). It looks at titles, aliases, ids and summaries, ignoring case, accents and punctuation: an
// exact title, alias or id first, then prefixes, then entries containing every word of the query,
// then fuzzy matches (sahilm/fuzzy), then matches in the summary.
func (l *Lib) Search(query string, limit int) []Match {
	q := norm(query)
	if q == "" || len(l.index) == 0 {
		return nil
	}
	qwords := strings.Fields(q)
	best := map[*Entry]*Match{}
	offer := func(it *searchItem, tier, score int) {
		m, ok := best[it.entry]
		if ok && (m.tier < tier || (m.tier == tier && m.score >= score)) {
			return
		}
		if !ok {
			m = &Match{}
			best[it.entry] = m
		}
		*m = Match{Entry: it.entry, Field: it.field, Text: it.text, tier: tier, score: score}
	}
	for i := range l.index {
		it := &l.index[i]
		summary := it.field == "summary"
		switch {
		case summary:
			if strings.Contains(it.norm, q) || allWordsPrefix(qwords, it.words) {
				offer(it, 5, 0)
			}
		case it.norm == q:
			offer(it, 0, 0)
		case strings.HasPrefix(it.norm, q):
			offer(it, 1, -len(it.norm))
		case allWordsPrefix(qwords, it.words):
			offer(it, 2, -len(it.norm))
		case strings.Contains(it.norm, q):
			offer(it, 3, -len(it.norm))
		}
	}
	for _, fm := range fuzzy.FindFromNoSort(q, normSource(l.index)) {
		it := &l.index[fm.Index]
		if it.field == "summary" {
			// Scattered letters of a long sentence are noise: only a compact match counts.
			if len(q) >= 3 && fm.Score > 0 {
				offer(it, 6, fm.Score)
			}
			continue
		}
		offer(it, 4, fm.Score)
	}
	out := make([]Match, 0, len(best))
	for _, m := range best {
		out = append(out, *m)
	}
	slices.SortFunc(out, func(a, b Match) int {
		return cmp.Or(cmp.Compare(a.tier, b.tier), cmp.Compare(b.score, a.score),
			cmp.Compare(len(a.Entry.Title), len(b.Entry.Title)), cmp.Compare(a.Entry.ID, b.Entry.ID))
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// allWordsPrefix reports whether every query word begins some word of the text.
func allWordsPrefix(qwords, words []string) bool {
	for _, q := range qwords {
		if !slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, q) }) {
			return false
		}
	}
	return len(qwords) > 0
}

// norm folds s for searching: lower case, no accents, and any run of other characters than
// letters and digits as one space.
func norm(s string) string {
	var b strings.Builder
	space := false
	for _, r := range fold(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}

// fold lowers s and strips the accents of the Latin letters the library uses.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToLower(s) {
		if f, ok := accents[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var accents = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'ą': "a", 'æ': "ae",
	'ç': "c", 'ć': "c", 'č': "c",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ę': "e", 'ě': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ı': "i",
	'ł': "l", 'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'ö': "o", 'õ': "o", 'ø': "o", 'œ': "oe",
	'ř': "r", 'ś': "s", 'š': "s", 'ß': "ss", 'ť': "t",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ů': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z", 'ğ': "g",
	'’': "'",
}
