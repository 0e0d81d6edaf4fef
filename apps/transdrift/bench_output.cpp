// bench-align output: a fixed-width table for people and JSON
// (schema transdrift.bench-align/1, docs/cli.md) for scripts.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench_align.hpp"
#include "transdrift/version.hpp"

namespace transdrift::cli {
namespace {

using Json = nlohmann::ordered_json;
using Table = std::vector<std::vector<std::string>>;

std::string fixed(double x, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::isfinite(x) ? x : 0.0);
  return buf;
}

// Columns padded to their widest cell: the first `left` columns (names)
// left-aligned, the numbers right-aligned so their decimal points line up.
std::string render(const Table& table, std::size_t left) {
  std::vector<std::size_t> width;
  for (const auto& row : table) {
    width.resize(std::max(width.size(), row.size()));
    for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], row[i].size());
  }
  std::string out;
  for (const auto& row : table) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const std::string pad(width[i] - row[i].size(), ' ');
      if (i) line += "  ";
      line += i < left ? row[i] + pad : pad + row[i];
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + '\n';
  }
  return out;
}

std::vector<std::string> row_cells(const BenchRow& row, const std::string& condition) {
  const AlignScores s = score_counts(row.counts);
  return {condition,
          row.aligner,
          fixed(s.precision_strict, 3),
          fixed(s.recall_strict, 3),
          fixed(s.f1_strict, 3),
          fixed(s.precision_lax, 3),
          fixed(s.recall_lax, 3),
          fixed(s.f1_lax, 3),
          std::to_string(row.beads),
          fixed(row.seconds, 3)};
}

Json counts_json(const AlignCounts& c) {
  return Json{{"precision_strict", c.precision_strict}, {"precision_lax", c.precision_lax},
              {"predicted", c.predicted},               {"recall_strict", c.recall_strict},
              {"recall_lax", c.recall_lax},             {"gold", c.gold}};
}

// Scores unrounded (they are ratios of the counts next to them); seconds to
// the microsecond, beyond which steady_clock timings are noise anyway.
Json scores_json(const BenchRow& row) {
  const AlignScores s = score_counts(row.counts);
  return Json{{"documents", row.documents},
              {"precision_strict", s.precision_strict},
              {"recall_strict", s.recall_strict},
              {"f1_strict", s.f1_strict},
              {"precision_lax", s.precision_lax},
              {"recall_lax", s.recall_lax},
              {"f1_lax", s.f1_lax},
              {"beads", row.beads},
              {"seconds", std::round(row.seconds * 1e6) / 1e6},
              {"counts", counts_json(row.counts)}};
}

}  // namespace

std::string bench_text(const BenchResult& result) {
  Table rows{{"condition", "aligner", "strict P", "strict R", "strict F1", "lax P", "lax R", "lax F1", "beads",
              "seconds"}};
  for (const BenchRow& row : result.rows) rows.push_back(row_cells(row, row.condition));
  if (!result.directory) return render(rows, 2);

  for (const BenchSummary& s : result.summary) rows.push_back(row_cells(s.pooled, "all (pooled)"));
  Table means{{"aligner", "mean strict F1", "mean lax F1", "conditions"}};
  for (const BenchSummary& s : result.summary)
    means.push_back({s.aligner, fixed(s.mean_f1_strict, 3), fixed(s.mean_f1_lax, 3), std::to_string(s.conditions)});
  return render(rows, 2) + '\n' + render(means, 1);
}

std::string bench_json(const BenchResult& result) {
  Json rows = Json::array();
  for (const BenchRow& row : result.rows) {
    Json j{{"condition", row.condition}, {"aligner", row.aligner}};
    j.update(scores_json(row));
    rows.push_back(std::move(j));
  }
  Json summary = Json::array();
  for (const BenchSummary& s : result.summary)
    summary.push_back({{"aligner", s.aligner},
                       {"conditions", s.conditions},
                       {"mean_f1_strict", s.mean_f1_strict},
                       {"mean_f1_lax", s.mean_f1_lax},
                       {"pooled", scores_json(s.pooled)}});
  const Json doc{{"schema", "transdrift.bench-align/1"},
                 {"version", transdrift::version()},
                 {"rows", std::move(rows)},
                 {"summary", std::move(summary)}};
  return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace transdrift::cli
