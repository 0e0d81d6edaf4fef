#include "similarity/model.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <charconv>
#include <string>
#include <type_traits>

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

namespace {

// The whitespace-separated fields of one line (views into it).
std::vector<std::string_view> fields_of(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ' && line[j] != '\t' && line[j] != '\r') ++j;
    if (j > i) out.push_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

template <class T>
bool number(std::string_view s, T& out) {
  if (s.empty()) return false;
  if constexpr (std::is_floating_point_v<T>) {
    const std::string copy(s);  // strtod: from_chars for double is not in every standard library yet
    char* end = nullptr;
    out = std::strtod(copy.c_str(), &end);
    return end == copy.c_str() + copy.size();
  } else {
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
  }
}

}  // namespace

Result<SimilarityModel> SimilarityModel::parse(std::string_view text) {
  SimilarityModel m;
  std::array<bool, kFeatureCount> seen{};
  bool have_bias = false;
  const auto& names = feature_names();
  auto bad = [](std::string_view what) {
    return Error{ErrorCode::kDataMissing, "similarity model: " + std::string(what), {}};
  };
  while (!text.empty()) {
    const std::size_t eol = std::min(text.find('\n'), text.size());
    const std::string_view line = text.substr(0, eol);
    text.remove_prefix(std::min(eol + 1, text.size()));
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> f = fields_of(line);
    if (f.empty()) continue;
    if (f[0] == "bias") {
      if (f.size() != 2 || !number(f[1], m.bias)) return bad("bad bias line");
      have_bias = true;
      continue;
    }
    if (f[0] == "node") {
      std::size_t tree = 0, index = 0;
      Node node;
      if (f.size() != 8 || !number(f[1], tree) || !number(f[2], index) || !number(f[4], node.threshold) ||
          !number(f[5], node.left) || !number(f[6], node.right) || !number(f[7], node.value))
        return bad("bad node line: " + std::string(line));
      const bool starts_tree = tree == m.trees.size() && index == 0;
      const bool continues_tree = tree + 1 == m.trees.size() && index == m.trees.back().size();
      if (!starts_tree && !continues_tree) return bad("nodes out of order: " + std::string(line));
      if (f[3] != "-") {
        const auto it = std::find(names.begin(), names.end(), f[3]);
        if (it == names.end()) return bad("unknown feature " + std::string(f[3]));
        node.feature = static_cast<int>(it - names.begin());
      }
      if (tree == m.trees.size()) m.trees.emplace_back();
      m.trees[tree].push_back(node);
      continue;
    }
    const auto it = std::find(names.begin(), names.end(), f[0]);
    if (it == names.end()) return bad("unknown feature " + std::string(f[0]));
    const auto i = static_cast<std::size_t>(it - names.begin());
    if (f.size() != 4 || !number(f[1], m.mean[i]) || !number(f[2], m.scale[i]) || !number(f[3], m.weight[i]))
      return bad("bad line for " + std::string(f[0]));
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
