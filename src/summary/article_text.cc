#include "summary/article_text.h"

#include "text/sentences.h"

namespace storyline {

std::vector<Span> SentencesOf(const ArticleText& article) {
  if (!article.sentences.empty()) return article.sentences;
  return SplitSentences(article.text);
}

}  // namespace storyline
