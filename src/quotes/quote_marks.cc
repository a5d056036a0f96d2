#include "quotes/quote_marks.h"

#include <algorithm>
#include <optional>

#include "common/utf8.h"

namespace storyline {
namespace {

enum class Facing { kNone, kOpen, kClose, kEither };

struct Mark {
  size_t begin;
  size_t end;
  Facing facing;
};

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009 || c == 0x202F;
}

bool IsOpenContext(char32_t before) {
  return before == 0 || IsSpace(before) || before == '(' || before == '[' || before == '-' ||
         before == 0x2014 || before == 0x2013 || before == ':';
}

bool IsCloseContext(char32_t after) {
  return after == 0 || IsSpace(after) || after == ',' || after == '.' || after == ';' ||
         after == ':' || after == ')' || after == ']' || after == '?' || after == '!' ||
         after == 0x2014 || after == 0x2013 || after == '-';
}

char32_t Before(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  size_t start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return DecodeUtf8(text, &start);
}

char32_t After(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  return DecodeUtf8(text, &pos);
}

Facing FacingOf(char32_t cp, char32_t before, char32_t after) {
  bool open_ctx = IsOpenContext(before), close_ctx = IsCloseContext(after);
  if (IsSpace(before) && IsSpace(after)) return Facing::kNone;  // a stray mark used as a dash
  switch (cp) {
    case U'\u201E': case U'\u00AB': return Facing::kOpen;
    case U'\u201C': return close_ctx && !open_ctx ? Facing::kClose : Facing::kOpen;  // „German“
    case U'\u201D': case U'\u00BB': return close_ctx || !open_ctx ? Facing::kClose : Facing::kOpen;
    case U'"':
      if (open_ctx && !close_ctx) return Facing::kOpen;
      if (close_ctx && !open_ctx) return Facing::kClose;
      return Facing::kEither;
    default: return Facing::kNone;
  }
}

// The quotation mark that starts at byte `pos`, or 0; *len = its length in
// bytes. Only ASCII bytes and the lead bytes 0xC2/0xE2 can start one, and
// neither occurs inside another character's UTF-8 sequence, so the text can be
// scanned byte by byte.
char32_t QuoteMarkAt(std::string_view text, size_t pos, size_t* len) {
  const auto byte = [&](size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
  unsigned c = byte(pos);
  if (c == '"') return *len = 1, U'"';
  if (c == 0xC2 && (byte(pos + 1) == 0xAB || byte(pos + 1) == 0xBB)) {  // « »
    *len = 2;
    return byte(pos + 1) == 0xAB ? U'\u00AB' : U'\u00BB';
  }
  if (c == 0xE2 && byte(pos + 1) == 0x80 && byte(pos + 2) >= 0x9C && byte(pos + 2) <= 0x9E) {  // “ ” „
    *len = 3;
    return U'\u201C' + (byte(pos + 2) - 0x9C);
  }
  return 0;
}

std::vector<Mark> FindMarks(std::string_view text) {
  std::vector<Mark> marks;
  for (size_t pos = 0; pos < text.size();) {
    size_t start = pos;
    char c = text[pos];
    // Penn-Treebank marks in tokenized corpora: `` opens, '' closes.
    if ((c == '`' || c == '\'') && pos + 1 < text.size() && text[pos + 1] == c) {
      pos += 2;
      marks.push_back({start, pos, c == '`' ? Facing::kOpen : Facing::kClose});
      continue;
    }
    size_t len = 0;
    char32_t cp = QuoteMarkAt(text, pos, &len);
    if (cp == 0) {
      ++pos;
      continue;
    }
    pos += len;
    Facing f = FacingOf(cp, Before(text, start), After(text, pos));
    if (f != Facing::kNone) marks.push_back({start, pos, f});
  }
  return marks;
}

// Where the paragraph holding `pos` ends (its first newline), or npos.
size_t ParagraphEnd(std::string_view text, size_t from, size_t to) {
  size_t nl = text.find('\n', from);
  return nl < to ? nl : std::string_view::npos;
}

}  // namespace

std::vector<QuotedSpan> FindQuotedSpans(std::string_view text) {
  std::vector<Mark> marks = FindMarks(text);
  std::vector<QuotedSpan> out;
  std::optional<QuotedSpan> open;
  auto u32 = [](size_t x) { return static_cast<uint32_t>(x); };
  size_t cursor = 0;  // end of the last mark handled for the open quotation
  for (const Mark& m : marks) {
    if (open) {
      size_t para_end = ParagraphEnd(text, cursor, m.begin);
      if (para_end != std::string_view::npos) {
        // The quotation crossed a paragraph break: it goes on only if this
        // mark opens the next paragraph.
        size_t next = text.find_first_not_of(" \t\r\n", para_end);
        if (next == m.begin && m.facing != Facing::kClose) {
          open->breaks.push_back({u32(para_end), u32(m.end)});
          cursor = m.end;
          continue;
        }
        open.reset();
      }
    }
    if (open && (m.facing == Facing::kClose || m.facing == Facing::kEither)) {
      open->outer.end = u32(m.end);
      open->inner.end = u32(m.begin);
      if (!open->inner.empty()) out.push_back(*open);
      open.reset();
      continue;
    }
    if (m.facing == Facing::kOpen || m.facing == Facing::kEither) {
      open = QuotedSpan{{u32(m.begin), 0}, {u32(m.end), 0}, {}};
      cursor = m.end;
    }
  }
  return out;
}

std::string QuotedText(std::string_view text, const QuotedSpan& q) {
  std::string out;
  size_t pos = q.inner.begin;
  for (const Span& b : q.breaks) {
    out.append(text.substr(pos, b.begin - pos));
    out.push_back(' ');
    pos = b.end;
  }
  out.append(text.substr(pos, q.inner.end - pos));
  std::string_view trimmed = TrimSpace(out);
  if (!trimmed.empty() && trimmed.back() == ',') trimmed.remove_suffix(1);
  return std::string(trimmed);
}

bool InsideQuotation(Span s, const std::vector<QuotedSpan>& quotes) {
  return std::any_of(quotes.begin(), quotes.end(),
                     [&](const QuotedSpan& q) { return s.begin >= q.outer.begin && s.end <= q.outer.end; });
}

}  // namespace storyline
