# Warning flags and sanitizers live in an interface target that our own targets link privately,
# so nothing leaks onto a consumer of sjsj_core.
add_library(sjsj_warnings INTERFACE)
target_compile_options(sjsj_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
  -Wno-sign-conversion -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
  -Wnull-dereference -Wimplicit-fallthrough)
# GCC 12 at -O2 reports, inside libstdc++ itself, overlapping memcpy in std::string operator+ (a
# known false positive, GCC PR 105329) and null dereferences in istreambuf_iterator; either fails
# every Release build under -Werror. Both warnings need the optimiser, so Debug builds (which keep
# their flags and ccache entries) never report them anyway.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12)
  target_compile_options(sjsj_warnings INTERFACE "$<$<NOT:$<CONFIG:Debug>>:-Wno-restrict;-Wno-null-dereference>")
endif()
if(SJSJ_WERROR)
  target_compile_options(sjsj_warnings INTERFACE -Werror)
endif()
if(SJSJ_SANITIZE)
  add_compile_options(-fsanitize=${SJSJ_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${SJSJ_SANITIZE})
endif()
