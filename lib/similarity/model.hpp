// The calibrated combination behind the "ensemble" scorer (docs/similarity.md):
// a ridge-regression part over standardized features plus gradient-boosted
// regression trees (Friedman 2001) fitted to what the linear part leaves,
// over the features of lib/similarity/features.hpp. Trained on STS-B train by
// tools/train_similarity.cpp; the parameters are data/similarity_model.tsv,
// compiled into the library.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "similarity/features.hpp"
#include "core/linear_trees.hpp"
#include "transdrift/result.hpp"

namespace transdrift {

class SimilarityModel {
 public:
  using Node = RegressionTreeNode;
  using Tree = RegressionTree;  // root first

  double bias = 0.5;
  std::array<double, kFeatureCount> mean{}, scale{}, weight{};
  std::vector<Tree> trees;

  // Clamped to [0, 1].
  double predict(const FeatureVector& x) const;
  // Unclamped: bias + linear part + trees.
  double raw(const FeatureVector& x) const;
  double linear(const FeatureVector& x) const;
  static double tree_value(const Tree& tree, const FeatureVector& x);

  // Text form: "bias<TAB>value"; "name<TAB>mean<TAB>scale<TAB>weight" per
  // feature (every feature must appear, in any order); then per tree node
  // "node<TAB>tree<TAB>index<TAB>name|-<TAB>threshold<TAB>left<TAB>right<TAB>value"
  // (trees and nodes numbered from 0, in order). '#' lines are comments.
  static Result<SimilarityModel> parse(std::string_view text);
  std::string to_text(const std::string& header) const;
  // The compiled-in model (parsed once).
  static const SimilarityModel& builtin();
};

// The name the ensemble scorer knows the model by.
using LinearModel = SimilarityModel;

}  // namespace transdrift
