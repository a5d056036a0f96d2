#include "entities/ner_model.h"

#include <cstring>

#include "entities/ner_io.h"

namespace storyline {
namespace {

constexpr std::string_view kMagic = "SLNER003";


}  // namespace

std::string NerModel::Serialize() const {
  std::string out(kMagic);
  PutPod(&out, hash_bits);
  PutPod(&out, scale);
  PutPod(&out, transitions);
  out.append(reinterpret_cast<const char*>(weights.data()), weights.size() * sizeof(int16_t));
  gazetteer.AppendTo(&out);
  PutPod(&out, static_cast<uint32_t>(titles.size()));
  for (const std::string& t : titles) {
    PutPod(&out, static_cast<uint16_t>(t.size()));
    out += t;
  }
  clusters.AppendTo(&out);
  return out;
}

Result<NerModel> NerModel::Parse(std::string_view data) {
  if (data.substr(0, kMagic.size()) != kMagic) return Status::Corruption("not a storyline NER model");
  data.remove_prefix(kMagic.size());
  NerModel m;
  if (!GetPod(&data, &m.hash_bits) || !GetPod(&data, &m.scale) || !GetPod(&data, &m.transitions) || m.hash_bits < 8 ||
      m.hash_bits > 24 || !(m.scale > 0)) {
    return Status::Corruption("bad NER model header");
  }
  size_t n = (size_t{1} << m.hash_bits) * kNerRowStride;
  if (data.size() < n * sizeof(int16_t)) return Status::Corruption("truncated NER weights");
  m.weights.resize(n);
  std::memcpy(m.weights.data(), data.data(), n * sizeof(int16_t));
  data.remove_prefix(n * sizeof(int16_t));
  Result<Gazetteer> gaz = Gazetteer::Parse(&data);
  if (!gaz.ok()) return gaz.status();
  m.gazetteer = std::move(*gaz);
  uint32_t count = 0;
  if (!GetPod(&data, &count)) return Status::Corruption("truncated NER titles");
  for (uint32_t i = 0; i < count; ++i) {
    uint16_t len = 0;
    if (!GetPod(&data, &len) || data.size() < len) return Status::Corruption("truncated NER title");
    m.titles.emplace_back(data.substr(0, len));
    data.remove_prefix(len);
  }
  Result<WordClusters> clusters = WordClusters::Parse(&data);
  if (!clusters.ok()) return clusters.status();
  m.clusters = std::move(*clusters);
  return m;
}

}  // namespace storyline
