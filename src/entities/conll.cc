#include "entities/conll.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "entities/ner_io.h"
#include "entities/ner_tags.h"

namespace storyline {
namespace {

// Tab-separated fields, or space-separated ones (runs of spaces) in a line without tabs.
std::vector<std::string_view> SplitColumns(std::string_view line) {
  if (line.find('\t') != std::string_view::npos) return SplitTabs(line);
  std::vector<std::string_view> cols;
  for (size_t start = 0; start < line.size();) {
    size_t end = std::min(line.find(' ', start), line.size());
    if (end > start) cols.push_back(line.substr(start, end - start));
    start = end + 1;
  }
  return cols;
}

void Flush(NerSentence* current, const ConllOptions& options, bool* doc_pending, std::vector<NerSentence>* out) {
  if (current->tokens.empty()) return;
  current->document_start = *doc_pending;
  *doc_pending = false;
  if (options.has_tags && options.map_labels) current->tags = MapBioTags(current->tags, options.keep_misc);
  out->push_back(std::move(*current));
  *current = NerSentence{};
}

bool StartsDocument(std::string_view line) {
  return line.rfind("-DOCSTART-", 0) == 0 || line.rfind("# newdoc", 0) == 0;
}

}  // namespace

Result<std::vector<NerSentence>> ParseConll(std::string_view content, std::string_view name,
                                            const ConllOptions& options) {
  std::vector<NerSentence> out;
  NerSentence current;
  bool doc_pending = false, any_doc_marker = false;
  Status status = ForEachLine(content, [&](std::string_view line, size_t line_no) {
    if (line.empty()) {
      Flush(&current, options, &doc_pending, &out);
      return Status::Ok();
    }
    if (StartsDocument(line)) {
      Flush(&current, options, &doc_pending, &out);
      doc_pending = any_doc_marker = true;
      return Status::Ok();
    }
    if (line.size() > 1 && line[0] == '#' && line[1] == ' ') return Status::Ok();  // "# sent_id = ..."
    std::vector<std::string_view> cols = SplitColumns(line);
    int n = static_cast<int>(cols.size());
    int tag_col = options.tag_column < 0 ? n + options.tag_column : options.tag_column;
    bool tag_ok = !options.has_tags || (tag_col >= 0 && tag_col < n && tag_col != options.token_column);
    if (options.token_column >= n || !tag_ok) {
      return Status::InvalidInput(std::string(name) + ":" + std::to_string(line_no) +
                                  ": expected token and tag columns");
    }
    current.tokens.emplace_back(cols[options.token_column]);
    if (options.has_tags) current.tags.emplace_back(cols[tag_col]);
    return Status::Ok();
  });
  if (!status.ok()) return status;
  Flush(&current, options, &doc_pending, &out);
  if (!any_doc_marker) {
    for (NerSentence& s : out) s.document_start = true;
  } else if (!out.empty()) {
    out.front().document_start = true;
  }
  return out;
}

Result<std::string> ReadTextFile(const std::string& path) {
  if (path == "-") {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

Result<std::vector<NerSentence>> ReadConllFile(const std::string& path, const ConllOptions& options) {
  Result<std::string> text = ReadTextFile(path);
  if (!text.ok()) return text.status();
  return ParseConll(*text, path, options);
}

std::vector<std::pair<size_t, size_t>> DocumentRanges(const std::vector<NerSentence>& sentences) {
  std::vector<std::pair<size_t, size_t>> ranges;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (ranges.empty() || sentences[i].document_start) ranges.push_back({i, i});
    ranges.back().second = i + 1;
  }
  return ranges;
}

void WriteConll(const std::vector<NerSentence>& sentences, std::ostream& out) {
  bool markers = std::any_of(sentences.begin(), sentences.end(), [](const NerSentence& s) { return !s.document_start; });
  for (const NerSentence& s : sentences) {
    if (markers && s.document_start) out << "-DOCSTART-\tO\n\n";
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      out << s.tokens[i] << '\t' << (i < s.tags.size() ? s.tags[i] : "O") << '\n';
    }
    out << '\n';
  }
}

}  // namespace storyline
