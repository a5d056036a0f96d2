// ROUGE-N as ROUGE-1.5.5 computes it with `-n 2 -x -f A -d -m -s -t 2`, the
// settings of the timeline-summarization literature (tilse):
//   -n 2  ROUGE-1 and ROUGE-2;          -x  no ROUGE-L;
//   -m    stem: WordNet irregular forms, else ROUGE's Porter stemmer, and only
//         for tokens longer than 3 characters;
//   -s    drop SMART stop words (before n-grams are formed, so a bigram may
//         span a removed stop word);
//   -f A  model average: hits, model n-grams and peer n-grams are summed over
//         the reference summaries (the peer count once per reference);
//   -t 2  raw counts (hit, peer, model) rather than averaged scores, so a caller
//         can pool counts over many comparisons (tilse's micro averages).
// Tokenization follows ROUGE on tilse's SEE input files: a sentence stops at its
// first '<'; '^' is written as "&circ;"; ASCII letters are lower-cased and every
// other byte separates tokens, so tokens are runs of [a-z0-9]. The sentences of
// a summary are joined, so n-grams run across sentence boundaries.
#ifndef STORYLINE_TIMELINE_ROUGE_H_
#define STORYLINE_TIMELINE_ROUGE_H_

#include <string>
#include <unordered_map>
#include <vector>

namespace storyline::timeline {

// Raw n-gram counts of one comparison (ROUGE's H_count, P_count, M_count).
struct RougeCounts {
  double hit = 0;    // clipped n-gram matches, summed over references
  double peer = 0;   // n-grams of the system summary, once per reference
  double model = 0;  // n-grams of the references, summed
};

struct PrecisionRecallF {
  double precision = 0;
  double recall = 0;
  double f_score = 0;
};

// F_beta of `precision` and `recall`; 0 when both are 0.
double FScore(double precision, double recall, double beta = 1.0);

// precision = hit / peer, recall = hit / model (0 when a denominator is 0).
PrecisionRecallF ToPrecisionRecallF(const RougeCounts& counts);

struct RougeOptions {
  int max_n = 2;                 // -n: compute ROUGE-1 .. ROUGE-max_n
  bool stem = true;              // -m
  bool remove_stopwords = true;  // -s
  bool model_average = true;     // -f A; false is -f B (the best-recall reference only)
};

// A summary is a list of sentences (each a string, tokens separated by spaces).
using Summary = std::vector<std::string>;

// Scores summaries the way ROUGE-1.5.5 does. Not thread-safe: it caches stems.
class RougeScorer {
 public:
  explicit RougeScorer(RougeOptions options = {});

  // ROUGE's token stream of `summary`: tokenized, stop words removed, stemmed.
  std::vector<std::string> Analyze(const Summary& summary) const;

  // Counts for n = 1 .. max_n (element n-1) of `peer` against `models`.
  // An empty model still counts: it adds the peer's n-grams to `peer` (-f A).
  std::vector<RougeCounts> Count(const Summary& peer, const std::vector<Summary>& models) const;

  // Count() turned into precision, recall and F1, one element per n.
  std::vector<PrecisionRecallF> Score(const Summary& peer, const std::vector<Summary>& models) const;

  const RougeOptions& options() const { return options_; }

 private:
  const std::string& Stem(const std::string& token) const;

  RougeOptions options_;
  mutable std::unordered_map<std::string, std::string> stem_cache_;
};

}  // namespace storyline::timeline

#endif  // STORYLINE_TIMELINE_ROUGE_H_
