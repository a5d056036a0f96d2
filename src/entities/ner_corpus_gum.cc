// GUM reader (see ner_corpus_readers.h). The MISC column holds
// `Entity=(12-person-new-...(13-place-...)12)`: "(id-type..." opens a mention,
// "id)" closes it, "(id-type...)" is a one-token mention.
#include <cstdlib>
#include <map>
#include <optional>

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
  std::string deprel;
};

struct OpenMention {
  size_t begin;
  std::string type;
};

struct GumSentence {
  std::vector<GumToken> tokens;
  std::vector<CorpusMention> mentions;
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
          mentions.push_back({index, index + 1, MapEntityLabel(type)});
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
          mentions.push_back({it->second.back().begin, index + 1, it->second.back().type});
          it->second.pop_back();
        }
        i = j + 1;
      }
    }
  }

  // The token of `m` whose head lies outside it (the mention's head).
  size_t MentionHead(const CorpusMention& m) const {
    for (size_t t = m.begin; t < m.end; ++t) {
      size_t head = tokens[t].head;
      if (head == 0 || head - 1 < m.begin || head - 1 >= m.end) return t;
    }
    return m.begin;
  }

  bool IsProperNoun(size_t t) const { return tokens[t].upos == "PROPN"; }
  bool Attaches(size_t t, size_t to, std::string_view rel) const {
    return tokens[t].head == to + 1 && tokens[t].deprel.rfind(rel, 0) == 0;
  }

  // `name` widened over the proper nouns joined to it by `flat` ("Julie" <-
  // "Hahn"), or by `flat` to the noun it hangs from ("philologist" -> "Rasmus",
  // "Rask").
  CorpusMention FlatName(const CorpusMention& m, size_t name) const {
    auto joined = [&](size_t t) {
      if (!IsProperNoun(t)) return false;
      if (Attaches(t, name, "flat")) return true;
      return tokens[name].deprel.rfind("flat", 0) == 0 && tokens[t].head == tokens[name].head &&
             tokens[t].deprel.rfind("flat", 0) == 0;
    };
    CorpusMention out{name, name + 1, m.type};
    while (out.begin > m.begin && joined(out.begin - 1)) --out.begin;
    while (out.end < m.end && joined(out.end)) ++out.end;
    return out;
  }

  // The name inside a mention, if it has one. A mention headed by a proper
  // noun is a name (for a person, just the head and its flat parts, so
  // "Governor of Washington Chris Gregoire" gives "Chris Gregoire"); one headed
  // by a common noun can still hold its name as a flat or appositive proper
  // noun ("Environment Canada spokesperson Julie Hahn", "his girlfriend Julie
  // Couillard").
  std::optional<CorpusMention> NamePart(const CorpusMention& m) const {
    size_t head = MentionHead(m);
    // A coordination ("India, China and Britain") is a group; its conjuncts
    // are mentions of their own.
    for (size_t t = m.begin; t < m.end; ++t) {
      if (Attaches(t, head, "conj")) return std::nullopt;
    }
    if (IsProperNoun(head)) {
      if (m.type == "PER") return FlatName(m, head);
      CorpusMention name = m;
      name.head = head;
      return name;
    }
    for (size_t t = head + 1; t < m.end; ++t) {
      if (IsProperNoun(t) && (Attaches(t, head, "flat") || Attaches(t, head, "appos"))) return FlatName(m, t);
    }
    return std::nullopt;
  }

  void FlushInto(NerDocument* doc) {
    if (tokens.empty()) return;
    NerSentence s;
    std::vector<CorpusMention> named;
    for (const CorpusMention& m : mentions) {
      if (m.type.empty()) continue;
      if (std::optional<CorpusMention> name = NamePart(m)) named.push_back(*name);
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
    GumToken token{std::string(cols[1]), std::string(cols[3]), 0, std::string(cols[7])};
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
