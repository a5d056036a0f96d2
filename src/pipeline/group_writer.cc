#include "pipeline/group_writer.h"

#include <algorithm>
#include <functional>
#include <optional>

#include "common/parallel.h"

namespace storyline {
namespace {

// Members read from the store at once stay about this many (a slice holds at
// least one group, however large).
constexpr size_t kMaxSliceMembers = 1024;

// Calls fn(begin, end) on consecutive slices of the groups with these sizes.
Status ForEachSlice(const std::vector<size_t>& sizes, const std::function<Status(size_t, size_t)>& fn) {
  size_t begin = 0, members = 0;
  for (size_t i = 0; i < sizes.size(); ++i) {
    members += sizes[i];
    if (members < kMaxSliceMembers && i + 1 < sizes.size()) continue;
    STORYLINE_RETURN_IF_ERROR(fn(begin, i + 1));
    begin = i + 1;
    members = 0;
  }
  return Status::Ok();
}

// Group ids ("e12", "s3") in the order of their numbers, as the clusterer
// lists them: a shorter number comes first, then by digits.
std::vector<std::string> InNumberOrder(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  });
  return ids;
}

std::vector<std::string> InNumberOrder(const std::set<std::string>& ids) {
  return InNumberOrder(std::vector<std::string>(ids.begin(), ids.end()));
}

// At most `max` of `ids`, evenly spaced, in their order (all when fewer, or
// when max = 0).
std::vector<std::string> EvenlySpaced(std::vector<std::string> ids, size_t max) {
  if (max == 0 || ids.size() <= max) return ids;
  std::vector<std::string> out;
  out.reserve(max);
  for (size_t i = 0; i < max; ++i) out.push_back(std::move(ids[i * ids.size() / max]));
  return out;
}

// The members (in arrival order) an event is described from, at most `max`
// (0 = all): the newest max - max/2 of them, so that an article is described
// as it joins (an undated one borrows the event's year then), and max/2
// evenly spaced over the older ones.
std::vector<std::string> DescribedMembers(const std::vector<std::string>& ids, size_t max) {
  if (max == 0 || ids.size() <= max) return ids;
  auto first_newest = ids.end() - static_cast<long>(max - max / 2);
  std::vector<std::string> out;
  if (max / 2 > 0) out = EvenlySpaced(std::vector<std::string>(ids.begin(), first_newest), max / 2);
  out.insert(out.end(), first_newest, ids.end());
  return out;
}

size_t Capped(size_t n, size_t max) { return max == 0 ? n : std::min(n, max); }

Result<std::vector<StoredArticle>> LoadMembers(Store* store, const std::vector<std::string>& ids) {
  std::vector<StoredArticle> out;
  out.reserve(ids.size());
  for (const std::string& id : ids) {
    auto got = store->GetArticleForGrouping(id);
    if (!got.ok()) return got.status();
    if (got->has_value()) out.push_back(std::move(**got));
  }
  return out;
}

}  // namespace

Status GroupWriter::WriteEvents(const std::set<std::string>& event_ids, const std::vector<Entity>& entities,
                                std::set<std::string>* story_ids) {
  std::vector<Event> touched;
  std::vector<size_t> sizes;
  for (const std::string& id : InNumberOrder(event_ids)) {
    std::optional<Event> e = analyzer_->clusterer().EventById(id);
    if (!e) {
      STORYLINE_RETURN_IF_ERROR(store_->DeleteEvent(id));  // merged away by repair
      continue;
    }
    story_ids->insert(e->story);
    for (const std::string& article : e->articles) {
      STORYLINE_RETURN_IF_ERROR(store_->UpdateAssignment(article, e->id, e->story));
    }
    sizes.push_back(Capped(e->articles.size(), options_.max_event_members));
    touched.push_back(std::move(*e));
  }
  STORYLINE_RETURN_IF_ERROR(ForEachSlice(sizes, [&](size_t begin, size_t end) {
    return WriteEventSlice(touched, begin, end);
  }));
  for (const Entity& e : entities) STORYLINE_RETURN_IF_ERROR(store_->PutEntity(e));
  return Status::Ok();
}

Status GroupWriter::WriteEventSlice(const std::vector<Event>& events, size_t begin, size_t end) {
  std::vector<std::vector<StoredArticle>> members(end - begin);
  for (size_t k = 0; k < members.size(); ++k) {
    auto loaded = LoadMembers(store_, DescribedMembers(events[begin + k].articles, options_.max_event_members));
    if (!loaded.ok()) return loaded.status();
    members[k] = std::move(loaded).value();
  }
  std::vector<EventDescription> described(members.size());
  ParallelFor(members.size(), options_.threads, [&](size_t k) {
    described[k] = DescribeEvent(events[begin + k], &members[k], options_);
  });
  for (const EventDescription& d : described) {
    for (const StoredArticle* m : d.redated) {
      STORYLINE_RETURN_IF_ERROR(store_->ReplaceDates(m->article.id, m->dates));
    }
    dated_events_[d.event.id] = d.event.date;
    STORYLINE_RETURN_IF_ERROR(store_->PutEvent(d.event, d.summary));
  }
  return Status::Ok();
}

Status GroupWriter::WriteStories(const std::set<std::string>& story_ids) {
  std::vector<Story> touched;
  std::vector<std::vector<Event>> owned;  // each touched story's events, in id order
  std::vector<size_t> sizes;
  for (const std::string& id : InNumberOrder(story_ids)) {
    std::optional<Story> s = analyzer_->clusterer().StoryById(id);
    if (!s) continue;  // merged away: deleted below
    std::vector<Event>& events = owned.emplace_back();
    sizes.push_back(0);
    for (const std::string& event_id : InNumberOrder(s->events)) {
      std::optional<Event> e = analyzer_->clusterer().EventById(event_id);
      if (!e) continue;
      sizes.back() += e->articles.size();
      events.push_back(std::move(*e));
    }
    sizes.back() = Capped(sizes.back(), options_.max_story_members);
    touched.push_back(std::move(*s));
  }
  std::vector<std::vector<const Event*>> their_events(owned.size());
  for (size_t k = 0; k < owned.size(); ++k) {
    for (const Event& e : owned[k]) their_events[k].push_back(&e);
  }
  STORYLINE_RETURN_IF_ERROR(ForEachSlice(sizes, [&](size_t begin, size_t end) {
    return WriteStorySlice(touched, their_events, begin, end);
  }));
  auto stored = store_->StoryIds();
  if (!stored.ok()) return stored.status();
  for (const std::string& id : *stored) {
    if (!analyzer_->clusterer().HasStory(id)) STORYLINE_RETURN_IF_ERROR(store_->DeleteStory(id));
  }
  return Status::Ok();
}

Status GroupWriter::WriteStorySlice(const std::vector<Story>& stories,
                                    const std::vector<std::vector<const Event*>>& events, size_t begin,
                                    size_t end) {
  std::vector<std::vector<StoredArticle>> members(end - begin);
  for (size_t k = 0; k < members.size(); ++k) {
    std::vector<std::string> ids;  // event after event
    for (const Event* e : events[begin + k]) ids.insert(ids.end(), e->articles.begin(), e->articles.end());
    auto loaded = LoadMembers(store_, EvenlySpaced(std::move(ids), options_.max_story_members));
    if (!loaded.ok()) return loaded.status();
    members[k] = std::move(loaded).value();
  }
  std::vector<Story> described(members.size());
  ParallelFor(members.size(), options_.threads, [&](size_t k) {
    described[k] = DescribeStory(stories[begin + k], events[begin + k], members[k], dated_events_, options_);
  });
  for (const Story& s : described) STORYLINE_RETURN_IF_ERROR(store_->PutStory(s));
  return Status::Ok();
}

}  // namespace storyline
