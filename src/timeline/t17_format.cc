#include "timeline/t17_format.h"

#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

namespace storyline::timeline {
namespace {

constexpr std::string_view kSeparator = "--------------------------------";  // 32 '-'

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// Reads 1..max_digits digits at `pos`; false when there are none.
bool ReadNumber(const std::string& s, size_t& pos, size_t max_digits, int& value) {
  size_t start = pos;
  value = 0;
  while (pos < s.size() && pos - start < max_digits && std::isdigit(static_cast<unsigned char>(s[pos]))) {
    value = value * 10 + (s[pos++] - '0');
  }
  return pos > start;
}

// Python's strptime(line, "%Y-%m-%d") (4-digit year; 1-2 digit month and day;
// a real calendar date), normalized to YYYY-MM-DD.
bool ParseDateLine(const std::string& line, std::string& date) {
  size_t pos = 0;
  int y = 0, m = 0, d = 0;
  if (!ReadNumber(line, pos, 4, y) || pos != 4 || pos >= line.size() || line[pos++] != '-') return false;
  if (!ReadNumber(line, pos, 2, m) || pos >= line.size() || line[pos++] != '-') return false;
  if (!ReadNumber(line, pos, 2, d) || pos != line.size()) return false;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  long days = 0;
  if (!DateToDays(buf, days)) return false;
  date = buf;
  return true;
}

}  // namespace

Result<Timeline> ParseT17Timeline(const std::string& text, const std::string& source,
                                  const T17ReadOptions& options) {
  Timeline timeline;
  std::string date;
  std::vector<std::string> sentences;
  std::istringstream in(text);
  std::string raw;
  int line_no = 0;
  while (std::getline(in, raw)) {
    ++line_no;
    std::string line = Trim(raw);
    if (options.apply_tilse_fixes && line == "2011-04-0") line = "2011-04-02";
    const std::string where = source + ":" + std::to_string(line_no);
    if (line == kSeparator) {
      if (date.empty()) return Status::InvalidInput(where + ": entry without a date line");
      timeline.entries[date] = std::move(sentences);  // a repeated date keeps its last entry
      date.clear();
      sentences.clear();
    } else if (!ParseDateLine(line, date) && !line.empty()) {
      sentences.push_back(line);
    }
  }
  if (!date.empty() || !sentences.empty()) {
    return Status::InvalidInput(source + ": last entry has no closing separator line");
  }
  return timeline;
}

Result<Timeline> ReadT17Timeline(const std::string& path, const T17ReadOptions& options) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status::NotFound("cannot open timeline file " + path);
  std::ostringstream buf;
  buf << f.rdbuf();
  return ParseT17Timeline(buf.str(), path, options);
}

std::string WriteT17Timeline(const Timeline& timeline) {
  std::string out;
  for (const auto& [date, sentences] : timeline.entries) {
    out += date + '\n';
    for (std::string s : sentences) {
      for (char& c : s) {
        if (c == '\n' || c == '\r') c = ' ';
      }
      out += Trim(s) + '\n';
    }
    out += std::string(kSeparator) + '\n';
  }
  return out;
}

}  // namespace storyline::timeline
