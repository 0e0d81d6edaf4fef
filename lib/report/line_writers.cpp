// The line-per-finding writers: "jsonl" (one JSON object per line) and "tsv"
// (a header row, then one tab-separated row per finding). Both name the two
// files on every line, so the lines of many reports can be concatenated.
#include <exception>
#include <ios>
#include <ostream>

#include <nlohmann/json.hpp>

#include "report/report_common.hpp"

namespace transdrift::report_detail {
namespace {

using Json = nlohmann::ordered_json;

Json finding_json(const Report& report, const Finding& f) {
  auto side = [](const Document& doc, Span s) {
    return Json{{"start", s.start}, {"end", s.end}, {"text", std::string(slice(doc, s))}};
  };
  return Json{{"schema", "transdrift.finding/1"},
              {"original_path", report.original.path},
              {"retranslated_path", report.retranslated.path},
              {"signature", report.signature},
              {"category", to_string(f.category)},
              {"check", to_string(f.check)},
              {"severity", to_string(f.severity)},
              {"score", round_score(f.score)},
              {"bead", f.bead},
              {"original", side(report.original, f.original)},
              {"retranslated", side(report.retranslated, f.retranslated)},
              {"explanation", f.explanation}};
}

// TSV fields cannot hold tabs or line breaks: escaped as \t \n \r, and the
// backslash as \\ ("linear TSV"), so every row is one line with a fixed
// number of fields.
std::string tsv_field(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\\': out += "\\\\"; break;
      default: out += c;
    }
  }
  return out;
}

class JsonlWriter final : public ReportWriter {
 public:
  explicit JsonlWriter(const WriterOptions& options) : options_(options) {}
  std::string_view name() const override { return "jsonl"; }
  Status write(const Report& report, std::ostream& out) const override {
    return write_rendered(report, out, [&](std::string& text) {
      for (const Finding* f : visible_findings(report, options_.min_severity)) {
        text += finding_json(report, *f).dump(-1, ' ', false, Json::error_handler_t::replace);
        text += '\n';
      }
    });
  }

 private:
  WriterOptions options_;
};

class TsvWriter final : public ReportWriter {
 public:
  explicit TsvWriter(const WriterOptions& options) : options_(options) {}
  std::string_view name() const override { return "tsv"; }
  Status write(const Report& report, std::ostream& out) const override {
    return write_rendered(report, out, [&](std::string& text) {
      text +=
          "original_path\tretranslated_path\tbead\tseverity\tcategory\tcheck\tscore\toriginal_start\t"
          "original_end\toriginal_text\tretranslated_start\tretranslated_end\tretranslated_text\texplanation\n";
      for (const Finding* f : visible_findings(report, options_.min_severity)) {
        const std::string fields[] = {
            tsv_field(report.original.path), tsv_field(report.retranslated.path), std::to_string(f->bead),
            std::string(to_string(f->severity)), std::string(to_string(f->category)),
            std::string(to_string(f->check)), format_fixed(round_score(f->score), 4),
            std::to_string(f->original.start), std::to_string(f->original.end),
            tsv_field(slice(report.original, f->original)), std::to_string(f->retranslated.start),
            std::to_string(f->retranslated.end), tsv_field(slice(report.retranslated, f->retranslated)),
            tsv_field(f->explanation)};
        bool first = true;
        for (const std::string& field : fields) {
          if (!first) text += '\t';
          first = false;
          text += field;
        }
        text += '\n';
      }
    });
  }

 private:
  WriterOptions options_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_jsonl_writer(const WriterOptions& options) {
  return std::make_unique<JsonlWriter>(options);
}
std::unique_ptr<ReportWriter> make_tsv_writer(const WriterOptions& options) {
  return std::make_unique<TsvWriter>(options);
}

}  // namespace transdrift::report_detail
