// The calibrated drift score of a bead (Bead::drift): the logistic function of
// a linear score over interpretable signals of the bead (unmatched content,
// weak links, findings by severity, similarity, length), fitted by
// tools/fit_drift_model.cpp on expert MQM annotations (WMT 2021 TED,
// Freitag et al. 2021): a Poisson regression of the number of accuracy
// errors, calibrated to the probability that "this pair has a major accuracy
// error".
// Its weights are data/drift_model.tsv, compiled into the library; see
// docs/detection.md for the signals, the fit and the measured numbers.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "similarity/model.hpp"
#include "transdrift/report.hpp"
#include "transdrift/result.hpp"

namespace transdrift {

class WordWeigher;
class WordNet;

inline constexpr std::size_t kDriftSignalCount = 36;
using DriftSignals = std::array<double, kDriftSignalCount>;

// Signal names, in DriftSignals order (the names of data/drift_model.tsv).
const std::array<std::string_view, kDriftSignalCount>& drift_signal_names();

// The signals of beads [first, last) of `report` taken together, from its
// documents, word alignment and findings. One bead for Bead::drift; a whole
// sentence-level pair (every bead) for fitting the model on segment labels.
// `findings`, when given, are the findings of those beads (saves scanning
// every finding of the report once per bead); otherwise the report's are read.
// `wordnet`, when given, finds the WordNet vector of an inflected word through
// its lemmas (the vector signals); otherwise only the word's own key is looked up.
DriftSignals drift_signals(const Report& report, const WordWeigher& weigher, std::size_t first, std::size_t last,
                           const std::vector<const Finding*>* findings = nullptr, const WordNet* wordnet = nullptr);
// The signals of a pair that is not one of the report's beads (a sentence
// that moved: its original sentence and its retranslated one), with its own
// word alignment (token indices of the report's documents) and findings.
DriftSignals drift_signals(const Report& report, const WordWeigher& weigher, const Bead& bead,
                           const WordAlignment& words, const std::vector<const Finding*>& findings,
                           const WordNet* wordnet = nullptr);

class WordNetVectors;

// The row of a token's WordNet vector: its own key's, else that of the first
// of its lemmas that has one (`wordnet` may be null: the key only); -1 if
// none. Memoized per key in `memo`.
long wordnet_vector_row(const WordNetVectors& vectors, const Token& token, const WordNet* wordnet,
                        std::unordered_map<std::string, long>& memo);

struct DriftModel {
  using Tree = SimilarityModel::Tree;  // regression trees over the raw signals (node.feature: signal index)

  double bias = 0.0;
  DriftSignals mean{}, scale{}, weight{};
  // Gradient-boosted trees added to the logit of the linear part (may be empty).
  std::vector<Tree> trees;

  // P(drift) = 1 / (1 + exp(-z)), z = bias + sum weight * (x - mean) / scale
  // + sum of the trees' leaf values, in (0, 1).
  double probability(const DriftSignals& x) const;
  double logit(const DriftSignals& x) const;
  static double tree_value(const Tree& tree, const DriftSignals& x);
  // Short identifier of the table (FNV-1a hash of its text form, 8 hex digits).
  std::string id() const;

  // "name<TAB>mean<TAB>scale<TAB>weight" lines and one "bias<TAB>value"; tree
  // nodes as "node<TAB>tree<TAB>index<TAB>signal|-<TAB>threshold<TAB>left<TAB>right<TAB>value"
  // (the format of data/similarity_model.tsv); '#' comments.
  static Result<DriftModel> parse(std::string_view text);
  std::string to_text(const std::string& header) const;
  // data/drift_model.tsv as compiled in (parsed once; thread-safe).
  static const DriftModel& builtin();
};

}  // namespace transdrift
