// Banded dynamic programming over sentence beads, shared by the aligners.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "transdrift/types.hpp"

namespace transdrift {

// A bead shape: n original sentences paired with m retranslated ones.
struct BeadShape {
  int n = 1;
  int m = 1;
};

// Every shape allowed by AlignerOptions::max_bead_side: 0-1, 1-0 and n-m with
// 1 <= n, m <= max_side and n + m <= max_side + 1.
std::vector<BeadShape> bead_shapes(int max_side);

// Cost of the bead pairing original sentences [i, i + n) with retranslated
// sentences [j, j + m); lower is better, never negative.
using BeadCostFn = std::function<double(std::size_t i, int n, std::size_t j, int m)>;

// Minimum-cost sequence of beads covering both documents completely. The
// search visits only cells within `band` sentences of the diagonal (widened
// to the length difference of the inputs); band == 0 searches the whole table.
// Bead scores are left at 0.
std::vector<Bead> align_beads(std::size_t original_count, std::size_t retranslated_count,
                              const std::vector<BeadShape>& shapes, const BeadCostFn& cost,
                              std::size_t band);

}  // namespace transdrift
