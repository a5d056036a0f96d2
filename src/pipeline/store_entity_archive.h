// The store as the entity resolver's EntityArchive: the records that
// EntityResolver::TakeCheckpoint produced, saved in the store
// (ArticleAnalyzer::SaveEntities), read back as entities are revived.
#ifndef STORYLINE_PIPELINE_STORE_ENTITY_ARCHIVE_H_
#define STORYLINE_PIPELINE_STORE_ENTITY_ARCHIVE_H_

#include <memory>
#include <string>
#include <vector>

#include "entities/entity_archive.h"
#include "store/store.h"

namespace storyline {

class StoreEntityArchive : public EntityArchive {
 public:
  // The reader may be used from the resolver's thread (store.h).
  explicit StoreEntityArchive(std::unique_ptr<EntityRecordReader> reader) : reader_(std::move(reader)) {}

  Status Lookup(const std::string& key, size_t limit, std::vector<std::string>* ids) override {
    return reader_->Lookup(key, limit, ids);
  }
  Status Load(const std::string& id, std::string* record) override { return reader_->Load(id, record); }
  Status ForEachKey(const std::function<void(std::string_view)>& fn) override { return reader_->ForEachKey(fn); }
  Status LoadArticle(const std::string& id, std::string* merges) override {
    return reader_->LoadArticleMerges(id, merges);
  }
  // Stored by Store::PutEntity, which the engine calls for every entity a
  // batch changed, in the batch that saves its record.
  Status LoadEntityArticles(const std::string& id, std::vector<std::string>* articles) override {
    return reader_->LoadEntityArticles(id, articles);
  }

 private:
  std::unique_ptr<EntityRecordReader> reader_;
};

}  // namespace storyline

#endif  // STORYLINE_PIPELINE_STORE_ENTITY_ARCHIVE_H_
