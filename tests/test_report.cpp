// Report writers, on a Report built by hand: the writers must not depend on
// how the other stages segment or score, only on the Report's contract.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "transdrift/report.hpp"

using namespace transdrift;
using Json = nlohmann::json;

namespace {

Span find_span(const std::string& text, const std::string& needle) {
  const std::size_t at = text.find(needle);
  REQUIRE(at != std::string::npos);
  return Span{at, at + needle.size()};
}

// A Document with the given sentences (substrings of text, in order) and one
// word token per space-separated piece, so word alignments can name tokens.
Document make_document(std::string text, std::string path, const std::vector<std::string>& sentences) {
  Document doc;
  doc.text = std::move(text);
  doc.path = std::move(path);
  std::size_t from = 0;
  for (const std::string& s : sentences) {
    const std::size_t at = doc.text.find(s, from);
    REQUIRE(at != std::string::npos);
    Sentence sentence;
    sentence.id = doc.sentences.size();
    sentence.span = Span{at, at + s.size()};
    sentence.tokens.begin = doc.tokens.size();
    std::size_t i = at;
    while (i < sentence.span.end) {
      while (i < sentence.span.end && doc.text[i] == ' ') ++i;
      std::size_t j = i;
      while (j < sentence.span.end && doc.text[j] != ' ') ++j;
      if (j > i) {
        Token t;
        t.span = Span{i, j};
        t.sentence = sentence.id;
        doc.tokens.push_back(t);
        ++doc.word_count;
      }
      i = j;
    }
    sentence.tokens.end = doc.tokens.size();
    doc.sentences.push_back(sentence);
    from = sentence.span.end;
  }
  return doc;
}

std::size_t token_at(const Document& doc, const std::string& word) {
  const Span s = find_span(doc.text, word);
  for (std::size_t i = 0; i < doc.tokens.size(); ++i)
    if (doc.tokens[i].span.start <= s.start && s.start < doc.tokens[i].span.end) return i;
  FAIL("no token for " << word);
  return 0;
}

Report make_report() {
  Report r;
  r.version = "9.9.9";
  r.aligner = "lexical";
  r.scorer = "wordnet";
  r.original = make_document("The treaty is \u201Csui generis\u201D in law. It was signed in 2024.\n\nA third sentence here.\n",
                             "orig.txt",
                             {"The treaty is \u201Csui generis\u201D in law.", "It was signed in 2024.",
                              "A third sentence here."});
  r.retranslated = make_document("The treaty is \u201Cgeneral\u201D in law. It was signed in 2023.\n", "retr.txt",
                                 {"The treaty is \u201Cgeneral\u201D in law.", "It was signed in 2023."});
  r.alignment.beads = {Bead{{0}, {0}, 0.71, 0.83456}, Bead{{1}, {1}, 0.8, 0.4}, Bead{{2}, {}, 0.0, 0.9}};

  WordAlignment w0;
  w0.unaligned_original = {token_at(r.original, "generis")};
  w0.unaligned_retranslated = {token_at(r.retranslated, "general")};
  r.words = {w0, WordAlignment{}, WordAlignment{}};

  Finding quote;
  quote.category = Category::kMistranslation;
  quote.check = Check::kQuote;
  quote.severity = Severity::kCritical;
  quote.score = 0.91;
  quote.bead = 0;
  quote.original = find_span(r.original.text, "sui generis");
  quote.retranslated = find_span(r.retranslated.text, "general");
  quote.explanation = "words inside quotation marks changed";

  Finding number;
  number.category = Category::kMistranslation;
  number.check = Check::kNumber;
  number.severity = Severity::kMajor;
  number.score = 0.8;
  number.bead = 1;
  number.original = find_span(r.original.text, "2024");
  number.retranslated = find_span(r.retranslated.text, "2023");
  number.explanation = "the number changed";

  Finding omission;
  omission.category = Category::kOmission;
  omission.check = Check::kSentence;
  omission.severity = Severity::kMinor;
  omission.score = 0.6;
  omission.bead = 2;
  omission.original = r.original.sentences[2].span;
  const std::size_t end = r.retranslated.text.size();
  omission.retranslated = Span{end, end};
  omission.explanation = "sentence has no counterpart";

  r.findings = {quote, number, omission};
  r.summary.by_category = {{Category::kOmission, 1}, {Category::kAddition, 0}, {Category::kMistranslation, 2}};
  r.summary.by_severity = {{Severity::kMinor, 1}, {Severity::kMajor, 1}, {Severity::kCritical, 1}};
  r.summary.original_words = r.original.word_count;
  r.summary.mqm_score = 1234.5678;
  r.summary.similarity = 0.6666666;
  return r;
}

std::string write(const Report& report, std::string_view format, const WriterOptions& options = {}) {
  auto writer = make_report_writer(format, options);
  REQUIRE(writer.ok());
  std::ostringstream out;
  const Status s = (*writer)->write(report, out);
  INFO((s.ok() ? std::string() : s.error().message));
  REQUIRE(s.ok());
  return out.str();
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Code points of a well-formed UTF-8 string; -1 if it is not well-formed.
long code_points(const std::string& s) {
  long n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return -1;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return -1;
    i += len;
    ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("writer registry", "[report]") {
  const std::vector<std::string> names = report_writer_names();
  CHECK(names == std::vector<std::string>{"text", "json", "jsonl", "tsv", "html"});
  for (const std::string& n : names) {
    auto w = make_report_writer(n);
    REQUIRE(w.ok());
    CHECK((*w)->name() == n);
  }
  auto bad = make_report_writer("xml");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().code == ErrorCode::kInvalidArgument);
}

TEST_CASE("json report follows transdrift.report/1", "[report]") {
  const Report r = make_report();
  const Json j = Json::parse(write(r, "json"));

  CHECK(j["schema"] == "transdrift.report/1");
  CHECK(j["version"] == "9.9.9");
  CHECK(j["aligner"] == "lexical");
  CHECK(j["scorer"] == "wordnet");
  CHECK(j["original"]["path"] == "orig.txt");
  CHECK(j["original"]["bytes"] == r.original.text.size());
  REQUIRE(j["original"]["sentences"].size() == 3);
  CHECK(j["original"]["sentences"][1]["id"] == 1);
  CHECK(j["original"]["sentences"][1]["start"] == r.original.sentences[1].span.start);
  CHECK(j["original"]["sentences"][1]["end"] == r.original.sentences[1].span.end);
  CHECK(j["retranslated"]["sentences"].size() == 2);

  REQUIRE(j["alignment"].size() == 3);
  CHECK(j["alignment"][0]["original"] == Json::array({0}));
  CHECK(j["alignment"][2]["retranslated"] == Json::array());
  CHECK(j["alignment"][0]["score"] == 0.71);
  CHECK(j["alignment"][0]["drift"] == 0.8346);  // 4 decimals

  REQUIRE(j["findings"].size() == 3);
  const Json& f = j["findings"][0];
  CHECK(f["category"] == "mistranslation");
  CHECK(f["check"] == "quote");
  CHECK(f["severity"] == "critical");
  CHECK(f["bead"] == 0);
  CHECK(f["score"] == 0.91);
  CHECK(f["explanation"] == "words inside quotation marks changed");
  CHECK(j["findings"][2]["category"] == "omission");

  // Every span's text is exactly the bytes at its offsets.
  for (const Json& finding : j["findings"]) {
    for (const char* side : {"original", "retranslated"}) {
      const Document& doc = std::string(side) == "original" ? r.original : r.retranslated;
      const std::size_t start = finding[side]["start"], end = finding[side]["end"];
      CHECK(finding[side]["text"] == doc.text.substr(start, end - start));
    }
  }
  CHECK(j["findings"][0]["original"]["text"] == "sui generis");
  CHECK(j["findings"][2]["retranslated"]["text"] == "");

  const Json& s = j["summary"];
  CHECK(s["findings"] == 3);
  CHECK(s["by_category"] == Json({{"omission", 1}, {"addition", 0}, {"mistranslation", 2}, {"moved", 0}}));
  CHECK(s["by_severity"] == Json({{"minor", 1}, {"major", 1}, {"critical", 1}}));
  CHECK(s["original_words"] == r.original.word_count);
  CHECK(s["mqm_score"] == 1234.5678);
  CHECK(s["similarity"] == 0.6667);  // 4 decimals
  // The top findings: the first ones of "findings", pointing back at them.
  REQUIRE(s["top_findings"].size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(s["top_findings"][i]["finding"] == i);
    CHECK(s["top_findings"][i]["severity"] == j["findings"][i]["severity"]);
    CHECK(s["top_findings"][i]["explanation"] == j["findings"][i]["explanation"]);
  }
}

TEST_CASE("json severity filter leaves findings out and counts what it writes", "[report]") {
  WriterOptions o;
  o.min_severity = Severity::kMajor;
  const Json j = Json::parse(write(make_report(), "json", o));
  CHECK(j["min_severity"] == "major");
  REQUIRE(j["findings"].size() == 2);
  for (const Json& f : j["findings"]) CHECK(f["severity"] != "minor");
  CHECK(j["summary"]["findings"] == 2);
  CHECK(j["summary"]["by_severity"]["minor"] == 0);
  CHECK(j["summary"]["by_category"]["omission"] == 0);
  CHECK(j["summary"]["top_findings"].size() == 2);  // top of what was written
  CHECK(j["alignment"].size() == 3);  // beads are never filtered

  o.min_severity = Severity::kCritical;
  CHECK(Json::parse(write(make_report(), "json", o))["findings"].size() == 1);
}

TEST_CASE("json escapes and keeps non-ASCII text", "[report]") {
  Report r = make_report();
  r.findings[0].explanation = "said \"x\"\tand\\ \u00E9";
  const Json j = Json::parse(write(r, "json"));
  CHECK(j["findings"][0]["explanation"] == "said \"x\"\tand\\ \u00E9");
}

TEST_CASE("writers reject a report whose offsets are outside the input", "[report]") {
  Report r = make_report();
  r.findings[1].original = Span{5, r.original.text.size() + 1};
  for (const char* format : {"json", "text"}) {
    auto w = make_report_writer(format);
    REQUIRE(w.ok());
    std::ostringstream out;
    const Status s = (*w)->write(r, out);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::kInvalidArgument);
    CHECK(s.error().message.find("finding 1") != std::string::npos);
    CHECK(out.str().empty());
  }
  Report b = make_report();
  b.findings[0].bead = 7;
  auto w = make_report_writer("json");
  std::ostringstream out;
  CHECK_FALSE((*w)->write(b, out).ok());
}

TEST_CASE("text report shows header, every bead, findings and summary", "[report]") {
  const std::string t = write(make_report(), "text");
  INFO(t);
  CHECK(t.find("orig.txt") != std::string::npos);
  CHECK(t.find("retr.txt") != std::string::npos);
  CHECK(t.find("findings:     3 findings: 1 critical, 1 major, 1 minor\n") != std::string::npos);
  CHECK(t.find("mqm score:    1234.57") != std::string::npos);
  CHECK(t.find("similarity:   0.67") != std::string::npos);
  CHECK(t.find("[0] 1-1  score 0.71  drift 0.83") != std::string::npos);
  CHECK(t.find("[1] 1-1  score 0.80  drift 0.40") != std::string::npos);
  CHECK(t.find("[2] 1-0  no counterpart") != std::string::npos);
  CHECK(t.find("- It was signed in 2024.") != std::string::npos);
  CHECK(t.find("+ It was signed in 2023.") != std::string::npos);
  CHECK(t.find("  CRITICAL mistranslation/quote: \"sui generis\" -> \"general\" \u2014 words inside quotation marks changed") !=
        std::string::npos);
  CHECK(t.find("  MAJOR mistranslation/number: \"2024\" -> \"2023\"") != std::string::npos);
  CHECK(t.find("  MINOR omission/sentence: \"A third sentence here.\" -> (none)") != std::string::npos);
  CHECK(t.find("summary: 3 findings") != std::string::npos);
  // Beads come in order.
  CHECK(t.find("[0]") < t.find("[1]"));
  CHECK(t.find("[1]") < t.find("[2]"));
  // Words without a counterpart, git word-diff style.
  CHECK(t.find("[-generis\u201D-]") != std::string::npos);
  CHECK(t.find("{+\u201Cgeneral\u201D+}") != std::string::npos);
  // No color unless asked for.
  CHECK(t.find('\x1b') == std::string::npos);
}

TEST_CASE("text report: beads without findings are compact", "[report]") {
  Report r = make_report();
  r.findings.erase(r.findings.begin() + 1);  // bead 1 has no finding now
  const std::string t = write(r, "text");
  INFO(t);
  CHECK(t.find("[1] 1-1  score 0.80  drift 0.40\n- It was signed in 2024.\n+ It was signed in 2023.\n") != std::string::npos);

  WriterOptions o;
  o.min_severity = Severity::kMajor;
  const std::string filtered = write(make_report(), "text", o);
  INFO(filtered);
  CHECK(filtered.find("MINOR") == std::string::npos);
  CHECK(filtered.find("[2] 1-0  no counterpart") != std::string::npos);  // still shown, compact
  CHECK(filtered.find("(below major not shown)") != std::string::npos);
  CHECK(filtered.find("summary: 2 findings") != std::string::npos);
}

TEST_CASE("text report colors", "[report]") {
  WriterOptions o;
  o.color = true;
  const std::string t = write(make_report(), "text", o);
  CHECK(t.find("\x1b[1;31mCRITICAL\x1b[0m") != std::string::npos);
  CHECK(t.find("\x1b[31m- The treaty is \u201Csui\x1b[0m \x1b[1;4;31mgeneris\u201D\x1b[0m") != std::string::npos);
  CHECK(t.find("\x1b[32m+ It was signed in 2023.\x1b[0m") != std::string::npos);
  CHECK(t.find("[-") == std::string::npos);  // colors replace the brackets
}

TEST_CASE("text report wraps by code points and never splits a UTF-8 sequence", "[report]") {
  // Long words of two-, three- and four-byte characters: the wrapper must
  // hard-break them, and only between characters.
  auto repeat = [](const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
  };
  const std::string s1 = "\u00E9t\u00E9 " + repeat("x", 90) + " " + repeat("\u00E9", 70) + " " +
                         repeat("\u2014", 50) + " caf\u00E9 na\u00EFve " + repeat("\U0001F600", 30) +
                         " e\u0301e\u0301 " + repeat("\u4E2D", 30) + ".";
  Report r;
  r.version = "1";
  r.original = make_document(s1, "a", {s1});
  r.retranslated = make_document(s1, "b", {s1});
  r.alignment.beads = {Bead{{0}, {0}, 0.5}};
  Finding f;
  f.bead = 0;
  f.original = Span{0, s1.size()};
  f.retranslated = Span{0, s1.size()};
  f.explanation = "\u00FCber \u00FCber \u00FCber \u00FCber \u00FCber \u00FCber \u00FCber";
  r.findings = {f};

  WriterOptions o;
  o.width = 40;
  const std::string t = write(r, "text", o);
  INFO(t);
  CHECK(code_points(t) >= 0);  // the whole output is well-formed UTF-8
  std::size_t bead_lines = 0;
  for (const std::string& line : lines_of(t)) {
    REQUIRE(code_points(line) >= 0);  // every line on its own, too
    if (line.rfind("- ", 0) == 0 || line.rfind("+ ", 0) == 0 || line.rfind("  ", 0) == 0) {
      ++bead_lines;
      // Wide characters take two columns, so code points <= columns <= width.
      CHECK(static_cast<std::size_t>(code_points(line)) <= 40);
    }
  }
  CHECK(bead_lines > 20);
  CHECK(t.find("\n  " + repeat("\u4E2D", 19) + "\n") != std::string::npos);  // 38 of 38 columns
  CHECK(t.find("caf\u00E9 na\u00EFve") != std::string::npos);  // short words are not broken
}

TEST_CASE("text report neutralizes control characters from the input", "[report]") {
  Report r = make_report();
  const std::string evil = "Evil \x1b[2J text.";
  r.original = make_document("Evil \x1b[2J text.", "e", {evil});
  r.alignment.beads = {Bead{{0}, {0, 1}, 0.1}};
  r.words.clear();
  r.findings.clear();
  const std::string t = write(r, "text");
  CHECK(t.find('\x1b') == std::string::npos);
  CHECK(t.find("Evil \uFFFD[2J text.") != std::string::npos);
}

// Golden files: every writer's output for make_report(), checked by hand once
// (tests/golden/README.md) and asserted byte for byte since. After an
// intended change, regenerate with TRANSDRIFT_UPDATE_GOLDEN=1 and review the diff.
TEST_CASE("writers match their golden files", "[report][golden]") {
  Report r = make_report();
  r.signature = "transdrift:9.9.9|aligner:lexical|scorer:wordnet|wordnet:3.0|thresholds:pair=0.12";
  WordAlignment& w1 = r.words[1];
  w1.links = {WordLink{token_at(r.original, "It"), token_at(r.retranslated, "It was signed in 2023") , LinkKind::kExact, 1.0},
              WordLink{token_at(r.original, "signed"), token_at(r.retranslated, "signed"), LinkKind::kSynonym, 0.8}};
  w1.unaligned_original = {token_at(r.original, "2024")};
  w1.unaligned_retranslated = {token_at(r.retranslated, "2023")};
  WriterOptions plain;
  plain.width = 80;
  const std::vector<std::pair<std::string, std::string>> cases{
      {"text", "report.txt"}, {"json", "report.json"}, {"jsonl", "report.jsonl"},
      {"tsv", "report.tsv"},  {"html", "report.html"}};
  const std::string dir = std::string(TRANSDRIFT_SOURCE_DIR) + "/tests/golden/";
  const bool update = std::getenv("TRANSDRIFT_UPDATE_GOLDEN") != nullptr;
  for (const auto& [format, file] : cases) {
    INFO(format);
    const std::string got = write(r, format, plain);
    if (update) {
      std::ofstream(dir + file, std::ios::binary) << got;
      continue;
    }
    std::ifstream in(dir + file, std::ios::binary);
    REQUIRE(in);
    const std::string want((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(got == want);
  }
}

TEST_CASE("tsv: header row, one line per finding, tabs and line breaks escaped", "[report]") {
  Report r = make_report();
  r.findings[0].explanation = "a\tb\nc\\d";
  const std::vector<std::string> lines = lines_of(write(r, "tsv"));
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].starts_with("original_path\tretranslated_path\tbead\tseverity\tcategory\tcheck\tscore\t"));
  for (const std::string& l : lines) CHECK(std::count(l.begin(), l.end(), '\t') == 13);
  CHECK(lines[1].ends_with("\ta\\tb\\nc\\\\d"));
  CHECK(lines[1].starts_with("orig.txt\tretr.txt\t0\tcritical\tmistranslation\tquote\t0.9100\t"));
}

TEST_CASE("jsonl: one finding per line with both file names", "[report]") {
  const std::vector<std::string> lines = lines_of(write(make_report(), "jsonl"));
  REQUIRE(lines.size() == 3);
  for (const std::string& l : lines) {
    const Json j = Json::parse(l);
    CHECK(j["original_path"] == "orig.txt");
    CHECK(j["retranslated_path"] == "retr.txt");
    CHECK(j.contains("signature"));
  }
  CHECK(Json::parse(lines[0])["original"]["text"] == "sui generis");
}

TEST_CASE("html: self-contained, one row per bead, findings on their spans", "[report]") {
  const std::string html = write(make_report(), "html");
  CHECK(html.starts_with("<!DOCTYPE html>"));
  CHECK(html.find("http://") == std::string::npos);
  CHECK(html.find("https://") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  std::size_t rows = 0;
  for (std::size_t at = 0; (at = html.find("<tr id=\"bead-", at)) != std::string::npos; ++at) ++rows;
  CHECK(rows == 3);
  CHECK(html.find("class=\"r empty\"") != std::string::npos);  // the 1-0 bead
  CHECK(html.find("data-s=\"57-61\" class=\"hl major\" data-f=\"1\"") != std::string::npos);
}
