#include "similarity/model.hpp"

#include <algorithm>
#include <string>

#include "core/linear_trees.hpp"

namespace transdrift {
namespace embedded {
std::string_view similarity_model_tsv();
}

double SimilarityModel::linear(const FeatureVector& x) const { return linear_part(*this, x); }

double SimilarityModel::tree_value(const Tree& tree, const FeatureVector& x) { return regression_tree_value(tree, x); }

double SimilarityModel::raw(const FeatureVector& x) const {
  double s = linear(x);
  for (const Tree& t : trees) s += tree_value(t, x);
  return s;
}

double SimilarityModel::predict(const FeatureVector& x) const { return std::clamp(raw(x), 0.0, 1.0); }

Result<SimilarityModel> SimilarityModel::parse(std::string_view text) {
  return parse_linear_trees<SimilarityModel>(text, feature_names(), "similarity model");
}

std::string SimilarityModel::to_text(const std::string& header) const {
  return linear_trees_text(*this, header, feature_names());
}

const SimilarityModel& SimilarityModel::builtin() {
  static const SimilarityModel model =
      parse_compiled_in<SimilarityModel>(embedded::similarity_model_tsv(), feature_names(), "similarity model");
  return model;
}

}  // namespace transdrift
