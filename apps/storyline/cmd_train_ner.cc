// Not built yet: this command lands with issue 5.
#include <cstdio>

#include "commands.h"

namespace storyline::cli {

int RunTrainNer(int argc, char** argv) {
  std::fprintf(stderr, "storyline %s: not implemented yet (issue 5)\n", argv[0]);
  return kExitFatal;
}

}  // namespace storyline::cli
