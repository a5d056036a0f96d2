#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "common/utf8.h"

namespace storyline {
namespace {

const icu::Normalizer2* Nfd() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
  return U_SUCCESS(status) ? n : nullptr;
}

char32_t AsciiPunctuation(char32_t cp) {
  switch (cp) {
    case U'\u2018': case U'\u2019': case U'\u201A': case U'\u2032': return U'\'';
    case U'\u201C': case U'\u201D': case U'\u201E': case U'\u00AB': case U'\u00BB': return U'"';
    case U'\u2010': case U'\u2011': case U'\u2012': case U'\u2013': case U'\u2014': return U'-';
    case U'\u00A0': return U' ';
    default: return 0;
  }
}

}  // namespace

std::string NormalizeNfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (nfc->isNormalized(u, status) && U_SUCCESS(status)) return std::string(text);
  status = U_ZERO_ERROR;
  icu::UnicodeString n = nfc->normalize(u, status);
  std::string out;
  if (U_FAILURE(status)) return std::string(text);
  n.toUTF8String(out);
  return out;
}

bool StartsUpperCase(std::string_view text) {
  if (text.empty()) return false;
  unsigned char c = static_cast<unsigned char>(text[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  size_t pos = 0;
  return u_isupper(static_cast<UChar32>(DecodeUtf8(text, &pos)));
}

void AppendFolded(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    return;
  }
  if (char32_t p = AsciiPunctuation(cp)) { out->push_back(static_cast<char>(p)); return; }
  // Letters that do not decompose but have a common ASCII spelling.
  switch (cp) {
    case U'\u0131': out->push_back('i'); return;  // dotless i
    case U'\u00DF': out->append("ss"); return;
    case U'\u00F8': case U'\u00D8': out->push_back('o'); return;
    case U'\u0142': case U'\u0141': out->push_back('l'); return;
    case U'\u00E6': case U'\u00C6': out->append("ae"); return;
    case U'\u0111': case U'\u0110': out->push_back('d'); return;
    default: break;
  }
  char32_t lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
  static const icu::Normalizer2* nfd = Nfd();
  icu::UnicodeString decomposed;
  if (nfd != nullptr && nfd->getDecomposition(static_cast<UChar32>(lower), decomposed)) {
    for (int32_t i = 0; i < decomposed.length();) {
      UChar32 c = decomposed.char32At(i);
      i += U16_LENGTH(c);
      if (u_charType(c) == U_NON_SPACING_MARK) continue;
      AppendUtf8(static_cast<char32_t>(c), out);
    }
    return;
  }
  AppendUtf8(lower, out);
}

std::string Fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) AppendFolded(DecodeUtf8(text, &pos), &out);
  return out;
}

std::string NormalizeForHash(std::string_view text) {
  std::string folded = Fold(text);
  std::string out;
  out.reserve(folded.size());
  bool pending_space = false;
  for (size_t pos = 0; pos < folded.size();) {
    size_t start = pos;
    char32_t cp = DecodeUtf8(folded, &pos);
    if (u_isalnum(static_cast<UChar32>(cp))) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out.append(folded, start, pos - start);
    } else {
      pending_space = true;
    }
  }
  return out;
}

}  // namespace storyline
