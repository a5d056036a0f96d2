#include "extract/credits.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(CreditLine, SourceCreditsNameTheSource) {
  CreditLine a = ClassifyCreditLine("Based on materials from TASS");
  EXPECT_EQ(a.kind, CreditKind::kSource);
  EXPECT_EQ(a.sources, std::vector<std::string>{"TASS"});
  CreditLine b = ClassifyCreditLine("The Associated Press contributed to this report.");
  EXPECT_EQ(b.kind, CreditKind::kSource);
  EXPECT_EQ(b.sources, std::vector<std::string>{"Associated Press"});
  CreditLine people = ClassifyCreditLine("Staff writer Steven Mufson and Associated Press Writer Alan "
                                         "Sayre in New Orleans contributed to this report .");
  EXPECT_EQ(people.kind, CreditKind::kSource);
  EXPECT_EQ(people.sources, std::vector<std::string>{"Associated Press"});
  CreditLine c = ClassifyCreditLine("(With inputs from Reuters and AFP)");
  EXPECT_EQ(c.kind, CreditKind::kSource);
  EXPECT_EQ(c.sources, (std::vector<std::string>{"Reuters", "AFP"}));
}

TEST(CreditLine, BareAgencyNameIsACredit) {
  EXPECT_EQ(ClassifyCreditLine("(Reuters)").sources, std::vector<std::string>{"Reuters"});
  EXPECT_EQ(ClassifyCreditLine("/TASS/").sources, std::vector<std::string>{"TASS"});
  EXPECT_EQ(ClassifyCreditLine("Xinhua").kind, CreditKind::kSource);
  EXPECT_EQ(ClassifyCreditLine("Reuters reported").kind, CreditKind::kNone);
}

TEST(CreditLine, PhotoBylineAndCopyright) {
  EXPECT_EQ(ClassifyCreditLine("Photo: Creative Commons").kind, CreditKind::kPhoto);
  EXPECT_TRUE(ClassifyCreditLine("Photo: Creative Commons").sources.empty());
  EXPECT_EQ(ClassifyCreditLine("-LRB- Reporting by Yumiko Nishitani ; Editing by Hugh Lawson -RRB-").kind,
            CreditKind::kByline);
  EXPECT_EQ(ClassifyCreditLine("By Bryony Jones, CNN").kind, CreditKind::kByline);
  EXPECT_EQ(ClassifyCreditLine("(Reporting by A One, B Two, C Three, D Four, E Five, F Six and G Seven in "
                               "Mexico City; Editing by H Eight and I Nine) An ultra-low latency "
                               "infrastructure for electronic trading").kind,
            CreditKind::kByline);
  EXPECT_EQ(ClassifyCreditLine("\u00A9 2020 Example Media. All rights reserved.").kind, CreditKind::kCopyright);
  EXPECT_EQ(ClassifyCreditLine("(c) 2020 Example Media").kind, CreditKind::kCopyright);
  EXPECT_EQ(ClassifyCreditLine("2020 Example Media. All rights reserved.").kind, CreditKind::kCopyright);
  EXPECT_EQ(CreditReason(CreditKind::kPhoto), std::string("photo-credit"));
}

TEST(CreditLine, SentencesAreNotCredits) {
  EXPECT_EQ(ClassifyCreditLine("By the end of the day, the talks had collapsed without any agreement.").kind,
            CreditKind::kNone);
  EXPECT_EQ(ClassifyCreditLine("Photos of the Turkish army with GNA forces were published.").kind,
            CreditKind::kNone);
  EXPECT_EQ(ClassifyCreditLine("").kind, CreditKind::kNone);
}

}  // namespace
}  // namespace storyline
