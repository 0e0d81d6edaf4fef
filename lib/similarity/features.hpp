// The signals the "ensemble" scorer combines, computed for one aligned pair.
// Every feature is symmetric in the two sides (swapping them gives the same
// values), so the combined score is too; the one exception is a tie between
// equally good spelling-variant candidates, which is broken by word order.
#pragma once

#include <array>
#include <string_view>

#include "similarity/word_aligner.hpp"
#include "similarity/word_vectors.hpp"
#include "similarity/word_weights.hpp"
#include "similarity/wordnet_vectors.hpp"
#include "transdrift/scorer.hpp"

namespace transdrift {

inline constexpr std::size_t kFeatureCount = 96;
using FeatureVector = std::array<double, kFeatureCount>;
// Stable names, in FeatureVector order (the model file refers to them).
const std::array<std::string_view, kFeatureCount>& feature_names();

struct FeatureContext {
  const WordNet* wordnet = nullptr;
  const WordWeigher* weigher = nullptr;    // required
  const WordVectors* vectors = nullptr;    // user-supplied; may be null
  const WordNetVectors* wordnet_vectors = &WordNetVectors::builtin();  // may be null
  WordAlignerOptions aligner;
  double function_word_weight = 0.1;
  int chrf_order = 6;
};

// Harmonic mean of the two coverages from which word order starts to count
// (docs/structure.md: below it, word order is mostly noise on STS-B); the
// structure gate rises from 0 there to 1 at full coverage.
inline constexpr double kStructureCoverage = 0.9;
inline double structure_gate(double coverage_hmean) {
  const double g = (coverage_hmean - kStructureCoverage) / (1 - kStructureCoverage);
  return g < 0 ? 0.0 : g > 1 ? 1.0 : g;
}

// Aligns the words (into `out.words`), fills coverage_*, chrf and structure
// (the structure drift, both directions averaged) of `out`, and returns the
// feature vector.
FeatureVector compute_features(const Document& a, TokenRange ra, const Document& b, TokenRange rb,
                               const FeatureContext& ctx, PairScore& out);

}  // namespace transdrift
