#include "entities/ner_corpus.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <unordered_set>

#include "entities/ner_conventions.h"
#include "entities/ner_corpus_readers.h"
#include "entities/ner_tags.h"

namespace storyline {
namespace {

namespace fs = std::filesystem;

void Append(std::vector<NerSentence>* to, const std::vector<NerSentence>& from) {
  to->insert(to->end(), from.begin(), from.end());
}

// Appends the sentences of one document, marking where it starts.
void AppendDocument(std::vector<NerSentence>* to, std::vector<NerSentence> doc) {
  for (size_t i = 0; i < doc.size(); ++i) doc[i].document_start = i == 0;
  Append(to, doc);
}

Status LoadMeantime(const fs::path& dir, const NerCorpusOptions& options, std::vector<NerDataset>* out) {
  fs::path file = dir / "meantime.conll";
  if (!fs::exists(file)) return Status::Ok();
  Result<std::string> text = ReadTextFile(file.string());
  if (!text.ok()) return text.status();
  Result<std::vector<NerDocument>> docs = ParseMeantime(*text);
  if (!docs.ok()) return docs.status();
  std::sort(docs->begin(), docs->end(), [](const NerDocument& a, const NerDocument& b) { return a.id < b.id; });
  NerDataset set{"meantime", {}, {}}, complete{"meantime-complete", {}, {}};
  std::map<std::string, int> index_in_topic;
  for (const NerDocument& doc : *docs) {
    std::string topic = doc.id.substr(0, doc.id.find('/'));
    int index = index_in_topic[topic]++ % options.meantime_heldout_every;
    bool test = index == options.meantime_heldout_remainder;
    if (options.dev_split && test) continue;
    bool held_out = options.dev_split ? (index + 1) % options.meantime_heldout_every == options.meantime_heldout_remainder
                                      : test;
    std::vector<NerSentence> annotated;
    for (const NerSentence& s : doc.sentences) {
      if (s.fully_annotated || (!held_out && options.meantime_train_partial)) annotated.push_back(s);
    }
    if (held_out) {
      std::vector<NerSentence> whole = doc.sentences;
      for (NerSentence& s : whole) {
        for (std::string& tag : s.tags) {
          if (tag == kUnknownNerTag) tag = "O";
        }
      }
      AppendDocument(&set.test, std::move(whole));
      AppendDocument(&complete.test, annotated);
    } else {
      AppendDocument(&set.train, annotated);
    }
  }
  out->push_back(std::move(set));
  out->push_back(std::move(complete));
  return Status::Ok();
}

Status LoadGum(const fs::path& dir, bool dev_split, std::vector<NerDataset>* out) {
  if (!fs::exists(dir / "dep")) return Status::Ok();
  Result<std::string> splits = ReadTextFile((dir / "splits.md").string());
  if (!splits.ok()) return splits.status();
  std::vector<std::string> test = GumSplitDocuments(*splits, "test");
  std::vector<std::string> dev = dev_split ? GumSplitDocuments(*splits, "dev") : std::vector<std::string>{};
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir / "dep")) {
    if (entry.path().extension() == ".conllu") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  NerDataset set{"gum", {}, {}}, news{"gum-news", {}, {}};
  for (const fs::path& file : files) {
    Result<std::string> text = ReadTextFile(file.string());
    if (!text.ok()) return text.status();
    std::string id = file.stem().string();
    Result<NerDocument> doc = ParseGumDocument(*text, id);
    if (!doc.ok()) return doc.status();
    bool is_test = std::find(test.begin(), test.end(), id) != test.end();
    if (dev_split && is_test) continue;
    bool held_out = dev_split ? std::find(dev.begin(), dev.end(), id) != dev.end() : is_test;
    AppendDocument(held_out ? &set.test : &set.train, doc->sentences);
    if (held_out && id.rfind("GUM_news_", 0) == 0) AppendDocument(&news.test, doc->sentences);
  }
  out->push_back(std::move(set));
  out->push_back(std::move(news));
  return Status::Ok();
}

// A BIO data set whose files are named train/test lists (missing files skipped).
Status LoadBio(const std::string& name, const fs::path& dir, const std::vector<std::string>& train_files,
               const std::vector<std::string>& test_files, const ConllOptions& options,
               std::vector<NerDataset>* out) {
  if (!fs::exists(dir)) return Status::Ok();
  NerDataset set{name, {}, {}};
  for (int part = 0; part < 2; ++part) {
    for (const std::string& f : part == 0 ? train_files : test_files) {
      if (!fs::exists(dir / f)) continue;
      Result<std::vector<NerSentence>> s = ReadConllFile((dir / f).string(), options);
      if (!s.ok()) return s.status();
      Append(part == 0 ? &set.train : &set.test, *s);
    }
  }
  out->push_back(std::move(set));
  return Status::Ok();
}

// Applies ner_conventions.h: to MEANTIME and GUM (both parts: their names are
// our conversion of coreference mentions) and to every set's training part.
void MapConventions(const GazetteerSourceOptions& sources, std::vector<NerDataset>* sets) {
  std::unordered_set<std::string> nationalities = NationalityWords(LoadSystemGazetteer(sources, nullptr));
  for (NerDataset& set : *sets) {
    bool meantime = set.name.rfind("meantime", 0) == 0;
    for (auto* part : {&set.train, &set.test}) {
      for (NerSentence& s : *part) {
        if (meantime) SplitCoordinatedNames(s.tokens, &s.tags);
        if (meantime || set.name.rfind("gum", 0) == 0) RetagNationalities(s.tokens, nationalities, &s.tags);
        // Training labels only: the other sets' test parts stay as published.
        if (part == &set.train) RetagFacilities(s.tokens, &s.tags);
      }
    }
  }
}

}  // namespace

Result<std::vector<NerDataset>> LoadNerCorpus(const std::string& data_dir, const NerCorpusOptions& options) {
  fs::path root(data_dir);
  if (!fs::is_directory(root)) return Status::NotFound("no NER data folder at " + data_dir);
  std::vector<NerDataset> sets;
  STORYLINE_RETURN_IF_ERROR(LoadMeantime(root / "meantime_en", options, &sets));
  STORYLINE_RETURN_IF_ERROR(LoadGum(root / "gum", options.dev_split, &sets));
  ConllOptions bio;
  bio.keep_misc = true;
  STORYLINE_RETURN_IF_ERROR(
      options.dev_split
          ? LoadBio("crossner", root / "crossner_politics", {"train.txt"}, {"dev.txt"}, bio, &sets)
          : LoadBio("crossner", root / "crossner_politics", {"train.txt", "dev.txt"}, {"test.txt"}, bio, &sets));
  ConllOptions iob2;
  iob2.token_column = 1;
  iob2.tag_column = 2;
  iob2.keep_misc = true;
  std::vector<std::string> ewt_test;
  if (!options.dev_split) ewt_test.push_back("ewt_en_ewt-ud-test.iob2");
  STORYLINE_RETURN_IF_ERROR(LoadBio("ewt", root / "uner_en", {"ewt_en_ewt-ud-dev.iob2"}, ewt_test, iob2, &sets));
  if (options.map_conventions) MapConventions(options.sources, &sets);
  if (sets.empty()) return Status::NotFound("no known NER data set under " + data_dir);
  return sets;
}

}  // namespace storyline
