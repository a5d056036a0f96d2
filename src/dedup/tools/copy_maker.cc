#include "dedup/tools/copy_maker.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string_view>

#include "common/utf8.h"

namespace storyline::dedup {
namespace {

std::string Join(const std::vector<std::string>& lines, const char* sep) {
  std::string out;
  for (const std::string& l : lines) out += (out.empty() ? "" : sep) + l;
  return out;
}

std::vector<std::string> Words(const std::string& line) {
  std::vector<std::string> words;
  std::istringstream in(line);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

bool IsWordToken(const std::string& w) { return std::isalnum(static_cast<unsigned char>(w[0])) != 0; }

// Replacements an editor might make; both directions are used.
const std::vector<std::pair<std::string, std::string>>& Synonyms() {
  static const std::vector<std::pair<std::string, std::string>> s = {
      {"said", "stated"}, {"told", "informed"}, {"people", "persons"}, {"big", "large"},
      {"about", "around"}, {"began", "started"}, {"government", "administration"},
      {"killed", "left dead"}, {"however", "but"}, {"also", "as well"}, {"many", "numerous"},
      {"officials", "authorities"}, {"Tuesday", "on Tuesday"}, {"help", "assist"}, {"show", "indicate"}};
  return s;
}

}  // namespace

uint64_t Rng::Next() {
  uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::string_view t = TrimSpace(line);
    if (!t.empty()) lines.emplace_back(t);
  }
  return lines;
}

MadeCopy CopyMaker::Make(const std::string& original, const std::string& donor, const std::string& outlet) {
  Lines lines = SplitLines(original), donor_lines = SplitLines(donor);
  // A short donor would end up (almost) whole inside the copy, which would
  // then be a real copy of the donor too; only long donors lend lines.
  if (donor_lines.size() < kMinDonorLines) donor_lines.clear();
  double roll = rng_.Uniform();
  if (roll < options_.exact_share || lines.size() < 2) return Exact(lines);
  if (roll < options_.exact_share + options_.truncated_share && lines.size() >= 4) return Truncated(lines, outlet);
  return Rewrite(lines, donor_lines, outlet);
}

MadeCopy CopyMaker::Exact(const Lines& lines) {
  Lines out = lines;
  if (!out.empty()) {
    for (char& c : out[0]) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  std::string text = Join(out, rng_.Chance(0.5) ? "  " : "\n\n");
  // Typographic quotes instead of the treebank's `` and ''.
  for (size_t p; (p = text.find("``")) != std::string::npos;) text.replace(p, 2, "\xE2\x80\x9C");
  for (size_t p; (p = text.find("''")) != std::string::npos;) text.replace(p, 2, "\xE2\x80\x9D");
  return {text, "exact"};
}

MadeCopy CopyMaker::Truncated(const Lines& lines, const std::string& outlet) {
  double keep = 0.25 + 0.45 * rng_.Uniform();
  size_t n = std::max<size_t>(3, static_cast<size_t>(keep * lines.size()));
  Lines out(lines.begin(), lines.begin() + std::min(n, lines.size()));
  std::string recipe = "truncated";
  if (rng_.Chance(0.4)) { out.insert(out.begin(), Headline(lines)); recipe += ",headline"; }
  if (rng_.Chance(0.4)) { out.push_back(Boilerplate(outlet)); recipe += ",boiler"; }
  return {Join(out, "\n"), recipe};
}

MadeCopy CopyMaker::Rewrite(const Lines& lines, const Lines& donor, const std::string& outlet) {
  Lines body(lines.begin() + 1, lines.end());
  std::string recipe = "rewrite:";
  std::string lead = lines[0];
  if (rng_.Chance(0.6)) { lead = NewLead(lines, donor); recipe += "lead,"; }
  double drop = options_.max_drop * rng_.Uniform();
  size_t before = body.size();
  std::erase_if(body, [&](const std::string&) { return rng_.Chance(drop); });
  if (body.size() < before) recipe += "drop,";
  if (!donor.empty() && rng_.Chance(0.5)) {
    size_t added = 1 + rng_.Below(options_.max_added);
    for (size_t i = 0; i < added; ++i) body.insert(body.begin() + rng_.Below(body.size() + 1), donor[rng_.Below(donor.size())]);
    recipe += "add,";
  }
  if (rng_.Chance(0.3) && body.size() > 4) {
    body.resize(body.size() - static_cast<size_t>(body.size() * (0.1 + 0.3 * rng_.Uniform())));
    recipe += "cut,";
  }
  body.insert(body.begin(), lead);
  if (rng_.Chance(0.7)) { EditWords(&body, options_.max_word_edits * rng_.Uniform()); recipe += "edit,"; }
  if (rng_.Chance(0.6)) { body.insert(body.begin(), Headline(lines)); recipe += "headline,"; }
  if (rng_.Chance(0.6)) { body.push_back(Boilerplate(outlet)); recipe += "boiler,"; }
  recipe.pop_back();
  return {Join(body, "\n"), recipe};
}

// 5-10 leading words of the lead, title-cased: a headline of the outlet's own.
std::string CopyMaker::Headline(const Lines& lines) {
  std::vector<std::string> words = Words(lines[0]);
  std::erase_if(words, [](const std::string& w) { return !IsWordToken(w); });
  size_t n = std::min(words.size(), 5 + rng_.Below(6));
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    std::string w = words[i];
    w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
    out += (out.empty() ? "" : " ") + w;
  }
  return out;
}

// A line of another article, or the original lead cut by a third and rotated at a comma.
std::string CopyMaker::NewLead(const Lines& lines, const Lines& donor) {
  if (!donor.empty() && rng_.Chance(0.5)) return donor[1 + rng_.Below(donor.size() - 1)];
  std::vector<std::string> words = Words(lines[0]);
  std::erase_if(words, [&](const std::string&) { return rng_.Chance(0.3); });
  auto comma = std::find(words.begin(), words.end(), ",");
  if (comma != words.end()) std::rotate(words.begin(), comma + 1, words.end());
  return Join(words, " ");
}

void CopyMaker::EditWords(Lines* lines, double rate) {
  for (std::string& line : *lines) {
    std::vector<std::string> words = Words(line), out;
    for (const std::string& w : words) {
      if (!IsWordToken(w) || !rng_.Chance(rate)) { out.push_back(w); continue; }
      auto it = std::find_if(Synonyms().begin(), Synonyms().end(), [&](const auto& s) { return s.first == w; });
      size_t what = rng_.Below(3);
      if (it != Synonyms().end()) out.push_back(it->second);
      else if (what == 0) continue;                                   // deleted
      else if (what == 1) { out.push_back(w); out.push_back("also"); }  // inserted word
      else out.push_back(words[rng_.Below(words.size())]);            // substituted
    }
    line = Join(out, " ");
  }
}

std::string CopyMaker::Boilerplate(const std::string& outlet) {
  static const char* kLines[] = {
      "Copyright {} . All rights reserved . This material may not be published , broadcast , rewritten or redistributed .",
      "Read more news at {} and follow us on Twitter and Facebook .",
      "This story was first published by a wire service and edited by {} staff .",
      "( Reporting by staff writers ; editing by {} desk )",
      "Click here to subscribe to the {} daily newsletter ."};
  std::string line = kLines[rng_.Below(std::size(kLines))];
  line.replace(line.find("{}"), 2, outlet);
  return line;
}

}  // namespace storyline::dedup
