// WordNet lexicon: morphy and word relations against the installed WordNet 3.0
// (Debian's wordnet-base). The expected relations below are what WordNet 3.0
// itself records, checked by hand against the data files.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <unistd.h>

#include <catch2/catch.hpp>

#include "similarity/wordnet_cache.hpp"
#include "similarity/wordnet_db.hpp"
#include "transdrift/wordnet.hpp"

using transdrift::ErrorCode;
using transdrift::Pos;
using transdrift::WordNet;
using transdrift::WordRelation;

namespace {

// The shared database, or null (with a warning) when it is not installed.
std::shared_ptr<const WordNet> wordnet() {
  static const auto db = []() -> std::shared_ptr<const WordNet> {
    auto r = WordNet::open();
    return r ? *r : nullptr;
  }();
  return db;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// Replaces "{i}" in each record with `offsets[i]`.
std::vector<std::string> fill(std::vector<std::string> records, const std::vector<std::string>& offsets) {
  for (auto& r : records) {
    for (std::size_t i = 0; i < offsets.size(); ++i) {
      const std::string tag = "{" + std::to_string(i) + "}";
      for (auto p = r.find(tag); p != std::string::npos; p = r.find(tag)) r.replace(p, tag.size(), offsets[i]);
    }
  }
  return records;
}

// A data file: `header`, then `records` with "{i}" standing for the 8-digit
// byte offset of record i, the way data files name synsets. Offsets have a
// fixed width, so a first pass with zeros gives every record's final length.
std::string layout(const std::string& header, const std::vector<std::string>& records,
                   std::vector<std::string>& offsets) {
  offsets.assign(records.size(), "00000000");
  std::size_t at = header.size();
  std::size_t i = 0;
  for (const auto& r : fill(records, offsets)) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%08zu", at);
    offsets[i++] = buf;
    at += r.size() + 1;
  }
  std::string out = header;
  for (const auto& r : fill(records, offsets)) out += r + "\n";
  return out;
}

// A tiny hand-made database in a temporary directory, removed on destruction.
struct MiniWordNet {
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("transdrift-wn-" + std::to_string(::getpid()));
  MiniWordNet() {
    std::filesystem::create_directories(dir);
    const std::string header = "  1 A test database. WordNet 9.9 Copyright nobody.  \n";
    std::vector<std::string> n;  // noun offsets
    write("data.noun", layout(header,
                              {"{0} 05 n 02 cat 0 true_cat 0 001 @ {1} n 0000 | a cat",
                               "{1} 05 n 02 feline 0 felid 0 001 ~ {0} n 0000 | a feline",
                               "{2} 05 n 01 dog 0 000 | a dog"},
                              n));
    write("index.noun", header + "cat n 1 1 @ 1 0 " + n[0] + "  \ndog n 1 0 1 0 " + n[2] +
                            "  \nfelid n 1 1 ~ 1 0 " + n[1] + "  \nfeline n 1 1 ~ 1 0 " + n[1] +
                            "  \ntrue_cat n 1 1 @ 1 0 " + n[0] + "  \nzebra n 1 0 1 0 00000003  \n");
    std::vector<std::string> a;  // adjective offsets
    write("data.adj", layout(header,
                             {"{0} 00 a 01 hot 0 002 ! {1} a 0101 & {2} a 0000 | hot",
                              "{1} 00 a 01 cold 0 001 ! {0} a 0101 | cold",
                              "{2} 00 s 01 torrid 0 001 & {0} a 0000 | very hot"},
                             a));
    write("index.adj", header + "cold a 1 1 ! 1 0 " + a[1] + "  \nhot a 1 2 ! & 1 0 " + a[0] +
                           "  \ntorrid a 1 1 & 1 0 " + a[2] + "  \n");
    for (const char* f : {"data.verb", "index.verb", "data.adv", "index.adv"}) write(f, header);
    write("noun.exc", "catz cat\nmice mouse\n");
    write("adj.exc", "hotter hot\n");
    write("verb.exc", "x y\n");
    write("adv.exc", "x y\n");
  }
  ~MiniWordNet() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(dir / name, std::ios::binary) << text;
  }
};

}  // namespace

#define REQUIRE_WORDNET(wn)                                         \
  const auto wn = wordnet();                                        \
  if (!wn) {                                                        \
    WARN("WordNet data not found: install wordnet-base; skipping"); \
    return;                                                         \
  }

TEST_CASE("WordNet opens and reports its version", "[wordnet]") {
  REQUIRE_WORDNET(wn);
  CHECK(wn->version() == "3.0");
  CHECK(wn->contains("dog"));
  CHECK(wn->contains("ice cream"));
  CHECK(wn->contains("ice_cream"));
  CHECK(wn->contains("well-known"));
  CHECK_FALSE(wn->contains("transdrift"));
  CHECK_FALSE(wn->contains(""));
  // The first and last lemmas of an index are found by the binary search too.
  CHECK(wn->contains("'hood"));
  CHECK(wn->contains("zymurgy"));
}

TEST_CASE("WordNet open on a missing directory is kDataMissing", "[wordnet]") {
  const auto r = WordNet::open("/nonexistent/wordnet-dir");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::kDataMissing);
  CHECK(r.error().message ==
        "WordNet not found in /nonexistent/wordnet-dir: install wordnet-base or set WNSEARCHDIR");
}

TEST_CASE("WordNet reads a hand-made database", "[wordnet]") {
  const MiniWordNet mini;
  // From the text files and from the binary cache (kept inside the database
  // directory, so that it goes away with it).
  WordNet::Options options;
  options.dir = mini.dir.string();
  options.use_cache = GENERATE(false, true);
  options.cache_dir = (mini.dir / "cache").string();
  const auto r = WordNet::open(options);
  REQUIRE(r.ok());
  const auto& wn = *r;
  CHECK(wn->version() == "9.9");
  CHECK(wn->contains("true cat"));
  CHECK(wn->lemmas("cats") == std::vector<std::string>{"cat"});
  CHECK(wn->lemmas("catz") == std::vector<std::string>{"cat"});  // exception list
  CHECK(wn->lemmas("mice").empty());                              // exception base not in the index
  CHECK(wn->lemmas("hotter", Pos::kAdj) == std::vector<std::string>{"hot"});
  CHECK(wn->relation("cat", "true cat") == WordRelation::kSynonym);
  CHECK(wn->relation("cats", "felines") == WordRelation::kHypernym);
  CHECK(wn->relation("hot", "cold") == WordRelation::kAntonym);
  CHECK(wn->relation("torrid", "hot") == WordRelation::kSimilar);
  CHECK(wn->relation("torrid", "cold") == WordRelation::kAntonym);  // through the head "hot"
  CHECK(wn->relation("cat", "dog") == WordRelation::kNone);
  // "zebra" points into the middle of a record: ignored, not a crash.
  CHECK(wn->relation("zebra", "cat") == WordRelation::kNone);

  CHECK(wn->relatedness("cat", "true cat") == 1.0);
  CHECK(wn->relatedness("cats", "felines") > 0.5);   // direct hypernym
  CHECK(wn->relatedness("torrid", "hot") > 0.5);     // satellite of the head "hot"
  CHECK(wn->relatedness("cat", "dog") == 0.0);       // no common ancestor, no shared gloss word
  CHECK(wn->relatedness("zebra", "cat") == 0.0);

  CHECK(wn->lexicographer_file("cat") == 5);
  CHECK(wn->lexicographer_file("cats") == 5);   // through the lemma "cat"
  CHECK(wn->lexicographer_file("torrid") == 0);
  CHECK(wn->lexicographer_file("zebra") == -1);  // its synset offset names no record
  CHECK(wn->lexicographer_file("mouse") == -1);
}

TEST_CASE("WordNet open rejects a directory with missing or empty files", "[wordnet]") {
  const MiniWordNet mini;
  mini.write("data.verb", "");
  const auto r = WordNet::open(mini.dir.string());
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::kDataMissing);
}

TEST_CASE("WordNet lemmas follow morphy", "[wordnet]") {
  REQUIRE_WORDNET(wn);
  CHECK(has(wn->lemmas("policies"), "policy"));
  CHECK(has(wn->lemmas("went"), "go"));                  // verb.exc
  CHECK(has(wn->lemmas("better", Pos::kAdj), "good"));   // adj.exc
  CHECK(has(wn->lemmas("children"), "child"));           // noun.exc
  CHECK(has(wn->lemmas("moving"), "move"));              // ing -> e
  CHECK(has(wn->lemmas("breaking"), "break"));           // ing -> ""
  CHECK(has(wn->lemmas("determining"), "determine"));
  CHECK(has(wn->lemmas("lengthier", Pos::kAdj), "lengthy"));
  CHECK(wn->lemmas("went", Pos::kVerb).front() == "go");  // exception bases come first

  SECTION("identity is included when the word is itself a lemma") {
    CHECK(has(wn->lemmas("glasses"), "glasses"));
    CHECK(has(wn->lemmas("glasses"), "glass"));
    CHECK(has(wn->lemmas("dog"), "dog"));
  }
  SECTION("forms not in that part of speech's index are dropped") {
    CHECK(wn->lemmas("policies", Pos::kVerb).empty());
    CHECK(wn->lemmas("glass", Pos::kNoun) == std::vector<std::string>{"glass"});  // no "glas"
    CHECK(wn->lemmas("quickly", Pos::kAdv) == std::vector<std::string>{"quickly"});  // no adverb rules
    CHECK(wn->lemmas("transdrift").empty());
    CHECK(wn->lemmas("").empty());
  }
  SECTION("no duplicates across parts of speech") {
    const auto all = wn->lemmas("better");
    for (const auto& l : all) CHECK(std::count(all.begin(), all.end(), l) == 1);
    CHECK(has(all, "good"));
    CHECK(has(all, "better"));
  }
  SECTION("collocations with spaces or hyphens") {
    CHECK(has(wn->lemmas("attorneys general"), "attorney_general"));
    CHECK(has(wn->lemmas("looking for", Pos::kVerb), "look_for"));
    CHECK(has(wn->lemmas("ice-cream"), "ice_cream"));
    CHECK(has(wn->lemmas("well-known"), "well-known"));
    CHECK(wn->lemmas("action-oriented").empty());  // not in WordNet 3.0; must not fail
  }
}

TEST_CASE("WordNet relations between words", "[wordnet]") {
  REQUIRE_WORDNET(wn);
  CHECK(wn->relation("treaty", "treaty") == WordRelation::kLemma);
  CHECK(wn->relation("transdrift", "transdrift") == WordRelation::kLemma);  // identical, even unknown
  CHECK(wn->relation("policies", "policy") == WordRelation::kLemma);
  CHECK(wn->relation("went", "go") == WordRelation::kLemma);

  CHECK(wn->relation("obligation", "duty") == WordRelation::kSynonym);
  CHECK(wn->relation("choice", "option") == WordRelation::kSynonym);
  // offer's first sense has the direct hypernym {supply, provide, render,
  // furnish}. They also share a synset, but only at offer's 10th sense, past
  // the 8 senses per lemma that relation() considers.
  CHECK(wn->relation("provide", "offer") == WordRelation::kHypernym);
  // Adjective satellites of the head "long" / "modern": similar-to.
  CHECK(wn->relation("lengthy", "long") == WordRelation::kSimilar);
  CHECK(wn->relation("contemporary", "modern") == WordRelation::kSimilar);

  CHECK(wn->relation("increase", "decrease") == WordRelation::kAntonym);
  CHECK(wn->relation("decrease", "increase") == WordRelation::kAntonym);
  CHECK(wn->relation("good", "bad") == WordRelation::kAntonym);
  CHECK(wn->relation("increased", "decreasing") == WordRelation::kAntonym);  // through morphy
  // Indirect antonym: "lengthy" is a satellite of "long", antonym of "short".
  CHECK(wn->relation("lengthy", "short") == WordRelation::kAntonym);

  CHECK(wn->relation("dog", "canine") == WordRelation::kHypernym);
  CHECK(wn->relation("canine", "dog") == WordRelation::kHypernym);
  CHECK(wn->relation("dog", "animal") == WordRelation::kNone);  // not a direct hypernym

  CHECK(wn->relation("conflict", "drive") == WordRelation::kNone);
  CHECK(wn->relation("treaty", "banana") == WordRelation::kNone);
  CHECK(wn->relation("treaty", "transdrift") == WordRelation::kNone);
  CHECK(wn->relation("", "treaty") == WordRelation::kNone);
}

TEST_CASE("WordNet gloss words", "[wordnet]") {
  using namespace transdrift::wordnet_detail;
  CHECK(gloss_definition("exploit the power of; \"harness natural forces\"") == "exploit the power of; ");
  CHECK(gloss_definition("no examples") == "no examples");
  CHECK(gloss_stem("seizing") == "seiz");
  CHECK(gloss_stem("seize") == "seiz");
  CHECK(gloss_stem("seizes") == "seiz");
  CHECK(gloss_stem("responsibilities") == "responsibility");
  CHECK(gloss_stem("glass") == "glass");
  CHECK(gloss_stem("one's") == "one");
  CHECK(gloss_stopword("the"));
  CHECK(gloss_stopword("act"));  // "the act of ..."
  CHECK_FALSE(gloss_stopword("power"));

  std::vector<std::uint64_t> a;
  std::vector<std::uint64_t> b;
  add_content_words("The act of seizing power; by force", a);
  add_content_words("seizes_power", b);
  CHECK(a.size() == 3);  // seiz, power, forc
  REQUIRE(b.size() == 2);
  CHECK(std::count(a.begin(), a.end(), b[0]) == 1);
  CHECK(std::count(a.begin(), a.end(), b[1]) == 1);
}

TEST_CASE("WordNet relatedness grades paraphrases above unrelated words", "[wordnet]") {
  REQUIRE_WORDNET(wn);
  SECTION("the same word, lemma or synset is 1; unknown words are 0") {
    CHECK(wn->relatedness("treaty", "treaty") == 1.0);
    CHECK(wn->relatedness("policies", "policy") == 1.0);
    CHECK(wn->relatedness("obligation", "duty") == 1.0);
    CHECK(wn->relatedness("car", "automobile") == 1.0);
    CHECK(wn->relatedness("treaty", "transdrift") == 0.0);
    CHECK(wn->relatedness("", "treaty") == 0.0);
    CHECK(wn->relatedness("sui", "general") == 0.0);  // "sui" is only part of "sui generis"
  }
  SECTION("rewordings outrank changes of meaning") {
    CHECK(wn->relatedness("firms", "companies") > wn->relatedness("internet", "things"));
    CHECK(wn->relatedness("firm", "company") > wn->relatedness("treaty", "banana"));
    CHECK(wn->relatedness("govern", "manage") > wn->relatedness("conflict", "drive"));
    CHECK(wn->relatedness("battle", "spar") > wn->relatedness("keyboard", "philosophy"));
    CHECK(wn->relatedness("develop", "advance") > wn->relatedness("river", "election"));
    CHECK(wn->relatedness("dog", "cat") > wn->relatedness("dog", "philosophy"));
  }
  SECTION("calibrated scale") {
    // Clear cases on either side of the detector's bands (>= 0.6 rewording,
    // <= 0.35 change of meaning); WordNet 3.0 decides the borderline ones.
    for (const auto& [a, b] : std::vector<std::pair<std::string, std::string>>{
             {"firm", "company"}, {"battle", "spar"}, {"govern", "manage"}, {"develop", "advance"},
             {"instruct", "direct"}, {"point", "cite"}, {"lengthy", "long"}, {"contemporary", "modern"},
             {"national", "nation"}}) {
      INFO(a << " / " << b);
      CHECK(wn->relatedness(a, b) >= 0.6);
    }
    for (const auto& [a, b] : std::vector<std::pair<std::string, std::string>>{
             {"treaty", "banana"}, {"internet", "thing"}, {"keyboard", "philosophy"},
             {"river", "election"}, {"committed", "effort"}, {"computer", "river"}}) {
      INFO(a << " / " << b);
      CHECK(wn->relatedness(a, b) <= 0.35);
    }
  }
  SECTION("symmetric and within [0, 1]") {
    for (const auto& [a, b] : std::vector<std::pair<std::string, std::string>>{
             {"firm", "company"}, {"increase", "decrease"}, {"lengthy", "long"}, {"harness", "leverage"},
             {"crafting", "development"}, {"time", "thing"}, {"good", "bad"}, {"quickly", "rapid"},
             {"went", "going"}, {"ice cream", "dessert"}}) {
      INFO(a << " / " << b);
      const double ab = wn->relatedness(a, b);
      CHECK(ab == wn->relatedness(b, a));
      CHECK(ab >= 0.0);
      CHECK(ab <= 1.0);
    }
  }
}

TEST_CASE("WordNet relatedness is safe to call from several threads", "[wordnet]") {
  REQUIRE_WORDNET(shared);
  // A fresh database, so that the threads race to fill empty caches.
  const auto opened = WordNet::open();
  REQUIRE(opened.ok());
  const auto& wn = *opened;
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"firm", "company"}, {"internet", "thing"}, {"battle", "spar"}, {"treaty", "banana"},
      {"lengthy", "long"}, {"govern", "manage"}, {"committed", "effort"}, {"dog", "cat"}};
  std::vector<double> expected;
  for (const auto& [a, b] : pairs) expected.push_back(shared->relatedness(a, b));

  constexpr int kThreads = 4;
  constexpr int kRounds = 50;
  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kRounds; ++i) {
        // Each thread walks the pairs from a different start.
        const auto k = static_cast<std::size_t>(i + t) % pairs.size();
        if (wn->relatedness(pairs[k].first, pairs[k].second) != expected[k]) ++mismatches[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (const int m : mismatches) CHECK(m == 0);
}

TEST_CASE("WordNet relation names", "[wordnet]") {
  CHECK(transdrift::to_string(WordRelation::kNone) == "none");
  CHECK(transdrift::to_string(WordRelation::kLemma) == "lemma");
  CHECK(transdrift::to_string(WordRelation::kSynonym) == "synonym");
  CHECK(transdrift::to_string(WordRelation::kSimilar) == "similar");
  CHECK(transdrift::to_string(WordRelation::kHypernym) == "hypernym");
  CHECK(transdrift::to_string(WordRelation::kAntonym) == "antonym");
}

TEST_CASE("WordNet answers many relation calls, also from several threads", "[wordnet]") {
  REQUIRE_WORDNET(wn);
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"obligation", "duty"}, {"increase", "decrease"}, {"dog", "canine"},
      {"treaty", "banana"},   {"lengthy", "long"},      {"running", "run"},
      {"government", "state"}, {"agreement", "contract"}, {"the", "a"},
      {"children", "kids"}};
  std::vector<WordRelation> expected;
  for (const auto& [a, b] : pairs) expected.push_back(wn->relation(a, b));

  constexpr int kCalls = 10000;
  constexpr int kThreads = 4;
  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = t; i < kCalls; i += kThreads) {
        const auto k = static_cast<std::size_t>(i) % pairs.size();
        if (wn->relation(pairs[k].first, pairs[k].second) != expected[k]) ++mismatches[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (const int m : mismatches) CHECK(m == 0);
}

TEST_CASE("WordNet honours WNSEARCHDIR", "[wordnet]") {
  REQUIRE_WORDNET(wn);
  const char* old = std::getenv("WNSEARCHDIR");
  const std::string saved = old != nullptr ? old : "";
  ::setenv("WNSEARCHDIR", "/nonexistent/wn-env", 1);
  const auto r = WordNet::open();
  if (old != nullptr) {
    ::setenv("WNSEARCHDIR", saved.c_str(), 1);
  } else {
    ::unsetenv("WNSEARCHDIR");
  }
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::kDataMissing);
  CHECK(r.error().message.find("/nonexistent/wn-env") != std::string::npos);
}

// ------------------------------------------------------------ binary cache

namespace {

namespace fs = std::filesystem;
using transdrift::wordnet_detail::CacheOrigin;

// A fresh, empty directory under the temporary directory, removed on destruction.
struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& tag) {
    static int counter = 0;
    path = fs::temp_directory_path() /
           ("transdrift-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

WordNet::Options cached_options(const fs::path& db, const fs::path& cache_dir) {
  WordNet::Options o;
  o.dir = db.string();
  o.cache_dir = cache_dir.string();
  return o;
}

WordNet::Options text_options(const std::string& db = {}) {
  WordNet::Options o;
  o.dir = db;
  o.use_cache = false;
  return o;
}

// How the cache for `db` in `cache_dir` is obtained right now.
CacheOrigin cache_origin(const fs::path& db, const fs::path& cache_dir, const std::string& version) {
  using namespace transdrift::wordnet_detail;
  auto files = DatabaseFiles::map(db.string());
  REQUIRE(files.has_value());
  CacheOrigin origin{};
  const auto source = open_cache_source(db.string(), *files, version, cache_dir.string(), &origin);
  CHECK((source == nullptr) == (origin == CacheOrigin::kNotWritable));
  return origin;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void spit(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes; }

// Writes a cache image whose bytes were changed, with its checksum made to
// match, so that only the reader's bounds checks stand between it and a crash.
void spit_with_checksum(const fs::path& p, std::string bytes) {
  const auto sum = transdrift::wordnet_detail::cache_checksum(std::string_view(bytes).substr(32));
  std::memcpy(bytes.data() + 24, &sum, sizeof sum);
  spit(p, bytes);
}

// The one cache file in `dir`.
fs::path only_file(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
  REQUIRE(files.size() == 1);
  return files.front();
}

// The hand-made database's answers that its test above checks.
void check_mini_answers(const WordNet& wn) {
  CHECK(wn.version() == "9.9");
  CHECK(wn.contains("true cat"));
  CHECK(wn.lemmas("catz") == std::vector<std::string>{"cat"});
  CHECK(wn.lemmas("mice").empty());
  CHECK(wn.lemmas("hotter", Pos::kAdj) == std::vector<std::string>{"hot"});
  CHECK(wn.relation("cats", "felines") == WordRelation::kHypernym);
  CHECK(wn.relation("torrid", "cold") == WordRelation::kAntonym);
  CHECK(wn.relation("zebra", "cat") == WordRelation::kNone);
  CHECK(wn.relatedness("cats", "felines") > 0.5);
  CHECK(wn.relatedness("cat", "dog") == 0.0);
  CHECK(wn.lexicographer_file("cats") == 5);
  CHECK(wn.lexicographer_file("torrid") == 0);
}

// Distinct lower-case words of the corpus pair, in order of appearance, and
// the two token sequences.
struct CorpusWords {
  std::vector<std::string> distinct;
  std::vector<std::string> original;
  std::vector<std::string> retranslated;
};

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::string w;
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : ' ';
    if (letter(c) || (!w.empty() && (c == '\'' || c == '-'))) {
      w.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
    } else if (!w.empty()) {
      while (!w.empty() && (w.back() == '\'' || w.back() == '-')) w.pop_back();
      out.push_back(w);
      w.clear();
    }
  }
  return out;
}

CorpusWords corpus_words() {
  const std::string dir = std::string(TRANSDRIFT_SOURCE_DIR) + "/corpus/digital-solidarity/";
  CorpusWords c;
  c.original = words_of(slurp(dir + "original.txt"));
  c.retranslated = words_of(slurp(dir + "retranslated.txt"));
  for (const auto* seq : {&c.original, &c.retranslated}) {
    for (const auto& w : *seq) {
      if (std::find(c.distinct.begin(), c.distinct.end(), w) == c.distinct.end()) c.distinct.push_back(w);
    }
  }
  return c;
}

}  // namespace

TEST_CASE("WordNet cache answers exactly as the text files on the corpus pair", "[wordnet][cache]") {
  REQUIRE_WORDNET(shared);
  const auto corpus = corpus_words();
  REQUIRE(corpus.distinct.size() > 400);
  const TempDir cache("wncache");
  const auto text = WordNet::open(text_options());
  const auto cached = WordNet::open(cached_options({}, cache.path));
  REQUIRE(text.ok());
  REQUIRE(cached.ok());
  const WordNet& t = **text;
  const WordNet& c = **cached;
  CHECK(c.version() == t.version());

  // Words, adjacent word pairs as collocations ("digital solidarity"), and
  // a few forms that exercise the exception lists and the rules of detachment.
  std::vector<std::string> words = corpus.distinct;
  for (const auto* seq : {&corpus.original, &corpus.retranslated}) {
    for (std::size_t i = 0; i + 1 < seq->size(); ++i) words.push_back((*seq)[i] + " " + (*seq)[i + 1]);
  }
  for (const char* w : {"went", "children", "better", "attorneys general", "looking for", "ice-cream", "boxesful",
                        "'hood", "zymurgy", "", "  ", "UPPER Case", "a_b-c", "lengthier",
                        "man", "women", "guitar", "played", "run", "quickly", "red", "lead", "ban"}) {
    words.emplace_back(w);
  }
  std::size_t lemma_checks = 0;
  for (const auto& w : words) {
    INFO(w);
    REQUIRE(c.lemmas(w) == t.lemmas(w));
    for (const Pos p : {Pos::kNoun, Pos::kVerb, Pos::kAdj, Pos::kAdv}) REQUIRE(c.lemmas(w, p) == t.lemmas(w, p));
    REQUIRE(c.contains(w) == t.contains(w));
    REQUIRE(c.lexicographer_file(w) == t.lexicographer_file(w));
    REQUIRE(c.proper_noun(w) == t.proper_noun(w));
    lemma_checks += 8;
  }

  // Pairs as the word aligner meets them: each original word with the
  // retranslation's words near the same relative position, plus pairs of
  // distinct words drawn with a fixed linear congruential sequence.
  std::vector<std::pair<std::string, std::string>> pairs;
  const auto& o = corpus.original;
  const auto& r = corpus.retranslated;
  for (std::size_t i = 0; i < o.size(); ++i) {
    const auto at = static_cast<long>(i * r.size() / o.size());
    for (long d = -2; d <= 2; ++d) {
      if (at + d >= 0 && at + d < static_cast<long>(r.size())) pairs.emplace_back(o[i], r[static_cast<std::size_t>(at + d)]);
    }
  }
  std::uint64_t x = 20261126;
  const auto& dw = corpus.distinct;
  for (int k = 0; k < 1500; ++k) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    const auto i = static_cast<std::size_t>(x >> 33) % dw.size();
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    const auto j = static_cast<std::size_t>(x >> 33) % dw.size();
    pairs.emplace_back(dw[i], dw[j]);
  }
  REQUIRE(pairs.size() > 5000);
  std::size_t related = 0, parts = 0;
  for (const auto& [a, b] : pairs) {
    INFO(a << " / " << b);
    REQUIRE(c.relation(a, b) == t.relation(a, b));
    const double rc = c.relatedness(a, b);
    const double rt = t.relatedness(a, b);
    REQUIRE(std::memcmp(&rc, &rt, sizeof rc) == 0);  // bit for bit
    if (rt > 0 && rt < 1) ++related;
    const bool part = t.part_of(a, b);
    REQUIRE(c.part_of(a, b) == part);
    parts += part;
  }
  CHECK(parts > 0);  // so the comparison covers both answers
  CHECK(lemma_checks > 10000);
  CHECK(related > 1000);  // the comparison covers graded scores, not just 0 and 1

  // Most of those words are answered from the cache's stored word data
  // (format 7), so the comparison above covers it; the rest from the
  // lexicon's own computation.
  using namespace transdrift::wordnet_detail;
  const std::string dir = resolve_dir({});
  auto files = DatabaseFiles::map(dir);
  REQUIRE(files.has_value());
  const auto source = open_cache_source(dir, *files, t.version(), cache.path.string());
  REQUIRE(source != nullptr);
  std::size_t stored = 0, with_lemmas = 0;
  for (const auto& w : corpus.distinct) {
    if (t.lemmas(w).empty()) continue;
    ++with_lemmas;
    const auto rec = source->word_record(w);
    CHECK(reinterpret_cast<std::uintptr_t>(rec.data()) % 8 == 0);
    stored += !rec.empty();
  }
  INFO(stored << " of " << with_lemmas << " corpus words with lemmas are stored");
  CHECK(stored * 10 > with_lemmas * 7);
  CHECK(stored < with_lemmas);  // rarer words still take the computed path
  CHECK(source->word_record("zymurgy").empty());
  CHECK(source->word_record("not a key").empty());
  CHECK_FALSE(source->word_record("policies").empty());
}

TEST_CASE("WordNet sources read a synset's pointers alone as in the whole record", "[wordnet][cache]") {
  using namespace transdrift::wordnet_detail;
  REQUIRE_WORDNET(shared);
  const std::string dir = resolve_dir("");
  auto files = DatabaseFiles::map(dir);
  REQUIRE(files.has_value());
  const std::string version = header_version(files->data[0].bytes()).value_or("3.0");
  const TempDir cache("wncache");
  const auto cached = open_cache_source(dir, *files, version, cache.path.string());
  REQUIRE(cached != nullptr);
  const auto text = make_text_source(std::move(*files));

  // The senses of the corpus words and the synsets their pointers name.
  std::vector<SynsetId> ids;
  for (const auto& w : corpus_words().distinct) {
    for (const Pos p : {Pos::kNoun, Pos::kVerb, Pos::kAdj, Pos::kAdv}) {
      for (const auto off : text->senses(w, p)) {
        ids.push_back(SynsetId{p, off});
        if (const auto s = text->synset(ids.back())) {
          for (const auto& ptr : s->pointers) ids.push_back(ptr.target);
        }
      }
    }
  }
  REQUIRE(ids.size() > 5000);
  auto same = [](const Pointer& a, const Pointer& b) {
    return a.kind == b.kind && a.target == b.target && a.source_word == b.source_word &&
           a.target_word == b.target_word;
  };
  std::vector<Pointer> pointers;
  for (const auto* source : {text.get(), cached.get()}) {
    for (const auto id : ids) {
      const auto s = source->synset(id);
      REQUIRE(s.has_value());
      char type = '?';
      REQUIRE(source->synset_pointers(id, type, pointers));
      CHECK(type == s->type);
      REQUIRE(std::equal(pointers.begin(), pointers.end(), s->pointers.begin(), s->pointers.end(), same));
    }
    // No record there: false, and both outputs left as they were.
    char type = '?';
    pointers.assign(1, Pointer{});
    CHECK_FALSE(source->synset_pointers(SynsetId{Pos::kNoun, 1}, type, pointers));
    CHECK(type == '?');
    CHECK(pointers.size() == 1);
  }
}

TEST_CASE("WordNet collocation prefix set", "[wordnet]") {
  using namespace transdrift::wordnet_detail;
  std::vector<std::uint64_t> hashes;
  add_collocation_prefixes("dog", hashes);
  CHECK(hashes.empty());  // no separator: not a collocation
  add_collocation_prefixes("look_for", hashes);
  REQUIRE(hashes.size() == 2);
  add_collocation_prefixes("take_part_in_the", hashes);  // at most three segments deep
  REQUIRE(hashes.size() == 5);
  const auto start2 = collocation_prefix_start(2);
  CHECK(hashes[0] == collocation_prefix_next(start2, "look"));
  CHECK(hashes[1] == collocation_prefix_next(collocation_prefix_next(start2, "look"), "for"));
  // The separator does not count, the segment count and the boundaries do.
  std::vector<std::uint64_t> hyphen;
  add_collocation_prefixes("look-for", hyphen);
  CHECK(hyphen == std::vector<std::uint64_t>(hashes.begin(), hashes.begin() + 2));
  CHECK(collocation_prefix_next(collocation_prefix_next(start2, "lo"), "okfor") != hashes[1]);
  CHECK(collocation_prefix_start(3) != start2);

  const auto table = collocation_prefix_table(hashes);
  CHECK(table.size() >= 8);
  CHECK((table.size() & (table.size() - 1)) == 0);
  auto in = [&](std::uint64_t h) {
    return collocation_prefix_lookup([&](std::size_t i) { return table[i]; }, table.size(), h);
  };
  for (const auto h : hashes) CHECK(in(h));
  CHECK_FALSE(in(collocation_prefix_next(start2, "dog")));
  // A hash of 0 is stored as 1: still found.
  const auto zero = collocation_prefix_table({0, 7});
  CHECK(collocation_prefix_lookup([&](std::size_t i) { return zero[i]; }, zero.size(), 0));
  // A full table ends the search after one pass.
  const std::vector<std::uint64_t> full(8, 5);
  CHECK_FALSE(collocation_prefix_lookup([&](std::size_t i) { return full[i]; }, full.size(), 6));
}

// Runs the rest of the test case twice, with `wn` the system WordNet read
// from its text files and then from a fresh binary cache; skips without WordNet.
#define OPEN_EACH_SOURCE(wn)                                                                     \
  REQUIRE_WORDNET(shared);                                                                       \
  const TempDir cache_dir("wncache");                                                            \
  const bool use_cache = GENERATE(false, true);                                                  \
  INFO("use_cache " << use_cache);                                                               \
  const auto opened = WordNet::open(use_cache ? cached_options({}, cache_dir.path) : text_options()); \
  REQUIRE(opened.ok());                                                                          \
  const WordNet& wn = **opened

TEST_CASE("WordNet collocations are found past the prefix filter, from the text files and from the cache",
          "[wordnet][cache]") {
  OPEN_EACH_SOURCE(wn);
  // Every multiword lemma of the index (every 5th, to keep the test quick),
  // written with spaces, has itself as a lemma.
  const char* dir = std::getenv("WNSEARCHDIR");
  const std::string db = dir != nullptr && *dir != '\0' ? dir : "/usr/share/wordnet";
  std::size_t checked = 0;
  for (const char* pos : {"noun", "verb", "adj", "adv"}) {
    std::ifstream in(db + "/index." + pos);
    std::size_t n = 0;
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("  ", 0) == 0) continue;
      const auto lemma = line.substr(0, line.find(' '));
      if (lemma.find_first_of("_-") == std::string::npos || n++ % 5 != 0) continue;
      std::string spaced = lemma;
      std::replace(spaced.begin(), spaced.end(), '_', ' ');
      INFO(spaced);
      REQUIRE(has(wn.lemmas(spaced), lemma));
      ++checked;
    }
  }
  CHECK(checked > 10000);
  // Inflected collocations, through the exception lists and the rules.
  CHECK(has(wn.lemmas("attorneys general"), "attorney_general"));
  CHECK(has(wn.lemmas("gave up"), "give_up"));
  CHECK(has(wn.lemmas("looking for"), "look_for"));
  CHECK(has(wn.lemmas("took part"), "take_part"));
  CHECK(has(wn.lemmas("took place"), "take_place"));
  CHECK(has(wn.lemmas("martial arts"), "martial_art"));
  CHECK(has(wn.lemmas("brothers-in-law"), "brother-in-law"));
  // Runs that no collocation starts with.
  CHECK(wn.lemmas("on the beach").empty());
  CHECK(wn.lemmas("dog racing down").empty());
  CHECK(wn.lemmas("the cat").empty());
}

TEST_CASE("WordNet lexicographer files, from the text files and from the cache", "[wordnet][cache]") {
  OPEN_EACH_SOURCE(wn);
  // lexnames(5WN): 2 adj.pert, 6 noun.artifact, 7 noun.attribute, 18
  // noun.person, 33 verb.competition, 38 verb.motion, 41 verb.social,
  // 44 adj.ppl.
  CHECK(wn.lexicographer_file("man") == 18);
  CHECK(wn.lexicographer_file("woman") == 18);
  CHECK(wn.lexicographer_file("guitar") == 6);
  CHECK(wn.lexicographer_file("play") == 33);    // verb: 21 tagged senses against the noun's 8
  CHECK(wn.lexicographer_file("run") == 38);
  CHECK(wn.lexicographer_file("quickly") == 2);
  CHECK(wn.lexicographer_file("red") == 7);      // noun and adjective tie at 3: the noun wins
  CHECK(wn.lexicographer_file("lead") == 38);
  CHECK(wn.lexicographer_file("ban") == 41);
  CHECK(wn.lexicographer_file("Guitar") == 6);   // lower-cased like lemmas()
  CHECK(wn.lexicographer_file("women") == 18);   // not a lemma itself: through "woman"
  CHECK(wn.lexicographer_file("played") == 44);  // a lemma itself (adj.ppl), so not through "play"
  CHECK(wn.lexicographer_file("xqzzy") == -1);
  CHECK(wn.lexicographer_file("") == -1);
  CHECK(wn.lexicographer_file("  ") == -1);
}

TEST_CASE("WordNet part_of: holonyms, instances and pertainyms, from the text files and from the cache",
          "[wordnet][cache]") {
  OPEN_EACH_SOURCE(wn);
  CHECK(wn.part_of("beijing", "china"));            // #p: part of the People's Republic
  CHECK(wn.part_of("Beijing", "Chinese"));          // "Chinese" pertains to (a sense of) "China"
  CHECK(wn.part_of("washington", "government"));    // @i federal government, @ government
  CHECK(wn.part_of("paris", "french"));
  CHECK(wn.part_of("moscow", "russia"));
  CHECK_FALSE(wn.part_of("washington", "moscow"));  // two capitals: neither is part of the other
  CHECK_FALSE(wn.part_of("beijing", "japanese"));
  CHECK_FALSE(wn.part_of("china", "beijing"));      // one way: the whole is not part of its part
  CHECK_FALSE(wn.part_of("dog", "cat"));
  CHECK_FALSE(wn.part_of("xqzzy", "china"));
  CHECK_FALSE(wn.part_of("", "china"));
  // The relations relation() reports are unchanged by the holonym pointers.
  CHECK(wn.relation("beijing", "china") == WordRelation::kNone);
}

TEST_CASE("WordNet proper_noun: capitalized in the first sense, from the text files and from the cache",
          "[wordnet][cache]") {
  OPEN_EACH_SOURCE(wn);
  for (const char* w : {"france", "France", "germany", "britain", "china", "paris", "washington", "jordan"}) {
    INFO(w);
    CHECK(wn.proper_noun(w));
  }
  // A common noun first ("turkey" the bird, "reading" the act) or most
  // senses common ("rebel": a Confederate soldier, then two), another part
  // of speech first ("nice", "march"), or a word WordNet does not know.
  for (const char* w : {"turkey", "rebels", "congress", "reading", "nice", "march", "will", "officials", "dog", "xqzzy", "", "  "}) {
    INFO(w);
    CHECK_FALSE(wn.proper_noun(w));
  }
}

TEST_CASE("WordNet cache is built once, then mapped", "[wordnet][cache]") {
  const MiniWordNet mini;
  const TempDir cache("wncache");
  CHECK(cache_origin(mini.dir, cache.path, "9.9") == CacheOrigin::kBuiltAndSaved);
  const auto file = only_file(cache.path);
  CHECK(file.filename().string().rfind("wordnet-9.9-f", 0) == 0);
  CHECK(cache_origin(mini.dir, cache.path, "9.9") == CacheOrigin::kMapped);
  for (const bool use_cache : {true, false}) {
    auto o = cached_options(mini.dir, cache.path);
    o.use_cache = use_cache;
    const auto r = WordNet::open(o);
    REQUIRE(r.ok());
    check_mini_answers(**r);
  }
  CHECK(only_file(cache.path) == file);  // no temporary files left behind
}

TEST_CASE("WordNet cache is rebuilt when the database changes", "[wordnet][cache]") {
  const MiniWordNet mini;
  const TempDir cache("wncache");
  {
    const auto r = WordNet::open(cached_options(mini.dir, cache.path));
    REQUIRE(r.ok());
    CHECK_FALSE((*r)->contains("zzyzx"));
  }
  const auto before = slurp(only_file(cache.path));
  // A new last lemma (sorted after "zebra"), naming the record of "dog".
  const auto index = slurp(mini.dir / "index.noun");
  const auto dog = index.substr(index.find("dog n 1 0 1 0 ") + 14, 8);
  mini.write("index.noun", index + "zzyzx n 1 0 1 0 " + dog + "  \n");
  CHECK(cache_origin(mini.dir, cache.path, "9.9") == CacheOrigin::kBuiltAndSaved);
  CHECK(slurp(only_file(cache.path)) != before);
  const auto r = WordNet::open(cached_options(mini.dir, cache.path));
  REQUIRE(r.ok());
  CHECK((*r)->contains("zzyzx"));
  CHECK((*r)->relation("zzyzx", "dog") == WordRelation::kSynonym);
  check_mini_answers(**r);
  CHECK(cache_origin(mini.dir, cache.path, "9.9") == CacheOrigin::kMapped);
}

// A cache of the hand-made database built in a temporary directory: the
// start of the tests that damage it.
struct BuiltCache {
  const MiniWordNet mini;
  const TempDir cache{"wncache"};
  fs::path file;
  std::string good;  // its bytes as built
  BuiltCache() {
    REQUIRE(cache_origin(mini.dir, cache.path, "9.9") == CacheOrigin::kBuiltAndSaved);
    file = only_file(cache.path);
    good = slurp(file);
  }
};

TEST_CASE("WordNet cache detects damaged files and rebuilds them", "[wordnet][cache]") {
  const BuiltCache built;
  const auto& [mini, cache, file, good] = built;

  SECTION("every truncation and every flipped byte is rejected") {
    using namespace transdrift::wordnet_detail;
    const auto fp = source_fingerprint(mini.dir.string());
    REQUIRE(fp.has_value());
    REQUIRE(valid_cache(good, *fp, "9.9"));
    CHECK_FALSE(valid_cache(good, *fp + 1, "9.9"));
    CHECK_FALSE(valid_cache(good, *fp, "3.0"));
    int accepted = 0;
    for (std::size_t n = 0; n < good.size(); ++n) accepted += valid_cache(good.substr(0, n), *fp, "9.9");
    for (std::size_t i = 0; i < good.size(); ++i) {
      auto bad = good;
      bad[i] = static_cast<char>(bad[i] ^ 0x20);
      accepted += valid_cache(bad, *fp, "9.9");
    }
    CHECK(accepted == 0);
  }
  SECTION("damaged files on disk are replaced and answers stay right") {
    for (const std::string& bad : {good.substr(0, good.size() / 2), good.substr(0, 10), std::string(),
                                   std::string("not a cache"), good + "trailing",
                                   good.substr(0, 300) + std::string(good.size() - 300, '\xff')}) {
      spit(file, bad);
      CHECK(cache_origin(mini.dir, cache.path, "9.9") == CacheOrigin::kBuiltAndSaved);
      CHECK(slurp(file) == good);
      spit(file, bad);
      const auto r = WordNet::open(cached_options(mini.dir, cache.path));
      REQUIRE(r.ok());
      check_mini_answers(**r);
    }
  }
  SECTION("a well-formed but nonsensical file does not crash the reader") {
    // Random bytes in the sections, with the checksum made to match: the
    // reader's bounds checks are all that stands between it and a crash.
    std::uint64_t x = 42;
    std::uint32_t sections = 0;  // the header's section count
    std::memcpy(&sections, good.data() + 12, sizeof sections);
    const std::size_t sections_at = 64 + 16 * std::size_t{sections};
    REQUIRE(sections_at < good.size());
    for (int round = 0; round < 200; ++round) {
      auto bad = good;
      for (int k = 0; k < 1 + round % 16; ++k) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        const auto i = sections_at + static_cast<std::size_t>(x >> 33) % (bad.size() - sections_at);
        bad[i] = static_cast<char>(x >> 13);
      }
      spit_with_checksum(file, bad);
      const auto r = WordNet::open(cached_options(mini.dir, cache.path));
      REQUIRE(r.ok());
      for (const char* a : {"cat", "cats", "true cat", "catz", "hotter", "torrid", "zebra", "felines"}) {
        for (const char* b : {"dog", "hot", "cold", "feline"}) {
          (void)(*r)->relation(a, b);
          const int lexfile = (*r)->lexicographer_file(a);
          CHECK((lexfile >= -1 && lexfile <= 255));
          const double v = (*r)->relatedness(a, b);
          CHECK((v >= 0.0 && v <= 1.0));
        }
        (void)(*r)->lemmas(a);
      }
    }
  }
}

TEST_CASE("WordNet cache: damaged word data gives no crash", "[wordnet][cache]") {
  // Random bytes in the stored word data alone (the section of format 7 that
  // the lexicon reads in place), with the checksum made to match.
  const BuiltCache built;
  const auto& [mini, cache, file, good] = built;
  constexpr std::size_t kWordDataSection = 3;  // after the strings, string bytes and collocation prefixes
  std::uint64_t at = 0, size = 0;
  std::memcpy(&at, good.data() + 64 + 16 * kWordDataSection, sizeof at);
  std::memcpy(&size, good.data() + 64 + 16 * kWordDataSection + 8, sizeof size);
  REQUIRE(at + size <= good.size());
  REQUIRE(size > 64);  // the hand-made database's common words ("cat", "hot", "cold") are stored
  std::uint64_t x = 7;
  for (int round = 0; round < 300; ++round) {
    auto bad = good;
    for (int k = 0; k < 1 + round % 8; ++k) {
      x = x * 6364136223846793005ull + 1442695040888963407ull;
      const auto i = static_cast<std::size_t>(at + (x >> 33) % size);
      // Small values as often as random ones: counts and offsets that stay
      // near the real ones get past more of the checks.
      bad[i] = static_cast<char>(round % 2 == 0 ? (x >> 13) : (x >> 13) & 7);
    }
    spit_with_checksum(file, bad);
    const auto r = WordNet::open(cached_options(mini.dir, cache.path));
    REQUIRE(r.ok());
    for (const char* a : {"cat", "cats", "catz", "hot", "hotter", "torrid", "cold", "felines"}) {
      for (const char* b : {"dog", "hot", "cold", "feline", "cat"}) {
        (void)(*r)->relation(a, b);
        const double v = (*r)->relatedness(a, b);
        CHECK((v >= 0.0 && v <= 1.0));
      }
      (void)(*r)->lemmas(a);
      (void)(*r)->lexicographer_file(a);
    }
  }
  spit(file, good);
  const auto r = WordNet::open(cached_options(mini.dir, cache.path));
  REQUIRE(r.ok());
  check_mini_answers(**r);
}

TEST_CASE("WordNet works when the cache directory is not writable", "[wordnet][cache]") {
  const MiniWordNet mini;
  // A directory that cannot be created: its parent is a regular file. No
  // cache is built then (it would be lost with the process); the text files
  // are read instead.
  const auto impossible = mini.dir / "index.noun" / "cache";
  CHECK(cache_origin(mini.dir, impossible, "9.9") == CacheOrigin::kNotWritable);
  const auto r = WordNet::open(cached_options(mini.dir, impossible));
  REQUIRE(r.ok());
  check_mini_answers(**r);
  CHECK_FALSE(fs::exists(impossible));
  // A directory that exists but where files cannot be created (permissions
  // do not stop root, so this part only runs for other users).
  const TempDir cache("wncache");
  fs::permissions(cache.path, fs::perms::owner_read | fs::perms::owner_exec);
  if (::access(cache.path.c_str(), W_OK) != 0) {
    CHECK(cache_origin(mini.dir, cache.path, "9.9") == CacheOrigin::kNotWritable);
    const auto r2 = WordNet::open(cached_options(mini.dir, cache.path));
    REQUIRE(r2.ok());
    check_mini_answers(**r2);
    CHECK(fs::is_empty(cache.path));
  }
  fs::permissions(cache.path, fs::perms::owner_all);
}

TEST_CASE("WordNet cache can be turned off", "[wordnet][cache]") {
  const MiniWordNet mini;
  const TempDir cache("wncache");
  auto o = cached_options(mini.dir, cache.path);
  o.use_cache = false;
  REQUIRE(WordNet::open(o).ok());
  CHECK(fs::is_empty(cache.path));

  const char* old = std::getenv("TRANSDRIFT_WORDNET_CACHE");
  const std::string saved = old != nullptr ? old : "";
  ::setenv("TRANSDRIFT_WORDNET_CACHE", "off", 1);
  const auto r = WordNet::open(cached_options(mini.dir, cache.path));
  if (old != nullptr) {
    ::setenv("TRANSDRIFT_WORDNET_CACHE", saved.c_str(), 1);
  } else {
    ::unsetenv("TRANSDRIFT_WORDNET_CACHE");
  }
  REQUIRE(r.ok());
  check_mini_answers(**r);
  CHECK(fs::is_empty(cache.path));
}

TEST_CASE("WordNet cache location follows the environment", "[wordnet][cache]") {
  using transdrift::wordnet_detail::default_cache_dir;
  struct Saved {
    const char* name;
    bool set;
    std::string value;
  };
  std::vector<Saved> saved;
  for (const char* name : {"TRANSDRIFT_CACHE_DIR", "XDG_CACHE_HOME", "HOME"}) {
    const char* v = std::getenv(name);
    saved.push_back({name, v != nullptr, v != nullptr ? v : ""});
  }
  ::setenv("TRANSDRIFT_CACHE_DIR", "/tmp/td-cache", 1);
  ::setenv("XDG_CACHE_HOME", "/tmp/xdg", 1);
  ::setenv("HOME", "/tmp/home", 1);
  const auto explicit_dir = default_cache_dir();
  ::unsetenv("TRANSDRIFT_CACHE_DIR");
  const auto xdg = default_cache_dir();
  ::setenv("XDG_CACHE_HOME", "relative/ignored", 1);
  const auto home = default_cache_dir();
  ::unsetenv("HOME");
  const auto none = default_cache_dir();
  for (const auto& s : saved) {
    if (s.set) {
      ::setenv(s.name, s.value.c_str(), 1);
    } else {
      ::unsetenv(s.name);
    }
  }
  CHECK(explicit_dir == "/tmp/td-cache");
  CHECK(xdg == "/tmp/xdg/transdrift");
  CHECK(home == "/tmp/home/.cache/transdrift");
  CHECK(none.empty());
}

TEST_CASE("WordNet cache survives processes racing to build it", "[wordnet][cache]") {
  const MiniWordNet mini;
  const TempDir cache("wncache");
  constexpr int kThreads = 4;
  std::vector<int> ok(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      const auto r = WordNet::open(cached_options(mini.dir, cache.path));
      ok[t] = r.ok() && (*r)->relation("torrid", "cold") == WordRelation::kAntonym;
    });
  }
  for (auto& th : threads) th.join();
  for (const int v : ok) CHECK(v == 1);
  only_file(cache.path);  // one file, no temporary leftovers
  CHECK(cache_origin(mini.dir, cache.path, "9.9") == CacheOrigin::kMapped);
}
