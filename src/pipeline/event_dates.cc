#include "pipeline/event_dates.h"

#include <algorithm>
#include <map>
#include <set>

#include "common/iso_date.h"

namespace storyline {
namespace {

bool IsDay(const std::string& v) {
  return v.size() == 10 && v[4] == '-' && v[7] == '-' && std::isdigit(static_cast<unsigned char>(v[9]));
}

// Publication dates of the members, sorted.
std::vector<std::string> PublishedDays(const std::vector<const StoredArticle*>& members) {
  std::vector<std::string> days;
  for (const StoredArticle* s : members) {
    if (s->article.published.known()) days.push_back(s->article.published.value);
  }
  std::sort(days.begin(), days.end());
  return days;
}

}  // namespace

std::string InferEventYear(const std::vector<const StoredArticle*>& members) {
  std::set<std::string> years;
  for (const std::string& d : PublishedDays(members)) years.insert(d.substr(0, 4));
  return years.size() == 1 ? *years.begin() : "";
}

EventDate DateEvent(const std::vector<const StoredArticle*>& members) {
  std::vector<std::string> published = PublishedDays(members);
  // Votes: each member counts a day once; a day must fall no later than the
  // last publication date and no earlier than a week before the first, so
  // background dates ("On January 19, a conference...") do not win.
  int64_t lo = published.empty() ? -1 : DayNumber(published.front()) - 7;
  int64_t hi = published.empty() ? -1 : DayNumber(published.back());
  std::map<std::string, int> votes;
  std::map<std::string, std::string> range_end;
  for (const StoredArticle* s : members) {
    std::set<std::string> seen;
    for (const DateMention& d : s->dates) {
      if (!d.resolved || !IsDay(d.value)) continue;
      int64_t day = DayNumber(d.value);
      if (hi >= 0 && (day > hi || day < lo)) continue;
      if (!seen.insert(d.value).second) continue;
      ++votes[d.value];
      if (IsDay(d.value_end)) range_end[d.value] = std::max(range_end[d.value], d.value_end);
    }
  }
  // A publication date counts as a vote for its own day.
  for (const std::string& p : published) ++votes[p];
  if (votes.empty()) return {};
  auto best = std::max_element(votes.begin(), votes.end(), [](const auto& a, const auto& b) {
    return a.second < b.second || (a.second == b.second && a.first > b.first);
  });
  EventDate out{best->first, ""};
  // A range that covers the winning day ("July 21-22" with "Wednesday" = the 22nd) dates the event.
  for (const auto& [begin, end] : range_end) {
    if (begin <= out.date && out.date <= end && votes[begin] > 0) return {begin, end};
  }
  return out;
}

}  // namespace storyline
