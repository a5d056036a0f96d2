#include "entities/gazetteer_sources.h"

#include <cstring>
#include <iterator>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "entities/conll.h"
#include "entities/gazetteer.h"

namespace storyline {
namespace {

void AddIsoNames(const std::string& path, const char* key, uint8_t kinds, std::vector<GazetteerEntry>* out,
                 std::vector<std::string>* notes) {
  Result<std::string> text = ReadTextFile(path);
  if (!text.ok()) { notes->push_back(path + ": absent"); return; }
  size_t before = out->size();
  try {
    nlohmann::json doc = nlohmann::json::parse(*text);
    for (const auto& item : doc.at(key)) {
      for (const char* field : {"name", "official_name", "common_name"}) {
        if (!item.contains(field)) continue;
        std::string name = item[field].get<std::string>();
        out->push_back({UninvertName(name), kinds});
        if (name.find(',') != std::string::npos) out->push_back({name.substr(0, name.find(',')), kinds});
      }
    }
  } catch (const std::exception& e) {
    notes->push_back(path + ": unreadable (" + e.what() + ")");
    return;
  }
  notes->push_back(path + ": " + std::to_string(out->size() - before) + " names");
}

void AddIcuCountries(std::vector<GazetteerEntry>* out, std::vector<std::string>* notes) {
  size_t before = out->size();
  for (const char* const* cc = icu::Locale::getISOCountries(); *cc != nullptr; ++cc) {
    icu::UnicodeString display;
    icu::Locale("", *cc).getDisplayCountry(icu::Locale::getEnglish(), display);
    std::string name;
    display.toUTF8String(name);
    if (!name.empty() && name != *cc) out->push_back({UninvertName(name), kGazCountry});
  }
  notes->push_back("ICU/CLDR country display names: " + std::to_string(out->size() - before));
}

void AddZoneCities(const std::string& path, std::vector<GazetteerEntry>* out, std::vector<std::string>* notes) {
  Result<std::string> text = ReadTextFile(path);
  if (!text.ok()) { notes->push_back(path + ": absent"); return; }
  size_t before = out->size();
  std::istringstream in(*text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream cols(line);
    std::string codes, coords, zone;
    cols >> codes >> coords >> zone;
    std::string city = zone.substr(zone.rfind('/') + 1);
    for (char& c : city) c = c == '_' ? ' ' : c;
    if (!city.empty()) out->push_back({city, kGazCity});
  }
  notes->push_back(path + ": " + std::to_string(out->size() - before) + " cities");
}

void AddGeonames(const std::string& path, std::vector<GazetteerEntry>* out, std::vector<std::string>* notes) {
  Result<std::string> mo = ReadTextFile(path);
  if (!mo.ok()) { notes->push_back(path + ": absent (install libgeonames-common)"); return; }
  Result<std::vector<std::string>> names = ReadMoTranslations(*mo);
  if (!names.ok()) { notes->push_back(path + ": " + names.status().ToString()); return; }
  for (std::string& n : *names) {
    if (!n.empty()) out->push_back({std::move(n), kGazCity});
  }
  notes->push_back(path + ": " + std::to_string(names->size()) + " cities");
}

// Regions in the news that ISO 3166 leaves out (disputed, partly recognized or
// historical names); iso-codes lists e.g. Abkhazia and Crimea as subdivisions.
void AddTerritories(std::vector<GazetteerEntry>* out, std::vector<std::string>* notes) {
  static const char* const kTerritories[] = {
      "Nagorno-Karabakh", "Karabakh", "Artsakh", "Transnistria", "South Ossetia", "Kosovo", "Somaliland",
      "Northern Cyprus", "Gaza Strip", "Gaza", "West Bank", "Golan Heights", "Kashmir", "Donbas", "Donbass",
      "Kurdistan", "Darfur", "Tibet", "Chechnya", "Balkans", "Middle East", "Sahel", "Crimea", "Cyrenaica",
      "Tripolitania", "Fezzan"};
  for (const char* t : kTerritories) out->push_back({t, kGazRegion});
  notes->push_back("built-in territories: " + std::to_string(std::size(kTerritories)));
}

}  // namespace

std::string UninvertName(std::string_view name) {
  size_t comma = name.find(", ");
  if (comma == std::string_view::npos) return std::string(name);
  return std::string(name.substr(comma + 2)) + " " + std::string(name.substr(0, comma));
}

Result<std::vector<std::string>> ReadMoTranslations(std::string_view mo) {
  auto u32 = [&](size_t at) {
    uint32_t v = 0;
    std::memcpy(&v, mo.data() + at, 4);
    return v;
  };
  if (mo.size() < 28 || u32(0) != 0x950412deU) return Status::Corruption("not a little-endian .mo catalog");
  uint32_t count = u32(8), table = u32(16);
  if (table + static_cast<size_t>(count) * 8 > mo.size()) return Status::Corruption("truncated .mo catalog");
  std::vector<std::string> out;
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t len = u32(table + 8 * i), off = u32(table + 8 * i + 4);
    if (static_cast<size_t>(off) + len > mo.size()) return Status::Corruption("bad .mo string offset");
    out.emplace_back(mo.substr(off, len));
  }
  return out;
}

std::vector<GazetteerEntry> LoadSystemGazetteer(const GazetteerSourceOptions& options,
                                                std::vector<std::string>* notes) {
  std::vector<std::string> ignored;
  if (!notes) notes = &ignored;
  std::vector<GazetteerEntry> out;
  AddIsoNames(options.iso_codes_dir + "/iso_3166-1.json", "3166-1", kGazCountry, &out, notes);
  AddIcuCountries(&out, notes);
  AddIsoNames(options.iso_codes_dir + "/iso_3166-2.json", "3166-2", kGazRegion, &out, notes);
  AddZoneCities(options.zone_tab, &out, notes);
  AddGeonames(options.geonames_mo, &out, notes);
  AddTerritories(&out, notes);
  return out;
}

}  // namespace storyline
