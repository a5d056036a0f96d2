// The storyline CLI: one function per subcommand, each in its own file, each
// parsing its own flags (CLI11) and printing its usage on bad input.
//
// Exit codes that scripts can rely on:
//   0  success
//   1  the command ran but some input records failed (they are reported; the rest was kept)
//   2  usage error (bad flags or arguments)
//   3  fatal error (store cannot be opened, file unreadable, ...)
#ifndef STORYLINE_APPS_COMMANDS_H_
#define STORYLINE_APPS_COMMANDS_H_

namespace storyline::cli {

constexpr int kExitOk = 0;
constexpr int kExitPartial = 1;
constexpr int kExitUsage = 2;
constexpr int kExitFatal = 3;

// argv[0] is the subcommand name ("ingest", "eval-dedup"); the rest are its arguments.
int RunIngest(int argc, char** argv);
int RunStories(int argc, char** argv);
int RunStory(int argc, char** argv);
int RunArticle(int argc, char** argv);
int RunEntity(int argc, char** argv);
int RunExport(int argc, char** argv);
int RunDuplicates(int argc, char** argv);
int RunNer(int argc, char** argv);
int RunTrainNer(int argc, char** argv);
int RunDates(int argc, char** argv);
int RunTimeline(int argc, char** argv);
int RunServe(int argc, char** argv);
int RunEvalDedup(int argc, char** argv);
int RunEvalClusters(int argc, char** argv);
int RunEvalNer(int argc, char** argv);
int RunEvalDates(int argc, char** argv);
int RunEvalTimeline(int argc, char** argv);

}  // namespace storyline::cli

#endif  // STORYLINE_APPS_COMMANDS_H_
