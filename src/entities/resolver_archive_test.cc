// A resolver that lets go of entities (Retire) and revives them from its
// archive must answer exactly as one that holds every entity: same entity for
// every mention, same entities. Also the record encoding and LoadState.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "entities/entity_archive.h"
#include "entities/entity_record.h"
#include "entities/resolve_test_mentions.h"
#include "entities/resolver.h"

namespace storyline {
namespace {

struct TestArticle {
  std::string id, text;
  std::vector<Mention> mentions;
};

// Names that exercise every kind of blocking key: shared surnames and first
// words, a first word shared by more entities than the test's block cap,
// defined and undefined acronyms, legal forms, accents, demonyms.
const std::vector<std::pair<std::string, EntityType>>& NamePool() {
  static const auto* pool = new std::vector<std::pair<std::string, EntityType>>{
      {"John Smith", EntityType::kPerson},        {"Jane Smith", EntityType::kPerson},
      {"Smith", EntityType::kPerson},             {"Sergey Lavrov", EntityType::kPerson},
      {"Sergei Lavrov", EntityType::kPerson},     {"Lavrov", EntityType::kPerson},
      {"Khalifa Haftar", EntityType::kPerson},    {"Haftar", EntityType::kPerson},
      {"Recep Tayyip Erdogan", EntityType::kPerson}, {"Erdoğan", EntityType::kPerson},
      {"National Oil Corporation", EntityType::kOrganization},
      {"National Guard", EntityType::kOrganization},
      {"National Accord", EntityType::kOrganization},
      {"National Army", EntityType::kOrganization},
      {"National Museum", EntityType::kOrganization},
      {"National Oil", EntityType::kOrganization},  // a part of a name filed by first word only
      {"Libyan National Army (LNA)", EntityType::kOrganization},
      {"LNA", EntityType::kOrganization},         {"UN", EntityType::kOrganization},
      {"United Nations", EntityType::kOrganization},
      {"Transocean Ltd", EntityType::kOrganization}, {"Transocean", EntityType::kPerson},
      {"Anadarko Petroleum Corp", EntityType::kOrganization}, {"Anadarko", EntityType::kPerson},
      {"Russia", EntityType::kPlace},             {"Russian", EntityType::kPlace},
      {"Turkey", EntityType::kPlace},             {"Libya", EntityType::kPlace},
      {"Tripoli", EntityType::kPlace},            {"Moscow", EntityType::kPlace},
  };
  return *pool;
}

// `n` articles, each naming a few pool names (a fixed seed: the same stream
// every run).
std::vector<TestArticle> Stream(size_t n) {
  std::mt19937 random(17);
  const auto& pool = NamePool();
  std::vector<TestArticle> out;
  for (size_t i = 0; i < n; ++i) {
    TestArticle a;
    a.id = "a" + std::to_string(i);
    std::vector<std::pair<std::string, EntityType>> named;
    size_t count = 2 + random() % 5;
    for (size_t k = 0; k < count; ++k) {
      const auto& name = pool[random() % pool.size()];
      a.text += "Yesterday " + name.first + " spoke at length. ";
      named.push_back(name);
    }
    a.mentions = testing::MentionsOf(a.id, a.text, named);
    out.push_back(std::move(a));
  }
  return out;
}

ResolverOptions SmallBlocks() {
  ResolverOptions options;
  options.max_block_size = 3;  // "National ..." files more than that
  return options;
}

void Save(const EntityResolver::Checkpoint& checkpoint, MemoryEntityArchive* archive) {
  for (const ArchivedEntity& e : checkpoint.entities) archive->Save(e);
  for (const ArchivedArticle& a : checkpoint.articles) archive->SaveArticle(a);
}

// Every mention's entity, article after article.
std::vector<std::string> Resolve(EntityResolver* resolver, std::vector<TestArticle> stream,
                                 MemoryEntityArchive* archive, size_t max_live) {
  std::vector<std::string> out;
  for (TestArticle& a : stream) {
    resolver->AddArticle(a.id, a.text, &a.mentions);
    for (const Mention& m : a.mentions) out.push_back(m.entity);
    if (archive == nullptr) continue;
    for (const Mention& m : a.mentions) archive->AddEntityArticle(m.entity, a.id);  // as Store::PutEntity
    Save(resolver->TakeCheckpoint(), archive);
    resolver->Retire(max_live);
  }
  return out;
}

// All entities as EntityResolver::Entities gives them, by id: those held and
// those only in `archive`.
std::map<std::string, Entity> AllEntities(const EntityResolver& resolver, MemoryEntityArchive* archive,
                                          const std::vector<std::string>& ids) {
  std::map<std::string, Entity> out;
  for (const Entity& e : resolver.Entities()) out[e.id] = e;
  for (const std::string& id : ids) {
    if (out.count(id) > 0 || archive == nullptr) continue;
    std::string bytes;
    EXPECT_TRUE(archive->Load(id, &bytes).ok());
    EntityRecord r(ResolverOptions{}.max_context_keys);
    EXPECT_TRUE(DecodeRecord(bytes, &r)) << id;
    EXPECT_TRUE(archive->LoadEntityArticles(id, &r.entity.articles).ok());
    out[id] = r.entity;
  }
  return out;
}

void ExpectSameEntities(const std::map<std::string, Entity>& a, const std::map<std::string, Entity>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (const auto& [id, x] : a) {
    auto it = b.find(id);
    ASSERT_NE(it, b.end()) << id;
    const Entity& y = it->second;
    EXPECT_EQ(x.name, y.name) << id;
    EXPECT_EQ(x.type, y.type) << id;
    EXPECT_EQ(x.articles, y.articles) << id;
    EXPECT_EQ(x.titles, y.titles) << id;
    // Entities() sorts variants by count; a decoded record keeps first-seen order.
    std::vector<std::string> vx = x.variants, vy = y.variants;
    std::sort(vx.begin(), vx.end());
    std::sort(vy.begin(), vy.end());
    EXPECT_EQ(vx, vy) << id;
  }
}

TEST(ResolverArchive, RetiringAllButOneAnswersLikeHoldingAll) {
  std::vector<TestArticle> stream = Stream(300);
  EntityResolver holding(SmallBlocks());
  std::vector<std::string> expected = Resolve(&holding, stream, nullptr, 0);

  MemoryEntityArchive archive;
  EntityResolver retiring(SmallBlocks());
  retiring.AttachArchive(&archive);
  std::vector<std::string> got = Resolve(&retiring, stream, &archive, /*max_live=*/1);
  EXPECT_TRUE(retiring.archive_status().ok());
  EXPECT_EQ(got, expected);
  EXPECT_LE(retiring.live_entities(), 1u);
  EXPECT_GT(archive.size(), 10u);
  ExpectSameEntities(AllEntities(retiring, &archive, got), AllEntities(holding, nullptr, expected));
}

// A first word that files more entities than max_block_size is not looked at,
// however few of them are held: "Aguila Saleh" finds no "Aguila Saleh Issa"
// (whose surname is Issa) through "Aguila" in either resolver.
TEST(ResolverArchive, OversizedBlocksCountEntitiesNotHeld) {
  std::vector<TestArticle> stream;
  for (const char* name : {"Aguila Smith", "Aguila Jones", "Aguila Brown", "Aguila Green", "Aguila Saleh Issa",
                           "Aguila Saleh"}) {
    TestArticle a;
    a.id = "a" + std::to_string(stream.size());
    a.text = std::string("Yesterday ") + name + " spoke.";
    a.mentions = testing::MentionsOf(a.id, a.text, {{name, EntityType::kPerson}});
    stream.push_back(std::move(a));
  }
  EntityResolver holding(SmallBlocks());
  std::vector<std::string> expected = Resolve(&holding, stream, nullptr, 0);
  ASSERT_EQ(expected.size(), 6u);
  EXPECT_NE(expected[5], expected[4]);
  MemoryEntityArchive archive;
  EntityResolver retiring(SmallBlocks());
  retiring.AttachArchive(&archive);
  EXPECT_EQ(Resolve(&retiring, stream, &archive, /*max_live=*/1), expected);

  // With every entity held, a smaller block is looked at and the names join.
  EntityResolver unblocked;
  std::vector<std::string> joined = Resolve(&unblocked, stream, nullptr, 0);
  EXPECT_EQ(joined[5], joined[4]);
}

TEST(ResolverArchive, WithoutArchiveNothingIsRetired) {
  EntityResolver resolver;
  Resolve(&resolver, Stream(20), nullptr, 0);
  size_t held = resolver.live_entities();
  (void)resolver.TakeCheckpoint();
  EXPECT_EQ(resolver.Retire(0), 0u);
  EXPECT_EQ(resolver.live_entities(), held);
}

TEST(ResolverArchive, UnsavedEntitiesAreNotRetired) {
  MemoryEntityArchive archive;
  EntityResolver resolver;
  resolver.AttachArchive(&archive);
  Resolve(&resolver, Stream(20), nullptr, 0);  // no checkpoint taken
  size_t held = resolver.live_entities();
  EXPECT_EQ(resolver.Retire(0), 0u);
  EXPECT_EQ(resolver.live_entities(), held);
}

TEST(ResolverArchive, LoadStateContinuesWhereTheCheckpointLeft) {
  std::vector<TestArticle> stream = Stream(200);
  EntityResolver holding(SmallBlocks());
  std::vector<std::string> expected = Resolve(&holding, stream, nullptr, 0);

  MemoryEntityArchive archive;
  std::vector<TestArticle> first(stream.begin(), stream.begin() + 120), rest(stream.begin() + 120, stream.end());
  std::string state;
  std::vector<std::string> got;
  {
    EntityResolver before(SmallBlocks());
    before.AttachArchive(&archive);
    got = Resolve(&before, first, &archive, /*max_live=*/5);
    state = before.TakeCheckpoint().state;  // everything was saved after each article
  }
  EntityResolver after(SmallBlocks());  // holds nothing: every entity comes back from the archive
  after.AttachArchive(&archive);
  ASSERT_TRUE(after.LoadState(state));
  std::vector<std::string> more = Resolve(&after, rest, &archive, /*max_live=*/5);
  got.insert(got.end(), more.begin(), more.end());
  EXPECT_EQ(got, expected);
}

TEST(ResolverArchive, RecordsRoundTripAndBadBytesAreRefused) {
  EntityResolver resolver;
  Resolve(&resolver, Stream(50), nullptr, 0);
  std::vector<ArchivedEntity> saved = resolver.TakeCheckpoint().entities;
  ASSERT_FALSE(saved.empty());
  for (const ArchivedEntity& e : saved) {
    EntityRecord r(ResolverOptions{}.max_context_keys);
    ASSERT_TRUE(DecodeRecord(e.record, &r)) << e.id;
    EXPECT_EQ(r.entity.id, e.id);
    // Re-encoded, the same size (the context's fingerprints may come in
    // another order) and the same decoded record.
    std::string again = EncodeRecord(r);
    EXPECT_EQ(again.size(), e.record.size()) << e.id;
    EntityRecord copy(ResolverOptions{}.max_context_keys);
    ASSERT_TRUE(DecodeRecord(again, &copy)) << e.id;
    EXPECT_EQ(copy.entity.titles, r.entity.titles);
    EXPECT_TRUE(r.entity.articles.empty());  // kept by the archive's owner
    EXPECT_EQ(copy.filed_keys, r.filed_keys);
    EXPECT_EQ(r.filed_keys.size(), e.keys.size()) << e.id;  // all keys of a first save
    EntityRecord cut(ResolverOptions{}.max_context_keys);
    EXPECT_FALSE(DecodeRecord(std::string_view(e.record).substr(0, e.record.size() - 1), &cut)) << e.id;
  }
  EXPECT_FALSE(resolver.LoadState("not a state"));
}

// An archive whose record of an entity is unreadable.
class BrokenArchive : public MemoryEntityArchive {
 public:
  Status Load(const std::string& id, std::string* record) override {
    *record = "\x01garbage";
    return Status::Ok();
  }
};

TEST(ResolverArchive, MissingMergesAreReported) {
  std::vector<TestArticle> stream = Stream(40);
  MemoryEntityArchive archive;  // gets the records, not the articles' merges
  EntityResolver resolver;
  resolver.AttachArchive(&archive);
  for (TestArticle& a : stream) {
    resolver.AddArticle(a.id, a.text, &a.mentions);
    for (const Mention& m : a.mentions) archive.AddEntityArticle(m.entity, a.id);
    for (const ArchivedEntity& e : resolver.TakeCheckpoint().entities) archive.Save(e);
    resolver.Retire(0);
  }
  EXPECT_NE(resolver.archive_status().ToString().find("merges of an article"), std::string::npos)
      << resolver.archive_status().ToString();
}

TEST(ResolverArchive, AnUnreadableRecordIsReported) {
  std::vector<TestArticle> stream = Stream(40);
  BrokenArchive archive;
  EntityResolver resolver;
  resolver.AttachArchive(&archive);
  Resolve(&resolver, stream, &archive, /*max_live=*/0);
  EXPECT_FALSE(resolver.archive_status().ok());
  EXPECT_NE(resolver.archive_status().ToString().find("unreadable record"), std::string::npos);
}

}  // namespace
}  // namespace storyline
