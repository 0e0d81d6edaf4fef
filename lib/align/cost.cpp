#include "align/cost.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "text/wordclass.hpp"

namespace transdrift {
namespace {

// Prior probability of each bead kind. Gale & Church (1993) measured 1-1
// 0.89, 1-0/0-1 0.0099, 2-1/1-2 0.089, 2-2 0.011; retranslation splits long
// sentences more often than human translation, so the rarer kinds keep a
// small but real probability.
double bead_prior(int n, int m) {
  if (n == 0 || m == 0) return 0.005;
  if (n == 1 && m == 1) return 0.89;
  if (n + m == 3) return 0.045;
  if (n == 2 && m == 2) return 0.011;
  if (n + m == 4) return 0.004;  // 1-3, 3-1
  return 0.001;                  // 1-4, 4-1, 2-3, 3-2
}

// Standard normal upper tail: P(Z > z).
double normal_tail(double z) { return 0.5 * std::erfc(z / std::sqrt(2.0)); }

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

double length_cost(double l1, double l2, int n, int m) {
  constexpr double kC = 1.0, kS2 = 6.8;
  double cost = -std::log(bead_prior(n, m));
  if (l1 <= 0 && l2 <= 0) return cost;
  const double mean = (l1 + l2 / kC) / 2;
  const double delta = (l2 - l1 * kC) / std::sqrt(std::max(mean, 1.0) * kS2);
  const double p = 2 * normal_tail(std::abs(delta));
  return cost - std::log(std::max(p, 1e-12));
}

LexicalModel::LexicalModel(const Document& original, const Document& retranslated, int max_run) {
  std::unordered_map<std::string, std::uint32_t> ids;
  std::vector<double> df;
  auto profile = [&](const Document& doc) {
    std::vector<Profile> out(doc.sentences.size());
    for (const Sentence& s : doc.sentences) {
      Profile& p = out[s.id];
      p.chars = static_cast<double>(code_points(doc.slice(s.span)));
      p.paragraph = s.paragraph;
      std::unordered_map<std::uint32_t, double> counts;
      auto add = [&](const std::string& term, double count) {
        auto [it, fresh] = ids.emplace(term, static_cast<std::uint32_t>(ids.size()));
        if (fresh) df.push_back(0);
        counts[it->second] += count;
      };
      for (std::size_t t = s.tokens.begin; t < s.tokens.end; ++t) {
        const Token& tok = doc.tokens[t];
        if (tok.kind != TokenKind::kWord && tok.kind != TokenKind::kNumber) continue;
        const std::string key = wordclass::match_key(tok.norm, tok.capitalized);
        const double w = is_function_word(tok.norm) ? 0.1 : 1.0;
        add("w:" + key, w);
        if (key.size() > 5) add("p:" + key.substr(0, 4), 0.5 * w);
      }
      for (const auto& [id, c] : counts) {
        p.terms.emplace_back(id, c);
        df[id] += 1;
      }
      std::sort(p.terms.begin(), p.terms.end());
    }
    return out;
  };
  original_ = profile(original);
  retranslated_ = profile(retranslated);
  const double docs = static_cast<double>(original_.size() + retranslated_.size());
  weight_.resize(df.size());
  for (std::size_t id = 0; id < df.size(); ++id) weight_[id] = std::log(1.0 + docs / df[id]);
  auto shared_paragraph = [](const Document& d) {
    const Sentence* previous = nullptr;  // empty sentences (blank lines) do not count
    for (const Sentence& s : d.sentences) {
      if (s.span.empty()) continue;
      if (previous && previous->paragraph == s.paragraph) return true;
      previous = &s;
    }
    return false;
  };
  paragraphs_o_ = shared_paragraph(original);
  paragraphs_r_ = shared_paragraph(retranslated);
  runs_o_ = build_runs(original_, max_run);
  runs_r_ = build_runs(retranslated_, max_run);
}

double LexicalModel::chars(bool original, std::size_t first, int count) const {
  const auto& side = original ? original_ : retranslated_;
  double total = 0;
  for (int k = 0; k < count; ++k) total += side[first + k].chars;
  return total;
}

std::size_t LexicalModel::paragraph_breaks(bool original, std::size_t first, int count) const {
  if (!(original ? paragraphs_o_ : paragraphs_r_)) return 0;
  const auto& side = original ? original_ : retranslated_;
  return side[first + count - 1].paragraph - side[first].paragraph;
}

LexicalModel::Runs LexicalModel::build_runs(const std::vector<Profile>& side, int max_run) const {
  Runs runs(static_cast<std::size_t>(max_run));
  for (int n = 1; n <= max_run; ++n) {
    auto& row = runs[static_cast<std::size_t>(n - 1)];
    for (std::size_t first = 0; first + static_cast<std::size_t>(n) <= side.size(); ++first) {
      Terms all;
      for (int k = 0; k < n; ++k)
        for (const auto& [id, c] : side[first + static_cast<std::size_t>(k)].terms) all.emplace_back(id, c * weight_[id]);
      std::sort(all.begin(), all.end());
      Run run;
      for (const auto& [id, w] : all) {
        if (!run.terms.empty() && run.terms.back().first == id) run.terms.back().second += w;
        else run.terms.emplace_back(id, w);
        run.mass += w;
      }
      row.push_back(std::move(run));
    }
  }
  return runs;
}

double LexicalModel::similarity(std::size_t i, int n, std::size_t j, int m) const {
  const Run& a = runs_o_[static_cast<std::size_t>(n - 1)][i];
  const Run& b = runs_r_[static_cast<std::size_t>(m - 1)][j];
  const double total = a.mass + b.mass;
  if (total <= 0) return 0.0;
  double common = 0;
  auto x = a.terms.begin();
  auto y = b.terms.begin();
  while (x != a.terms.end() && y != b.terms.end()) {
    if (x->first < y->first) ++x;
    else if (y->first < x->first) ++y;
    else {
      common += std::min(x->second, y->second);
      ++x;
      ++y;
    }
  }
  return 2 * common / total;
}

}  // namespace transdrift
