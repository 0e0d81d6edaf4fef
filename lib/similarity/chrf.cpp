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

// The first kMaxPackedOrder code points from one start of a string, the
// first one highest, 21 bits each (every code point is below 2^21), padded
// with kPad (no code point) past the string's end: 128-bit keys whose order
// is the lexicographic order of those sequences. Sorted, the keys of a
// string put the starts of equal n-grams next to each other for every n up
// to kMaxPackedOrder at once.
struct PackedGram {
  std::uint64_t hi = 0, lo = 0;
  auto operator<=>(const PackedGram&) const = default;
};
constexpr std::size_t kMaxPackedOrder = 6;  // 6 * 21 = 126 bits
constexpr std::uint64_t kPad = (std::uint64_t{1} << 21) - 1;

// The sorted keys of every start of `s`, into `out`.
void packed_grams(const std::u32string& s, std::vector<PackedGram>& out) {
  out.resize(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    PackedGram g;
    for (std::size_t k = 0; k < kMaxPackedOrder; ++k) {
      const std::uint64_t c = i + k < s.size() ? static_cast<std::uint64_t>(s[i + k]) : kPad;
      g.hi = (g.hi << 21) | (g.lo >> 43);
      g.lo = (g.lo << 21) | c;
    }
    out[i] = g;
  }
  std::sort(out.begin(), out.end());
}

// The n-gram of key `g`: its first n code points, as a number (the key
// shifted right past the others).
PackedGram gram_prefix(const PackedGram& g, std::size_t n) {
  const std::size_t shift = 21 * (kMaxPackedOrder - n);
  if (shift == 0) return g;
  if (shift >= 64) return PackedGram{0, g.hi >> (shift - 64)};
  return PackedGram{g.hi >> shift, (g.lo >> shift) | (g.hi << (64 - shift))};
}

// common_ngrams_by_map from the sorted keys of the two strings: a merge of
// their n-grams (prefixes that run past a string's end left out). No
// hashing and no allocation per n-gram, which made the maps the larger part
// of a scorer's work per pair.
int common_ngrams_packed(const std::vector<PackedGram>& sx, const std::vector<PackedGram>& sy, std::size_t n) {
  // A prefix runs past the end when its last code point is the padding.
  auto at = [n](const std::vector<PackedGram>& keys, std::size_t i, bool& whole) {
    const PackedGram g = gram_prefix(keys[i], n);
    whole = (g.lo & kPad) != kPad;
    return g;
  };
  int common = 0;
  bool whole_x = false, whole_y = false;
  std::size_t i = 0, j = 0;
  while (i < sx.size() && j < sy.size()) {
    const PackedGram gx = at(sx, i, whole_x), gy = at(sy, j, whole_y);
    if (!whole_x || gx < gy) {
      ++i;
    } else if (!whole_y || gy < gx) {
      ++j;
    } else {
      int cx = 0, cy = 0;
      bool whole = false;
      for (; i < sx.size() && at(sx, i, whole) == gx; ++i) ++cx;
      for (; j < sy.size() && at(sy, j, whole) == gy; ++j) ++cy;
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
  thread_local std::vector<PackedGram> gx, gy;
  packed_grams(x, gx);
  packed_grams(y, gy);
  double precision_sum = 0.0, recall_sum = 0.0;
  int orders = 0;
  for (int n = 1; n <= max_order; ++n) {
    const auto order = static_cast<std::size_t>(n);
    if (x.size() < order || y.size() < order) break;  // higher orders cannot exist either
    const std::size_t nx = x.size() - order + 1, ny = y.size() - order + 1;  // n-grams of each
    int common = 0;
    if (order <= kMaxPackedOrder) {
      common = common_ngrams_packed(gx, gy, order);
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
