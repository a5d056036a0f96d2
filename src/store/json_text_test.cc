// json_text.h against codec.h, the reference: the same text out, the same
// values back, for strings that need escaping and for non-ASCII text.
#include "store/json_text.h"

#include <gtest/gtest.h>

#include "store/codec.h"

namespace storyline {
namespace {

using nlohmann::json;

// Texts that exercise every escape nlohmann writes, and UTF-8 it copies.
const std::vector<std::string> kTexts = {
    "", "plain", "say \"no\"", "back\\slash", "tab\there", "line\nbreak\r\n", "bell\x07 and \x1f",
    "\b\f", "Łódź – «Ёлка» 東京 🙂", "del\x7f"};

template <typename T, typename F>
std::string Reference(const std::vector<T>& items, F to_json) {
  json out = json::array();
  for (const auto& x : items) out.push_back(to_json(x));
  return out.dump();
}

std::vector<Mention> SomeMentions() {
  std::vector<Mention> out;
  uint32_t at = 0;
  for (const std::string& t : kTexts) {
    Mention m;
    m.article = "a1";
    m.span = {at, at + 7};
    m.text = t;
    m.type = static_cast<EntityType>(at % 4);
    m.title = kTexts[(at + 3) % kTexts.size()];
    m.entity = at % 2 ? "p" + std::to_string(at) : "";
    out.push_back(m);
    at += 4000000000u / kTexts.size();
  }
  return out;
}

std::vector<DateMention> SomeDates() {
  std::vector<DateMention> out;
  uint32_t at = 0;
  for (const std::string& t : kTexts) {
    DateMention d;
    d.article = "a1";
    d.span = {at, at + 3};
    d.text = t;
    d.type = at % 2 ? "DATE" : "DURATION";
    d.value = "2020-07-0" + std::to_string(at % 9);
    d.value_end = at % 3 ? "" : "2020-07-22";
    d.granularity = static_cast<DateGranularity>(at % (static_cast<int>(DateGranularity::kUnknown) + 1));
    d.resolved = at % 2;
    out.push_back(d);
    ++at;
  }
  return out;
}

std::vector<Quote> SomeQuotes() {
  std::vector<Quote> out;
  uint32_t at = 0;
  for (const std::string& t : kTexts) {
    out.push_back({"q" + std::to_string(at), "a1", {at, at + 10}, t, kTexts[(at + 1) % kTexts.size()],
                   at % 2 ? "p1" : "", "said"});
    if (at % 3 == 0) out.back().parts = {{at, at + 4}, {at + 6, at + 10}};  // a split quotation
    ++at;
  }
  return out;
}

TEST(JsonText, WritesWhatNlohmannWrites) {
  std::vector<Span> spans = {{0, 1}, {17, 4294967295u}};
  EXPECT_EQ(SpansJson(spans), Reference(spans, SpanToJson));
  EXPECT_EQ(SpansJson({}), "[]");
  EXPECT_EQ(StringsJson(kTexts), json(kTexts).dump());
  EXPECT_EQ(StringsJson({}), json(std::vector<std::string>{}).dump());
  std::vector<Paragraph> paragraphs = {{{0, 10}, 3}, {{11, 20}, 40}};
  EXPECT_EQ(ParagraphsJson(paragraphs), Reference(paragraphs, [](const Paragraph& p) {
              return json::array({p.text.begin, p.text.end, p.raw_begin});
            }));
  EXPECT_EQ(MentionsJson(SomeMentions()), Reference(SomeMentions(), MentionToJson));
  EXPECT_EQ(DateMentionsJson(SomeDates()), Reference(SomeDates(), DateMentionToJson));
  EXPECT_EQ(QuotesJson(SomeQuotes()), Reference(SomeQuotes(), QuoteToJson));
}

void ExpectSame(const Mention& a, const Mention& b) {
  EXPECT_EQ(a.article, b.article);
  EXPECT_EQ(a.span.begin, b.span.begin);
  EXPECT_EQ(a.span.end, b.span.end);
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(a.type, b.type);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.entity, b.entity);
}

TEST(JsonText, ReadsBackWhatItWrites) {
  JsonListReader reader;
  std::vector<Span> spans;
  ASSERT_TRUE(reader.Spans(SpansJson({{3, 9}, {10, 4294967295u}}), &spans));
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[1].end, 4294967295u);

  std::vector<Mention> mentions;
  ASSERT_TRUE(reader.Mentions(MentionsJson(SomeMentions()), "a1", &mentions));
  ASSERT_EQ(mentions.size(), kTexts.size());
  for (size_t i = 0; i < mentions.size(); ++i) ExpectSame(mentions[i], SomeMentions()[i]);

  std::vector<DateMention> dates;
  ASSERT_TRUE(reader.DateMentions(DateMentionsJson(SomeDates()), "a1", &dates));
  ASSERT_EQ(dates.size(), kTexts.size());
  const std::vector<DateMention> written = SomeDates();
  for (size_t i = 0; i < dates.size(); ++i) {
    const DateMention& want = written[i];
    EXPECT_EQ(dates[i].article, "a1");
    EXPECT_EQ(dates[i].text, want.text);
    EXPECT_EQ(dates[i].type, want.type);
    EXPECT_EQ(dates[i].value, want.value);
    EXPECT_EQ(dates[i].value_end, want.value_end);
    EXPECT_EQ(dates[i].granularity, want.granularity);
    EXPECT_EQ(dates[i].resolved, want.resolved);
    EXPECT_EQ(dates[i].span.begin, want.span.begin);
  }

  std::vector<Quote> quotes;
  ASSERT_TRUE(reader.Quotes(QuotesJson(SomeQuotes()), "a1", &quotes));
  ASSERT_EQ(quotes.size(), kTexts.size());
  EXPECT_EQ(quotes[8].text, kTexts[8]);
  EXPECT_EQ(quotes[3].speaker, kTexts[4]);
  EXPECT_EQ(quotes[1].speaker_entity, "p1");
  EXPECT_TRUE(quotes[1].parts.empty());
  ASSERT_EQ(quotes[3].parts.size(), 2u);
  EXPECT_EQ(quotes[3].parts[1].begin, 9u);
  EXPECT_EQ(quotes[3].parts[1].end, 13u);
}

TEST(JsonText, MissingFieldsTakeTheCodecDefaults) {
  JsonListReader reader;
  std::vector<DateMention> dates;
  ASSERT_TRUE(reader.DateMentions(R"([{"span":[1,2],"extra":5}])", "a", &dates));
  DateMention want = DateMentionFromJson(json::parse(R"({"span":[1,2]})"));
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].type, want.type);
  EXPECT_EQ(dates[0].granularity, want.granularity);
  EXPECT_EQ(dates[0].resolved, want.resolved);
  std::vector<Mention> mentions;
  ASSERT_TRUE(reader.Mentions(R"([{"span":[1,2]}])", "a", &mentions));
  EXPECT_EQ(mentions[0].type, MentionFromJson(json::parse(R"({"span":[1,2]})")).type);
}

TEST(JsonText, DeclinesWhatItDoesNotExpect) {
  JsonListReader reader;
  std::vector<Span> spans;
  EXPECT_FALSE(reader.Spans("", &spans));
  EXPECT_FALSE(reader.Spans("[[1,2],[3]]", &spans));
  EXPECT_FALSE(reader.Spans("[[1,-2]]", &spans));
  EXPECT_TRUE(spans.empty());  // nothing appended on failure
  std::vector<Mention> mentions;
  EXPECT_FALSE(reader.Mentions(R"([{"text":"no span"}])", "a", &mentions));
  EXPECT_FALSE(reader.Mentions(R"([{"span":[1,2],"text":7}])", "a", &mentions));
  EXPECT_TRUE(mentions.empty());
}

}  // namespace
}  // namespace storyline
