// Helpers shared by the aligner tests.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "transdrift/aligner.hpp"
#include "transdrift/text.hpp"

namespace transdrift::test {

inline Document doc(const std::string& text, bool per_line = false) {
  TextOptions options;
  options.sentence_per_line = per_line;
  auto d = parse_document(text, options);
  REQUIRE(d.ok());
  return std::move(d).value();
}

inline Alignment align_with(const std::string& name, const Document& a, const Document& b,
                            const AlignerOptions& options = {}) {
  auto aligner = make_aligner(name, options);
  REQUIRE(aligner.ok());
  auto result = (*aligner)->align(a, b);
  REQUIRE(result.ok());
  return std::move(result).value();
}

// Every sentence of both documents in exactly one bead, in order; scores in [0, 1].
inline void require_complete(const Alignment& al, const Document& a, const Document& b) {
  std::size_t next_a = 0, next_b = 0;
  for (const Bead& bead : al.beads) {
    REQUIRE((!bead.original.empty() || !bead.retranslated.empty()));
    for (std::size_t id : bead.original) REQUIRE(id == next_a++);
    for (std::size_t id : bead.retranslated) REQUIRE(id == next_b++);
    REQUIRE(bead.score >= 0.0);
    REQUIRE(bead.score <= 1.0);
  }
  REQUIRE(next_a == a.sentences.size());
  REQUIRE(next_b == b.sentences.size());
}

// "1-1", "1-2", ... per bead.
inline std::vector<std::string> kinds(const Alignment& al) {
  std::vector<std::string> out;
  for (const Bead& b : al.beads) out.push_back(b.kind());
  return out;
}

// Five sentences; the aligner tests edit them into their retranslations.
inline constexpr const char* kOriginal =
    "The committee approved the budget for the new hospital on Tuesday. "
    "Construction will begin in the spring and should take three years. "
    "Local residents have campaigned for better medical care since the old clinic closed in 2015. "
    "The mayor thanked the volunteers who collected signatures. "
    "Critics say the project is too expensive for a town of this size.";

// The bead kinds aligner `name` must find on kOriginal against edited copies:
// a dropped, an invented, a split and merged, and a four-way split sentence.
// Each edit is a SECTION of the calling TEST_CASE.
inline void check_finds_edits(const std::string& name) {
  const Document a = doc(kOriginal);
  SECTION("1-0: a dropped sentence") {
    const Document b = doc(
        "The committee approved the budget for the new hospital on Tuesday. "
        "Construction will begin in the spring and should take three years. "
        "The mayor thanked the volunteers who collected signatures. "
        "Critics say the project is too expensive for a town of this size.");
    const Alignment al = align_with(name, a, b);
    require_complete(al, a, b);
    CHECK(kinds(al) == std::vector<std::string>{"1-1", "1-1", "1-0", "1-1", "1-1"});
  }
  SECTION("0-1: an invented sentence") {
    const Document b = doc(
        "The committee approved the budget for the new hospital on Tuesday. "
        "Construction will begin in the spring and should take three years. "
        "Local residents have campaigned for better medical care since the old clinic closed in 2015. "
        "Football fans celebrated the victory of their team late into the night with fireworks. "
        "The mayor thanked the volunteers who collected signatures. "
        "Critics say the project is too expensive for a town of this size.");
    const Alignment al = align_with(name, a, b);
    require_complete(al, a, b);
    CHECK(kinds(al) == std::vector<std::string>{"1-1", "1-1", "1-1", "0-1", "1-1", "1-1"});
  }
  SECTION("1-2 and 2-1: a split and a merge") {
    const Document b = doc(
        "The committee approved the budget for the new hospital on Tuesday. "
        "Construction will begin in the spring. It should take three years. "
        "Local residents have campaigned for better medical care since the old clinic closed in 2015, "
        "and the mayor thanked the volunteers who collected signatures. "
        "Critics say the project is too expensive for a town of this size.");
    const Alignment al = align_with(name, a, b);
    require_complete(al, a, b);
    CHECK(kinds(al) == std::vector<std::string>{"1-1", "1-2", "2-1", "1-1"});
  }
  SECTION("1-4: a sentence split into four") {
    const Document b = doc(
        "The committee met on Tuesday. It approved the budget. The budget is for a hospital. "
        "The hospital will be new. "
        "Construction will begin in the spring and should take three years. "
        "Local residents have campaigned for better medical care since the old clinic closed in 2015. "
        "The mayor thanked the volunteers who collected signatures. "
        "Critics say the project is too expensive for a town of this size.");
    const Alignment al = align_with(name, a, b);
    require_complete(al, a, b);
    CHECK(al.beads.front().kind() == "1-4");
  }
}

}  // namespace transdrift::test
