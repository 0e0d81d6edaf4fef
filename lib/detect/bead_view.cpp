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
  for (const Side side : {Side::kOriginal, Side::kRetranslated}) {
    const auto& map = side == Side::kOriginal ? by_o_ : by_r_;
    auto& all = side == Side::kOriginal ? anchors_o_ : anchors_r_;
    auto& content = side == Side::kOriginal ? content_anchors_o_ : content_anchors_r_;
    const Document& d = doc(side);
    for (const auto& [t, link] : map) all.push_back(t);
    std::sort(all.begin(), all.end());
    for (std::size_t t : all)
      if (is_word_token(d.tokens[t]) && !is_function_word(d.tokens[t].norm)) content.push_back(t);
  }
}

std::optional<std::size_t> BeadView::anchor_before(Side side, std::size_t first, Anchors anchors) const {
  const auto& v = anchors == Anchors::kContentWords
                      ? (side == Side::kOriginal ? content_anchors_o_ : content_anchors_r_)
                      : (side == Side::kOriginal ? anchors_o_ : anchors_r_);
  const auto it = std::lower_bound(v.begin(), v.end(), first);
  if (it == v.begin() || *(it - 1) < tokens(side).begin) return std::nullopt;
  return *(it - 1);
}

std::optional<std::size_t> BeadView::anchor_after(Side side, std::size_t last, Anchors anchors) const {
  const auto& v = anchors == Anchors::kContentWords
                      ? (side == Side::kOriginal ? content_anchors_o_ : content_anchors_r_)
                      : (side == Side::kOriginal ? anchors_o_ : anchors_r_);
  const auto it = std::upper_bound(v.begin(), v.end(), last);
  if (it == v.end() || *it >= tokens(side).end) return std::nullopt;
  return *it;
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
  const TokenRange there = tokens(other(side));
  if (there.empty()) return {};
  std::size_t lo = there.begin, hi = there.end;  // exclusive bounds on the other side
  bool have_lo = false, have_hi = false;
  if (auto t = anchor_before(side, first, anchors)) lo = *linked(side, *t) + 1, have_lo = true;
  if (auto t = anchor_after(side, last, anchors)) hi = *linked(side, *t), have_hi = true;
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
  if (auto t = anchor_before(side, first, Anchors::kAllWords)) {
    const std::size_t at = d.tokens[*linked(side, *t)].span.end;
    return {at, at};
  }
  if (auto t = anchor_after(side, last, Anchors::kAllWords)) {
    const std::size_t at = d.tokens[*linked(side, *t)].span.start;
    return {at, at};
  }
  return {span(other_side).start, span(other_side).start};
}

}  // namespace transdrift
