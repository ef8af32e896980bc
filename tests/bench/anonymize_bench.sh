#!/usr/bin/env bash
# Safe-copy benchmark: ScanShield's anonymized copy of a disc against gdcmanon, a dcmodify
# script doing the same header removals, and `cp -r` of the same files (the floor), all in one
# run over the same disc. Not a ctest test (see docs/PERFORMANCE.md).
#
# Usage: tests/bench/anonymize_bench.sh --disc DIR [--build DIR] [--runs N]
#   --disc DIR   the disc to copy: e.g. the 5,000-file disc kept by
#                `tests/bench/disc_scan_bench.sh --keep KEEP` (then DIR is KEEP/disc)
#   --build DIR  build folder with scanshield-cli (default: build next to this repository)
#   --runs N     timed runs per tool; the median is reported (default 3)
#
# What each tool does (output to a fresh folder on the same file system each run):
#   scanshield   scanshield-cli anonymize DISC --output OUT --skip-burned-in-text
#                the original's report, the copy (Basic Profile, patients' default options,
#                new UIDs, shifted dates, new DICOMDIR) and the verification scan of the copy;
#                OCR left out, as none of the peers reads pictures
#   gdcmanon     gdcmanon -e -c CERT -r --continue -i DISC' -o OUT
#                GDCM's PS3.15 E.1 Basic Profile (it encrypts the original attributes into the
#                file, hence a throwaway certificate made with openssl). gdcmanon stops at a
#                DICOMDIR ("Could not Write") and does not create sub-folders, so, untimed,
#                DISC' is DISC hard-linked without its DICOMDIR and OUT's folders are made
#                first. It writes no DICOMDIR.
#   dcmodify     cp -r DISC OUT, then one dcmodify over every file of OUT erasing the Basic
#                Profile's main identifying attributes and all private tags
#   cp           cp -r DISC OUT: reading and writing every byte, nothing else
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
build="$repo/build"
disc=""
runs=3
while (($#)); do
  case "$1" in
    --disc) disc=$(cd "$2" && pwd); shift 2 ;;
    --build) build=$(cd "$2" && pwd); shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ -n "$disc" ]] || { echo "--disc DIR is required (see --help)" >&2; exit 2; }
cli="$build/app/scanshield-cli"
[[ -x "$cli" ]] || { echo "Missing $cli: build it first" >&2; exit 1; }
for tool in gdcmanon dcmodify openssl /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "Missing $tool: run scripts/install-deps.sh" >&2; exit 1; }
done

work=$(mktemp -d "$(dirname "$disc")/anon-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
openssl req -x509 -newkey rsa:2048 -keyout "$work/key.pem" -out "$work/cert.pem" -days 1 -nodes \
  -subj "/CN=ScanShield benchmark" >/dev/null 2>&1

# The Basic Profile's main identifying attributes, for dcmodify.
erase=(0008,0050 0008,0080 0008,0081 0008,0090 0008,1010 0008,1040 0008,1050 0008,1070
       0010,0010 0010,0020 0010,0030 0010,0040 0010,1000 0010,1001 0010,1010 0010,1040
       0010,2154 0010,21b0 0010,4000 0018,1000 0020,0010 0032,1032 0040,0244 0040,0253)
dcmodify_args=(-nb -ie -imt)
for tag in "${erase[@]}"; do dcmodify_args+=(-ea "'($tag)'"); done
dcmodify_args+=(-ep)

# One small script per tool, so that /usr/bin/time measures exactly that tool (and its cp).
cat >"$work/scanshield.sh" <<SCRIPT
#!/bin/sh
"$cli" anonymize "$disc" --output "\$1" --skip-burned-in-text >/dev/null 2>&1 || true
SCRIPT
cp -al "$disc" "$work/gdcmanon-input"
find "$work/gdcmanon-input" -maxdepth 1 -iname DICOMDIR -delete
cat >"$work/gdcmanon.sh" <<SCRIPT
#!/bin/sh
gdcmanon -e -c "$work/cert.pem" -r --continue -i "$work/gdcmanon-input" -o "\$1" >/dev/null 2>&1 || true
SCRIPT
cat >"$work/dcmodify.sh" <<SCRIPT
#!/bin/sh
cp -r "$disc" "\$1" && find "\$1" -type f -print0 | xargs -0 dcmodify ${dcmodify_args[*]} >/dev/null 2>&1 || true
SCRIPT
cat >"$work/cp.sh" <<SCRIPT
#!/bin/sh
cp -r "$disc" "\$1"
SCRIPT
chmod +x "$work"/*.sh

names=(scanshield gdcmanon dcmodify cp)
results="$work/results"
mkdir -p "$results"
bytes=$(du -sb "$disc" | cut -f1)
files=$(find "$disc" -type f | wc -l)
find "$disc" -type f -exec cat {} + >/dev/null # warm the page cache
for ((r = 1; r <= runs; r++)); do
  for name in "${names[@]}"; do
    out="$work/out-$name"
    rm -rf "$out"
    if [[ $name == gdcmanon ]]; then
      mkdir -p "$out"
      (cd "$work/gdcmanon-input" && find . -type d) | (cd "$out" && xargs mkdir -p)
    fi
    sync
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$results/rss.tmp" "$work/$name.sh" "$out"
    end=$(date +%s%N)
    echo $((end - start)) >>"$results/$name.ns"
    tail -n 1 "$results/rss.tmp" >>"$results/$name.rss"
    written=$(find "$out" -type f 2>/dev/null | wc -l)
    echo "$written" >"$results/$name.files"
    rm -rf "$out"
  done
done

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
maximum() { sort -n | tail -n 1; }
cp_ns=$(median <"$results/cp.ns")
echo "## Safe copy benchmark"
echo
echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "- Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, Linux $(uname -r)"
echo "- Disc: $files files, $((bytes / 1024 / 1024)) MiB; $runs runs per tool, round-robin, median wall time, warm page cache"
echo
echo "| Tool | MiB/s | Median time (s) | Peak RSS (MiB) | Files written | Time / cp |"
echo "|---|---:|---:|---:|---:|---:|"
for name in "${names[@]}"; do
  ns=$(median <"$results/$name.ns")
  rss=$(maximum <"$results/$name.rss")
  awk -v name="$name" -v ns="$ns" -v rss="$rss" -v bytes="$bytes" -v cp="$cp_ns" -v written="$(cat "$results/$name.files")" 'BEGIN {
    printf "| %s | %.0f | %.2f | %.1f | %d | %.2fx |\n", name, bytes / 1048576 / (ns / 1e9), ns / 1e9, rss / 1024, written, ns / cp }'
done
