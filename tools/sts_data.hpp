// Reading scored sentence pairs (STS-B, MRPC: "gold<TAB>s1<TAB>s2") and
// statistics shared by tools/train_similarity and bench/bench_similarity.
#pragma once

#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "core/correlation.hpp"
#include "transdrift/scorer.hpp"
#include "transdrift/text.hpp"

namespace transdrift::sts {

struct LabeledPair {
  double gold = 0;
  std::string a, b;
};

// Lines "gold<TAB>a<TAB>b"; lines that do not parse are skipped. nullopt if unreadable.
inline std::optional<std::vector<LabeledPair>> read_pairs(const std::string& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  std::vector<LabeledPair> out;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto t1 = line.find('\t');
    if (t1 == std::string::npos) continue;
    const auto t2 = line.find('\t', t1 + 1);
    if (t2 == std::string::npos) continue;
    LabeledPair p;
    try {
      p.gold = std::stod(line.substr(0, t1));
    } catch (...) {
      continue;
    }
    p.a = line.substr(t1 + 1, t2 - t1 - 1);
    p.b = line.substr(t2 + 1);
    out.push_back(std::move(p));
  }
  return out;
}

// A sentence as a Document; an empty or invalid one becomes a single "." so
// that every pair can be scored.
inline Document sentence_document(const std::string& s) {
  auto d = parse_sentence(s);
  if (d.ok()) return std::move(d).value();
  return std::move(parse_sentence(".")).value();
}

// One implementation of the correlations for the tools and the score command.
using transdrift::pearson;
using transdrift::ranks;
using transdrift::spearman;

}  // namespace transdrift::sts
