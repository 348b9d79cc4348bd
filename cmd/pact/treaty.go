package main

import (
	"encoding/json"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/pactgame/pact/game/treaty"
)

func init() {
	register(func(sio stdio) *cobra.Command {
		parent := &cobra.Command{
			Use:   "treaty",
			Short: "Inspect the Franco-Soviet pact's legal logic",
			Long: `Inspect the Franco-Soviet pact as law: given a situation, say what the treaty obliges
(nothing, consultation or assistance), on which articles, and why — citing the treaty of 2 May
1935, its protocol of signature, the League Covenant and the Locarno Rhineland Pact.`,
			Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, args []string) error {
				return usageErr("treaty needs a sub-command (see 'pact treaty --help')")
			},
		}
		parent.AddCommand(newTreatyCheck(sio))
		return parent
	})
}

func newTreatyCheck(sio stdio) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "check [FILE|-]",
		Short: "Rule on a situation read from FILE or stdin",
		Long: `Rule on a situation: read it from FILE, or from stdin when FILE is "-" or absent, in JSON
or YAML, and print the ruling — the obligation, the articles it rests on, the numbered reasoning,
whether assistance could actually be delivered, and the text of each article cited with its
status label (verbatim, standard edition, our translation or paraphrase).

A situation:
  {"date": "1936-04", "victim": "france", "aggressor": "germany", "kind": "attack",
   "unprovoked": true, "target": "territory",
   "league": {"council": "none"},
   "locarno": {"britain": "neutral", "italy": "neutral", "belgium": "neutral"},
   "pact": {"status": "in_force", "terms": {"automaticity": "protocol"}},
   "transit": {"poland": false, "romania": false}, "readiness": 60}

Only date, victim, aggressor and kind are required (and unprovoked for an attack); the rest
default from the date and the historical line. See docs/treaty.md for every field.

With --json the ruling is one JSON object:
  {"obligation", "articles", "trace", "deliverable", "non_assistance", "summary", "steps", "facts"}

A bad situation is one line on stderr naming the field, and exit status 1.`,
		Example: `  pact treaty check situation.json
  echo '{"date":"1936-04","victim":"france","aggressor":"germany","kind":"threat"}' | pact treaty check --json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name, data, err := readSituation(sio, args)
			if err != nil {
				return err
			}
			s, err := treaty.ParseSituation(name, data)
			if err != nil {
				return checkErr("%s", err)
			}
			r := treaty.Rule(s)
			if asJSON {
				enc := json.NewEncoder(sio.out)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(r)
			}
			_, err = sio.out.Write([]byte(r.Text()))
			return err
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print the ruling as JSON")
	return c
}

// maxSituation bounds what check reads: a situation is a few hundred bytes.
const maxSituation = 1 << 20

// readSituation reads the situation from the named file, or stdin for "-" or no argument.
func readSituation(sio stdio, args []string) (name string, data []byte, err error) {
	var r = sio.in
	name = "<stdin>"
	if len(args) == 1 && args[0] != "-" {
		name = args[0]
		f, err := os.Open(name)
		if err != nil {
			return "", nil, checkErr("cannot read the situation: %v", err)
		}
		defer f.Close()
		r = f
	}
	data, err = readAll(r, maxSituation)
	if err != nil {
		return "", nil, checkErr("cannot read the situation from %s: %v", name, err)
	}
	return name, data, nil
}

func readAll(r io.Reader, limit int64) ([]byte, error) {
	if r == nil {
		return nil, nil
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err == nil && int64(len(data)) > limit {
		return nil, errTooLarge
	}
	return data, err
}

var errTooLarge = tooLarge{}

type tooLarge struct{}

func (tooLarge) Error() string { return "the input is larger than 1 MiB; a situation is a few lines" }
