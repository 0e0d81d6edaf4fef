// The default Detector, created once, for the unit tests that run hand-made
// pairs through the whole pipeline.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "transdrift/detector.hpp"

namespace transdrift::test {

inline const Detector& detector() {
  static const Detector d = [] {
    auto r = Detector::create({});
    REQUIRE(r.ok());
    return std::move(r).value();
  }();
  return d;
}

// The report of the default Detector on two texts (the run must succeed).
inline Report run(const std::string& original, const std::string& retranslated) {
  auto r = detector().run(original, retranslated);
  REQUIRE(r.ok());
  return std::move(r).value();
}

}  // namespace transdrift::test
