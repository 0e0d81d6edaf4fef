// Alignment evaluation (align_eval.hpp): the gold bead format and the strict
// and lax scores, on cases small enough to count by hand (docs/alignment.md).
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "transdrift/align_eval.hpp"

using namespace transdrift;
using Ids = std::vector<std::size_t>;

namespace {

Bead bead(Ids original, Ids retranslated) {
  Bead b;
  b.original = std::move(original);
  b.retranslated = std::move(retranslated);
  return b;
}

Alignment beads(std::vector<Bead> list) { return Alignment{std::move(list)}; }

Alignment parse(const std::string& text) {
  auto result = parse_beads(text);
  INFO(text);
  REQUIRE(result.ok());
  return std::move(result).value();
}

void require_same(const Alignment& a, const Alignment& b) {
  REQUIRE(a.beads.size() == b.beads.size());
  for (std::size_t i = 0; i < a.beads.size(); ++i) {
    CHECK(a.beads[i].original == b.beads[i].original);
    CHECK(a.beads[i].retranslated == b.beads[i].retranslated);
  }
}

}  // namespace

TEST_CASE("parse_beads reads the Bleualign/Vecalign gold format", "[align-eval]") {
  const Alignment a = parse("[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[]\n[4]:[3,4, 5]\n");
  require_same(a, beads({bead({0}, {0}), bead({1, 2}, {1}), bead({}, {2}), bead({3}, {}), bead({4}, {3, 4, 5})}));
}

TEST_CASE("parse_beads skips blank lines and takes CRLF, spaces and a missing last newline", "[align-eval]") {
  const Alignment a = parse("\n[0]:[0]\r\n   \n[ 1 ] : [ 1 , 2 ]\t\r\n\n[2]:[3]");
  require_same(a, beads({bead({0}, {0}), bead({1}, {1, 2}), bead({2}, {3})}));
  CHECK(parse("").beads.empty());
}

TEST_CASE("parse_beads rejects malformed lines and names the line", "[align-eval]") {
  // Each bad line comes after a good line and a blank one: it is line 3.
  const std::vector<std::string> bad{
      "[1]:[1",      "[1][1]",   "[1]:[1] x",  "[1]:[1,]", "1:1",     "[a]:[1]",
      "[-1]:[1]",    "[1]:",     ":[1]",       "[1]-[1]",  "[1]:[1]]", "[1 2]:[1]",
  };
  for (const std::string& line : bad) {
    INFO(line);
    auto result = parse_beads("[0]:[0]\n\n" + line + "\n[2]:[2]\n");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::kInvalidArgument);
    CHECK(result.error().message.find("line 3:") == 0);
    CHECK(result.error().message.find("expected a bead like [0]:[0, 1]") != std::string::npos);
  }
}

TEST_CASE("format_beads and parse_beads round-trip", "[align-eval]") {
  const Alignment a =
      beads({bead({0}, {0}), bead({1, 2}, {1}), bead({}, {2}), bead({3}, {}), bead({4}, {3, 4, 5, 6})});
  const std::string text = format_beads(a);
  CHECK(text == "[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[]\n[4]:[3, 4, 5, 6]\n");
  require_same(parse(text), a);
  // And text in the canonical format comes back byte for byte.
  CHECK(format_beads(parse(text)) == text);
  CHECK(format_beads(Alignment{}).empty());
}

TEST_CASE("a perfect alignment scores 1 everywhere, 1-0 and 0-1 beads included", "[align-eval]") {
  const Alignment gold =
      beads({bead({0}, {0}), bead({1, 2}, {1}), bead({3}, {}), bead({}, {2}), bead({4}, {3, 4})});
  const AlignCounts c = count_alignment(gold, gold);
  CHECK(c.predicted == 5);
  CHECK(c.precision_strict == 5);
  CHECK(c.precision_lax == 5);
  CHECK(c.gold == 3);  // the 1-0 and 0-1 beads are not recalled
  CHECK(c.recall_strict == 3);
  CHECK(c.recall_lax == 3);
  const AlignScores s = score_counts(c);
  CHECK(s.precision_strict == 1.0);
  CHECK(s.recall_strict == 1.0);
  CHECK(s.f1_strict == 1.0);
  CHECK(s.precision_lax == 1.0);
  CHECK(s.recall_lax == 1.0);
  CHECK(s.f1_lax == 1.0);
}

TEST_CASE("precision counts 1-0 and 0-1 beads, recall leaves them out", "[align-eval]") {
  const Alignment gold = beads({bead({0}, {0}), bead({1}, {}), bead({2}, {1, 2}), bead({3}, {3})});
  const Alignment predicted =
      beads({bead({0}, {0}), bead({1}, {1}), bead({2}, {2}), bead({}, {3}), bead({3}, {})});
  const AlignCounts c = count_alignment(predicted, gold);
  // Precision, over all 5 predicted beads: [0]:[0] is a gold bead; [2]:[2]
  // shares the link 2-2 with gold [2]:[1, 2]; [1]:[1] links nothing gold
  // links (gold drops source 1); the 0-1 and 1-0 beads link nothing.
  CHECK(c.predicted == 5);
  CHECK(c.precision_strict == 1);
  CHECK(c.precision_lax == 2);
  // Recall, over the 3 gold beads with both sides: [0]:[0] exactly;
  // [2]:[1, 2] through the predicted link 2-2; [3]:[3] was predicted as a
  // 0-1 plus a 1-0, which links nothing.
  CHECK(c.gold == 3);
  CHECK(c.recall_strict == 1);
  CHECK(c.recall_lax == 2);

  const AlignScores s = score_counts(c);
  CHECK(s.precision_strict == Approx(0.2));
  CHECK(s.recall_strict == Approx(1.0 / 3));
  CHECK(s.f1_strict == Approx(0.25));  // 2 * 0.2 * (1/3) / (0.2 + 1/3)
  CHECK(s.precision_lax == Approx(0.4));
  CHECK(s.recall_lax == Approx(2.0 / 3));
  CHECK(s.f1_lax == Approx(0.5));
}

TEST_CASE("a predicted 1-2 overlapping a gold 1-1 is lax-correct, not strict", "[align-eval]") {
  const Alignment gold = beads({bead({0}, {0}), bead({1}, {1})});
  const Alignment predicted = beads({bead({0}, {0, 1}), bead({1}, {})});
  const AlignCounts c = count_alignment(predicted, gold);
  CHECK(c.predicted == 2);
  CHECK(c.precision_strict == 0);
  CHECK(c.precision_lax == 1);  // [0]:[0, 1] holds the gold link 0-0
  CHECK(c.gold == 2);
  CHECK(c.recall_strict == 0);
  CHECK(c.recall_lax == 1);  // gold [0]:[0] is inside the prediction; [1]:[1] is not
  const AlignScores s = score_counts(c);
  CHECK(s.f1_strict == 0.0);
  CHECK(s.f1_lax == Approx(0.5));
}

TEST_CASE("beads with no sentences are ignored on both sides", "[align-eval]") {
  const Alignment gold = beads({bead({0}, {0}), bead({}, {})});
  const Alignment predicted = beads({bead({}, {}), bead({0}, {0})});
  const AlignCounts c = count_alignment(predicted, gold);
  CHECK(c.predicted == 1);
  CHECK(c.precision_strict == 1);
  CHECK(c.gold == 1);
  CHECK(c.recall_strict == 1);
}

TEST_CASE("counts pool over documents before scores are taken", "[align-eval]") {
  // Document 1: perfect, 1 bead. Document 2: 3 beads, all wrong.
  const AlignCounts one = count_alignment(beads({bead({0}, {0})}), beads({bead({0}, {0})}));
  const AlignCounts two = count_alignment(beads({bead({0}, {0, 1}), bead({1, 2}, {2})}),
                                          beads({bead({0, 1}, {0}), bead({2}, {1, 2})}));
  AlignCounts pooled;
  pooled += one;
  pooled += two;
  CHECK(pooled.predicted == one.predicted + two.predicted);
  CHECK(pooled.gold == one.gold + two.gold);
  CHECK(pooled.precision_strict == 1);
  // Pooled precision is 1/3, not the mean of 1 and 0.
  CHECK(score_counts(pooled).precision_strict == Approx(1.0 / 3));
}

TEST_CASE("no beads score 0, not NaN", "[align-eval]") {
  const AlignScores s = score_counts(AlignCounts{});
  CHECK(s.precision_strict == 0.0);
  CHECK(s.recall_lax == 0.0);
  CHECK(s.f1_strict == 0.0);
  CHECK(s.f1_lax == 0.0);
}
