// Word classes learned from unlabeled text, for the NER tagger's features: a
// word its labeled data never shows ("Ryanair", "Cavusoglu") still gets the
// class of the words it behaves like in news ("Boeing", "Lavrov").
//
// The classes come from the exchange algorithm (Kneser & Ney 1993; Martin,
// Liermann & Ney 1998): each word is moved to the class that most raises the
// likelihood of a class-bigram language model of the text, pass after pass.
// A second, coarser level groups the fine classes the same way, so a word
// has two classes (like two prefix lengths of a Brown cluster path).
// Deterministic: same text and options, same classes.
#ifndef STORYLINE_ENTITIES_WORD_CLUSTERS_H_
#define STORYLINE_ENTITIES_WORD_CLUSTERS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "storyline/status.h"

namespace storyline {

struct WordClusterOptions {
  int fine_classes = 256;     // classes of words
  int coarse_classes = 32;    // classes of fine classes
  int min_count = 3;          // rarer words get no class
  size_t max_words = 60000;   // at most this many of the most frequent words get one
  int passes = 10;            // exchange passes (fewer when one moves no word)
};

// Class ids of words as written (digits count as '0'), 1-based; 0 = no class.
class WordClusters {
 public:
  struct Classes {
    uint16_t fine = 0;
    uint16_t coarse = 0;
  };

  Classes Lookup(std::string_view word) const;
  void Add(std::string_view word, Classes classes) { AddKey(Key(word), classes); }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  // Binary form: u32 n | n x (u64 key, u16 fine, u16 coarse), keys sorted.
  void AppendTo(std::string* out) const;
  static Result<WordClusters> Parse(std::string_view* data);

 private:
  static uint64_t Key(std::string_view word);  // never 0 (the empty slot)
  void AddKey(uint64_t key, Classes classes);
  size_t Slot(uint64_t key) const;  // where `key` is, or the empty slot it would take
  void Grow();

  // Open addressing with linear probing: Lookup runs for every token tagged,
  // and one probe into two flat arrays beats a node-based map's pointer chase.
  std::vector<uint64_t> keys_;  // 0 = empty; size a power of two
  std::vector<Classes> values_;
  size_t size_ = 0;
};

// Collects text, then clusters its words.
class WordClusterBuilder {
 public:
  // One sentence, each token as written.
  void AddSentence(const std::vector<std::string_view>& tokens);
  size_t tokens() const { return corpus_.size(); }

  // `log` (optional) receives one line per pass.
  WordClusters Build(const WordClusterOptions& options, std::vector<std::string>* log = nullptr) const;

 private:
  uint32_t Intern(std::string_view word);

  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<std::string> words_;
  std::vector<uint64_t> counts_;
  std::vector<uint32_t> corpus_;  // word ids; kBoundary between sentences
};

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_WORD_CLUSTERS_H_
