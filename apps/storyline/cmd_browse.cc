// Not built yet: this command lands with issue 2.
#include <cstdio>

#include "commands.h"

namespace storyline::cli {

int RunStories(int argc, char** argv) {
  std::fprintf(stderr, "storyline %s: not implemented yet (issue 2)\n", argv[0]);
  return kExitFatal;
}

}  // namespace storyline::cli
namespace storyline::cli {
int RunStory(int argc, char** argv) { return RunStories(argc, argv); }
int RunArticle(int argc, char** argv) { return RunStories(argc, argv); }
}  // namespace storyline::cli
