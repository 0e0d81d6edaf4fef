// What the checks see of one aligned bead: its sentences and tokens on both
// sides, the word alignment between them, and how to map a run of words on
// one side to the place it corresponds to on the other.
#pragma once

#include <cstddef>
#include <optional>
#include <unordered_map>
#include <vector>

#include "transdrift/detector.hpp"
#include "transdrift/scorer.hpp"
#include "transdrift/types.hpp"

namespace transdrift {

class BeadView {
 public:
  // `score` is null for 1-0 / 0-1 beads. `gap_original` / `gap_retranslated`
  // are the byte offsets where an empty side of the bead sits in its input.
  BeadView(std::size_t index, const Bead& bead, const Document& original, const Document& retranslated,
           const PairScore* score, std::size_t gap_original, std::size_t gap_retranslated);

  std::size_t index() const { return index_; }
  const Bead& bead() const { return bead_; }
  const Document& doc(Side side) const { return side == Side::kOriginal ? original_ : retranslated_; }
  const std::vector<std::size_t>& sentences(Side side) const {
    return side == Side::kOriginal ? bead_.original : bead_.retranslated;
  }
  const PairScore* score() const { return score_; }
  bool paired() const { return score_ != nullptr; }

  // Tokens of the bead's sentences on one side.
  TokenRange tokens(Side side) const { return side == Side::kOriginal ? tokens_o_ : tokens_r_; }
  // Bytes of the bead's sentences on one side; an empty span at the gap when none.
  Span span(Side side) const { return side == Side::kOriginal ? span_o_ : span_r_; }

  // The token on the other side that `token` is linked to, if any.
  std::optional<std::size_t> linked(Side side, std::size_t token) const;
  double link_strength(Side side, std::size_t token) const;  // 0 when unlinked
  std::optional<LinkKind> link_kind(Side side, std::size_t token) const;

  // The counterpart of tokens [first, last] on `side`: the unlinked word
  // tokens of the other side lying between the counterparts of the nearest
  // linked words before and after the run. May be empty. With
  // kContentWords, only linked content words anchor the search: a linked
  // "the" or "to" may sit anywhere.
  enum class Anchors { kAllWords, kContentWords };
  std::vector<std::size_t> counterpart(Side side, std::size_t first, std::size_t last,
                                       Anchors anchors = Anchors::kAllWords) const;
  // Bytes covering `tokens` (of the document on `side`); when `tokens` is empty,
  // the empty span where the counterpart of [first, last] on the *other* side would sit.
  Span cover(Side side, const std::vector<std::size_t>& tokens) const;
  Span gap_for(Side other_side, std::size_t first, std::size_t last) const;

 private:
  std::size_t index_;
  const Bead& bead_;
  const Document& original_;
  const Document& retranslated_;
  const PairScore* score_;
  TokenRange tokens_o_, tokens_r_;
  Span span_o_, span_r_;
  std::unordered_map<std::size_t, const WordLink*> by_o_, by_r_;
  // The linked tokens of each side, ascending, and those of them that are
  // content words: the anchors counterpart() and gap_for() look for, found
  // by binary search rather than by walking the tokens (a long bead with
  // few links would make that quadratic).
  std::vector<std::size_t> anchors_o_, anchors_r_, content_anchors_o_, content_anchors_r_;
  // The nearest anchor of `side` before `first` and after `last`, within the bead.
  std::optional<std::size_t> anchor_before(Side side, std::size_t first, Anchors anchors) const;
  std::optional<std::size_t> anchor_after(Side side, std::size_t last, Anchors anchors) const;
};

Side other(Side side);

}  // namespace transdrift
