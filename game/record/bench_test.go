package record_test

import (
	"testing"

	"github.com/pactgame/pact/game"
	"github.com/pactgame/pact/game/calendar"
	"github.com/pactgame/pact/game/record"
)

// maxCampaignRecord is the size a full campaign's record must stay under (issue 5's target).
const maxCampaignRecord = 32 << 10

// TestFullCampaignRecordIsSmall: the record of a whole 36-month campaign stays under 32 KB.
func TestFullCampaignRecordIsSmall(t *testing.T) {
	for _, s := range []uint64{1, 3, 5} {
		r, g := aiRecord(t, s)
		if len(g.Reports) != 36 {
			t.Fatalf("seed %d: the campaign lasted %d months", s, len(g.Reports))
		}
		n := len(r.Marshal())
		t.Logf("seed %d: a 36-month AI campaign writes %d bytes", s, n)
		if n > maxCampaignRecord {
			t.Errorf("seed %d: the record of a full campaign is %d bytes, over %d", s, n, maxCampaignRecord)
		}
	}
}

// BenchmarkReplay replays the main line of a 36-month record, checking every month's hash.
func BenchmarkReplay(b *testing.B) {
	sc := loadCampaign(b)
	r, _ := aiRecord(b, 3)
	r = reparse(b, r)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Build(sc, record.MainLine); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReplayFile reads a 36-month record from its bytes and replays it, as `pact replay`
// does once the file is read.
func BenchmarkReplayFile(b *testing.B) {
	sc := loadCampaign(b)
	r, _ := aiRecord(b, 3)
	data := r.Marshal()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		back, errs := record.Parse("b.rec", data)
		if len(errs) > 0 {
			b.Fatal(errs)
		}
		if _, err := back.Replay(sc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse reads a 36-month record.
func BenchmarkParse(b *testing.B) {
	r, _ := aiRecord(b, 3)
	data := r.Marshal()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, errs := record.Parse("b.rec", data); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}

// BenchmarkMarshal writes a 36-month record.
func BenchmarkMarshal(b *testing.B) {
	r, _ := aiRecord(b, 3)
	b.ReportAllocs()
	for b.Loop() {
		_ = r.Marshal()
	}
}

// BenchmarkBranch forks a 36-month record at month 12 (January 1935) with a new seed, and plays
// the branch to the end with every power's AI: the replay of the parent to the fork, then 24
// months of play.
func BenchmarkBranch(b *testing.B) {
	sc := loadCampaign(b)
	r, _ := aiRecord(b, 3)
	at := calendar.MustParse("1935-01")
	if at.Sub(sc.Start) != 12 {
		b.Fatal("1935-01 is not month 12")
	}
	b.ReportAllocs()
	for b.Loop() {
		g, err := r.Branch(sc, record.MainLine, "bench", at, nil, seed(77), game.AIPolicy)
		if err != nil {
			b.Fatal(err)
		}
		if len(g.Reports) != 36 {
			b.Fatalf("the branch played to %d months", len(g.Reports))
		}
		r.Lines = r.Lines[:1]
	}
}
