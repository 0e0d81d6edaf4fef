// Synthetic document pairs with known gold beads, for measuring how the
// sentence aligners scale (bench/bench_perf.cpp, docs/performance.md).
//
// The sentences are real: a pool read from corpus/ and the shared data sets.
// The "original" is a random sequence of pool sentences; the "retranslation"
// perturbs it the way retranslations differ from their originals: sentences
// dropped (1-0) or added (0-1), split in two or three (1-2, 1-3), neighbours
// merged (2-1), neighbours swapped (a 2-2 bead, as gold standards annotate a
// local reordering), and paraphrase-like token noise in every sentence.
// Everything is drawn from one seeded generator, so a (pool, size, seed)
// triple always gives the same pair.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "transdrift/types.hpp"

namespace transdrift::synthetic {

// Where the pool comes from. Missing files are skipped; `sources` says what
// was read.
struct PoolSources {
  std::string corpus_dir;  // e.g. corpus/digital-solidarity: original.txt, retranslated.txt (segmented)
  std::string data_dir;    // e.g. ../shared/data: align/textberg-dev/*/doc0.{src,tgt}, stsb/{dev,train}.tsv
};

struct Pool {
  std::vector<std::string> sentences;  // distinct, one line each, at least two words
  std::vector<std::string> words;      // distinct words of the pool, for substitutions and insertions
  std::vector<std::string> sources;    // files read, with the number of sentences each gave
};

Pool load_pool(const PoolSources& sources);

// Probabilities per original sentence (operations are exclusive, checked in
// this order) and per token (noise).
struct Perturbation {
  double insert = 0.02;   // a 0-1 bead (an unrelated pool sentence) before the sentence
  double drop = 0.02;     // 1-0
  double split = 0.04;    // 1-2 (one in four of them 1-3), sentences of 8+ words
  double merge = 0.04;    // 2-1
  double swap = 0.01;     // 2-2: the sentence and its next neighbour in reverse order
  double token_noise = 0.12;  // per token: substitute, delete, insert a word, or swap with the next
};

struct SyntheticPair {
  std::string original;      // one sentence per line (TextOptions::sentence_per_line)
  std::string retranslated;  // one sentence per line
  Alignment gold;            // beads over 0-based line numbers
};

// `sentences`: sentences of the original. Precondition: pool.sentences and pool.words non-empty.
SyntheticPair make_pair(const Pool& pool, std::size_t sentences, std::uint64_t seed,
                        const Perturbation& perturbation = {});

}  // namespace transdrift::synthetic
