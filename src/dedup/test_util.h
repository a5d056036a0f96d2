// Test helpers: synthetic texts of distinct words (exact shingle overlaps
// known by construction), and the reference scenario's seed articles.
#ifndef STORYLINE_DEDUP_TEST_UTIL_H_
#define STORYLINE_DEDUP_TEST_UTIL_H_

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace storyline::dedup {

// "w<from> w<from+1> ... w<to-1> ": to - from distinct words.
inline std::string Words(int from, int to) {
  std::string s;
  for (int i = from; i < to; ++i) {
    s += 'w';  // appends, not "w" + ...: g++ 12 warns falsely (-Wrestrict) on that form
    s += std::to_string(i);
    s += ' ';
  }
  return s;
}

// The text of the seed file of ../shared/seeds whose name starts with
// `prefix` ("000_"), or "" when the folder or file is absent (tests skip).
inline std::string ReadSeed(const std::string& prefix) {
  std::filesystem::path dir = std::filesystem::path(STORYLINE_SHARED_DIR) / "seeds";
  if (!std::filesystem::exists(dir)) return "";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind(prefix, 0) != 0) continue;
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  return "";
}

}  // namespace storyline::dedup

#endif  // STORYLINE_DEDUP_TEST_UTIL_H_
