#include "entities/ner_unlabeled.h"

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>
#include <unicode/uchar.h>

#include "common/utf8.h"
#include "entities/conll.h"
#include "text/sentences.h"
#include "text/tokenize.h"

namespace storyline {
namespace {

// 1 upper case, 0 lower case, -1 neither (digits, symbols).
int LetterCase(std::string_view word) {
  size_t pos = 0;
  UChar32 c = static_cast<UChar32>(DecodeUtf8(word, &pos));
  if (u_isupper(c) || u_istitle(c)) return 1;
  return u_islower(c) ? 0 : -1;
}

}  // namespace

void CapitalizationCounter::AddText(std::string_view text) {
  for (const Span& sentence : SplitSentences(text)) {
    bool first = true;
    ForEachWord(sentence.In(text), [&](Span span, std::string_view norm) {
      if (first) {
        first = false;  // sentence-initial: capitalized whatever the word
        return;
      }
      int letter_case = LetterCase(span.In(sentence.In(text)));
      if (letter_case < 0) return;
      Counts& c = counts_[std::string(norm)];
      c.capitalized += letter_case;
      ++c.total;
    });
  }
}

std::vector<std::string> CapitalizationCounter::NameLikeWords(const NameLikeOptions& options) const {
  std::vector<std::string> words;
  for (const auto& [word, c] : counts_) {
    if (c.total >= options.min_count && c.capitalized >= options.min_capitalized * c.total) words.push_back(word);
  }
  std::sort(words.begin(), words.end());
  return words;
}

Status ForEachArticleText(const std::vector<std::string>& paths, const std::function<void(std::string_view)>& fn) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      if (fs::exists(path, ec)) files.emplace_back(path);
      continue;
    }
    for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
      if (entry.path().filename() == "articles.jsonl") files.push_back(entry.path());
    }
  }
  if (files.empty()) return Status::NotFound("no articles.jsonl file under the given paths");
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    Result<std::string> content = ReadTextFile(file.string());
    if (!content.ok()) return content.status();
    std::string_view rest = *content;
    while (!rest.empty()) {
      size_t end = std::min(rest.find('\n'), rest.size());
      nlohmann::json line = nlohmann::json::parse(rest.substr(0, end), nullptr, /*allow_exceptions=*/false);
      rest.remove_prefix(std::min(end + 1, rest.size()));
      if (line.is_object() && line.contains("text") && line["text"].is_string()) {
        fn(line["text"].get_ref<const std::string&>());
      }
    }
  }
  return Status::Ok();
}

Result<std::vector<std::string>> NameLikeWordsInArticles(const std::vector<std::string>& paths,
                                                         const NameLikeOptions& options) {
  CapitalizationCounter counter;
  STORYLINE_RETURN_IF_ERROR(ForEachArticleText(paths, [&](std::string_view text) { counter.AddText(text); }));
  return counter.NameLikeWords(options);
}

Result<WordClusters> ClusterWords(const std::vector<std::string>& text_paths, const std::vector<NerSentence>& labeled,
                                  const WordClusterOptions& options, std::vector<std::string>* log) {
  WordClusterBuilder builder;
  std::vector<std::string_view> tokens;
  for (const NerSentence& s : labeled) {
    tokens.assign(s.tokens.begin(), s.tokens.end());
    builder.AddSentence(tokens);
  }
  if (!text_paths.empty()) {
    STORYLINE_RETURN_IF_ERROR(ForEachArticleText(text_paths, [&](std::string_view text) {
      for (const Span& sentence : SplitSentences(text)) {
        std::string_view sv = sentence.In(text);
        tokens.clear();
        for (const Token& t : Tokenize(sv)) tokens.push_back(t.span.In(sv));
        builder.AddSentence(tokens);
      }
    }));
  }
  return builder.Build(options, log);
}

}  // namespace storyline
