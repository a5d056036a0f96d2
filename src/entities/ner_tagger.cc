#include "entities/ner_tagger.h"

#include <algorithm>

#include "common/utf8.h"
#include "common/word_set.h"
#include "entities/conll.h"
#include "entities/ner_doc_hints.h"
#include "entities/ner_embedded.h"
#include "entities/ner_coordinated.h"
#include "entities/ner_particles.h"
#include "entities/ner_type_vote.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace storyline {
namespace {

// Asks for the cache line where a weight row starts (asking for the second
// line of a row that straddles two measured no faster).
inline void PrefetchRow(const int16_t* weights, uint32_t row) {
  __builtin_prefetch(weights + static_cast<size_t>(row) * kNerRowStride);
}

// Adds the weight rows of run k (rows[ends[k - 1], ends[k]), the first from
// 0) to sums[k], for every k. The rows are requested a fixed distance ahead
// of their use: the weight table is far larger than the cache and is read
// in hash order, so waiting for each row in turn would dominate tagging.
void AddRowRuns(const NerModel& model, const std::vector<uint32_t>& rows, const std::vector<uint32_t>& ends,
                const std::vector<int32_t*>& sums) {
  constexpr size_t kAhead = 64;
  const int16_t* weights = model.weights.data();
  for (size_t j = 0; j < std::min(kAhead, rows.size()); ++j) PrefetchRow(weights, rows[j]);
  size_t j = 0;
  for (size_t k = 0; k < ends.size(); ++k) {
    int32_t* __restrict acc = sums[k];
    for (; j < ends[k]; ++j) {
      if (j + kAhead < rows.size()) PrefetchRow(weights, rows[j + kAhead]);
      const int16_t* w = weights + static_cast<size_t>(rows[j]) * kNerRowStride;
      for (int t = 0; t < kNerRowStride; ++t) acc[t] += w[t];
    }
  }
}

// A country or subdivision name of two or more tokens in the gazetteer that the
// model left wholly untagged, or tagged as exactly one MISC, ORG or PER name
// ("the Democratic Republic of the Congo"), is tagged LOC: such official names
// are unambiguous, but too rare in training text for the model to learn every
// one. A one-token name mid-sentence is tagged LOC when untagged or MISC.
void TagUnclaimedCountries(const PreparedSentence& s, std::vector<int>* tags) {
  size_t n = s.tokens.size();
  for (size_t i = 0; i < n; ++i) {
    const GazetteerMatch& g = s.tokens[i].gaz;
    if (!(g.phrase_kinds & (kGazCountry | kGazRegion))) continue;
    if (g.position == 3 && i > 0) {  // a one-token name mid-sentence, untagged or a one-token MISC
      bool lone_misc = (*tags)[i] == kTagBMisc && (i + 1 == n || (*tags)[i + 1] != kTagIMisc);
      if ((*tags)[i] == kTagO || lone_misc) (*tags)[i] = kTagBLoc;
    }
    if (g.position != 1) continue;
    size_t end = i + 1;
    while (end < n && s.tokens[end].gaz.position == 2) ++end;
    // Untagged, or exactly one non-LOC entity (B-X I-X ... with nothing of X after).
    int first = (*tags)[i];
    bool all_o = true, exact = first == kTagBMisc || first == kTagBOrg || first == kTagBPer;
    if (exact && end < n && (*tags)[end] == first + 1) exact = false;
    for (size_t k = i; k < end; ++k) {
      all_o = all_o && (*tags)[k] == kTagO;
      exact = exact && (k == i || (*tags)[k] == first + 1);
    }
    if (!all_o && !exact) continue;
    (*tags)[i] = kTagBLoc;
    for (size_t k = i + 1; k < end; ++k) (*tags)[k] = kTagILoc;
  }
}

// True when tags[i] begins a person, organization or place of one token.
bool IsOneTokenName(const std::vector<int>& tags, size_t i) {
  int t = tags[i];
  return (t == kTagBPer || t == kTagBOrg || t == kTagBLoc) && (i + 1 == tags.size() || tags[i + 1] != t + 1);
}

// A one-token entity that is a demonym ("Libyan" in "the Libyan conflict") is
// not a person, organization or place: CoNLL-style, it becomes MISC.
void DemoteDemonyms(const PreparedSentence& s, std::vector<int>* tags) {
  for (size_t i = 0; i < tags->size(); ++i) {
    if (IsOneTokenName(*tags, i) && (s.tokens[i].gaz.token_kinds & kGazDemonym)) (*tags)[i] = kTagBMisc;
  }
}

// True when `plural` (folded, ending in "s") names a people: the plural of a
// nationality the gazetteer knows, or of one it derives from a country or
// region it knows ("haitians" -> Haiti, "iraqis" -> Iraq), or a people or
// faith named by a fixed list ("Americans", "Muslims").
bool IsPeoplePlural(std::string_view plural, const Gazetteer& gazetteer) {
  static const WordSet kPeoples = {"american", "briton", "brit", "scot", "european", "african", "asian",
                                   "latino", "hispanic", "arab", "kurd", "muslim",
                                   "christian", "jew", "catholic", "protestant", "hindu", "buddhist",
                                   "sikh", "sunni", "shiite", "shia", "copt"};
  std::string_view singular = plural.substr(0, plural.size() - 1);
  if (kPeoples.contains(singular)) return true;
  if (gazetteer.LookupWord(singular) & kGazDemonym) return true;
  // Nationality endings on a place name: -ian, -an, -n, -i ("egyptian",
  // "haitian", "libyan", "iraqi"), and -i for a place in -ia ("somali").
  for (std::string_view suffix : {"ian", "an", "n", "i"}) {
    if (singular.size() <= suffix.size() + 2 || !singular.ends_with(suffix)) continue;
    std::string_view stem = singular.substr(0, singular.size() - suffix.size());
    if (gazetteer.LookupWord(stem) & (kGazCountry | kGazRegion)) return true;
    if (suffix == "i" && (gazetteer.LookupWord(std::string(stem) + "ia") & kGazCountry)) return true;
  }
  return false;
}

// The same for a plural ("Libyans", "Haitians", "Muslims"): a people, not a person.
void DemotePluralDemonyms(const std::vector<std::string_view>& folded, const Gazetteer& gazetteer,
                          std::vector<int>* tags) {
  for (size_t i = 0; i < tags->size(); ++i) {
    std::string_view w = folded[i];
    if (IsOneTokenName(*tags, i) && w.size() >= 4 && w.back() == 's' && IsPeoplePlural(w, gazetteer)) {
      (*tags)[i] = kTagBMisc;
    }
  }
}

// A day or month name alone is no place or organization: "Mon" of a
// "LONDON | Mon May 10, 2010" dateline. ("May", "March", "Sun" and persons
// such as "April" are left to the model: they are also names.)
void DemoteCalendarWords(const std::vector<std::string_view>& folded, std::vector<int>* tags) {
  static const WordSet kCalendar = {
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "april", "june", "july",
      "august", "september", "october", "november", "december"};
  for (size_t i = 0; i < tags->size(); ++i) {
    if ((*tags)[i] != kTagBPer && IsOneTokenName(*tags, i) && kCalendar.contains(folded[i])) (*tags)[i] = kTagO;
  }
}

// "Tripoli-based", "Turkish-backed", "oil-rich", "out-of-use": a compound
// modifier the tokenizer keeps as one token (its last part is a lower-case
// word, unlike "Nagorno-Karabakh" or "al-Sarraj"); it is not part of the name
// that follows it.
bool IsCompoundModifier(std::string_view raw) {
  size_t hyphen = raw.rfind('-');
  return hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < raw.size() && raw[hyphen + 1] >= 'a' &&
         raw[hyphen + 1] <= 'z';
}

// "[Khalifa] Haftar": brackets a writer put around a word they inserted into
// a quotation. The tagger reads the name without them.
void DropEditorialBrackets(std::vector<Token>* tokens_in) {
  std::vector<Token>& tokens = *tokens_in;
  size_t kept = 0;  // compacted in place: most sentences have no brackets and move nothing
  for (size_t i = 0; i < tokens.size(); ++i, ++kept) {
    bool insertion = tokens[i].norm == "[" && i + 3 < tokens.size() && tokens[i + 1].capitalized &&
                     tokens[i + 2].norm == "]" && tokens[i + 3].capitalized;
    if (insertion) ++i;  // keep the word; the closing bracket is skipped below
    if (kept != i) tokens[kept] = std::move(tokens[i]);
    if (insertion) ++i;
  }
  tokens.resize(kept);
}

// Moves the per-sentence scratch buffers of a PreparedSentence (not its results).
void LendScratch(PreparedSentence* from, PreparedSentence* to) {
  std::swap(from->gaz_hashes, to->gaz_hashes);
  std::swap(from->capitalized, to->capitalized);
  std::swap(from->matches, to->matches);
}

// A mention's text with editorial brackets removed ("Khalifa] Haftar" -> "Khalifa Haftar").
std::string WithoutBrackets(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '[' || c == ']') continue;
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out.push_back(c);
  }
  return out;
}

}  // namespace

NerTagger::NerTagger(std::unique_ptr<NerModel> model)
    : model_(std::move(model)),
      featurizer_(&model_->gazetteer, &model_->clusters, model_->hash_bits),
      titles_(model_->titles),
      masked_transitions_(MaskForbiddenTransitions(model_->transitions)) {}

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
                                   const std::vector<std::string_view>& folded,
                                   const std::vector<uint8_t>* hints) const {
  PreparedSentence prepared;
  NerTokenTypes types;
  Scratch scratch;
  std::vector<int32_t> sums;
  PrepareSentence(raw, folded, &types, &prepared);
  if (hints) prepared.hints = *hints;
  SumWeights(prepared, &types, &sums, &scratch);
  std::vector<int> tags = DecodeSums(prepared, sums, &scratch);
  AttachNameParticles(raw, folded, &tags);
  return tags;
}

void NerTagger::PrepareSentence(const std::vector<std::string_view>& raw, const std::vector<std::string_view>& folded,
                                NerTokenTypes* types, PreparedSentence* out) const {
  out->tokens.resize(raw.size());
  out->type_ids.resize(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    bool fresh = false;
    uint32_t id = types->Intern(raw[i], folded[i], &fresh);
    if (fresh) featurizer_.PrepareToken(raw[i], folded[i], &types->info(id));
    out->tokens[i] = types->info(id);
    out->type_ids[i] = id;
  }
  featurizer_.PrepareContext(out);
}

void NerTagger::SumWeights(const PreparedSentence& prepared, NerTokenTypes* types, std::vector<int32_t>* sums,
                           Scratch* scratch) const {
  size_t n = prepared.tokens.size();
  sums->resize(n * kNerRowStride);
  // The own rows of each form first met here, then every token's context
  // rows on top of its form's sums.
  scratch->rows.clear();
  scratch->row_ends.clear();
  scratch->run_sums.clear();
  for (size_t i = 0; i < n; ++i) {
    uint32_t id = prepared.type_ids[i];
    if (types->summed(id)) continue;
    featurizer_.AppendTypeRows(prepared, i, &scratch->rows);
    scratch->row_ends.push_back(static_cast<uint32_t>(scratch->rows.size()));
    scratch->run_sums.push_back(types->mutable_sums(id));
  }
  AddRowRuns(*model_, scratch->rows, scratch->row_ends, scratch->run_sums);
  scratch->rows.clear();
  scratch->row_ends.clear();
  scratch->run_sums.clear();
  for (size_t i = 0; i < n; ++i) {
    int32_t* acc = &(*sums)[i * kNerRowStride];
    std::copy_n(types->sums(prepared.type_ids[i]), kNerRowStride, acc);
    featurizer_.AppendContextRows(prepared, i, &scratch->rows);
    scratch->row_ends.push_back(static_cast<uint32_t>(scratch->rows.size()));
    scratch->run_sums.push_back(acc);
  }
  AddRowRuns(*model_, scratch->rows, scratch->row_ends, scratch->run_sums);
}

void NerTagger::AddHintWeights(const PreparedSentence& prepared, std::vector<int32_t>* sums, Scratch* scratch) const {
  scratch->rows.clear();
  scratch->row_ends.clear();
  scratch->run_sums.clear();
  for (size_t i = 0; i < prepared.tokens.size(); ++i) {
    featurizer_.AppendHintRows(prepared, i, &scratch->rows);
    scratch->row_ends.push_back(static_cast<uint32_t>(scratch->rows.size()));
    scratch->run_sums.push_back(&(*sums)[i * kNerRowStride]);
  }
  AddRowRuns(*model_, scratch->rows, scratch->row_ends, scratch->run_sums);
}

std::vector<int> NerTagger::DecodeSums(const PreparedSentence& prepared, const std::vector<int32_t>& sums,
                                       Scratch* scratch) const {
  size_t n = prepared.tokens.size();
  float inv = 1.0f / model_->scale;
  scratch->emissions.resize(n * kNumNerTags);
  for (size_t i = 0; i < n; ++i) {
    for (int t = 0; t < kNumNerTags; ++t) {
      scratch->emissions[i * kNumNerTags + t] = static_cast<float>(sums[i * kNerRowStride + t]) * inv;
    }
  }
  std::vector<int> tags;
  ViterbiDecodeMasked(scratch->emissions.data(), n, masked_transitions_, &scratch->viterbi, &tags);
  TagUnclaimedCountries(prepared, &tags);
  DemoteDemonyms(prepared, &tags);
  return tags;
}

std::vector<std::vector<int>> NerTagger::TagDocumentIds(const std::vector<std::vector<std::string_view>>& raw,
                                                        const std::vector<std::vector<std::string_view>>& folded) const {
  std::vector<PreparedSentence> prepared(raw.size());
  std::vector<std::vector<int32_t>> sums(raw.size());
  std::vector<std::vector<int>> tags(raw.size());
  NerTokenTypes types;
  Scratch scratch;
  PreparedSentence spare;  // lends its scratch vectors to each sentence in turn
  for (size_t s = 0; s < raw.size(); ++s) {
    LendScratch(&spare, &prepared[s]);
    PrepareSentence(raw[s], folded[s], &types, &prepared[s]);
    LendScratch(&prepared[s], &spare);
    SumWeights(prepared[s], &types, &sums[s], &scratch);
    tags[s] = DecodeSums(prepared[s], sums[s], &scratch);
  }
  if (raw.size() >= 2) ApplyDocumentHints(raw, folded, &prepared, &sums, &tags, &scratch);
  for (size_t s = 0; s < raw.size(); ++s) {
    DemotePluralDemonyms(folded[s], model_->gazetteer, &tags[s]);
    DemoteCalendarWords(folded[s], &tags[s]);
    AttachNameParticles(raw[s], folded[s], &tags[s]);
    JoinCoordinatedNameParts(raw[s], folded[s], model_->gazetteer, &tags[s]);
  }
  VoteMentionTypes(raw, folded, &tags);
  return tags;
}

void NerTagger::ApplyDocumentHints(const std::vector<std::vector<std::string_view>>& raw,
                                   const std::vector<std::vector<std::string_view>>& folded,
                                   std::vector<PreparedSentence>* prepared_sentences,
                                   std::vector<std::vector<int32_t>>* sum_sentences,
                                   std::vector<std::vector<int>>* tag_sentences, Scratch* scratch) const {
  std::vector<PreparedSentence>& prepared = *prepared_sentences;
  std::vector<std::vector<int>>& tags = *tag_sentences;
  std::vector<std::vector<uint8_t>> hints = DocumentHints(raw, folded, tags);
  for (size_t s = 0; s < raw.size(); ++s) {
    // A sentence without hints would get the same features, hence the same tags, again.
    if (std::all_of(hints[s].begin(), hints[s].end(), [](uint8_t h) { return h == kHintNone; })) continue;
    prepared[s].hints = std::move(hints[s]);
    AddHintWeights(prepared[s], &(*sum_sentences)[s], scratch);
    tags[s] = DecodeSums(prepared[s], (*sum_sentences)[s], scratch);
  }
}

std::vector<std::vector<std::string>> NerTagger::TagDocument(
    const std::vector<std::vector<std::string>>& sentences) const {
  std::vector<std::vector<std::string>> folded_store(sentences.size());
  std::vector<std::vector<std::string_view>> raw(sentences.size()), folded(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    for (const std::string& t : sentences[s]) folded_store[s].push_back(Fold(t));
    raw[s].assign(sentences[s].begin(), sentences[s].end());
    folded[s].assign(folded_store[s].begin(), folded_store[s].end());
  }
  std::vector<std::vector<std::string>> tags(sentences.size());
  std::vector<std::vector<int>> ids = TagDocumentIds(raw, folded);
  for (size_t s = 0; s < ids.size(); ++s) {
    for (int id : ids[s]) tags[s].emplace_back(NerOutputTagName(id));
  }
  return tags;
}

std::vector<std::string> NerTagger::TagTokens(const std::vector<std::string>& tokens) const {
  return TagDocument({tokens}).front();
}

// Mentions of one sentence. A person's title run (capitalized title words
// right before the name, or leading title words the model put inside the
// name) goes to Mention::title; a non-person mention that ends inside such a
// title ("Russian Foreign" of "Russian Foreign Minister Sergey Lavrov") is dropped,
// and a leading compound modifier ("Tripoli-based") is left out of a name.
void NerTagger::SentenceMentions(std::string_view text, const Span& sentence, const std::vector<Token>& tokens,
                                 const std::vector<int>& tag_ids, std::vector<Mention>* out) const {
  std::string_view stext = sentence.In(text);
  std::vector<std::string_view> folded;
  std::vector<bool> capitalized;
  folded.reserve(tokens.size());
  capitalized.reserve(tokens.size());
  for (const Token& t : tokens) {
    folded.push_back(t.norm);
    capitalized.push_back(t.capitalized);
  }
  struct Found {
    size_t title_begin, begin, end;
    std::string type;
  };
  std::vector<Found> found;
  std::vector<bool> in_title(tokens.size(), false);
  for (const TagSpan& s : SpansFromTagIds(tag_ids)) {
    if (s.type == "MISC") continue;
    Found f{s.begin, s.begin, s.end, s.type};
    if (f.end - f.begin > 1 && IsCompoundModifier(tokens[f.begin].span.In(stext))) f.title_begin = ++f.begin;
    if (s.type == "PER") {
      f.begin += titles_.LeadingTitleTokens(folded, s.begin, s.end);
      f.title_begin = std::min(titles_.TitleStartBefore(folded, capitalized, s.begin), s.begin);
      if (f.begin == s.begin && f.title_begin == s.begin) f.title_begin = f.begin;
      for (size_t i = f.title_begin; i < f.begin; ++i) in_title[i] = true;
    }
    found.push_back(std::move(f));
  }
  // A title word the tokenizer cut from its dot ("Adm" of "Rear Adm. Mary Landry").
  auto is_title_word = [&](size_t i) {
    return titles_.Contains(folded[i]) || IsBuiltinTitleWord(std::string(folded[i]) + ".");
  };
  for (const Found& f : found) {
    if (f.type != "PER" && in_title[f.end - 1]) continue;
    // A person mention that is titles alone names no one.
    if (f.type == "PER") {
      bool only_titles = true;
      for (size_t i = f.begin; i < f.end && only_titles; ++i) only_titles = is_title_word(i);
      if (only_titles) continue;
    }
    Mention m;
    m.span = {sentence.begin + tokens[f.begin].span.begin, sentence.begin + tokens[f.end - 1].span.end};
    m.text = WithoutBrackets(m.span.In(text));
    m.type = EntityTypeOfLabel(f.type);
    if (f.title_begin < f.begin) {
      Span title{tokens[f.title_begin].span.begin, tokens[f.begin - 1].span.end};
      m.title = std::string(title.In(stext));
    }
    out->push_back(std::move(m));
  }
}

std::vector<Mention> NerTagger::Tag(std::string_view text, const std::vector<Span>& sentences) const {
  std::vector<std::vector<Token>> tokens(sentences.size());
  std::vector<std::vector<std::string_view>> raw(sentences.size()), folded(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (sentences[s].end > text.size() || sentences[s].begin > sentences[s].end) continue;  // not of this text
    std::string_view stext = sentences[s].In(text);
    tokens[s] = Tokenize(stext);
    DropEditorialBrackets(&tokens[s]);
    raw[s].reserve(tokens[s].size());
    folded[s].reserve(tokens[s].size());
    for (const Token& t : tokens[s]) {
      raw[s].push_back(t.span.In(stext));
      folded[s].push_back(t.norm);
    }
  }
  std::vector<std::vector<int>> ids = TagDocumentIds(raw, folded);
  std::vector<Mention> mentions;
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (!tokens[s].empty()) SentenceMentions(text, sentences[s], tokens[s], ids[s], &mentions);
  }
  return mentions;
}

}  // namespace storyline
