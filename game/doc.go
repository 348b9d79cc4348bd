// Package game is Pact's engine: the state of Europe month by month, the rules that move it, the
// AI of the powers nobody plays, the forecasts of a choice's consequences, and a hash of every
// state. It is pure and deterministic: the same scenario, seed and orders give the same states and
// hashes on every machine, for ever.
//
// # What it owns
//
//   - The state (state.go): per power its office holders, forces, industry, rearmament, stability,
//     pacifism, anti-communism, prestige, League membership, influence and levers; relations and
//     formal ties; minor states; the global situation (tension, the League, Locarno, the Rhineland,
//     the Saar, Stresa, Ethiopia, Austria, Spain); the pact (game/treaty); crises; flags; the
//     schedule of delayed consequences and follow-ups; the last time each thing happened. Integers
//     only. Every field is addressed by a path in one catalogue (fields.go), which effects,
//     reports, invariants and comparisons share.
//   - Scenarios as compiled rules (scenario.go): events, decisions, crises and doctrines, read from
//     data by the scenarios package. Conditions and AI scores are expr-lang expressions, checked at
//     load and run as Go closures (fastexpr.go), with expr's virtual machine only for what the
//     closures do not cover; Describe says them in words (words.go).
//   - The month (turn.go, resolve.go, crisis.go, rules.go), the AI (ai.go), forecasts by seeded
//     rollouts (forecast.go), scores (score.go), the comparison with the historical line
//     (diverge.go), the state hash (hash.go) and the invariants checked after every month
//     (invariants.go).
//
// # The month
//
// A month has five phases. Begin opens it: (1) the dispatches — follow-ups due this month, then
// every event whose window is open and whose conditions hold, in the scenario's order (an event
// may ask whether another fired earlier the same month); events that wait or whose time has passed
// are noted with the condition that held them back. (2) The council: Choices lists what each
// power may do — its answers to the events put to it, its open council decisions, its moves in
// open crises — each with its price. (3) The other chancelleries: AIOrders gives each AI power's
// orders with the reasons that made it choose. (4) Resolution: Resolve checks every power's
// orders and plays the month, in this order:
//
//  1. Delayed consequences due this month, in the order they were scheduled.
//  2. Events, in the order they fired: each event's own effects, then the option its power chose
//     (price, effects, reactions); follow-ups due in the same month fire right after their cause.
//  3. Council decisions, power by power in the order France, USSR, Germany, Britain, Italy,
//     Belgium, each power's in the order given: price, effects (certain, conditional, drawn by
//     weight), delayed effects and follow-ups scheduled, reactions.
//  4. Treaty actions (proposals, terms, signature, votes, exchange, invocation, denunciation), in
//     the order they were queued, through game/treaty.
//  5. Drift: each power's income of influence, German rearmament at its pace, tension, stability,
//     relations fading towards calm, and lobbying of the Chamber wearing off.
//  6. Crises: each opponent's rung as ordered, its price and consequences, and the crisis's end —
//     war, the aggressor's retreat, or the fait accompli.
//  7. The close: windows that closed without their event are recorded with the reason, the
//     campaign ends at the scenario's last month or at a general war, and the invariants are
//     checked.
//
// (5) The report: every change of every field with its cause (the event, decision or rule, and
// a sentence), the votes, the notes, the AI's reasons — data for the interface to show.
//
// # Determinism
//
// One generator (rng.go, splitmix64 with its own bounded integers) is held in the state and
// reseeded each month from the game's seed and the date; nothing else draws chance. No clock, no
// floating point in state or rules, no map iteration where order matters, no goroutines (a turn is
// for one goroutine at a time; a scenario may be shared once loaded). The hash
// covers a canonical encoding of the state, section by section.
//
// # What it must not import
//
// Anything that does I/O, reads a clock or draws global randomness (os, net, time, math/rand…,
// checked by TestEngineImportPolicy); of this module, only game/treaty, game/calendar and
// game/datafile — never game/record (which builds on it), scenarios, assets, ui or cmd.
package game
