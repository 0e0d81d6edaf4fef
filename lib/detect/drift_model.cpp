#include "detect/drift_model.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

#include "detect/checks.hpp"
#include "similarity/word_aligner.hpp"
#include "similarity/word_weights.hpp"
#include "similarity/wordnet_vectors.hpp"
#include "text/wordclass.hpp"
#include "transdrift/wordnet.hpp"

namespace transdrift {
namespace {
// Beads longer than this (tokens of both sides) skip the vector search of
// unlinked words (a runaway sentence): the work grows with the square.
constexpr std::size_t kMaxVectorTokens = 600;
}
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
      "max_unaligned_original",        // the largest weight of one unlinked content word of the original
      "max_unaligned_retranslated",    // the same in the retranslation
      "unaligned_per_word_original",   // unlinked content mass per content word of the original
      "unaligned_per_word_retranslated",  // the same in the retranslation
      "unaligned_facts",               // unlinked share of names and numbers, both sides
      "vector_gap_original",           // 1 - mass-weighted best WordNet-vector cosine of the original's content words
                                       //   to the retranslation's (a linked word: at least its link strength)
      "vector_gap_retranslated",       // the same the other way
      "vector_distance",               // 1 - cosine of the mass-weighted sums of WordNet vectors of both sides
      "vector_gap_mass_original",      // log(1 + sum of mass x (1 - best cosine)) of the original's content words
      "vector_gap_mass_retranslated",  // the same in the retranslation
      "max_vector_gap",                // the largest mass x (1 - best cosine) of one content word, either side
      "mass_original",                 // log(1 + content mass of the original)
      "max_mass_original",             // the largest mass of one content word of the original
      "facts_original",                // names and numbers in the original
      "punctuation_original",          // punctuation tokens in the original
  };
  return names;
}

long wordnet_vector_row(const WordNetVectors& vectors, const Token& t, const WordNet* wordnet,
                        std::unordered_map<std::string, long>& memo) {
  const std::string key = wordclass::match_key(t.norm, false);
  const auto it = memo.find(key);
  if (it != memo.end()) return it->second;
  long row = vectors.find(key);
  if (row < 0 && wordnet)
    for (const std::string& l : wordnet->lemmas(key))
      if ((row = vectors.find(l)) >= 0) break;
  memo.emplace(key, row);
  return row;
}

namespace {

// One bead's sides and word alignment (words may be null: no links).
struct BeadWords {
  const Bead* bead;
  const WordAlignment* words;
};

DriftSignals signals_of(const Report& report, const WordWeigher& weigher, const std::vector<BeadWords>& items,
                        const std::vector<const Finding*>& findings, const WordNet* wordnet) {
  DriftSignals x{};
  const WordNetVectors& vectors = WordNetVectors::builtin();
  std::unordered_map<std::string, long> row_of;  // memo: key -> vector row
  auto vector_of = [&](const Token& t) { return wordnet_vector_row(vectors, t, wordnet, row_of); };
  // Per side: mass-weighted best cosine and mass of content words; sums of vectors.
  double best_sum[2] = {0, 0}, best_mass[2] = {0, 0}, gap_mass[2] = {0, 0}, max_gap = 0;
  std::vector<double> sum_vec[2] = {std::vector<double>(static_cast<std::size_t>(std::max(0, vectors.dim())), 0.0),
                                    std::vector<double>(static_cast<std::size_t>(std::max(0, vectors.dim())), 0.0)};
  const Document& o = report.original;
  const Document& r = report.retranslated;
  double similarity = 0, bytes = 0;
  // Per side (0 original, 1 retranslated): unlinked mass, all content mass, weak mass, content words.
  double unaligned[2] = {0, 0}, total[2] = {0, 0}, weak[2] = {0, 0}, words[2] = {0, 0}, max_unaligned = 0;
  double unpaired = 0, loose = 0, longest_run = 0, side_max[2] = {0, 0};
  double facts = 0, facts_unlinked = 0, max_mass_o = 0, facts_o = 0, punct_o = 0;
  std::string text[2];
  auto mass = [&](const Token& t) { return weigher.content_weight(wordclass::match_key(t.norm, false)); };
  auto range_of = [](const Document& d, const std::vector<std::size_t>& ids) {
    return ids.empty() ? TokenRange{} : TokenRange{d.sentences[ids.front()].tokens.begin, d.sentences[ids.back()].tokens.end};
  };
  for (const BeadWords& item : items) {
    const Bead& bead = *item.bead;
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
    if (item.words)
      for (const WordLink& l : item.words->links) {
        if (l.original >= ranges[0].begin && l.original < ranges[0].end)
          strength[0][l.original - ranges[0].begin] = l.strength;
        if (l.retranslated >= ranges[1].begin && l.retranslated < ranges[1].end)
          strength[1][l.retranslated - ranges[1].begin] = l.strength;
      }
    if (item.words)
      for (const WordLink& l : item.words->links)
        if (l.kind == LinkKind::kRelated && is_content_token(o.tokens[l.original])) loose += 1;
    // WordNet vectors of the content words of both sides (-1: none).
    // The distinct rows of each side are the candidates of the other side's
    // unlinked words; in a bead over kMaxVectorTokens an unlinked word is
    // scored by its link alone, to keep the pass linear.
    std::vector<long> rows[2], distinct[2];
    for (int k = 0; k < 2; ++k) {
      const Document& d = k == 0 ? o : r;
      for (std::size_t t = ranges[k].begin; t < ranges[k].end; ++t)
        rows[k].push_back(is_content_token(d.tokens[t]) && vectors.size() > 0 ? vector_of(d.tokens[t]) : -1);
      distinct[k] = rows[k];
      std::sort(distinct[k].begin(), distinct[k].end());
      distinct[k].erase(std::unique(distinct[k].begin(), distinct[k].end()), distinct[k].end());
      std::erase(distinct[k], -1L);
    }
    if (ranges[0].size() + ranges[1].size() > kMaxVectorTokens) distinct[0].clear(), distinct[1].clear();
    for (int k = 0; k < 2; ++k) {
      const Document& d = k == 0 ? o : r;
      const TokenRange range = ranges[k];
      if (range.empty()) continue;
      for (std::size_t t = range.begin; t < range.end; ++t) {
        if (!is_content_token(d.tokens[t])) continue;
        const double w = mass(d.tokens[t]);
        const long row = rows[k][t - range.begin];
        double best = std::min(1.0, strength[k][t - range.begin]);
        if (best < 1 && row >= 0)
          for (long other : distinct[1 - k]) best = std::max(best, vectors.cosine(row, other));
        best_sum[k] += w * best;
        gap_mass[k] += w * (1.0 - best);
        max_gap = std::max(max_gap, w * (1.0 - best));
        best_mass[k] += w;
        if (row >= 0) vectors.add(row, w, sum_vec[k]);
      }
      text[k] += text[k].empty() ? "" : " ";
      text[k] += d.slice({d.tokens[range.begin].span.start, d.tokens[range.end - 1].span.end});
      double run = 0;
      for (std::size_t t = range.begin; t < range.end; ++t) {
        const Token& tok = d.tokens[t];
        const bool fact = tok.kind == TokenKind::kNumber ||
                          (tok.kind == TokenKind::kWord && tok.capitalized && d.sentences[tok.sentence].tokens.begin != t);
        if (k == 0 && tok.kind == TokenKind::kPunct) punct_o += 1;
        if (fact) {
          if (k == 0) facts_o += 1;
          facts += 1;
          if (strength[k][t - range.begin] <= 0) facts_unlinked += 1;
        }
        if (!is_content_token(d.tokens[t])) {
          // A linked function word or punctuation ends a run.
          if (!is_word_token(d.tokens[t]) || strength[k][t - range.begin] > 0) run = 0;
          continue;
        }
        const double w = mass(d.tokens[t]);
        const double s = strength[k][t - range.begin];
        words[k] += 1;
        total[k] += w;
        if (k == 0) max_mass_o = std::max(max_mass_o, w);
        if (s <= 0) {
          unaligned[k] += w;
          max_unaligned = std::max(max_unaligned, w);
          side_max[k] = std::max(side_max[k], w);
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
  for (const Finding* fp : findings) {
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
  x[21] = side_max[0];
  x[22] = side_max[1];
  x[23] = words[0] > 0 ? unaligned[0] / words[0] : 0.0;
  x[24] = words[1] > 0 ? unaligned[1] / words[1] : 0.0;
  x[25] = facts > 0 ? facts_unlinked / facts : 0.0;
  x[26] = best_mass[0] > 0 ? 1.0 - best_sum[0] / best_mass[0] : 0.0;
  x[27] = best_mass[1] > 0 ? 1.0 - best_sum[1] / best_mass[1] : 0.0;
  double dot = 0, n0 = 0, n1 = 0;
  for (std::size_t j = 0; j < sum_vec[0].size(); ++j)
    dot += sum_vec[0][j] * sum_vec[1][j], n0 += sum_vec[0][j] * sum_vec[0][j], n1 += sum_vec[1][j] * sum_vec[1][j];
  x[28] = n0 > 0 && n1 > 0 ? 1.0 - dot / std::sqrt(n0 * n1) : 1.0;
  x[29] = std::log1p(gap_mass[0]);
  x[30] = std::log1p(gap_mass[1]);
  x[31] = max_gap;
  x[32] = std::log1p(total[0]);
  x[33] = max_mass_o;
  x[34] = facts_o;
  x[35] = punct_o;
  return x;
}

}  // namespace

DriftSignals drift_signals(const Report& report, const WordWeigher& weigher, std::size_t first, std::size_t last,
                           const std::vector<const Finding*>* findings, const WordNet* wordnet) {
  last = std::min(last, report.alignment.beads.size());
  std::vector<BeadWords> items;
  for (std::size_t b = first; b < last; ++b)
    items.push_back({&report.alignment.beads[b], b < report.words.size() ? &report.words[b] : nullptr});
  std::vector<const Finding*> all;
  if (!findings) {
    for (const Finding& f : report.findings)
      if (f.bead >= first && f.bead < last) all.push_back(&f);
    findings = &all;
  }
  return signals_of(report, weigher, items, *findings, wordnet);
}

DriftSignals drift_signals(const Report& report, const WordWeigher& weigher, const Bead& bead,
                           const WordAlignment& words, const std::vector<const Finding*>& findings,
                           const WordNet* wordnet) {
  return signals_of(report, weigher, {BeadWords{&bead, &words}}, findings, wordnet);
}

double DriftModel::tree_value(const Tree& tree, const DriftSignals& x) { return regression_tree_value(tree, x); }

double DriftModel::logit(const DriftSignals& x) const {
  double z = linear_part(*this, x);
  for (const Tree& t : trees) z += tree_value(t, x);
  return z;
}

double DriftModel::probability(const DriftSignals& x) const { return 1.0 / (1.0 + std::exp(-logit(x))); }

std::string DriftModel::id() const {
  const std::string text = to_text("");
  std::uint32_t h = 2166136261u;
  for (unsigned char c : text) h = (h ^ c) * 16777619u;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%08x", static_cast<unsigned>(h));
  return buf;
}

Result<DriftModel> DriftModel::parse(std::string_view text) {
  return parse_linear_trees<DriftModel>(text, drift_signal_names(), "drift model");
}

std::string DriftModel::to_text(const std::string& header) const {
  return linear_trees_text(*this, header, drift_signal_names());
}

const DriftModel& DriftModel::builtin() {
  static const DriftModel model =
      parse_compiled_in<DriftModel>(embedded::drift_model_tsv(), drift_signal_names(), "drift model");
  return model;
}

}  // namespace transdrift
