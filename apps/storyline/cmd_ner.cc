// storyline ner [FILE|-]: tags one-token-per-line text (blank line between
// sentences; extra columns after the token are ignored) and writes
// token<TAB>BIO-tag lines. With --text the input is plain text and the output
// one mention per line: begin<TAB>end<TAB>type<TAB>text<TAB>title (byte offsets).
#include <cstdio>
#include <iostream>

#include <CLI/CLI.hpp>

#include "commands.h"
#include "entities/conll.h"
#include "entities/ner_tagger.h"
#include "text/sentences.h"

namespace storyline::cli {

// The model at `model_path`, or the embedded one when it is empty; reports a failure on stderr.
Result<NerTagger> LoadNerTagger(const char* command, const std::string& model_path) {
  Result<NerTagger> tagger = model_path.empty() ? NerTagger::LoadDefault() : NerTagger::LoadFromFile(model_path);
  if (!tagger.ok()) std::fprintf(stderr, "%s: %s\n", command, tagger.status().ToString().c_str());
  return tagger;
}

namespace {

int PrintMentions(const NerTagger& tagger, const std::string& input) {
  Result<std::string> text = ReadTextFile(input);
  if (!text.ok()) {
    std::fprintf(stderr, "ner: %s\n", text.status().ToString().c_str());
    return kExitFatal;
  }
  for (const Mention& m : tagger.Tag(*text, SplitSentences(*text))) {
    std::printf("%u\t%u\t%s\t%s\t%s\n", m.span.begin, m.span.end, EntityTypeName(m.type), m.text.c_str(),
                m.title.c_str());
  }
  return kExitOk;
}

}  // namespace

int RunNer(int argc, char** argv) {
  CLI::App app{"Tag persons, organizations and places in CoNLL-style tokens (one per line)", "ner"};
  std::string input = "-", model_path;
  app.add_option("file", input, "input file, or - for stdin")->capture_default_str();
  app.add_option("--model", model_path, "model file (default: the embedded model)");
  bool text_mode = false;
  app.add_flag("--text", text_mode, "input is plain text; print mentions with byte offsets");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  Result<NerTagger> tagger = LoadNerTagger("ner", model_path);
  if (!tagger.ok()) return kExitFatal;
  if (text_mode) return PrintMentions(*tagger, input);
  ConllOptions options;
  options.has_tags = false;
  Result<std::vector<NerSentence>> sentences = ReadConllFile(input, options);
  if (!sentences.ok()) {
    std::fprintf(stderr, "ner: %s\n", sentences.status().ToString().c_str());
    return kExitFatal;
  }
  for (const auto& [begin, end] : DocumentRanges(*sentences)) {
    std::vector<std::vector<std::string>> doc;
    for (size_t s = begin; s < end; ++s) doc.push_back((*sentences)[s].tokens);
    std::vector<std::vector<std::string>> tags = tagger->TagDocument(doc);
    for (size_t s = begin; s < end; ++s) (*sentences)[s].tags = std::move(tags[s - begin]);
  }
  std::ios::sync_with_stdio(false);
  WriteConll(*sentences, std::cout);
  return kExitOk;
}

}  // namespace storyline::cli
