# Warnings are errors in our own code. Third-party headers come in through imported
# targets, which CMake marks as SYSTEM, so their warnings do not fail our build.
function(scanshield_strict_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror
                         -Wno-error=deprecated-declarations)
endfunction()
