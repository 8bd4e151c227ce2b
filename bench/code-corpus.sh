#!/usr/bin/env bash
# Throughput and peak memory of `marsad code --jsonl` on the 3,000 real
# articles of ../shared/data/news-ar-ant (one core by default), as issue 3
# asks: articles/s, MB/s of input, peak resident memory.
#
#   bench/code-corpus.sh [WORKERS] [FORMAT]
#
# The machines are shared and noisy: run it a few times and compare figures
# measured in one run, not absolute figures across runs.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/data/news-ar-ant/ant-v2.1-sample-3000.jsonl}
workers=${1:-1}
format=${2:-json}
if [ ! -f "$corpus" ]; then
  echo "bench/code-corpus.sh: $corpus not found (../shared is absent in a fresh clone)" >&2
  exit 2
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/marsad" ./cmd/marsad
docs=$(wc -l <"$corpus")
bytes=$(wc -c <"$corpus")
start=$(date +%s.%N)
/usr/bin/time -v "$dir/marsad" code --jsonl --workers "$workers" --format "$format" "$corpus" >/dev/null 2>"$dir/log"
end=$(date +%s.%N)
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/log")
awk -v d="$docs" -v b="$bytes" -v s="$start" -v e="$end" -v r="$rss" -v w="$workers" 'BEGIN {
  t = e - s
  printf "%d articles, %.1f MB of JSON Lines, %d worker(s): %.2f s, %.0f articles/s, %.2f MB/s, peak RSS %.0f MB\n", d, b/1e6, w, t, d/t, b/1e6/t, r/1024
}'
