// storyline eval ner --gold FILE: tags the gold file's tokens and prints
// entity-level (exact match) precision, recall and F1 per type.
#include <cstdio>

#include <CLI/CLI.hpp>

#include "commands.h"
#include "entities/conll.h"
#include "entities/ner_metrics.h"
#include "entities/ner_tagger.h"

namespace storyline::cli {

Result<NerTagger> LoadNerTagger(const char* command, const std::string& model_path);  // cmd_ner.cc

int RunEvalNer(int argc, char** argv) {
  CLI::App app{"Score the NER tagger on a CoNLL file (token first column, BIO tag last column)", "eval ner"};
  std::vector<std::string> gold_files;
  std::string model_path;
  app.add_option("--gold", gold_files, "gold file(s): token ... tag, blank line between sentences")->required();
  app.add_option("--model", model_path, "model file (default: the embedded model)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  Result<NerTagger> tagger = LoadNerTagger("eval ner", model_path);
  if (!tagger.ok()) return kExitFatal;
  for (const std::string& file : gold_files) {
    Result<std::vector<NerSentence>> gold = ReadConllFile(file);
    if (!gold.ok()) {
      std::fprintf(stderr, "eval ner: %s\n", gold.status().ToString().c_str());
      return kExitFatal;
    }
    NerScorer scorer;
    for (const auto& [begin, end] : DocumentRanges(*gold)) {
      std::vector<std::vector<std::string>> doc;
      for (size_t s = begin; s < end; ++s) doc.push_back((*gold)[s].tokens);
      std::vector<std::vector<std::string>> predicted = tagger->TagDocument(doc);
      for (size_t s = begin; s < end; ++s) scorer.Add((*gold)[s].tags, predicted[s - begin]);
    }
    std::printf("%s (%zu sentences)\n%s\n", file.c_str(), gold->size(), scorer.Report().c_str());
  }
  return kExitOk;
}

}  // namespace storyline::cli
