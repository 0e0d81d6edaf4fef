// Trains the "ensemble" similarity scorer's model (data/similarity_model.tsv)
// on STS-B train: ridge regression of gold/5 on the standardized features of
// lib/similarity/features.hpp, then gradient-boosted regression trees
// (Friedman 2001: least squares, shrinkage, depth-limited trees) fitted to
// the ridge part's residuals. Deterministic: no randomness, fixed summation
// order, so the same inputs (train.tsv, WordNet 3.0, the data/ tables) give
// the same bytes.
//
//   train_similarity --train ../shared/data/stsb/train.tsv [--dev ../shared/data/stsb/dev.tsv]
//                    [--lambda 10] [--rounds N] [--depth D] [--shrinkage S] [--min-leaf M]
//                    [--grid] [-o data/similarity_model.tsv] [--dump features.csv]
//
// The defaults are the parameters chosen by 5-fold cross-validation on train
// (--grid prints that search). --dev is only reported, never fitted.
#include <Eigen/Dense>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>

#include "similarity/features.hpp"
#include "similarity/model.hpp"
#include "similarity/word_weights.hpp"
#include "sts_data.hpp"
#include "transdrift/wordnet.hpp"

using namespace transdrift;

namespace {

struct Set {
  std::vector<FeatureVector> x;
  std::vector<double> y;  // gold / 5
  std::vector<bool> anchor;  // identity anchor (not an STS-B pair)
};

struct Config {
  double lambda = 10;      // ridge penalty (standardized features)
  int rounds = 300;        // boosting rounds (0: ridge only)
  int depth = 2;           // tree depth
  double shrinkage = 0.05; // learning rate
  int min_leaf = 40;       // fewest training pairs in a leaf
  double leaf_l2 = 1.0;    // L2 penalty on leaf values
};

Set featurize(const std::vector<sts::LabeledPair>& pairs, const FeatureContext& ctx, std::size_t real) {
  Set s;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const auto& p = pairs[i];
    const Document a = sts::sentence_document(p.a), b = sts::sentence_document(p.b);
    PairScore out;
    s.x.push_back(compute_features(a, {0, a.tokens.size()}, b, {0, b.tokens.size()}, ctx, out));
    s.y.push_back(p.gold / 5.0);
    s.anchor.push_back(i >= real);
  }
  return s;
}

void fit_ridge(const Set& s, double lambda, SimilarityModel& m) {
  const auto n = static_cast<Eigen::Index>(s.x.size());
  const auto f = static_cast<Eigen::Index>(kFeatureCount);
  Eigen::MatrixXd x(n, f);
  Eigen::VectorXd y(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    for (Eigen::Index j = 0; j < f; ++j) x(i, j) = s.x[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
    y(i) = s.y[static_cast<std::size_t>(i)];
  }
  for (Eigen::Index j = 0; j < f; ++j) {
    const double mean = x.col(j).mean();
    const double sd = std::sqrt((x.col(j).array() - mean).square().sum() / static_cast<double>(n));
    m.mean[static_cast<std::size_t>(j)] = mean;
    m.scale[static_cast<std::size_t>(j)] = sd > 1e-12 ? sd : 0.0;
    if (sd > 1e-12) x.col(j) = (x.col(j).array() - mean) / sd;
    else x.col(j).setZero();
  }
  const double ymean = y.mean();
  Eigen::MatrixXd a = x.transpose() * x;
  a.diagonal().array() += lambda;
  const Eigen::VectorXd w = a.ldlt().solve(x.transpose() * (y.array() - ymean).matrix());
  m.bias = ymean;
  for (Eigen::Index j = 0; j < f; ++j) m.weight[static_cast<std::size_t>(j)] = w(j);
}

// Gradient boosting on the residuals of the model so far. Split candidates
// per feature: at most 64 thresholds, training values at evenly spaced ranks.
class Booster {
 public:
  Booster(const Set& s, const Config& c) : s_(s), c_(c) {
    const std::size_t n = s.x.size();
    for (std::size_t j = 0; j < kFeatureCount; ++j) {
      std::vector<double> v(n);
      for (std::size_t i = 0; i < n; ++i) v[i] = s.x[i][j];
      std::sort(v.begin(), v.end());
      std::vector<double> e;
      constexpr std::size_t kBins = 64;
      for (std::size_t k = 1; k < kBins; ++k) {
        const double t = v[k * (n - 1) / kBins];
        if (t < v.back() && (e.empty() || t > e.back())) e.push_back(t);
      }
      edges_[j] = std::move(e);
    }
    bin_.assign(n, {});
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < kFeatureCount; ++j)
        bin_[i][j] = static_cast<unsigned char>(
            std::lower_bound(edges_[j].begin(), edges_[j].end(), s.x[i][j]) - edges_[j].begin());
  }

  void fit(SimilarityModel& m) {
    const std::size_t n = s_.x.size();
    pred_.resize(n);
    for (std::size_t i = 0; i < n; ++i) pred_[i] = m.raw(s_.x[i]);
    for (int r = 0; r < c_.rounds; ++r) {
      residual_.resize(n);
      for (std::size_t i = 0; i < n; ++i) residual_[i] = s_.y[i] - pred_[i];
      std::vector<std::size_t> all(n);
      for (std::size_t i = 0; i < n; ++i) all[i] = i;
      SimilarityModel::Tree tree;
      grow(tree, all, 0);
      for (std::size_t i = 0; i < n; ++i) pred_[i] += SimilarityModel::tree_value(tree, s_.x[i]);
      m.trees.push_back(std::move(tree));
    }
  }

 private:
  int grow(SimilarityModel::Tree& tree, const std::vector<std::size_t>& idx, int depth) {
    const int me = static_cast<int>(tree.size());
    tree.emplace_back();
    double sum = 0;
    for (std::size_t i : idx) sum += residual_[i];
    const double cnt = static_cast<double>(idx.size());
    const double parent = sum * sum / (cnt + c_.leaf_l2);
    double best_gain = 1e-12;
    int best_f = -1;
    std::size_t best_b = 0;
    if (depth < c_.depth && idx.size() >= 2 * static_cast<std::size_t>(c_.min_leaf)) {
      for (std::size_t j = 0; j < kFeatureCount; ++j) {
        const std::size_t nb = edges_[j].size() + 1;
        std::vector<double> hs(nb, 0.0), hc(nb, 0.0);
        for (std::size_t i : idx) hs[bin_[i][j]] += residual_[i], hc[bin_[i][j]] += 1;
        double ls = 0, lc = 0;
        for (std::size_t b = 0; b + 1 < nb; ++b) {
          ls += hs[b], lc += hc[b];
          const double rc = cnt - lc;
          if (lc < c_.min_leaf || rc < c_.min_leaf) continue;
          const double rs = sum - ls;
          const double gain = ls * ls / (lc + c_.leaf_l2) + rs * rs / (rc + c_.leaf_l2) - parent;
          if (gain > best_gain) best_gain = gain, best_f = static_cast<int>(j), best_b = b;
        }
      }
    }
    if (best_f < 0) {
      tree[static_cast<std::size_t>(me)].value = c_.shrinkage * sum / (cnt + c_.leaf_l2);
      return me;
    }
    std::vector<std::size_t> left, right;
    for (std::size_t i : idx) (bin_[i][static_cast<std::size_t>(best_f)] <= best_b ? left : right).push_back(i);
    tree[static_cast<std::size_t>(me)].feature = best_f;
    tree[static_cast<std::size_t>(me)].threshold = edges_[static_cast<std::size_t>(best_f)][best_b];
    const int l = grow(tree, left, depth + 1);
    const int r = grow(tree, right, depth + 1);
    tree[static_cast<std::size_t>(me)].left = l;
    tree[static_cast<std::size_t>(me)].right = r;
    return me;
  }

  const Set& s_;
  Config c_;
  std::array<std::vector<double>, kFeatureCount> edges_;
  std::vector<std::array<unsigned char, kFeatureCount>> bin_;
  std::vector<double> pred_, residual_;
};

SimilarityModel fit(const Set& s, const Config& c) {
  SimilarityModel m;
  fit_ridge(s, c.lambda, m);
  if (c.rounds > 0) Booster(s, c).fit(m);
  return m;
}

// Pearson of the model's clamped predictions on the STS-B pairs of `s` (identity anchors left out).
double model_pearson(const SimilarityModel& m, const Set& s) {
  std::vector<double> p, g;
  for (std::size_t i = 0; i < s.x.size(); ++i)
    if (!s.anchor[i]) p.push_back(m.predict(s.x[i])), g.push_back(s.y[i]);
  return sts::pearson(p, g);
}

// 5-fold cross-validation on train (folds by index modulo 5); Pearson over
// the held-out STS-B pairs.
// blocked: the folds are five contiguous blocks of the file instead (STS-B
// train is ordered by source and year, so each block is held out from models
// that saw little of its kind: a stand-in for the shift to unseen data).
double cross_validate(const Set& tr, const Config& c, std::vector<double>* held_out = nullptr, bool blocked = false,
                      double* fold_se = nullptr) {
  std::vector<double> pred, gold, fold_r;
  if (held_out) held_out->assign(tr.x.size(), 0.0);
  std::size_t real = 0;
  for (bool a : tr.anchor) real += !a;
  auto fold = [&](std::size_t i) { return blocked && !tr.anchor[i] ? i * 5 / real : i % 5; };
  for (std::size_t k = 0; k < 5; ++k) {
    Set fit_set;
    for (std::size_t i = 0; i < tr.x.size(); ++i)
      if (fold(i) != k) fit_set.x.push_back(tr.x[i]), fit_set.y.push_back(tr.y[i]), fit_set.anchor.push_back(tr.anchor[i]);
    const SimilarityModel m = fit(fit_set, c);
    const std::size_t first = pred.size();
    for (std::size_t i = 0; i < tr.x.size(); ++i)
      if (fold(i) == k && !tr.anchor[i]) {
        pred.push_back(m.predict(tr.x[i])), gold.push_back(tr.y[i]);
        if (held_out) (*held_out)[i] = pred.back();
      }
    fold_r.push_back(sts::pearson(std::vector<double>(pred.begin() + static_cast<long>(first), pred.end()),
                                  std::vector<double>(gold.begin() + static_cast<long>(first), gold.end())));
  }
  if (fold_se) {  // standard error of the mean per-fold Pearson
    double m = 0, v = 0;
    for (double r : fold_r) m += r / 5;
    for (double r : fold_r) v += (r - m) * (r - m) / 4;
    *fold_se = std::sqrt(v / 5);
  }
  return sts::pearson(pred, gold);
}

// L2-penalized logistic regression on standardized features (Newton's
// method, fixed 30 iterations): returns P(label 1) for each row of `test`.
std::vector<double> logistic(const std::vector<FeatureVector>& x, const std::vector<double>& label,
                             const std::vector<FeatureVector>& test, double lambda) {
  const auto n = static_cast<Eigen::Index>(x.size());
  const auto f = static_cast<Eigen::Index>(kFeatureCount) + 1;  // + intercept
  Eigen::VectorXd mean = Eigen::VectorXd::Zero(f), scale = Eigen::VectorXd::Ones(f);
  for (Eigen::Index j = 1; j < f; ++j) {
    double m = 0, v = 0;
    for (const auto& r : x) m += r[static_cast<std::size_t>(j - 1)];
    m /= static_cast<double>(n);
    for (const auto& r : x) v += (r[static_cast<std::size_t>(j - 1)] - m) * (r[static_cast<std::size_t>(j - 1)] - m);
    mean(j) = m;
    scale(j) = std::sqrt(v / static_cast<double>(n)) > 1e-12 ? std::sqrt(v / static_cast<double>(n)) : 0.0;
  }
  auto design = [&](const std::vector<FeatureVector>& rows) {
    Eigen::MatrixXd d(static_cast<Eigen::Index>(rows.size()), f);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const auto r = static_cast<Eigen::Index>(i);
      d(r, 0) = 1.0;
      for (Eigen::Index j = 1; j < f; ++j)
        d(r, j) = scale(j) > 0 ? (rows[i][static_cast<std::size_t>(j - 1)] - mean(j)) / scale(j) : 0.0;
    }
    return d;
  };
  const Eigen::MatrixXd d = design(x);
  Eigen::VectorXd y(n), w = Eigen::VectorXd::Zero(f);
  for (Eigen::Index i = 0; i < n; ++i) y(i) = label[static_cast<std::size_t>(i)] > 0.5 ? 1.0 : 0.0;
  Eigen::VectorXd penalty = Eigen::VectorXd::Constant(f, lambda);
  penalty(0) = 0;
  for (int it = 0; it < 30; ++it) {
    const Eigen::VectorXd p = (1.0 / (1.0 + (-(d * w).array()).exp())).matrix();
    const Eigen::VectorXd s = (p.array() * (1 - p.array())).matrix();
    Eigen::MatrixXd h = d.transpose() * s.asDiagonal() * d;
    h.diagonal() += penalty;
    const Eigen::VectorXd g = d.transpose() * (p - y) + penalty.cwiseProduct(w);
    w -= h.ldlt().solve(g);
  }
  const Eigen::VectorXd z = design(test) * w;
  std::vector<double> out(test.size());
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = 1.0 / (1.0 + std::exp(-z(static_cast<Eigen::Index>(i))));
  return out;
}

// MRPC, 10-fold cross-validation (folds by index modulo 10): (1) the trained
// similarity model's score with the threshold chosen on the nine other folds;
// (2) a logistic regression over the same features trained on the nine folds.
void mrpc_report(const Set& m, const SimilarityModel& model) {
  std::vector<double> score;
  for (const auto& x : m.x) score.push_back(model.predict(x));
  long by_threshold = 0, by_logistic = 0;
  for (std::size_t k = 0; k < 10; ++k) {
    std::vector<double> fs, fy;
    std::vector<FeatureVector> fx, tx;
    for (std::size_t i = 0; i < m.x.size(); ++i) {
      if (i % 10 == k) tx.push_back(m.x[i]);
      else fs.push_back(score[i]), fy.push_back(m.y[i]), fx.push_back(m.x[i]);
    }
    const double t = sts::best_threshold(fs, fy);
    const std::vector<double> p = logistic(fx, fy, tx, 1.0);
    for (std::size_t i = k, h = 0; i < m.x.size(); i += 10, ++h) {
      const bool gold = m.y[i] > 0.5;
      by_threshold += (score[i] >= t) == gold;
      by_logistic += (p[h] >= 0.5) == gold;
    }
  }
  const double n = static_cast<double>(m.x.size());
  std::fprintf(stderr, "MRPC 10-fold CV accuracy: model score at CV threshold %.4f; logistic regression over the features %.4f\n",
               static_cast<double>(by_threshold) / n, static_cast<double>(by_logistic) / n);
}

// MRPC pairs that STS-B has as well (STS 2012's MSRpar was drawn from the
// paraphrase corpus): how well the human STS score, and the model's, tell
// MRPC's paraphrases at their best threshold on these pairs. A bound on what
// an STS-trained score can do on MRPC.
void mrpc_overlap_report(const std::vector<sts::LabeledPair>& sts_pairs, const std::vector<sts::LabeledPair>& mrpc_pairs,
                         const Set& m, const SimilarityModel& model) {
  auto key = [](const std::string& a, const std::string& b) {
    auto squeeze = [](const std::string& x) {
      std::string out;
      bool space = false;
      for (char c : x) {
        if (std::isspace(static_cast<unsigned char>(c))) {
          space = !out.empty();
          continue;
        }
        if (space) out += ' ';
        space = false;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
      return out;
    };
    return squeeze(a) + '\t' + squeeze(b);
  };
  std::unordered_map<std::string, double> gold;
  for (const auto& p : sts_pairs) {
    gold.emplace(key(p.a, p.b), p.gold);
    gold.emplace(key(p.b, p.a), p.gold);
  }
  std::vector<double> human, ours, label;
  for (std::size_t i = 0; i < mrpc_pairs.size() && i < m.x.size(); ++i) {
    const auto it = gold.find(key(mrpc_pairs[i].a, mrpc_pairs[i].b));
    if (it == gold.end()) continue;
    human.push_back(it->second);
    ours.push_back(model.predict(m.x[i]));
    label.push_back(mrpc_pairs[i].gold);
  }
  if (label.empty()) return;
  double acc_human = 0, acc_ours = 0, positives = 0;
  sts::best_threshold(human, label, &acc_human);
  sts::best_threshold(ours, label, &acc_ours);
  for (double y : label) positives += y > 0.5;
  std::fprintf(stderr,
               "MRPC pairs also in STS-B: %zu (%.3f paraphrases); best-threshold accuracy on them: STS-B gold %.4f, "
               "model score %.4f\n",
               label.size(), positives / static_cast<double>(label.size()), acc_human, acc_ours);
}

}  // namespace

int main(int argc, char** argv) {
  std::string train = "../shared/data/stsb/train.tsv", dev, out, dump, errors, mrpc;
  Config config;
  FeatureContext ctx;
  bool grid = false;
  std::string drop;  // comma-separated feature names set to 0 (ablation)
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "train_similarity: " << arg << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--train") train = next();
    else if (arg == "--dev") dev = next();
    else if (arg == "--lambda") config.lambda = std::stod(next());
    else if (arg == "--rounds") config.rounds = std::stoi(next());
    else if (arg == "--depth") config.depth = std::stoi(next());
    else if (arg == "--shrinkage") config.shrinkage = std::stod(next());
    else if (arg == "--min-leaf") config.min_leaf = std::stoi(next());
    else if (arg == "--grid") grid = true;
    else if (arg == "--lemma-strength") ctx.aligner.lemma_strength = std::stod(next());
    else if (arg == "--synonym-strength") ctx.aligner.synonym_strength = std::stod(next());
    else if (arg == "--related-strength") ctx.aligner.related_strength = std::stod(next());
    else if (arg == "-o" || arg == "--output") out = next();
    else if (arg == "--dump") dump = next();
    else if (arg == "--errors") errors = next();
    else if (arg == "--mrpc") mrpc = next();
    else if (arg == "--drop") drop = next();
    else {
      std::cerr << "usage: train_similarity --train TSV [--dev TSV] [--lambda L] [--rounds N] [--depth D]\n"
                   "                        [--shrinkage S] [--min-leaf M] [--lemma-strength V] [--synonym-strength V]\n"
                   "                        [--related-strength V] [--grid] [--mrpc TSV] [--errors TSV] [-o MODEL] [--dump CSV]\n"
                   "                        [--drop NAME,NAME...]\n";
      return 2;
    }
  }
  auto wn = WordNet::open();
  if (!wn.ok()) {
    std::cerr << "train_similarity: " << wn.error().message << '\n';
    return 2;
  }
  WordWeigher weigher(wn->get());
  ctx.wordnet = wn->get();
  ctx.weigher = &weigher;
  const auto train_pairs = sts::read_pairs(train);
  if (!train_pairs || train_pairs->empty()) {
    std::cerr << "train_similarity: cannot read " << train << '\n';
    return 2;
  }
  // Identity anchors: every tenth train pair's first sentence paired with
  // itself, gold 5, so that the model maps identical text to the top of the
  // scale (STS-B alone teaches a length effect that would pull short
  // identical sentences below 1).
  std::vector<sts::LabeledPair> augmented = *train_pairs;
  for (std::size_t i = 0; i < train_pairs->size(); i += 10)
    augmented.push_back({5.0, (*train_pairs)[i].a, (*train_pairs)[i].a});
  // --drop: features held at 0 everywhere (the model then cannot use them).
  std::vector<std::size_t> dropped;
  for (std::size_t start = 0; start < drop.size();) {
    const std::size_t end = std::min(drop.find(',', start), drop.size());
    const std::string name = drop.substr(start, end - start);
    const auto& names = feature_names();
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end()) {
      std::cerr << "train_similarity: unknown feature '" << name << "'\n";
      return 2;
    }
    dropped.push_back(static_cast<std::size_t>(it - names.begin()));
    start = end + 1;
  }
  auto featurize_kept = [&](const std::vector<sts::LabeledPair>& pairs, std::size_t real) {
    Set s = featurize(pairs, ctx, real);
    for (auto& x : s.x)
      for (std::size_t j : dropped) x[j] = 0.0;
    return s;
  };
  const Set tr = featurize_kept(augmented, train_pairs->size());
  Set dv;
  std::vector<sts::LabeledPair> dev_raw;
  if (!dev.empty()) {
    const auto dev_pairs = sts::read_pairs(dev);
    if (!dev_pairs) {
      std::cerr << "train_similarity: cannot read " << dev << '\n';
      return 2;
    }
    dv = featurize_kept(*dev_pairs, dev_pairs->size());
    dev_raw = *dev_pairs;
  }
  Set mr;  // MRPC, labels 0/1 (featurize divides by 5, as for STS-B's 0-5)
  std::vector<sts::LabeledPair> mrpc_raw;
  if (!mrpc.empty()) {
    const auto mrpc_pairs = sts::read_pairs(mrpc);
    if (!mrpc_pairs) {
      std::cerr << "train_similarity: cannot read " << mrpc << '\n';
      return 2;
    }
    mr = featurize_kept(*mrpc_pairs, mrpc_pairs->size());
    mrpc_raw = *mrpc_pairs;
  }
  if (!dump.empty()) {
    std::ofstream d(dump);
    d << "set,gold";
    for (auto n : feature_names()) d << ',' << n;
    d << '\n';
    auto write = [&](const Set& s, const char* name) {
      for (std::size_t i = 0; i < s.x.size(); ++i) {
        d << name << ',' << s.y[i];
        for (double v : s.x[i]) d << ',' << v;
        d << '\n';
      }
    };
    write(tr, "train");
    write(dv, "dev");
    write(mr, "mrpc");
  }
  // Single features, for orientation.
  for (std::size_t j = 0; j < kFeatureCount; ++j) {
    std::vector<double> ct, cd;
    for (const auto& x : tr.x) ct.push_back(x[j]);
    for (const auto& x : dv.x) cd.push_back(x[j]);
    std::fprintf(stderr, "%-18s train r %+.3f%s", std::string(feature_names()[j]).c_str(), sts::pearson(ct, tr.y),
                 dv.x.empty() ? "\n" : "");
    if (!dv.x.empty()) std::fprintf(stderr, "   dev r %+.3f\n", sts::pearson(cd, dv.y));
  }
  auto describe = [](const Config& c) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "lambda %g, rounds %d, depth %d, shrinkage %g, min-leaf %d", c.lambda, c.rounds,
                  c.depth, c.shrinkage, c.min_leaf);
    return std::string(buf);
  };
  if (grid) {
    std::vector<Config> configs;
    for (double lambda : {1.0, 10.0, 100.0}) configs.push_back({lambda, 0, 0, 0, 0, 1.0});
    for (int depth : {1, 2, 3})
      for (int rounds : {100, 300})
        for (double shrinkage : {0.02, 0.05}) configs.push_back({10.0, rounds, depth, shrinkage, 40, 1.0});
    for (const Config& c : configs) {
      double se = 0;
      const double interleaved = cross_validate(tr, c);
      const double blocked = cross_validate(tr, c, nullptr, true, &se);
      std::fprintf(stderr, "grid  %-60s  train 5-fold CV Pearson %.4f, blocked %.4f (fold s.e. %.4f)",
                   describe(c).c_str(), interleaved, blocked, se);
      if (!dv.x.empty()) std::fprintf(stderr, "   dev %.4f", model_pearson(fit(tr, c), dv));
      std::fprintf(stderr, "\n");
    }
  }
  std::vector<double> held_out;
  std::fprintf(stderr, "train 5-fold CV Pearson %.4f, blocked %.4f (%s)\n", cross_validate(tr, config, &held_out),
               cross_validate(tr, config, nullptr, true), describe(config).c_str());
  if (!errors.empty()) {  // train pairs by cross-validated error, largest first
    std::vector<std::size_t> idx(train_pairs->size());
    for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t i, std::size_t j) {
      return std::abs(held_out[i] - tr.y[i]) > std::abs(held_out[j] - tr.y[j]);
    });
    std::ofstream e(errors);
    for (std::size_t i : idx)
      e << tr.y[i] * 5 << '\t' << held_out[i] * 5 << '\t' << (*train_pairs)[i].a << '\t' << (*train_pairs)[i].b << '\n';
  }
  const SimilarityModel model = fit(tr, config);
  std::fprintf(stderr, "train Pearson %.4f\n", model_pearson(model, tr));
  if (!dv.x.empty()) std::fprintf(stderr, "dev Pearson %.4f\n", model_pearson(model, dv));
  if (!mr.x.empty()) {
    for (double& y : mr.y) y *= 5;  // back to the labels 0/1
    mrpc_report(mr, model);
    std::vector<sts::LabeledPair> sts_raw(train_pairs->begin(), train_pairs->end());
    sts_raw.insert(sts_raw.end(), dev_raw.begin(), dev_raw.end());
    mrpc_overlap_report(sts_raw, mrpc_raw, mr, model);
  }
  char header[768];
  std::snprintf(header, sizeof header,
                "# transdrift similarity model: ridge regression of STS-B train gold/5 on standardized features,\n"
                "# plus gradient-boosted regression trees on its residuals (score = clamp(linear + trees, 0, 1)).\n"
                "# Made by tools/train_similarity.cpp (%s; %zu pairs incl. identity anchors); see docs/similarity.md.\n"
                "# name<TAB>mean<TAB>scale<TAB>weight: linear = bias + sum weight * (x - mean) / scale\n"
                "# node<TAB>tree<TAB>index<TAB>feature<TAB>threshold<TAB>left<TAB>right<TAB>value: x <= threshold goes left; leaves (feature -) add value\n",
                describe(config).c_str(), tr.x.size());
  const std::string text = model.to_text(header);
  if (out.empty()) std::cout << text;
  else {
    std::ofstream o(out, std::ios::binary);
    o << text;
    if (!o) {
      std::cerr << "train_similarity: cannot write " << out << '\n';
      return 2;
    }
  }
  return 0;
}
