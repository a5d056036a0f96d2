#include "entities/ner_tagger.h"

#include "common/utf8.h"
#include "entities/conll.h"
#include "entities/ner_embedded.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace storyline {
namespace {

// Sums the int16 weight rows of one token's features into per-tag scores.
void Score(const NerModel& model, const std::vector<uint32_t>& rows, float* out) {
  int32_t acc[kNerRowStride] = {0};
  for (uint32_t r : rows) {
    const int16_t* w = &model.weights[static_cast<size_t>(r) * kNerRowStride];
    for (int t = 0; t < kNerRowStride; ++t) acc[t] += w[t];
  }
  float inv = 1.0f / model.scale;
  for (int t = 0; t < kNumNerTags; ++t) out[t] = static_cast<float>(acc[t]) * inv;
}

}  // namespace

NerTagger::NerTagger(std::unique_ptr<NerModel> model)
    : model_(std::move(model)), featurizer_(&model_->gazetteer, model_->hash_bits), titles_(model_->titles) {}

Result<NerTagger> NerTagger::FromModel(NerModel model) {
  if (model.weights.size() != (size_t{1} << model.hash_bits) * kNerRowStride) {
    return Status::InvalidInput("NER model weight table does not match its hash_bits");
  }
  return NerTagger(std::make_unique<NerModel>(std::move(model)));
}

Result<NerTagger> NerTagger::LoadDefault() {
  std::string_view bytes = EmbeddedNerModel();
  if (bytes.empty()) return Status::NotFound("no NER model was embedded (models/ner-en.bin missing at build time)");
  Result<NerModel> model = NerModel::Parse(bytes);
  if (!model.ok()) return model.status().WithContext("embedded NER model");
  return FromModel(std::move(*model));
}

Result<NerTagger> NerTagger::LoadFromFile(const std::string& path) {
  Result<std::string> bytes = ReadTextFile(path);
  if (!bytes.ok()) return bytes.status();
  Result<NerModel> model = NerModel::Parse(*bytes);
  if (!model.ok()) return model.status().WithContext(path);
  return FromModel(std::move(*model));
}

std::vector<int> NerTagger::TagIds(const std::vector<std::string_view>& raw,
                                   const std::vector<std::string_view>& folded) const {
  thread_local PreparedSentence prepared;
  thread_local std::vector<uint32_t> rows;
  thread_local std::vector<float> emissions;
  size_t n = raw.size();
  featurizer_.Prepare(raw, folded, &prepared);
  emissions.resize(n * kNumNerTags);
  for (size_t i = 0; i < n; ++i) {
    rows.clear();
    featurizer_.Extract(prepared, i, &rows);
    Score(*model_, rows, &emissions[i * kNumNerTags]);
  }
  return ViterbiDecode(emissions, n, model_->transitions);
}

std::vector<std::string> NerTagger::TagTokens(const std::vector<std::string>& tokens) const {
  std::vector<std::string> folded_store;
  folded_store.reserve(tokens.size());
  for (const std::string& t : tokens) folded_store.push_back(Fold(t));
  std::vector<std::string_view> raw(tokens.begin(), tokens.end());
  std::vector<std::string_view> folded(folded_store.begin(), folded_store.end());
  std::vector<std::string> tags;
  tags.reserve(tokens.size());
  for (int id : TagIds(raw, folded)) tags.emplace_back(NerOutputTagName(id));
  return tags;
}

std::vector<Mention> NerTagger::Tag(std::string_view text, const std::vector<Span>& sentences) const {
  std::vector<Mention> mentions;
  std::vector<std::string_view> raw, folded;
  std::vector<std::string> folded_copy, tags;
  std::vector<bool> capitalized;
  for (const Span& sentence : sentences) {
    std::string_view stext = sentence.In(text);
    std::vector<Token> tokens = Tokenize(stext);
    raw.clear();
    folded.clear();
    capitalized.clear();
    for (const Token& t : tokens) {
      raw.push_back(t.span.In(stext));
      folded.push_back(t.norm);
      capitalized.push_back(t.capitalized);
    }
    tags.clear();
    for (int id : TagIds(raw, folded)) tags.emplace_back(NerTagName(id));
    folded_copy.assign(folded.begin(), folded.end());
    for (const TagSpan& s : SpansFromTags(tags)) {
      if (s.type == "MISC") continue;
      size_t begin = s.begin;
      size_t title_begin = begin;
      if (s.type == "PER") {
        begin += titles_.LeadingTitleTokens(folded_copy, s.begin, s.end);
        title_begin = titles_.TitleStartBefore(folded_copy, capitalized, s.begin);
        if (begin > s.begin) title_begin = std::min(title_begin, s.begin);
      }
      Mention m;
      m.span = {sentence.begin + tokens[begin].span.begin, sentence.begin + tokens[s.end - 1].span.end};
      m.text = std::string(m.span.In(text));
      m.type = EntityTypeOfLabel(s.type);
      if (title_begin < begin) {
        m.title = std::string(stext.substr(tokens[title_begin].span.begin,
                                           tokens[begin - 1].span.end - tokens[title_begin].span.begin));
      }
      mentions.push_back(std::move(m));
    }
  }
  return mentions;
}

}  // namespace storyline
