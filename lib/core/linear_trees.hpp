// The text table shared by the two trained models of the library, the
// similarity model (lib/similarity/model.hpp) and the bead drift model
// (lib/detect/drift_model.hpp): a linear part over named, standardized
// signals plus gradient-boosted regression trees over the raw signals.
//
//   bias<TAB>value
//   name<TAB>mean<TAB>scale<TAB>weight            one line per signal, any order, all required
//   node<TAB>tree<TAB>index<TAB>name|-<TAB>threshold<TAB>left<TAB>right<TAB>value
//                                                 trees and nodes numbered from 0, in order
//   # comment
//
// A model type is any struct with `double bias`, arrays `mean`, `scale`,
// `weight` of the signal count, and `std::vector<RegressionTree> trees`.
#pragma once

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "transdrift/result.hpp"

namespace transdrift {

// One node of a regression tree: an internal node sends x to `left` when
// x[feature] <= threshold, else to `right` (indices into the same tree's
// nodes, after the node itself); a leaf (feature < 0) adds `value`.
struct RegressionTreeNode {
  int feature = -1;
  double threshold = 0;
  int left = -1, right = -1;
  double value = 0;
};
using RegressionTree = std::vector<RegressionTreeNode>;  // root first

// The leaf value a well-formed tree gives x.
template <class X>
double regression_tree_value(const RegressionTree& tree, const X& x) {
  std::size_t n = 0;
  while (tree[n].feature >= 0)
    n = static_cast<std::size_t>(x[static_cast<std::size_t>(tree[n].feature)] <= tree[n].threshold ? tree[n].left
                                                                                                    : tree[n].right);
  return tree[n].value;
}

// bias + sum weight * (x - mean) / scale over the signals with scale > 0.
template <class Model, class X>
double linear_part(const Model& m, const X& x) {
  double s = m.bias;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (m.scale[i] > 0) s += m.weight[i] * (x[i] - m.mean[i]) / m.scale[i];
  return s;
}

namespace linear_trees_detail {

// The whitespace-separated fields of one line (views into it).
inline std::vector<std::string_view> fields_of(std::string_view line) {
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

}  // namespace linear_trees_detail

// Parses the table; `what` names the model in error messages ("similarity model").
template <class Model, std::size_t N>
Result<Model> parse_linear_trees(std::string_view text, const std::array<std::string_view, N>& names,
                                 std::string_view what) {
  using linear_trees_detail::number;
  Model m;
  std::array<bool, N> seen{};
  bool have_bias = false;
  auto bad = [&](std::string_view why) {
    return Error{ErrorCode::kDataMissing, std::string(what) + ": " + std::string(why), {}};
  };
  auto index_of = [&](std::string_view name) {
    return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
  };
  while (!text.empty()) {
    const std::size_t eol = std::min(text.find('\n'), text.size());
    const std::string_view line = text.substr(0, eol);
    text.remove_prefix(std::min(eol + 1, text.size()));
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> f = linear_trees_detail::fields_of(line);
    if (f.empty()) continue;
    if (f[0] == "bias") {
      if (f.size() != 2 || !number(f[1], m.bias)) return bad("bad bias line");
      have_bias = true;
      continue;
    }
    if (f[0] == "node") {
      std::size_t tree = 0, index = 0;
      RegressionTreeNode node;
      if (f.size() != 8 || !number(f[1], tree) || !number(f[2], index) || !number(f[4], node.threshold) ||
          !number(f[5], node.left) || !number(f[6], node.right) || !number(f[7], node.value))
        return bad("bad node line: " + std::string(line));
      const bool starts_tree = tree == m.trees.size() && index == 0;
      const bool continues_tree = !m.trees.empty() && tree + 1 == m.trees.size() && index == m.trees.back().size();
      if (!starts_tree && !continues_tree) return bad("nodes out of order: " + std::string(line));
      if (f[3] != "-") {
        const std::size_t i = index_of(f[3]);
        if (i == N) return bad("unknown signal " + std::string(f[3]));
        node.feature = static_cast<int>(i);
      }
      if (tree == m.trees.size()) m.trees.emplace_back();
      m.trees[tree].push_back(node);
      continue;
    }
    const std::size_t i = index_of(f[0]);
    if (i == N) return bad("unknown signal " + std::string(f[0]));
    if (f.size() != 4 || !number(f[1], m.mean[i]) || !number(f[2], m.scale[i]) || !number(f[3], m.weight[i]))
      return bad("bad line for " + std::string(f[0]));
    seen[i] = true;
  }
  if (!have_bias || std::find(seen.begin(), seen.end(), false) != seen.end())
    return bad("missing bias or signals");
  // Every tree must be well formed: children inside the tree and after their
  // parent (so evaluation ends), leaves without children.
  for (const RegressionTree& t : m.trees)
    for (std::size_t n = 0; n < t.size(); ++n) {
      if (t[n].feature < 0) continue;
      for (int c : {t[n].left, t[n].right})
        if (c <= static_cast<int>(n) || c >= static_cast<int>(t.size())) return bad("bad tree child index");
    }
  return m;
}

// The table of `m` after `header` (comment lines), numbers exact to the bit.
template <class Model, std::size_t N>
std::string linear_trees_text(const Model& m, const std::string& header,
                              const std::array<std::string_view, N>& names) {
  std::string s = header;
  char buf[256];
  std::snprintf(buf, sizeof buf, "bias\t%.17g\n", m.bias);
  s += buf;
  for (std::size_t i = 0; i < N; ++i) {
    std::snprintf(buf, sizeof buf, "%s\t%.17g\t%.17g\t%.17g\n", std::string(names[i]).c_str(), m.mean[i],
                  m.scale[i], m.weight[i]);
    s += buf;
  }
  for (std::size_t t = 0; t < m.trees.size(); ++t)
    for (std::size_t n = 0; n < m.trees[t].size(); ++n) {
      const RegressionTreeNode& node = m.trees[t][n];
      const std::string feature = node.feature >= 0 ? std::string(names[static_cast<std::size_t>(node.feature)]) : "-";
      std::snprintf(buf, sizeof buf, "node\t%zu\t%zu\t%s\t%.17g\t%d\t%d\t%.17g\n", t, n, feature.c_str(),
                    node.threshold, node.left, node.right, node.value);
      s += buf;
    }
  return s;
}

// A table compiled into the library, parsed once. A table that does not
// parse is a build defect (the tests parse every one): it aborts.
template <class Model, std::size_t N>
Model parse_compiled_in(std::string_view text, const std::array<std::string_view, N>& names, std::string_view what) {
  auto m = parse_linear_trees<Model>(text, names, what);
  if (!m.ok()) std::abort();
  return *m;
}

}  // namespace transdrift
