// The calibrated combination behind the "ensemble" scorer: ridge regression
// over standardized features (lib/similarity/features.hpp), trained on STS-B
// train by tools/train_similarity.cpp; its weights are data/similarity_model.tsv,
// compiled into the library.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "similarity/features.hpp"
#include "transdrift/result.hpp"

namespace transdrift {

struct LinearModel {
  double bias = 0.5;
  std::array<double, kFeatureCount> mean{}, scale{}, weight{};

  // Clamped to [0, 1].
  double predict(const FeatureVector& x) const;
  double raw(const FeatureVector& x) const;

  // Text form: "bias<TAB>value" then "name<TAB>mean<TAB>scale<TAB>weight" per
  // feature, in any order; '#' lines are comments. Every feature must appear.
  static Result<LinearModel> parse(std::string_view text);
  std::string to_text(const std::string& header) const;
  // The compiled-in model (parsed once).
  static const LinearModel& builtin();
};

}  // namespace transdrift
