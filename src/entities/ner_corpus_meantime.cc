// MEANTIME reader (see ner_corpus_readers.h).
#include <map>
#include <unordered_set>

#include "common/utf8.h"
#include "entities/ner_corpus_mentions.h"
#include "entities/ner_corpus_readers.h"
#include "entities/ner_io.h"
#include "entities/ner_tags.h"
#include "text/normalize.h"

namespace storyline {
namespace {

// "cross_intra_ORG3715..." -> "ORG"; "" for other types.
std::string ChainType(std::string_view chain) {
  for (std::string_view prefix : {"cross_intra_", "cross_", "intra_"}) {
    if (chain.substr(0, prefix.size()) == prefix) { chain.remove_prefix(prefix.size()); break; }
  }
  std::string_view type = chain.substr(0, 3);
  if (type == "PER" || type == "ORG" || type == "LOC") return std::string(type);
  if (type == "PRO") return "MISC";
  return "";
}

// The folded forms of every token the corpus writes starting in lower case.
std::unordered_set<std::string> LowerCaseWords(std::string_view content) {
  std::unordered_set<std::string> words;
  ForEachLine(content, [&](std::string_view line, size_t) {
    std::vector<std::string_view> cols = SplitTabs(line);
    if (cols.size() >= 5 && !cols[3].empty() && cols[3][0] >= 'a' && cols[3][0] <= 'z') {
      words.insert(Fold(cols[3]));
    }
    return Status::Ok();
  });
  return words;
}

struct SentenceBuilder {
  const std::unordered_set<std::string>* lower_case_words = nullptr;
  std::vector<std::string> tokens = {};
  std::vector<CorpusMention> mentions = {};
  std::map<std::string, std::vector<size_t>> open = {};  // chain -> start tokens (a stack)

  void AddChains(std::string_view field) {
    size_t index = tokens.size() - 1;
    size_t start = 0;
    while (start <= field.size()) {
      size_t bar = field.find('|', start);
      if (bar == std::string_view::npos) bar = field.size();
      std::string_view part = TrimSpace(field.substr(start, bar - start));
      start = bar + 1;
      if (part.empty() || part == "-") continue;
      bool opens = part.front() == '(', closes = part.back() == ')';
      std::string chain(part.substr(opens, part.size() - opens - closes));
      if (opens && closes) {
        mentions.push_back({index, index + 1, ChainType(chain)});
      } else if (opens) {
        open[chain].push_back(index);
      } else if (closes && !open[chain].empty()) {
        mentions.push_back({open[chain].back(), index + 1, ChainType(chain)});
        open[chain].pop_back();
      }
    }
  }

  void FlushInto(NerDocument* doc) {
    if (tokens.empty()) return;
    NerSentence s;
    s.tags = ProjectMentions(tokens, mentions);
    std::vector<size_t> unannotated = UnannotatedNames(tokens, mentions, *lower_case_words);
    s.fully_annotated = unannotated.empty();
    for (size_t i : unannotated) s.tags[i] = kUnknownNerTag;
    s.tokens = std::move(tokens);
    doc->sentences.push_back(std::move(s));
    *this = SentenceBuilder{lower_case_words};
  }
};

}  // namespace

Result<std::vector<NerDocument>> ParseMeantime(std::string_view content) {
  std::vector<NerDocument> docs;
  const std::unordered_set<std::string> lower_case_words = LowerCaseWords(content);
  SentenceBuilder sentence{&lower_case_words};
  Status status = ForEachLine(content, [&](std::string_view line, size_t line_no) {
    if (line.rfind("#begin document", 0) == 0) {
      docs.emplace_back();
      return Status::Ok();
    }
    if (line.rfind("#end document", 0) == 0 || line.empty()) {
      if (!docs.empty()) sentence.FlushInto(&docs.back());
      return Status::Ok();
    }
    std::vector<std::string_view> cols = SplitTabs(line);
    if (cols.size() < 5 || docs.empty()) {
      return Status::InvalidInput("meantime.conll:" + std::to_string(line_no) + ": expected 5 columns in a document");
    }
    if (docs.back().id.empty()) docs.back().id = std::string(cols[0]);
    sentence.tokens.emplace_back(cols[3]);
    sentence.AddChains(cols[4]);
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return docs;
}

}  // namespace storyline
