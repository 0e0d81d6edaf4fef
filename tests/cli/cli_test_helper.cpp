// Test helper for the CLI tests: checks what `transdrift` wrote as JSON and
// writes the fixture CMake cannot, so the tests need nothing but CMake and
// this program (no Python or shell tools in CI).
//
//   cli_test_helper report FILE ORIGINAL RETRANSLATED [MIN_SEVERITY]
//     FILE is a transdrift.report/1 report of ORIGINAL and RETRANSLATED: the
//     keys are there, every span lies inside its input and its "text" is
//     exactly those bytes, summary counts match the findings, and no finding
//     is below MIN_SEVERITY.
//   cli_test_helper alignment FILE
//     FILE is an array of beads {"original": [ids], "retranslated": [ids], "score": x}.
//   cli_test_helper nul-file FILE
//     writes "abc", a NUL byte, "def" to FILE (CMake strings cannot hold NUL).
//
// Exit 0 if all holds; otherwise one line on stderr and exit 1.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

using Json = nlohmann::json;

namespace {

[[noreturn]] void fail(const std::string& why) {
  std::cerr << "cli_test_helper: " << why << '\n';
  std::exit(1);
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("cannot open " + path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

const Json& need(const Json& j, const char* key, const std::string& where) {
  if (!j.is_object() || !j.contains(key)) fail(where + ": missing \"" + key + "\"");
  return j.at(key);
}

void check_bead(const Json& b, const std::string& where) {
  if (!need(b, "original", where).is_array() || !need(b, "retranslated", where).is_array())
    fail(where + ": sentence ids must be arrays");
  if (!need(b, "score", where).is_number()) fail(where + ": score must be a number");
  if (b["original"].empty() && b["retranslated"].empty()) fail(where + ": empty bead");
}

void check_alignment(const Json& j) {
  if (!j.is_array()) fail("alignment is not an array");
  for (std::size_t i = 0; i < j.size(); ++i) check_bead(j[i], "bead " + std::to_string(i));
}

void check_side(const Json& side, const std::string& input, const std::string& where) {
  const std::size_t start = need(side, "start", where).get<std::size_t>();
  const std::size_t end = need(side, "end", where).get<std::size_t>();
  if (start > end || end > input.size()) fail(where + ": span outside the input");
  if (need(side, "text", where).get<std::string>() != input.substr(start, end - start))
    fail(where + ": text is not the bytes at its offsets");
}

void check_report(const Json& j, const std::string& original, const std::string& retranslated,
                  const std::string& min_severity) {
  if (need(j, "schema", "report") != "transdrift.report/1") fail("wrong schema");
  for (const char* key : {"version", "aligner", "scorer"})
    if (!need(j, key, "report").is_string()) fail(std::string(key) + " is not a string");
  const std::map<std::string, const std::string*> inputs{{"original", &original},
                                                        {"retranslated", &retranslated}};
  for (const auto& [name, text] : inputs) {
    const Json& doc = need(j, name.c_str(), "report");
    if (need(doc, "bytes", name).get<std::size_t>() != text->size()) fail(name + ": wrong byte count");
    for (const Json& s : need(doc, "sentences", name)) {
      const std::size_t start = need(s, "start", name).get<std::size_t>(), end = need(s, "end", name).get<std::size_t>();
      if (start > end || end > text->size()) fail(name + ": sentence outside the input");
    }
  }
  check_alignment(need(j, "alignment", "report"));

  const std::map<std::string, int> rank{{"minor", 0}, {"major", 1}, {"critical", 2}};
  const int min_rank = rank.at(min_severity);
  std::map<std::string, std::size_t> by_severity, by_category;
  const Json& findings = need(j, "findings", "report");
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Json& f = findings[i];
    const std::string where = "finding " + std::to_string(i);
    const std::string severity = need(f, "severity", where);
    const std::string category = need(f, "category", where);
    if (!rank.count(severity)) fail(where + ": unknown severity " + severity);
    if (category != "omission" && category != "addition" && category != "mistranslation")
      fail(where + ": unknown category " + category);
    if (rank.at(severity) < min_rank) fail(where + ": below the minimum severity");
    if (!need(f, "check", where).is_string() || !need(f, "explanation", where).is_string())
      fail(where + ": check and explanation must be strings");
    if (need(f, "bead", where).get<std::size_t>() >= j["alignment"].size()) fail(where + ": no such bead");
    check_side(need(f, "original", where), original, where + " original");
    check_side(need(f, "retranslated", where), retranslated, where + " retranslated");
    ++by_severity[severity];
    ++by_category[category];
  }
  const Json& summary = need(j, "summary", "report");
  if (need(summary, "findings", "summary").get<std::size_t>() != findings.size()) fail("summary.findings is off");
  for (const char* s : {"minor", "major", "critical"})
    if (need(need(summary, "by_severity", "summary"), s, "by_severity").get<std::size_t>() != by_severity[s])
      fail(std::string("summary.by_severity.") + s + " is off");
  for (const char* c : {"omission", "addition", "mistranslation"})
    if (need(need(summary, "by_category", "summary"), c, "by_category").get<std::size_t>() != by_category[c])
      fail(std::string("summary.by_category.") + c + " is off");
  for (const char* key : {"original_words", "drift_score", "similarity"})
    if (!need(summary, key, "summary").is_number()) fail(std::string("summary.") + key + " is not a number");
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  try {
    if (mode == "report" && (argc == 5 || argc == 6)) {
      check_report(Json::parse(read(argv[2])), read(argv[3]), read(argv[4]), argc == 6 ? argv[5] : "minor");
    } else if (mode == "alignment" && argc == 3) {
      check_alignment(Json::parse(read(argv[2])));
    } else if (mode == "nul-file" && argc == 3) {
      std::ofstream out(argv[2], std::ios::binary);
      out.write("abc\0def\n", 8);
      if (!out) fail(std::string("cannot write ") + argv[2]);
    } else {
      fail("usage: cli_test_helper report FILE ORIGINAL RETRANSLATED [MIN_SEVERITY] | alignment FILE | nul-file FILE");
    }
  } catch (const std::exception& e) {  // parse errors, wrong types
    fail(e.what());
  }
  return 0;
}
