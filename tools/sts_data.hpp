// Reading scored sentence pairs (STS-B, MRPC: "gold<TAB>s1<TAB>s2") and
// statistics shared by tools/train_similarity and bench/bench_similarity.
#pragma once

#include <algorithm>
#include <cmath>
#include <fstream>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

#include "transdrift/scorer.hpp"
#include "transdrift/text.hpp"

namespace transdrift::sts {

struct LabeledPair {
  double gold = 0;
  std::string a, b;
};

// Lines "gold<TAB>a<TAB>b"; lines that do not parse are skipped. nullopt if unreadable.
inline std::optional<std::vector<LabeledPair>> read_pairs(const std::string& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  std::vector<LabeledPair> out;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto t1 = line.find('\t');
    if (t1 == std::string::npos) continue;
    const auto t2 = line.find('\t', t1 + 1);
    if (t2 == std::string::npos) continue;
    LabeledPair p;
    try {
      p.gold = std::stod(line.substr(0, t1));
    } catch (...) {
      continue;
    }
    p.a = line.substr(t1 + 1, t2 - t1 - 1);
    p.b = line.substr(t2 + 1);
    out.push_back(std::move(p));
  }
  return out;
}

// A sentence as a Document; an empty or invalid one becomes a single "." so
// that every pair can be scored.
inline Document sentence_document(const std::string& s) {
  auto d = parse_sentence(s);
  if (d.ok()) return std::move(d).value();
  return std::move(parse_sentence(".")).value();
}

inline double pearson(const std::vector<double>& x, const std::vector<double>& y) {
  const double n = static_cast<double>(x.size());
  if (n < 2) return 0;
  const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n;
  const double my = std::accumulate(y.begin(), y.end(), 0.0) / n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
    syy += (y[i] - my) * (y[i] - my);
  }
  return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0.0;
}

// Ranks with ties averaged.
inline std::vector<double> ranks(const std::vector<double>& x) {
  std::vector<std::size_t> idx(x.size());
  std::iota(idx.begin(), idx.end(), 0);
  std::stable_sort(idx.begin(), idx.end(), [&](std::size_t i, std::size_t j) { return x[i] < x[j]; });
  std::vector<double> r(x.size());
  for (std::size_t i = 0; i < idx.size();) {
    std::size_t j = i;
    while (j + 1 < idx.size() && x[idx[j + 1]] == x[idx[i]]) ++j;
    for (std::size_t k = i; k <= j; ++k) r[idx[k]] = (i + j) / 2.0 + 1;
    i = j + 1;
  }
  return r;
}

inline double spearman(const std::vector<double>& x, const std::vector<double>& y) {
  return pearson(ranks(x), ranks(y));
}

}  // namespace transdrift::sts
