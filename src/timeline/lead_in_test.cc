#include "timeline/lead_in.h"

#include <gtest/gtest.h>

#include <string>

namespace storyline {
namespace {

std::string_view Rest(std::string_view s) { return s.substr(LeadInLength(s)); }

TEST(LeadIn, WireDatelinesAreCut) {
  EXPECT_EQ(Rest("Cairo , Egypt -LRB- CNN -RRB- -- Embattled President Hosni Mubarak said ."),
            "Embattled President Hosni Mubarak said .");
  EXPECT_EQ(Rest("CAIRO (Reuters) - Protesters gathered again."), "Protesters gathered again.");
  EXPECT_EQ(Rest("-LRB- CNN -RRB- - President Obama spoke ."), "President Obama spoke .");
}

TEST(LeadIn, PageTimestampsAndTheHeadlineBeforeThemAreCut) {
  EXPECT_EQ(Rest("Bush blows $ 50m on coronation Sunday 9 January 2005 00.46 GMT It will be one of "
                 "the biggest parties ."),
            "It will be one of the biggest parties .");
  EXPECT_EQ(Rest("Page last updated at 08:14 GMT , Tuesday , 8 November 2011 Propofol is a sedative ."),
            "Propofol is a sedative .");
}

TEST(LeadIn, OrdinarySentencesAreKept) {
  EXPECT_EQ(LeadInLength("The rig exploded on April 20 , killing 11 workers ."), 0u);
  EXPECT_EQ(LeadInLength("Talks (in Geneva) - which began late - went on ."), 0u);
  EXPECT_EQ(LeadInLength("Officials said the toll -LRB- 11 -RRB- - was final ."), 0u);
}

}  // namespace
}  // namespace storyline
