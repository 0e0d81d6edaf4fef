// Internal to the report stage: what the text and JSON writers share.
#pragma once

#include <array>
#include <cstddef>
#include <exception>
#include <ios>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "transdrift/report.hpp"

namespace transdrift::report_detail {

// Checks every offset and index a writer dereferences (sentence and finding
// spans inside their input, bead sentence ids, finding bead indices), so the
// writers can slice without bounds checks. A failure is an inconsistent
// Report (a bug upstream or a hand-built one): kInvalidArgument, one line.
Status check_report(const Report& report);

// What every writer does around its own rendering: checks the report,
// renders it into a string with `render(std::string&)`, writes it, and turns
// exceptions (allocation, stream failures, JSON encoding) into error values:
// the library API never throws.
template <class Render>
Status write_rendered(const Report& report, std::ostream& out, Render render) {
  if (Status s = check_report(report); !s) return s;
  try {
    std::string text;
    render(text);
    out << text;
    out.flush();
  } catch (const std::ios_base::failure& e) {
    return Error{ErrorCode::kIoError, std::string("cannot write the report: ") + e.what(), {}};
  } catch (const std::exception& e) {
    return Error{ErrorCode::kInternal, std::string("cannot render the report: ") + e.what(), {}};
  }
  if (!out) return Error{ErrorCode::kIoError, "cannot write the report", {}};
  return Status::Ok();
}

// The findings a writer shows: those at or above `min`, in report order.
std::vector<const Finding*> visible_findings(const Report& report, Severity min);

// Counts of the findings a writer shows. Indexed by the enum's value.
struct Counts {
  std::size_t total = 0;
  std::array<std::size_t, 4> by_category{};  // omission, addition, mistranslation, moved
  std::array<std::size_t, 3> by_severity{};  // minor, major, critical
};
Counts count(const std::vector<const Finding*>& findings);

// Per bead: for a 1-0 or 0-1 bead whose sentence moved (the bead of a
// "moved" finding, or the one holding its retranslated sentence), the bead of
// its counterpart and whether this bead is where the sentence came from;
// nullopt for the others. One pass over the findings.
struct MovedPartner {
  std::size_t bead = 0;
  bool from_here = false;  // this bead holds the original sentence
};
std::vector<std::optional<MovedPartner>> moved_partners(const Report& report);

inline constexpr std::array<Category, 4> kAllCategories{Category::kOmission, Category::kAddition,
                                                         Category::kMistranslation, Category::kMoved};
inline constexpr std::array<Severity, 3> kAllSeverities{Severity::kMinor, Severity::kMajor,
                                                         Severity::kCritical};

// Scores are written with 4 decimals: enough for any threshold, and output
// stays stable across compilers and platforms (no 0.8300000000000001).
double round_score(double value);
// "0.83" style fixed-point text, independent of the global C++ locale.
std::string format_fixed(double value, int decimals);

// The bytes of `span` in `doc`. Precondition: check_report() passed.
inline std::string_view slice(const Document& doc, Span span) {
  return std::string_view(doc.text).substr(span.start, span.end - span.start);
}

std::unique_ptr<ReportWriter> make_text_writer(const WriterOptions& options);
std::unique_ptr<ReportWriter> make_json_writer(const WriterOptions& options);
std::unique_ptr<ReportWriter> make_jsonl_writer(const WriterOptions& options);
std::unique_ptr<ReportWriter> make_tsv_writer(const WriterOptions& options);
std::unique_ptr<ReportWriter> make_html_writer(const WriterOptions& options);

// "original.txt" for a path, "-" for standard input, "(unnamed)" for none.
inline std::string display_path(const Document& doc) { return doc.path.empty() ? "(unnamed)" : doc.path; }

}  // namespace transdrift::report_detail
