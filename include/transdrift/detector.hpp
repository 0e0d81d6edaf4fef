// The whole pipeline: text -> align -> similarity -> detect -> Report.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "transdrift/aligner.hpp"
#include "transdrift/report.hpp"
#include "transdrift/result.hpp"
#include "transdrift/scorer.hpp"
#include "transdrift/text.hpp"

namespace transdrift {

enum class LogLevel { kDebug, kInfo, kWarning };
// Receives the library's diagnostics. The library never prints or logs on its own.
using LogCallback = std::function<void(LogLevel level, std::string_view message)>;

struct DetectOptions {
  // A 1-1 pair whose similarity is below this is reported as a whole-sentence
  // mistranslation (check "lexical"). In [0, 1].
  double min_pair_similarity = 0.12;
  // A sentence inside an n-m bead is reported as added/omitted (check
  // "sentence") when at most this share of its content weight is matched. In [0, 1].
  double unsupported_sentence_coverage = 0.2;
  // A sentence with no counterpart in place (a 1-0 bead) and one with no
  // counterpart in place on the other side (a 0-1 bead, not next to it) are
  // one sentence that moved when their pair similarity is at least this: one
  // "moved" note (minor) instead of an omission and an addition, and the
  // pair is checked like any aligned pair. In [0, 1]; above 1 turns it off.
  double moved_sentence_similarity = 0.5;
};

struct Options {
  std::string aligner = "vector";    // make_aligner name
  std::string scorer = "wordnet";    // make_scorer name
  std::string wordnet_dir;           // empty: $WNSEARCHDIR, then the system location
  TextOptions text;
  AlignerOptions align;
  ScorerOptions score;
  DetectOptions detect;
  LogCallback log;                   // optional
  // Threads that score the aligned pairs of one run (the pairs are
  // independent; the result is the same with any number). 0 = one per
  // hardware thread; 1 = the calling thread only. Runs with fewer than
  // kParallelMinPairs pairs always use the calling thread: starting threads
  // costs more than an article's pairs take to score.
  unsigned threads = 0;
  static constexpr std::size_t kParallelMinPairs = 64;
};

struct Input {
  std::string text;  // UTF-8
  std::string path;  // shown in reports; may be empty
  InputFormat format = InputFormat::kText;  // markup is parsed for its visible text
};

class Detector {
 public:
  // Builds the aligner and scorer named in `options` and opens WordNet.
  static Result<Detector> create(Options options);

  Result<Report> run(Input original, Input retranslated) const;
  Result<Report> run(std::string_view original, std::string_view retranslated) const {
    return run(Input{std::string(original), {}}, Input{std::string(retranslated), {}});
  }

  const Options& options() const { return options_; }

 private:
  Detector() = default;
  Options options_;
  std::shared_ptr<const WordNet> wordnet_;
  std::shared_ptr<const Aligner> aligner_;
  std::shared_ptr<const Scorer> scorer_;
};

}  // namespace transdrift
