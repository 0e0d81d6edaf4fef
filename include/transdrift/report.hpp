// The report stage: the Report value and writers that render it.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "transdrift/result.hpp"
#include "transdrift/scorer.hpp"
#include "transdrift/text.hpp"
#include "transdrift/types.hpp"

namespace transdrift {

struct Summary {
  std::map<Category, std::size_t> by_category;  // every category present, zero counts included
  std::map<Severity, std::size_t> by_severity;  // every severity present, zero counts included
  std::size_t original_words = 0;               // word and number tokens of the original
  // The MQM score: severity-weighted penalty per 1,000 words of the original
  // (minor 1, major 5, critical 10); 0 = no drift found.
  double mqm_score = 0.0;
  // Document similarity in [0, 1]: bead scores weighted by sentence length,
  // unpaired sentences counting 0.
  double similarity = 0.0;
};

// Everything one comparison produced. Self-contained: it owns both documents.
struct Report {
  std::string version;        // library version that produced it
  std::string aligner;        // aligner name
  std::string scorer;         // scorer name
  // Everything that decides the output besides the two inputs, like
  // sacreBLEU's signature: same inputs + same signature = same report.
  // "transdrift:0.1.0|aligner:lexical|scorer:wordnet|wordnet:3.0|thresholds:..."
  std::string signature;
  Document original;
  Document retranslated;
  Alignment alignment;
  std::vector<WordAlignment> words;  // per bead, parallel to alignment.beads (empty for 1-0 / 0-1)
  std::vector<Finding> findings;     // sorted: severity descending, then score descending
  Summary summary;
};

struct WriterOptions {
  Severity min_severity = Severity::kMinor;  // findings below are left out of the output
  bool color = false;                        // ANSI colors (text writer)
  std::size_t width = 100;                   // line width in columns (text writer)
};

class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  virtual std::string_view name() const = 0;
  virtual Status write(const Report& report, std::ostream& out) const = 0;
};

// Names: "text" (for people), "json" (schema transdrift.report/1, docs/report-schema.md),
// "jsonl" and "tsv" (one finding per line, with both file names), "html" (a
// self-contained side-by-side page). See docs/report-schema.md.
Result<std::unique_ptr<ReportWriter>> make_report_writer(std::string_view name,
                                                         const WriterOptions& options = {});
std::vector<std::string> report_writer_names();

}  // namespace transdrift
