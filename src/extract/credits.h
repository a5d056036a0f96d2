// Credit lines: short lines that name where an article or its picture comes
// from rather than report anything ("Based on materials from TASS", "Photo:
// Creative Commons", "The Associated Press contributed to this report.",
// "(Reporting by X; Editing by Y)", "© 2020 Example"). Matching is by known
// lead-in and tail phrases, case-insensitive, on lines of at most kMaxCreditWords
// (kMaxContributorWords for "... contributed to this report" and bracketed wire
// bylines such as "(Reporting by A and B; Editing by C)", which list names).
#ifndef STORYLINE_EXTRACT_CREDITS_H_
#define STORYLINE_EXTRACT_CREDITS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace storyline {

inline constexpr size_t kMaxCreditWords = 16;
inline constexpr size_t kMaxContributorWords = 64;

enum class CreditKind { kNone, kPhoto, kSource, kByline, kCopyright };

struct CreditLine {
  CreditKind kind = CreditKind::kNone;
  // For kSource: the credited names ("TASS"). Contributor lines ("X and Y
  // contributed to this report") credit only the news agencies they name.
  std::vector<std::string> sources;
};

CreditLine ClassifyCreditLine(std::string_view line);
// The same for a trimmed line whose word count is known (the hot path).
CreditLine ClassifyCreditLine(std::string_view trimmed_line, size_t words);

// The RemovedLine reason for a kind: "photo-credit", "source-credit", "byline", "copyright".
const char* CreditReason(CreditKind kind);

}  // namespace storyline

#endif  // STORYLINE_EXTRACT_CREDITS_H_
