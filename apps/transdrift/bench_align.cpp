// The `bench-align` command: runs sentence aligners over documents with gold
// beads and scores them (strict and lax P/R/F1, see docs/alignment.md).
#include "bench_align.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <utility>

#include "cli.hpp"
#include "cli_io.hpp"
#include "logging.hpp"
#include "transdrift/aligner.hpp"

namespace transdrift::cli {
namespace {

int fail(const Error& e) {
  print_error(e.message);
  return kExitError;
}

Error usage(const std::string& message) { return Error{ErrorCode::kInvalidArgument, message, {}}; }

// The documents to run: DIR's triples, or the one document given by options.
Result<std::vector<BenchFiles>> bench_files(const BenchArgs& args) {
  const bool any_file = !args.gold.empty() || !args.original.empty() || !args.retranslated.empty();
  if (!args.dir.empty()) {
    if (any_file) return usage("give either DIR or --gold, --original and --retranslated, not both");
    return find_bench_files(args.dir);
  }
  if (args.gold.empty() || args.original.empty() || args.retranslated.empty())
    return usage("give DIR, or all three of --gold, --original and --retranslated");
  // One document: the gold file names its row.
  const std::string label = input_label(args.gold);
  return std::vector<BenchFiles>{{label, label, args.original, args.retranslated, args.gold}};
}

std::vector<std::string> chosen_aligners(const std::string& name) {
  if (name != "all") return {name};
  std::vector<std::string> names = aligner_names();
  std::sort(names.begin(), names.end());
  return names;
}

// Progress on standard error. With -v: one log line per run. Without: a
// status line that rewrites itself, only on a terminal, so that redirected
// or captured standard error stays empty (scripts count its lines).
class Progress {
 public:
  Progress(LogCallback log, std::size_t total)
      : log_(std::move(log)), tty_(!log_ && ::isatty(STDERR_FILENO) == 1), total_(total) {}
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  // Clears the status line before anything else (an error) is printed.
  ~Progress() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;
  }

  void start(const std::string& what) {
    ++started_;
    if (!tty_) return;
    std::cerr << "\r\033[Ktransdrift: " << started_ << '/' << total_ << ' ' << what << std::flush;
    shown_ = true;
  }
  void done(const std::string& what) const { log_info(log_, what); }

 private:
  LogCallback log_;
  bool tty_;
  std::size_t total_;
  std::size_t started_ = 0;
  bool shown_ = false;
};

std::string fixed3(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

// Runs every aligner on every document; counts are pooled per condition.
Result<std::vector<BenchRow>> run_aligners(const std::vector<BenchCase>& cases, const std::vector<std::string>& names,
                                           const LogCallback& log) {
  std::map<std::pair<std::string, std::string>, BenchRow> rows;  // sorted by (condition, aligner)
  Progress progress(log, cases.size() * names.size());
  for (const std::string& name : names) {
    auto aligner = make_aligner(name, AlignerOptions{});
    if (!aligner.ok()) return aligner.error();
    for (const BenchCase& c : cases) {
      progress.start(c.name + " (" + name + ")");
      const auto start = std::chrono::steady_clock::now();
      auto alignment = (*aligner)->align(c.original, c.retranslated);
      const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
      if (!alignment.ok()) {
        Error e = alignment.error();
        e.message = c.name + ": aligner " + name + ": " + e.message;
        return e;
      }
      const AlignCounts counts = count_alignment(*alignment, c.gold);
      BenchRow& row = rows[{c.condition, name}];
      row.condition = c.condition;
      row.aligner = name;
      ++row.documents;
      row.counts += counts;
      row.beads += alignment->beads.size();
      row.seconds += elapsed.count();
      const AlignScores s = score_counts(counts);
      progress.done(c.name + " " + name + ": " + std::to_string(alignment->beads.size()) + " beads in " +
                    fixed3(elapsed.count()) + " s, F1 strict " + fixed3(s.f1_strict) + ", lax " + fixed3(s.f1_lax));
    }
  }
  std::vector<BenchRow> out;
  for (auto& [key, row] : rows) out.push_back(std::move(row));
  return out;
}

Result<std::vector<BenchCase>> load_cases(const std::vector<BenchFiles>& files, const LogCallback& log) {
  std::vector<BenchCase> cases;
  for (const BenchFiles& f : files) {
    auto c = load_bench_case(f);
    if (!c.ok()) return c.error();
    log_info(log, f.name + ": " + std::to_string(c->original.sentences.size()) + " and " +
                      std::to_string(c->retranslated.sentences.size()) + " lines, " +
                      std::to_string(c->gold.beads.size()) + " gold beads");
    cases.push_back(std::move(c).value());
  }
  return cases;
}

}  // namespace

std::vector<BenchSummary> summarize(const std::vector<BenchRow>& rows) {
  std::map<std::string, BenchSummary> by_aligner;
  for (const BenchRow& row : rows) {
    BenchSummary& s = by_aligner[row.aligner];
    s.aligner = row.aligner;
    s.pooled.condition = "all";
    s.pooled.aligner = row.aligner;
    s.pooled.documents += row.documents;
    s.pooled.counts += row.counts;
    s.pooled.beads += row.beads;
    s.pooled.seconds += row.seconds;
    const AlignScores scores = score_counts(row.counts);
    s.mean_f1_strict += scores.f1_strict;  // divided below
    s.mean_f1_lax += scores.f1_lax;
    ++s.conditions;
  }
  std::vector<BenchSummary> out;
  for (auto& [name, s] : by_aligner) {
    s.mean_f1_strict /= static_cast<double>(s.conditions);
    s.mean_f1_lax /= static_cast<double>(s.conditions);
    out.push_back(std::move(s));
  }
  return out;
}

int run_bench_align(const BenchArgs& args) {
  const LogCallback log = make_log_callback(args.verbosity);
  auto files = bench_files(args);
  if (!files.ok()) return fail(files.error());
  // Every input is read and checked before any aligner runs: a bad gold file
  // in the last condition fails at once, not after minutes of work.
  auto cases = load_cases(*files, log);
  if (!cases.ok()) return fail(cases.error());
  auto rows = run_aligners(*cases, chosen_aligners(args.aligner), log);
  if (!rows.ok()) return fail(rows.error());

  BenchResult result;
  result.rows = std::move(rows).value();
  result.summary = summarize(result.rows);
  result.directory = !args.dir.empty();
  const std::string out = args.format == "json" ? bench_json(result) : bench_text(result);
  if (Status s = write_output(args.output, out); !s.ok()) return fail(s.error());
  return kExitOk;
}

}  // namespace transdrift::cli
