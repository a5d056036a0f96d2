// Place names from Debian packages, read at training time (the trained model
// carries the result, so tagging needs none of these files):
//   iso-codes  /usr/share/iso-codes/json/iso_3166-1.json (countries), iso_3166-2.json (subdivisions)
//   ICU/CLDR   English display names of every ISO country (icu::Locale::getDisplayCountry)
//   tzdata     /usr/share/zoneinfo/zone1970.tab city part of zone names ("America/New_York")
//   geonames   /usr/share/locale/en/LC_MESSAGES/geonames.mo (libgeonames-common): the English
//              names of the ~28,000 cities of its database are the translations in that catalog
//   built-in   disputed or partly recognized territories that ISO 3166 does not list
//              ("Nagorno-Karabakh", "Transnistria"), a short list in gazetteer_sources.cc
#ifndef STORYLINE_ENTITIES_GAZETTEER_SOURCES_H_
#define STORYLINE_ENTITIES_GAZETTEER_SOURCES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storyline/status.h"

namespace storyline {

struct GazetteerSourceOptions {
  std::string iso_codes_dir = "/usr/share/iso-codes/json";
  std::string zone_tab = "/usr/share/zoneinfo/zone1970.tab";
  std::string geonames_mo = "/usr/share/locale/en/LC_MESSAGES/geonames.mo";
};

struct GazetteerEntry {
  std::string text;  // as written ("Congo, The Democratic Republic of the")
  uint8_t kinds = 0;  // GazetteerKind bits
};

// Entries from every source that is present; `notes` (optional) gets one line
// per source with its count (or why it was skipped). Missing sources are not an error.
std::vector<GazetteerEntry> LoadSystemGazetteer(const GazetteerSourceOptions& options, std::vector<std::string>* notes);

// "Congo, The Democratic Republic of the" -> "The Democratic Republic of the Congo"; else unchanged.
std::string UninvertName(std::string_view name);

// msgstr strings of a GNU .mo catalog.
Result<std::vector<std::string>> ReadMoTranslations(std::string_view mo);

}  // namespace storyline

#endif  // STORYLINE_ENTITIES_GAZETTEER_SOURCES_H_
