// Not built yet: this command lands with issue 4.
#include <cstdio>

#include "commands.h"

namespace storyline::cli {

int RunEvalClusters(int argc, char** argv) {
  std::fprintf(stderr, "storyline %s: not implemented yet (issue 4)\n", argv[0]);
  return kExitFatal;
}

}  // namespace storyline::cli
