// storyline_meantime_eval: cross-document entity resolution on MEANTIME
// English, scored with MUC, B3, CEAF-e and the CoNLL F1 (their mean).
//
// The key is every gold entity mention of the chosen types grouped by its
// cross-document instance. The response is the resolver's clustering of the
// input mentions, which are either the tagger's (--mentions tagger, when the
// storyline_ner tagger is built in) or the gold mentions that are names
// (--mentions gold-names: capitalized, not a pronoun or a "the ..." phrase;
// an oracle for mention detection that isolates resolution). Two key sets are
// reported: all gold mentions (nominals and pronouns included, which a
// name resolver cannot find) and only the gold name mentions; each with exact
// span matching and with predicted spans aligned to the gold mention they end
// ("United States" counts for the gold "the United States").
//
//   storyline_meantime_eval --conll ../shared/data/ner/meantime_en/meantime.conll
//       [--mentions tagger|gold-names] [--types PER ORG LOC] [--repeat N] [--dump]
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <unordered_set>

#include "common/hash.h"
#include "entities/coref_eval.h"
#include "entities/coref_eval_meantime.h"
#include "entities/resolver.h"
#ifdef STORYLINE_HAVE_NER_TAGGER
#include "entities/ner_tagger.h"
#endif

namespace storyline {
namespace {

struct Options {
  std::string conll = "../shared/data/ner/meantime_en/meantime.conll";
#ifdef STORYLINE_HAVE_NER_TAGGER
  std::string mentions = "tagger";
#else
  std::string mentions = "gold-names";
#endif
  std::vector<std::string> types = {"PER", "ORG", "LOC"};
  int repeat = 1;
  bool dump = false;  // print every resolved mention: doc, span, text, entity
  bool no_singletons = false;  // drop one-mention clusters from key and response
};

uint64_t MentionId(size_t doc, Span span) {
  return (static_cast<uint64_t>(doc) << 40) ^ (static_cast<uint64_t>(span.begin) << 20) ^ span.end;
}

bool IsNameMention(std::string_view text) {
  static const std::unordered_set<std::string_view> kNotNames = {
      "The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our",
      "It", "He", "She", "They", "We", "I", "Its", "My", "Your", "Both", "Some", "All", "Each"};
  if (text.empty() || !(text[0] >= 'A' && text[0] <= 'Z')) return false;
  std::string_view first = text.substr(0, text.find(' '));
  return kNotNames.count(first) == 0;
}

bool Wanted(const Options& o, const std::string& code) {
  return std::find(o.types.begin(), o.types.end(), code) != o.types.end();
}

// Gold clusters by instance; `names_only` keeps name mentions only.
Clusters KeyClusters(const std::vector<MeantimeDocument>& docs, const Options& o, bool names_only) {
  std::map<std::string, std::vector<uint64_t>> by_instance;
  std::unordered_set<uint64_t> seen;
  for (size_t d = 0; d < docs.size(); ++d) {
    for (const MeantimeMention& m : docs[d].mentions) {
      if (!Wanted(o, m.type_code)) continue;
      if (names_only && !IsNameMention(m.span.In(docs[d].text))) continue;
      uint64_t id = MentionId(d, m.span);
      if (seen.insert(id).second) by_instance[m.instance].push_back(id);
    }
  }
  Clusters key;
  for (auto& [_, ids] : by_instance) key.push_back(std::move(ids));
  return key;
}

std::vector<Mention> GoldNameMentions(const MeantimeDocument& doc, const Options& o) {
  std::vector<Mention> out;
  for (const MeantimeMention& m : doc.mentions) {
    std::string_view text = m.span.In(doc.text);
    if (!Wanted(o, m.type_code) || !IsNameMention(text)) continue;
    Mention x;
    x.article = doc.id;
    x.span = m.span;
    x.text = std::string(text);
    x.type = MeantimeEntityType(m.type_code);
    out.push_back(std::move(x));
  }
  return out;
}

// The gold mention a predicted span stands for: the same span, or else (when
// `relaxed`) the shortest gold mention of the chosen types ending where it
// ends and containing it ("the United States" for "United States").
Span AlignToGold(const MeantimeDocument& doc, Span predicted, const Options& o, bool relaxed) {
  if (!relaxed) return predicted;
  const MeantimeMention* best = nullptr;
  for (const MeantimeMention& g : doc.mentions) {
    if (!Wanted(o, g.type_code) || g.span.end != predicted.end || g.span.begin > predicted.begin) {
      continue;
    }
    if (g.span == predicted) return predicted;
    if (best == nullptr || g.span.size() < best->span.size()) best = &g;
  }
  return best != nullptr ? best->span : predicted;
}

struct Run {
  Clusters response;          // exact spans
  Clusters relaxed_response;  // spans aligned to gold mentions (AlignToGold)
  double resolve_seconds = 0;
  double tag_seconds = 0;
  size_t bytes = 0;
};

Result<Run> Resolve(const std::vector<MeantimeDocument>& docs, const Options& o) {
#ifdef STORYLINE_HAVE_NER_TAGGER
  std::optional<NerTagger> tagger;
  if (o.mentions == "tagger") {
    auto loaded = NerTagger::LoadDefault();
    if (!loaded.ok()) return loaded.status();
    tagger.emplace(std::move(loaded).value());
  }
#endif
  Run run;
  EntityResolver resolver;
  std::map<std::string, std::vector<uint64_t>> by_entity, relaxed_by_entity;
  for (size_t d = 0; d < docs.size(); ++d) {
    auto t0 = std::chrono::steady_clock::now();
    std::vector<Mention> mentions;
    if (o.mentions == "gold-names") {
      mentions = GoldNameMentions(docs[d], o);
    } else {
#ifdef STORYLINE_HAVE_NER_TAGGER
      mentions = tagger->Tag(docs[d].text, docs[d].sentences);
#else
      return Status::Unsupported("--mentions tagger: built without the storyline_ner tagger");
#endif
    }
    auto t1 = std::chrono::steady_clock::now();
    std::vector<Span> original;
    for (const Mention& m : mentions) original.push_back(m.span);
    resolver.AddArticle(docs[d].id, docs[d].text, &mentions);
    auto t2 = std::chrono::steady_clock::now();
    run.tag_seconds += std::chrono::duration<double>(t1 - t0).count();
    run.resolve_seconds += std::chrono::duration<double>(t2 - t1).count();
    run.bytes += docs[d].text.size();
    std::unordered_set<uint64_t> seen, relaxed_seen;
    for (size_t i = 0; i < mentions.size() && o.dump; ++i) {
      std::printf("%s\t%u\t%s\t%s\n", docs[d].id.c_str(), original[i].begin,
                  mentions[i].text.c_str(), mentions[i].entity.c_str());
    }
    for (size_t i = 0; i < mentions.size(); ++i) {
      uint64_t id = MentionId(d, original[i]);
      if (mentions[i].entity.empty()) continue;
      if (seen.insert(id).second) by_entity[mentions[i].entity].push_back(id);
      uint64_t relaxed = MentionId(d, AlignToGold(docs[d], original[i], o, true));
      if (relaxed_seen.insert(relaxed).second) relaxed_by_entity[mentions[i].entity].push_back(relaxed);
    }
  }
  for (auto& [_, ids] : by_entity) run.response.push_back(std::move(ids));
  for (auto& [_, ids] : relaxed_by_entity) run.relaxed_response.push_back(std::move(ids));
  return run;
}

// `response` without the mentions the key does not hold: how well the found
// gold mentions are clustered, whatever else the tagger found.
Clusters OnlyKeyMentions(const Clusters& response, const Clusters& key) {
  std::unordered_set<uint64_t> in_key;
  for (const auto& c : key) in_key.insert(c.begin(), c.end());
  Clusters out;
  for (const auto& c : response) {
    std::vector<uint64_t> kept;
    for (uint64_t m : c) {
      if (in_key.count(m)) kept.push_back(m);
    }
    if (!kept.empty()) out.push_back(std::move(kept));
  }
  return out;
}

Clusters WithoutSingletons(const Clusters& c) {
  Clusters out;
  for (const auto& x : c) {
    if (x.size() > 1) out.push_back(x);
  }
  return out;
}

void Print(const char* label, Clusters key, Clusters response, bool no_singletons) {
  if (no_singletons) {
    key = WithoutSingletons(key);
    response = WithoutSingletons(response);
  }
  CorefScores s = ScoreCoreference(key, response);
  size_t n = 0;
  for (const auto& c : key) n += c.size();
  std::printf("%-22s key=%5zu  MUC P/R/F %.3f %.3f %.3f | B3 %.3f %.3f %.3f | CEAF-e %.3f %.3f %.3f | CoNLL F1 %.3f\n",
              label, n, s.muc.precision, s.muc.recall, s.muc.f1, s.b3.precision, s.b3.recall,
              s.b3.f1, s.ceafe.precision, s.ceafe.recall, s.ceafe.f1, s.conll_f1);
}

int Main(const Options& o) {
  std::ifstream in(o.conll, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", o.conll.c_str());
    return 3;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  auto docs = ParseMeantimeConll(ss.str());
  if (!docs.ok()) {
    std::fprintf(stderr, "%s\n", docs.status().ToString().c_str());
    return 3;
  }
  Result<Run> run = Resolve(*docs, o);
  if (!run.ok()) {
    std::fprintf(stderr, "%s\n", run.status().ToString().c_str());
    return 3;
  }
  for (int i = 1; i < o.repeat; ++i) {  // timing only: more passes over the corpus
    Result<Run> again = Resolve(*docs, o);
    run->resolve_seconds += again->resolve_seconds;
    run->tag_seconds += again->tag_seconds;
    run->bytes += again->bytes;
  }
  size_t n = 0;
  for (const auto& c : run->response) n += c.size();
  std::printf("MEANTIME en: %zu documents, mentions=%s, %zu response mentions in %zu entities\n",
              docs->size(), o.mentions.c_str(), n, run->response.size());
  Clusters all = KeyClusters(*docs, o, false), names = KeyClusters(*docs, o, true);
  Print("all, exact spans", all, run->response, o.no_singletons);
  Print("names, exact spans", names, run->response, o.no_singletons);
  Print("all, aligned spans", all, run->relaxed_response, o.no_singletons);
  Print("names, aligned spans", names, run->relaxed_response, o.no_singletons);
  Print("all, aligned, in key", all, OnlyKeyMentions(run->relaxed_response, all), o.no_singletons);
  double mb = static_cast<double>(run->bytes) / 1e6;
  std::printf("speed: resolution %.1f MB/s", mb / std::max(run->resolve_seconds, 1e-9));
  if (o.mentions == "tagger") std::printf(", tagging %.1f MB/s", mb / std::max(run->tag_seconds, 1e-9));
  std::printf(" (one core, %.2f MB of text)\n", mb);
  return 0;
}

}  // namespace
}  // namespace storyline

int main(int argc, char** argv) {
  storyline::Options o;
  CLI::App app{"Cross-document entity resolution on MEANTIME (MUC, B3, CEAF-e, CoNLL F1)"};
  app.add_option("--conll", o.conll, "MEANTIME meantime.conll")->capture_default_str();
  app.add_option("--mentions", o.mentions, "input mentions: gold-names or tagger")
      ->check(CLI::IsMember({"gold-names", "tagger"}))
      ->capture_default_str();
  app.add_option("--types", o.types, "entity types scored (PER ORG LOC PRO FIN)")
      ->capture_default_str();
  app.add_flag("--no-singletons", o.no_singletons,
               "drop one-mention entities from key and response (CoNLL-2012 style)");
  app.add_flag("--dump", o.dump, "print every resolved mention (doc, offset, text, entity)");
  app.add_option("--repeat", o.repeat, "passes over the corpus for the speed figure")
      ->check(CLI::PositiveNumber);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  return storyline::Main(o);
}
