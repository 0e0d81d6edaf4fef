#include "align/dp.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace transdrift {

std::vector<BeadShape> bead_shapes(int max_side) {
  std::vector<BeadShape> shapes{{1, 0}, {0, 1}};
  for (int n = 1; n <= max_side; ++n)
    for (int m = 1; m <= max_side; ++m)
      if (n + m <= max_side + 1) shapes.push_back({n, m});
  return shapes;
}

namespace {

// The band: for every row i (original sentences consumed) the columns j
// (retranslated sentences consumed) that the search may visit.
class Band {
 public:
  Band(std::size_t rows, std::size_t cols, std::size_t half_width) : lo_(rows + 1), hi_(rows + 1), offset_(rows + 2) {
    const std::size_t gap = rows > cols ? rows - cols : cols - rows;
    const std::size_t w = half_width == 0 ? std::max(rows, cols) + 1 : std::max(half_width, gap + half_width / 2);
    for (std::size_t i = 0; i <= rows; ++i) {
      const std::size_t center = rows == 0 ? 0 : static_cast<std::size_t>(static_cast<double>(i) * cols / rows + 0.5);
      lo_[i] = center > w ? center - w : 0;
      hi_[i] = std::min(cols, center + w);
    }
    // The corners must be reachable whatever the rounding.
    lo_[0] = 0;
    hi_[rows] = cols;
    for (std::size_t i = 0; i <= rows; ++i) offset_[i + 1] = offset_[i] + (hi_[i] - lo_[i] + 1);
  }
  bool contains(std::size_t i, std::size_t j) const { return j >= lo_[i] && j <= hi_[i]; }
  std::size_t index(std::size_t i, std::size_t j) const { return offset_[i] + (j - lo_[i]); }
  std::size_t size() const { return offset_.back(); }
  std::size_t lo(std::size_t i) const { return lo_[i]; }
  std::size_t hi(std::size_t i) const { return hi_[i]; }

 private:
  std::vector<std::size_t> lo_, hi_, offset_;
};

}  // namespace

std::vector<Bead> align_beads(std::size_t original_count, std::size_t retranslated_count,
                              const std::vector<BeadShape>& shapes, const BeadCostFn& cost,
                              std::size_t band_width) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  const Band band(original_count, retranslated_count, band_width);
  std::vector<double> best(band.size(), kInf);
  std::vector<std::int8_t> back(band.size(), -1);
  best[band.index(0, 0)] = 0.0;

  for (std::size_t i = 0; i <= original_count; ++i) {
    for (std::size_t j = band.lo(i); j <= band.hi(i); ++j) {
      const std::size_t cell = band.index(i, j);
      for (std::size_t s = 0; s < shapes.size(); ++s) {
        const auto n = static_cast<std::size_t>(shapes[s].n), m = static_cast<std::size_t>(shapes[s].m);
        if (n > i || m > j) continue;
        const std::size_t pi = i - n, pj = j - m;
        if (!band.contains(pi, pj)) continue;
        const double prev = best[band.index(pi, pj)];
        if (prev == kInf) continue;
        const double c = prev + cost(pi, shapes[s].n, pj, shapes[s].m);
        if (c < best[cell]) {
          best[cell] = c;
          back[cell] = static_cast<std::int8_t>(s);
        }
      }
    }
  }

  std::vector<Bead> beads;
  std::size_t i = original_count, j = retranslated_count;
  while (i > 0 || j > 0) {
    const int s = back[band.index(i, j)];
    if (s < 0) break;  // unreachable: the corner is always reachable through 1-0/0-1 beads
    Bead bead;
    for (int k = shapes[s].n; k > 0; --k) bead.original.push_back(i - k);
    for (int k = shapes[s].m; k > 0; --k) bead.retranslated.push_back(j - k);
    i -= shapes[s].n;
    j -= shapes[s].m;
    beads.push_back(std::move(bead));
  }
  std::reverse(beads.begin(), beads.end());
  return beads;
}

}  // namespace transdrift
