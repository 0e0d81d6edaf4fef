// Bad and unusual inputs through the library API: every one ends in an
// error value or a correct report, never an exception, crash or hang.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "similarity/word_aligner.hpp"
#include "transdrift/transdrift.hpp"

using namespace transdrift;

namespace {

const Detector& detector() {
  static const Detector d = [] {
    Result<Detector> made = Detector::create(Options{});
    REQUIRE(made.ok());
    return std::move(made).value();
  }();
  return d;
}

Error run_error(std::string original, std::string retranslated) {
  Result<Report> r = detector().run(Input{std::move(original), "a.txt"}, Input{std::move(retranslated), "b.txt"});
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find('\n') == std::string::npos);
  return r.error();
}

std::string words_sentence(std::size_t bytes, unsigned seed, bool other_words = false) {
  static const char* kWords[] = {"state", "department", "digital", "solidarity", "technology", "partners",
                                 "security", "the", "of", "and", "government", "network", "coalition"};
  static const char* kOther[] = {"mountain", "river", "violin", "glacier", "harbor", "lantern", "meadow"};
  std::string out;
  unsigned x = seed;
  while (out.size() < bytes) {
    x = x * 1103515245u + 12345u;
    if (!out.empty()) out += ' ';
    out += other_words ? kOther[(x >> 16) % 7] : kWords[(x >> 16) % 13];
  }
  return out;
}

}  // namespace

TEST_CASE("empty and white-space inputs are kEmptyInput", "[robustness]") {
  const std::string ok = "The treaty was signed.";
  CHECK(run_error("", ok).code == ErrorCode::kEmptyInput);
  CHECK(run_error(ok, "").code == ErrorCode::kEmptyInput);
  CHECK(run_error(" \t\r\n\n  ", ok).code == ErrorCode::kEmptyInput);
  CHECK(run_error("\xEF\xBB\xBF", ok).code == ErrorCode::kEmptyInput);                // a BOM alone
  CHECK(run_error(ok, "\xC2\xA0\xE3\x80\x80\n\xE2\x80\xA8").code == ErrorCode::kEmptyInput);  // Unicode spaces
  const Error e = run_error(ok, "   ");
  CHECK(e.message.rfind("b.txt: ", 0) == 0);  // names the input
}

TEST_CASE("invalid UTF-8 is kInvalidUtf8 with the byte offset", "[robustness]") {
  const std::string ok = "The treaty was signed.";
  struct Case { std::string text; std::size_t offset; };
  for (const Case& c : {Case{"Hello\xFF world.", 5}, Case{"caf\xC3", 3}, Case{"ab\xC0\xAF", 2},
                        Case{"x\xED\xA0\x80", 1}, Case{"\xF4\x90\x80\x80", 0}, Case{"ok \x80", 3},
                        Case{std::string(100000, 'a') + "\xE2\x82", 100000}}) {
    const Error e = run_error(ok, c.text);
    CHECK(e.code == ErrorCode::kInvalidUtf8);
    REQUIRE(e.offset.has_value());
    CHECK(*e.offset == c.offset);
    CHECK(e.message.find("at byte " + std::to_string(c.offset)) != std::string::npos);
  }
}

TEST_CASE("NUL bytes and binary data are errors, not text", "[robustness]") {
  const std::string ok = "The treaty was signed.";
  const Error nul = run_error(std::string("abc\0def", 7), ok);
  CHECK(nul.code == ErrorCode::kBinaryInput);
  CHECK(nul.offset == std::size_t{3});
  const Error png = run_error(ok, std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  CHECK((png.code == ErrorCode::kInvalidUtf8 || png.code == ErrorCode::kBinaryInput));
  CHECK(png.offset == std::size_t{0});
  // ASCII-looking binary: the NUL decides.
  const Error elf = run_error(std::string("ELF\x01\x01\x01\0\0", 8), ok);
  CHECK(elf.code == ErrorCode::kBinaryInput);
}

TEST_CASE("BOM and CRLF: offsets count the bytes as given", "[robustness]") {
  const std::string o = "\xEF\xBB\xBFThe treaty was signed in 2024.\r\nForty nations joined it.\r\n";
  const std::string r = "The treaty was signed in 2023.\nForty nations joined it.\n";
  Result<Report> rep = detector().run(o, r);
  REQUIRE(rep.ok());
  REQUIRE(rep->original.sentences.size() == 2);
  CHECK(rep->original.slice(rep->original.sentences[0].span) == "The treaty was signed in 2024.");
  CHECK(rep->original.slice(rep->original.sentences[1].span) == "Forty nations joined it.");
  bool number = false;
  for (const Finding& f : rep->findings)
    if (f.check == Check::kNumber && rep->original.slice(f.original) == "2024" &&
        rep->retranslated.slice(f.retranslated) == "2023")
      number = true;
  CHECK(number);
}

TEST_CASE("other scripts: Japanese, Arabic, emoji, combining marks", "[robustness]") {
  const std::string text =
      "条約は2024年にジュネーブで署名された。 وُقِّعَت المعاهدة في جنيف. "
      "Forty nations 🌍🇺🇳 joined it 👩‍👩‍👧. Cafe\xCC\x81 re\xCC\x81sume\xCC\x81.";
  Result<Report> same = detector().run(text, text);
  REQUIRE(same.ok());
  CHECK(same->findings.empty());
  Result<Report> other = detector().run(text, "The treaty was signed in Geneva.");
  REQUIRE(other.ok());
  for (const Finding& f : other->findings) {
    CHECK(f.original.end <= text.size());
    // Spans never cut a UTF-8 character.
    if (!f.original.empty()) CHECK(validate_utf8(other->original.slice(f.original)).ok());
  }
}

TEST_CASE("a 1 MiB sentence without punctuation is compared in bounded time", "[robustness][slow]") {
  const auto start = std::chrono::steady_clock::now();
  Result<Report> rep = detector().run(words_sentence(1 << 20, 1), words_sentence(1 << 20, 2));
  REQUIRE(rep.ok());
  CHECK(rep->original.sentences.size() == 1);
  CHECK(rep->alignment.beads.size() == 1);
  Result<Report> unrelated = detector().run(words_sentence(1 << 20, 1), words_sentence(1 << 20, 3, true));
  REQUIRE(unrelated.ok());
  CHECK_FALSE(unrelated->findings.empty());
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 120);  // about 3 s in a Release build; minutes before the word-aligner cap
}

TEST_CASE("huge beads: the word aligner hashes and still links every shared word", "[robustness]") {
  const std::string a = words_sentence(20000, 1), b = words_sentence(20000, 1);
  Result<Document> da = parse_document(a), db = parse_document(b);
  REQUIRE(da.ok());
  REQUIRE(db.ok());
  const TokenRange ra{0, da->tokens.size()}, rb{0, db->tokens.size()};
  WordAlignerOptions hashed;
  hashed.max_pairwise_pairs = 0;
  const WordAlignment w = align_words(*da, ra, *db, rb, nullptr, hashed);
  CHECK(w.unaligned_original.empty());
  CHECK(w.unaligned_retranslated.empty());
  CHECK(w.links.size() == da->word_count);
  for (const WordLink& l : w.links) CHECK(da->tokens[l.original].norm == db->tokens[l.retranslated].norm);
}
