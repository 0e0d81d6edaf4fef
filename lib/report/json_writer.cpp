// The "json" writer: schema transdrift.report/1 (docs/report-schema.md).
#include <exception>
#include <ios>
#include <ostream>

#include <nlohmann/json.hpp>

#include "report/report_common.hpp"

namespace transdrift::report_detail {
namespace {

// ordered_json keeps keys in insertion order, so the output reads in the
// order the schema document describes it.
using Json = nlohmann::ordered_json;

// How many findings the summary lists as "top_findings".
constexpr std::size_t kTopFindings = 5;

Json document_json(const Document& doc) {
  Json sentences = Json::array();
  for (const Sentence& s : doc.sentences)
    sentences.push_back(Json{{"id", s.id}, {"start", s.span.start}, {"end", s.span.end}});
  return Json{{"path", doc.path}, {"bytes", doc.text.size()}, {"sentences", std::move(sentences)}};
}

Json span_json(const Document& doc, Span span) {
  return Json{{"start", span.start}, {"end", span.end}, {"text", std::string(slice(doc, span))}};
}

Json report_json(const Report& report, Severity min_severity) {
  Json alignment = Json::array();
  for (const Bead& b : report.alignment.beads)
    alignment.push_back(Json{{"original", b.original},
                             {"retranslated", b.retranslated},
                             {"score", round_score(b.score)},
                             {"drift", round_score(b.drift)}});

  const std::vector<const Finding*> shown = visible_findings(report, min_severity);
  Json findings = Json::array();
  for (const Finding* f : shown)
    findings.push_back(Json{{"category", to_string(f->category)},
                            {"check", to_string(f->check)},
                            {"severity", to_string(f->severity)},
                            {"score", round_score(f->score)},
                            {"bead", f->bead},
                            {"original", span_json(report.original, f->original)},
                            {"retranslated", span_json(report.retranslated, f->retranslated)},
                            {"explanation", f->explanation}});

  // Counts describe the findings written; mqm_score and similarity
  // describe the whole comparison (see the schema document).
  const Counts counts = count(shown);
  Json by_category = Json::object();
  for (Category c : kAllCategories)
    by_category[std::string(to_string(c))] = counts.by_category[static_cast<std::size_t>(c)];
  Json by_severity = Json::object();
  for (Severity s : kAllSeverities)
    by_severity[std::string(to_string(s))] = counts.by_severity[static_cast<std::size_t>(s)];

  // The most severe findings first, as the reviewer reads them: the first
  // kTopFindings of those written, each pointing at its entry in "findings".
  Json top = Json::array();
  for (std::size_t i = 0; i < shown.size() && i < kTopFindings; ++i)
    top.push_back(Json{{"finding", i},
                       {"severity", to_string(shown[i]->severity)},
                       {"category", to_string(shown[i]->category)},
                       {"check", to_string(shown[i]->check)},
                       {"score", round_score(shown[i]->score)},
                       {"explanation", shown[i]->explanation}});

  return Json{{"schema", "transdrift.report/1"},
              {"version", report.version},
              {"aligner", report.aligner},
              {"scorer", report.scorer},
              {"signature", report.signature},
              {"min_severity", to_string(min_severity)},
              {"original", document_json(report.original)},
              {"retranslated", document_json(report.retranslated)},
              {"alignment", std::move(alignment)},
              {"findings", std::move(findings)},
              {"summary",
               Json{{"findings", counts.total},
                    {"by_category", std::move(by_category)},
                    {"by_severity", std::move(by_severity)},
                    {"original_words", report.summary.original_words},
                    {"mqm_score", round_score(report.summary.mqm_score)},
                    {"similarity", round_score(report.summary.similarity)},
                    {"top_findings", std::move(top)}}}};
}

class JsonWriter final : public ReportWriter {
 public:
  explicit JsonWriter(const WriterOptions& options) : options_(options) {}
  std::string_view name() const override { return "json"; }

  Status write(const Report& report, std::ostream& out) const override {
    return write_rendered(report, out, [&](std::string& text) {
      // Spans come from validated UTF-8 and start and end on character
      // boundaries; should one not, U+FFFD keeps the output valid JSON.
      text = report_json(report, options_.min_severity).dump(2, ' ', false, Json::error_handler_t::replace);
      text += '\n';
    });
  }

 private:
  WriterOptions options_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_json_writer(const WriterOptions& options) {
  return std::make_unique<JsonWriter>(options);
}

}  // namespace transdrift::report_detail
