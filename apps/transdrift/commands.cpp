// The `diff` and `align` commands: read, run the library, write, exit code.
#include <chrono>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

#include "align_format.hpp"
#include "cli.hpp"
#include "cli_io.hpp"
#include "logging.hpp"
#include "transdrift/align_eval.hpp"
#include "transdrift/aligner.hpp"
#include "transdrift/detector.hpp"
#include "transdrift/report.hpp"
#include "transdrift/text.hpp"

namespace transdrift::cli {
namespace {

constexpr std::size_t kDefaultWidth = 100;
constexpr std::size_t kMinTerminalWidth = 40;

int fail(const Error& e) {
  print_error(e.message);
  return kExitError;
}

struct Inputs {
  Input original;
  Input retranslated;
};

// Both inputs, or the first error.
Result<Inputs> read_inputs(const CommonArgs& args, const LogCallback& log) {
  auto original = read_input(args.original);
  if (!original.ok()) return original.error();
  original->format = input_format_of(args.input_format, args.original);
  log_info(log, input_label(args.original) + ": " + std::to_string(original->text.size()) + " bytes");
  auto retranslated = read_input(args.retranslated);
  if (!retranslated.ok()) return retranslated.error();
  retranslated->format = input_format_of(args.input_format, args.retranslated);
  log_info(log, input_label(args.retranslated) + ": " + std::to_string(retranslated->text.size()) + " bytes");
  return Inputs{std::move(original).value(), std::move(retranslated).value()};
}

std::size_t text_width(const DiffArgs& args) {
  if (args.width != 0) return args.width;
  if (args.output.empty() && stdout_is_terminal()) {
    const std::size_t cols = terminal_columns();
    if (cols >= kMinTerminalWidth) return cols;
  }
  return kDefaultWidth;
}

std::string elapsed_ms(std::chrono::steady_clock::time_point since) {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - since);
  return std::to_string(ms.count()) + " ms";
}

}  // namespace

InputFormat input_format_of(const std::string& mode, const std::string& path) {
  if (mode == "auto") return input_format_for_path(path);
  return parse_input_format(mode).value_or(InputFormat::kText);
}

int run_diff(const DiffArgs& args) {
  Options options;
  options.aligner = args.aligner;
  options.scorer = args.scorer;
  options.wordnet_dir = args.wordnet;
  options.threads = args.threads;
  options.text.sentence_per_line = args.sentence_per_line;
  options.log = make_log_callback(args.verbosity);
  const LogCallback log = options.log;

  // The option values were checked by the parser; these cannot fail.
  const Severity min_severity = parse_severity(args.min_severity).value_or(Severity::kMinor);
  const std::optional<Severity> fail_on =
      args.fail_on == "never" ? std::nullopt : parse_severity(args.fail_on);

  auto inputs = read_inputs(args, log);
  if (!inputs.ok()) return fail(inputs.error());

  const auto start = std::chrono::steady_clock::now();
  auto detector = Detector::create(std::move(options));
  if (!detector.ok()) return fail(detector.error());
  auto report = detector->run(std::move(inputs->original), std::move(inputs->retranslated));
  if (!report.ok()) return fail(report.error());
  log_info(log, std::to_string(report->alignment.beads.size()) + " beads, " +
                    std::to_string(report->findings.size()) + " findings in " + elapsed_ms(start));

  WriterOptions writer_options;
  writer_options.min_severity = min_severity;
  writer_options.color = use_color(args.color, !args.output.empty());
  writer_options.width = text_width(args);
  auto writer = make_report_writer(args.format, writer_options);
  if (!writer.ok()) return fail(writer.error());
  // Rendered in memory first: a failed run never leaves a half-written file.
  std::ostringstream out;
  if (Status s = (*writer)->write(*report, out); !s.ok()) return fail(s.error());
  if (Status s = write_output(args.output, out.str()); !s.ok()) return fail(s.error());

  if (!fail_on) return kExitOk;
  for (const Finding& f : report->findings)
    if (f.severity >= *fail_on) return kExitFindings;
  return kExitOk;
}

int run_align(const AlignArgs& args) {
  const LogCallback log = make_log_callback(args.verbosity);
  auto inputs = read_inputs(args, log);
  if (!inputs.ok()) return fail(inputs.error());

  TextOptions text_options;
  text_options.sentence_per_line = args.sentence_per_line;
  auto parse = [&](Input& input, const std::string& arg) -> Result<Document> {
    auto doc = parse_document(std::move(input.text), input.format, text_options, input.path);
    if (!doc.ok()) {
      Error e = doc.error();
      e.message = input_label(arg) + ": " + e.message;
      return e;
    }
    return doc;
  };
  auto original = parse(inputs->original, args.original);
  if (!original.ok()) return fail(original.error());
  auto retranslated = parse(inputs->retranslated, args.retranslated);
  if (!retranslated.ok()) return fail(retranslated.error());

  auto aligner = make_aligner(args.aligner);
  if (!aligner.ok()) return fail(aligner.error());
  const auto start = std::chrono::steady_clock::now();
  auto alignment = (*aligner)->align(*original, *retranslated);
  if (!alignment.ok()) return fail(alignment.error());
  log_info(log, std::to_string(alignment->beads.size()) + " beads in " + elapsed_ms(start));

  // "beads" is the gold format bench-align reads: a prediction saved this
  // way can be compared or hand-corrected into gold.
  const std::string out = args.format == "json"    ? alignment_json(*alignment)
                          : args.format == "beads" ? format_beads(*alignment)
                                                   : alignment_text(*alignment, *original, *retranslated);
  if (Status s = write_output(args.output, out); !s.ok()) return fail(s.error());
  return kExitOk;
}

}  // namespace transdrift::cli
