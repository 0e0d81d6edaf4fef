#include "similarity/model.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace transdrift {
namespace embedded {
std::string_view similarity_model_tsv();
}

double SimilarityModel::linear(const FeatureVector& x) const {
  double s = bias;
  for (std::size_t i = 0; i < kFeatureCount; ++i)
    if (scale[i] > 0) s += weight[i] * (x[i] - mean[i]) / scale[i];
  return s;
}

double SimilarityModel::tree_value(const Tree& tree, const FeatureVector& x) {
  std::size_t n = 0;
  while (tree[n].feature >= 0)
    n = static_cast<std::size_t>(x[static_cast<std::size_t>(tree[n].feature)] <= tree[n].threshold ? tree[n].left
                                                                                                    : tree[n].right);
  return tree[n].value;
}

double SimilarityModel::raw(const FeatureVector& x) const {
  double s = linear(x);
  for (const Tree& t : trees) s += tree_value(t, x);
  return s;
}

double SimilarityModel::predict(const FeatureVector& x) const { return std::clamp(raw(x), 0.0, 1.0); }

Result<SimilarityModel> SimilarityModel::parse(std::string_view text) {
  SimilarityModel m;
  std::array<bool, kFeatureCount> seen{};
  bool have_bias = false;
  const auto& names = feature_names();
  auto bad = [](const std::string& what) { return Error{ErrorCode::kDataMissing, "similarity model: " + what, {}}; };
  std::istringstream in{std::string(text)};
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    std::string name;
    f >> name;
    if (name == "bias") {
      if (!(f >> m.bias)) return bad("bad bias line");
      have_bias = true;
      continue;
    }
    if (name == "node") {
      std::size_t tree = 0, index = 0;
      std::string feature;
      Node node;
      if (!(f >> tree >> index >> feature >> node.threshold >> node.left >> node.right >> node.value))
        return bad("bad node line: " + line);
      const bool starts_tree = tree == m.trees.size() && index == 0;
      const bool continues_tree = tree + 1 == m.trees.size() && index == m.trees.back().size();
      if (!starts_tree && !continues_tree) return bad("nodes out of order: " + line);
      if (feature != "-") {
        const auto it = std::find(names.begin(), names.end(), feature);
        if (it == names.end()) return bad("unknown feature " + feature);
        node.feature = static_cast<int>(it - names.begin());
      }
      if (tree == m.trees.size()) m.trees.emplace_back();
      m.trees[tree].push_back(node);
      continue;
    }
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end()) return bad("unknown feature " + name);
    const auto i = static_cast<std::size_t>(it - names.begin());
    if (!(f >> m.mean[i] >> m.scale[i] >> m.weight[i])) return bad("bad line for " + name);
    seen[i] = true;
  }
  if (!have_bias || std::find(seen.begin(), seen.end(), false) != seen.end())
    return bad("missing bias or features");
  // Every tree must be well formed: children inside the tree and after their
  // parent (so evaluation ends), leaves without children.
  for (const Tree& t : m.trees)
    for (std::size_t n = 0; n < t.size(); ++n) {
      const Node& node = t[n];
      if (node.feature < 0) continue;
      for (int c : {node.left, node.right})
        if (c <= static_cast<int>(n) || c >= static_cast<int>(t.size())) return bad("bad tree child index");
    }
  return m;
}

std::string SimilarityModel::to_text(const std::string& header) const {
  std::string s = header;
  char buf[256];
  std::snprintf(buf, sizeof buf, "bias\t%.17g\n", bias);
  s += buf;
  for (std::size_t i = 0; i < kFeatureCount; ++i) {
    std::snprintf(buf, sizeof buf, "%s\t%.17g\t%.17g\t%.17g\n", std::string(feature_names()[i]).c_str(), mean[i],
                  scale[i], weight[i]);
    s += buf;
  }
  for (std::size_t t = 0; t < trees.size(); ++t)
    for (std::size_t n = 0; n < trees[t].size(); ++n) {
      const Node& node = trees[t][n];
      const std::string feature =
          node.feature >= 0 ? std::string(feature_names()[static_cast<std::size_t>(node.feature)]) : "-";
      std::snprintf(buf, sizeof buf, "node\t%zu\t%zu\t%s\t%.17g\t%d\t%d\t%.17g\n", t, n, feature.c_str(),
                    node.threshold, node.left, node.right, node.value);
      s += buf;
    }
  return s;
}

const SimilarityModel& SimilarityModel::builtin() {
  static const SimilarityModel model = [] {
    auto m = parse(embedded::similarity_model_tsv());
    if (!m.ok()) {
      std::fprintf(stderr, "transdrift: compiled-in %s\n", m.error().message.c_str());
      std::abort();  // a build defect, caught by the tests
    }
    return *m;
  }();
  return model;
}

}  // namespace transdrift
