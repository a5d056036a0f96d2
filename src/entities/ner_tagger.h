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
#include "storyline/model.h"
#include "storyline/span.h"
#include "storyline/status.h"

namespace storyline {

class NerTagger {
 public:
  static Result<NerTagger> LoadDefault();  // the embedded model
  static Result<NerTagger> LoadFromFile(const std::string& path);
  static Result<NerTagger> FromModel(NerModel model);

  // BIO tags ("B-PER", "I-LOC", "O", ...) for one tokenized sentence.
  std::vector<std::string> TagTokens(const std::vector<std::string>& tokens) const;

  // Tag ids (NerTag) for a sentence given each token as written and folded.
  std::vector<int> TagIds(const std::vector<std::string_view>& raw, const std::vector<std::string_view>& folded) const;

  // Entity mentions in `text`, sentence by sentence (spans from SplitSentences),
  // tokenized with Tokenize. Mention: article "", span (bytes in text), text,
  // type, title (a title run before a person: "Foreign Minister"), entity "".
  std::vector<Mention> Tag(std::string_view text, const std::vector<Span>& sentences) const;

  const NerModel& model() const { return *model_; }

 private:
  explicit NerTagger(std::unique_ptr<NerModel> model);
  void SentenceMentions(std::string_view text, const Span& sentence, std::vector<Mention>* out) const;

  std::unique_ptr<NerModel> model_;  // heap-held so the featurizer's gazetteer pointer survives moves
  NerFeaturizer featurizer_;
  TitleLexicon titles_;
};

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_NER_TAGGER_H_
