#include "detect/bead_view.hpp"

#include <algorithm>

#include "similarity/word_aligner.hpp"

namespace transdrift {
namespace {

TokenRange token_range(const Document& doc, const std::vector<std::size_t>& ids) {
  if (ids.empty()) return {};
  return {doc.sentences[ids.front()].tokens.begin, doc.sentences[ids.back()].tokens.end};
}

Span byte_span(const Document& doc, const std::vector<std::size_t>& ids, std::size_t gap) {
  if (ids.empty()) return {gap, gap};
  return {doc.sentences[ids.front()].span.start, doc.sentences[ids.back()].span.end};
}

}  // namespace

Side other(Side side) { return side == Side::kOriginal ? Side::kRetranslated : Side::kOriginal; }

BeadView::BeadView(std::size_t index, const Bead& bead, const Document& original, const Document& retranslated,
                   const PairScore* score, std::size_t gap_original, std::size_t gap_retranslated)
    : index_(index), bead_(bead), original_(original), retranslated_(retranslated), score_(score),
      tokens_o_(token_range(original, bead.original)), tokens_r_(token_range(retranslated, bead.retranslated)),
      span_o_(byte_span(original, bead.original, gap_original)),
      span_r_(byte_span(retranslated, bead.retranslated, gap_retranslated)) {
  if (!score_) return;
  for (const WordLink& l : score_->words.links) {
    by_o_.emplace(l.original, &l);
    by_r_.emplace(l.retranslated, &l);
  }
}

std::optional<std::size_t> BeadView::linked(Side side, std::size_t token) const {
  const auto& map = side == Side::kOriginal ? by_o_ : by_r_;
  auto it = map.find(token);
  if (it == map.end()) return std::nullopt;
  return side == Side::kOriginal ? it->second->retranslated : it->second->original;
}

double BeadView::link_strength(Side side, std::size_t token) const {
  const auto& map = side == Side::kOriginal ? by_o_ : by_r_;
  auto it = map.find(token);
  return it == map.end() ? 0.0 : it->second->strength;
}

std::optional<LinkKind> BeadView::link_kind(Side side, std::size_t token) const {
  const auto& map = side == Side::kOriginal ? by_o_ : by_r_;
  auto it = map.find(token);
  if (it == map.end()) return std::nullopt;
  return it->second->kind;
}

std::vector<std::size_t> BeadView::counterpart(Side side, std::size_t first, std::size_t last,
                                               Anchors anchors) const {
  const TokenRange here = tokens(side), there = tokens(other(side));
  if (there.empty()) return {};
  const Document& h = doc(side);
  auto anchor = [&](std::size_t t) -> std::optional<std::size_t> {
    if (anchors == Anchors::kContentWords && (!is_word_token(h.tokens[t]) || is_function_word(h.tokens[t].norm)))
      return std::nullopt;
    return linked(side, t);
  };
  std::size_t lo = there.begin, hi = there.end;  // exclusive bounds on the other side
  bool have_lo = false, have_hi = false;
  for (std::size_t t = first; t-- > here.begin;)
    if (auto o = anchor(t)) { lo = *o + 1; have_lo = true; break; }
  for (std::size_t t = last + 1; t < here.end; ++t)
    if (auto o = anchor(t)) { hi = *o; have_hi = true; break; }
  // Without any anchor the whole other side is a candidate only for short beads.
  if (!have_lo && !have_hi && there.size() > 12) return {};
  // Anchors far apart on the other side (a crossing link, a reordered
  // clause) do not say where the run went: no counterpart rather than a wrong one.
  if (hi > lo && hi - lo > 3 * (last - first + 1) + 6) return {};
  std::vector<std::size_t> out;
  const Document& d = doc(other(side));
  for (std::size_t t = lo; t < hi && t < there.end; ++t)
    if (is_word_token(d.tokens[t]) && !linked(other(side), t)) out.push_back(t);
  return out;
}

Span BeadView::cover(Side side, const std::vector<std::size_t>& toks) const {
  const Document& d = doc(side);
  if (toks.empty()) return {span(side).start, span(side).start};
  const auto [lo, hi] = std::minmax_element(toks.begin(), toks.end());
  return {d.tokens[*lo].span.start, d.tokens[*hi].span.end};
}

Span BeadView::gap_for(Side other_side, std::size_t first, std::size_t last) const {
  // The empty place on `other_side` right after the counterpart of the
  // nearest linked word before [first, last] on the opposite side.
  const Side side = other(other_side);
  const Document& d = doc(other_side);
  for (std::size_t t = first; t-- > tokens(side).begin;)
    if (auto o = linked(side, t)) {
      const std::size_t at = d.tokens[*o].span.end;
      return {at, at};
    }
  for (std::size_t t = last + 1; t < tokens(side).end; ++t)
    if (auto o = linked(side, t)) {
      const std::size_t at = d.tokens[*o].span.start;
      return {at, at};
    }
  return {span(other_side).start, span(other_side).start};
}

}  // namespace transdrift
