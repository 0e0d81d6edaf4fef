// Shared by tools/fit_structure and bench/paws_eval: the structure signals of
// labelled sentence pairs (PAWS: "label<TAB>s1<TAB>s2", 1 = paraphrase), a
// logistic regression over them and ROC-AUC. See docs/structure.md.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <vector>

#include "similarity/structure.hpp"
#include "sts_data.hpp"
#include "transdrift/scorer.hpp"

namespace transdrift::structure_fit {

constexpr std::size_t kDim = StructureSignals::kCount;
using Features = std::array<double, kDim>;

struct Scored {
  int label = 0;              // 1 = paraphrase
  double pair_score = 0;      // the scorer's score (with its structure penalty)
  double structure = 0;       // PairScore::structure
  StructureSignals signals;
};

// Scores every pair with `scorer` and analyzes its structure.
inline std::vector<Scored> score_pairs(const Scorer& scorer, const std::vector<sts::LabeledPair>& pairs) {
  std::vector<Scored> out;
  out.reserve(pairs.size());
  for (const auto& p : pairs) {
    const Document a = sts::sentence_document(p.a), b = sts::sentence_document(p.b);
    const TokenRange ra{0, a.tokens.size()}, rb{0, b.tokens.size()};
    const PairScore s = scorer.score(a, ra, b, rb);
    Scored x;
    x.label = p.gold > 0.5 ? 1 : 0;
    x.pair_score = s.score;
    x.structure = s.structure;
    x.signals = analyze_structure(a, ra, b, rb, s.words).signals;
    out.push_back(x);
  }
  return out;
}

// ROC-AUC of `score` for the items with positive[i] (ties counted half), by ranks.
inline double roc_auc(const std::vector<double>& score, const std::vector<bool>& positive) {
  std::vector<std::size_t> idx(score.size());
  std::iota(idx.begin(), idx.end(), 0);
  std::sort(idx.begin(), idx.end(), [&](std::size_t x, std::size_t y) { return score[x] < score[y]; });
  double rank_sum = 0, npos = 0;
  for (std::size_t k = 0; k < idx.size();) {
    std::size_t e = k;
    while (e < idx.size() && score[idx[e]] == score[idx[k]]) ++e;
    const double mid = 0.5 * static_cast<double>(k + e + 1);  // mean 1-based rank of the tie group
    for (std::size_t t = k; t < e; ++t)
      if (positive[idx[t]]) rank_sum += mid, npos += 1;
    k = e;
  }
  const double nneg = static_cast<double>(score.size()) - npos;
  if (npos == 0 || nneg == 0) return 0.5;
  return (rank_sum - npos * (npos + 1) / 2) / (npos * nneg);
}

struct Logistic {
  double bias = 0;
  Features w{};
  double predict(const Features& x) const {
    double z = bias;
    for (std::size_t k = 0; k < kDim; ++k) z += w[k] * x[k];
    return 1.0 / (1.0 + std::exp(-z));
  }
};

// L2-regularized logistic regression (Newton's method; the bias is not
// penalized). y = 1 for drift (not a paraphrase).
inline Logistic fit_logistic(const std::vector<Features>& xs, const std::vector<int>& ys, double l2 = 1.0) {
  constexpr std::size_t d = kDim + 1;
  std::vector<double> theta(d, 0.0);
  for (int iter = 0; iter < 30; ++iter) {
    std::vector<double> grad(d, 0.0), hess(d * d, 0.0);
    for (std::size_t n = 0; n < xs.size(); ++n) {
      std::array<double, d> v{};
      v[0] = 1;
      for (std::size_t k = 0; k < kDim; ++k) v[k + 1] = xs[n][k];
      double z = 0;
      for (std::size_t k = 0; k < d; ++k) z += theta[k] * v[k];
      const double p = 1.0 / (1.0 + std::exp(-z));
      for (std::size_t k = 0; k < d; ++k) {
        grad[k] += (p - ys[n]) * v[k];
        for (std::size_t l = 0; l < d; ++l) hess[k * d + l] += p * (1 - p) * v[k] * v[l];
      }
    }
    for (std::size_t k = 1; k < d; ++k) {
      grad[k] += l2 * theta[k];
      hess[k * d + k] += l2;
    }
    hess[0] += 1e-9;
    // Solve hess * step = grad (Gaussian elimination with partial pivoting).
    std::vector<double> m = hess, step = grad;
    for (std::size_t c = 0; c < d; ++c) {
      std::size_t piv = c;
      for (std::size_t r = c + 1; r < d; ++r)
        if (std::abs(m[r * d + c]) > std::abs(m[piv * d + c])) piv = r;
      if (piv != c) {
        for (std::size_t l = 0; l < d; ++l) std::swap(m[c * d + l], m[piv * d + l]);
        std::swap(step[c], step[piv]);
      }
      if (std::abs(m[c * d + c]) < 1e-12) continue;
      for (std::size_t r = 0; r < d; ++r) {
        if (r == c) continue;
        const double f = m[r * d + c] / m[c * d + c];
        for (std::size_t l = c; l < d; ++l) m[r * d + l] -= f * m[c * d + l];
        step[r] -= f * step[c];
      }
    }
    double change = 0;
    for (std::size_t k = 0; k < d; ++k) {
      const double s = std::abs(m[k * d + k]) < 1e-12 ? 0.0 : step[k] / m[k * d + k];
      theta[k] -= s;
      change = std::max(change, std::abs(s));
    }
    if (change < 1e-8) break;
  }
  Logistic model;
  model.bias = theta[0];
  for (std::size_t k = 0; k < kDim; ++k) model.w[k] = theta[k + 1];
  return model;
}

inline std::vector<Features> features_of(const std::vector<Scored>& data) {
  std::vector<Features> xs;
  for (const Scored& s : data) xs.push_back(s.signals.values());
  return xs;
}

inline std::vector<int> drift_labels(const std::vector<Scored>& data) {
  std::vector<int> ys;
  for (const Scored& s : data) ys.push_back(s.label == 1 ? 0 : 1);
  return ys;
}

// k-fold cross-validated ROC-AUC (folds by index modulo k; pooled
// out-of-fold predictions) of the logistic regression, drift = positive.
inline double cross_validated_auc(const std::vector<Scored>& data, std::size_t k = 10, double l2 = 1.0) {
  const auto xs = features_of(data);
  const auto ys = drift_labels(data);
  std::vector<double> pred(data.size(), 0.0);
  for (std::size_t fold = 0; fold < k; ++fold) {
    std::vector<Features> tx;
    std::vector<int> ty;
    for (std::size_t n = 0; n < data.size(); ++n)
      if (n % k != fold) tx.push_back(xs[n]), ty.push_back(ys[n]);
    const Logistic m = fit_logistic(tx, ty, l2);
    for (std::size_t n = fold; n < data.size(); n += k) pred[n] = m.predict(xs[n]);
  }
  std::vector<bool> pos(ys.begin(), ys.end());
  return roc_auc(pred, pos);
}

}  // namespace transdrift::structure_fit
