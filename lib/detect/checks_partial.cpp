// Partial omissions and additions: content words on one side of an aligned
// pair that have no counterpart and that no other check explained (a dropped
// clause, an invented qualifier). Weighted by how much information the words
// carry, so "a recently passed law" -> "the law" outweighs a dropped "also".
#include <string>
#include <vector>

#include "detect/checks.hpp"
#include "similarity/word_aligner.hpp"
#include "similarity/word_weights.hpp"
#include "text/wordclass.hpp"

namespace transdrift {
namespace {

// Information mass, in content-word units, above which a run is major:
// about two rare words or three common ones.
constexpr double kMajorMass = 1.6;

bool explained(const std::vector<Finding>& out, std::size_t bead, Side side, Span s) {
  for (const Finding& f : out) {
    if (f.bead != bead) continue;
    const Span other = side == Side::kOriginal ? f.original : f.retranslated;
    if (!other.empty() && other.start < s.end && s.start < other.end) return true;
  }
  return false;
}

}  // namespace

void check_partial(const CheckContext& ctx, const BeadView& view, std::vector<Finding>& out) {
  if (!view.paired()) return;
  for (Side side : {Side::kOriginal, Side::kRetranslated}) {
    const Document& doc = view.doc(side);
    const auto& unaligned = side == Side::kOriginal ? view.score()->words.unaligned_original
                                                    : view.score()->words.unaligned_retranslated;
    // Runs of unexplained content words; function words may sit inside a run.
    std::vector<std::vector<std::size_t>> runs;
    std::size_t last = 0;
    for (std::size_t t : unaligned) {
      const Token& tok = doc.tokens[t];
      if (!is_content_token(tok) || explained(out, view.index(), side, tok.span)) continue;
      bool joined = false;
      if (!runs.empty() && doc.tokens[last].sentence == tok.sentence) {
        joined = true;
        for (std::size_t k = last + 1; k < t && joined; ++k)
          joined = !is_word_token(doc.tokens[k]) ? doc.tokens[k].norm != "." && doc.tokens[k].norm != ";"
                                                 : !view.linked(side, k) && is_function_word(doc.tokens[k].norm);
      }
      if (!joined) runs.emplace_back();
      runs.back().push_back(t);
      last = t;
    }
    for (const auto& run : runs) {
      double mass = 0;
      for (std::size_t t : run)
        if (!is_contracted_auxiliary(doc.tokens[t].norm))
          mass += ctx.weigher ? ctx.weigher->content_weight(wordclass::match_key(doc.tokens[t].norm, false)) : 1.0;
      const Severity severity = mass >= kMajorMass ? Severity::kMajor : Severity::kMinor;
      const Span here = view.cover(side, run);
      const Span there = view.gap_for(other(side), run.front(), run.back());
      const bool omitted = side == Side::kOriginal;
      out.push_back(make_finding(view, omitted ? Category::kOmission : Category::kAddition, Check::kPartial, severity,
                                 std::min(1.0, mass / (2 * kMajorMass)), omitted ? here : there,
                                 omitted ? there : here,
                                 (omitted ? "words missing from the retranslation: \"" : "words not in the original: \"") +
                                     excerpt(doc, here) + "\""));
    }
  }
}

}  // namespace transdrift
