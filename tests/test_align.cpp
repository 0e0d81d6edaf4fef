// The align stage: bead kinds, completeness, and the banded search checked
// against the full table (a differential test, as re2 checks its fast paths).
#include <catch2/catch.hpp>

#include <string>

#include "align/dp.hpp"
#include "transdrift/aligner.hpp"
#include "transdrift/text.hpp"
#include "align_test_util.hpp"
#include "test_util.hpp"

using namespace transdrift;

namespace {

using test::align_with;
using test::corpus_file;
using test::doc;
using test::kOriginal;
using test::kinds;
using test::require_complete;

}  // namespace

TEST_CASE("bead shapes cover every kind up to 1-4 and 4-1", "[align]") {
  const auto shapes = bead_shapes(4);
  auto has = [&](int n, int m) {
    return std::any_of(shapes.begin(), shapes.end(), [&](const BeadShape& s) { return s.n == n && s.m == m; });
  };
  for (auto [n, m] : std::vector<std::pair<int, int>>{{1, 0}, {0, 1}, {1, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 3}, {3, 1}, {1, 4}, {4, 1}})
    CHECK(has(n, m));
  CHECK_FALSE(has(0, 0));
  CHECK_FALSE(has(4, 4));
}

TEST_CASE("identical documents align 1-1 throughout", "[align]") {
  const Document a = doc(kOriginal), b = doc(kOriginal);
  for (const std::string name : {"lexical", "length"}) {
    const Alignment al = align_with(name, a, b);
    require_complete(al, a, b);
    CHECK(kinds(al) == std::vector<std::string>(5, "1-1"));
  }
}

TEST_CASE("the lexical aligner finds omissions, additions, splits and merges", "[align]") {
  test::check_finds_edits("lexical");
}

TEST_CASE("the banded search agrees with the full table (differential)", "[align]") {
  const Document a = doc(corpus_file("original.txt"));
  const Document b = doc(corpus_file("retranslated.txt"));
  for (const std::string name : {"lexical", "length"}) {
    AlignerOptions full;
    full.band = 0;
    AlignerOptions narrow;
    narrow.band = 8;
    const Alignment x = align_with(name, a, b, full);
    const Alignment y = align_with(name, a, b, narrow);
    require_complete(x, a, b);
    require_complete(y, a, b);
    CHECK(kinds(x) == kinds(y));
  }
}

TEST_CASE("make_aligner rejects unknown names and bad options", "[align]") {
  CHECK_FALSE(make_aligner("nonsense").ok());
  AlignerOptions bad;
  bad.max_bead_side = 7;
  auto r = make_aligner("lexical", bad);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::kInvalidArgument);
}
