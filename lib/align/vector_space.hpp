// Sentence vectors for the vector aligner: hashed, TF-IDF weighted character
// n-grams and words. Vecalign (Thompson & Koehn 2019) compares multilingual
// sentence embeddings; an original and its retranslation share a language,
// so surface n-grams carry that signal without a neural model.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "transdrift/text.hpp"

namespace transdrift {

struct FeatureOptions {
  int min_ngram = 3;         // character n-grams of each word, in code points,
  int max_ngram = 4;         //   the word padded with boundary marks
  double word_weight = 2.0;  // weight of a whole word relative to one n-gram
};

// (feature id, weight), sorted by id.
using SparseVector = std::vector<std::pair<std::uint32_t, float>>;

// The vectors of one document's units (sentences, or blocks of consecutive
// sentences) at one resolution, sparse or dense. They are *not* normalized:
// the vector of a run of units is the sum of theirs, the TF-IDF vector of
// the concatenated text, as Vecalign embeds the concatenation of overlaps.
class UnitVectors {
 public:
  UnitVectors() = default;
  // Dense: `units` vectors of `dimension` floats each, one after the other.
  UnitVectors(std::size_t dimension, std::size_t units, std::vector<float> values);
  explicit UnitVectors(std::vector<SparseVector> sparse);

  std::size_t size() const { return sparse_mode_ ? sparse_.size() : units_; }
  bool sparse() const { return sparse_mode_; }
  // Dot product of unit a with unit b of `other` (same mode).
  double dot(std::size_t a, const UnitVectors& other, std::size_t b) const;
  // The block of dot products of units [a0, a1) with units [b0, b1) of
  // `other`, row-major: out[(a - a0) * (b1 - b0) + (b - b0)].
  void dot_block(std::size_t a0, std::size_t a1, const UnitVectors& other, std::size_t b0, std::size_t b1,
                 double* out) const;
  // Sparse vectors projected to `dimension` dense coordinates by a fixed
  // signed hash of the feature (the hashing trick, Weinberger et al. 2009);
  // dense vectors, or dimension 0, are returned unchanged.
  UnitVectors projected(std::size_t dimension) const;
  // Sums of `block` consecutive units; the last block may be shorter.
  UnitVectors coarsen(std::size_t block) const;
  // One unit: the sum over (unit, weight) of weight times the unit's vector.
  UnitVectors weighted_sum(const std::vector<std::pair<std::size_t, double>>& terms) const;

 private:
  bool sparse_mode_ = false;
  std::size_t dimension_ = 0, units_ = 0;
  std::vector<float> dense_;  // column-major: unit u at [u * dimension_, (u + 1) * dimension_)
  std::vector<SparseVector> sparse_;
};

// Sparse TF-IDF vectors of every sentence of both documents, document
// frequencies counted over the sentences of both. Features: the match keys
// (Token::norm, case-folded) of word and number tokens and their character
// n-grams; nothing language-specific.
std::pair<UnitVectors, UnitVectors> sentence_vectors(const Document& original, const Document& retranslated,
                                                     const FeatureOptions& options);

}  // namespace transdrift
