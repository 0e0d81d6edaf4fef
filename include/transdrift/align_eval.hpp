// Sentence-alignment evaluation against gold beads, as in Bleualign and
// Vecalign (Sennrich & Volk 2011; Thompson & Koehn 2019): strict and lax
// precision, recall and F1, counts pooled over documents.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "transdrift/result.hpp"
#include "transdrift/types.hpp"

namespace transdrift {

// Parses beads written one per line as "[src ids]:[tgt ids]" with 0-based
// sentence ids, e.g. "[3]:[3, 4]" or "[]:[16]". Blank lines are skipped.
// Errors (kInvalidArgument) name the line number.
Result<Alignment> parse_beads(std::string_view text);

// Writes beads in the same format, one per line, ids joined by ", ".
std::string format_beads(const Alignment& alignment);

// Counts behind the scores; add them up to pool several documents.
struct AlignCounts {
  std::size_t precision_strict = 0;  // predicted beads identical to a gold bead
  std::size_t precision_lax = 0;     // predicted beads sharing a sentence link with a gold bead
  std::size_t predicted = 0;         // predicted beads (1-0 and 0-1 included)
  std::size_t recall_strict = 0;     // gold beads (both sides non-empty) predicted exactly
  std::size_t recall_lax = 0;        // gold beads (both sides non-empty) sharing a link with a prediction
  std::size_t gold = 0;              // gold beads with both sides non-empty

  AlignCounts& operator+=(const AlignCounts& other);
};

struct AlignScores {
  double precision_strict = 0, recall_strict = 0, f1_strict = 0;
  double precision_lax = 0, recall_lax = 0, f1_lax = 0;
};

AlignCounts count_alignment(const Alignment& predicted, const Alignment& gold);
AlignScores score_counts(const AlignCounts& counts);

}  // namespace transdrift
