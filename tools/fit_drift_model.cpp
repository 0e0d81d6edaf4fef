// Fits the drift model (data/drift_model.tsv, lib/detect/drift_model.hpp):
// an L2-regularized Poisson regression of the number of annotated Accuracy
// errors of each record on its drift signals, over the WMT 2021 MQM TED
// annotations (Freitag et al. 2021; reference = original, MT =
// retranslation), turned into the probability that the pair has a Major
// Accuracy error by a logistic fit of that label (positive) against "no
// Accuracy error" (negative) on the regression's linear predictor. The count
// uses every record (those with only minor accuracy errors too); the
// calibration and the ROC-AUC leave those out, as bench/mqm_eval.cpp does.
// --target major fits the binary label directly (logistic regression, the
// scored pairs only; measured 0.001-0.003 lower, see docs/detection.md).
//
// It reports the k-fold cross-validated ROC-AUC (pooled out-of-fold
// predictions; folds by source segment, so the 14 translations of one segment
// never sit on both sides of a split) next to each signal's own AUC, then fits
// on all of it. Deterministic: the same data and build give the same file,
// byte for byte.
//
// Usage: fit_drift_model [--data ted-zhen-dev.jsonl] [-o data/drift_model.tsv]
//                        [--folds 10] [--seed 0] [--lambda 1] [--target count|major]
//                        [--signals all|none|NAME,NAME...] [--signals-cache FILE]
//                        [--trees 0] [--depth 2] [--shrinkage 0.05] [--min-hessian 5] [--tree-signals all|NAME,...]
//                        [--dump-words FILE]
// --seed S (S > 0) assigns the source segments to folds in a random order
// drawn from S instead of by their order in the file (seed 0): a gain must
// hold on more than one assignment to be more than the folds' noise.
// --trees N adds N gradient-boosted regression trees on the raw signals to
// the logit of the linear part (measured: no gain on this data, default 0).
// --signals-cache reuses (or writes) the pairs' signals, to try settings
// without re-running the detector.
// --dump-words writes one tab-separated row per word token of each MT (all
// records, those with only minor accuracy errors too; pair -1 for them):
// record, pair (the row of the signals cache), segment (the folds' group),
// whether the token overlaps an annotated Accuracy span (any / Major), and
// word-level features of the detector's alignment (word_feature_names()).
// For trying word-level models on the experts' spans outside this program
// (measured: no gain for the pair model, see docs/detection.md). It runs the
// detector, so it ignores a --signals-cache that already exists.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <Eigen/Dense>
#include <nlohmann/json.hpp>

#include "detect/checks.hpp"
#include "detect/drift_model.hpp"
#include "similarity/word_aligner.hpp"
#include "similarity/word_weights.hpp"
#include "similarity/wordnet_vectors.hpp"
#include "text/wordclass.hpp"
#include "transdrift/transdrift.hpp"

using namespace transdrift;

namespace {

constexpr const char* kDefaultSignals =
    "unaligned_original,unaligned_retranslated,unaligned_share_original,weak_original,dissimilarity,length,minor_findings,longest_run,vector_gap_original";

struct Sample {
  DriftSignals x{};
  double y = 0;           // 1 a major accuracy error, 0 no accuracy error, -1 minor ones only (not scored)
  double errors = 0;      // annotated accuracy errors, any severity
  std::size_t group = 0;  // source segment
};

// What the linear part is fitted to: the count of accuracy errors of every
// record (Poisson regression, log link), then turned into the probability of
// a major error by a logistic fit of the binary label on its linear predictor;
// or that binary label itself (logistic regression on the scored pairs only).
enum class Target { kCount, kMajor };

double roc_auc(const std::vector<double>& score, const std::vector<double>& y) {
  // Rank-sum statistic, ties counted half (as bench/mqm_eval.cpp).
  std::vector<std::size_t> idx(score.size());
  for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return score[a] < score[b]; });
  double rank_sum = 0, pos = 0;
  for (std::size_t i = 0; i < idx.size();) {
    std::size_t j = i;
    while (j < idx.size() && score[idx[j]] == score[idx[i]]) ++j;
    const double avg_rank = (static_cast<double>(i) + static_cast<double>(j) + 1) / 2.0;  // 1-based
    for (std::size_t k = i; k < j; ++k)
      if (y[idx[k]] > 0.5) rank_sum += avg_rank, pos += 1;
    i = j;
  }
  const double neg = static_cast<double>(score.size()) - pos;
  if (pos == 0 || neg == 0) return 0.0;
  return (rank_sum - pos * (pos + 1) / 2.0) / (pos * neg);
}

// Newton's method (IRLS) on the standardized signals; the bias is not penalized.
DriftModel fit(const std::vector<const Sample*>& all, double lambda, const std::vector<bool>& use, Target target) {
  std::vector<const Sample*> train;
  for (const Sample* p : all)
    if (target == Target::kCount || p->y >= 0) train.push_back(p);
  DriftModel m;
  const auto n = static_cast<double>(train.size());
  for (std::size_t j = 0; j < kDriftSignalCount; ++j) {
    double s = 0, ss = 0;
    for (const Sample* p : train) s += p->x[j];
    m.mean[j] = s / n;
    for (const Sample* p : train) ss += (p->x[j] - m.mean[j]) * (p->x[j] - m.mean[j]);
    m.scale[j] = use[j] ? std::sqrt(ss / n) : 0.0;  // scale 0: the signal is not used
  }
  const Eigen::Index f = static_cast<Eigen::Index>(kDriftSignalCount) + 1;
  Eigen::MatrixXd x(static_cast<Eigen::Index>(train.size()), f);
  Eigen::VectorXd y(x.rows());
  for (Eigen::Index i = 0; i < x.rows(); ++i) {
    const Sample& p = *train[static_cast<std::size_t>(i)];
    x(i, 0) = 1.0;
    for (std::size_t j = 0; j < kDriftSignalCount; ++j)
      x(i, static_cast<Eigen::Index>(j) + 1) = m.scale[j] > 0 ? (p.x[j] - m.mean[j]) / m.scale[j] : 0.0;
    y(i) = target == Target::kCount ? p.errors : p.y;
  }
  Eigen::VectorXd w = Eigen::VectorXd::Zero(f);
  if (target == Target::kCount) w(0) = std::log(std::max(y.mean(), 1e-3));
  Eigen::MatrixXd penalty = Eigen::MatrixXd::Identity(f, f) * lambda;
  penalty(0, 0) = 0;
  for (int iter = 0; iter < 50; ++iter) {
    const Eigen::VectorXd z = x * w;
    Eigen::VectorXd p(z.size()), d(z.size());
    for (Eigen::Index i = 0; i < z.size(); ++i) {
      p(i) = target == Target::kCount ? std::exp(z(i)) : 1.0 / (1.0 + std::exp(-z(i)));
      d(i) = std::max(target == Target::kCount ? p(i) : p(i) * (1 - p(i)), 1e-9);
    }
    const Eigen::VectorXd grad = x.transpose() * (p - y) + penalty * w;
    const Eigen::MatrixXd hess = x.transpose() * d.asDiagonal() * x + penalty;
    const Eigen::VectorXd step = hess.ldlt().solve(grad);
    w -= step;
    if (step.cwiseAbs().maxCoeff() < 1e-12) break;
  }
  if (target == Target::kCount) {
    // Calibration: P(major) = 1 / (1 + exp(-(a + c z))) on the scored pairs,
    // z the linear predictor of the count (Newton's method in a and c).
    double a = 0, c = 1;
    const Eigen::VectorXd z = x * w;
    for (int iter = 0; iter < 50; ++iter) {
      double ga = 0, gc = 0, haa = 0, hac = 0, hcc = 0;
      for (Eigen::Index i = 0; i < z.size(); ++i) {
        const double label = train[static_cast<std::size_t>(i)]->y;
        if (label < 0) continue;
        const double p = 1.0 / (1.0 + std::exp(-(a + c * z(i)))), d = std::max(p * (1 - p), 1e-9);
        ga += p - label, gc += (p - label) * z(i);
        haa += d, hac += d * z(i), hcc += d * z(i) * z(i);
      }
      const double det = haa * hcc - hac * hac;
      const double da = (hcc * ga - hac * gc) / det, dc = (haa * gc - hac * ga) / det;
      a -= da, c -= dc;
      if (std::max(std::abs(da), std::abs(dc)) < 1e-12) break;
    }
    w *= c;
    w(0) += a;
  }
  m.bias = w(0);
  for (std::size_t j = 0; j < kDriftSignalCount; ++j) m.weight[j] = w(static_cast<Eigen::Index>(j) + 1);
  return m;
}

// Gradient boosting (Friedman 2001) of depth-limited regression trees on the
// logistic loss, started from the model's logit (the linear part): each tree
// is fitted to the gradient with Newton leaf values (sum g / (sum h + l2)),
// shrunk by `shrinkage`. Splits at midpoints between distinct values; ties in
// gain keep the first signal and threshold, so the result is deterministic.
struct BoostOptions {
  std::size_t rounds = 0;
  double shrinkage = 0.05;
  int depth = 2;
  double min_hessian = 5.0;  // least sum of p (1 - p) on each side of a split
  double l2 = 1.0;
};

void boost(DriftModel& m, const std::vector<const Sample*>& all, const BoostOptions& o, const std::vector<bool>& use) {
  if (o.rounds == 0) return;
  std::vector<const Sample*> train;  // the scored pairs
  for (const Sample* p : all)
    if (p->y >= 0) train.push_back(p);
  const std::size_t n = train.size();
  std::vector<std::vector<std::size_t>> order(kDriftSignalCount);
  for (std::size_t j = 0; j < kDriftSignalCount; ++j) {
    if (!use[j]) continue;
    order[j].resize(n);
    for (std::size_t i = 0; i < n; ++i) order[j][i] = i;
    std::stable_sort(order[j].begin(), order[j].end(),
                     [&](std::size_t a, std::size_t b) { return train[a]->x[j] < train[b]->x[j]; });
  }
  std::vector<double> z(n), g(n), h(n);
  for (std::size_t i = 0; i < n; ++i) z[i] = m.logit(train[i]->x);
  std::vector<int> node_of(n);
  for (std::size_t round = 0; round < o.rounds; ++round) {
    for (std::size_t i = 0; i < n; ++i) {
      const double p = 1.0 / (1.0 + std::exp(-z[i]));
      g[i] = train[i]->y - p;
      h[i] = std::max(p * (1 - p), 1e-9);
    }
    DriftModel::Tree tree;
    std::fill(node_of.begin(), node_of.end(), 0);
    // Grows node `id` (whose samples have node_of == id) to `depth` more levels.
    auto grow = [&](auto&& self, int id, int depth) -> void {
      double G = 0, H = 0;
      for (std::size_t i = 0; i < n; ++i)
        if (node_of[i] == id) G += g[i], H += h[i];
      int best_j = -1;
      double best_gain = 1e-12, best_t = 0;
      if (depth > 0)
        for (std::size_t j = 0; j < kDriftSignalCount; ++j) {
          if (!use[j]) continue;
          double gl = 0, hl = 0;
          std::size_t last = n;
          for (std::size_t k = 0; k < n; ++k) {
            const std::size_t i = order[j][k];
            if (node_of[i] != id) continue;
            if (last != n && train[i]->x[j] > train[last]->x[j] && hl >= o.min_hessian && H - hl >= o.min_hessian) {
              const double gain = gl * gl / (hl + o.l2) + (G - gl) * (G - gl) / (H - hl + o.l2) - G * G / (H + o.l2);
              if (gain > best_gain) {
                best_gain = gain;
                best_j = static_cast<int>(j);
                best_t = (train[i]->x[j] + train[last]->x[j]) / 2;
              }
            }
            gl += g[i], hl += h[i];
            last = i;
          }
        }
      if (best_j < 0) {
        tree[static_cast<std::size_t>(id)].value = o.shrinkage * G / (H + o.l2);
        return;
      }
      const int left = static_cast<int>(tree.size()), right = left + 1;
      tree.resize(tree.size() + 2);
      tree[static_cast<std::size_t>(id)].feature = best_j;
      tree[static_cast<std::size_t>(id)].threshold = best_t;
      tree[static_cast<std::size_t>(id)].left = left;
      tree[static_cast<std::size_t>(id)].right = right;
      for (std::size_t i = 0; i < n; ++i)
        if (node_of[i] == id) node_of[i] = train[i]->x[static_cast<std::size_t>(best_j)] <= best_t ? left : right;
      self(self, left, depth - 1);
      self(self, right, depth - 1);
    };
    tree.resize(1);
    grow(grow, 0, o.depth);
    for (std::size_t i = 0; i < n; ++i) z[i] += DriftModel::tree_value(tree, train[i]->x);
    m.trees.push_back(std::move(tree));
  }
}

// Features of each word token of the retranslation, for --dump-words: the
// word-level view of the detector's alignment (walked as drift_signals()
// walks it) to set next to the experts' spans. Not used by the model.
constexpr std::size_t kWordFeatureCount = 26;
constexpr std::size_t kMaxVectorTokens = 600;  // as lib/detect/drift_model.cpp
using WordFeatures = std::array<double, kWordFeatureCount>;
struct DriftWord {
  std::size_t token = 0;  // index into report.retranslated.tokens
  WordFeatures x{};
};

const std::array<std::string_view, kWordFeatureCount>& word_feature_names() {
  static const std::array<std::string_view, kWordFeatureCount> names = {
      "content",            // a content word (else a function word)
      "linked",             // has a link to the original
      "strength",           // its link strength (0 unlinked)
      "exact",              // link kind: same form
      "lemma",              //   same lemma
      "synonym",            //   WordNet synonym
      "related",            //   WordNet related
      "number_entity",      //   same number or name written differently
      "mass",               // information mass (0 for a function word)
      "best_cosine",        // content word: max(link strength, best WordNet-vector cosine to the original's content words)
      "has_vector",         // has a WordNet vector
      "fact",               // a number or a capitalized word inside the sentence
      "run_mass",           // mass of the run of unlinked content words it sits in (0 when linked)
      "run_words",          // content words in that run
      "left_linked",        // the previous word token is linked (1 at the start)
      "right_linked",       // the next word token is linked (1 at the end)
      "position",           // relative position in the bead's retranslated tokens
      "minor_finding",      // a minor finding's retranslated span covers it
      "major_finding",      // a major or critical one does
      "lexical_finding",    // a lexical finding covers it
      "partial_finding",    // a partial finding covers it
      "other_finding",      // a finding of another check covers it
      "dissimilarity",      // 1 - the bead's similarity
      "unaligned_original", // log(1 + unlinked content mass of the bead's original)
      "unaligned_retranslated",  // the same for the retranslation
      "chars",              // log(1 + bytes of the token)
  };
  return names;
}

std::vector<DriftWord> drift_words(const Report& report, const WordWeigher& weigher, const WordNet* wordnet) {
  std::vector<DriftWord> out;
  const WordNetVectors& vectors = WordNetVectors::builtin();
  std::unordered_map<std::string, long> row_of;
  auto vector_of = [&](const Token& t) { return wordnet_vector_row(vectors, t, wordnet, row_of); };
  auto mass = [&](const Token& t) { return weigher.content_weight(wordclass::match_key(t.norm, false)); };
  const Document& o = report.original;
  const Document& r = report.retranslated;
  auto range_of = [](const Document& d, const std::vector<std::size_t>& ids) {
    return ids.empty() ? TokenRange{} : TokenRange{d.sentences[ids.front()].tokens.begin, d.sentences[ids.back()].tokens.end};
  };
  for (std::size_t b = 0; b < report.alignment.beads.size(); ++b) {
    const Bead& bead = report.alignment.beads[b];
    const TokenRange ro = range_of(o, bead.original), rr = range_of(r, bead.retranslated);
    if (rr.empty()) continue;
    std::vector<double> s_o(ro.size(), 0.0), s_r(rr.size(), 0.0);
    std::vector<int> kind(rr.size(), -1);
    if (b < report.words.size())
      for (const WordLink& l : report.words[b].links) {
        if (l.original >= ro.begin && l.original < ro.end) s_o[l.original - ro.begin] = l.strength;
        if (l.retranslated >= rr.begin && l.retranslated < rr.end) {
          s_r[l.retranslated - rr.begin] = l.strength;
          kind[l.retranslated - rr.begin] = static_cast<int>(l.kind);
        }
      }
    double un_o = 0, un_r = 0;
    std::vector<long> cand;
    for (std::size_t t = ro.begin; t < ro.end; ++t) {
      if (!is_content_token(o.tokens[t])) continue;
      if (s_o[t - ro.begin] <= 0) un_o += mass(o.tokens[t]);
      if (vectors.size() > 0) cand.push_back(vector_of(o.tokens[t]));
    }
    std::sort(cand.begin(), cand.end());
    cand.erase(std::unique(cand.begin(), cand.end()), cand.end());
    std::erase(cand, -1L);
    if (ro.size() + rr.size() > kMaxVectorTokens) cand.clear();
    for (std::size_t t = rr.begin; t < rr.end; ++t)
      if (is_content_token(r.tokens[t]) && s_r[t - rr.begin] <= 0) un_r += mass(r.tokens[t]);
    // Runs of unlinked content words (function words may sit inside; a
    // linked function word or punctuation ends a run), as drift_signals.
    std::vector<double> run_mass(rr.size(), 0.0), run_words(rr.size(), 0.0);
    for (std::size_t t = rr.begin; t < rr.end;) {
      const Token& tok = r.tokens[t];
      if (!is_content_token(tok) || s_r[t - rr.begin] > 0) { ++t; continue; }
      std::size_t e = t;
      std::vector<std::size_t> members;
      double m = 0;
      while (e < rr.end) {
        const Token& u = r.tokens[e];
        if (is_content_token(u)) {
          if (s_r[e - rr.begin] > 0) break;
          m += mass(u);
          members.push_back(e);
        } else if (!is_word_token(u) || s_r[e - rr.begin] > 0) {
          break;
        }
        ++e;
      }
      for (std::size_t k : members)
        run_mass[k - rr.begin] = m, run_words[k - rr.begin] = static_cast<double>(members.size());
      t = e;
    }
    std::vector<std::size_t> word_tokens;
    for (std::size_t t = rr.begin; t < rr.end; ++t)
      if (is_word_token(r.tokens[t])) word_tokens.push_back(t);
    for (std::size_t i = 0; i < word_tokens.size(); ++i) {
      const std::size_t t = word_tokens[i];
      const Token& tok = r.tokens[t];
      const std::size_t k = t - rr.begin;
      DriftWord w;
      w.token = t;
      WordFeatures& x = w.x;
      const bool content = is_content_token(tok);
      x[0] = content;
      x[1] = s_r[k] > 0;
      x[2] = s_r[k];
      if (kind[k] >= 0) {
        const auto lk = static_cast<LinkKind>(kind[k]);
        x[lk == LinkKind::kExact ? 3 : lk == LinkKind::kLemma ? 4 : lk == LinkKind::kSynonym ? 5 : lk == LinkKind::kRelated ? 6 : 7] = 1;
      }
      if (content) {
        x[8] = mass(tok);
        const long row = vectors.size() > 0 ? vector_of(tok) : -1;
        double best = std::min(1.0, s_r[k]);
        if (best < 1 && row >= 0)
          for (long other : cand) best = std::max(best, vectors.cosine(row, other));
        x[9] = best;
        x[10] = row >= 0;
      } else {
        x[9] = std::min(1.0, s_r[k]);
      }
      x[11] = tok.kind == TokenKind::kNumber || (tok.kind == TokenKind::kWord && tok.capitalized && r.sentences[tok.sentence].tokens.begin != t);
      x[12] = run_mass[k];
      x[13] = run_words[k];
      x[14] = i == 0 ? 1.0 : (s_r[word_tokens[i - 1] - rr.begin] > 0);
      x[15] = i + 1 == word_tokens.size() ? 1.0 : (s_r[word_tokens[i + 1] - rr.begin] > 0);
      x[16] = rr.size() > 1 ? static_cast<double>(k) / static_cast<double>(rr.size() - 1) : 0.0;
      for (const Finding& f : report.findings) {
        if (f.bead != b || f.retranslated.empty()) continue;
        if (f.retranslated.end <= tok.span.start || tok.span.end <= f.retranslated.start) continue;
        x[f.severity == Severity::kMinor ? 17 : 18] = 1;
        x[f.check == Check::kLexical ? 19 : f.check == Check::kPartial ? 20 : 21] = 1;
      }
      x[22] = 1.0 - bead.score;
      x[23] = std::log1p(un_o);
      x[24] = std::log1p(un_r);
      x[25] = std::log1p(static_cast<double>(tok.span.size()));
      out.push_back(w);
    }
  }
  return out;
}

std::vector<Sample> read_cache(const std::string& path) {
  std::vector<Sample> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream f(line);
    Sample s;
    f >> s.y >> s.errors >> s.group;
    for (double& v : s.x) f >> v;
    if (f) out.push_back(s);
  }
  return out;
}

}  // namespace

constexpr const char* kUsage =
    "usage: fit_drift_model [--data ted-zhen-dev.jsonl] [-o data/drift_model.tsv]\n"
    "                       [--folds 10] [--seed 0] [--lambda 1] [--target count|major]\n"
    "                       [--signals all|none|NAME,NAME...] [--signals-cache FILE]\n"
    "                       [--trees 0] [--depth 2] [--shrinkage 0.05] [--min-hessian 5]\n"
    "                       [--tree-signals all|NAME,...] [--dump-words FILE]\n"
    "Fits the drift model on the MQM annotations and prints its cross-validated ROC-AUC;\n"
    "with -o, writes the fitted table (see docs/detection.md, \"Fit\").\n"
    "  --seed S          assign source segments to folds in a random order drawn from S\n"
    "  --signals LIST    the signals the linear part uses (default: the kept ones)\n"
    "  --signals-cache F reuse (or write) the pairs' signals instead of re-running the detector\n"
    "  --trees N         add N gradient-boosted trees on the raw signals (default 0)\n"
    "  --dump-words F    write word-level features of every MT token, for outside experiments\n";

int main(int argc, char** argv) {
  std::string data = "../shared/data/mqm/ted-zhen-dev.jsonl", out_path, cache, dump_words;
  std::size_t folds = 10;
  unsigned long seed = 0;
  double lambda = 1.0;
  Target target = Target::kCount;
  // The signals the model uses (the others get weight 0): those whose weight
  // keeps a readable sign on this data. Whole unpaired sentences are left to a
  // rule (the dev file has almost none), see lib/detect/detector.cpp.
  std::string signals = kDefaultSignals;
  std::string tree_signals = "all";
  BoostOptions boost_options;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) std::cerr << "fit_drift_model: " << a << " needs a value\n", std::exit(2);
      return argv[++i];
    };
    if (a == "--help" || a == "-h") return std::cout << kUsage, 0;
    else if (a == "--data") data = next();
    else if (a == "-o") out_path = next();
    else if (a == "--folds") folds = std::stoul(next());
    else if (a == "--seed") seed = std::stoul(next());
    else if (a == "--lambda") lambda = std::stod(next());
    else if (a == "--signals-cache") cache = next();
    else if (a == "--signals") signals = next();
    else if (a == "--target") {
      const std::string t = next();
      if (t != "count" && t != "major") return std::cerr << "fit_drift_model: --target is count or major\n", 2;
      target = t == "count" ? Target::kCount : Target::kMajor;
    }
    else if (a == "--dump-words") dump_words = next();
    else if (a == "--tree-signals") tree_signals = next();
    else if (a == "--trees") boost_options.rounds = std::stoul(next());
    else if (a == "--shrinkage") boost_options.shrinkage = std::stod(next());
    else if (a == "--depth") boost_options.depth = std::stoi(next());
    else if (a == "--min-hessian") boost_options.min_hessian = std::stod(next());
    else return std::cerr << "fit_drift_model: unknown argument " << a << "\n" << kUsage, 2;
  }

  std::vector<Sample> samples;
  if (!cache.empty() && dump_words.empty()) samples = read_cache(cache);
  if (samples.empty()) {
    std::ifstream in(data);
    if (!in) return std::cerr << "fit_drift_model: cannot read " << data << "\n", 2;
    auto detector = Detector::create({});
    if (!detector.ok()) return std::cerr << "fit_drift_model: " << detector.error().message << "\n", 2;
    auto wordnet = WordNet::open();
    if (!wordnet.ok()) return std::cerr << "fit_drift_model: " << wordnet.error().message << "\n", 2;
    const WordWeigher weigher(wordnet->get());
    std::map<std::string, std::size_t> groups;
    std::vector<std::string> keys;  // of each sample
    std::ofstream dump;
    if (!dump_words.empty()) {
      dump.open(dump_words);
      dump.precision(17);
      dump << "record\tpair\tsegment\tspan_any\tspan_major";
      for (std::string_view n : word_feature_names()) dump << '\t' << n;
      dump << '\n';
    }
    std::string line;
    for (std::size_t record = 0; std::getline(in, line); ++record) {
      const auto rec = nlohmann::json::parse(line);
      const bool positive = rec["has_major_accuracy"].get<bool>();
      const bool minor_only = !positive && !rec["errors"].empty();  // not scored, but counted (--target count)
      const std::string mt = rec["mt"].get<std::string>();
      auto report = detector->run(Input{rec["reference"].get<std::string>(), "reference"}, Input{mt, "mt"});
      if (!report.ok()) continue;
      const std::string key = rec["doc"].get<std::string>() + "#" + std::to_string(rec["seg_id"].get<long>());
      if (dump.is_open()) {
        // Annotated Accuracy spans in the MT, code points to bytes.
        auto byte_offset = [&](std::size_t cp) {
          std::size_t seen = 0;
          for (std::size_t i = 0; i < mt.size(); ++i) {
            if ((static_cast<unsigned char>(mt[i]) & 0xC0) == 0x80) continue;
            if (seen++ == cp) return i;
          }
          return mt.size();
        };
        std::vector<std::pair<Span, bool>> spans;
        for (const auto& e : rec["errors"])
          if (!e["start"].is_null())
            spans.push_back({Span{byte_offset(e["start"].get<std::size_t>()), byte_offset(e["end"].get<std::size_t>())},
                             e["severity"].get<std::string>() == "Major"});
        for (const DriftWord& w : drift_words(*report, weigher, wordnet->get())) {
          const Span t = report->retranslated.tokens[w.token].span;
          bool any = false, major = false;
          for (const auto& [sp, is_major] : spans)
            if (sp.start < t.end && t.start < sp.end) any = true, major = major || is_major;
          dump << record << '\t' << (minor_only ? -1L : static_cast<long>(samples.size())) << '\t' << key << '\t'
               << any << '\t' << major;
          for (double v : w.x) dump << '\t' << v;
          dump << '\n';
        }
      }
      Sample s;
      s.x = drift_signals(*report, weigher, 0, report->alignment.beads.size(), nullptr, wordnet->get());
      s.y = positive ? 1.0 : minor_only ? -1.0 : 0.0;
      s.errors = static_cast<double>(rec["errors"].size());
      keys.push_back(key);
      samples.push_back(s);
    }
    // Segments numbered in order of their first scored record, then the
    // segments with only unscored ones (the folds of the binary fit as before).
    for (int pass = 0; pass < 2; ++pass)
      for (std::size_t i = 0; i < samples.size(); ++i)
        if (pass == 1 || samples[i].y >= 0) samples[i].group = groups.emplace(keys[i], groups.size()).first->second;
    if (!cache.empty()) {
      std::ofstream c(cache);
      c.precision(17);
      for (const Sample& s : samples) {
        c << s.y << '\t' << s.errors << '\t' << s.group;
        for (double v : s.x) c << '\t' << v;
        c << '\n';
      }
    }
  }
  if (samples.empty() || folds < 2) return std::cerr << "fit_drift_model: no data\n", 2;

  // "all", "none" or NAME,NAME...
  auto parse_signals = [](const std::string& list, std::vector<bool>& use) {
    use.assign(kDriftSignalCount, list == "all");
    for (std::size_t start = 0; list != "all" && list != "none" && start < list.size();) {
      std::size_t end = list.find(',', start);
      if (end == std::string::npos) end = list.size();
      const std::string name = list.substr(start, end - start);
      const auto& names = drift_signal_names();
      const auto it = std::find(names.begin(), names.end(), name);
      if (it == names.end()) return std::cerr << "fit_drift_model: unknown signal " << name << "\n", false;
      use[static_cast<std::size_t>(it - names.begin())] = true;
      start = end + 1;
    }
    return true;
  };
  std::vector<bool> use, tree_use;
  if (!parse_signals(signals, use) || !parse_signals(tree_signals, tree_use)) return 2;
  // ROC-AUC over the scored pairs (a major accuracy error or none).
  std::vector<double> y;
  for (const Sample& s : samples)
    if (s.y >= 0) y.push_back(s.y);
  auto scored_auc = [&](auto&& score_of) {
    std::vector<double> v;
    for (std::size_t i = 0; i < samples.size(); ++i)
      if (samples[i].y >= 0) v.push_back(score_of(i));
    return roc_auc(v, y);
  };
  std::printf("records %zu, scored pairs %zu (positives %.0f), signals' own ROC-AUC:\n", samples.size(), y.size(),
              std::count(y.begin(), y.end(), 1.0) * 1.0);
  for (std::size_t j = 0; j < kDriftSignalCount; ++j) {
    std::vector<double> v;
    for (const Sample& s : samples)
      if (s.y >= 0) v.push_back(s.x[j]);
    std::printf("  %-24s %.3f\n", std::string(drift_signal_names()[j]).c_str(), roc_auc(v, y));
  }

  // k-fold cross-validation, folds by source segment: segment g goes to fold
  // position[g] % folds, position the identity (seed 0) or a permutation
  // (Fisher-Yates with std::mt19937_64, the same on every platform).
  std::size_t groups = 0;
  for (const Sample& s : samples) groups = std::max(groups, s.group + 1);
  std::vector<std::size_t> position(groups);
  for (std::size_t g = 0; g < groups; ++g) position[g] = g;
  if (seed > 0) {
    std::mt19937_64 rng(seed);
    for (std::size_t g = groups; g > 1; --g) std::swap(position[g - 1], position[rng() % g]);
  }
  auto fold_of = [&](const Sample& s) { return position[s.group] % folds; };
  std::vector<double> oof(samples.size());
  for (std::size_t k = 0; k < folds; ++k) {
    std::vector<const Sample*> train;
    for (const Sample& s : samples)
      if (fold_of(s) != k) train.push_back(&s);
    DriftModel m = fit(train, lambda, use, target);
    boost(m, train, boost_options, tree_use);
    for (std::size_t i = 0; i < samples.size(); ++i)
      if (fold_of(samples[i]) == k) oof[i] = m.probability(samples[i].x);
  }
  const double cv_auc = scored_auc([&](std::size_t i) { return oof[i]; });
  std::vector<const Sample*> all;
  for (const Sample& s : samples) all.push_back(&s);
  DriftModel model = fit(all, lambda, use, target);
  boost(model, all, boost_options, tree_use);
  const double in_auc = scored_auc([&](std::size_t i) { return model.probability(samples[i].x); });
  std::printf("ROC-AUC %zu-fold cross-validated %.4f (seed %lu), in-sample %.4f (lambda %g, %zu trees of depth %d, shrinkage %g)\n",
              folds, cv_auc, seed, in_auc, lambda, boost_options.rounds, boost_options.depth, boost_options.shrinkage);

  if (!out_path.empty()) {
    char fitted_to[256];
    if (target == Target::kCount)
      std::snprintf(fitted_to, sizeof fitted_to,
                    "L2 Poisson regression (lambda %g) of the number of accuracy errors of\n"
                    "# %zu records, calibrated to P(major accuracy error) against \"no accuracy error\"",
                    lambda, samples.size());
    else
      std::snprintf(fitted_to, sizeof fitted_to,
                    "L2 logistic regression (lambda %g) of \"major accuracy error\" vs \"no\n# accuracy error\"",
                    lambda);
    char head[1024];
    std::snprintf(head, sizeof head,
                  "# transdrift drift model: %s\n"
                  "# on standardized drift signals, %zu pairs of the WMT 2021 MQM TED zh-en dev file,\n"
                  "# plus %zu gradient-boosted trees of depth %d (shrinkage %g) on the raw signals.\n"
                  "# Made by tools/fit_drift_model.cpp; %zu-fold cross-validated ROC-AUC %.3f; see docs/detection.md.\n"
                  "# name<TAB>mean<TAB>scale<TAB>weight; node<TAB>tree<TAB>index<TAB>signal<TAB>threshold<TAB>left<TAB>right<TAB>value;\n"
                  "# drift = 1 / (1 + exp(-(bias + sum weight * (x - mean) / scale + sum of the trees' leaf values)))\n",
                  fitted_to, y.size(), boost_options.rounds, boost_options.depth, boost_options.shrinkage, folds, cv_auc);
    std::ofstream out(out_path, std::ios::binary);
    out << model.to_text(head);
    if (!out) return std::cerr << "fit_drift_model: cannot write " << out_path << "\n", 2;
    std::printf("wrote %s\n", out_path.c_str());
  }
  return 0;
}
