# Warning flags and sanitizers live in an interface target that our own targets link privately,
# so nothing leaks onto a consumer of sjsj_core.
add_library(sjsj_warnings INTERFACE)
target_compile_options(sjsj_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
  -Wno-sign-conversion -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
  -Wnull-dereference -Wimplicit-fallthrough)
if(SJSJ_WERROR)
  target_compile_options(sjsj_warnings INTERFACE -Werror)
endif()
if(SJSJ_SANITIZE)
  add_compile_options(-fsanitize=${SJSJ_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${SJSJ_SANITIZE})
endif()
