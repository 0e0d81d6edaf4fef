// chrF: character n-gram F-score (Popović 2015, "chrF: character n-gram
// F-score for automatic MT evaluation"), as in sacreBLEU: white space removed,
// n-gram orders 1..N, precision and recall averaged over orders, F-beta.
#include <algorithm>
#include <compare>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "transdrift/scorer.hpp"

namespace transdrift {
namespace {

std::u32string code_points_without_space(std::string_view s) {
  std::u32string out;
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    if (!u_isUWhiteSpace(c)) out.push_back(static_cast<char32_t>(c));
    i += U16_LENGTH(c);
  }
  return out;
}

using NgramCounts = std::unordered_map<std::u32string_view, int>;

NgramCounts count_ngrams(const std::u32string& s, std::size_t n) {
  NgramCounts counts;
  if (s.size() < n) return counts;
  counts.reserve(s.size());
  for (std::size_t i = 0; i + n <= s.size(); ++i) ++counts[std::u32string_view(s).substr(i, n)];
  return counts;
}

// The n-grams both strings share, counted with multiplicity (the sum over
// distinct n-grams of the smaller count), through hash maps of the n-grams.
int common_ngrams_by_map(const std::u32string& x, const std::u32string& y, std::size_t n) {
  const NgramCounts cx = count_ngrams(x, n);
  const NgramCounts cy = count_ngrams(y, n);
  int common = 0;
  for (const auto& [g, c] : cx) {
    if (auto it = cy.find(g); it != cy.end()) common += std::min(c, it->second);
  }
  return common;
}

// An n-gram of up to kMaxPackedOrder code points (21 bits each, as every
// code point is below 2^21) packed into 128 bits: n-grams of one order are
// equal exactly when their packings are.
struct PackedGram {
  std::uint64_t hi = 0, lo = 0;
  auto operator<=>(const PackedGram&) const = default;
};
constexpr std::size_t kMaxPackedOrder = 6;  // 6 * 21 = 126 bits

// Extends each of the first `count` grams of `grams` (the n-grams of `s` of
// one order, by start) by the code point `order` places after its start.
void extend_grams(std::vector<PackedGram>& grams, const std::u32string& s, std::size_t order, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    PackedGram& g = grams[i];
    g.hi = (g.hi << 21) | (g.lo >> 43);
    g.lo = (g.lo << 21) | static_cast<std::uint64_t>(s[i + order]);
  }
}

// common_ngrams_by_map from the packed n-grams (the first `nx` and `ny`
// entries): both sorted, then merged. No hashing and no allocation per
// n-gram, which made the maps the larger part of a scorer's work per pair.
int common_ngrams_packed(const std::vector<PackedGram>& gx, std::size_t nx, const std::vector<PackedGram>& gy,
                         std::size_t ny) {
  thread_local std::vector<PackedGram> sx, sy;
  sx.assign(gx.begin(), gx.begin() + static_cast<std::ptrdiff_t>(nx));
  sy.assign(gy.begin(), gy.begin() + static_cast<std::ptrdiff_t>(ny));
  std::sort(sx.begin(), sx.end());
  std::sort(sy.begin(), sy.end());
  int common = 0;
  std::size_t i = 0, j = 0;
  while (i < sx.size() && j < sy.size()) {
    if (sx[i] < sy[j]) {
      ++i;
    } else if (sy[j] < sx[i]) {
      ++j;
    } else {
      const PackedGram g = sx[i];
      int cx = 0, cy = 0;
      for (; i < sx.size() && sx[i] == g; ++i) ++cx;
      for (; j < sy.size() && sy[j] == g; ++j) ++cy;
      common += std::min(cx, cy);
    }
  }
  return common;
}

}  // namespace

double chrf(std::string_view a, std::string_view b, int max_order, double beta) {
  const std::u32string x = code_points_without_space(a);
  const std::u32string y = code_points_without_space(b);
  if (x.empty() && y.empty()) return 1.0;
  if (x.empty() || y.empty()) return 0.0;
  // The n-grams of each order, by start, packed while the order allows.
  thread_local std::vector<PackedGram> gx, gy;
  gx.assign(x.size(), PackedGram{});
  gy.assign(y.size(), PackedGram{});
  double precision_sum = 0.0, recall_sum = 0.0;
  int orders = 0;
  for (int n = 1; n <= max_order; ++n) {
    const auto order = static_cast<std::size_t>(n);
    if (x.size() < order || y.size() < order) break;  // higher orders cannot exist either
    const std::size_t nx = x.size() - order + 1, ny = y.size() - order + 1;  // n-grams of each
    int common = 0;
    if (order <= kMaxPackedOrder) {
      extend_grams(gx, x, order - 1, nx);
      extend_grams(gy, y, order - 1, ny);
      common = common_ngrams_packed(gx, nx, gy, ny);
    } else {
      common = common_ngrams_by_map(x, y, order);
    }
    const int total_x = static_cast<int>(nx), total_y = static_cast<int>(ny);
    recall_sum += static_cast<double>(common) / total_x;     // a is the reference
    precision_sum += static_cast<double>(common) / total_y;  // b is the hypothesis
    ++orders;
  }
  if (orders == 0) return 0.0;
  const double p = precision_sum / orders, r = recall_sum / orders;
  if (p + r == 0.0) return 0.0;
  const double b2 = beta * beta;
  return (1 + b2) * p * r / (b2 * p + r);
}

}  // namespace transdrift
