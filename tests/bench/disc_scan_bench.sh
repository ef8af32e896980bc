#!/usr/bin/env bash
# Disc scan benchmark: ScanShield against its peers and against the floor of reading the
# first 8 KiB of every file, all over the same files, in one run. Not a ctest test: timings
# belong to the machine they were taken on (see docs/PERFORMANCE.md).
#
# Usage: tests/bench/disc_scan_bench.sh [options]
#   --build DIR      build folder with scanshield-cli and bench_read_floor
#                    (default: build-bench next to this repository's top CMakeLists.txt)
#   --files N        make the disc hold at least N files (default 5000)
#   --runs N         timed runs per tool; the median is reported (default 5)
#   --dicomdir MODE  root: the demo disc's DICOMDIR stays at the root and names the first
#                    copy's files, the other copies are found by walking (default);
#                    none: no DICOMDIR at all, every file is found by walking
#   --cold           also measure with the page cache dropped before every run (needs root
#                    and a writable /proc/sys/vm/drop_caches; skipped with a note otherwise)
#   --keep DIR       build the disc in DIR and keep it (default: a temp folder, removed)
#   --ocr            also time one full exposure report with burned-in text read (OCR):
#                    minutes, not seconds
#
# Needs: scanshield-cli, bench_read_floor, gdcmscanner (libgdcm-tools), dcmdump (dcmtk),
# GNU time at /usr/bin/time (package time).
#
# The disc: `scanshield-cli make-demo-disc` writes one fictional CD; its files are copied
# (real copies, not links, so each has its own page-cache pages) into folders C0001, C0002,
# ... each holding the CD's own layout, until there are at least N files. Every copy keeps
# the same UIDs, so a scanner sees one patient with the same series many times over.
#
# What each tool is asked to do (the same files, the same tags where it can be said):
#   scanshield   scanshield-cli scan DISC --json > /dev/null        (the whole index)
#   gdcmscanner  gdcmscanner -d DISC -r -t <the 22 tags ScanShield indexes>
#                GDCM reads each file only up to the largest tag asked, (0028,0011),
#                so it stops before pixel data, as ScanShield does. Measured both with
#                the default (tolerant) parser and with --strict (GDCM's faster one).
#   dcmdump      dcmdump -q +sd +r +sb 7fe0,0010 -M +P <the same tags> DISC > /dev/null
#                one process for all files; stops parsing before pixel data, does not
#                load long values, prints only the asked tags.
#   floor        bench_read_floor DISC: open, read 8 KiB, close, for every file.
#   report       scanshield-cli report DISC --json --skip-burned-in-text > /dev/null
#                the exposure report's header part (every element of every file, in the
#                same pass as the index), without OCR; its JSON is far larger than the
#                index's (every file of every finding), so bench_report_phases also times
#                both in one process without output.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
build="$repo/build-bench"
min_files=5000
runs=5
dicomdir_mode=root
cold=0
keep=""
ocr=0

while (($#)); do
  case "$1" in
    --build) build=$(cd "$2" && pwd); shift 2 ;;
    --files) min_files=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --dicomdir) dicomdir_mode=$2; shift 2 ;;
    --cold) cold=1; shift ;;
    --keep) keep=$2; shift 2 ;;
    --ocr) ocr=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$dicomdir_mode" in root|none) ;; *) echo "--dicomdir must be root or none" >&2; exit 2 ;; esac

cli="$build/app/scanshield-cli"
floor="$build/tests/bench/bench_read_floor"
phases="$build/tests/bench/bench_report_phases"
for tool in "$cli" "$floor" "$phases"; do
  [[ -x "$tool" ]] || { echo "Missing $tool: build it with ninja -C $build scanshield-cli bench_read_floor bench_report_phases" >&2; exit 1; }
done
for tool in gdcmscanner dcmdump /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "Missing $tool: run scripts/install-deps.sh" >&2; exit 1; }
done

if [[ -n "$keep" ]]; then
  work=$keep
  mkdir -p "$work"
  [[ -z $(ls -A "$work") ]] || { echo "--keep folder $work must be empty" >&2; exit 1; }
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/scanshield-bench.XXXXXX")
  trap 'rm -rf "$work"' EXIT
fi

# --- the disc ------------------------------------------------------------------------------
demo="$work/demo"
disc="$work/disc"
"$cli" make-demo-disc "$demo" >/dev/null
[[ -n $(find "$demo" -type f -print -quit) ]] || { echo "The demo disc is empty" >&2; exit 1; }
# Files per copy once its DICOMDIR is gone; with --dicomdir root, one more (the root's).
copy_files=$(find "$demo" -type f ! \( -path "$demo/DICOMDIR" -o -path "$demo/dicomdir" \) | wc -l)
root_extra=0
[[ "$dicomdir_mode" == root && -f "$demo/DICOMDIR" ]] && root_extra=1
copies=$(((min_files - root_extra + copy_files - 1) / copy_files))
mkdir -p "$disc"
for ((i = 1; i <= copies; i++)); do
  dest=$(printf '%s/C%04d' "$disc" "$i")
  mkdir -p "$dest"
  cp -r "$demo/." "$dest/"
  # A CD has one DICOMDIR, at its root; the copies' own are removed.
  find "$dest" -maxdepth 1 -iname DICOMDIR -delete
done
if [[ "$dicomdir_mode" == root && -f "$demo/DICOMDIR" ]]; then
  # The demo disc's DICOMDIR names files relative to the demo root; at the disc root it must
  # name C0001/...: rather than rewrite it, the first copy's files move to the root.
  rm -rf "$disc/C0001"
  cp -r "$demo/." "$disc/"
fi
rm -rf "$demo"
files=$(find "$disc" -type f | wc -l)
((files >= min_files)) || { echo "Only $files files on the disc, fewer than $min_files" >&2; exit 1; }
bytes=$(du -sb "$disc" | cut -f1)
dicomdirs=$(find "$disc" -iname DICOMDIR | wc -l)

# --- the tools -----------------------------------------------------------------------------
# The tags ScanShield's index reads (core/media/HeaderParse.cpp), for the peers.
tags=(0008,0005 0008,0016 0008,0018 0008,0020 0008,0030 0008,0050 0008,0060 0008,1030
      0008,103e 0010,0010 0010,0020 0010,0030 0010,0040 0020,000d 0020,000e 0020,0011
      0020,0013 0020,0032 0020,0037 0028,0008 0028,0010 0028,0011)
gdcm_tags=()
dcmdump_tags=()
for t in "${tags[@]}"; do
  gdcm_tags+=(-t "$t")
  dcmdump_tags+=(+P "$t")
done

names=(scanshield gdcmscanner "gdcmscanner --strict" dcmdump floor "scanshield report (no OCR)")
commands=(
  "$(printf '%q ' "$cli" scan "$disc" --json)"
  "$(printf '%q ' gdcmscanner -d "$disc" -r "${gdcm_tags[@]}")"
  "$(printf '%q ' gdcmscanner -d "$disc" -r --strict "${gdcm_tags[@]}")"
  "$(printf '%q ' dcmdump -q +sd +r +sb 7fe0,0010 -M "${dcmdump_tags[@]}" "$disc")"
  "$(printf '%q ' "$floor" "$disc")"
  "$(printf '%q ' "$cli" report "$disc" --json --skip-burned-in-text)"
)

# Untimed sanity checks: each tool really reads the DICOM files.
dicom_files=$(find "$disc" -type f -exec sh -c 'for f; do
  [ "$(dd if="$f" bs=4 skip=32 count=1 2>/dev/null)" = DICM ] && echo; done; true' sh {} + | wc -l)
check_scanshield=$("$cli" scan "$disc" --json | sed -n 's/^ *"instances_total": *\([0-9]*\).*/\1/p')
check_gdcm=$(gdcmscanner -d "$disc" -r -p -t 0008,0018 | grep -c '^(0008,0018) ->' || true)
check_dcmdump=$(dcmdump -q +sd +r +sb 7fe0,0010 -M +P 0008,0018 "$disc" 2>/dev/null | grep -c '^(0008,0018)' || true)

drop_caches() { sync; echo 3 >/proc/sys/vm/drop_caches; }
if ((cold)); then
  if ! (drop_caches) 2>/dev/null; then
    echo "note: cannot write /proc/sys/vm/drop_caches (not root, or read-only /proc/sys): cold runs skipped" >&2
    cold=0
  fi
fi

# One timed run: wall time in nanoseconds and peak RSS in KiB, appended to the result files.
results="$work/results"
mkdir -p "$results"
run_once() { # index label
  local i=$1 label=$2 start end
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$results/rss.tmp" bash -c "${commands[$i]} >/dev/null 2>&1" || true
  end=$(date +%s%N)
  echo $((end - start)) >>"$results/$label.$i.ns"
  tail -n 1 "$results/rss.tmp" >>"$results/$label.$i.rss"
}

# Warm the page cache (every byte of every file) and each tool's own libraries once.
find "$disc" -type f -exec cat {} + >/dev/null
for i in "${!names[@]}"; do bash -c "${commands[$i]} >/dev/null 2>&1" || true; done

# Round-robin, so slow drifts of the machine touch every tool alike.
for ((r = 1; r <= runs; r++)); do
  for i in "${!names[@]}"; do run_once "$i" warm; done
done
if ((cold)); then
  for ((r = 1; r <= runs; r++)); do
    for i in "${!names[@]}"; do drop_caches; run_once "$i" cold; done
  done
fi

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
maximum() { sort -n | tail -n 1; }

table() { # label
  local label=$1 floor_ns
  floor_ns=$(median <"$results/$label.4.ns")
  echo "| Tool | Files/s | Median time (s) | Peak RSS (MiB) | Time / floor |"
  echo "|---|---:|---:|---:|---:|"
  for i in "${!names[@]}"; do
    local ns rss
    ns=$(median <"$results/$label.$i.ns")
    rss=$(maximum <"$results/$label.$i.rss")
    awk -v name="${names[$i]}" -v ns="$ns" -v rss="$rss" -v files="$files" -v floor="$floor_ns" 'BEGIN {
      printf "| %s | %.0f | %.3f | %.1f | %.2fx |\n", name, files / (ns / 1e9), ns / 1e9, rss / 1024, ns / floor }'
  done
}

echo "## Disc scan benchmark"
echo
echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
disc_device=$(df --output=source "$disc" | tail -n 1)
disc_fs=$(df --output=fstype "$disc" | tail -n 1)
echo "- Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -n 1) ($(lscpu | sed -n 's/^Hypervisor vendor: *//p' | sed 's/.\+/& virtual machine, /')$(nproc) cores), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, disc on $disc_device ($disc_fs), Linux $(uname -r)"
echo "- Disc: $files files ($dicom_files DICOM Part 10 files), $((bytes / 1024 / 1024)) MiB, $copies copies of the demo disc, $dicomdirs DICOMDIR (--dicomdir $dicomdir_mode)"
echo "- Files each tool indexed (SOP Instance UIDs seen): scanshield $check_scanshield, gdcmscanner $check_gdcm, dcmdump $check_dcmdump"
echo "- Runs: $runs per tool, round-robin; median wall time; peak RSS is the largest of the runs"
echo
echo "### Warm page cache"
echo
table warm
if ((cold)); then
  echo
  echo "### Cold page cache (dropped before every run)"
  echo
  table cold
fi

echo
echo "### Exposure report"
echo
echo "In one process, without output (\`bench_report_phases DISC $runs\`, medians):"
echo
echo '```'
"$phases" "$disc" "$runs"
echo '```'
if ((ocr)); then
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$results/ocr.rss" "$cli" report "$disc" --json >"$results/ocr.json" 2>/dev/null || true
  end=$(date +%s%N)
  python3 - "$results/ocr.json" "$((end - start))" "$(tail -n 1 "$results/ocr.rss")" "$(median <"$results/warm.5.ns")" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
total = int(sys.argv[2]) / 1e9
rss = int(sys.argv[3]) / 1024
header = int(sys.argv[4]) / 1e9
b = report["burned_in"]
sent = b["images_sent_to_ocr"]
print()
print(f"With burned-in text (one run, `scanshield-cli report DISC --json`): {total:.1f} s, peak RSS {rss:.0f} MiB.")
print(f"Images considered {b['images_considered']}, flagged by the detector {b['images_flagged_by_detector']}, "
      f"sent to OCR {sent} ({100 * sent / max(1, b['images_considered']):.1f} %).")
if sent:
    print(f"Burned-in pass (this run minus the median without OCR): {total - header:.1f} s, "
          f"{(total - header) / sent:.2f} s per image sent to OCR (decoding and the detector on every image included).")
PY
fi
echo
echo "### Commands"
echo
for i in "${!names[@]}"; do
  shown=${commands[$i]//$disc/DISC}
  shown=${shown//\\,/,}
  echo "- ${names[$i]}: \`${shown% }\`"
done
