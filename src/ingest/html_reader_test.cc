#include "ingest/html_reader.h"

#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace storyline {
namespace {

const char kPage[] = R"(<!DOCTYPE html>
<html><head>
<title>Fallback title | Site</title>
<meta property="og:title" content="Russia and Turkey agree on Libya">
<meta property="og:site_name" content="Daily Example">
<meta property="article:published_time" content="2020-07-22T10:15:00+03:00">
<link rel="canonical" href="https://example.com/2020/07/22/libya">
<script>var x = "<p>not text</p>";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<div class="content">
  <h1>Russia and Turkey agree on Libya</h1>
  <p>Russia and Turkey intend to establish a joint working group on Libya, the two sides said.</p>
  <p>The statement followed consultations in Ankara on July 21-22 between the delegations.</p>
  <h2>On consultations</h2>
  <p>Both delegations reaffirmed their commitment to the unity of Libya and its people.<br>New line.</p>
  <ul><li><a href="/a">Related: storm hits coast</a></li><li><a href="/b">Markets fall again</a></li></ul>
  <p><a href="/more">Read more world news</a></p>
</div>
<aside><p>Related: a completely different story about something that happened elsewhere today.</p></aside>
<footer><p>Copyright Daily Example 2020. All rights reserved. Terms and privacy policy.</p></footer>
</body></html>)";

TEST(HtmlPage, ReadsMetadata) {
  Result<HtmlPage> page = ParseHtmlPage(kPage);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->title, "Russia and Turkey agree on Libya");
  EXPECT_EQ(page->outlet, "Daily Example");
  EXPECT_EQ(page->published, "2020-07-22T10:15:00+03:00");
  EXPECT_EQ(page->url, "https://example.com/2020/07/22/libya");
}

TEST(HtmlPage, MainTextKeepsBlocksAndDropsFurniture) {
  Result<HtmlPage> page = ParseHtmlPage(kPage);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->text,
            "Russia and Turkey agree on Libya\n\n"
            "Russia and Turkey intend to establish a joint working group on Libya, the two sides said.\n\n"
            "The statement followed consultations in Ankara on July 21-22 between the delegations.\n\n"
            "On consultations\n\n"
            "Both delegations reaffirmed their commitment to the unity of Libya and its people.\nNew line.");
}

TEST(HtmlPage, FallsBackToTitleElementAndTimeTag) {
  Result<HtmlPage> page = ParseHtmlPage(
      "<html><head><title>Plain title</title></head><body><article>"
      "<time datetime=\"2019-03-04\">March 4</time><p>Some words of a paragraph here, long enough.</p>"
      "</article></body></html>");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->title, "Plain title");
  EXPECT_EQ(page->published, "2019-03-04");
  EXPECT_EQ(page->text, "March 4\n\nSome words of a paragraph here, long enough.");
}

TEST(HtmlPage, DecodesUtf8WithoutCharsetDeclaration) {
  Result<HtmlPage> page = ParseHtmlPage("<html><body><p>Çavuşoğlu met Lavrov in Ankara today, officials said.</p></body></html>");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->text, "Çavuşoğlu met Lavrov in Ankara today, officials said.");
}

TEST(HtmlFragment, ConvertsEntitiesAndParagraphs) {
  EXPECT_EQ(HtmlFragmentToText("<p>A &amp; B</p><p>C</p>"), "A & B\n\nC");
  EXPECT_EQ(HtmlFragmentToText("<p>See <a href='x'>the report</a> for the full details of it.</p>"),
            "See the report for the full details of it.");
  EXPECT_EQ(HtmlFragmentToText("  plain text  "), "plain text");
}

TEST(HtmlReader, FileBecomesOneDocumentNamedAfterTheFile) {
  Collected c;
  ASSERT_TRUE(ReadBuffer(kPage, "pages/libya.html", "html", c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "libya");
  EXPECT_EQ(c.docs[0].format, "html");
  EXPECT_EQ(c.docs[0].outlet, "Daily Example");
}

TEST(HtmlReader, PageWithoutTextIsAnError) {
  Collected c;
  EXPECT_FALSE(ReadBuffer("<html><body><script>x</script></body></html>", "e.html", "html",
                          c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].find("e.html"), std::string::npos);
}

}  // namespace
}  // namespace storyline
