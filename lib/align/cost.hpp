// Bead costs: the Gale-Church length model and a lexical-overlap model.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "transdrift/aligner.hpp"
#include "transdrift/text.hpp"

namespace transdrift {

// Gale & Church (1993): -log P(length ratio | bead) for character lengths
// l1, l2 (c = 1, s^2 = 6.8, as two versions of one language are compared),
// plus -log of the bead kind's prior probability.
double length_cost(double original_chars, double retranslated_chars, int n, int m);

// Per-document sentence statistics for lexical bead costs. Terms are word
// match keys and their 4-letter prefixes (a language-independent stand-in for
// stems), weighted by inverse sentence frequency over both documents;
// function words weigh little.
class LexicalModel {
 public:
  // Precomputes the term profiles of every run of up to `max_run` sentences.
  LexicalModel(const Document& original, const Document& retranslated, int max_run = 4);

  double chars(bool original, std::size_t first, int count) const;
  // Paragraph boundaries inside the run of `count` sentences from `first`;
  // always 0 for a document whose every sentence is its own paragraph (one
  // sentence per line), where boundaries say nothing.
  std::size_t paragraph_breaks(bool original, std::size_t first, int count) const;
  // Weighted Dice overlap of the terms of two sentence runs, in [0, 1].
  double similarity(std::size_t i, int n, std::size_t j, int m) const;

 private:
  struct Profile {
    double chars = 0;
    std::size_t paragraph = 0;
    std::vector<std::pair<std::uint32_t, double>> terms;  // (term id, count), sorted by id
  };
  // (term id, weighted count), sorted by id.
  using Terms = std::vector<std::pair<std::uint32_t, double>>;
  struct Run {
    Terms terms;
    double mass = 0;  // sum of the weighted counts
  };
  // runs[n - 1][first]: the run of n sentences starting at `first`.
  using Runs = std::vector<std::vector<Run>>;
  Runs build_runs(const std::vector<Profile>& side, int max_run) const;

  std::vector<Profile> original_, retranslated_;
  std::vector<double> weight_;  // per term id
  Runs runs_o_, runs_r_;
  bool paragraphs_o_ = false, paragraphs_r_ = false;  // some paragraph holds 2+ sentences
};

}  // namespace transdrift
