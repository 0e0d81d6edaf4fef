#include "align/vector_aligner.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

namespace transdrift {
namespace {

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// A fixed, portable pseudo-random sequence (splitmix64): the normalizer
// sample, and so every cost, is the same on every platform and run.
class SplitMix {
 public:
  explicit SplitMix(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

 private:
  std::uint64_t state_;
};

VectorCost::Side sentence_side(const Document& doc, UnitVectors units) {
  VectorCost::Side side{std::move(units), {}, {}};
  side.chars.reserve(doc.sentences.size());
  // Paragraphs carry information where one holds two sentences or more;
  // the empty sentence of a blank line (one sentence per line) does not count.
  bool shared = false;
  for (const Sentence& s : doc.sentences) {
    side.chars.push_back(static_cast<double>(code_points(doc.slice(s.span))));
    shared = shared || (s.id > 0 && !s.span.empty() && !doc.sentences[s.id - 1].span.empty() &&
                        doc.sentences[s.id - 1].paragraph == s.paragraph);
  }
  if (shared)
    for (const Sentence& s : doc.sentences) side.paragraph.push_back(s.paragraph);
  return side;
}

// -ln P(|Z| >= z) for a standard normal Z, tabulated: the search evaluates
// it for every candidate bead.
class NormalTail {
 public:
  NormalTail() {
    for (std::size_t k = 0; k < kSize; ++k) table_[k] = exact(static_cast<double>(k) / kStepsPerUnit);
  }
  double operator()(double z) const {
    const double x = z * kStepsPerUnit;
    if (!(x < kSize - 1)) return exact(z);
    const auto k = static_cast<std::size_t>(x);
    return table_[k] + (x - static_cast<double>(k)) * (table_[k + 1] - table_[k]);
  }

 private:
  static constexpr std::size_t kSize = 1024;
  static constexpr double kStepsPerUnit = 128;  // table up to z = 8
  static double exact(double z) { return -std::log(std::max(std::erfc(z / std::sqrt(2.0)), 1e-300)); }
  std::array<double, kSize> table_{};
};

// Gale & Church (1993): -ln P(|delta| >= observed) for the character lengths
// of two runs, delta = (l2 - c l1) / sqrt(s^2 (l1 + l2 / c) / 2), s^2 = 6.8.
// c is the documents' length ratio: even within a language a translation
// runs systematically longer or shorter, and over the blocks of the coarse
// levels (thousands of characters) a ratio of 0.95 taken for 1 would look
// like a gross mismatch.
// At the coarse levels the variance grows with the block size: blocks of
// equal sentence counts do not cover equal content when one side splits
// sentences more often, and only the content (cosine) may decide there.
double length_mismatch(double l1, double l2, double c, double block) {
  static const NormalTail tail;
  if (l1 <= 0 && l2 <= 0) return 0.0;
  const double mean = std::max((l1 + l2 / c) / 2, 1.0);
  return tail(std::abs(l2 - c * l1) / std::sqrt(mean * 6.8 * block));
}

// -ln(P(n-m) / P(1-1)) with the bead priors of Gale & Church (1993): 1-1
// 0.89, 1-2 0.045, 2-2 0.011; 1-3 and the rarer kinds as in cost.cpp.
double shape_prior(int n, int m) {
  static const auto table = [] {
    auto prior = [](int a, int b) {
      if (a == 1 && b == 1) return 0.89;
      if (a + b == 3) return 0.045;
      if (a == 2 && b == 2) return 0.011;
      if (a + b == 4) return 0.004;
      return 0.001;
    };
    std::array<std::array<double, 5>, 5> t{};
    for (int a = 1; a <= 4; ++a)
      for (int b = 1; b <= 4; ++b) t[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)] = -std::log(prior(a, b) / prior(1, 1));
    return t;
  }();
  return table[static_cast<std::size_t>(n)][static_cast<std::size_t>(m)];
}

// The search path through the finer lattice that a coarse alignment stands
// for: block boundaries scaled by 2, and one straight segment through each
// run of 1-0/0-1 beads, whose order inside the run the coarse search does
// not determine (Vecalign's alignment_to_search_path).
std::vector<LatticePoint> project_path(const std::vector<Bead>& coarse, std::size_t rows, std::size_t cols) {
  auto fine = [&](LatticePoint p) {
    return LatticePoint{std::min(2 * p.original, rows), std::min(2 * p.retranslated, cols)};
  };
  std::vector<LatticePoint> out{{0, 0}};
  LatticePoint at{0, 0};
  bool pending = false;  // deletions since the last point
  for (const Bead& b : coarse) {
    const bool deletion = b.original.empty() || b.retranslated.empty();
    if (!deletion && pending) out.push_back(fine(at));
    at.original += b.original.size();
    at.retranslated += b.retranslated.size();
    pending = deletion;
    if (!deletion) out.push_back(fine(at));
  }
  if (pending || out.size() == 1) out.push_back(fine(at));
  return out;
}

// Vecalign aligns the coarse levels with 1-1 beads and deletions only.
std::vector<BeadShape> coarse_shapes() { return {{1, 0}, {0, 1}, {1, 1}}; }

}  // namespace

// Dot products of the unit pairs a windowed search can reach: a cell (i, j)
// reads original units [i - max_run, i) against retranslated units
// [j - max_run, j), so row a needs columns [lo(a + 1) - max_run, hi(a + max_run)).
class VectorCost::PairDots {
 public:
  PairDots(const VectorCost& cost, const SearchWindow& window) : cost_(cost) {
    const std::size_t rows = cost.rows(), run = static_cast<std::size_t>(cost.max_run_);
    begin_.resize(rows);
    end_.resize(rows);
    offset_.assign(rows + 1, 0);
    for (std::size_t a = 0; a < rows; ++a) {
      const std::size_t lo = window.lo(a + 1), hi = window.hi(std::min(rows, a + run));
      begin_[a] = lo > run ? lo - run : 0;
      end_[a] = std::max(begin_[a], hi);
      offset_[a + 1] = offset_[a] + (end_[a] - begin_[a]);
    }
    dots_.resize(offset_.back());
    // Blocks of rows share most of their columns; computing each block's
    // bounding rectangle at once is far cheaper than row by row.
    const UnitVectors& x = cost.original_.side.units;
    const UnitVectors& y = cost.retranslated_.side.units;
    std::vector<double> block;
    for (std::size_t a0 = 0; a0 < rows; a0 += kBlockRows) {
      const std::size_t a1 = std::min(rows, a0 + kBlockRows);
      std::size_t b0 = begin_[a0], b1 = end_[a0];
      for (std::size_t a = a0; a < a1; ++a) {
        b0 = std::min(b0, begin_[a]);
        b1 = std::max(b1, end_[a]);
      }
      block.assign((a1 - a0) * (b1 - b0), 0.0);
      x.dot_block(a0, a1, y, b0, b1, block.data());
      for (std::size_t a = a0; a < a1; ++a)
        std::copy_n(block.data() + (a - a0) * (b1 - b0) + (begin_[a] - b0), end_[a] - begin_[a], dots_.data() + offset_[a]);
    }
  }
  double operator()(std::size_t a, std::size_t b) const {
    if (b >= begin_[a] && b < end_[a]) return dots_[offset_[a] + (b - begin_[a])];
    return cost_.original_.side.units.dot(a, cost_.retranslated_.side.units, b);
  }

 private:
  static constexpr std::size_t kBlockRows = 16;
  const VectorCost& cost_;
  std::vector<std::size_t> begin_, end_, offset_;
  std::vector<double> dots_;
};

VectorCost::VectorCost(Side original, Side retranslated, const AlignerOptions::Vector& options, int max_run)
    : options_(options), max_run_(std::clamp(max_run, 1, 4)) {
  original_.side = std::move(original);
  retranslated_.side = std::move(retranslated);
  compute_norms(original_);
  compute_norms(retranslated_);
  const double x = original_.prefix_chars.back(), y = retranslated_.prefix_chars.back();
  if (x > 0 && y > 0) length_ratio_ = std::clamp(y / x, 0.5, 2.0);
  compute_normalizers(original_, retranslated_, options.seed);
  compute_normalizers(retranslated_, original_, options.seed ^ 0x5bd1e995ULL);
}

void VectorCost::compute_norms(SideStats& s) const {
  const UnitVectors& u = s.side.units;
  const std::size_t n = s.side.chars.size(), run = static_cast<std::size_t>(max_run_);
  s.prefix_chars.assign(n + 1, 0);
  for (std::size_t a = 0; a < n; ++a) s.prefix_chars[a + 1] = s.prefix_chars[a] + s.side.chars[a];
  // |sum of a run|^2 from the dot products of units at most max_run apart.
  std::vector<double> near(n * run, 0), block;
  constexpr std::size_t kBlock = 32;
  for (std::size_t a0 = 0; a0 < n; a0 += kBlock) {
    const std::size_t a1 = std::min(n, a0 + kBlock), b1 = std::min(n, a1 + run - 1), width = b1 - a0;
    block.assign((a1 - a0) * width, 0.0);
    u.dot_block(a0, a1, u, a0, b1, block.data());
    for (std::size_t a = a0; a < a1; ++a)
      for (std::size_t d = 0; d < run && a + d < n; ++d) near[a * run + d] = block[(a - a0) * width + (a + d - a0)];
  }
  s.run_norm.assign(n * run, 0);
  for (std::size_t first = 0; first < n; ++first) {
    double sq = 0;
    for (std::size_t len = 1; len <= run && first + len <= n; ++len) {
      const std::size_t last = first + len - 1;
      sq += near[last * run];
      for (std::size_t p = first; p < last; ++p) sq += 2 * near[p * run + (last - p)];
      s.run_norm[first * run + len - 1] = std::sqrt(std::max(sq, 0.0));
    }
  }
}

void VectorCost::compute_normalizers(SideStats& s, const SideStats& other, std::uint64_t seed) const {
  // Vecalign's normalizer: the mean cosine distance of a run x to runs y_s
  // sampled at random from the other document, 1 - x/|x| . mean(y_s/|y_s|).
  // It discounts runs that are close to everything (short, or made of
  // common n-grams), as CSLS does for hubs (Conneau et al. 2018). The mean
  // direction is a weighted sum of the other side's units, so one dot
  // product per unit gives every run's normalizer.
  const std::size_t n = s.side.chars.size(), m = other.side.chars.size(), run = static_cast<std::size_t>(max_run_);
  s.run_normalizer.assign(n * run, 1.0);
  if (m == 0 || options_.normalizer_samples == 0) return;
  SplitMix rng(seed);
  std::vector<std::pair<std::size_t, double>> terms;
  std::size_t used = 0;
  for (std::size_t k = 0; k < options_.normalizer_samples; ++k) {
    const std::size_t first = rng.below(m);
    const std::size_t len = 1 + rng.below(std::min(run, m - first));
    const double norm = other.run_norm[first * run + len - 1];
    if (norm <= 0) continue;
    ++used;
    for (std::size_t b = first; b < first + len; ++b) terms.emplace_back(b, 1.0 / norm);
  }
  if (used == 0) return;
  for (auto& t : terms) t.second /= static_cast<double>(used);
  const UnitVectors mean = other.side.units.weighted_sum(terms);
  std::vector<double> to_mean(n);
  mean.dot_block(0, 1, s.side.units, 0, n, to_mean.data());
  for (std::size_t first = 0; first < n; ++first) {
    double dot = 0;
    for (std::size_t len = 1; len <= run && first + len <= n; ++len) {
      dot += to_mean[first + len - 1];
      const double norm = s.run_norm[first * run + len - 1];
      if (norm > 0) s.run_normalizer[first * run + len - 1] = 1.0 - std::clamp(dot / norm, -1.0, 1.0);
    }
  }
}

template <class Dot>
double VectorCost::cosine_with(std::size_t i, int n, std::size_t j, int m, const Dot& dot) const {
  if (n == 0 || m == 0) return 0.0;
  const double nx = original_.run_norm[run_index(i, n)], ny = retranslated_.run_norm[run_index(j, m)];
  if (nx <= 0 || ny <= 0) return 0.0;
  double sum = 0;
  for (std::size_t a = i; a < i + static_cast<std::size_t>(n); ++a)
    for (std::size_t b = j; b < j + static_cast<std::size_t>(m); ++b) sum += dot(a, b);
  return std::clamp(sum / (nx * ny), -1.0, 1.0);
}

double VectorCost::paragraph_term(std::size_t i, int n, std::size_t j, int m) const {
  const Side& x = original_.side;
  const Side& y = retranslated_.side;
  if (options_.paragraph_cost <= 0 || (x.paragraph.empty() && y.paragraph.empty())) return 0.0;
  auto breaks = [](const Side& side, std::size_t first, int count) {
    return side.paragraph.empty() ? 0.0
                                  : static_cast<double>(side.paragraph[first + static_cast<std::size_t>(count) - 1] -
                                                        side.paragraph[first]);
  };
  auto starts = [](const Side& side, std::size_t first) {
    return first == 0 || side.paragraph[first] != side.paragraph[first - 1];
  };
  double count = std::max(breaks(x, i, n), breaks(y, j, m));
  // A paragraph that starts on one side only: the bead takes its sentences
  // from two paragraphs of the other side ("Leave a Reply" after an article
  // is not the tail of the article's last paragraph).
  if (!x.paragraph.empty() && !y.paragraph.empty() && starts(x, i) != starts(y, j)) count += 1;
  return options_.paragraph_cost * count;
}

// The cost of pairing x = original units [i, i + n) with y = retranslated
// units [j, j + m), n, m >= 1, the sum of
//   run:       (n + m)/2 * 2 (1 - cos(x, y)) / (norm(x) + norm(y)), Vecalign's
//              normalized cosine distance (norm: mean distance to random
//              runs). Vecalign multiplies by n * m instead, which makes a 2-2
//              bead cost as much as four 1-1 beads; with (n + m)/2 and the
//              shape prior, Text+Berg strict F1 rises from 0.78 to 0.85.
//   member:    member_weight * sum over the n + m sentences s of
//              1 - cos(s, the other side's run): a sentence that is not a
//              translation of anything in the bead costs about what leaving
//              it unpaired costs, instead of being absorbed.
//   shape:     shape_weight * -ln(P(n-m) / P(1-1)).
//   length:    length_weight * the Gale-Church length mismatch.
//   paragraph: see paragraph_term().
// A 1-0 or 0-1 bead costs deletion_cost.
template <class Dot>
double VectorCost::cost_with(std::size_t i, int n, std::size_t j, int m, const Dot& dot) const {
  if (n == 0 || m == 0) return options_.deletion_cost * (n + m);
  std::array<double, 4> row{}, col{};
  double sum = 0;
  for (int a = 0; a < n; ++a)
    for (int b = 0; b < m; ++b) {
      const double d = dot(i + static_cast<std::size_t>(a), j + static_cast<std::size_t>(b));
      row[static_cast<std::size_t>(a)] += d;
      col[static_cast<std::size_t>(b)] += d;
      sum += d;
    }
  const double nx = original_.run_norm[run_index(i, n)], ny = retranslated_.run_norm[run_index(j, m)];
  const double cos = nx > 0 && ny > 0 ? std::clamp(sum / (nx * ny), -1.0, 1.0) : 0.0;
  const double z = original_.run_normalizer[run_index(i, n)] + retranslated_.run_normalizer[run_index(j, m)];
  double cost = (n + m) * (1.0 - cos) / std::max(z, 1e-6);

  if (options_.member_weight > 0) {
    double member = 0;
    auto cosine = [](double d, double a, double b) { return a > 0 && b > 0 ? std::min(1.0, d / (a * b)) : 0.0; };
    for (int a = 0; a < n; ++a)
      member += 1.0 - cosine(row[static_cast<std::size_t>(a)], original_.run_norm[run_index(i + static_cast<std::size_t>(a), 1)], ny);
    for (int b = 0; b < m; ++b)
      member += 1.0 - cosine(col[static_cast<std::size_t>(b)], retranslated_.run_norm[run_index(j + static_cast<std::size_t>(b), 1)], nx);
    cost += options_.member_weight * member;
  }
  if (n + m > 2) cost += options_.shape_weight * shape_prior(n, m);
  if (options_.length_weight > 0) {
    const double cx = original_.prefix_chars[i + static_cast<std::size_t>(n)] - original_.prefix_chars[i];
    const double cy = retranslated_.prefix_chars[j + static_cast<std::size_t>(m)] - retranslated_.prefix_chars[j];
    cost += options_.length_weight * length_mismatch(cx, cy, length_ratio_, block_);
  }
  return cost + paragraph_term(i, n, j, m);
}

double VectorCost::operator()(std::size_t i, int n, std::size_t j, int m) const {
  const UnitVectors& x = original_.side.units;
  const UnitVectors& y = retranslated_.side.units;
  return cost_with(i, n, j, m, [&](std::size_t a, std::size_t b) { return x.dot(a, y, b); });
}

double VectorCost::similarity(std::size_t i, int n, std::size_t j, int m) const {
  const UnitVectors& x = original_.side.units;
  const UnitVectors& y = retranslated_.side.units;
  return cosine_with(i, n, j, m, [&](std::size_t a, std::size_t b) { return x.dot(a, y, b); });
}

BeadCostFn VectorCost::in_window(const SearchWindow& window) const {
  auto dots = std::make_shared<const PairDots>(*this, window);
  return [this, dots](std::size_t i, int n, std::size_t j, int m) { return cost_with(i, n, j, m, *dots); };
}

VectorCost VectorCost::coarsen() const {
  auto halve = [&](const Side& s) {
    Side out{s.units.projected(options_.dimension).coarsen(2), std::vector<double>((s.chars.size() + 1) / 2, 0.0), {}};
    for (std::size_t a = 0; a < s.chars.size(); ++a) out.chars[a / 2] += s.chars[a];
    return out;
  };
  VectorCost out(halve(original_.side), halve(retranslated_.side), options_, 1);
  out.block_ = 2 * block_;
  return out;
}

Status check_vector_options(const AlignerOptions& o) {
  const auto& v = o.vector;
  auto bad = [](const char* what) { return Error{ErrorCode::kInvalidArgument, what, {}}; };
  if (o.max_bead_side < 1 || o.max_bead_side > 4) return bad("max_bead_side must be in 1..4");
  if (v.min_ngram < 1 || v.max_ngram < v.min_ngram || v.max_ngram > 16)
    return bad("vector n-gram lengths must satisfy 1 <= min_ngram <= max_ngram <= 16");
  if (v.dimension > (std::size_t{1} << 16)) return bad("vector.dimension must be at most 65536");
  for (double w : {v.word_weight, v.deletion_cost, v.member_weight, v.shape_weight, v.length_weight, v.paragraph_cost})
    if (!(w >= 0) || !std::isfinite(w)) return bad("vector weights and costs must be finite and not negative");
  if (v.full_search_max < 1 || v.window < 1) return bad("vector.full_search_max and vector.window must be positive");
  return Status::Ok();
}

VectorCost sentence_cost(const Document& original, const Document& retranslated, const AlignerOptions& options) {
  const auto& v = options.vector;
  FeatureOptions features;
  features.min_ngram = v.min_ngram;
  features.max_ngram = v.max_ngram;
  features.word_weight = v.word_weight;
  auto [x, y] = sentence_vectors(original, retranslated, features);
  return VectorCost(sentence_side(original, std::move(x)), sentence_side(retranslated, std::move(y)), v,
                    options.max_bead_side);
}

BeadPath vector_search(const VectorCost& sentences, const AlignerOptions& options) {
  // Levels: sentences, then blocks of 2, 4, 8 ... until the lattice is small
  // enough to search whole (Vecalign recurses while size0 * size1 > max^2).
  std::vector<std::unique_ptr<VectorCost>> coarse;
  std::vector<const VectorCost*> levels{&sentences};
  const std::size_t limit = options.vector.full_search_max;
  while (levels.back()->rows() * levels.back()->cols() > limit * limit &&
         std::max(levels.back()->rows(), levels.back()->cols()) > 1) {
    coarse.push_back(std::make_unique<VectorCost>(levels.back()->coarsen()));
    levels.push_back(coarse.back().get());
  }
  auto shapes = [&](std::size_t level) { return level == 0 ? bead_shapes(options.max_bead_side) : coarse_shapes(); };

  std::size_t level = levels.size() - 1;
  SearchWindow window = SearchWindow::band(levels[level]->rows(), levels[level]->cols(), options.band);
  BeadPath path = align_beads_in_window(window, shapes(level), levels[level]->in_window(window));
  // Each finer level searches only near the path found one level up, so it
  // costs time linear in its size, and the sizes halve (sec. 3.3).
  while (level-- > 0) {
    const VectorCost& fine = *levels[level];
    window = SearchWindow::around_path(fine.rows(), fine.cols(), project_path(path.beads, fine.rows(), fine.cols()),
                                       options.vector.window);
    path = align_beads_in_window(window, shapes(level), fine.in_window(window));
  }
  return path;
}

namespace {

class VectorAligner final : public Aligner {
 public:
  explicit VectorAligner(const AlignerOptions& options) : options_(options) {}
  std::string_view name() const override { return "vector"; }

  Result<Alignment> align(const Document& original, const Document& retranslated) const override {
    if (Status s = check_vector_options(options_); !s.ok()) return s.error();
    const VectorCost cost = sentence_cost(original, retranslated, options_);
    Alignment out;
    out.beads = vector_search(cost, options_).beads;
    for (Bead& b : out.beads)
      if (!b.original.empty() && !b.retranslated.empty())
        b.score = std::clamp(cost.similarity(b.original.front(), static_cast<int>(b.original.size()),
                                             b.retranslated.front(), static_cast<int>(b.retranslated.size())),
                             0.0, 1.0);
    return out;
  }

 private:
  AlignerOptions options_;
};

}  // namespace

std::unique_ptr<Aligner> make_vector_aligner(const AlignerOptions& options) {
  return std::make_unique<VectorAligner>(options);
}

}  // namespace transdrift
