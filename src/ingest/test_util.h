// Collects what a reader emits, for the ingest tests.
#ifndef STORYLINE_INGEST_TEST_UTIL_H_
#define STORYLINE_INGEST_TEST_UTIL_H_

#include <string>
#include <vector>

#include "ingest/reader.h"

namespace storyline {

struct Collected {
  std::vector<RawDocument> docs;
  std::vector<std::string> errors;

  DocumentSink Sink() {
    return [this](RawDocument&& d) { docs.push_back(std::move(d)); };
  }
  ErrorSink Errors() {
    return [this](const Status& s) { errors.push_back(s.message()); };
  }
};

}  // namespace storyline

#endif  // STORYLINE_INGEST_TEST_UTIL_H_
