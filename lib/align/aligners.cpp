// The aligners behind make_aligner(): "lexical" (default) and "length".
#include <algorithm>
#include <cmath>
#include <memory>
#include <string>

#include "align/cost.hpp"
#include "align/dp.hpp"
#include "align/vector_aligner.hpp"
#include "transdrift/aligner.hpp"

namespace transdrift {
namespace {

Status check_options(const AlignerOptions& o) {
  if (o.max_bead_side < 1 || o.max_bead_side > 4)
    return Error{ErrorCode::kInvalidArgument, "max_bead_side must be in 1..4", {}};
  if (o.lexical_weight < 0 || o.skip_cost < 0 || o.paragraph_cost < 0 || o.unrelated_cost < 0 ||
      o.unrelated_similarity <= 0 || o.unrelated_similarity > 1)
    return Error{ErrorCode::kInvalidArgument, "aligner costs must not be negative", {}};
  return Status::Ok();
}

// Gale & Church (1993): character lengths only.
class LengthAligner final : public Aligner {
 public:
  explicit LengthAligner(const AlignerOptions& options) : options_(options) {}
  std::string_view name() const override { return "length"; }

  Result<Alignment> align(const Document& original, const Document& retranslated) const override {
    const LexicalModel model(original, retranslated, options_.max_bead_side);
    auto cost = [&](std::size_t i, int n, std::size_t j, int m) {
      return length_cost(model.chars(true, i, n), model.chars(false, j, m), n, m);
    };
    Alignment out;
    out.beads = align_beads(original.sentences.size(), retranslated.sentences.size(),
                            bead_shapes(options_.max_bead_side), cost, options_.band);
    return out;
  }

 private:
  AlignerOptions options_;
};

// Length prior plus weighted lexical overlap of the candidate runs. The
// lexical cost is charged per sentence so that large beads are not cheaper
// than the small beads they could be split into.
class LexicalAligner final : public Aligner {
 public:
  explicit LexicalAligner(const AlignerOptions& options) : options_(options) {}
  std::string_view name() const override { return "lexical"; }

  Result<Alignment> align(const Document& original, const Document& retranslated) const override {
    const LexicalModel model(original, retranslated, options_.max_bead_side);
    const auto shapes = bead_shapes(options_.max_bead_side);
    const std::size_t rows = original.sentences.size(), cols = retranslated.sentences.size();
    // How similar true pairs of *these* documents are depends on the
    // translation (0.2 for a weak MT system, 0.8 for a close paraphrase):
    // take the median similarity of the 1-1 beads of a length-only pass as
    // the scale, so the lexical cost means the same for both.
    auto length_only = [&](std::size_t i, int n, std::size_t j, int m) {
      return length_cost(model.chars(true, i, n), model.chars(false, j, m), n, m);
    };
    std::vector<double> sims;
    for (const Bead& b : align_beads(rows, cols, shapes, length_only, options_.band))
      if (b.original.size() == 1 && b.retranslated.size() == 1)
        sims.push_back(model.similarity(b.original[0], 1, b.retranslated[0], 1));
    double scale = 1.0;
    if (!sims.empty()) {
      std::nth_element(sims.begin(), sims.begin() + sims.size() / 2, sims.end());
      scale = std::clamp(sims[sims.size() / 2], 0.05, 1.0);
    }
    // Runs that share (almost) nothing are no translation of each other,
    // however well their lengths fit: leave them unpaired.
    auto unrelated = [&](double sim) {
      const double t = options_.unrelated_similarity;
      return sim < t ? options_.unrelated_cost * (1.0 - sim / t) : 0.0;
    };
    auto cost = [&](std::size_t i, int n, std::size_t j, int m) {
      if (n == 0 || m == 0) return options_.skip_cost * (n + m);
      const double sim = std::min(1.0, model.similarity(i, n, j, m) / scale);
      const double breaks_o = static_cast<double>(model.paragraph_breaks(true, i, n));
      const double breaks_r = static_cast<double>(model.paragraph_breaks(false, j, m));
      return length_cost(model.chars(true, i, n), model.chars(false, j, m), n, m) +
             (options_.lexical_weight * (1.0 - sim) + unrelated(sim)) * (n + m) / 2.0 +
             options_.paragraph_cost * std::max(breaks_o, breaks_r);
    };
    Alignment out;
    out.beads = align_beads(rows, cols, shapes, cost, options_.band);
    for (Bead& b : out.beads)
      if (!b.original.empty() && !b.retranslated.empty())
        b.score = model.similarity(b.original.front(), static_cast<int>(b.original.size()),
                                   b.retranslated.front(), static_cast<int>(b.retranslated.size()));
    return out;
  }

 private:
  AlignerOptions options_;
};

}  // namespace

std::vector<std::string> aligner_names() { return {"lexical", "length", "vector"}; }

Result<std::unique_ptr<Aligner>> make_aligner(std::string_view name, const AlignerOptions& options) {
  if (Status s = check_options(options); !s.ok()) return s.error();
  if (name == "lexical") return std::unique_ptr<Aligner>(std::make_unique<LexicalAligner>(options));
  if (name == "length") return std::unique_ptr<Aligner>(std::make_unique<LengthAligner>(options));
  if (name == "vector" && !check_vector_options(options).ok()) return check_vector_options(options).error();
  if (name == "vector") return make_vector_aligner(options);
  return Error{ErrorCode::kInvalidArgument,
               "unknown aligner '" + std::string(name) + "' (known: lexical, length, vector)", {}};
}

}  // namespace transdrift
