// The T17 articles.jsonl files under ../shared/data, for benchmarks and corpus
// tests; topics whose file is absent are left out (the list may be empty).
#ifndef STORYLINE_INGEST_T17_FILES_H_
#define STORYLINE_INGEST_T17_FILES_H_

#include <initializer_list>
#include <string>
#include <vector>

#include "common/env.h"

namespace storyline {

inline std::vector<std::string> T17ArticleFiles(
    const FileSystem& fs, const std::string& shared_dir,
    std::initializer_list<const char*> topics = {"bpoil", "egypt", "finan", "h1n1", "haiti", "iraq", "mj"}) {
  std::vector<std::string> files;
  for (const char* topic : topics) {
    std::string path = shared_dir + "/data/t17/" + topic + "/articles.jsonl";
    if (fs.Exists(path)) files.push_back(path);
  }
  return files;
}

}  // namespace storyline

#endif  // STORYLINE_INGEST_T17_FILES_H_
