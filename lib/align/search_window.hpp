// Dynamic programming over sentence beads restricted to an arbitrary search
// window: for every row i (original sentences consumed) a column range
// [lo(i), hi(i)] of retranslated sentences consumed. The diagonal band of
// dp.hpp is one such window; the coarse-to-fine search of the vector aligner
// (Thompson & Koehn 2019, sec. 3.3) builds others around a projected path.
#pragma once

#include <cstddef>
#include <vector>

#include "align/dp.hpp"
#include "transdrift/types.hpp"

namespace transdrift {

// A lattice point of the alignment: `original` and `retranslated` sentences
// consumed so far.
struct LatticePoint {
  std::size_t original = 0;
  std::size_t retranslated = 0;
};

class SearchWindow {
 public:
  // Every cell of the (rows + 1) x (cols + 1) lattice.
  static SearchWindow full(std::size_t rows, std::size_t cols);
  // The cells within `half_width` columns of the diagonal, widened to the
  // length difference as align_beads() does; half_width == 0 means full().
  static SearchWindow band(std::size_t rows, std::size_t cols, std::size_t half_width);
  // The cells within Chebyshev distance `radius` of the monotone path
  // `points` (consecutive points joined by straight lines, which is how
  // Vecalign searches through blocks of deletions and many-to-many beads).
  // The path should start at (0, 0) and end at (rows, cols); it is clipped.
  static SearchWindow around_path(std::size_t rows, std::size_t cols, const std::vector<LatticePoint>& points,
                                  std::size_t radius);
  // Explicit per-row ranges (lo.size() == hi.size() == rows + 1). The ranges
  // are widened where needed so that the window is connected: both ends
  // monotone, lo(0) == 0, hi(rows) == cols and lo(i) <= hi(i - 1), which
  // keeps (rows, cols) reachable through 1-0 and 0-1 beads.
  SearchWindow(std::size_t cols, std::vector<std::size_t> lo, std::vector<std::size_t> hi);

  std::size_t rows() const { return lo_.size() - 1; }
  std::size_t cols() const { return cols_; }
  std::size_t lo(std::size_t i) const { return lo_[i]; }
  std::size_t hi(std::size_t i) const { return hi_[i]; }
  bool contains(std::size_t i, std::size_t j) const { return i < lo_.size() && j >= lo_[i] && j <= hi_[i]; }
  std::size_t index(std::size_t i, std::size_t j) const { return offset_[i] + (j - lo_[i]); }
  std::size_t cells() const { return offset_.back(); }

 private:
  std::size_t cols_ = 0;
  std::vector<std::size_t> lo_, hi_, offset_;
};

struct BeadPath {
  std::vector<Bead> beads;  // bead scores left at 0
  double cost = 0;          // sum of the bead costs
};

// Minimum-cost sequence of beads from (0, 0) to (rows, cols) that never
// leaves `window`. Shapes must include 1-0 and 0-1.
BeadPath align_beads_in_window(const SearchWindow& window, const std::vector<BeadShape>& shapes,
                               const BeadCostFn& cost);

// The lattice points a bead sequence passes through, from (0, 0).
std::vector<LatticePoint> path_points(const std::vector<Bead>& beads);

}  // namespace transdrift
