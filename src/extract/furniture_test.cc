#include "extract/furniture.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

// Runs MarkFurniture on `raw` and returns each line's reason ("" = kept).
std::vector<std::string> Reasons(const std::string& raw, FurnitureFindings* findings = nullptr) {
  std::vector<TextLine> lines = SplitLines(raw);
  FurnitureFindings f = MarkFurniture(raw, OutletContext(), FurnitureOptions(), &lines);
  if (findings != nullptr) *findings = f;
  std::vector<std::string> out;
  for (const TextLine& l : lines) out.push_back(l.removed == nullptr ? "" : l.removed);
  return out;
}

const std::string kBody1 =
    "The central bank raised interest rates on Tuesday to curb inflation, the governor said.";
const std::string kBody2 =
    "Inflation reached seven percent in March, the highest rate the bank has seen in a decade.";

TEST(Furniture, CreditLinesAreRemovedAndSourcesKept) {
  FurnitureFindings f;
  auto reasons = Reasons(kBody1 + "\n\nPhoto: Example Images\n\nBased on materials from Interfax\n", &f);
  EXPECT_EQ(reasons, (std::vector<std::string>{"", "photo-credit", "source-credit"}));
  EXPECT_EQ(f.credits, std::vector<std::string>{"Interfax"});
}

TEST(Furniture, InterfaceLinesAreRemoved) {
  auto reasons = Reasons(kBody1 + "\nAdvertisement\nShare this article\n" + kBody2 +
                         "\nSharing the burden was the governor's plan.\nComments (12)\n");
  EXPECT_EQ(reasons, (std::vector<std::string>{"", "interface-text", "interface-text", "", "",
                                               "interface-text"}));
}

TEST(Furniture, SubheadingBetweenBodyParagraphsStays) {
  auto reasons = Reasons(kBody1 + "\n\nRates and inflation\n\n" + kBody2);
  EXPECT_EQ(reasons, (std::vector<std::string>{"", "", ""}));
}

TEST(Furniture, ForeignHeadlineAndOutletNameAreRemoved) {
  FurnitureFindings f;
  auto reasons = Reasons(kBody1 + "\n\nDaily Example Herald\n\n"
                         "Footballer signs record contract with club after long saga\n\n" + kBody2, &f);
  EXPECT_EQ(reasons, (std::vector<std::string>{"", "outlet-name", "other-headline", ""}));
  EXPECT_EQ(f.outlet_line, "Daily Example Herald");
}

TEST(Furniture, ProseWithoutFinalPeriodIsNotAHeadline) {
  auto reasons = Reasons(kBody1 + "\n\nThe warship changed its route and challenged the pirates on the vessels\n\n" + kBody2);
  EXPECT_EQ(reasons, (std::vector<std::string>{"", "", ""}));
}

TEST(Furniture, LongRunOfHeadlinesIsRemoved) {
  auto reasons = Reasons(kBody1 + "\n" + kBody2 + "\n"
                         "Man finds mosaic while gardening Celebrity chef opens new restaurant in Paris "
                         "Storm knocks out power to thousands Local team wins cup final after penalties\n");
  EXPECT_EQ(reasons.back(), "headline-list");
}

TEST(Furniture, RepeatedLeadIsRemovedOnce) {
  auto reasons = Reasons(kBody1 + " It was the third rise this year.\n\n" + kBody1 + "\n\n" + kBody2);
  EXPECT_EQ(reasons, (std::vector<std::string>{"", "repeated-lead", ""}));
}

TEST(Furniture, SentencesOnTopicAreKept) {
  auto reasons = Reasons(kBody1 + "\n" + kBody2 + "\nThe governor said rates could rise again in the spring\n");
  EXPECT_EQ(reasons, (std::vector<std::string>{"", "", ""}));
}

TEST(Furniture, OutletBoilerplateNeedsRepeats) {
  OutletLineStats stats;
  FurnitureOptions options;
  const std::string notice = "We welcome comments on our articles for a limited period after publication.";
  std::vector<std::string> last;
  for (int i = 0; i < 3; ++i) {
    std::string raw = "Story number " + std::to_string(i) + " tells of something else entirely today.\n" + notice;
    std::vector<TextLine> lines = SplitLines(raw);
    MarkFurniture(raw, OutletContext{"outlet", &stats}, options, &lines);
    last.clear();
    for (const TextLine& l : lines) last.push_back(l.removed == nullptr ? "" : l.removed);
    if (i < 2) {
      EXPECT_EQ(last[1], "") << i;
    }
  }
  EXPECT_EQ(last, (std::vector<std::string>{"", "outlet-boilerplate"}));
}

}  // namespace
}  // namespace storyline
