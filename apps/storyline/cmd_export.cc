// storyline export [--format json|jsonl|csv] : the store in the export
// contract of docs/export.md.
#include <fmt/core.h>

#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "store/export.h"

namespace storyline::cli {
namespace {

std::string CsvField(const nlohmann::json& v) {
  std::string s;
  if (v.is_null()) return "";
  if (v.is_string()) s = v.get<std::string>();
  else if (v.is_array()) {
    for (const auto& x : v) s += (s.empty() ? "" : ";") + (x.is_string() ? x.get<std::string>() : x.dump());
  } else s = v.dump();
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += (c == '"') ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

void WriteCsv(const nlohmann::json& doc, std::ostream& out) {
  static const char* kColumns[] = {"id", "outlet", "published", "title", "event", "story",
                                   "duplicate_of", "derived_from", "url"};
  for (size_t i = 0; i < std::size(kColumns); ++i) out << (i ? "," : "") << kColumns[i];
  out << "\n";
  for (const auto& a : doc["articles"]) {
    for (size_t i = 0; i < std::size(kColumns); ++i) out << (i ? "," : "") << CsvField(a.value(kColumns[i], nlohmann::json()));
    out << "\n";
  }
}

void WriteJsonl(const nlohmann::json& doc, std::ostream& out) {
  for (const char* section : {"articles", "events", "stories", "entities", "quotes", "dates"}) {
    std::string kind = section;
    kind.pop_back();  // "articles" -> "article"
    for (const auto& item : doc[section]) {
      nlohmann::json line = item;
      line["kind"] = kind;
      out << line.dump() << "\n";
    }
  }
}

}  // namespace

int RunExport(int argc, char** argv) {
  CLI::App app{"Write the store in the export contract (docs/export.md): json (one document), jsonl (one "
               "record a line, with a \"kind\" field) or csv (articles only).",
               "storyline export"};
  std::string db = kDefaultDb, format = "json", out_path;
  bool no_duplicates = false, text = false;
  AddDbOption(&app, &db);
  app.add_option("--format", format, "json, jsonl or csv")->check(CLI::IsMember({"json", "jsonl", "csv"}));
  app.add_option("-o,--out", out_path, "output file (default: standard output)");
  app.add_flag("--exclude-duplicates", no_duplicates, "leave out articles that copy another");
  app.add_flag("--text", text, "include each article's clean text");
  if (int rc = ParseArgs(&app, argc, argv); rc >= 0) return rc;
  auto store = OpenStoreForReading(db);
  if (!store) return kExitFatal;
  ExportOptions options;
  options.include_duplicates = !no_duplicates;
  options.include_text = text;
  auto doc = ExportDocument(store.get(), options);
  if (!doc.ok()) {
    fmt::print(stderr, "storyline export: {}\n", doc.status().ToString());
    return kExitFatal;
  }
  std::ofstream file;
  if (!out_path.empty()) {
    file.open(out_path);
    if (!file) {
      fmt::print(stderr, "storyline export: {}: cannot open for writing\n", out_path);
      return kExitFatal;
    }
  }
  std::ostream& out = out_path.empty() ? std::cout : file;
  if (format == "json") out << doc->dump(2) << "\n";
  else if (format == "jsonl") WriteJsonl(*doc, out);
  else WriteCsv(*doc, out);
  out.flush();
  return out ? kExitOk : kExitFatal;
}

}  // namespace storyline::cli
