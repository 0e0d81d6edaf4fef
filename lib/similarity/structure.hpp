// Structure signals over the word alignment of an aligned pair: "who did what
// to whom". Retranslation often keeps the words and changes the structure:
// subject and object trade places, a modifier moves to another noun, a place
// and its container swap. Bag-of-words similarity cannot see this; these
// signals look at where the aligned words sit relative to each other.
//
// The words of each side are cut into blocks: maximal runs of aligned words
// whose counterparts are also consecutive and in the same order (unaligned
// words may sit inside a run). On the block permutation:
//   - a swap is two non-adjacent blocks that took each other's place (each
//     now has the neighbours the other had); the words between them (the
//     "middle") tell its kind: a verb, preposition or other content word
//     there means the roles changed ("emigrated to Missouri ... go to
//     America" -> "emigrated to America ... go to Missouri"); only "and",
//     "or", commas, parentheses or articles there is a list reordering
//     ("X and Y" -> "Y and X", or both blocks next to list separators on
//     both sides); only a form of "be" there is an equation read the other
//     way ("X is Y" -> "Y is X"); a by-phrase with a form of "be" on one side
//     is a passive/active rewrite. The last three are benign;
//   - a loose swap (second pass, short pairs only): two blocks in reversed
//     order whose middle stays between them, whatever their neighbours;
//     classified the same way, at half the weight;
//   - a move is a block outside the longest in-order chain of blocks, not
//     part of a swap, weighted by how many content words it crossed; a
//     phrase starting with a preposition or conjunction (clause fronting) is
//     told apart from a bare modifier or noun changing its head;
// and over the aligned content words:
//   - crossing: distance-weighted share of crossing pairs (Kendall tau);
//   - context: share of neighbouring content words (within a small window)
//     whose counterparts are no longer neighbours in the same order (a
//     modifier on another head), both directions;
//   - preposition: share of aligned nouns governed by another preposition.
// The signals are combined into one drift score in [0, 1] with weights
// learned on PAWS (data/structure_weights.tsv, tools/fit_structure.cpp,
// docs/structure.md).
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "transdrift/scorer.hpp"
#include "transdrift/text.hpp"

namespace transdrift {

enum class StructureChange {
  kRoleSwap,   // two blocks traded places around a verb, preposition or content word
  kListSwap,   // "X and Y" -> "Y and X", list items reordered (benign)
  kCopula,     // "X is Y" -> "Y is X": only a form of "be" between (benign)
  kPassive,    // active <-> passive rewrite: by-phrase and a form of "be" (benign)
  kMove,       // one block moved across content words (not a swap)
};
std::string_view to_string(StructureChange c);  // "role_swap" | "list_swap" | "copula" | "passive" | "move"

// One detected change. Token indices into the two Documents.
struct StructureEvent {
  StructureChange change = StructureChange::kMove;
  // The block that moved (for a swap: the one first in the original), on
  // both sides, as word tokens in order.
  std::vector<std::size_t> original, retranslated;
  // For a swap: the other block; empty for a move.
  std::vector<std::size_t> partner_original, partner_retranslated;
  // Content words of the original between the two swapped blocks, or crossed
  // by a move.
  double distance = 0.0;
  // A moved phrase that starts with a preposition or conjunction, or sits at
  // a clause edge (clause fronting); false for a bare word changing its head.
  bool phrase = false;
  double weight = 0.0;  // evidence in [0, 1]: link strength of the blocks, how far they moved
};

// The signals, in the order of StructureSignals::names().
struct StructureSignals {
  double role_swap = 0.0;    // sum of role-swap weights, capped at 2
  double benign_swap = 0.0;  // list reorderings and passive rewrites, capped at 2
  double bare_move = 0.0;    // moved bare words (modifier on another head), sum of weights, capped at 2
  double phrase_move = 0.0;  // moved phrases (clause fronting), capped at 2
  double crossing = 0.0;     // [0, 1]
  double context = 0.0;      // [0, 1]
  double preposition = 0.0;  // [0, 1]
  double drift = 0.0;        // combined, [0, 1]: 0 = same structure

  static constexpr std::size_t kCount = 7;
  std::array<double, kCount> values() const {
    return {role_swap, benign_swap, bare_move, phrase_move, crossing, context, preposition};
  }
  static const std::array<std::string_view, kCount>& names();
};

struct StructureAnalysis {
  StructureSignals signals;
  std::vector<StructureEvent> events;
};

// Weights combining the signals: drift = (s(b + w.x) - s(b)) / (1 - s(b)),
// s the logistic function, clamped to [0, 1], so a pair without structure
// evidence has drift 0.
struct StructureWeights {
  double bias = 0.0;
  std::array<double, StructureSignals::kCount> weights{};
  // The compiled-in weights (data/structure_weights.tsv), parsed once.
  static const StructureWeights& builtin();
  // Parses "name<TAB>weight" lines and a "bias<TAB>b" line; '#' lines are
  // comments; unknown names are ignored.
  static StructureWeights parse(std::string_view text);
  double combine(const StructureSignals& s) const;
};

// Analyzes two token ranges with their word alignment (align_words).
StructureAnalysis analyze_structure(const Document& original, TokenRange original_tokens,
                                    const Document& retranslated, TokenRange retranslated_tokens,
                                    const WordAlignment& words,
                                    const StructureWeights& weights = StructureWeights::builtin());

}  // namespace transdrift
