#include "extract/language.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(Language, DetectsCommonLanguages) {
  EXPECT_EQ(DetectLanguage("The minister said that the talks with Turkey were going well and that "
                           "a ceasefire was close, according to reports from the capital."), "en");
  EXPECT_EQ(DetectLanguage("Le ministre a déclaré que les négociations avec la Turquie se passaient "
                           "bien et que le cessez-le-feu était proche pour les deux pays."), "fr");
  EXPECT_EQ(DetectLanguage("Der Minister sagte, dass die Gespräche mit der Türkei gut verlaufen und "
                           "dass ein Waffenstillstand nicht mehr weit ist, und das ist gut."), "de");
  EXPECT_EQ(DetectLanguage("El ministro dijo que las conversaciones con Turquía iban bien y que el "
                           "alto el fuego estaba cerca para los dos países de la región."), "es");
  EXPECT_EQ(DetectLanguage("Министр сказал, что переговоры с Турцией идут хорошо и что перемирие "
                           "близко, и это не первый раз, как он говорит об этом на встрече."), "ru");
}

TEST(Language, UnsureGivesEmpty) {
  EXPECT_EQ(DetectLanguage(""), "");
  EXPECT_EQ(DetectLanguage("Lavrov Cavusoglu Ankara Moscow"), "");
}

}  // namespace
}  // namespace storyline
