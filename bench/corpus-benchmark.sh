#!/usr/bin/env bash
# Whole-process benchmark of `incident-extractor extract` over a generated corpus.
#
#   bash bench/corpus-benchmark.sh [N] [--runs R] [--skip-5x] [--seed S]
#
# Publishes the CLI in Release (ReadyToRun) into bench/out/publish, builds a corpus of N article
# files (default 20000) and the same articles as one JSON Lines file, then times, R times each
# (default 3) and reports medians:
#   - wc -w over the same files (the floor: reading them and nothing else),
#   - extract --jobs 1, files in, CSV out,
#   - extract with all cores, files in, CSV out,
#   - extract with all cores, one JSON Lines file in, CSV out,
#   - start-up: extracting one file,
#   - peak memory at N and at 5 x N articles (skip the large corpus with --skip-5x).
# Files are read from the page cache: the corpus is read once before timing.
# Everything it writes stays under bench/out/ (git-ignored).
set -euo pipefail

count=20000
runs=3
skip_large=0
seed=20181123
while [[ $# -gt 0 ]]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --skip-5x) skip_large=1; shift ;;
        --seed) seed="$2"; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *[!0-9]*|'') echo "corpus-benchmark: unknown argument '$1' (try --help)" >&2; exit 2 ;;
        *) count="$1"; shift ;;
    esac
done
if (( runs < 1 || count < 1 )); then
    echo "corpus-benchmark: N and --runs must be at least 1" >&2
    exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out"
mkdir -p "$out"

for tool in dotnet python3; do
    command -v "$tool" >/dev/null || { echo "corpus-benchmark: $tool is needed and not on PATH" >&2; exit 2; }
done
# GNU time gives peak memory; without it the script still times runs and says what is missing.
gnu_time=""
if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%M' true 2>/dev/null; then
    gnu_time=/usr/bin/time
else
    echo "note: GNU time (/usr/bin/time) not found; peak memory is not measured (Debian/Ubuntu: apt-get install time)" >&2
fi

echo "== publishing the CLI (Release, ReadyToRun) into bench/out/publish"
dotnet publish "$root/src/IncidentExtractor.Cli/IncidentExtractor.Cli.csproj" -c Release --use-current-runtime \
    --self-contained false -p:PublishReadyToRun=true -o "$out/publish" -nologo -v quiet >"$out/publish.log" 2>&1 \
    || { cat "$out/publish.log" >&2; echo "corpus-benchmark: publish failed (log above)" >&2; exit 1; }
tool="$out/publish/incident-extractor"

# make_corpus SIZE: the folder and batch for SIZE articles, built once per size and seed.
make_corpus() {
    local size="$1" dir="$out/corpus-$1-$seed"
    if [[ ! -f "$dir/done" ]]; then
        echo "== building a corpus of $size articles in ${dir#"$root"/}" >&2
        rm -rf "$dir"
        python3 "$root/bench/make-corpus.py" "$root" "$size" "$dir/files" "$dir/batch.jsonl" "$seed"
        touch "$dir/done"
    fi
    echo "$dir"
}

# measure LABEL COMMAND...: runs the command once, appends "seconds peak_kb cpu_seconds" to $out/times/LABEL.
measure() {
    local label="$1"; shift
    local start end rss=0 cpu=0 status=0
    start=$EPOCHREALTIME
    if [[ -n "$gnu_time" ]]; then
        "$gnu_time" -f '%M %U %S' -o "$out/times/rss" "$@" >/dev/null 2>"$out/times/stderr" || status=$?
        read -r rss user sys < <(tail -n 1 "$out/times/rss")
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
    else
        "$@" >/dev/null 2>"$out/times/stderr" || status=$?
    fi
    end=$EPOCHREALTIME
    if (( status != 0 )); then
        echo "warning: '$label' exited with $status: $(head -c 300 "$out/times/stderr")" >&2
    fi
    echo "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }') $rss $cpu" >>"$out/times/$label"
}

# median LABEL COLUMN: the median of one column of a label's runs.
median() {
    awk -v c="$2" '{ print $c }' "$out/times/$1" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# report LABEL ARTICLES BYTES FLOOR_LABEL: one result line from the medians.
report() {
    local label="$1" articles="$2" bytes="$3" floor="${4:-}"
    local secs rss cpu ratio=""
    secs=$(median "$label" 1)
    rss=$(median "$label" 2)
    cpu=$(median "$label" 3)
    if [[ -n "$floor" ]]; then
        ratio=$(awk -v a="$secs" -v b="$(median "$floor" 1)" 'BEGIN { printf "%6.1fx wc -w", a / b }')
    fi
    awk -v l="$label" -v s="$secs" -v n="$articles" -v b="$bytes" -v r="$rss" -v c="$cpu" -v x="$ratio" -v g="$gnu_time" 'BEGIN {
        printf "%-18s %7.3f s %8.0f articles/s %7.1f MB/s  %s  %s\n", l, s, n / s, b / s / 1e6,
            (g == "" ? "peak n/a" : sprintf("peak %4.0f MB  cpu %6.2f s", r / 1024, c)), x }'
}

rm -rf "$out/times" && mkdir -p "$out/times"
corpus=$(make_corpus "$count")
files="$corpus/files"
batch="$corpus/batch.jsonl"
bytes=$(find "$files" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
# Warm the page cache, so every run reads from memory and runs compare fairly.
find "$files" -name '*.txt' -print0 | xargs -0 cat >/dev/null
cat "$batch" >/dev/null

echo "== timing $runs runs of each over $count articles ($(awk -v b="$bytes" -v n="$count" 'BEGIN { printf "%.1f MB, %.2f KB per article", b / 1e6, b / n / 1024 }'))"
for ((run = 1; run <= runs; run++)); do
    measure wc-files bash -c "find '$files' -name '*.txt' -print0 | wc -w --files0-from=- | tail -n 1"
    measure extract-jobs1 "$tool" extract "$files" -o "$out/records.csv" --jobs 1 -q
    measure extract-all-cores "$tool" extract "$files" -o "$out/records.csv" -q
    measure wc-jsonl wc -w "$batch"
    measure jsonl-all-cores "$tool" extract "$batch" --input-format jsonl -o "$out/records-jsonl.csv" -q
done

one=$(find "$files" -name '*.txt' | sort | sed -n 1p)
for ((run = 1; run <= 7; run++)); do
    measure startup "$tool" extract "$one" -o "$out/one.csv" -q
done

if (( ! skip_large )); then
    large_count=$((count * 5))
    large=$(make_corpus "$large_count")
    find "$large/files" -name '*.txt' -print0 | xargs -0 cat >/dev/null
    echo "== memory at 5 x N: one run over $large_count articles"
    measure extract-5x "$tool" extract "$large/files" -o "$out/records-5x.csv" -q
fi

echo
echo "== results: medians of $runs runs ($(nproc) cores, $(dotnet --version) SDK)"
report wc-files "$count" "$bytes"
report extract-jobs1 "$count" "$bytes" wc-files
report extract-all-cores "$count" "$bytes" wc-files
report wc-jsonl "$count" "$bytes"
report jsonl-all-cores "$count" "$bytes" wc-jsonl
awk -v s="$(median startup 1)" -v r="$(median startup 2)" 'BEGIN { printf "%-22s %8.1f ms for one file (median of 7), peak %.0f MB\n", "startup", s * 1000, r / 1024 }'
if (( ! skip_large )); then
    report extract-5x "$large_count" "$(find "$large/files" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')"
    echo "memory flatness: peak $(awk -v a="$(median extract-all-cores 2)" -v b="$(median extract-5x 2)" 'BEGIN { printf "%.0f MB at N, %.0f MB at 5 x N", a / 1024, b / 1024 }')"
fi
