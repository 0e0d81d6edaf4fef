// The `score` command. Input lines are "s1<TAB>s2" or "gold<TAB>s1<TAB>s2"
// (STS-B and MRPC layout); output is one score in [0, 1] per line, in input
// order. When every line has a gold value, two summary lines follow, each
// starting with '#': Pearson and Spearman correlation of scores with gold.
#include "score_command.hpp"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli.hpp"
#include "cli_io.hpp"
#include "core/correlation.hpp"
#include "transdrift/scorer.hpp"
#include "transdrift/text.hpp"
#include "transdrift/wordnet.hpp"

namespace transdrift::cli {
namespace {

constexpr const char* kScoreFooter =
    "\nINPUT lines: s1<TAB>s2, or gold<TAB>s1<TAB>s2 (STS-B, MRPC). Output: one score in [0, 1]\n"
    "per line, 1 = same meaning. If every line has a gold value, two more lines follow:\n"
    "'# pearson R' and '# spearman R' (correlation of the scores with gold).\n"
    "\nExamples:\n"
    "  transdrift score pairs.tsv\n"
    "  printf 'A man plays guitar.\\tA man is playing a guitar.\\n' | transdrift score\n"
    "\nExit codes: 0 scored, 2 usage or input error.\n";

std::optional<double> parse_number(const std::string& s) {
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// A sentence as a Document; text without words (empty, only punctuation)
// still scores, as a document of one ".".
Document sentence(const std::string& s) {
  auto d = parse_sentence(s);
  if (d.ok()) return std::move(d).value();
  return std::move(parse_sentence(".")).value();
}

}  // namespace

CLI::App* add_score_command(CLI::App& app, ScoreArgs& args) {
  CLI::App* cmd = app.add_subcommand("score", "Similarity of sentence pairs (TSV) in [0, 1], one score per line");
  cmd->add_option("INPUT", args.input, "TSV of pairs: s1<TAB>s2 or gold<TAB>s1<TAB>s2; - for standard input")
      ->capture_default_str();
  cmd->add_option("-o,--output", args.output, "Write the scores to FILE instead of standard output")
      ->type_name("FILE");
  cmd->add_option("--scorer", args.scorer, "Similarity scorer")
      ->check(CLI::IsMember(scorer_names()))
      ->capture_default_str();
  cmd->add_option("--vectors", args.vectors,
                  "Word vectors (GloVe or fastText .vec text) that add a vector signal (ensemble scorer)")
      ->type_name("FILE");
  cmd->add_option("--wordnet", args.wordnet, "WordNet 3.0 database directory (default: $WNSEARCHDIR, then the system's)")
      ->type_name("DIR");
  cmd->footer(kScoreFooter);
  return cmd;
}

int run_score(const ScoreArgs& args) {
  auto input = read_input(args.input);
  if (!input.ok()) {
    print_error(input.error().message);
    return kExitError;
  }
  auto wordnet = WordNet::open(args.wordnet);
  if (!wordnet.ok()) {
    print_error(wordnet.error().message);
    return kExitError;
  }
  ScorerOptions options;
  options.vectors = args.vectors;
  auto scorer = make_scorer(args.scorer, options, *wordnet);
  if (!scorer.ok()) {
    print_error(scorer.error().message);
    return kExitError;
  }

  const std::string label = input_label(args.input);
  std::istringstream in(input->text);
  std::string line, out;
  std::vector<double> scores, golds;
  bool all_gold = true;
  std::size_t line_no = 0;
  char buf[64];
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line_no == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (line.empty()) continue;
    std::vector<std::string> fields;
    for (std::size_t start = 0;;) {
      const auto tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    std::optional<double> gold;
    if (fields.size() == 3) {
      gold = parse_number(fields[0]);
      if (!gold) {
        print_error(label + " line " + std::to_string(line_no) + ": three fields, but the first is not a number");
        return kExitError;
      }
      fields.erase(fields.begin());
    } else if (fields.size() != 2) {
      print_error(label + " line " + std::to_string(line_no) + ": expected s1<TAB>s2 or gold<TAB>s1<TAB>s2, got " +
                  std::to_string(fields.size()) + " fields");
      return kExitError;
    }
    const Document a = sentence(fields[0]), b = sentence(fields[1]);
    const double s = (*scorer)->score(a, {0, a.tokens.size()}, b, {0, b.tokens.size()}).score;
    scores.push_back(s);
    if (gold) golds.push_back(*gold);
    else all_gold = false;
    std::snprintf(buf, sizeof buf, "%.4f\n", s);
    out += buf;
  }
  if (all_gold && scores.size() >= 2) {
    std::snprintf(buf, sizeof buf, "# pearson %.4f\n", pearson(scores, golds));
    out += buf;
    std::snprintf(buf, sizeof buf, "# spearman %.4f\n", spearman(scores, golds));
    out += buf;
  }
  if (auto st = write_output(args.output, out); !st.ok()) {
    print_error(st.error().message);
    return kExitError;
  }
  return kExitOk;
}

}  // namespace transdrift::cli
