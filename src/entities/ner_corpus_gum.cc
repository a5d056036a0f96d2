// GUM reader (see ner_corpus_readers.h). The MISC column holds
// `Entity=(12-person-new-...(13-place-...)12)`: "(id-type..." opens a mention,
// "id)" closes it, "(id-type...)" is a one-token mention.
#include <cstdlib>
#include <map>

#include "common/utf8.h"
#include "entities/ner_corpus_mentions.h"
#include "entities/ner_corpus_readers.h"
#include "entities/ner_io.h"
#include "entities/ner_tags.h"

namespace storyline {
namespace {

struct GumToken {
  std::string form;
  std::string upos;
  size_t head = 0;  // 1-based, 0 = root
};

struct OpenMention {
  size_t begin;
  std::string type;
};

struct GumSentence {
  std::vector<GumToken> tokens;
  std::vector<std::pair<CorpusMention, bool>> mentions;  // mention, head is PROPN (set at flush)
  std::map<std::string, std::vector<OpenMention>> open;

  // Parses the Entity= value for the token just added.
  void AddEntities(std::string_view value) {
    size_t index = tokens.size() - 1;
    size_t i = 0;
    while (i < value.size()) {
      if (value[i] == '(') {
        size_t j = value.find_first_of("()", i + 1);
        if (j == std::string_view::npos) j = value.size();
        std::string_view label = value.substr(i + 1, j - i - 1);
        size_t dash = label.find('-');
        std::string id(label.substr(0, dash));
        std::string type = dash == std::string_view::npos ? "" : std::string(label.substr(dash + 1, label.find('-', dash + 1) - dash - 1));
        if (j < value.size() && value[j] == ')') {
          mentions.push_back({{index, index + 1, MapEntityLabel(type)}, false});
          i = j + 1;
        } else {
          open[id].push_back({index, MapEntityLabel(type)});
          i = j;
        }
      } else {
        size_t j = value.find(')', i);
        if (j == std::string_view::npos) break;
        std::string id(value.substr(i, j - i));
        auto it = open.find(id);
        if (it != open.end() && !it->second.empty()) {
          mentions.push_back({{it->second.back().begin, index + 1, it->second.back().type}, false});
          it->second.pop_back();
        }
        i = j + 1;
      }
    }
  }

  // True when the token of the mention whose head lies outside it is a PROPN.
  bool HeadIsProperNoun(const CorpusMention& m) const {
    for (size_t t = m.begin; t < m.end; ++t) {
      size_t head = tokens[t].head;
      if (head == 0 || head - 1 < m.begin || head - 1 >= m.end) return tokens[t].upos == "PROPN";
    }
    return false;
  }

  void FlushInto(NerDocument* doc) {
    if (tokens.empty()) return;
    NerSentence s;
    std::vector<CorpusMention> named;
    for (auto& [m, unused] : mentions) {
      if (!m.type.empty() && HeadIsProperNoun(m)) named.push_back(m);
    }
    for (GumToken& t : tokens) s.tokens.push_back(std::move(t.form));
    s.tags = ProjectMentions(s.tokens, named);
    doc->sentences.push_back(std::move(s));
    tokens.clear();
    mentions.clear();
  }
};

std::string_view EntityField(std::string_view misc) {
  size_t pos = misc.find("Entity=");
  if (pos == std::string_view::npos) return {};
  misc.remove_prefix(pos + 7);
  return misc.substr(0, misc.find('|'));
}

}  // namespace

Result<NerDocument> ParseGumDocument(std::string_view content, std::string id) {
  NerDocument doc;
  doc.id = std::move(id);
  GumSentence sentence;
  Status status = ForEachLine(content, [&](std::string_view line, size_t line_no) {
    if (line.empty()) {
      sentence.FlushInto(&doc);
      return Status::Ok();
    }
    if (line[0] == '#') return Status::Ok();
    std::vector<std::string_view> cols = SplitTabs(line);
    if (cols.size() < 10) {
      return Status::InvalidInput(doc.id + ":" + std::to_string(line_no) + ": expected 10 CoNLL-U columns");
    }
    if (cols[0].find_first_of("-.") != std::string_view::npos) return Status::Ok();  // multiword or empty node
    GumToken token{std::string(cols[1]), std::string(cols[3]), 0};
    token.head = static_cast<size_t>(std::strtoul(std::string(cols[6]).c_str(), nullptr, 10));
    sentence.tokens.push_back(std::move(token));
    sentence.AddEntities(EntityField(cols[9]));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  sentence.FlushInto(&doc);
  return doc;
}

std::vector<std::string> GumSplitDocuments(std::string_view splits_md, std::string_view section) {
  std::vector<std::string> names;
  bool inside = false;
  for (size_t pos = 0; pos < splits_md.size();) {
    size_t end = splits_md.find('\n', pos);
    if (end == std::string_view::npos) end = splits_md.size();
    std::string_view line = TrimSpace(splits_md.substr(pos, end - pos));
    pos = end + 1;
    if (line.rfind("##", 0) == 0) { inside = TrimSpace(line.substr(2)) == section; continue; }
    if (!inside || line.empty()) continue;
    if (line.rfind("* ", 0) == 0) line.remove_prefix(2);
    if (line.size() > 7 && line.substr(line.size() - 7) == ".conllu") line.remove_suffix(7);
    if (line.rfind("GUM_", 0) == 0) names.emplace_back(line);
  }
  return names;
}

}  // namespace storyline
