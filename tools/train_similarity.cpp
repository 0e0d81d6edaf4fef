// Trains the "ensemble" similarity scorer's model (data/similarity_model.tsv)
// on STS-B train: ridge regression of gold/5 on the standardized features of
// lib/similarity/features.hpp. Deterministic: no randomness, fixed summation
// order, so the same inputs (train.tsv, WordNet 3.0, data/word_freq.tsv) give
// the same bytes.
//
//   train_similarity --train ../shared/data/stsb/train.tsv [--dev ../shared/data/stsb/dev.tsv]
//                    [--lambda 10] [-o data/similarity_model.tsv]
//
// --dev is only reported (per-feature and model Pearson), never fitted.
#include <Eigen/Dense>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
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
};

Set featurize(const std::vector<sts::LabeledPair>& pairs, const FeatureContext& ctx) {
  Set s;
  for (const auto& p : pairs) {
    const Document a = sts::sentence_document(p.a), b = sts::sentence_document(p.b);
    PairScore out;
    s.x.push_back(compute_features(a, {0, a.tokens.size()}, b, {0, b.tokens.size()}, ctx, out));
    s.y.push_back(p.gold / 5.0);
  }
  return s;
}

LinearModel fit(const Set& s, double lambda) {
  const auto n = static_cast<Eigen::Index>(s.x.size());
  const auto f = static_cast<Eigen::Index>(kFeatureCount);
  LinearModel m;
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
  return m;
}

double model_pearson(const LinearModel& m, const Set& s) {
  std::vector<double> p;
  for (const auto& x : s.x) p.push_back(m.predict(x));
  return sts::pearson(p, s.y);
}

}  // namespace

int main(int argc, char** argv) {
  std::string train = "../shared/data/stsb/train.tsv", dev, out, dump;
  double lambda = 10.0;
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
    else if (arg == "--lambda") lambda = std::stod(next());
    else if (arg == "-o" || arg == "--output") out = next();
    else if (arg == "--dump") dump = next();
    else {
      std::cerr << "usage: train_similarity --train TSV [--dev TSV] [--lambda L] [-o MODEL] [--dump CSV]\n";
      return 2;
    }
  }
  auto wn = WordNet::open();
  if (!wn.ok()) {
    std::cerr << "train_similarity: " << wn.error().message << '\n';
    return 2;
  }
  WordWeigher weigher(wn->get());
  FeatureContext ctx;
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
  const Set tr = featurize(augmented, ctx);
  Set dv;
  if (!dev.empty()) {
    const auto dev_pairs = sts::read_pairs(dev);
    if (!dev_pairs) {
      std::cerr << "train_similarity: cannot read " << dev << '\n';
      return 2;
    }
    dv = featurize(*dev_pairs, ctx);
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
  // 5-fold cross-validation on train (folds by index modulo 5).
  {
    std::vector<double> pred(tr.x.size()), gold = tr.y;
    for (std::size_t k = 0; k < 5; ++k) {
      Set fit_set, held;
      for (std::size_t i = 0; i < tr.x.size(); ++i) {
        Set& s = i % 5 == k ? held : fit_set;
        s.x.push_back(tr.x[i]);
        s.y.push_back(tr.y[i]);
      }
      const LinearModel m = fit(fit_set, lambda);
      for (std::size_t i = k, h = 0; i < tr.x.size(); i += 5, ++h) pred[i] = m.predict(held.x[h]);
    }
    std::fprintf(stderr, "train 5-fold CV Pearson %.4f (lambda %g)\n", sts::pearson(pred, gold), lambda);
  }
  const LinearModel model = fit(tr, lambda);
  std::fprintf(stderr, "train Pearson %.4f\n", model_pearson(model, tr));
  if (!dv.x.empty()) std::fprintf(stderr, "dev Pearson %.4f\n", model_pearson(model, dv));
  char header[512];
  std::snprintf(header, sizeof header,
                "# transdrift similarity model: ridge regression of STS-B train gold/5 on standardized features.\n"
                "# Made by tools/train_similarity.cpp (lambda %g, %zu pairs incl. identity anchors); see docs/similarity.md.\n"
                "# name<TAB>mean<TAB>scale<TAB>weight; score = clamp(bias + sum weight * (x - mean) / scale, 0, 1)\n",
                lambda, tr.x.size());
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
