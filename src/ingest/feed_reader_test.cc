#include "ingest/feed_reader.h"

#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace storyline {
namespace {

TEST(Feed, ReadsRssItems) {
  const char rss[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example News</title>
<item><title>First &amp; foremost</title><link>https://ex.com/a</link>
<guid>ex-1</guid><pubDate>Wed, 08 Jul 2020 10:00:00 GMT</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>Full text one.</p><p>Second para.</p>]]></content:encoded></item>
<item><title>Second</title><link>https://ex.com/b</link>
<description>&lt;p&gt;Escaped &lt;b&gt;html&lt;/b&gt;.&lt;/p&gt;</description></item>
<item><title>Empty</title></item>
</channel></rss>)";
  Collected c;
  ASSERT_TRUE(ReadBuffer(rss, "news.rss", "", c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].id, "ex-1");
  EXPECT_EQ(c.docs[0].title, "First & foremost");
  EXPECT_EQ(c.docs[0].url, "https://ex.com/a");
  EXPECT_EQ(c.docs[0].published, "Wed, 08 Jul 2020 10:00:00 GMT");
  EXPECT_EQ(c.docs[0].text, "Full text one.\n\nSecond para.");
  EXPECT_EQ(c.docs[0].outlet, "Example News");
  EXPECT_EQ(c.docs[0].format, "rss");
  EXPECT_EQ(c.docs[1].id, "https://ex.com/b");
  EXPECT_EQ(c.docs[1].text, "Escaped html.");
  EXPECT_EQ(c.docs[1].record, 2u);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].find("news.rss: item 3"), std::string::npos);
}

TEST(Feed, ReadsAtomEntries) {
  const char atom[] = R"(<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Site</title>
<entry><title>Entry one</title><id>urn:1</id>
<link rel="alternate" href="https://atom.example/1"/><link rel="edit" href="https://atom.example/edit/1"/>
<published>2020-07-22T08:00:00Z</published><updated>2020-07-23T08:00:00Z</updated>
<content type="html">&lt;p&gt;Body of entry.&lt;/p&gt;</content></entry>
</feed>)";
  Collected c;
  ASSERT_TRUE(ReadBuffer(atom, "a.atom", "", c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "urn:1");
  EXPECT_EQ(c.docs[0].url, "https://atom.example/1");
  EXPECT_EQ(c.docs[0].published, "2020-07-22T08:00:00Z");
  EXPECT_EQ(c.docs[0].text, "Body of entry.");
  EXPECT_EQ(c.docs[0].outlet, "Atom Site");
  EXPECT_EQ(c.docs[0].format, "atom");
}

TEST(Feed, NonFeedXmlIsOneError) {
  Collected c;
  EXPECT_FALSE(ReadBuffer("<?xml version=\"1.0\"?><svg></svg>", "x.xml", "", c.Sink(), c.Errors()).ok());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_NE(c.errors[0].find("x.xml"), std::string::npos);
}

}  // namespace
}  // namespace storyline
