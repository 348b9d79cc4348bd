// Package treaty is the Franco-Soviet pact as law: its lifecycle, the terms the player shapes,
// ratification as counted votes, and invocation rulings with a reasoning trace that cites the
// treaty of 2 May 1935, its protocol of signature, the League Covenant and the Locarno Rhineland
// Pact.
//
// # What it owns, what it must not import
//
// It owns the pact's state (Pact, a value: Apply returns a changed copy and never touches the
// slices of the pact it is given), the terms and their effects (Terms, Effects), the parliamentary
// group tables and the vote model (Groups, Odds, VoteOn), the rulings (Rule, ParseSituation) and
// the legal texts (Texts, TextByID). It is a leaf of the engine: it imports the standard library,
// game/calendar and github.com/goccy/go-yaml (to read situations) — never the turn machinery of
// package game, nor ui or cmd. The engine passes in the small views of the world it needs
// (Climate, Situation) and its seeded generator (Rand). No floating point, no clock, no I/O, no
// randomness of its own, no map iterated into output: the same inputs give the same output on
// every machine.
//
// Sources: ../shared/history/TEXTS.md (texts, status labels, §4 "Notes for game/treaty"),
// figures.md §4–6 (the Chamber, the Senate, the votes, the Soviet decision), choices.md
// (fr-1935-04-treaty-terms, su-1935-04-accept-text, fr-1935-05-no-convention,
// fr-1936-02a-ratification, H-03, H-04, §1.1–1.2).
//
// # Lifecycle
//
// none → talks (multilateral Eastern Pact or bilateral pact; set_terms while talking) → agreed →
// signed → ratified (France: Chamber then Senate; the USSR: the TsIK; a body that rejects may
// vote again) → in_force on the exchange of ratifications (Art. 5) → invoked, or denounced.
// Talks and agreed terms can collapse, and new talks can open after a collapse. Art. 5: the pact
// runs a first term of DurationYears (five, historically) and then indefinitely; a denunciation
// is a notice, and the pact binds until the later of the first term's end and twelve months
// after the notice (Pact.Ended); expire is legal only once that notice has run. Pact.Legal lists
// the actions open from a status; Apply checks the rest (dates never go backwards, votes come
// from a party's next body, terms are legal) and logs each step with its reason.
//
// # The terms table
//
// Each clause, against the historical one, moves deterrence (of Germany, while the pact is in
// force), the pretext it hands Germany (the Locarno argument of the memorandum of 7 March 1936),
// the capitals' relations (points; negative is alarm) and the support of each family of French
// parliamentary groups (percentage points of P(for)). Effects adds the rows. These are design
// values argued from choices.md, not measurements.
//
//	clause                     deter pretext London Rome Bruss. Warsaw Berlin | com soc rad c-l chr c-r right
//	historical treaty (base)     10     40     -5    -5    -5    -10    -20  |   0   0   0   0   0   0    0
//	multilateral                 +5    -30    +10    +3    +5     -5    +10  |   0  +2  +3  +3  +5  +6   +4
//	automaticity "council"       -5    -15     +5    +3    +5     +3     +5  |  -3  -1  +3  +2  +4  +6   +3
//	automaticity "automatic"    +10    +25    -10    -5   -10     -5    -15  |  +2  +1  -5  -4  -5  -8   -6
//	no Locarno clause            +5    +30    -15   -10   -10      0    -10  |   0  -1  -5  -4  -6 -10   -5
//	staff talks                 +10    +10     -5    -3    -5    -10    -10  |  +2   0  -2  -2  -4  -6   -5
//	full military convention    +20    +25    -15    -5   -15    -20    -20  |  +4  -2  -6  -5  -8 -12  -10
//	per year of first term > 5   +1     +1      0     0     0      0     -1  |   0   0   0   0  -1  -1   -1
//
// Why: a multilateral Eastern Locarno invites Germany, so it is not "directed against Germany"
// and pleases London, though Warsaw had refused it; "council" automaticity (Laval's first demand)
// is safer and weaker; "automatic" assistance (the Barthou–Litvinov conception) deters more and
// makes Germany's "incompatible with Locarno" case easier; without the Locarno clause France could
// be put in breach of Locarno — exactly Germany's charge; a convention raises deterrence and
// pretext together and frightens Warsaw and Brussels (H-04). A first term shorter than five years
// reverses the duration row (at most five years either way). Deterrence and pretext are floored
// at zero.
//
// Families: com = communists (PCF), soc = socialists (SFIO, PUP), rad = radicals (Radical-
// Socialists, the Senate's Gauche démocratique), c-l = centre-left (USR), chr = christian-
// democrats (PDP), c-r = centre-right (Alliance démocratique, Independent Radicals), right
// (Fédération républicaine, conservatives). Moscow's leadership weighs the terms too (VoteOn for
// the USSR): council −10, automatic +5, staff talks +3, full convention +5, no Locarno clause +2
// points of its margin.
//
// # The ratification support formula
//
// Each group g has base probabilities, per mille, that a member votes for (F) or against (A) at
// the reference climate (ReferenceClimate: 27 February 1936 on the historical line) with the
// historical terms; the rest abstain or are absent. Under a climate c and terms t its support
// shift, per mille, is
//
//	s = Σ_f w[g.family][f] · (c.f − ref.f)       for f in GermanThreat, AntiCommunism, Pacifism,
//	                                                Tension, RelationsUSSR, RelationsGer,
//	                                                RelationsGB, Stability, Lobbying
//	  + w.Confidence   if the government made it a question of confidence
//	  + w.NoStalin     if Stalin's communiqué has not brought the Communists behind defence
//	  + 10 · termShift(g.family, t)                (the terms table, percentage points)
//
// and P(for) = clamp(F + s, 0, 1000), P(against) = clamp(A − s/2, 0, 1000 − P(for)). Every
// field enters linearly, so one point moves a group by at most its weight (≤ 6 per mille): no
// cliffs. VoteOn then draws each seat once from the engine's generator (IntN(1000) below P(for):
// for; below P(for)+P(against): against; else abstains or is absent) and the treaty passes on a
// majority of the votes cast. The weights, per mille per point above the reference:
//
//	family        GerThreat AntiCom Pacif Tension RelUSSR RelGer RelGB Stabil Lobby | Confid NoStalin
//	communists        +1      -1     -1      0      +2      0      0      0     +1  |    0    -100
//	socialists        +2      -1     -3     -1      +2     -1     +1      0     +1  |    0       0
//	radicals          +3      -3     -3     -1      +3     -2     +2     +2     +2  |  +60     -20
//	centre-left       +3      -3     -2     -1      +3     -2     +2     +2     +2  |  +60     -20
//	christian-dem.    +3      -4     -2      0      +2     -2     +2     +2     +3  |  +60       0
//	centre-right      +4      -5     -2     +1      +3     -3     +3     +2     +3  |  +60     +20
//	right             +3      -6     -1     +1      +2     -2     +2     +1     +2  |  -20     +40
//
// In words: a greater German threat, better relations with Moscow and London, a stabler
// government and lobbying raise support everywhere; anti-communism, pacifism and better relations
// with Berlin lower it, the right and centre-right most; tension makes the pacifist left warier and
// the nationalist right keener; a question of confidence rallies the government's groups and
// hardens the right; without Stalin's communiqué of May 1935 the Communists waver and the right
// loses its "Moscow's hand" argument.
//
// The Chamber of 1932 (605 seats, figures.md §4.1) uses the modelling suggestion of figures.md §5
// as its base probabilities — a calibration, not the division list — with the Radicals' P(for)
// 0.82 instead of 0.80 so that the expected vote is 353–164: over 101 seeds the median vote at the
// reference is 352–166. The Popular Front Chamber (PopularFront, figures.md §4.2) has 610 seats,
// 97 of them in an "others" group of unconfirmed composition, and probabilities by analogy. The
// Senate is an APPROXIMATION throughout: the sources give only that the Radical Gauche démocratique
// held an absolute majority, that Socialists never exceeded 16, that two Communists entered in
// 1936, and an unconfirmed count of 231–52; the other seats (a Senate of 314) and every
// probability are our model, calibrated to that count (median 230–53), and each group's Note says
// so. The USSR does not count votes (figures.md §6): the leadership decides — approval chance
// 950 per mille at the reference, +10 per point of TrustPartner, −10 per point of BerlinTrack,
// +5 per point of RelationsUSSR above the reference, plus the terms, clamped to 20…980 — in one
// draw, and the TsIK formalises the decision unanimously.
//
// # The rulings' order of reasoning
//
// Rule fills the situation's defaults (the pact's historical status and terms at the date; the
// aggressor's League membership from the date — Germany a non-member from October 1935, Japan
// from March 1935, the USSR a member from 18 September 1934, Italy throughout; Poland and Romania
// refusing passage), states them, then reasons in this order, each step citing its article:
//
//  1. Art. 5: a pact not in force obliges nothing (none, on art5); the trace then gives, marked
//     "(if in force)", the whole reasoning of what it would oblige.
//  2. The aggressor is the other party: none (Arts. 1–3 cannot bind a party against the other).
//  3. Arts. 1–3 cover only "a European State": none against Japan or the United States.
//  4. The victim must be a League member (the USSR before 18 September 1934 is not): the pact
//     works through the Covenant.
//  5. An ally (Czechoslovakia) is not a party: none (protocol point I's own-territory limit; the
//     Czechoslovak–Soviet treaty's business).
//  6. A threat: consultation (Art. 1, Covenant Art. 10), whoever the European State; Art. 1 does
//     not ask whether a threat is provoked; for a German threat to France the trace points to
//     Locarno for the demilitarised zone (Versailles Arts. 42–43).
//  7. A provoked attack: none (Arts. 2 and 3 require unprovoked aggression; Art. 3 para. 2's
//     English text omits the word, which the ruling reads as carried over — contested).
//  8. Protocol point IV: outside the three-party frame (in practice, any aggressor but Germany;
//     under multilateral terms, outside the Eastern Pact's members) only abstention is owed — none,
//     with NonAssistance.
//  9. A colony: no assistance (protocol point I, as summarised) but consultation under Art. 1 —
//     contested.
//  10. The routes, by the terms' automaticity and the Council: "council" terms give consultation
//     until the Council recommends assistance; otherwise a Council failing to reach a unanimous
//     report opens Art. 2 (Covenant 15(7)); else Art. 3 para. 1 for a member aggressor (Covenant
//     Art. 16) or para. 2 for a non-member (Covenant Art. 17(1),(3)), with protocol point I
//     keeping the duty alive without a recommendation ("automatic" terms need no protocol point
//     I).
//  11. Protocol point II, the Locarno brake, when France would act against Germany: a Council
//     recommendation or Covenant 15(7) against the first attacker are Locarno Art. 2(3)
//     exceptions; acting on France's own reading of Art. 16 is contested (Germany's 1936
//     argument), and then a Locarno power that opposes (Britain, Italy or Belgium — Locarno
//     Art. 4) releases France: consultation instead. Without the Locarno clause there is no brake.
//  12. Art. 4: the parties' League duties stand in any case.
//
// The deliverable is separate: a common frontier or passage (Poland, or Romania and then
// Czechoslovakia, for Soviet forces), the military convention, and the assisting party's readiness
// when given (help without a convention needs 50, after staff talks 35, under a convention 20).
// Wherever TEXTS.md marks a text as paraphrase or a reading as contested, the step says so.
package treaty
