// Not built yet: this command lands with issue 6.
#include <cstdio>

#include "commands.h"

namespace storyline::cli {

int RunTimeline(int argc, char** argv) {
  std::fprintf(stderr, "storyline %s: not implemented yet (issue 6)\n", argv[0]);
  return kExitFatal;
}

}  // namespace storyline::cli
