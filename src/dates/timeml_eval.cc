#include "dates/timeml_eval.h"

namespace storyline::dates {
namespace {

std::vector<TimexAnnotation> ToAnnotations(const std::vector<DateMention>& mentions) {
  std::vector<TimexAnnotation> out;
  out.reserve(mentions.size());
  for (const DateMention& m : mentions) out.push_back({m.span, "", m.type, m.value});
  return out;
}

std::string Describe(const std::string& text, const TimexAnnotation& t) {
  return std::string(t.span.In(text)) + " = " + t.value + " (" + t.type + ")";
}

void ListErrors(const std::string& file, const TimeMLDocument& doc,
                const std::vector<TimexAnnotation>& system, std::vector<std::string>* out) {
  auto pairs = AlignTimexes(doc.timexes, system);
  std::vector<bool> gold_hit(doc.timexes.size()), system_hit(system.size());
  std::string prefix = file + " [" + doc.dct + "]\t";
  for (auto [g, s] : pairs) {
    gold_hit[g] = system_hit[s] = true;
    const TimexAnnotation &gt = doc.timexes[g], &st = system[s];
    if (gt.value != st.value) out->push_back(prefix + "value\t" + Describe(doc.text, gt) + "\t" + Describe(doc.text, st));
    else if (!(gt.span == st.span)) out->push_back(prefix + "extent\t" + Describe(doc.text, gt) + "\t" + Describe(doc.text, st));
  }
  for (size_t g = 0; g < gold_hit.size(); ++g) {
    if (!gold_hit[g]) out->push_back(prefix + "missed\t" + Describe(doc.text, doc.timexes[g]) + "\t");
  }
  for (size_t s = 0; s < system_hit.size(); ++s) {
    if (!system_hit[s]) out->push_back(prefix + "spurious\t\t" + Describe(doc.text, system[s]));
  }
}

}  // namespace

Result<TimeMLEvalResult> EvaluateTimeMLDirectory(const FileSystem& fs, const std::string& dir,
                                                 const DateTaggerOptions& options,
                                                 bool collect_errors) {
  Result<std::vector<std::string>> files = fs.ListFiles(dir);
  if (!files.ok()) return files.status();
  TimeMLEvalResult result;
  for (const std::string& file : *files) {
    if (file.size() < 4 || file.compare(file.size() - 4, 4, ".tml") != 0) continue;
    Result<std::string> xml = fs.ReadFile(file);
    if (!xml.ok()) return xml.status();
    Result<TimeMLDocument> doc = ParseTimeML(*xml);
    if (!doc.ok()) return doc.status().WithContext(file);
    std::string anchor = doc->dct.substr(0, 10);
    std::vector<TimexAnnotation> system = ToAnnotations(TagDates(doc->text, anchor, options));
    result.counts += CountDocument(doc->timexes, system);
    ++result.documents;
    if (collect_errors) ListErrors(file.substr(file.rfind('/') + 1), *doc, system, &result.errors);
  }
  if (result.documents == 0) return Status::NotFound("no .tml files in " + dir);
  return result;
}

}  // namespace storyline::dates
