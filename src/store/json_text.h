// Fast JSON text for the store's per-article list columns (and its lists of
// ids: an entity named in thousands of articles is rewritten every batch). An article's
// spans, mentions, dates and quotes are encoded once when it is stored and
// decoded again on every grouping pass over its event or story; building and
// walking nlohmann::json trees for them cost more than the SQLite work around
// them.
//
// The writers produce exactly the text nlohmann::json::dump() makes of the
// codec.h objects (keys in sorted order, no spaces, non-ASCII bytes as they
// are: the text must be valid UTF-8, as every text the pipeline makes is).
// JsonListReader decodes with simdjson what codec.h would decode; it answers
// false on anything it does not expect (then the caller decodes with codec.h,
// which stays the reference for field names and defaults). json_text_test
// checks both directions against codec.h.
#ifndef STORYLINE_STORE_JSON_TEXT_H_
#define STORYLINE_STORE_JSON_TEXT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "storyline/article.h"
#include "storyline/model.h"

namespace storyline {

std::string StringsJson(const std::vector<std::string>& strings);
std::string SpansJson(const std::vector<Span>& spans);
std::string ParagraphsJson(const std::vector<Paragraph>& paragraphs);
std::string MentionsJson(const std::vector<Mention>& mentions);
std::string DateMentionsJson(const std::vector<DateMention>& dates);
std::string QuotesJson(const std::vector<Quote>& quotes);

// Not thread-safe (holds a reusable parser): one per store. Outputs are
// appended to only when the whole text decoded; `article` fills the article
// field of each item, as the store does.
class JsonListReader {
 public:
  JsonListReader();
  ~JsonListReader();

  bool Spans(std::string_view json, std::vector<Span>* out);
  bool Mentions(std::string_view json, const std::string& article, std::vector<Mention>* out);
  bool DateMentions(std::string_view json, const std::string& article, std::vector<DateMention>* out);
  bool Quotes(std::string_view json, const std::string& article, std::vector<Quote>* out);

 private:
  struct Parser;
  std::unique_ptr<Parser> parser_;
};

}  // namespace storyline

#endif  // STORYLINE_STORE_JSON_TEXT_H_
