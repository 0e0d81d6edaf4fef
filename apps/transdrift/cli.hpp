// Internal to the transdrift command: argument values, exit codes and the
// functions the commands are made of.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "transdrift/detector.hpp"
#include "transdrift/result.hpp"

namespace transdrift::cli {

// The contract with scripts and CI (docs/cli.md).
enum ExitCode : int {
  kExitOk = 0,        // done; no finding at or above --fail-on
  kExitFindings = 1,  // done; findings at or above --fail-on
  kExitError = 2,     // usage or input error: nothing was compared
};

// Options both commands take.
struct CommonArgs {
  std::string original;      // path or "-"
  std::string retranslated;  // path or "-"
  std::string format = "text";
  std::string output;        // empty: standard output
  std::string aligner = Options{}.aligner;  // the library's default
  bool sentence_per_line = false;
  std::string input_format = "auto";  // auto (by extension) | text | markdown | html
  int verbosity = 0;         // -v: info, -vv: debug
};

struct DiffArgs : CommonArgs {
  std::string min_severity = "minor";
  std::string fail_on = "major";  // or "never"
  std::string color = "auto";     // auto | always | never
  std::string wordnet;            // WordNet database directory; empty: default
  std::string scorer = Options{}.scorer;  // pair similarity; the library's default
  std::size_t width = 0;          // text line width; 0: the terminal's, else 100
  unsigned threads = Options{}.threads;  // threads scoring sentence pairs; 0: all cores
};

struct AlignArgs : CommonArgs {};

// bench-align: either a directory of doc*.{src,tgt,gold} triples or the three
// files of one document.
struct BenchArgs {
  std::string dir;
  std::string gold;
  std::string original;
  std::string retranslated;
  std::string aligner = "all";  // a name from aligner_names(), or "all"
  std::string format = "text";
  std::string output;           // empty: standard output
  bool sentence_per_line = true;  // accepted for symmetry; benchmarks are always one sentence per line
  int verbosity = 0;
};

// batch: many pairs from a TSV or JSONL list, one JSON report per line.
struct BatchArgs {
  std::string list;               // path or "-"
  std::string output;             // empty: standard output
  std::string aligner = Options{}.aligner;  // the library's default
  std::string scorer = Options{}.scorer;    // the library's default
  std::string min_severity = "minor";
  std::string wordnet;
  std::string input_format = "auto";
  std::string progress = "auto";  // auto (stderr is a terminal) | always | never
  bool sentence_per_line = false;
  unsigned jobs = 0;              // 0: hardware_concurrency
  int verbosity = 0;
};

// The InputFormat of an argument under --input-format (auto: by extension).
InputFormat input_format_of(const std::string& mode, const std::string& path);

int run_diff(const DiffArgs& args);
int run_batch(const BatchArgs& args);
int run_align(const AlignArgs& args);
int run_bench_align(const BenchArgs& args);

// Prints "transdrift: error: <message>" as one line on standard error.
void print_error(std::string_view message);

}  // namespace transdrift::cli
