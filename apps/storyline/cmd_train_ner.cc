// storyline train-ner: trains the NER model from ../shared/data/ner and
// writes it (models/ner-en.bin is the embedded default). Optionally writes
// each data set's held-out part as token<TAB>tag files for `eval ner`.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <CLI/CLI.hpp>

#include "commands.h"
#include "entities/ner_corpus.h"
#include "entities/ner_tags.h"
#include "entities/ner_trainer.h"
#include "entities/ner_unlabeled.h"

namespace storyline::cli {

int RunTrainNer(int argc, char** argv) {
  CLI::App app{"Train the named-entity tagger (averaged perceptron) from CoNLL-style corpora", "train-ner"};
  std::string data = "../shared/data/ner", out = "models/ner-en.bin", heldout_dir, training_dir;
  NerTrainOptions options;
  app.add_option("--data", data, "NER data folder (meantime_en, gum, crossner_politics, uner_en)");
  app.add_option("--out", out, "model file to write");
  app.add_option("--epochs", options.epochs, "training epochs")->capture_default_str();
  app.add_option("--seed", options.seed, "shuffle seed")->capture_default_str();
  app.add_option("--runs", options.runs, "trainings (seeds seed, seed+1, ...) whose weights are averaged")
      ->capture_default_str();
  app.add_option("--hash-bits", options.hash_bits, "log2 of weight rows")->capture_default_str();
  app.add_option("--gazetteer-dropout", options.gazetteer_dropout, "share of sentences trained without gazetteer features")->capture_default_str();
  app.add_option("--min-feature-count", options.min_feature_count, "drop rarer features")->capture_default_str();
  bool no_doc = false;
  app.add_flag("--no-document-hints", no_doc, "train without the second-pass document features");
  std::vector<std::string> skip;
  app.add_option("--skip", skip, "data sets not to train on (meantime, gum, crossner, ewt)");
  app.add_option("--write-heldout", heldout_dir, "write <set>-test.conll gold files into this folder");
  app.add_option("--write-training", training_dir,
                 "write the converted training sentences as <set>-train.conll into this folder (to inspect them)");
  // Off by default: on the --dev parts it changed F1 by -1..+2 points, within seed noise.
  std::vector<std::string> unlabeled;
  app.add_option("--unlabeled", unlabeled,
                 "articles.jsonl files or folders (e.g. ../shared/data/t17) whose capitalization marks name-like words");
  std::vector<std::string> class_text = {"../shared/data/t17", "../shared/data/ecbplus-dev"};
  app.add_option("--class-text", class_text,
                 "articles.jsonl files or folders of unlabeled news whose word classes become features")
      ->capture_default_str();
  bool no_classes = false;
  app.add_flag("--no-word-classes", no_classes, "train without word-class features");
  WordClusterOptions class_options;
  app.add_option("--classes", class_options.fine_classes, "word classes (fine level)")->capture_default_str();
  app.add_option("--coarse-classes", class_options.coarse_classes, "word classes (coarse level)")
      ->capture_default_str();
  app.add_option("--class-passes", class_options.passes, "exchange passes")->capture_default_str();
  NameLikeOptions name_like;
  app.add_option("--name-like-min-count", name_like.min_count, "mid-sentence occurrences to judge a word")
      ->capture_default_str();
  app.add_option("--name-like-share", name_like.min_capitalized, "capitalized share of a name-like word")
      ->capture_default_str();
  NerCorpusOptions corpus_options;
  app.add_flag("--dev", corpus_options.dev_split,
               "for tuning: hold out development parts (written as <set>-test.conll) and leave test parts out");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  options.document_hints = !no_doc;
  auto start = std::chrono::steady_clock::now();
  Result<std::vector<NerDataset>> sets = LoadNerCorpus(data, corpus_options);
  if (!sets.ok()) {
    std::fprintf(stderr, "train-ner: %s\n", sets.status().ToString().c_str());
    return kExitFatal;
  }
  std::vector<NerSentence> train;
  for (const NerDataset& set : *sets) {
    std::fprintf(stderr, "%-9s train %6zu sentences, held out %6zu\n", set.name.c_str(), set.train.size(),
                 set.test.size());
    if (std::find(skip.begin(), skip.end(), set.name) == skip.end()) {
      train.insert(train.end(), set.train.begin(), set.train.end());
    }
    if (!training_dir.empty()) {
      std::filesystem::create_directories(training_dir);
      std::ofstream f(training_dir + "/" + set.name + "-train.conll");
      WriteConll(set.train, f);
    }
    if (heldout_dir.empty()) continue;
    std::filesystem::create_directories(heldout_dir);
    std::ofstream f(heldout_dir + "/" + set.name + "-test.conll");
    std::vector<NerSentence> gold = set.test;
    for (NerSentence& s : gold) DropMiscTags(&s.tags);
    WriteConll(gold, f);
  }
  if (!unlabeled.empty()) {
    Result<std::vector<std::string>> words = NameLikeWordsInArticles(unlabeled, name_like);
    if (!words.ok()) {
      std::fprintf(stderr, "train-ner: %s\n", words.status().ToString().c_str());
      return kExitFatal;
    }
    std::fprintf(stderr, "name-like words: %zu\n", words->size());
    options.name_like_words = std::move(*words);
  }
  if (!no_classes) {
    std::vector<std::string> class_log;
    Result<WordClusters> classes = ClusterWords(class_text, train, class_options, &class_log);
    for (const std::string& line : class_log) std::fprintf(stderr, "%s\n", line.c_str());
    if (!classes.ok()) {
      std::fprintf(stderr, "train-ner: word classes: %s (or pass --no-word-classes)\n",
                   classes.status().ToString().c_str());
      return kExitFatal;
    }
    options.clusters = std::move(*classes);
  }
  std::vector<std::string> log;
  Result<NerModel> model = TrainNer(train, options, &log);
  for (const std::string& line : log) std::fprintf(stderr, "%s\n", line.c_str());
  if (!model.ok()) {
    std::fprintf(stderr, "train-ner: %s\n", model.status().ToString().c_str());
    return kExitFatal;
  }
  std::string bytes = model->Serialize();
  std::ofstream f(out, std::ios::binary);
  if (!f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
    std::fprintf(stderr, "train-ner: cannot write %s\n", out.c_str());
    return kExitFatal;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "wrote %s (%zu bytes) in %.1f s\n", out.c_str(), bytes.size(), secs);
  return kExitOk;
}

}  // namespace storyline::cli
