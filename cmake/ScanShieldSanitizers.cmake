# Sanitizer and fuzzing builds (docs/ROBUSTNESS.md; scripts/sanitize.sh and scripts/fuzz.sh).
#
# SCANSHIELD_SANITIZE: every target of ours is built with AddressSanitizer and
# UndefinedBehaviorSanitizer. Undefined behaviour stops the program (no recovery), so a test
# that meets any fails. The libraries from Debian (Qt, DCMTK, libarchive...) are not
# instrumented: what is checked is our code and what it hands to them.
# SCANSHIELD_FUZZ: the same, plus libFuzzer's coverage instrumentation, and the fuzz targets
# of tests/fuzz. libFuzzer exists only in clang (Debian: clang, libclang-rt-14-dev).
option(SCANSHIELD_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(SCANSHIELD_FUZZ "Build the libFuzzer targets of tests/fuzz (clang, sanitizers on)" OFF)

if(SCANSHIELD_SANITIZE OR SCANSHIELD_FUZZ)
  if(SCANSHIELD_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "SCANSHIELD_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  set(SCANSHIELD_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined
      -fno-omit-frame-pointer)
  add_compile_options(${SCANSHIELD_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
  if(SCANSHIELD_FUZZ)
    # Coverage feedback for libFuzzer in all of our code; only the fuzz targets link its main().
    add_compile_options(-fsanitize=fuzzer-no-link)
  endif()
endif()
