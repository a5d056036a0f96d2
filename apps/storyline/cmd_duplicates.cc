// Not built yet: this command lands with issue 3.
#include <cstdio>

#include "commands.h"

namespace storyline::cli {

int RunDuplicates(int argc, char** argv) {
  std::fprintf(stderr, "storyline %s: not implemented yet (issue 3)\n", argv[0]);
  return kExitFatal;
}

}  // namespace storyline::cli
