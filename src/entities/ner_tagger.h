// NerTagger: the named-entity tagger the pipeline calls. It tags persons,
// organizations and places (BIO over PER/ORG/LOC) with an averaged structured
// perceptron (hashed features, see ner_features.h) and Viterbi decoding, and
// turns tags into Mentions with titles kept apart from person names.
//
// Thread safety: a constructed tagger is immutable; Tag/TagTokens may be
// called from several threads at once.
#ifndef STORYLINE_ENTITIES_NER_TAGGER_H_
#define STORYLINE_ENTITIES_NER_TAGGER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entities/ner_features.h"
#include "entities/ner_model.h"
#include "entities/ner_titles.h"
#include "entities/ner_token_types.h"
#include "storyline/model.h"
#include "storyline/span.h"
#include "storyline/status.h"
#include "text/tokenize.h"

namespace storyline {

class NerTagger {
 public:
  static Result<NerTagger> LoadDefault();  // the embedded model
  static Result<NerTagger> LoadFromFile(const std::string& path);
  static Result<NerTagger> FromModel(NerModel model);

  // BIO tags ("B-PER", "I-LOC", "O", ...) for one tokenized sentence.
  std::vector<std::string> TagTokens(const std::vector<std::string>& tokens) const;
  // BIO tags for the sentences of one document: a first pass per sentence, then
  // a second one that also sees how each capitalized word was tagged elsewhere
  // in the document (ner_doc_hints.h).
  std::vector<std::vector<std::string>> TagDocument(const std::vector<std::vector<std::string>>& sentences) const;

  // Tag ids (NerTag, MISC included) for a sentence given each token as written
  // and folded; `hints` (one per token) come from a first pass, or are null.
  std::vector<int> TagIds(const std::vector<std::string_view>& raw, const std::vector<std::string_view>& folded,
                          const std::vector<uint8_t>* hints = nullptr) const;
  // Both passes over one document (one vector per sentence).
  std::vector<std::vector<int>> TagDocumentIds(const std::vector<std::vector<std::string_view>>& raw,
                                               const std::vector<std::vector<std::string_view>>& folded) const;

  // Entity mentions in `text`, a document whose sentences are given (spans from
  // SplitSentences; spans outside `text` are skipped), tokenized with Tokenize.
  // Mention: article "", span (bytes in text), text, type, title (a title run
  // before a person: "Foreign Minister"), entity "".
  std::vector<Mention> Tag(std::string_view text, const std::vector<Span>& sentences) const;

  const NerModel& model() const { return *model_; }

 private:
  // Buffers reused across the sentences of one call (never shared between threads).
  struct Scratch {
    std::vector<uint32_t> rows;
    std::vector<uint32_t> row_ends;  // AddRowRuns input: where each run of `rows` ends
    std::vector<int32_t*> run_sums;  // AddRowRuns input: the sums each run adds to
    std::vector<float> emissions;
    ViterbiScratch viterbi;
  };

  explicit NerTagger(std::unique_ptr<NerModel> model);
  // Featurizer::Prepare through the document's token forms: a form's own
  // values are computed at its first occurrence only.
  void PrepareSentence(const std::vector<std::string_view>& raw, const std::vector<std::string_view>& folded,
                       NerTokenTypes* types, PreparedSentence* out) const;
  // Integer weight sums (n x kNerRowStride) of each token's features, hints
  // included, for a sentence prepared by PrepareSentence through `types`: a
  // form's own features are summed once (integer sums: same in any order).
  void SumWeights(const PreparedSentence& prepared, NerTokenTypes* types, std::vector<int32_t>* sums,
                  Scratch* scratch) const;
  // Adds the weights of the document-hint features alone to `sums`: with the
  // first pass's sums (no hints), this gives SumWeights of the hinted sentence.
  void AddHintWeights(const PreparedSentence& prepared, std::vector<int32_t>* sums, Scratch* scratch) const;
  // Viterbi over the scaled sums, then the gazetteer-based corrections.
  std::vector<int> DecodeSums(const PreparedSentence& prepared, const std::vector<int32_t>& sums,
                              Scratch* scratch) const;
  // Second pass: re-decodes sentences whose words the rest of the document tagged.
  void ApplyDocumentHints(const std::vector<std::vector<std::string_view>>& raw,
                          const std::vector<std::vector<std::string_view>>& folded,
                          std::vector<PreparedSentence>* prepared, std::vector<std::vector<int32_t>>* sums,
                          std::vector<std::vector<int>>* tags, Scratch* scratch) const;
  void SentenceMentions(std::string_view text, const Span& sentence, const std::vector<Token>& tokens,
                        const std::vector<int>& tag_ids, std::vector<Mention>* out) const;

  std::unique_ptr<NerModel> model_;  // heap-held so the featurizer's gazetteer pointer survives moves
  NerFeaturizer featurizer_;
  TitleLexicon titles_;
  NerTransitions masked_transitions_;  // the model's, forbidden BIO moves at -inf
};

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_TAGGER_H_
