#!/usr/bin/env bash
# Fuzzing (docs/ROBUSTNESS.md): builds the libFuzzer targets of tests/fuzz with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer in ./build-fuzz, seeds each from the shared
# test data (../shared/data), replays the inputs that once crashed (tests/fuzz/regressions),
# then fuzzes each target for a bounded time. Exits non-zero on any crash, leak, undefined
# behaviour, timeout or memory blow-up; the inputs that caused them are kept in
# build-fuzz/fuzz-runs/findings/<target>/.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# 20 seconds a target by default (CI); all five targets unless some are named.
# Longer runs: scripts/fuzz.sh 600 fuzz_header_parse. The corpus each run grows is kept in
# build-fuzz/fuzz-runs/corpus/<target>/ and the next run starts from it.
# Environment: SCANSHIELD_FUZZ_BUILD_DIR (default ./build-fuzz), SCANSHIELD_SHARED_DATA
# (default ../shared/data), SCANSHIELD_FUZZ_OUT (default <build>/fuzz-runs).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SCANSHIELD_FUZZ_BUILD_DIR:-$root/build-fuzz}"
data="${SCANSHIELD_SHARED_DATA:-$root/../shared/data}"
out="${SCANSHIELD_FUZZ_OUT:-$build/fuzz-runs}"
seconds="${1:-20}"
shift || true
all_targets=(fuzz_header_parse fuzz_exposure_file fuzz_anonymize_file fuzz_dicomdir fuzz_archive)
targets=("$@")
((${#targets[@]})) || targets=("${all_targets[@]}")

if [[ ! -d "$data" ]]; then
  echo "fuzz.sh: the shared test data ($data) is absent: no seeds to start from." >&2
  exit 1
fi

"$root/scripts/install-deps.sh"
started=$(date +%s)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DSCANSHIELD_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target fuzz_seed_archives "${targets[@]}"
echo "fuzz.sh: built in $(($(date +%s) - started)) s"

symbolizer="$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)"
export ASAN_SYMBOLIZER_PATH="$symbolizer"
export ASAN_OPTIONS="detect_leaks=1:symbolize=1"
# Leaks inside third-party libraries only, each explained in the file.
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The OCR engine of the exposure target must find no language data, whatever the machine has.
export TESSDATA_PREFIX=/nonexistent
export QT_QPA_PLATFORM=offscreen

# Seeds, made afresh each run from the shared data: small files as they are, and the start of
# the larger ones (the header walker reads only that far).
seeds="$out/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{dicom,headers,dicomdir,archive}
seed_copy() { # FILE DEST: copies under a name unique to the file's place in the data
  local name
  name="$(printf '%s' "${1#"$data"/}" | tr '/ ' '__')"
  cp "$1" "$2/$name"
}
while IFS= read -r -d '' file; do
  seed_copy "$file" "$seeds/dicom"
  seed_copy "$file" "$seeds/headers"
done < <(find "$data" -type f -size -96k ! -name '*.md' ! -name '*.csv' ! -name '*.json' -print0 | sort -z)
while IFS= read -r -d '' file; do
  head -c 16384 "$file" >"$seeds/headers/$(printf '%s' "${file#"$data"/}" | tr '/ ' '__').head"
done < <(find "$data" -type f -size +95k -print0 | sort -z | head -z -n 150)
while IFS= read -r -d '' file; do
  seed_copy "$file" "$seeds/dicomdir"
done < <(find "$data" -type f \( -iname 'DICOMDIR*' -o -iname 'DIRFILE' \) -print0)
# Archives: a few small folders of the data packed as ZIP, ISO 9660 and tar.
archive_folders=(
  "$data/dicomdir_media/pydicom_dicomdirtests/98892001/CT2N"
  "$data/dicomdir_media/pydicom_dicomdirtests/77654033/CT2"
  "$data/malformed_edge/broken_media/wg04_rle_cd_DICOMDIR_only"
)
existing=()
for folder in "${archive_folders[@]}"; do [[ -d "$folder" ]] && existing+=("$folder"); done
"$build/tests/fuzz/fuzz_seed_archives" "$seeds/archive" "${existing[@]}"
for folder in "${existing[@]}"; do
  tar -C "$folder" -cf "$seeds/archive/$(basename "$folder").tar" .
done
echo "fuzz.sh: seeds: $(ls "$seeds/dicom" | wc -l) files, $(ls "$seeds/headers" | wc -l) headers," \
  "$(ls "$seeds/dicomdir" | wc -l) DICOMDIRs, $(ls "$seeds/archive" | wc -l) archives"

seeds_of() {
  case "$1" in
    fuzz_header_parse) echo "$seeds/headers" ;;
    fuzz_dicomdir) echo "$seeds/dicomdir" ;;
    fuzz_archive) echo "$seeds/archive" ;;
    *) echo "$seeds/dicom" ;;
  esac
}

failed=()
for target in "${targets[@]}"; do
  binary="$build/tests/fuzz/$target"
  findings="$out/findings/$target"
  corpus="$out/corpus/$target"
  mkdir -p "$findings" "$corpus"
  log="$out/$target.log"

  # Inputs that once crashed must not crash again.
  regressions="$root/tests/fuzz/regressions/$target"
  if [[ -d "$regressions" ]] && [[ -n "$(ls -A "$regressions")" ]]; then
    if ! "$binary" -artifact_prefix="$findings/" -rss_limit_mb=2048 -malloc_limit_mb=4200 -timeout=30 "$regressions"/* >"$out/$target.regressions.log" 2>&1; then
      echo "fuzz.sh: $target: a saved regression input fails again (see $out/$target.regressions.log)" >&2
      failed+=("$target")
      continue
    fi
  fi

  echo "fuzz.sh: $target for $seconds s"
  if "$binary" "$corpus" "$(seeds_of "$target")" -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=4200 -timeout=30 \
      -artifact_prefix="$findings/" -print_final_stats=1 -close_fd_mask=1 >"$log" 2>&1; then
    grep -E '^(#[0-9]+ +(INITED|DONE)|stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added)' "$log" \
      | sed "s/^/  /" || true
  else
    echo "fuzz.sh: $target FOUND A PROBLEM; the input is in $findings, the report in $log:" >&2
    grep -E 'ERROR: |SUMMARY: |runtime error|FINDING' "$log" | head -n 5 >&2 || true
    failed+=("$target")
  fi
done

echo "fuzz.sh: done in $(($(date +%s) - started)) s"
if ((${#failed[@]})); then
  echo "fuzz.sh: findings in: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: no findings"
