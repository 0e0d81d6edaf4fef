// The align stage: pairs the sentences of the original and the retranslation.
#pragma once

#include <cstddef>
#include <cstdint>
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
  // Weight, in nats per sentence, of the lexical cost (1 - similarity); the
  // similarity is divided by the median similarity of the 1-1 pairs of a
  // length-only first pass, so a weak MT system and a close paraphrase are
  // judged on the same scale. Length costs are Gale-Church -log probabilities.
  double lexical_weight = 4;
  // Cost of leaving one sentence unpaired (a 1-0 or 0-1 bead), in nats, on
  // top of its length cost.
  double skip_cost = 4;
  // Cost, in nats, of every paragraph boundary inside a bead (counted on the
  // side that has more): translations keep paragraphs, so a headline or a
  // by-line standing alone is not merged into its neighbour's translation.
  double paragraph_cost = 5;
  // Extra cost, in nats per sentence, of pairing runs whose similarity
  // (relative to the document's typical 1-1 pair) is below
  // unrelated_similarity, falling linearly to 0 at that similarity: runs
  // that share almost nothing are left unpaired however well lengths fit.
  double unrelated_cost = 5.0;
  double unrelated_similarity = 0.1;  // in [0, 1]

  // The "vector" aligner: Vecalign (Thompson & Koehn 2019) with TF-IDF
  // weighted, hashed character n-grams in place of neural sentence
  // embeddings. Costs are in units of the normalized cosine distance: a bead
  // of two unrelated sentences costs about 1, a perfect 1-1 match 0. The
  // defaults were tuned on the Text+Berg development set.
  struct Vector {
    // Character n-grams of each word (padded with boundary marks), in code
    // points. Defaults 3 and 4.
    int min_ngram = 3;
    int max_ngram = 4;
    // Weight of a whole-word feature relative to one n-gram. Default 2.
    double word_weight = 2.0;
    // Sentence vectors stay exact and sparse (a dense projection to 256-4096
    // dimensions lost 0.3-1.2 points of strict F1); the blocks of the coarse
    // levels use this many dense dimensions (a signed hashing projection).
    // 0 = sparse there too (slower). Default 128.
    std::size_t dimension = 128;
    // Cost of each sentence left unpaired (1-0, 0-1). Default 1.
    double deletion_cost = 1.0;
    // Weight of the member term: each sentence of an n-m bead adds its
    // cosine distance to the other side's run, so an unrelated sentence
    // costs about as much inside a bead as left out. Default 0.2.
    double member_weight = 0.2;
    // Weight of -ln(P(n-m) / P(1-1)) with Gale & Church's bead priors.
    // Default 0.12.
    double shape_weight = 0.12;
    // Weight of the Gale-Church length mismatch (-ln P(|delta|), nats).
    // Default 0.1.
    double length_weight = 0.1;
    // Cost of a bead that crosses a paragraph boundary, or that starts a
    // paragraph on one side only; used where paragraphs hold several
    // sentences (not with one sentence per line). Default 1.
    double paragraph_cost = 1.0;
    // Inputs with rows * cols <= full_search_max^2 are searched at sentence
    // level within AlignerOptions::band; larger ones coarse-to-fine (blocks
    // of 2, 4, 8 ... sentences). Default 500.
    std::size_t full_search_max = 500;
    // Radius of the search window around the path projected from the
    // coarser level, in units of the finer level. Default 8.
    std::size_t window = 8;
    // Sentence runs sampled from the other document to normalize each cost
    // (Vecalign's num_samps_for_norm), and the sampling seed. Defaults 100, 1.
    std::size_t normalizer_samples = 100;
    std::uint64_t seed = 1;
  } vector;
};

class Aligner {
 public:
  virtual ~Aligner() = default;
  virtual std::string_view name() const = 0;
  // Every sentence of both documents ends up in exactly one bead, in order.
  // Bead scores are the aligner's own similarity estimate in [0, 1].
  virtual Result<Alignment> align(const Document& original, const Document& retranslated) const = 0;
};

// Names: "vector" (the Detector's default: Vecalign-style n-gram vectors,
// coarse-to-fine in linear time; AlignerOptions::Vector), "lexical" (length
// prior + lexical overlap, banded DP), "length" (Gale-Church 1993, character
// lengths only). docs/alignment.md compares them on human gold.
Result<std::unique_ptr<Aligner>> make_aligner(std::string_view name, const AlignerOptions& options = {});
std::vector<std::string> aligner_names();

}  // namespace transdrift
