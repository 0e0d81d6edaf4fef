// `transdrift batch LIST`: many pairs on all cores, one JSON line per pair
// in input order, a failing pair as an error record.
//
// One Detector (aligner, scorer, WordNet) is built once and shared read-only
// by the workers: Detector::run is const and its parts are immutable or guard
// their caches with a mutex. Workers take the next pair from an atomic
// counter; the main thread writes results in input order as they complete
// (a reorder buffer), and workers never run more than a window ahead of the
// writer, so memory stays bounded however long the list is.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "cli_io.hpp"
#include "logging.hpp"
#include "transdrift/detector.hpp"
#include "transdrift/report.hpp"

namespace transdrift::cli {
namespace {

using Json = nlohmann::ordered_json;

struct Pair {
  std::size_t line = 0;  // 1-based line in LIST
  std::string original;
  std::string retranslated;
  std::string id;  // default: the line number
};

bool is_blank_or_comment(std::string_view line) {
  const std::size_t at = line.find_first_not_of(" \t\r");
  return at == std::string_view::npos || line[at] == '#';
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Parses LIST: TSV lines "original<TAB>retranslated[<TAB>id]" (a header row
// starting with "original" is skipped), or JSONL objects
// {"original": ..., "retranslated": ..., "id": ...}. JSONL when the name ends
// in .jsonl/.ndjson/.json or the first entry starts with '{'. Blank lines and
// lines starting with # are skipped.
Result<std::vector<Pair>> parse_list(const std::string& label, const std::string& text) {
  std::vector<Pair> pairs;
  std::istringstream in(text);
  std::string line;
  std::size_t number = 0;
  std::optional<bool> jsonl;
  if (ends_with(label, ".jsonl") || ends_with(label, ".ndjson") || ends_with(label, ".json")) jsonl = true;
  auto bad = [&](const std::string& why) {
    return Error{ErrorCode::kInvalidArgument, label + ":" + std::to_string(number) + ": " + why, {}};
  };
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (is_blank_or_comment(line)) continue;
    if (!jsonl) jsonl = line.find_first_not_of(" \t") != std::string::npos && line[line.find_first_not_of(" \t")] == '{';
    Pair p;
    p.line = number;
    if (*jsonl) {
      Json j = Json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object()) return bad("expected a JSON object like {\"original\": \"a.txt\", \"retranslated\": \"b.txt\"}");
      if (!j.contains("original") || !j["original"].is_string() || !j.contains("retranslated") ||
          !j["retranslated"].is_string())
        return bad("\"original\" and \"retranslated\" must be strings (file paths)");
      p.original = j["original"].get<std::string>();
      p.retranslated = j["retranslated"].get<std::string>();
      if (j.contains("id")) p.id = j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump();
    } else {
      std::vector<std::string> fields;
      std::size_t from = 0;
      for (;;) {
        const std::size_t tab = line.find('\t', from);
        fields.push_back(line.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
        if (tab == std::string::npos) break;
        from = tab + 1;
      }
      if (pairs.empty() && fields.size() >= 2 && fields[0] == "original" && fields[1] == "retranslated") continue;
      if (fields.size() < 2 || fields.size() > 3 || fields[0].empty() || fields[1].empty())
        return bad("expected ORIGINAL<TAB>RETRANSLATED[<TAB>ID]");
      p.original = fields[0];
      p.retranslated = fields[1];
      if (fields.size() == 3) p.id = fields[2];
    }
    if (p.id.empty()) p.id = std::to_string(number);
    pairs.push_back(std::move(p));
  }
  return pairs;
}

Result<std::string> read_list(const std::string& path) {
  if (path == "-") {
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return text;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIoError, path + ": cannot open the list", {}};
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string error_record(const Pair& p, const Error& e) {
  Json j{{"schema", "transdrift.batch-error/1"},
         {"id", p.id},
         {"line", p.line},
         {"original", p.original},
         {"retranslated", p.retranslated},
         {"error", Json{{"code", to_string(e.code)}, {"message", e.message}}}};
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// One pair, start to finish: a JSON line, never an exception.
std::string process(const Detector& detector, const ReportWriter& writer, const BatchArgs& args, const Pair& p,
                    bool& failed) {
  failed = true;
  try {
    auto original = read_input(p.original);
    if (!original.ok()) return error_record(p, original.error());
    original->format = input_format_of(args.input_format, p.original);
    auto retranslated = read_input(p.retranslated);
    if (!retranslated.ok()) return error_record(p, retranslated.error());
    retranslated->format = input_format_of(args.input_format, p.retranslated);
    auto report = detector.run(std::move(original).value(), std::move(retranslated).value());
    if (!report.ok()) return error_record(p, report.error());
    std::ostringstream out;
    if (Status s = writer.write(*report, out); !s.ok()) return error_record(p, s.error());
    Json parsed = Json::parse(out.str(), nullptr, false);
    if (parsed.is_discarded()) return error_record(p, Error{ErrorCode::kInternal, "report is not JSON", {}});
    Json line{{"id", p.id}, {"line", p.line}};
    for (auto& [key, value] : parsed.items()) line[key] = std::move(value);
    failed = false;
    return line.dump(-1, ' ', false, Json::error_handler_t::replace);
  } catch (const std::exception& e) {
    return error_record(p, Error{ErrorCode::kInternal, e.what(), {}});
  }
}

class Progress {
 public:
  Progress(std::size_t total, bool on) : total_(total), on_(on), start_(std::chrono::steady_clock::now()) {}
  void update(std::size_t done, std::size_t failed) {
    if (!on_) return;
    constexpr std::size_t kBar = 30;
    const std::size_t filled = total_ ? done * kBar / total_ : kBar;
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::string bar(filled, '#');
    bar.resize(kBar, '.');
    std::fprintf(stderr, "\r[%s] %zu/%zu pairs, %zu failed, %.1f s", bar.c_str(), done, total_, failed, secs);
    std::fflush(stderr);
  }
  void finish() {
    if (on_) std::fputc('\n', stderr);
  }

 private:
  std::size_t total_;
  bool on_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace

int run_batch(const BatchArgs& args) {
  auto text = read_list(args.list);
  if (!text.ok()) {
    print_error(text.error().message);
    return kExitError;
  }
  auto pairs = parse_list(args.list == "-" ? "<stdin>" : args.list, *text);
  if (!pairs.ok()) {
    print_error(pairs.error().message);
    return kExitError;
  }

  Options options;
  options.aligner = args.aligner;
  options.scorer = args.scorer;
  options.wordnet_dir = args.wordnet;
  options.threads = 1;  // the pairs of the list already run in parallel (--jobs)
  options.text.sentence_per_line = args.sentence_per_line;
  options.log = make_log_callback(args.verbosity > 1 ? args.verbosity : 0);  // per-pair info would interleave
  auto detector = Detector::create(std::move(options));
  if (!detector.ok()) {
    print_error(detector.error().message);
    return kExitError;
  }
  WriterOptions writer_options;
  writer_options.min_severity = parse_severity(args.min_severity).value_or(Severity::kMinor);
  auto writer = make_report_writer("json", writer_options);
  if (!writer.ok()) {
    print_error(writer.error().message);
    return kExitError;
  }

  std::FILE* out = stdout;
  if (!args.output.empty()) {
    out = std::fopen(args.output.c_str(), "wb");
    if (out == nullptr) {
      print_error(args.output + ": cannot write");
      return kExitError;
    }
  }

  const std::size_t n = pairs->size();
  unsigned jobs = args.jobs ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(n, 1)));
  const std::size_t window = std::size_t{jobs} * 4;
  const bool progress_on =
      args.progress == "always" || (args.progress == "auto" && ::isatty(STDERR_FILENO) == 1);
  Progress progress(n, progress_on);

  std::mutex mutex;
  std::condition_variable ready, room;
  std::vector<std::optional<std::string>> results(n);
  std::vector<char> failed_flags(n, 0);
  std::atomic<std::size_t> next{0};
  std::size_t written = 0;  // guarded by mutex

  auto worker = [&] {
    for (;;) {
      const std::size_t i = next.fetch_add(1);
      if (i >= n) return;
      {
        std::unique_lock lock(mutex);
        room.wait(lock, [&] { return i < written + window; });
      }
      bool failed = false;
      std::string line = process(*detector, **writer, args, (*pairs)[i], failed);
      {
        std::lock_guard lock(mutex);
        results[i] = std::move(line);
        failed_flags[i] = failed ? 1 : 0;
      }
      ready.notify_one();
    }
  };
  std::vector<std::jthread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);

  std::size_t failures = 0;
  bool write_error = false;
  progress.update(0, 0);
  while (written < n) {
    std::string line;
    {
      std::unique_lock lock(mutex);
      ready.wait(lock, [&] { return results[written].has_value(); });
      line = std::move(*results[written]);
      results[written].reset();
      failures += failed_flags[written];
      ++written;
    }
    room.notify_all();
    line += '\n';
    if (std::fwrite(line.data(), 1, line.size(), out) != line.size()) write_error = true;
    std::fflush(out);  // streamed: a consumer sees each pair as soon as it is in order
    progress.update(written, failures);
  }
  threads.clear();
  progress.finish();
  if (out != stdout && std::fclose(out) != 0) write_error = true;
  if (write_error) {
    print_error((args.output.empty() ? std::string("<stdout>") : args.output) + ": cannot write");
    return kExitError;
  }
  return failures ? kExitFindings : kExitOk;
}

}  // namespace transdrift::cli
