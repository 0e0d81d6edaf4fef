// Dense word vectors derived from WordNet alone (PPMI + truncated SVD over
// synset membership, hypernyms, relations and gloss words), made by
// tools/make_word_vectors.cpp into data/wordnet_vectors.bin and compiled into
// the library (int8, ~30,000 lemmas x 100). See docs/similarity.md.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace transdrift {

class WordNetVectors {
 public:
  // The compiled-in table (indexed once, on first use; ~1 ms).
  static const WordNetVectors& builtin();
  // Parses the file format of tools/make_word_vectors.cpp; the bytes must
  // outlive the object. Empty on a malformed table.
  explicit WordNetVectors(std::string_view bytes);

  int dim() const { return dim_; }
  std::size_t size() const { return words_.size(); }
  // Row of `word` (exact lemma), or -1.
  long find(std::string_view word) const;
  // Cosine of two rows.
  double cosine(long a, long b) const;
  // Adds weight * unit row to `acc` (size dim()).
  void add(long row, double weight, std::vector<double>& acc) const;

 private:
  int dim_ = 0;
  std::vector<std::string_view> words_;  // sorted
  // Open-addressing index over words_ for find(): row + 1 of the first row
  // holding each word, or 0 for an empty slot; size a power of two.
  std::vector<std::uint32_t> slots_;
  const std::int8_t* data_ = nullptr;
  std::vector<float> inv_norm_;
};

}  // namespace transdrift
