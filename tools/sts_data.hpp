// Reading scored sentence pairs (STS-B, MRPC: "gold<TAB>s1<TAB>s2") and
// statistics shared by tools/train_similarity and bench/bench_similarity.
#pragma once

#include <algorithm>
#include <cstddef>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "core/correlation.hpp"
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

// One implementation of the correlations for the tools and the score command.
using transdrift::pearson;
using transdrift::ranks;
using transdrift::spearman;

// MRPC: "paraphrase iff score >= t" on (score, label) pairs (label > 0.5 is a
// paraphrase). Returns the t with the most correct predictions (between two
// neighbouring scores, or just outside the range); its accuracy goes to
// *accuracy when given.
inline double best_threshold(const std::vector<double>& s, const std::vector<double>& y, double* accuracy = nullptr) {
  std::vector<std::size_t> idx(s.size());
  for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::sort(idx.begin(), idx.end(), [&](std::size_t i, std::size_t j) { return s[i] < s[j]; });
  // Threshold below everything: all predicted positive.
  long correct = 0;
  for (double v : y) correct += v > 0.5;
  long best = correct;
  double best_t = s.empty() ? 0 : s[idx[0]] - 1e-9;
  for (std::size_t k = 0; k < idx.size(); ++k) {
    correct += y[idx[k]] > 0.5 ? -1 : 1;  // idx[k] now predicted negative
    if (k + 1 < idx.size() && s[idx[k + 1]] == s[idx[k]]) continue;
    if (correct > best) {
      best = correct;
      best_t = k + 1 < idx.size() ? 0.5 * (s[idx[k]] + s[idx[k + 1]]) : s[idx[k]] + 1e-9;
    }
  }
  if (accuracy) *accuracy = s.empty() ? 0 : static_cast<double>(best) / static_cast<double>(s.size());
  return best_t;
}

}  // namespace transdrift::sts
