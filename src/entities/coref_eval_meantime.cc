#include "entities/coref_eval_meantime.h"

#include <algorithm>
#include <map>
#include <memory>

namespace storyline {
namespace {

bool IsEntityCode(std::string_view code) {
  return code == "PER" || code == "ORG" || code == "LOC" || code == "PRO" || code == "FIN";
}

std::string_view StripLevelPrefix(std::string_view chain) {
  for (std::string_view p : {"cross_intra_", "cross_", "intra_"}) {
    if (chain.substr(0, p.size()) == p) return chain.substr(p.size());
  }
  return chain;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  for (size_t tab = line.find('\t'); tab != std::string_view::npos; tab = line.find('\t', start)) {
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  fields.push_back(line.substr(start));
  return fields;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Builds one document from its token lines.
class DocumentBuilder {
 public:
  explicit DocumentBuilder(std::string id) { doc_.id = std::move(id); }

  void AddToken(std::string_view sentence, std::string_view token, std::string_view coref) {
    if (sentence != sentence_) {
      if (!sentence_.empty()) {
        doc_.sentences.push_back({sentence_begin_, static_cast<uint32_t>(doc_.text.size())});
        doc_.text.push_back('\n');
      }
      sentence_ = std::string(sentence);
      sentence_begin_ = static_cast<uint32_t>(doc_.text.size());
    } else {
      doc_.text.push_back(' ');
    }
    uint32_t begin = static_cast<uint32_t>(doc_.text.size());
    doc_.text += token;
    uint32_t end = static_cast<uint32_t>(doc_.text.size());
    if (coref != "-") Mark(coref, begin, end);
  }

  MeantimeDocument Finish() {
    if (!sentence_.empty()) {
      doc_.sentences.push_back({sentence_begin_, static_cast<uint32_t>(doc_.text.size())});
    }
    std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(),
                     [](const MeantimeMention& a, const MeantimeMention& b) {
                       return a.span.begin != b.span.begin ? a.span.begin < b.span.begin
                                                           : a.span.end > b.span.end;
                     });
    return std::move(doc_);
  }

 private:
  void Mark(std::string_view coref, uint32_t begin, uint32_t end) {
    size_t start = 0;
    while (start <= coref.size()) {
      size_t bar = coref.find('|', start);
      std::string_view part = Trim(coref.substr(start, bar == std::string_view::npos ? bar : bar - start));
      bool opens = !part.empty() && part.front() == '(';
      bool closes = !part.empty() && part.back() == ')';
      if (opens) part.remove_prefix(1);
      if (closes) part.remove_suffix(1);
      std::string instance(StripLevelPrefix(part));
      if (opens) open_[instance].push_back(begin);
      if (closes && !open_[instance].empty()) {
        uint32_t b = open_[instance].back();
        open_[instance].pop_back();
        std::string code = instance.substr(0, 3);
        if (IsEntityCode(code)) doc_.mentions.push_back({Span{b, end}, instance, code});
      }
      if (bar == std::string_view::npos) break;
      start = bar + 1;
    }
  }

  MeantimeDocument doc_;
  std::string sentence_;
  uint32_t sentence_begin_ = 0;
  std::map<std::string, std::vector<uint32_t>> open_;
};

}  // namespace

EntityType MeantimeEntityType(std::string_view code) {
  if (code == "PER") return EntityType::kPerson;
  if (code == "ORG") return EntityType::kOrganization;
  if (code == "LOC") return EntityType::kPlace;
  return EntityType::kOther;
}

Result<std::vector<MeantimeDocument>> ParseMeantimeConll(std::string_view content) {
  std::vector<MeantimeDocument> docs;
  std::unique_ptr<DocumentBuilder> builder;
  size_t line_no = 0;
  for (size_t pos = 0; pos < content.size();) {
    size_t nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
    ++line_no;
    if (line.starts_with("#begin document (")) {
      size_t close = line.find(')');
      builder = std::make_unique<DocumentBuilder>(std::string(line.substr(17, close - 17)));
      continue;
    }
    if (line.starts_with("#end document")) {
      if (builder) docs.push_back(builder->Finish());
      builder.reset();
      continue;
    }
    if (Trim(line).empty()) continue;
    std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() < 5 || !builder) {
      return Status::Corruption("meantime.conll:" + std::to_string(line_no) +
                                ": expected 5 tab-separated fields inside a document");
    }
    builder->AddToken(f[1], f[3], Trim(f[4]));
  }
  return docs;
}

}  // namespace storyline
