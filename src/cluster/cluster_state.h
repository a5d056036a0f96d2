// The state behind EventClusterer: events, stories, the candidate index and
// the id tables. Split from the public header so the pieces (assignment,
// repair, output) can live in small files of their own.
//
// Not thread-safe.
#ifndef STORYLINE_CLUSTER_CLUSTER_STATE_H_
#define STORYLINE_CLUSTER_CLUSTER_STATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "cluster/article_vectorizer.h"
#include "cluster/candidate_index.h"
#include "cluster/event_clusterer.h"
#include "cluster/story_threader.h"

namespace storyline {

struct MemberState {
  std::string id;
  uint64_t outlet = 0;  // hash of the outlet name, 0 when unknown
  int64_t day = -1;
  std::string title;    // its headline, for the title of an event split off
  SparseVector vec;     // the member_features strongest features
  double norm = 0;      // L2 norm of vec
};

struct EventState {
  SparseVector centroid;             // sum of counted member vectors
  double norm = 0;                   // L2 norm of centroid
  uint32_t weight = 0;               // counted members (duplicates excluded)
  std::vector<MemberState> members;  // counted members, while active
  std::vector<std::string> articles; // every member id, duplicates included, arrival order
  std::string title;
  uint32_t story = 0;
  int64_t first_day = -1, last_day = -1;
  uint64_t last_seq = 0;
  bool active = true;
  bool used = false;  // false: a gap in the numbering, or merged away
};

class ClusterState {
 public:
  explicit ClusterState(ClusterOptions options);

  Assignment Add(const ArticleFeatures& article, const ChannelTerms& terms);
  void Restore(const ArticleFeatures& article, uint32_t event, uint32_t story);
  void LearnTerms(const ChannelTerms& terms) { vectorizer_.Vectorize(terms); }
  std::vector<std::pair<std::string, std::string>> Repair();
  std::vector<Event> Events() const;
  std::vector<Story> Stories() const;
  std::optional<Event> EventById(const std::string& id) const;
  std::optional<Story> StoryById(const std::string& id) const;
  bool HasStory(const std::string& id) const;
  size_t MemoryBytes() const;

 private:
  // Best eligible event for `v` other than `exclude` (0 = none), with its score.
  uint32_t BestEvent(const SparseVector& v, int64_t day, uint64_t outlet, uint32_t exclude,
                     double* score) const;
  // Average-link similarity with time decay; negative when not allowed.
  double EventScore(uint32_t event, const SparseVector& v, int64_t day, uint64_t outlet) const;
  bool Eligible(uint32_t event, int64_t day) const;
  bool PassesOutletGuard(const EventState& e, const SparseVector& v, double vnorm, uint64_t outlet) const;
  // Places a counted article: into `event`, or a new event when 0.
  Assignment Place(uint32_t event, MemberState member, const SparseVector& v, const std::string& title);
  uint32_t CreateEvent(uint32_t number, uint32_t story);
  // `to_story`: also count the article in its story (false when it only moves).
  void Join(uint32_t event, MemberState member, const SparseVector& v, bool to_story = true);
  void NoteArrival(int64_t day);
  void Evict();
  Assignment Describe(uint32_t event, bool new_event, bool new_story) const;
  // Events() and Stories() entries (cluster_output.cc); nullopt for a gap
  // or an event or story without members.
  std::optional<Event> EventOf(uint32_t number) const;
  std::optional<Story> StoryOf(uint32_t number) const;

  // Repair passes (repair.cc).
  void MergeInto(uint32_t into, uint32_t from, std::vector<std::pair<std::string, std::string>>* changes);
  void MergePass(std::vector<std::pair<std::string, std::string>>* changes);
  void SplitPass(std::vector<std::pair<std::string, std::string>>* changes);
  std::vector<uint32_t> Touched() const;
  void ReassignPass(std::vector<std::pair<std::string, std::string>>* changes);
  double OwnSimilarity(uint32_t event, size_t i) const;
  void MoveMember(uint32_t from, size_t i, uint32_t to,
                  std::vector<std::pair<std::string, std::string>>* changes);
  // Moves the members with side[i] to a new event of the same story.
  void SplitOff(uint32_t event, const std::vector<bool>& side,
                std::vector<std::pair<std::string, std::string>>* changes);

  EventState& At(uint32_t event) { return events_[event - 1]; }
  const EventState& Get(uint32_t event) const { return events_[event - 1]; }

  ClusterOptions options_;
  ArticleVectorizer vectorizer_;
  std::vector<EventState> events_;  // index = number - 1
  std::vector<uint32_t> active_;    // active event numbers
  CandidateIndex index_;
  StoryThreader stories_;
  std::unordered_map<std::string, uint32_t> article_event_;
  std::vector<uint32_t> touched_;  // events joined since the last Repair (repeats allowed)
  uint64_t seq_ = 0;          // arrivals so far
  int64_t latest_day_ = -1;   // latest publication day seen
};

// "e12" -> 12 for prefix 'e'; 0 when malformed.
uint32_t ParseNumberedId(const std::string& id, char prefix);
// 12 -> "e12" for prefix 'e'.
std::string NumberedId(char prefix, uint64_t number);

}  // namespace storyline

#endif  // STORYLINE_CLUSTER_CLUSTER_STATE_H_
