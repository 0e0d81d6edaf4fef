// The similarity stage: a monolingual word alignment for an aligned pair and a
// pair similarity score in [0, 1].
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "transdrift/result.hpp"
#include "transdrift/text.hpp"
#include "transdrift/types.hpp"
#include "transdrift/wordnet.hpp"

namespace transdrift {

// Why two words were aligned, strongest first.
enum class LinkKind {
  kExact,    // same normalized form
  kLemma,    // same lemma (WordNet morphology)
  kSynonym,  // WordNet synonyms
  kRelated,  // WordNet similar-to / derivation / direct hypernym
  kNumber,   // same number written differently ("4" / "four")
  kEntity,   // same name written differently (acronym "UN" / "United Nations")
};
std::string_view to_string(LinkKind k);

struct WordLink {
  std::size_t original = 0;      // token index in the original Document
  std::size_t retranslated = 0;  // token index in the retranslated Document
  LinkKind kind = LinkKind::kExact;
  double strength = 1.0;         // in (0, 1]: 1 for exact, lower for weaker evidence
};

struct WordAlignment {
  std::vector<WordLink> links;                     // ordered by original token
  std::vector<std::size_t> unaligned_original;     // word tokens of the original with no link
  std::vector<std::size_t> unaligned_retranslated; // word tokens of the retranslation with no link
};

struct PairScore {
  double score = 0.0;                  // combined similarity, 1 = same meaning
  double coverage_original = 0.0;      // weighted share of original content matched, [0, 1]
  double coverage_retranslated = 0.0;  // weighted share of retranslated content matched, [0, 1]
  double chrf = 0.0;                   // character n-gram F-score (chrF, beta = 2), [0, 1]
  // Structure drift in [0, 1] (the "wordnet" scorer; the "ensemble" scorer
  // computes it only when the two coverages' harmonic mean is above 0.9, else
  // 0): evidence that aligned words changed their roles -- swapped places
  // around a verb or preposition, a modifier moved to another head -- with
  // list reorderings and passive rewrites counted as benign
  // (docs/structure.md). `score` already includes its penalty.
  double structure = 0.0;
  WordAlignment words;
};

struct ScorerOptions {
  // Weight of a function word (the, of, said) relative to a content word (1.0).
  double function_word_weight = 0.1;
  // Weight of chrF in the combined score; the rest is word-alignment coverage.
  double chrf_weight = 0.3;
  // Maximum character n-gram order for chrF (Popović 2015 uses 6).
  int chrf_order = 6;
  // "wordnet" and "ensemble" scorers: the score is multiplied by
  // (1 - structure_weight * g * PairScore::structure), so a pair whose words
  // trade roles scores below a true paraphrase; g rises from 0 to 1 as the
  // harmonic mean of the two coverages goes from 0.9 to 1 (word order matters
  // when the words were kept). In [0, 1]; 0 turns the penalty off.
  double structure_weight = 0.2;
  // Optional word vectors in GloVe or fastText .vec text format (path). When
  // given, the "ensemble" scorer also links words whose vectors are close and
  // adds a vector-cosine signal. Empty: none.
  std::string vectors;
};

// Scores a pair of token ranges (one or more consecutive sentences per side).
class Scorer {
 public:
  virtual ~Scorer() = default;
  virtual std::string_view name() const = 0;
  virtual PairScore score(const Document& original, TokenRange original_tokens,
                          const Document& retranslated, TokenRange retranslated_tokens) const = 0;
};

// Names: "wordnet" (word alignment with WordNet lemmas and synonyms + chrF);
// "ensemble" (a trained combination of alignment coverage weighted by word
// information content, graded WordNet relatedness, chrF, character n-grams,
// word order, length, number and negation agreement; docs/similarity.md).
// `wordnet` may be null for scorers that do not need it; "wordnet" requires it.
Result<std::unique_ptr<Scorer>> make_scorer(std::string_view name, const ScorerOptions& options,
                                            std::shared_ptr<const WordNet> wordnet);
std::vector<std::string> scorer_names();

// One short text (a sentence, or a side of a sentence pair) as a Document of
// one sentence: the tokens parse_document() makes for it with
// sentence_per_line, line breaks read as spaces. Much faster than
// parse_document() for many short texts: the ICU iterators are created once
// per thread. Errors as parse_document().
Result<Document> parse_sentence(std::string text);

// chrF (character n-gram F-beta, Popović 2015) of two strings, whitespace
// removed, orders 1..max_order averaged; in [0, 1].
double chrf(std::string_view a, std::string_view b, int max_order = 6, double beta = 2.0);

}  // namespace transdrift
