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
//   cli_test_helper beads FILE ORIGINAL RETRANSLATED
//     FILE is `align --format beads` output for two one-sentence-per-line
//     inputs: parse_beads reads it, and the beads cover every line of both
//     inputs once, in order.
//   cli_test_helper bench FILE CONDITIONS ALIGNER|all
//     FILE is transdrift.bench-align/1 JSON with rows for CONDITIONS distinct
//     conditions, each with a row for ALIGNER (all: every aligner_names()),
//     scores in [0, 1] matching their counts, and per aligner a summary whose
//     pooled counts are the rows' sums and whose mean F1 is the rows' mean.
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

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "transdrift/align_eval.hpp"
#include "transdrift/aligner.hpp"

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
  for (const char* key : {"original_words", "mqm_score", "similarity"})
    if (!need(summary, key, "summary").is_number()) fail(std::string("summary.") + key + " is not a number");
  // top_findings: the first findings of the file, in order, at most 5.
  const Json& top = need(summary, "top_findings", "summary");
  if (!top.is_array() || top.size() != std::min<std::size_t>(5, findings.size())) fail("summary.top_findings is off");
  for (std::size_t i = 0; i < top.size(); ++i)
    if (top[i].value("finding", std::size_t{99}) != i ||
        top[i].value("explanation", std::string()) != findings[i].value("explanation", std::string()))
      fail("summary.top_findings[" + std::to_string(i) + "] is not findings[" + std::to_string(i) + "]");
}

// Lines of a file read one sentence per line (a last line without its
// newline counts; a final newline does not start another line).
std::size_t count_lines(const std::string& text) {
  const auto n = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  return n + (!text.empty() && text.back() != '\n' ? 1 : 0);
}

void check_side_coverage(const transdrift::Alignment& a, bool original, std::size_t lines, const std::string& name) {
  std::size_t next = 0;
  for (const transdrift::Bead& b : a.beads) {
    for (std::size_t id : original ? b.original : b.retranslated) {
      if (id != next) fail(name + ": expected sentence " + std::to_string(next) + ", got " + std::to_string(id));
      ++next;
    }
  }
  if (next != lines) fail(name + ": beads cover " + std::to_string(next) + " of " + std::to_string(lines) + " lines");
}

void check_beads(const std::string& text, const std::string& original, const std::string& retranslated) {
  auto parsed = transdrift::parse_beads(text);
  if (!parsed.ok()) fail("beads do not parse: " + parsed.error().message);
  if (parsed->beads.empty()) fail("no beads");
  for (const transdrift::Bead& b : parsed->beads)
    if (b.original.empty() && b.retranslated.empty()) fail("empty bead");
  check_side_coverage(*parsed, true, count_lines(original), "original");
  check_side_coverage(*parsed, false, count_lines(retranslated), "retranslated");
}

const char* const kScores[] = {"precision_strict", "recall_strict", "f1_strict",
                               "precision_lax",    "recall_lax",    "f1_lax"};
const char* const kCounts[] = {"precision_strict", "precision_lax", "predicted", "recall_strict", "recall_lax", "gold"};

bool near(double a, double b) { return std::fabs(a - b) < 1e-9; }

// Scores, counts, beads and seconds of a row or a pooled entry; the scores
// must be what score_counts makes of the counts.
transdrift::AlignCounts check_scored(const Json& j, const std::string& where) {
  for (const char* key : kScores) {
    const Json& v = need(j, key, where);
    if (!v.is_number() || v.get<double>() < 0 || v.get<double>() > 1) fail(where + ": " + key + " not in [0, 1]");
  }
  if (!need(j, "beads", where).is_number_unsigned()) fail(where + ": beads is not a count");
  if (!need(j, "documents", where).is_number_unsigned()) fail(where + ": documents is not a count");
  if (!need(j, "seconds", where).is_number() || j["seconds"].get<double>() < 0) fail(where + ": bad seconds");
  const Json& c = need(j, "counts", where);
  for (const char* key : kCounts)
    if (!need(c, key, where + ".counts").is_number_unsigned()) fail(where + ".counts." + key + " is not a count");
  transdrift::AlignCounts counts{c["precision_strict"], c["precision_lax"], c["predicted"],
                                 c["recall_strict"],    c["recall_lax"],    c["gold"]};
  const transdrift::AlignScores s = transdrift::score_counts(counts);
  const double expected[] = {s.precision_strict, s.recall_strict, s.f1_strict, s.precision_lax, s.recall_lax, s.f1_lax};
  for (std::size_t i = 0; i < std::size(kScores); ++i)
    if (!near(j[kScores[i]].get<double>(), expected[i])) fail(where + ": " + kScores[i] + " does not match the counts");
  return counts;
}

bool same_counts(const transdrift::AlignCounts& a, const transdrift::AlignCounts& b) {
  return a.precision_strict == b.precision_strict && a.precision_lax == b.precision_lax &&
         a.predicted == b.predicted && a.recall_strict == b.recall_strict && a.recall_lax == b.recall_lax &&
         a.gold == b.gold;
}

void check_summary(const Json& s, const std::vector<const Json*>& rows, std::size_t conditions) {
  const std::string where = "summary " + s.value("aligner", std::string("?"));
  if (need(s, "conditions", where).get<std::size_t>() != conditions) fail(where + ": wrong number of conditions");
  transdrift::AlignCounts sum;
  double strict = 0, lax = 0;
  for (const Json* row : rows) {
    sum += check_scored(*row, where + " row");
    strict += (*row)["f1_strict"].get<double>();
    lax += (*row)["f1_lax"].get<double>();
  }
  if (!same_counts(check_scored(need(s, "pooled", where), where + ".pooled"), sum))
    fail(where + ": pooled counts are not the sum of the rows");
  const auto n = static_cast<double>(rows.size());
  if (!near(need(s, "mean_f1_strict", where).get<double>(), strict / n)) fail(where + ": mean_f1_strict is off");
  if (!near(need(s, "mean_f1_lax", where).get<double>(), lax / n)) fail(where + ": mean_f1_lax is off");
}

void check_bench(const Json& j, std::size_t conditions, const std::string& aligner) {
  if (need(j, "schema", "bench") != "transdrift.bench-align/1") fail("wrong schema");
  const std::vector<std::string> aligners =
      aligner == "all" ? transdrift::aligner_names() : std::vector<std::string>{aligner};
  std::set<std::string> seen_conditions;
  std::map<std::string, std::vector<const Json*>> by_aligner;
  for (const Json& row : need(j, "rows", "bench")) {
    if (!need(row, "condition", "row").is_string() || !need(row, "aligner", "row").is_string())
      fail("row: condition and aligner must be strings");
    seen_conditions.insert(row["condition"].get<std::string>());
    by_aligner[row["aligner"].get<std::string>()].push_back(&row);
  }
  if (seen_conditions.size() != conditions)
    fail(std::to_string(seen_conditions.size()) + " conditions, expected " + std::to_string(conditions));
  if (by_aligner.size() != aligners.size()) fail("rows for other aligners than expected");
  const Json& summary = need(j, "summary", "bench");
  if (!summary.is_array() || summary.size() != aligners.size()) fail("summary: one entry per aligner expected");
  for (const std::string& name : aligners) {
    if (by_aligner[name].size() != conditions) fail(name + ": not one row per condition");
    auto it = std::find_if(summary.begin(), summary.end(), [&](const Json& s) { return s.value("aligner", "") == name; });
    if (it == summary.end()) fail("summary: no entry for " + name);
    check_summary(*it, by_aligner[name], conditions);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  try {
    if (mode == "report" && (argc == 5 || argc == 6)) {
      check_report(Json::parse(read(argv[2])), read(argv[3]), read(argv[4]), argc == 6 ? argv[5] : "minor");
    } else if (mode == "alignment" && argc == 3) {
      check_alignment(Json::parse(read(argv[2])));
    } else if (mode == "beads" && argc == 5) {
      check_beads(read(argv[2]), read(argv[3]), read(argv[4]));
    } else if (mode == "bench" && argc == 5) {
      check_bench(Json::parse(read(argv[2])), std::stoul(argv[3]), argv[4]);
    } else if (mode == "nul-file" && argc == 3) {
      std::ofstream out(argv[2], std::ios::binary);
      out.write("abc\0def\n", 8);
      if (!out) fail(std::string("cannot write ") + argv[2]);
    } else {
      fail("usage: cli_test_helper report FILE ORIGINAL RETRANSLATED [MIN_SEVERITY] | alignment FILE |"
           " beads FILE ORIGINAL RETRANSLATED | bench FILE CONDITIONS ALIGNER|all | nul-file FILE");
    }
  } catch (const std::exception& e) {  // parse errors, wrong types
    fail(e.what());
  }
  return 0;
}
