// The align stage: pairs the sentences of the original and the retranslation.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "transdrift/result.hpp"
#include "transdrift/text.hpp"
#include "transdrift/types.hpp"

namespace transdrift {

struct AlignerOptions {
  // Largest number of sentences on one side of a bead (1..4). Bead kinds
  // allowed: 0-1, 1-0 and every n-m with 1 <= n, m <= max_bead_side and
  // n + m <= max_bead_side + 1 (1-4, 4-1, 2-2, 2-3 ...).
  int max_bead_side = 4;
  // Half-width of the search band around the diagonal, in sentences. The band
  // is widened automatically to cover the length difference of the inputs.
  // 0 = no band (full table; only sensible for short documents).
  std::size_t band = 100;
  // Weight of the lexical-overlap cost relative to the length cost (the
  // Gale-Church -log probability, in nats).
  double lexical_weight = 12;
  // Cost of leaving one sentence unpaired (a 1-0 or 0-1 bead), in nats, on
  // top of its length cost.
  double skip_cost = 6;
  // Cost, in nats, of every paragraph boundary inside a bead (counted on the
  // side that has more): translations keep paragraphs, so a headline or a
  // by-line standing alone is not merged into its neighbour's translation.
  double paragraph_cost = 5;
};

class Aligner {
 public:
  virtual ~Aligner() = default;
  virtual std::string_view name() const = 0;
  // Every sentence of both documents ends up in exactly one bead, in order.
  // Bead scores are the aligner's own similarity estimate in [0, 1].
  virtual Result<Alignment> align(const Document& original, const Document& retranslated) const = 0;
};

// Names: "lexical" (the default: length prior + lexical overlap, banded DP),
// "length" (Gale-Church 1993, character lengths only).
Result<std::unique_ptr<Aligner>> make_aligner(std::string_view name, const AlignerOptions& options = {});
std::vector<std::string> aligner_names();

}  // namespace transdrift
