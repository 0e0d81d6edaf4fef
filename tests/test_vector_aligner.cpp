// The vector aligner: completeness, the bead kinds it finds, the reference
// pair, and its searches (banded and coarse-to-fine) checked against an
// exhaustive DP over every bead of small random inputs (a differential test).
#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "align/search_window.hpp"
#include "align/vector_aligner.hpp"
#include "transdrift/aligner.hpp"
#include "transdrift/text.hpp"
#include "align_test_util.hpp"
#include "test_util.hpp"

using namespace transdrift;
using test::doc;
using test::kOriginal;
using test::kinds;
using test::require_complete;

namespace {

Alignment align_vector(const Document& a, const Document& b, const AlignerOptions& options = {}) {
  return test::align_with("vector", a, b, options);
}

std::string sentence_text(const Document& d, std::size_t id) { return std::string(d.slice(d.sentences[id].span)); }

// The reference: the minimum total cost over every bead sequence, by a DP
// over the whole lattice with every shape, written independently of dp.cpp
// and search_window.cpp.
double exhaustive_cost(const VectorCost& cost, int max_side) {
  const std::size_t rows = cost.rows(), cols = cost.cols();
  std::vector<std::vector<double>> best(rows + 1, std::vector<double>(cols + 1, std::numeric_limits<double>::infinity()));
  best[0][0] = 0;
  for (std::size_t i = 0; i <= rows; ++i)
    for (std::size_t j = 0; j <= cols; ++j)
      for (int n = 0; n <= max_side; ++n)
        for (int m = 0; m <= max_side; ++m) {
          const bool deletion = (n == 0) != (m == 0) && n + m == 1;
          const bool pair = n >= 1 && m >= 1 && n + m <= max_side + 1;
          if (!deletion && !pair) continue;
          if (static_cast<std::size_t>(n) > i || static_cast<std::size_t>(m) > j) continue;
          const double prev = best[i - static_cast<std::size_t>(n)][j - static_cast<std::size_t>(m)];
          best[i][j] = std::min(best[i][j], prev + cost(i - static_cast<std::size_t>(n), n, j - static_cast<std::size_t>(m), m));
        }
  return best[rows][cols];
}

double path_cost(const VectorCost& cost, const std::vector<Bead>& beads) {
  double total = 0;
  for (const Bead& b : beads)
    total += cost(b.original.empty() ? 0 : b.original.front(), static_cast<int>(b.original.size()),
                  b.retranslated.empty() ? 0 : b.retranslated.front(), static_cast<int>(b.retranslated.size()));
  return total;
}

// A small document pair from real sentences: an original of 3-12 sentences
// and a "retranslation" with sentences kept, dropped, split, merged,
// shortened or invented. std::mt19937's output is fixed by the standard, so
// the cases are the same everywhere.
class RandomPairs {
 public:
  RandomPairs() {
    for (const char* name : {"original.txt", "retranslated.txt"}) {
      const Document d = doc(test::corpus_file(name));
      for (std::size_t s = 0; s < d.sentences.size(); ++s) pool_.push_back(sentence_text(d, s));
    }
  }

  std::pair<std::string, std::string> next() {
    const std::size_t count = 3 + below(10);
    const std::size_t first = below(pool_.size() - count);
    std::vector<std::string> original(pool_.begin() + static_cast<std::ptrdiff_t>(first),
                                      pool_.begin() + static_cast<std::ptrdiff_t>(first + count));
    std::vector<std::string> retranslated;
    for (std::size_t k = 0; k < original.size(); ++k) {
      const std::string& s = original[k];
      switch (below(10)) {
        case 0: break;  // dropped
        case 1: {       // split in two at a space near the middle
          const std::size_t space = s.find(' ', s.size() / 2);
          if (space == std::string::npos) retranslated.push_back(s);
          else retranslated.insert(retranslated.end(), {s.substr(0, space), s.substr(space + 1)});
          break;
        }
        case 2:  // merged with the next one
          retranslated.push_back(k + 1 < original.size() ? s + " " + original[++k] : s);
          break;
        case 3:  // an invented sentence before it
          retranslated.insert(retranslated.end(), {pool_[below(pool_.size())], s});
          break;
        case 4:  // shortened
          retranslated.push_back(s.substr(0, s.size() * 2 / 3));
          break;
        default: retranslated.push_back(s);
      }
    }
    if (retranslated.empty()) retranslated.push_back(original.front());
    return {join(original), join(retranslated)};
  }

 private:
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(rng_() % n); }
  static std::string join(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines) out += l + "\n";
    return out;
  }
  std::mt19937 rng_{20240611};
  std::vector<std::string> pool_;
};

}  // namespace

TEST_CASE("vector aligner: complete, in order, deterministic", "[align]") {
  const Document a = doc(test::corpus_file("original.txt")), b = doc(test::corpus_file("retranslated.txt"));
  const Alignment x = align_vector(a, b);
  require_complete(x, a, b);
  const Alignment y = align_vector(a, b);
  REQUIRE(x.beads.size() == y.beads.size());
  for (std::size_t k = 0; k < x.beads.size(); ++k) {
    CHECK(x.beads[k].original == y.beads[k].original);
    CHECK(x.beads[k].retranslated == y.beads[k].retranslated);
    CHECK(x.beads[k].score == y.beads[k].score);
  }
  // A one-sentence document against a long one.
  const Document one = doc("A single sentence about the weather.");
  require_complete(align_vector(one, b), one, b);
}

TEST_CASE("vector aligner: identical documents align 1-1", "[align]") {
  const Document a = doc(kOriginal), b = doc(kOriginal);
  const Alignment al = align_vector(a, b);
  require_complete(al, a, b);
  CHECK(kinds(al) == std::vector<std::string>(5, "1-1"));
  for (const Bead& bead : al.beads) CHECK(bead.score == Approx(1.0));
  // The whole reference pair against itself, through the coarse-to-fine search.
  AlignerOptions coarse;
  coarse.vector.full_search_max = 4;
  const Document c = doc(test::corpus_file("original.txt"));
  const Alignment self = align_vector(c, c, coarse);
  require_complete(self, c, c);
  CHECK(kinds(self) == std::vector<std::string>(c.sentences.size(), "1-1"));
}

TEST_CASE("vector aligner: dropped, invented, split and merged sentences", "[align]") {
  test::check_finds_edits("vector");
}

TEST_CASE("vector aligner: the reference pair", "[align]") {
  const Document a = doc(test::corpus_file("original.txt")), b = doc(test::corpus_file("retranslated.txt"));
  const Alignment al = align_vector(a, b);
  require_complete(al, a, b);
  auto bead_of = [&](std::size_t original_id) {
    for (const Bead& bead : al.beads)
      if (std::find(bead.original.begin(), bead.original.end(), original_id) != bead.original.end()) return bead;
    FAIL("sentence " << original_id << " is in no bead");
    return Bead{};
  };
  // The headline has no counterpart in the retranslation.
  CHECK(bead_of(0).kind() == "1-0");
  // Nor has the author's bio: "Elias Groll", "Written by Elias Groll", three
  // sentences about him, "Leave a Reply".
  const std::size_t last = a.sentences.size() - 1;
  REQUIRE(sentence_text(a, last) == "Leave a Reply");
  for (std::size_t id = last - 5; id <= last; ++id) CHECK(bead_of(id).kind() == "1-0");
  // The four action areas became four sentences.
  for (std::size_t id = 0; id < a.sentences.size(); ++id)
    if (sentence_text(a, id).rfind("The document calls on the State department to promote", 0) == 0)
      CHECK(bead_of(id).kind() == "1-4");
}

TEST_CASE("vector aligner: searches reach the exhaustive optimum (differential)", "[align]") {
  // 200 small pairs. The banded search (band 3) and the coarse-to-fine one
  // (blocks from 2 sentences on, window radius 1) must find a bead sequence
  // of the same total cost as the DP over every cell and shape.
  RandomPairs pairs;
  AlignerOptions banded;
  banded.band = 3;
  AlignerOptions coarse;
  coarse.vector.full_search_max = 2;
  coarse.vector.window = 1;
  double covered = 0;
  for (int c = 0; c < 200; ++c) {
    const auto [x, y] = pairs.next();
    const Document a = doc(x, true), b = doc(y, true);
    const VectorCost cost = sentence_cost(a, b, AlignerOptions{});
    const double reference = exhaustive_cost(cost, 4);
    for (const AlignerOptions* options : {&banded, &coarse}) {
      const BeadPath path = vector_search(cost, *options);
      Alignment al;
      al.beads = path.beads;
      require_complete(al, a, b);
      INFO("case " << c << (options == &banded ? " banded" : " coarse-to-fine") << "\n" << x << "--\n" << y);
      CHECK(path.cost == Approx(reference).epsilon(1e-9));
      CHECK(path_cost(cost, path.beads) == Approx(path.cost).epsilon(1e-9));
    }
    // How much of the lattice a radius-1 window keeps.
    const SearchWindow w = SearchWindow::around_path(a.sentences.size(), b.sentences.size(),
                                                     path_points(vector_search(cost, coarse).beads), 1);
    covered += static_cast<double>(w.cells()) / static_cast<double>((a.sentences.size() + 1) * (b.sentences.size() + 1));
  }
  // The windows do restrict the search: about 70% of the lattice is left.
  CHECK(covered / 200 < 0.8);
}

TEST_CASE("search windows: band as in align_beads, connected around any path", "[align]") {
  const Document a = doc(test::corpus_file("original.txt")), b = doc(test::corpus_file("retranslated.txt"));
  const VectorCost cost = sentence_cost(a, b, AlignerOptions{});
  const auto shapes = bead_shapes(4);
  const BeadCostFn fn = [&](std::size_t i, int n, std::size_t j, int m) { return cost(i, n, j, m); };
  const std::vector<Bead> expected = align_beads(a.sentences.size(), b.sentences.size(), shapes, fn, 4);
  const BeadPath got = align_beads_in_window(SearchWindow::band(a.sentences.size(), b.sentences.size(), 4), shapes, fn);
  REQUIRE(got.beads.size() == expected.size());
  for (std::size_t k = 0; k < expected.size(); ++k) {
    CHECK(got.beads[k].original == expected[k].original);
    CHECK(got.beads[k].retranslated == expected[k].retranslated);
  }
  // A path that misses the corners still gives a window from (0, 0) to
  // (rows, cols) in which consecutive rows overlap.
  const SearchWindow w = SearchWindow::around_path(20, 30, {{5, 2}, {6, 9}}, 1);
  CHECK(w.lo(0) == 0);
  CHECK(w.hi(20) == 30);
  for (std::size_t i = 1; i <= 20; ++i) {
    CHECK(w.lo(i) <= w.hi(i - 1));
    CHECK(w.lo(i) >= w.lo(i - 1));
  }
  const BeadPath through =
      align_beads_in_window(w, shapes, [](std::size_t, int n, std::size_t, int m) { return static_cast<double>(n + m); });
  std::size_t rows = 0, cols = 0;
  for (const Bead& bead : through.beads) {
    rows += bead.original.size();
    cols += bead.retranslated.size();
  }
  CHECK(rows == 20);
  CHECK(cols == 30);
}

TEST_CASE("vector aligner: bad options are errors, not exceptions", "[align]") {
  AlignerOptions bad;
  bad.vector.window = 0;
  auto r = make_aligner("vector", bad);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::kInvalidArgument);
  bad = AlignerOptions{};
  bad.vector.max_ngram = 2;  // below min_ngram
  CHECK_FALSE(make_aligner("vector", bad).ok());
  const auto names = aligner_names();
  CHECK(std::find(names.begin(), names.end(), "vector") != names.end());
}
