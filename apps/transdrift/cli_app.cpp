// The command line: commands, options, help text, and how parse errors
// become one line on standard error.
#include "cli_app.hpp"

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli.hpp"
#include "score_command.hpp"
#include "transdrift/aligner.hpp"
#include "transdrift/scorer.hpp"
#include "transdrift/version.hpp"

namespace transdrift::cli {
namespace {

constexpr const char* kDescription =
    "transdrift compares an English text with its round-trip retranslation (the text translated\n"
    "into another language and back) and reports where the meaning drifted: omissions, additions\n"
    "and mistranslations, each with its byte offsets in both files, a severity and a reason.\n"
    "\n"
    "  transdrift diff ORIGINAL RETRANSLATED [OPTIONS]   report meaning drift\n"
    "  transdrift align ORIGINAL RETRANSLATED [OPTIONS]  show only the sentence pairing\n"
    "  transdrift bench-align DIR [OPTIONS]              score sentence aligners against gold beads\n"
    "  transdrift batch LIST [OPTIONS]                   many pairs, one JSON report per line\n"
    "  transdrift score [PAIRS.tsv] [OPTIONS]            similarity of sentence pairs, one score per line\n";

constexpr const char* kExitCodes =
    "Exit codes:\n"
    "  0  compared; no finding at or above --fail-on (default: major)\n"
    "  1  compared; findings at or above --fail-on\n"
    "  2  usage or input error (one line on stderr); nothing was compared\n";

constexpr const char* kMainFooter =
    "\nExamples:\n"
    "  transdrift diff original.txt retranslated.txt\n"
    "  transdrift diff original.txt retranslated.txt --format json -o report.json --fail-on never\n"
    "  some-round-trip-mt < original.txt | transdrift diff original.txt -\n"
    "  transdrift align original.txt retranslated.txt\n"
    "  transdrift bench-align textberg-dev --aligner all\n"
    "\n"
    "Run 'transdrift diff --help' for the options of a command.\n"
    "\n";

constexpr const char* kDiffFooter =
    "\nA file name of - reads standard input (for one of the two inputs).\n"
    "\nExample:\n"
    "  transdrift diff original.txt retranslated.txt --min-severity major --color always | less -R\n"
    "\n";

constexpr const char* kBenchFooter =
    "\nDIR is searched recursively for doc*.src, doc*.tgt and doc*.gold triples; each directory holding\n"
    "triples is one condition. Gold lines are beads like [3]:[3, 4] with 0-based line numbers;\n"
    "inputs are always read one sentence per line. Scores: strict and lax precision, recall, F1\n"
    "(docs/alignment.md).\n"
    "\nExamples:\n"
    "  transdrift bench-align textberg-dev --format json -o bench.json\n"
    "  transdrift bench-align --gold doc0.gold --original doc0.src --retranslated doc0.tgt --aligner length\n"
    "\nExit codes: 0 scored, 2 usage or input error (unreadable or malformed gold, ids out of range).\n";

const std::vector<std::string> kSeverities{"minor", "major", "critical"};
const std::vector<std::string> kCommands{"diff", "align", "bench-align", "batch", "score"};
const std::vector<std::string> kInputFormats{"auto", "text", "markdown", "html"};

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

// Options both commands share.
void add_common(CLI::App& cmd, CommonArgs& args) {
  cmd.add_option("ORIGINAL", args.original, "The original text (UTF-8), or - for standard input")->required();
  cmd.add_option("RETRANSLATED", args.retranslated, "Its retranslation (UTF-8), or - for standard input")
      ->required();
  cmd.add_option("-o,--output", args.output, "Write the output to FILE instead of standard output")
      ->type_name("FILE");
  cmd.add_option("--aligner", args.aligner, "Sentence aligner")
      ->check(CLI::IsMember(aligner_names()))
      ->capture_default_str();
  cmd.add_flag("--sentence-per-line", args.sentence_per_line,
               "The inputs are already split: one sentence per line");
  cmd.add_option("--input-format", args.input_format,
                 "Input format: auto (by extension: .md markdown, .html/.htm html, else text), text, markdown, html")
      ->check(CLI::IsMember(kInputFormats))
      ->capture_default_str();
  cmd.add_flag("-v,--verbose", args.verbosity, "Log progress to standard error (-vv: debug)");
}

void add_batch_options(CLI::App& cmd, BatchArgs& args) {
  cmd.add_option("LIST", args.list,
                 "TSV (ORIGINAL<TAB>RETRANSLATED[<TAB>ID] per line) or JSONL ({\"original\", \"retranslated\", \"id\"}) "
                 "list of pairs, or - for standard input")
      ->required();
  cmd.add_option("-o,--output", args.output, "Write the JSON lines to FILE instead of standard output")
      ->type_name("FILE");
  cmd.add_option("-j,--jobs", args.jobs, "Pairs processed at once (default: all cores)")->type_name("N");
  cmd.add_option("--aligner", args.aligner, "Sentence aligner")
      ->check(CLI::IsMember(aligner_names()))
      ->capture_default_str();
  cmd.add_option("--min-severity", args.min_severity, "Leave out findings below this severity")
      ->check(CLI::IsMember(kSeverities))
      ->capture_default_str();
  cmd.add_option("--input-format", args.input_format, "Input format of every file: auto (by extension), text, markdown, html")
      ->check(CLI::IsMember(kInputFormats))
      ->capture_default_str();
  cmd.add_option("--progress", args.progress, "Progress bar on standard error: auto (when it is a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd.add_option("--wordnet", args.wordnet, "WordNet 3.0 database directory")->type_name("DIR");
  cmd.add_option("--scorer", args.scorer, "Pair similarity scorer")
      ->check(CLI::IsMember(scorer_names()))
      ->capture_default_str();
  cmd.add_flag("--sentence-per-line", args.sentence_per_line, "The inputs are already split: one sentence per line");
  cmd.add_flag("-v,--verbose", args.verbosity, "-vv: debug messages on standard error");
  cmd.footer(
      "\nOne JSON line per pair, in the order of LIST: a transdrift.report/1 report with \"id\" and \"line\" in\n"
      "front, or for a pair that failed a transdrift.batch-error/1 record; the batch goes on.\n"
      "Relative paths in LIST are relative to the working directory.\n"
      "\nExit codes: 0 every pair compared, 1 some pairs failed (error records written),\n"
      "2 usage error or unreadable LIST (nothing written).\n");
}

void add_bench_options(CLI::App& cmd, BenchArgs& args) {
  cmd.add_option("DIR", args.dir, "Directory of doc*.src/doc*.tgt/doc*.gold triples, one subdirectory per condition");
  cmd.add_option("--gold", args.gold, "Gold beads of one document (instead of DIR)")->type_name("GOLD");
  cmd.add_option("--original", args.original, "The original of that document, one sentence per line")
      ->type_name("SRC");
  cmd.add_option("--retranslated", args.retranslated, "Its retranslation, one sentence per line")->type_name("TGT");
  std::vector<std::string> aligners = aligner_names();
  aligners.emplace_back("all");
  cmd.add_option("--aligner", args.aligner, "Sentence aligner to score, or all")
      ->check(CLI::IsMember(aligners))
      ->capture_default_str();
  cmd.add_option("-f,--format", args.format, "Output format: text (a table) or json (transdrift.bench-align/1)")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd.add_option("-o,--output", args.output, "Write the output to FILE instead of standard output")
      ->type_name("FILE");
  cmd.add_flag("--sentence-per-line", args.sentence_per_line,
               "Accepted for symmetry with diff and align: benchmark inputs are always one sentence per line");
  cmd.add_flag("-v,--verbose", args.verbosity, "Log each document and aligner to standard error");
  cmd.footer(kBenchFooter);
}

bool known_command(const std::string& name) {
  return std::find(kCommands.begin(), kCommands.end(), name) != kCommands.end();
}

}  // namespace

void print_error(std::string_view message) {
  std::cerr << "transdrift: error: " << one_line(std::string(message)) << '\n' << std::flush;
}

int run_cli(int argc, char** argv) {
  CLI::App app(kDescription, "transdrift");
  app.footer(std::string(kMainFooter) + kExitCodes);
  app.set_version_flag("--version", std::string("transdrift ") + transdrift::version());
  app.require_subcommand(1);
  app.get_formatter()->column_width(32);

  DiffArgs diff;
  CLI::App* diff_cmd = app.add_subcommand("diff", "Compare ORIGINAL with RETRANSLATED and report meaning drift");
  add_common(*diff_cmd, diff);
  diff_cmd->add_option("-f,--format", diff.format,
                       "Report format: text (for people), json (transdrift.report/1), jsonl or tsv (one finding "
                       "per line), html (side-by-side page)")
      ->check(CLI::IsMember({"text", "json", "jsonl", "tsv", "html"}))
      ->capture_default_str();
  diff_cmd->add_option("--min-severity", diff.min_severity, "Leave out findings below this severity")
      ->check(CLI::IsMember(kSeverities))
      ->capture_default_str();
  std::vector<std::string> fail_values = kSeverities;
  fail_values.emplace_back("never");
  diff_cmd->add_option("--fail-on", diff.fail_on, "Exit with 1 if a finding is at or above this severity")
      ->check(CLI::IsMember(fail_values))
      ->capture_default_str();
  diff_cmd->add_option("--color", diff.color, "Color the text report: auto (a terminal and no NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  diff_cmd->add_option("--width", diff.width, "Wrap the text report at N columns (default: the terminal's, else 100)")
      ->type_name("N")
      ->check(CLI::Range(std::size_t{0}, std::size_t{100000}));
  diff_cmd->add_option("--scorer", diff.scorer, "Pair similarity scorer (see docs/similarity.md)")
      ->check(CLI::IsMember(scorer_names()))
      ->capture_default_str();
  diff_cmd->add_option("--threads", diff.threads,
                       "Threads that score sentence pairs (0: one per core; long documents only)")
      ->type_name("N")
      ->check(CLI::Range(0u, 1024u))
      ->capture_default_str();
  diff_cmd->add_option("--wordnet", diff.wordnet, "WordNet 3.0 database directory (default: $WNSEARCHDIR, then the system's)")
      ->type_name("DIR");
  diff_cmd->footer(std::string(kDiffFooter) + kExitCodes);

  AlignArgs align;
  CLI::App* align_cmd =
      app.add_subcommand("align", "Only pair the sentences: one bead per line (index, kind, score, texts) or JSON");
  add_common(*align_cmd, align);
  align_cmd->add_option("-f,--format", align.format,
                        "Output format: text (tab-separated), json, or beads (gold format: [0]:[0, 1] per line)")
      ->check(CLI::IsMember({"text", "json", "beads"}))
      ->capture_default_str();
  align_cmd->footer("\nExit codes: 0 aligned, 2 usage or input error.\n");

  BenchArgs bench;
  CLI::App* bench_cmd =
      app.add_subcommand("bench-align", "Score sentence aligners against gold beads: strict and lax P/R/F1");
  add_bench_options(*bench_cmd, bench);

  BatchArgs batch;
  CLI::App* batch_cmd = app.add_subcommand("batch", "Compare many pairs on all cores: one JSON report per line");
  add_batch_options(*batch_cmd, batch);

  ScoreArgs score;
  CLI::App* score_cmd = add_score_command(app, score);

  if (argc <= 1) {
    print_error("no command given: use 'transdrift diff ORIGINAL RETRANSLATED' (see transdrift --help)");
    return kExitError;
  }
  // CLI11 would call a misspelled command "A subcommand is required".
  if (const std::string first = argv[1]; !first.empty() && first[0] != '-' && !known_command(first)) {
    print_error("unknown command '" + first + "' (known: diff, align, bench-align, batch, score; see transdrift --help)");
    return kExitError;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);  // --help, --version: to standard output, exit 0
  } catch (const CLI::ParseError& e) {
    // CLI11 prints several lines; scripts get one, and the way to more help.
    print_error(one_line(e.what()) + " (see transdrift --help)");
    return kExitError;
  }

  if (diff_cmd->parsed()) {
    if (diff.original == "-" && diff.retranslated == "-") {
      print_error("only one of ORIGINAL and RETRANSLATED can be - (standard input)");
      return kExitError;
    }
    return run_diff(diff);
  }
  if (bench_cmd->parsed()) return run_bench_align(bench);
  if (batch_cmd->parsed()) return run_batch(batch);
  if (score_cmd->parsed()) return run_score(score);
  if (align.original == "-" && align.retranslated == "-") {
    print_error("only one of ORIGINAL and RETRANSLATED can be - (standard input)");
    return kExitError;
  }
  return run_align(align);
}

}  // namespace transdrift::cli
