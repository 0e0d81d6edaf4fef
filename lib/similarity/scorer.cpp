// The "wordnet" scorer: word-alignment coverage in both directions (content
// words weigh more than function words) combined with chrF, lowered by the
// structure drift of the alignment (structure.hpp).
#include <algorithm>
#include <string>
#include <unordered_map>

#include "similarity/cached_wordnet.hpp"
#include "similarity/features.hpp"
#include "similarity/model.hpp"
#include "similarity/structure.hpp"
#include "similarity/word_aligner.hpp"
#include "similarity/word_vectors.hpp"
#include "similarity/word_weights.hpp"
#include "transdrift/scorer.hpp"

namespace transdrift {
namespace {

class WordNetScorer final : public Scorer {
 public:
  WordNetScorer(const ScorerOptions& options, std::shared_ptr<const WordNet> wordnet)
      : options_(options), wordnet_(std::make_shared<CachedWordNet>(std::move(wordnet))) {}

  std::string_view name() const override { return "wordnet"; }

  PairScore score(const Document& original, TokenRange ro, const Document& retranslated,
                  TokenRange rr) const override {
    PairScore out;
    out.words = align_words(original, ro, retranslated, rr, wordnet_.get());
    std::unordered_map<std::size_t, double> strength_o, strength_r;
    for (const WordLink& l : out.words.links) {
      strength_o[l.original] = std::max(strength_o[l.original], l.strength);
      strength_r[l.retranslated] = std::max(strength_r[l.retranslated], l.strength);
    }
    out.coverage_original = coverage(original, ro, strength_o);
    out.coverage_retranslated = coverage(retranslated, rr, strength_r);
    out.chrf = chrf(joined_norms(original, ro), joined_norms(retranslated, rr), options_.chrf_order);
    const double co = out.coverage_original, cr = out.coverage_retranslated;
    const double f = co + cr > 0 ? 2 * co * cr / (co + cr) : 0.0;
    out.structure = analyze_structure(original, ro, retranslated, rr, out.words).signals.drift;
    // Word order says something only when nearly all words are matched (a
    // retranslation that kept the words): the penalty fades in between
    // coverage kStructureCoverage and 1.
    const double gate = structure_gate(f);
    out.score = std::clamp(((1 - options_.chrf_weight) * f + options_.chrf_weight * out.chrf) *
                               (1 - options_.structure_weight * gate * out.structure),
                           0.0, 1.0);
    return out;
  }

 private:
  double weight(const Token& t) const {
    return is_function_word(t.norm) ? options_.function_word_weight : 1.0;
  }

  // Weighted share of the range's words that are linked, by link strength.
  double coverage(const Document& doc, TokenRange range,
                  const std::unordered_map<std::size_t, double>& strength) const {
    double total = 0, matched = 0;
    for (std::size_t t = range.begin; t < range.end; ++t) {
      const Token& tok = doc.tokens[t];
      if (!is_word_token(tok)) continue;
      const double w = weight(tok);
      total += w;
      if (auto it = strength.find(t); it != strength.end()) matched += w * it->second;
    }
    return total > 0 ? matched / total : 0.0;
  }

  static std::string joined_norms(const Document& doc, TokenRange range) {
    std::string s;
    for (std::size_t t = range.begin; t < range.end; ++t) {
      if (!s.empty()) s += ' ';
      s += doc.tokens[t].norm;
    }
    return s;
  }

  ScorerOptions options_;
  std::shared_ptr<const WordNet> wordnet_;
};

double hmean(double x, double y) { return x + y > 0 ? 2 * x * y / (x + y) : 0.0; }

// The "ensemble" scorer: the trained model over compute_features(), lowered
// by the gated structure drift.
class EnsembleScorer final : public Scorer {
 public:
  EnsembleScorer(const ScorerOptions& options, std::shared_ptr<const WordNet> wordnet,
                 std::shared_ptr<const WordVectors> vectors)
      : wordnet_(std::make_shared<CachedWordNet>(std::move(wordnet))), vectors_(std::move(vectors)),
        weigher_(wordnet_.get()), structure_weight_(options.structure_weight),
        model_(LinearModel::builtin()) {
    ctx_.wordnet = wordnet_.get();
    ctx_.weigher = &weigher_;
    ctx_.vectors = vectors_.get();
    ctx_.aligner.vectors = vectors_.get();
    ctx_.function_word_weight = options.function_word_weight;
    ctx_.chrf_order = options.chrf_order;
  }

  std::string_view name() const override { return "ensemble"; }

  PairScore score(const Document& original, TokenRange ro, const Document& retranslated,
                  TokenRange rr) const override {
    PairScore out;
    const FeatureVector f = compute_features(original, ro, retranslated, rr, ctx_, out);
    // The same gated structure penalty as the "wordnet" scorer: STS-B, which
    // the model is trained on, has few pairs that keep the words and change
    // the roles, so the model alone cannot learn it (docs/similarity.md).
    const double gate = structure_gate(hmean(out.coverage_original, out.coverage_retranslated));
    out.score = std::clamp(model_.predict(f) * (1 - structure_weight_ * gate * out.structure), 0.0, 1.0);
    return out;
  }

 private:
  std::shared_ptr<const WordNet> wordnet_;
  std::shared_ptr<const WordVectors> vectors_;
  WordWeigher weigher_;
  double structure_weight_;
  const LinearModel& model_;
  FeatureContext ctx_;
};

}  // namespace

std::string_view to_string(LinkKind k) {
  switch (k) {
    case LinkKind::kExact: return "exact";
    case LinkKind::kLemma: return "lemma";
    case LinkKind::kSynonym: return "synonym";
    case LinkKind::kRelated: return "related";
    case LinkKind::kNumber: return "number";
    case LinkKind::kEntity: return "entity";
  }
  return "unknown";
}

std::vector<std::string> scorer_names() { return {"wordnet", "ensemble"}; }

Result<std::unique_ptr<Scorer>> make_scorer(std::string_view name, const ScorerOptions& options,
                                            std::shared_ptr<const WordNet> wordnet) {
  if (options.chrf_weight < 0 || options.chrf_weight > 1 || options.chrf_order < 1 ||
      options.function_word_weight < 0 || options.structure_weight < 0 || options.structure_weight > 1)
    return Error{ErrorCode::kInvalidArgument, "scorer options out of range", {}};
  if (name == "wordnet") {
    if (!wordnet) return Error{ErrorCode::kInvalidArgument, "the wordnet scorer needs WordNet", {}};
    return std::unique_ptr<Scorer>(std::make_unique<WordNetScorer>(options, std::move(wordnet)));
  }
  if (name == "ensemble") {
    if (!wordnet) return Error{ErrorCode::kInvalidArgument, "the ensemble scorer needs WordNet", {}};
    std::shared_ptr<const WordVectors> vectors;
    if (!options.vectors.empty()) {
      auto v = WordVectors::load(options.vectors);
      if (!v.ok()) return v.error();
      vectors = *v;
    }
    return std::unique_ptr<Scorer>(std::make_unique<EnsembleScorer>(options, std::move(wordnet), std::move(vectors)));
  }
  return Error{ErrorCode::kInvalidArgument,
               "unknown scorer '" + std::string(name) + "' (known: wordnet, ensemble)", {}};
}

}  // namespace transdrift
