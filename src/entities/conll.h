// CoNLL-style column files for named entities: one token per line, columns
// separated by tabs (or spaces), a blank line between sentences, '#' comment
// lines ignored. The token is in one column and its BIO tag in another (the
// last by default), which covers CrossNER, WNUT, UNER (.iob2) and the files
// `storyline ner` writes. Documents are delimited by "-DOCSTART-" lines (CoNLL
// 2003) or "# newdoc" comments (CoNLL-U); a file with neither has one
// document per sentence.
#ifndef STORYLINE_ENTITIES_CONLL_H_
#define STORYLINE_ENTITIES_CONLL_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "storyline/status.h"

namespace storyline {

// One sentence: tokens and, when known, their tags (same length, or empty).
struct NerSentence {
  std::vector<std::string> tokens;
  std::vector<std::string> tags;
  // False when the source is known to leave some names in it unannotated;
  // their tags are then kUnknownNerTag ("?"), which the trainer lets take any
  // tag (training from partial annotation).
  bool fully_annotated = true;
  // First sentence of a document (the tagger's document memory stays within one).
  bool document_start = true;
};

struct ConllOptions {
  // Column of the token (0-based).
  int token_column = 0;
  // Column of the tag; negative counts from the end (-1 = last column).
  int tag_column = -1;
  // When false the file has tokens only (the tag column is not read).
  bool has_tags = true;
  // Map corpus labels onto PER/ORG/LOC (MapBioTags); when false tags are kept verbatim.
  bool map_labels = true;
  // With map_labels: keep other names as MISC (for training) instead of O.
  bool keep_misc = false;
};

// Parses `content`; `name` is used in error messages ("file:line: ...").
Result<std::vector<NerSentence>> ParseConll(std::string_view content, std::string_view name,
                                            const ConllOptions& options = {});
Result<std::vector<NerSentence>> ReadConllFile(const std::string& path, const ConllOptions& options = {});

// Writes token<TAB>tag lines, a blank line after each sentence, and a
// "-DOCSTART-" line before each document unless every sentence is one.
void WriteConll(const std::vector<NerSentence>& sentences, std::ostream& out);

// [begin, end) sentence ranges of the documents in `sentences`.
std::vector<std::pair<size_t, size_t>> DocumentRanges(const std::vector<NerSentence>& sentences);

// Reads a whole file (or stdin for "-").
Result<std::string> ReadTextFile(const std::string& path);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_CONLL_H_
