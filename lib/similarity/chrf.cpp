// chrF: character n-gram F-score (Popović 2015, "chrF: character n-gram
// F-score for automatic MT evaluation"), as in sacreBLEU: white space removed,
// n-gram orders 1..N, precision and recall averaged over orders, F-beta.
#include <string>
#include <unordered_map>

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

}  // namespace

double chrf(std::string_view a, std::string_view b, int max_order, double beta) {
  const std::u32string x = code_points_without_space(a);
  const std::u32string y = code_points_without_space(b);
  if (x.empty() && y.empty()) return 1.0;
  if (x.empty() || y.empty()) return 0.0;
  double precision_sum = 0.0, recall_sum = 0.0;
  int orders = 0;
  for (int n = 1; n <= max_order; ++n) {
    const NgramCounts cx = count_ngrams(x, static_cast<std::size_t>(n));
    const NgramCounts cy = count_ngrams(y, static_cast<std::size_t>(n));
    if (cx.empty() || cy.empty()) break;  // higher orders cannot exist either
    int total_x = 0, total_y = 0, common = 0;
    for (const auto& [g, c] : cx) {
      total_x += c;
      if (auto it = cy.find(g); it != cy.end()) common += std::min(c, it->second);
    }
    for (const auto& [g, c] : cy) total_y += c;
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
