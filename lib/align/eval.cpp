#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <sstream>

#include "transdrift/align_eval.hpp"

namespace transdrift {
namespace {

using Ids = std::vector<std::size_t>;

// Parses "[1, 2]" starting at `pos` (after optional spaces); advances pos.
bool parse_ids(std::string_view line, std::size_t& pos, Ids& out) {
  auto skip = [&] {
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
  };
  skip();
  if (pos >= line.size() || line[pos] != '[') return false;
  ++pos;
  skip();
  if (pos < line.size() && line[pos] == ']') return ++pos, true;
  while (true) {
    skip();
    std::size_t value = 0;
    auto [end, ec] = std::from_chars(line.data() + pos, line.data() + line.size(), value);
    if (ec != std::errc()) return false;
    pos = static_cast<std::size_t>(end - line.data());
    out.push_back(value);
    skip();
    if (pos >= line.size()) return false;
    if (line[pos] == ']') return ++pos, true;
    if (line[pos] != ',') return false;
    ++pos;
  }
}

// Precision-side counts of `test` against `gold` (Vecalign's definition):
// strict = identical bead; lax = some source sentence of the test bead is
// linked in gold to some target sentence of the test bead.
std::pair<std::size_t, std::size_t> matches(const std::vector<Bead>& test, const std::vector<Bead>& gold) {
  std::set<std::pair<Ids, Ids>> gold_set;
  std::map<std::size_t, std::set<std::size_t>> links;
  for (const Bead& g : gold) {
    gold_set.emplace(g.original, g.retranslated);
    for (std::size_t s : g.original)
      for (std::size_t t : g.retranslated) links[s].insert(t);
  }
  std::size_t strict = 0, lax = 0;
  for (const Bead& b : test) {
    if (gold_set.count({b.original, b.retranslated})) {
      ++strict;
      ++lax;
      continue;
    }
    bool linked = false;
    for (std::size_t s : b.original) {
      auto it = links.find(s);
      if (it == links.end()) continue;
      for (std::size_t t : b.retranslated) linked = linked || it->second.count(t) > 0;
    }
    if (linked) ++lax;
  }
  return {strict, lax};
}

std::vector<Bead> non_empty(const std::vector<Bead>& beads, bool both_sides) {
  std::vector<Bead> out;
  for (const Bead& b : beads) {
    const bool keep = both_sides ? (!b.original.empty() && !b.retranslated.empty())
                                 : (!b.original.empty() || !b.retranslated.empty());
    if (keep) out.push_back(b);
  }
  return out;
}

double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }
double ratio(std::size_t a, std::size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; }

}  // namespace

Result<Alignment> parse_beads(std::string_view text) {
  Alignment out;
  std::size_t line_no = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    Bead bead;
    std::size_t pos = 0;
    bool ok = parse_ids(line, pos, bead.original);
    while (ok && pos < line.size() && line[pos] == ' ') ++pos;
    ok = ok && pos < line.size() && line[pos++] == ':';
    ok = ok && parse_ids(line, pos, bead.retranslated);
    ok = ok && line.find_first_not_of(" \t", pos) == std::string_view::npos;
    if (!ok)
      return Error{ErrorCode::kInvalidArgument,
                   "line " + std::to_string(line_no) + ": expected a bead like [0]:[0, 1]", {}};
    out.beads.push_back(std::move(bead));
  }
  return out;
}

std::string format_beads(const Alignment& alignment) {
  std::ostringstream out;
  auto ids = [&](const Ids& v) {
    out << '[';
    for (std::size_t k = 0; k < v.size(); ++k) out << (k ? ", " : "") << v[k];
    out << ']';
  };
  for (const Bead& b : alignment.beads) {
    ids(b.original);
    out << ':';
    ids(b.retranslated);
    out << '\n';
  }
  return out.str();
}

AlignCounts& AlignCounts::operator+=(const AlignCounts& o) {
  precision_strict += o.precision_strict;
  precision_lax += o.precision_lax;
  predicted += o.predicted;
  recall_strict += o.recall_strict;
  recall_lax += o.recall_lax;
  gold += o.gold;
  return *this;
}

AlignCounts count_alignment(const Alignment& predicted, const Alignment& gold) {
  AlignCounts c;
  const auto test = non_empty(predicted.beads, false);
  const auto [ps, pl] = matches(test, non_empty(gold.beads, false));
  c.precision_strict = ps;
  c.precision_lax = pl;
  c.predicted = test.size();
  // Recall is precision with the roles swapped, 1-0 / 0-1 beads left out.
  const auto gold_pairs = non_empty(gold.beads, true);
  const auto [rs, rl] = matches(gold_pairs, non_empty(predicted.beads, true));
  c.recall_strict = rs;
  c.recall_lax = rl;
  c.gold = gold_pairs.size();
  return c;
}

AlignScores score_counts(const AlignCounts& c) {
  AlignScores s;
  s.precision_strict = ratio(c.precision_strict, c.predicted);
  s.precision_lax = ratio(c.precision_lax, c.predicted);
  s.recall_strict = ratio(c.recall_strict, c.gold);
  s.recall_lax = ratio(c.recall_lax, c.gold);
  s.f1_strict = f1(s.precision_strict, s.recall_strict);
  s.f1_lax = f1(s.precision_lax, s.recall_lax);
  return s;
}

}  // namespace transdrift
