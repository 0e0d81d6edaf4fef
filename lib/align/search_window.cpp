#include "align/search_window.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace transdrift {

SearchWindow::SearchWindow(std::size_t cols, std::vector<std::size_t> lo, std::vector<std::size_t> hi)
    : cols_(cols), lo_(std::move(lo)), hi_(std::move(hi)) {
  if (lo_.empty()) lo_.assign(1, 0);
  hi_.resize(lo_.size(), cols_);
  const std::size_t rows = lo_.size() - 1;
  for (auto& v : lo_) v = std::min(v, cols_);
  for (auto& v : hi_) v = std::min(v, cols_);
  lo_[0] = 0;
  hi_[rows] = cols_;
  // Widen only: hi non-decreasing from the top, lo non-decreasing from the bottom.
  for (std::size_t i = 1; i <= rows; ++i) hi_[i] = std::max(hi_[i], hi_[i - 1]);
  for (std::size_t i = rows; i-- > 0;) lo_[i] = std::min(lo_[i], lo_[i + 1]);
  // Overlapping consecutive rows keep every row reachable by a 1-0 bead.
  for (std::size_t i = 1; i <= rows; ++i) lo_[i] = std::min(lo_[i], hi_[i - 1]);
  offset_.assign(rows + 2, 0);
  for (std::size_t i = 0; i <= rows; ++i) offset_[i + 1] = offset_[i] + (hi_[i] - lo_[i] + 1);
}

SearchWindow SearchWindow::full(std::size_t rows, std::size_t cols) {
  return SearchWindow(cols, std::vector<std::size_t>(rows + 1, 0), std::vector<std::size_t>(rows + 1, cols));
}

SearchWindow SearchWindow::band(std::size_t rows, std::size_t cols, std::size_t half_width) {
  if (half_width == 0) return full(rows, cols);
  // The same band as align_beads() in dp.cpp.
  const std::size_t gap = rows > cols ? rows - cols : cols - rows;
  const std::size_t w = std::max(half_width, gap + half_width / 2);
  std::vector<std::size_t> lo(rows + 1), hi(rows + 1);
  for (std::size_t i = 0; i <= rows; ++i) {
    const std::size_t center =
        rows == 0 ? 0 : static_cast<std::size_t>(static_cast<double>(i) * static_cast<double>(cols) / rows + 0.5);
    lo[i] = center > w ? center - w : 0;
    hi[i] = std::min(cols, center + w);
  }
  return SearchWindow(cols, std::move(lo), std::move(hi));
}

SearchWindow SearchWindow::around_path(std::size_t rows, std::size_t cols, const std::vector<LatticePoint>& points,
                                       std::size_t radius) {
  // Columns the path touches in each row.
  std::vector<std::size_t> plo(rows + 1, cols), phi(rows + 1, 0);
  auto touch = [&](std::size_t r, double c_from, double c_to) {
    if (r > rows) return;
    const auto a = static_cast<std::size_t>(std::max(0.0, std::floor(c_from)));
    const auto b = static_cast<std::size_t>(std::max(0.0, std::ceil(c_to)));
    plo[r] = std::min(plo[r], std::min(a, cols));
    phi[r] = std::max(phi[r], std::min(b, cols));
  };
  for (std::size_t k = 0; k + 1 < points.size(); ++k) {
    const LatticePoint p = points[k], q = points[k + 1];
    const double r1 = static_cast<double>(p.original), r2 = static_cast<double>(std::max(q.original, p.original));
    const double c1 = static_cast<double>(p.retranslated), c2 = static_cast<double>(std::max(q.retranslated, p.retranslated));
    if (r2 == r1) {
      touch(p.original, c1, c2);
      continue;
    }
    const double slope = (c2 - c1) / (r2 - r1);
    // A straight line through the segment; one row either side counts so
    // that a steep line leaves no gap between rows.
    for (std::size_t r = p.original; r <= static_cast<std::size_t>(r2); ++r) {
      const double x = static_cast<double>(r);
      touch(r, c1 + (std::max(x - 1, r1) - r1) * slope, c1 + (std::min(x + 1, r2) - r1) * slope);
    }
  }
  if (points.size() == 1) touch(points[0].original, static_cast<double>(points[0].retranslated),
                                static_cast<double>(points[0].retranslated));
  // Monotone envelopes (a row the path skips inherits its neighbours').
  for (std::size_t i = rows; i-- > 0;) plo[i] = std::min(plo[i], plo[i + 1]);
  for (std::size_t i = 1; i <= rows; ++i) phi[i] = std::max(phi[i], phi[i - 1]);
  // Chebyshev widening: rows i - radius .. i + radius contribute to row i.
  std::vector<std::size_t> lo(rows + 1), hi(rows + 1);
  for (std::size_t i = 0; i <= rows; ++i) {
    const std::size_t below = plo[i > radius ? i - radius : 0];
    const std::size_t above = phi[std::min(rows, i + radius)];
    lo[i] = below > radius ? below - radius : 0;
    hi[i] = std::min(cols, above + radius);
  }
  return SearchWindow(cols, std::move(lo), std::move(hi));
}

BeadPath align_beads_in_window(const SearchWindow& window, const std::vector<BeadShape>& shapes,
                               const BeadCostFn& cost) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  std::vector<double> best(window.cells(), kInf);
  std::vector<std::int8_t> back(window.cells(), -1);
  best[window.index(0, 0)] = 0.0;

  for (std::size_t i = 0; i <= window.rows(); ++i) {
    for (std::size_t j = window.lo(i); j <= window.hi(i); ++j) {
      const std::size_t cell = window.index(i, j);
      double cell_best = best[cell];
      std::int8_t cell_back = back[cell];
      for (std::size_t s = 0; s < shapes.size(); ++s) {
        const auto n = static_cast<std::size_t>(shapes[s].n), m = static_cast<std::size_t>(shapes[s].m);
        if (n > i || m > j) continue;
        const std::size_t pi = i - n, pj = j - m;
        if (!window.contains(pi, pj)) continue;
        const double prev = best[window.index(pi, pj)];
        if (prev == kInf) continue;
        const double c = prev + cost(pi, shapes[s].n, pj, shapes[s].m);
        if (c < cell_best) {
          cell_best = c;
          cell_back = static_cast<std::int8_t>(s);
        }
      }
      best[cell] = cell_best;
      back[cell] = cell_back;
    }
  }

  BeadPath out;
  std::size_t i = window.rows(), j = window.cols();
  out.cost = best[window.index(i, j)];
  while (i > 0 || j > 0) {
    const int s = back[window.index(i, j)];
    if (s < 0) break;  // unreachable: a connected window always reaches the corner
    Bead bead;
    for (int k = shapes[s].n; k > 0; --k) bead.original.push_back(i - k);
    for (int k = shapes[s].m; k > 0; --k) bead.retranslated.push_back(j - k);
    i -= shapes[s].n;
    j -= shapes[s].m;
    out.beads.push_back(std::move(bead));
  }
  std::reverse(out.beads.begin(), out.beads.end());
  return out;
}

std::vector<LatticePoint> path_points(const std::vector<Bead>& beads) {
  std::vector<LatticePoint> out{{0, 0}};
  for (const Bead& b : beads)
    out.push_back({out.back().original + b.original.size(), out.back().retranslated + b.retranslated.size()});
  return out;
}

}  // namespace transdrift
