#include "dates/date_tagger.h"

#include "dates/anchor.h"
#include "dates/date_tokens.h"
#include "dates/resolver.h"
#include "dates/rules.h"

namespace storyline {
namespace {

using dates::Candidate;

bool Wanted(const dates::DateValue& v, const DateTaggerOptions& options) {
  if (v.type == "DURATION") return options.durations;
  if (v.type == "SET") return options.sets;
  if (v.value.size() > 4 && v.value.compare(v.value.size() - 4, 4, "_REF") == 0) {
    return options.references;
  }
  return true;
}

DateMention ToMention(std::string_view text, const dates::DateTokens& toks, const Candidate& m,
                      std::string_view article) {
  DateMention out;
  out.article = std::string(article);
  out.span = Span{toks[m.first].begin, toks[m.last].end};
  out.text = std::string(out.span.In(text));
  out.type = m.value.type;
  out.value = m.value.value;
  out.value_end = m.value.value_end;
  out.granularity = m.value.granularity;
  out.resolved = m.value.resolved;
  return out;
}

// A value that "a year earlier" may refer back to: a day, month, quarter or year.
bool IsReference(const dates::DateValue& v) {
  return v.type == "DATE" && v.resolved && !v.value.empty() && v.value[0] != 'P' &&
         v.value.find("_REF") == std::string::npos;
}

std::vector<DateMention> Tag(std::string_view text, const dates::Anchor& anchor,
                             const DateTaggerOptions& options) {
  std::vector<DateMention> out;
  dates::DateTokens toks(text);
  dates::Resolver resolver(anchor);
  dates::RuleContext context{toks, resolver, ""};
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!dates::IsTrigger(toks[i])) continue;
    std::optional<Candidate> m = dates::MatchAt(context, i);
    if (!m) continue;
    if (Wanted(m->value, options)) out.push_back(ToMention(text, toks, *m, options.article));
    if (IsReference(m->value)) context.last_reference = m->value.value;
    i = m->last;
  }
  return out;
}

}  // namespace

std::vector<DateMention> TagDates(std::string_view text, std::string_view anchor,
                                  const DateTaggerOptions& options) {
  Result<dates::Anchor> parsed = dates::ParseAnchor(anchor);
  return Tag(text, parsed.ok() ? *parsed : dates::Anchor{}, options);
}

Result<std::vector<DateMention>> TagDatesChecked(std::string_view text, std::string_view anchor,
                                                 const DateTaggerOptions& options) {
  Result<dates::Anchor> parsed = dates::ParseAnchor(anchor);
  if (!parsed.ok()) return parsed.status();
  return Tag(text, *parsed, options);
}

}  // namespace storyline
