#include "entities/resolver.h"

#include <gtest/gtest.h>

#include "entities/resolve_test_mentions.h"

namespace storyline {
namespace {

using testing::MentionsOf;
constexpr EntityType kPer = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrganization;
constexpr EntityType kLoc = EntityType::kPlace;

// Resolves `text` with the given names and returns its mentions.
std::vector<Mention> Add(EntityResolver* r, const std::string& id, const std::string& text,
                         std::vector<std::pair<std::string, EntityType>> names) {
  std::vector<Mention> m = MentionsOf(id, text, std::move(names));
  r->AddArticle(id, text, &m);
  return m;
}

std::string EntityOf(const std::vector<Mention>& mentions, std::string_view surface) {
  for (const Mention& m : mentions) {
    if (m.text == surface) return m.entity;
  }
  return "<missing " + std::string(surface) + ">";
}

TEST(EntityResolver, SurnameJoinsFullNameInArticle) {
  EntityResolver r;
  auto m = Add(&r, "a", "Lavrov spoke. Sergey Lavrov said so. Later Lavrov left.",
               {{"Sergey Lavrov", kPer}, {"Lavrov", kPer}});
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].entity, m[1].entity);
  EXPECT_EQ(m[1].entity, m[2].entity);
  EXPECT_EQ(r.Find(m[0].entity)->name, "Sergey Lavrov");
}

TEST(EntityResolver, SplitsTitlesFromNames) {
  EntityResolver r;
  std::string text = "The LNA, led by Field Marshal Khalifa Haftar, advanced.";
  auto m = Add(&r, "a", text, {{"Field Marshal Khalifa Haftar", kPer}});
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].title, "Field Marshal");
  EXPECT_EQ(m[0].text, "Khalifa Haftar");
  EXPECT_EQ(m[0].span.In(text), "Khalifa Haftar");
  const Entity* e = r.Find(m[0].entity);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->name, "Khalifa Haftar");
  EXPECT_EQ(e->titles, std::vector<std::string>{"Field Marshal"});
}

TEST(EntityResolver, ASurnameTaggedAsAPlaceIsThePersonOfTheArticle) {
  EntityResolver r;
  auto m = Add(&r, "a", "Tony Hayward spoke. Later Hayward left.", {{"Tony Hayward", kPer}, {"Hayward", kLoc}});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].type, kPer);
  EXPECT_EQ(m[0].entity, m[1].entity);
  // Unless the word is also part of a longer place or organization name there.
  auto n = Add(&r, "b", "Denzel Washington read the Washington Post in Washington.",
               {{"Denzel Washington", kPer}, {"Washington Post", kOrg}, {"Washington", kLoc}});
  EXPECT_EQ(n[2].type, kLoc);
  EXPECT_NE(n[0].entity, n[2].entity);
}

TEST(EntityResolver, AcronymDefinedInTextJoinsLongForm) {
  EntityResolver r;
  auto m = Add(&r, "a", "The GNA said. The Government of National Accord (GNA) is in Tripoli.",
               {{"Government of National Accord", kOrg}, {"GNA", kOrg}, {"Tripoli", kLoc}});
  EXPECT_EQ(EntityOf(m, "GNA"), EntityOf(m, "Government of National Accord"));
  EXPECT_NE(EntityOf(m, "GNA"), EntityOf(m, "Tripoli"));
  EXPECT_EQ(r.Find(EntityOf(m, "GNA"))->name, "Government of National Accord");
}

TEST(EntityResolver, AcronymByInitialsAcrossArticles) {
  EntityResolver r;
  auto a = Add(&r, "a", "The Government of National Accord met.", {{"Government of National Accord", kOrg}});
  auto b = Add(&r, "b", "The GNA met again.", {{"GNA", kOrg}});
  EXPECT_EQ(a[0].entity, b[0].entity);
  auto c = Add(&r, "c", "The UN Security Council (UNSC) met.", {{"UN Security Council", kOrg}});
  auto d = Add(&r, "d", "UNSC resolutions.", {{"UNSC", kOrg}});
  EXPECT_EQ(c[0].entity, d[0].entity);
  EXPECT_NE(c[0].entity, a[0].entity);
}

TEST(EntityResolver, FullNamesWithTheSameInitialsStayApart) {
  EntityResolver r;
  auto a = Add(&r, "a", "The Associated Press (AP) reported it.", {{"Associated Press", kOrg}});
  auto b = Add(&r, "b", "The American People party met.", {{"American People", kOrg}});
  auto c = Add(&r, "c", "AP reported again.", {{"AP", kOrg}});
  EXPECT_NE(a[0].entity, b[0].entity);
  EXPECT_EQ(a[0].entity, c[0].entity);
  auto d = Add(&r, "d", "Flights from Los Angeles (LA) resumed.", {{"Los Angeles", kLoc}});
  auto e = Add(&r, "e", "Trade with Latin America grew.", {{"Latin America", kLoc}});
  EXPECT_NE(d[0].entity, e[0].entity);
  // A one-word name is no acronym: "Congress committee" gives "CC", which
  // must not bring "Cape Cod" to "Congress".
  std::string congress = "The Congress committee heard BP.";
  for (int k = 0; k < 12; ++k) congress += " Congress met.";  // so "Congress" names the entity
  auto h = Add(&r, "h", congress, {{"Congress committee", kOrg}, {"Congress", kOrg}});
  ASSERT_EQ(r.Find(h[0].entity)->name, "Congress");
  auto i = Add(&r, "i", "Cape Cod beaches were closed.", {{"Cape Cod", kOrg}});
  EXPECT_NE(h[0].entity, i[0].entity);
  // An entity named by its acronym, whose long form is known, takes no other
  // name with those initials.
  auto j = Add(&r, "j", "British Petroleum (BP) said. BP said. BP said. BP said.", {{"British Petroleum", kOrg}, {"BP", kOrg}});
  auto k = Add(&r, "k", "The Bangkok Post reported.", {{"Bangkok Post", kOrg}});
  EXPECT_NE(j[0].entity, k[0].entity);
  // Both define the acronym: one body written two ways.
  auto f = Add(&r, "f", "The United Nations Security Council (UNSC) met.", {{"United Nations Security Council", kOrg}});
  auto g = Add(&r, "g", "The UN Security Council (UNSC) voted.", {{"UN Security Council", kOrg}});
  EXPECT_EQ(f[0].entity, g[0].entity);
}

void ExpectSameEntities(const EntityResolver& a, const EntityResolver& b) {
  std::vector<Entity> ea = a.Entities(), eb = b.Entities();
  ASSERT_EQ(ea.size(), eb.size());
  for (size_t i = 0; i < ea.size(); ++i) {
    EXPECT_EQ(ea[i].id, eb[i].id);
    EXPECT_EQ(ea[i].name, eb[i].name);
    EXPECT_EQ(ea[i].type, eb[i].type);
    EXPECT_EQ(ea[i].variants, eb[i].variants);
    EXPECT_EQ(ea[i].titles, eb[i].titles);
    EXPECT_EQ(ea[i].articles, eb[i].articles);
  }
}

TEST(EntityResolver, RestoringStoredArticlesRebuildsTheSameEntities) {
  EntityResolver live;
  std::vector<std::pair<std::string, std::vector<Mention>>> stored;
  auto ingest = [&](const std::string& id, const std::string& text,
                    std::vector<std::pair<std::string, EntityType>> names) {
    stored.emplace_back(text, Add(&live, id, text, std::move(names)));
  };
  ingest("a", "Foreign Minister Sergey Lavrov met the Government of National Accord (GNA) in Moscow.",
         {{"Foreign Minister Sergey Lavrov", kPer}, {"Government of National Accord", kOrg}, {"GNA", kOrg}, {"Moscow", kLoc}});
  ingest("b", "Lavrov said the GNA must talk. Sergei Lavrov left Moscow.",
         {{"Lavrov", kPer}, {"GNA", kOrg}, {"Sergei Lavrov", kPer}, {"Moscow", kLoc}});
  ingest("c", "John Smith of Acme spoke in Boston.", {{"John Smith", kPer}, {"Acme", kOrg}, {"Boston", kLoc}});

  EntityResolver restored;
  for (size_t k = 0; k < stored.size(); ++k) {
    std::vector<Mention> mentions = stored[k].second;
    restored.RestoreArticle(std::string(1, static_cast<char>('a' + k)), stored[k].first, &mentions);
    for (size_t i = 0; i < mentions.size(); ++i) EXPECT_EQ(mentions[i].entity, stored[k].second[i].entity);
  }
  ExpectSameEntities(live, restored);
  // And the next article resolves alike in both.
  auto next_live = Add(&live, "d", "Smith and Lavrov met Jane Doe.", {{"Smith", kPer}, {"Lavrov", kPer}, {"Jane Doe", kPer}});
  auto next_restored = Add(&restored, "d", "Smith and Lavrov met Jane Doe.", {{"Smith", kPer}, {"Lavrov", kPer}, {"Jane Doe", kPer}});
  for (size_t i = 0; i < next_live.size(); ++i) EXPECT_EQ(next_live[i].entity, next_restored[i].entity);
}

TEST(EntityResolver, RestoringKeepsTheStoredIdsWhateverMatchingWouldSay) {
  // Ids from another run, not the ones a fresh resolver would hand out.
  std::string text = "Sergey Lavrov met Sergey Vershinin.";
  std::vector<Mention> mentions = MentionsOf("a", text, {{"Sergey Lavrov", kPer}, {"Sergey Vershinin", kPer}});
  mentions[0].entity = "p7";
  mentions[1].entity = "p9";
  EntityResolver r;
  r.RestoreArticle("a", text, &mentions);
  ASSERT_NE(r.Find("p7"), nullptr);
  ASSERT_NE(r.Find("p9"), nullptr);
  EXPECT_EQ(mentions[0].entity, "p7");
  EXPECT_EQ(mentions[1].entity, "p9");
  auto next = Add(&r, "b", "Jane Doe spoke.", {{"Jane Doe", kPer}});
  EXPECT_EQ(next[0].entity, "p10");  // after the largest stored id
}

TEST(EntityResolver, RestoredIdsAreNeverHandedOutAgain) {
  std::string text = "Sergey Lavrov spoke.";
  std::vector<Mention> mentions = MentionsOf("a", text, {{"Sergey Lavrov", kPer}});
  mentions[0].entity = "p2";  // "p1" went to an entity the store no longer mentions
  EntityResolver r;
  r.RestoreArticle("a", text, &mentions);
  auto next = Add(&r, "b", "Jane Doe met John Roe.", {{"Jane Doe", kPer}, {"John Roe", kPer}});
  EXPECT_NE(next[0].entity, "p2");
  EXPECT_NE(next[1].entity, "p2");
  EXPECT_NE(next[0].entity, next[1].entity);
  EXPECT_EQ(r.Find("p2")->name, "Sergey Lavrov");
}

TEST(EntityResolver, AFormalStateNameJoinsItsCountryWhichNamesIt) {
  EntityResolver r;
  auto a = Add(&r, "a", "Russia and Turkey met. Russia said so.", {{"Russia", kLoc}, {"Turkey", kLoc}, {"Russia", kLoc}});
  auto b = Add(&r, "b", "The Russian Federation and the Republic of Turkey agreed.",
               {{"Russian Federation", kLoc}, {"Republic of Turkey", kLoc}});
  EXPECT_EQ(a[0].entity, b[0].entity);
  EXPECT_EQ(a[1].entity, b[1].entity);
  EXPECT_EQ(r.Find(a[0].entity)->name, "Russia");
  EXPECT_EQ(r.Find(a[1].entity)->name, "Turkey");
}

TEST(EntityResolver, SpellingVariantsAcrossArticles) {
  EntityResolver r;
  auto a = Add(&r, "a", "Sergey Lavrov met Mevlüt Çavuşoğlu and Fayez al-Sarraj.",
               {{"Sergey Lavrov", kPer}, {"Mevlüt Çavuşoğlu", kPer}, {"Fayez al-Sarraj", kPer}});
  auto b = Add(&r, "b", "Sergei Lavrov called Mevlut Cavusoglu about Faiz Sarraj. Lavrov said.",
               {{"Sergei Lavrov", kPer}, {"Mevlut Cavusoglu", kPer}, {"Faiz Sarraj", kPer},
                {"Lavrov", kPer}});
  EXPECT_EQ(EntityOf(a, "Sergey Lavrov"), EntityOf(b, "Sergei Lavrov"));
  EXPECT_EQ(EntityOf(a, "Sergey Lavrov"), EntityOf(b, "Lavrov"));
  EXPECT_EQ(EntityOf(a, "Mevlüt Çavuşoğlu"), EntityOf(b, "Mevlut Cavusoglu"));
  EXPECT_EQ(EntityOf(a, "Fayez al-Sarraj"), EntityOf(b, "Faiz Sarraj"));
  EXPECT_EQ(r.Entities().size(), 3u);
}

TEST(EntityResolver, NamesakesInDifferentContextsStayApart) {
  EntityResolver r;
  auto a = Add(&r, "a", "John Smith, chief of Acme, spoke in Boston.",
               {{"John Smith", kPer}, {"Acme", kOrg}, {"Boston", kLoc}});
  auto b = Add(&r, "b", "Mary Smith won at Wimbledon.", {{"Mary Smith", kPer}, {"Wimbledon", kLoc}});
  EXPECT_NE(a[0].entity, b[0].entity);
  // A bare surname goes to the namesake whose context it shares...
  auto c = Add(&r, "c", "Smith lost again at Wimbledon.", {{"Smith", kPer}, {"Wimbledon", kLoc}});
  EXPECT_EQ(EntityOf(c, "Smith"), EntityOf(b, "Mary Smith"));
  // ... and starts a new entity when it shares none.
  auto d = Add(&r, "d", "Smith painted in Rome.", {{"Smith", kPer}, {"Rome", kLoc}});
  EXPECT_NE(EntityOf(d, "Smith"), EntityOf(a, "John Smith"));
  EXPECT_NE(EntityOf(d, "Smith"), EntityOf(b, "Mary Smith"));
}

TEST(EntityResolver, DifferentLibyanLeadersStayApart) {
  EntityResolver r;
  auto a = Add(&r, "a", "Abdullah Abdurrahman al-Thani’s interim government.",
               {{"Abdullah Abdurrahman al-Thani", kPer}});
  auto b = Add(&r, "b", "its head Aguila Saleh Issa. Then Aguila Saleh spoke.",
               {{"Aguila Saleh Issa", kPer}, {"Aguila Saleh", kPer}});
  EXPECT_EQ(EntityOf(b, "Aguila Saleh Issa"), EntityOf(b, "Aguila Saleh"));
  EXPECT_NE(EntityOf(a, "Abdullah Abdurrahman al-Thani"), EntityOf(b, "Aguila Saleh"));
}

TEST(EntityResolver, TypesNeverMerge) {
  EntityResolver r;
  auto a = Add(&r, "a", "Washington spoke.", {{"Washington", kPer}});
  auto b = Add(&r, "b", "Washington is a city.", {{"Washington", kLoc}});
  EXPECT_NE(a[0].entity, b[0].entity);
  EXPECT_EQ(a[0].entity[0], 'p');
  EXPECT_EQ(b[0].entity[0], 'l');
}

TEST(EntityResolver, CanonicalNameIsFullestFrequentForm) {
  EntityResolver r;
  Add(&r, "a", "Sergei Lavrov. Lavrov. Lavrov.", {{"Sergei Lavrov", kPer}, {"Lavrov", kPer}});
  Add(&r, "b", "Sergey Lavrov. Sergey Lavrov.", {{"Sergey Lavrov", kPer}});
  auto all = r.Entities();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].name, "Sergey Lavrov");
  EXPECT_EQ(all[0].variants.front(), "Lavrov");  // most frequent first
  EXPECT_EQ(all[0].articles, (std::vector<std::string>{"a", "b"}));
}


TEST(EntityResolver, TitledNameMistypedAsOrganizationBecomesPerson) {
  EntityResolver r;
  auto m = Add(&r, "a", "Field Marshal Khalifa Haftar and General Motors.",
               {{"Field Marshal Khalifa Haftar", kOrg}, {"General Motors", kOrg}});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].type, kPer);
  EXPECT_EQ(m[0].text, "Khalifa Haftar");
  EXPECT_EQ(m[0].title, "Field Marshal");
  EXPECT_EQ(m[1].type, kOrg);
  EXPECT_EQ(m[1].text, "General Motors");
}

// A tagger often takes a company's one-word name for a person ("Transocean
// said"); its legal form ("Transocean Ltd") settles the entity's type. Another
// name's legal form ("Cameron Inc" joined to "James Cameron") does not.
TEST(EntityResolver, ANameSeenWithALegalFormIsAnOrganization) {
  EntityResolver r;
  Add(&r, "a", "Transocean said. Transocean added. Transocean agreed.",
      {{"Transocean", kPer}, {"Transocean", kPer}, {"Transocean", kPer}});
  auto m = Add(&r, "b", "Transocean Ltd owns the rig.", {{"Transocean Ltd", kOrg}});
  auto later = Add(&r, "c", "Transocean said.", {{"Transocean", kPer}});
  ASSERT_EQ(m.size(), 1u);
  ASSERT_EQ(later.size(), 1u);
  EXPECT_EQ(later[0].entity, m[0].entity);
  ASSERT_NE(r.Find(m[0].entity), nullptr);
  EXPECT_EQ(r.Find(m[0].entity)->type, kOrg);
}

// "Anadarko Petroleum Corp" was also called "Anadarko"; an article that
// only says "Anadarko said" (tagged as a person) means the company. A person
// known by a full name keeps a surname that also names a company.
TEST(EntityResolver, ALoneWordNamingAKnownCompanyIsThatCompany) {
  EntityResolver r;
  auto a = Add(&r, "a", "Anadarko Petroleum Corp owns a share. Anadarko declined.",
               {{"Anadarko Petroleum Corp", kOrg}, {"Anadarko", kOrg}});
  auto b = Add(&r, "b", "Anadarko said it would pay.", {{"Anadarko", kPer}});
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, kOrg);
  EXPECT_EQ(b[0].entity, a[0].entity);
  EXPECT_EQ(r.Find(a[0].entity)->type, kOrg);

  Add(&r, "c", "Michael Jackson sang.", {{"Michael Jackson", kPer}});
  Add(&r, "d", "Jackson Hewitt Inc and Jackson fell.", {{"Jackson Hewitt Inc", kOrg}, {"Jackson", kOrg}});
  auto e = Add(&r, "e", "Jackson sang.", {{"Jackson", kPer}});
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].type, kPer);
}

TEST(EntityResolver, SameFirstWordDifferentCompaniesStayApart) {
  EntityResolver r;
  auto a = Add(&r, "a", "Apple Computer and Apple sell iPods.", {{"Apple Computer", kOrg}, {"Apple", kOrg}});
  auto b = Add(&r, "b", "Apple Corps sued over iPods.", {{"Apple Corps", kOrg}, {"iPods", kOrg}});
  auto c = Add(&r, "c", "Apple sells iPods.", {{"Apple", kOrg}, {"iPods", kOrg}});
  EXPECT_NE(EntityOf(b, "Apple Corps"), EntityOf(a, "Apple"));
  EXPECT_EQ(EntityOf(c, "Apple"), EntityOf(a, "Apple"));
}


TEST(EntityResolver, ShortFormDroppingTheLastNameJoinsAcrossArticles) {
  EntityResolver r;
  auto a = Add(&r, "a", "its head Aguila Saleh Issa.", {{"Aguila Saleh Issa", kPer}});
  auto b = Add(&r, "b", "gentlemen [Aguila] Saleh and others.", {{"[Aguila] Saleh", kPer}});
  EXPECT_EQ(a[0].entity, b[0].entity);
  EXPECT_EQ(r.Find(a[0].entity)->name, "Aguila Saleh Issa");
}


TEST(EntityResolver, LoneFirstNameJoinsTheOnePersonWithIt) {
  EntityResolver r;
  auto a = Add(&r, "a", "Steve Jobs spoke. Steve left.", {{"Steve Jobs", kPer}, {"Steve", kPer}});
  EXPECT_EQ(EntityOf(a, "Steve"), EntityOf(a, "Steve Jobs"));
  auto b = Add(&r, "b", "Steve Jobs and Steve Ballmer met. Steve left.",
               {{"Steve Jobs", kPer}, {"Steve Ballmer", kPer}, {"Steve", kPer}});
  EXPECT_NE(EntityOf(b, "Steve"), EntityOf(b, "Steve Jobs"));
  EXPECT_NE(EntityOf(b, "Steve"), EntityOf(b, "Steve Ballmer"));
}


TEST(EntityResolver, MistypedFullNameJoinsTheKnownEntity) {
  EntityResolver r;
  auto a = Add(&r, "a", "Aguila Saleh Issa spoke.", {{"Aguila Saleh Issa", kPer}});
  auto b = Add(&r, "b", "Aguila Saleh Issa again.", {{"Aguila Saleh Issa", kLoc}});
  EXPECT_EQ(a[0].entity, b[0].entity);
  EXPECT_EQ(r.Find(a[0].entity)->type, kPer);
}

TEST(EntityResolver, CountryPrefixedOrganizationsMerge) {
  EntityResolver r;
  auto a = Add(&r, "a", "The US Air Force chose a tanker.", {{"US Air Force", kOrg}});
  auto b = Add(&r, "b", "The Air Force said.", {{"Air Force", kOrg}});
  EXPECT_EQ(a[0].entity, b[0].entity);
}


TEST(EntityResolver, BracketedFirstNameAndSurnameTaggedApartNameOnePerson) {
  EntityResolver r;
  auto a = Add(&r, "a", "Fayez al-Sarraj leads the GNA.", {{"Fayez al-Sarraj", kPer}});
  std::string text = "gentlemen [Khalifa] Haftar, [Fayez] Sarraj, in January";
  auto b = Add(&r, "b", text, {{"Khalifa", kPer}, {"Haftar", kPer}, {"Fayez", kPer}, {"Sarraj", kPer}});
  ASSERT_EQ(b.size(), 4u);
  EXPECT_EQ(b[0].entity, b[1].entity);
  EXPECT_EQ(b[2].entity, b[3].entity);
  EXPECT_NE(b[0].entity, b[2].entity);
  EXPECT_EQ(b[2].entity, a[0].entity);
  EXPECT_EQ(b[2].text, "Fayez");  // the mentions themselves keep their text
}


TEST(EntityResolver, BracketedFirstNameTaggedAloneTakesTheWordAfter) {
  EntityResolver r;
  auto a = Add(&r, "a", "Fayez al-Sarraj leads the GNA.", {{"Fayez al-Sarraj", kPer}});
  auto b = Add(&r, "b", "gentlemen [Fayez] Sarraj, in January", {{"Fayez", kPer}});
  EXPECT_EQ(b[0].entity, a[0].entity);
  EXPECT_EQ(b[0].text, "Fayez");
}


TEST(EntityResolver, PersonShortFormJoinsFullNameTaggedAsPlace) {
  EntityResolver r;
  auto a = Add(&r, "a", "its head Aguila Saleh Issa.", {{"Aguila Saleh Issa", kLoc}});
  auto b = Add(&r, "b", "Aguila Saleh said.", {{"Aguila Saleh", kPer}});
  EXPECT_EQ(a[0].entity, b[0].entity);
  EXPECT_EQ(r.Find(a[0].entity)->type, kPer);  // one vote each: person wins the tie
  auto c = Add(&r, "c", "South Africa and South Sudan.", {{"South Africa", kLoc}, {"South Sudan", kLoc}});
  EXPECT_NE(c[0].entity, c[1].entity);
}

TEST(EntityResolver, VariantsAndTitlesStayWithinTheirCaps) {
  ResolverOptions options;
  options.max_variants = 2;
  options.max_titles = 1;
  EntityResolver r(options);
  auto a = Add(&r, "a", "President Sergey Lavrov spoke.", {{"President Sergey Lavrov", kPer}});
  auto b = Add(&r, "b", "Foreign Minister Sergei Lavrov spoke.",
               {{"Foreign Minister Sergei Lavrov", kPer}});
  auto c = Add(&r, "c", "Sergey V. Lavrov spoke.", {{"Sergey V. Lavrov", kPer}});
  EXPECT_EQ(a[0].entity, b[0].entity);
  EXPECT_EQ(a[0].entity, c[0].entity);  // a form past the cap still resolves
  const Entity* e = r.Find(a[0].entity);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->variants, (std::vector<std::string>{"Sergey Lavrov", "Sergei Lavrov"}));
  EXPECT_EQ(e->titles, std::vector<std::string>{"President"});
  EXPECT_EQ(e->articles, (std::vector<std::string>{"a", "b", "c"}));
}

TEST(EntityResolver, ArticleListedOnceWhenTwoGroupsReachOneEntity) {
  EntityResolver r;
  auto a = Add(&r, "a", "its head Aguila Saleh Issa.", {{"Aguila Saleh Issa", kLoc}});
  // Typed apart, the two names form two groups of article b; both reach a's entity.
  auto b = Add(&r, "b", "Aguila Saleh Issa met. Aguila Saleh said.",
               {{"Aguila Saleh Issa", kLoc}, {"Aguila Saleh", kPer}});
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].entity, a[0].entity);
  EXPECT_EQ(b[1].entity, a[0].entity);
  EXPECT_EQ(r.Find(a[0].entity)->articles, (std::vector<std::string>{"a", "b"}));
}

}  // namespace
}  // namespace storyline
