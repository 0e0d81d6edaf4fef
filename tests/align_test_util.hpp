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

}  // namespace transdrift::test
