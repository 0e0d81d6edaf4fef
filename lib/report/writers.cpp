// Writer registry and the checks and counts both writers share.
#include <cmath>
#include <charconv>
#include <string>

#include "report/report_common.hpp"

namespace transdrift {
namespace report_detail {
namespace {

std::string span_text(Span s) {
  return "[" + std::to_string(s.start) + ", " + std::to_string(s.end) + ")";
}

Error inconsistent(const std::string& what) {
  return Error{ErrorCode::kInvalidArgument, "report is inconsistent: " + what, {}};
}

bool span_fits(Span s, const Document& doc) { return s.start <= s.end && s.end <= doc.text.size(); }

Status check_document(const Document& doc, Side side) {
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    if (!span_fits(doc.sentences[i].span, doc))
      return inconsistent(std::string(to_string(side)) + " sentence " + std::to_string(i) + " span " +
                          span_text(doc.sentences[i].span) + " is outside the input (" +
                          std::to_string(doc.text.size()) + " bytes)");
  }
  return Status::Ok();
}

}  // namespace

Status check_report(const Report& report) {
  if (Status s = check_document(report.original, Side::kOriginal); !s) return s;
  if (Status s = check_document(report.retranslated, Side::kRetranslated); !s) return s;
  const auto& beads = report.alignment.beads;
  for (std::size_t b = 0; b < beads.size(); ++b) {
    for (std::size_t id : beads[b].original)
      if (id >= report.original.sentences.size())
        return inconsistent("bead " + std::to_string(b) + " names original sentence " + std::to_string(id));
    for (std::size_t id : beads[b].retranslated)
      if (id >= report.retranslated.sentences.size())
        return inconsistent("bead " + std::to_string(b) + " names retranslated sentence " +
                            std::to_string(id));
  }
  for (std::size_t i = 0; i < report.findings.size(); ++i) {
    const Finding& f = report.findings[i];
    if (!span_fits(f.original, report.original))
      return inconsistent("finding " + std::to_string(i) + " original span " + span_text(f.original) +
                          " is outside the input (" + std::to_string(report.original.text.size()) +
                          " bytes)");
    if (!span_fits(f.retranslated, report.retranslated))
      return inconsistent("finding " + std::to_string(i) + " retranslated span " +
                          span_text(f.retranslated) + " is outside the input (" +
                          std::to_string(report.retranslated.text.size()) + " bytes)");
    if (f.bead >= beads.size())
      return inconsistent("finding " + std::to_string(i) + " names bead " + std::to_string(f.bead) +
                          " of " + std::to_string(beads.size()));
  }
  return Status::Ok();
}

std::vector<const Finding*> visible_findings(const Report& report, Severity min) {
  std::vector<const Finding*> out;
  for (const Finding& f : report.findings)
    if (f.severity >= min) out.push_back(&f);
  return out;
}

Counts count(const std::vector<const Finding*>& findings) {
  Counts c;
  for (const Finding* f : findings) {
    ++c.total;
    const auto cat = static_cast<std::size_t>(f->category);
    const auto sev = static_cast<std::size_t>(f->severity);
    if (cat < c.by_category.size()) ++c.by_category[cat];
    if (sev < c.by_severity.size()) ++c.by_severity[sev];
  }
  return c;
}

std::vector<std::optional<MovedPartner>> moved_partners(const Report& report) {
  const auto& beads = report.alignment.beads;
  std::vector<std::optional<MovedPartner>> out(beads.size());
  auto lone = [&](std::size_t b) { return b < beads.size() && (beads[b].original.empty() || beads[b].retranslated.empty()); };
  for (const Finding& f : report.findings) {
    if (f.check != Check::kMoved) continue;
    std::size_t there = beads.size();  // the bead of the retranslated sentence
    for (std::size_t k = 0; k < beads.size() && there == beads.size(); ++k) {
      const auto& ids = beads[k].retranslated;
      if (!ids.empty() && f.retranslated.start >= report.retranslated.sentences[ids.front()].span.start &&
          f.retranslated.start < report.retranslated.sentences[ids.back()].span.end)
        there = k;
    }
    if (there == beads.size()) continue;
    if (lone(f.bead)) out[f.bead] = MovedPartner{there, true};
    if (lone(there)) out[there] = MovedPartner{f.bead, false};
  }
  return out;
}

double round_score(double value) {
  if (!std::isfinite(value)) return value;
  return std::round(value * 1e4) / 1e4;
}

std::string format_fixed(double value, int decimals) {
  // to_chars, not printf or ostream: the decimal point must not follow the
  // locale the host program may have set.
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, std::isfinite(value) ? value : 0.0,
                               std::chars_format::fixed, decimals);
  return r.ec == std::errc() ? std::string(buf, r.ptr) : std::string("0");
}

}  // namespace report_detail

Result<std::unique_ptr<ReportWriter>> make_report_writer(std::string_view name, const WriterOptions& options) {
  if (name == "text") return report_detail::make_text_writer(options);
  if (name == "json") return report_detail::make_json_writer(options);
  if (name == "jsonl") return report_detail::make_jsonl_writer(options);
  if (name == "tsv") return report_detail::make_tsv_writer(options);
  if (name == "html") return report_detail::make_html_writer(options);
  return Error{ErrorCode::kInvalidArgument,
               "unknown report format '" + std::string(name) + "' (known: text, json, jsonl, tsv, html)", {}};
}

std::vector<std::string> report_writer_names() { return {"text", "json", "jsonl", "tsv", "html"}; }

}  // namespace transdrift
