#!/usr/bin/env bash
# Writes text captures of the real game into docs/captures/, for the README's "Play" section:
# the title screen, the main screen (with the map) and the council. Run it by hand from anywhere
# in the repository after changing the interface:
#
#   scripts/captures.sh
#
# It builds cmd/pact, plays it in a private tmux server (tmux must be installed) with a fixed seed
# and its own data directory, and captures the panes as plain text. Not run by CI.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
command -v tmux >/dev/null || { echo "captures.sh: tmux is needed" >&2; exit 1; }

work=$(mktemp -d)
sock="pact-captures-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/pact" ./cmd/pact
out=docs/captures
mkdir -p "$out"

# start W H ARGS...: run pact in a fresh window of W×H cells.
start() {
  local w=$1 h=$2; shift 2
  tmux -L "$sock" kill-server 2>/dev/null || true
  sleep 0.2
  tmux -L "$sock" new-session -d -s pact -x "$w" -y "$h" \
    "cd $work && PACT_DATA=$work/data TERM=xterm-256color ./pact $*; sleep 60"
}
# wait_for TEXT: wait until the screen shows TEXT (at most 10 s).
wait_for() {
  for _ in $(seq 1 200); do
    tmux -L "$sock" capture-pane -p -t pact | grep -qF -- "$1" && return 0
    sleep 0.05
  done
  echo "captures.sh: the screen never showed '$1'" >&2
  tmux -L "$sock" capture-pane -p -t pact >&2
  exit 1
}
keys() { for k in "$@"; do tmux -L "$sock" send-keys -t pact "$k"; sleep 0.15; done; }
# capture NAME: the pane as plain text, trailing blanks removed.
capture() {
  sleep 0.5
  tmux -L "$sock" capture-pane -p -t pact | sed -e 's/[[:space:]]*$//' >"$out/$1.txt"
  echo "wrote $out/$1.txt"
}

start 100 30 ""
wait_for "New game"
capture title

start 120 40 play --scenario pact-1934 --power france --seed 7
wait_for "Welcome to Pact"
keys Enter
wait_for "Dispatches · January 1934"
for m in "January 1934" "February 1934" "March 1934"; do
  keys a e y
  wait_for "$m is played"
done
keys 1
wait_for "Dispatches · April 1934"
capture main

start 100 30 play --scenario pact-1934 --power france --seed 7
wait_for "Welcome to Pact"
keys Enter 2
wait_for "Council · January 1934"
wait_for "Forecast ·"
keys Enter
wait_for "Chosen:"
capture council
