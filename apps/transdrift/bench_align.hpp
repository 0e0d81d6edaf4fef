// Internal to the transdrift command: `transdrift bench-align`, which scores
// sentence aligners against human gold beads (docs/alignment.md).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "transdrift/align_eval.hpp"
#include "transdrift/result.hpp"
#include "transdrift/text.hpp"
#include "transdrift/types.hpp"

namespace transdrift::cli {

// One benchmark document: both sides read one sentence per line, so that
// sentence ids are the 0-based line numbers the gold beads refer to.
struct BenchCase {
  std::string condition;  // e.g. "de-google": the directory holding the triple
  std::string name;       // e.g. "de-google/doc0": for progress and errors
  Document original;
  Document retranslated;
  Alignment gold;
};

// The three files of one document.
struct BenchFiles {
  std::string condition;
  std::string name;
  std::string original;      // doc*.src
  std::string retranslated;  // doc*.tgt
  std::string gold;          // doc*.gold
};

// Walks `dir` recursively for doc*.src / doc*.tgt / doc*.gold triples, sorted
// by condition and name. An incomplete triple, or none at all, is an error:
// a benchmark silently missing a document would report wrong means.
Result<std::vector<BenchFiles>> find_bench_files(const std::string& dir);

// Reads and checks one document: readable UTF-8 inputs, a well-formed gold
// file ("GOLD:12: expected a bead like [0]:[0, 1]") whose sentence ids exist
// in the documents.
Result<BenchCase> load_bench_case(const BenchFiles& files);

// One table row: an aligner on one condition (counts pooled over its
// documents), or, in BenchSummary::pooled, over every document.
struct BenchRow {
  std::string condition;
  std::string aligner;
  std::size_t documents = 0;
  AlignCounts counts;
  std::size_t beads = 0;  // predicted beads
  double seconds = 0;     // wall time inside Aligner::align only
};

struct BenchSummary {
  std::string aligner;
  std::size_t conditions = 0;
  // The target metric: the mean of the per-condition F1 scores, so that every
  // condition weighs the same whatever its length.
  double mean_f1_strict = 0;
  double mean_f1_lax = 0;
  BenchRow pooled;  // condition "all"
};

struct BenchResult {
  std::vector<BenchRow> rows;         // sorted by condition, then aligner
  std::vector<BenchSummary> summary;  // sorted by aligner
  bool directory = false;             // directory mode: the text output shows the summary
};

// Sums rows per aligner and averages their F1 scores.
std::vector<BenchSummary> summarize(const std::vector<BenchRow>& rows);

// A fixed-width table for people; JSON schema "transdrift.bench-align/1".
std::string bench_text(const BenchResult& result);
std::string bench_json(const BenchResult& result);

}  // namespace transdrift::cli
