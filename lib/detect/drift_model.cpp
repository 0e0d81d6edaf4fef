#include "detect/drift_model.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "detect/checks.hpp"
#include "similarity/word_aligner.hpp"
#include "similarity/word_weights.hpp"
#include "text/wordclass.hpp"

namespace transdrift {
namespace embedded {
std::string_view drift_model_tsv();
}

const std::array<std::string_view, kDriftSignalCount>& drift_signal_names() {
  static const std::array<std::string_view, kDriftSignalCount> names = {
      "unaligned_original",            // log(1 + information mass of unlinked content words of the original)
      "unaligned_retranslated",        // the same in the retranslation
      "unaligned_share_original",      // unlinked share of the original's content mass
      "unaligned_share_retranslated",  // the same in the retranslation
      "weak_original",                 // mass times (1 - link strength) of linked content words, original
      "weak_retranslated",             // the same in the retranslation
      "max_unaligned",                 // the largest weight of one unlinked content word, either side
      "dissimilarity",                 // 1 - bead similarity (length-weighted over the beads)
      "chrf_distance",                 // 1 - chrF of the two sides
      "length",                        // log(1 + content words of both sides)
      "length_difference",             // |log((1 + content words original) / (1 + retranslated))|
      "minor_findings",                // findings by severity
      "major_findings",
      "critical_findings",
      "fact_findings",                 // number, entity and negation findings
      "unpaired_sentences",            // sentences in 1-0 / 0-1 beads
      "lexical_findings",              // findings by check: replaced words
      "partial_findings",              //   and runs of words on one side only
      "loose_links",                   // content-word links by WordNet relation (not same word or synonym)
      "unaligned_both",                // log(1 + unlinked content mass of both sides)
      "longest_run",                   // mass of the heaviest run of unlinked content words (function words may sit inside)
  };
  return names;
}

DriftSignals drift_signals(const Report& report, const WordWeigher& weigher, std::size_t first, std::size_t last,
                           const std::vector<const Finding*>* findings) {
  DriftSignals x{};
  const Document& o = report.original;
  const Document& r = report.retranslated;
  double similarity = 0, bytes = 0;
  // Per side (0 original, 1 retranslated): unlinked mass, all content mass, weak mass, content words.
  double unaligned[2] = {0, 0}, total[2] = {0, 0}, weak[2] = {0, 0}, words[2] = {0, 0}, max_unaligned = 0;
  double unpaired = 0, loose = 0, longest_run = 0;
  std::string text[2];
  last = std::min(last, report.alignment.beads.size());
  auto mass = [&](const Token& t) { return weigher.content_weight(wordclass::match_key(t.norm, false)); };
  auto range_of = [](const Document& d, const std::vector<std::size_t>& ids) {
    return ids.empty() ? TokenRange{} : TokenRange{d.sentences[ids.front()].tokens.begin, d.sentences[ids.back()].tokens.end};
  };
  for (std::size_t b = first; b < last; ++b) {
    const Bead& bead = report.alignment.beads[b];
    double len = 0;
    for (std::size_t id : bead.original) len += o.sentences[id].span.size();
    for (std::size_t id : bead.retranslated) len += r.sentences[id].span.size();
    similarity += bead.score * len;
    bytes += len;
    if (bead.original.empty() || bead.retranslated.empty())
      unpaired += static_cast<double>(bead.original.size() + bead.retranslated.size());
    const TokenRange ranges[2] = {range_of(o, bead.original), range_of(r, bead.retranslated)};
    // Strength of each token's link (0 when unlinked), per side.
    std::vector<double> strength[2] = {std::vector<double>(ranges[0].size(), 0.0),
                                       std::vector<double>(ranges[1].size(), 0.0)};
    if (b < report.words.size())
      for (const WordLink& l : report.words[b].links) {
        if (l.original >= ranges[0].begin && l.original < ranges[0].end)
          strength[0][l.original - ranges[0].begin] = l.strength;
        if (l.retranslated >= ranges[1].begin && l.retranslated < ranges[1].end)
          strength[1][l.retranslated - ranges[1].begin] = l.strength;
      }
    if (b < report.words.size())
      for (const WordLink& l : report.words[b].links)
        if (l.kind == LinkKind::kRelated && is_content_token(o.tokens[l.original])) loose += 1;
    for (int k = 0; k < 2; ++k) {
      const Document& d = k == 0 ? o : r;
      const TokenRange range = ranges[k];
      if (range.empty()) continue;
      text[k] += text[k].empty() ? "" : " ";
      text[k] += d.slice({d.tokens[range.begin].span.start, d.tokens[range.end - 1].span.end});
      double run = 0;
      for (std::size_t t = range.begin; t < range.end; ++t) {
        if (!is_content_token(d.tokens[t])) {
          // A linked function word or punctuation ends a run.
          if (!is_word_token(d.tokens[t]) || strength[k][t - range.begin] > 0) run = 0;
          continue;
        }
        const double w = mass(d.tokens[t]);
        const double s = strength[k][t - range.begin];
        words[k] += 1;
        total[k] += w;
        if (s <= 0) {
          unaligned[k] += w;
          max_unaligned = std::max(max_unaligned, w);
          run += w;
          longest_run = std::max(longest_run, run);
        } else {
          weak[k] += w * (1.0 - std::min(1.0, s));
          run = 0;
        }
      }
    }
  }
  x[0] = std::log1p(unaligned[0]);
  x[1] = std::log1p(unaligned[1]);
  x[2] = total[0] > 0 ? unaligned[0] / total[0] : 0.0;
  x[3] = total[1] > 0 ? unaligned[1] / total[1] : 0.0;
  x[4] = weak[0];
  x[5] = weak[1];
  x[6] = max_unaligned;
  x[7] = bytes > 0 ? 1.0 - similarity / bytes : 1.0;
  x[8] = 1.0 - chrf(text[0], text[1]);
  x[9] = std::log1p(words[0] + words[1]);
  x[10] = std::abs(std::log((1 + words[0]) / (1 + words[1])));
  std::vector<const Finding*> all;
  if (!findings) {
    for (const Finding& f : report.findings)
      if (f.bead >= first && f.bead < last) all.push_back(&f);
    findings = &all;
  }
  for (const Finding* fp : *findings) {
    const Finding& f = *fp;
    x[f.severity == Severity::kMinor ? 11 : f.severity == Severity::kMajor ? 12 : 13] += 1;
    if (f.check == Check::kNumber || f.check == Check::kEntity || f.check == Check::kNegation) x[14] += 1;
    if (f.check == Check::kLexical) x[16] += 1;
    if (f.check == Check::kPartial) x[17] += 1;
  }
  x[15] = unpaired;
  x[18] = loose;
  x[19] = std::log1p(unaligned[0] + unaligned[1]);
  x[20] = longest_run;
  return x;
}

double DriftModel::probability(const DriftSignals& x) const {
  double z = bias;
  for (std::size_t i = 0; i < kDriftSignalCount; ++i)
    if (scale[i] > 0) z += weight[i] * (x[i] - mean[i]) / scale[i];
  return 1.0 / (1.0 + std::exp(-z));
}

Result<DriftModel> DriftModel::parse(std::string_view text) {
  DriftModel m;
  std::array<bool, kDriftSignalCount> seen{};
  bool have_bias = false;
  std::istringstream in{std::string(text)};
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    std::string name;
    f >> name;
    if (name == "bias") {
      if (!(f >> m.bias)) return Error{ErrorCode::kDataMissing, "drift model: bad bias line", {}};
      have_bias = true;
      continue;
    }
    const auto& names = drift_signal_names();
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end()) return Error{ErrorCode::kDataMissing, "drift model: unknown signal " + name, {}};
    const auto i = static_cast<std::size_t>(it - names.begin());
    if (!(f >> m.mean[i] >> m.scale[i] >> m.weight[i]))
      return Error{ErrorCode::kDataMissing, "drift model: bad line for " + name, {}};
    seen[i] = true;
  }
  if (!have_bias || std::find(seen.begin(), seen.end(), false) != seen.end())
    return Error{ErrorCode::kDataMissing, "drift model: missing bias or signals", {}};
  return m;
}

std::string DriftModel::to_text(const std::string& header) const {
  std::string s = header;
  char buf[256];
  std::snprintf(buf, sizeof buf, "bias\t%.17g\n", bias);
  s += buf;
  for (std::size_t i = 0; i < kDriftSignalCount; ++i) {
    std::snprintf(buf, sizeof buf, "%s\t%.17g\t%.17g\t%.17g\n", std::string(drift_signal_names()[i]).c_str(),
                  mean[i], scale[i], weight[i]);
    s += buf;
  }
  return s;
}

const DriftModel& DriftModel::builtin() {
  static const DriftModel model = [] {
    auto m = parse(embedded::drift_model_tsv());
    if (!m.ok()) {
      std::fprintf(stderr, "transdrift: compiled-in %s\n", m.error().message.c_str());
      std::abort();  // a build defect, caught by the tests
    }
    return *m;
  }();
  return model;
}

}  // namespace transdrift
