// bench-align inputs: finding doc*.{src,tgt,gold} triples and reading them.
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <string_view>
#include <system_error>
#include <tuple>

#include "bench_align.hpp"
#include "cli_io.hpp"

namespace transdrift::cli {
namespace {

namespace fs = std::filesystem;

Error input_error(const std::string& message) { return Error{ErrorCode::kInvalidArgument, message, {}}; }

// The condition a triple belongs to: its directory relative to DIR, or DIR's
// own name when DIR holds the triple itself (`bench-align data/de-google`).
std::string condition_of(const fs::path& dir, const fs::path& parent) {
  const fs::path rel = parent.lexically_relative(dir);
  if (!rel.empty() && rel != ".") return rel.generic_string();
  const fs::path name = fs::weakly_canonical(dir).filename();
  return name.empty() ? dir.generic_string() : name.generic_string();
}

// doc*.src, doc*.tgt and doc*.gold, keyed by (directory, stem).
using Triples = std::map<std::pair<fs::path, std::string>, std::map<std::string, fs::path>>;

Result<Triples> collect(const fs::path& dir) {
  Triples triples;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const fs::path& path = it->path();
    const std::string stem = path.stem().string();
    const std::string ext = path.extension().string();
    if (!stem.starts_with("doc") || (ext != ".src" && ext != ".tgt" && ext != ".gold")) continue;
    triples[{path.parent_path(), stem}][ext] = path;
  }
  if (ec) return Error{ErrorCode::kIoError, dir.string() + ": cannot read: " + ec.message(), {}};
  return triples;
}

// Parses the gold file; its errors name the file and line like a compiler's.
Result<Alignment> parse_gold(const std::string& text, const std::string& path) {
  auto gold = parse_beads(text);
  if (gold.ok()) return gold;
  std::string message = gold.error().message;
  // parse_beads says "line 12: ..."; GOLD:12: ... is what editors jump to.
  constexpr std::string_view kLine = "line ";
  if (message.starts_with(kLine)) return input_error(path + ":" + message.substr(kLine.size()));
  return input_error(path + ": " + message);
}

// 1-based line numbers of the lines parse_beads reads as beads (it skips
// blank lines), so a bead's errors can name its line.
std::vector<std::size_t> bead_lines(std::string_view text) {
  std::vector<std::size_t> lines;
  for (std::size_t line_no = 1; !text.empty(); ++line_no) {
    const std::size_t nl = text.find('\n');
    const std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) lines.push_back(line_no);
  }
  return lines;
}

// Gold ids must name sentences (lines) of the documents; otherwise the scores
// would quietly count beads no aligner can produce.
Status check_gold_range(const BenchCase& c, const BenchFiles& files, const std::string& gold_text) {
  const std::vector<std::size_t> lines = bead_lines(gold_text);
  auto check = [&](std::size_t bead, const std::vector<std::size_t>& ids, const Document& doc,
                   const std::string& doc_path) -> Status {
    for (std::size_t id : ids) {
      if (id < doc.sentences.size()) continue;
      const std::size_t line = bead < lines.size() ? lines[bead] : bead + 1;
      return input_error(input_label(files.gold) + ":" + std::to_string(line) + ": sentence " + std::to_string(id) +
                         " is out of range: " + input_label(doc_path) + " has " +
                         std::to_string(doc.sentences.size()) + " lines");
    }
    return Status::Ok();
  };
  for (std::size_t i = 0; i < c.gold.beads.size(); ++i) {
    const Bead& b = c.gold.beads[i];
    if (Status s = check(i, b.original, c.original, files.original); !s.ok()) return s;
    if (Status s = check(i, b.retranslated, c.retranslated, files.retranslated); !s.ok()) return s;
  }
  return Status::Ok();
}

// Benchmark documents are always one sentence per line: gold ids are lines.
Result<Document> load_document(const std::string& path) {
  auto input = read_input(path);
  if (!input.ok()) return input.error();
  TextOptions options;
  options.sentence_per_line = true;
  auto doc = parse_document(std::move(input->text), options, path);
  if (!doc.ok()) {
    Error e = doc.error();
    e.message = input_label(path) + ": " + e.message;
    return e;
  }
  return doc;
}

}  // namespace

Result<std::vector<BenchFiles>> find_bench_files(const std::string& dir) {
  std::error_code ec;
  const fs::file_status st = fs::status(dir, ec);
  if (ec || !fs::exists(st))
    return Error{ErrorCode::kIoError, dir + ": cannot open: " + std::strerror(ec ? ec.value() : ENOENT), {}};
  if (!fs::is_directory(st))
    return input_error(dir + ": not a directory (for one document give --gold, --original and --retranslated)");

  auto triples = collect(dir);
  if (!triples.ok()) return triples.error();
  std::vector<BenchFiles> out;
  for (const auto& [key, files] : *triples) {
    const auto& [parent, stem] = key;
    for (const char* ext : {".src", ".tgt", ".gold"}) {
      if (files.count(ext)) continue;
      const fs::path have = files.begin()->second;
      return input_error(have.generic_string() + ": no " + stem + ext + " beside it");
    }
    const std::string condition = condition_of(dir, parent);
    out.push_back({condition, condition + "/" + stem, files.at(".src").string(), files.at(".tgt").string(),
                   files.at(".gold").string()});
  }
  if (out.empty()) return input_error(dir + ": no doc*.src, doc*.tgt, doc*.gold files in it or below it");
  std::sort(out.begin(), out.end(),
            [](const BenchFiles& a, const BenchFiles& b) { return std::tie(a.condition, a.name) < std::tie(b.condition, b.name); });
  return out;
}

Result<BenchCase> load_bench_case(const BenchFiles& files) {
  BenchCase c;
  c.condition = files.condition;
  c.name = files.name;
  // The gold file first: it is the input most likely to be wrong.
  auto gold_text = read_input(files.gold);
  if (!gold_text.ok()) return gold_text.error();
  auto gold = parse_gold(gold_text->text, input_label(files.gold));
  if (!gold.ok()) return gold.error();
  c.gold = std::move(gold).value();

  auto original = load_document(files.original);
  if (!original.ok()) return original.error();
  c.original = std::move(original).value();
  auto retranslated = load_document(files.retranslated);
  if (!retranslated.ok()) return retranslated.error();
  c.retranslated = std::move(retranslated).value();

  if (Status s = check_gold_range(c, files, gold_text->text); !s.ok()) return s.error();
  return c;
}

}  // namespace transdrift::cli
