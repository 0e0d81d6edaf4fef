// The "vector" aligner, after Vecalign (Thompson & Koehn 2019, "Vecalign:
// Improved Sentence Alignment in Linear Time and Space"): cosine distance of
// the vectors of sentence runs, normalized by the distance to random
// sentences, searched coarse-to-fine so that time and memory grow linearly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "align/dp.hpp"
#include "align/search_window.hpp"
#include "align/vector_space.hpp"
#include "transdrift/aligner.hpp"

namespace transdrift {

std::unique_ptr<Aligner> make_vector_aligner(const AlignerOptions& options);

// kInvalidArgument for options the vector aligner cannot use.
Status check_vector_options(const AlignerOptions& options);

// Bead costs at one resolution: units are sentences, or blocks of 2, 4, 8 ...
// consecutive sentences at the coarser levels of the search.
class VectorCost {
 public:
  struct Side {
    UnitVectors units;
    std::vector<double> chars;  // characters per unit
    // Paragraph index per unit; empty where paragraphs carry no information
    // (coarse levels, or one sentence per paragraph throughout).
    std::vector<std::size_t> paragraph;
  };
  // Beads pair runs of up to `max_run` units on either side.
  VectorCost(Side original, Side retranslated, const AlignerOptions::Vector& options, int max_run);

  std::size_t rows() const { return original_.side.chars.size(); }
  std::size_t cols() const { return retranslated_.side.chars.size(); }

  // The cost of pairing runs x = original units [i, i + n) and
  // y = retranslated units [j, j + m); see the comment in the .cpp file.
  double operator()(std::size_t i, int n, std::size_t j, int m) const;
  // Cosine similarity of the two runs (0 if either is empty or all zero).
  double similarity(std::size_t i, int n, std::size_t j, int m) const;
  // The same cost for a search that stays inside `window`: the dot products
  // of every unit pair the window can reach are computed once, up front.
  // The returned function refers to *this.
  BeadCostFn in_window(const SearchWindow& window) const;
  // Blocks of two consecutive units, beads of single units (1-1, 1-0, 0-1)
  // and dense vectors of options.dimension, as Vecalign downsamples.
  VectorCost coarsen() const;

 private:
  struct SideStats {
    Side side;
    std::vector<double> run_norm;        // [first * max_run + n - 1]: L2 norm of the run's vector
    std::vector<double> run_normalizer;  // same index: mean cosine distance to random runs of the other side
    std::vector<double> prefix_chars;    // prefix sums of side.chars
  };
  class PairDots;
  void compute_norms(SideStats& s) const;
  void compute_normalizers(SideStats& s, const SideStats& other, std::uint64_t seed) const;
  template <class Dot>
  double cost_with(std::size_t i, int n, std::size_t j, int m, const Dot& dot) const;
  template <class Dot>
  double cosine_with(std::size_t i, int n, std::size_t j, int m, const Dot& dot) const;
  double paragraph_term(std::size_t i, int n, std::size_t j, int m) const;
  std::size_t run_index(std::size_t first, int n) const {
    return first * static_cast<std::size_t>(max_run_) + static_cast<std::size_t>(n - 1);
  }

  AlignerOptions::Vector options_;
  int max_run_ = 1;
  double length_ratio_ = 1.0;  // characters of the retranslation per character of the original
  double block_ = 1;           // sentences per unit (on average)
  SideStats original_, retranslated_;
};

// The sentence-level costs of a document pair.
VectorCost sentence_cost(const Document& original, const Document& retranslated, const AlignerOptions& options);

// The alignment the vector aligner finds (beads and their total
// sentence-level cost): a banded search for small inputs, otherwise
// recursively coarse-to-fine (Thompson & Koehn 2019, sec. 3.3).
BeadPath vector_search(const VectorCost& sentences, const AlignerOptions& options);

}  // namespace transdrift
