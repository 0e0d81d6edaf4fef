// Drift detection against expert MQM annotations (Freitag et al. 2021,
// "Experts, Errors, and Context"; WMT 2021 TED talks, Chinese -> English).
//
// Each record holds a human reference (treated as the original) and an MT
// output (treated as the retranslation) with expert-marked Accuracy error
// spans in the MT. Reported:
//   (a) segment-level ROC-AUC of pair scores for "has a Major Accuracy
//       error" vs "no Accuracy error": the calibrated drift (the largest
//       Bead::drift of the pair; the model was fitted on this file, so see
//       tools/fit_drift_model for its cross-validated AUC), the MQM score,
//       the raw penalty, 1 - similarity, next to length and chrF baselines;
//   (b) span recall (an annotated span counts as found when a finding's
//       retranslated span overlaps it; an omission annotated in the source
//       counts as found when the pair has an omission finding) and span
//       precision (findings with a retranslated span that overlap an
//       annotated Accuracy span, over all such findings).
//
// Usage: mqm_eval [ted-zhen-dev.jsonl] [--min-severity minor|major|critical] [--scorer wordnet|ensemble]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "transdrift/transdrift.hpp"

using transdrift::Finding;
using transdrift::Severity;

namespace {

// Byte offset of the code point `cp` in UTF-8 `s`.
std::size_t byte_offset(const std::string& s, std::size_t cp) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (seen++ == cp) return i;
  }
  return s.size();
}

// ROC-AUC by the rank-sum statistic, ties counted half.
double roc_auc(const std::vector<double>& pos, const std::vector<double>& neg) {
  double wins = 0;
  for (double p : pos)
    for (double n : neg) wins += p > n ? 1.0 : (p == n ? 0.5 : 0.0);
  return pos.empty() || neg.empty() ? 0.0 : wins / (static_cast<double>(pos.size()) * neg.size());
}

struct Signals {
  std::vector<double> drift, mqm, penalty, dissimilarity, majors, words, chrf;
  void add(const transdrift::Report& r, double chrf_score) {
    double p = 0, m = 0, d = 0;
    for (const Finding& f : r.findings) {
      p += f.severity == Severity::kCritical ? 10 : f.severity == Severity::kMajor ? 5 : 1;
      m += f.severity >= Severity::kMajor ? 1 : 0;
    }
    // The pair's drift: its most drifted bead (Bead::drift, the calibrated model).
    for (const transdrift::Bead& b : r.alignment.beads) d = std::max(d, b.drift);
    drift.push_back(d);
    mqm.push_back(r.summary.mqm_score);
    penalty.push_back(p);
    dissimilarity.push_back(1.0 - r.summary.similarity);
    majors.push_back(m);
    words.push_back(static_cast<double>(r.retranslated.word_count));
    chrf.push_back(1.0 - chrf_score);
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::string path = "../shared/data/mqm/ted-zhen-dev.jsonl";
  Severity min_severity = Severity::kMinor;
  transdrift::Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--min-severity" && i + 1 < argc) {
      auto s = transdrift::parse_severity(argv[++i]);
      if (!s) return std::cerr << "mqm_eval: bad severity\n", 2;
      min_severity = *s;
    } else if (arg == "--scorer" && i + 1 < argc) {
      options.scorer = argv[++i];
    } else if (arg == "--help" || arg == "-h") {
      std::cout << "usage: mqm_eval [FILE.jsonl] [--min-severity minor|major|critical] [--scorer NAME]\n"
                   "Runs the detector on every MQM record (reference = original, MT = retranslation)\n"
                   "and prints the ROC-AUC of pair scores for \"has a Major Accuracy error\" and the\n"
                   "recall and precision of findings on the annotated spans (docs/detection.md).\n"
                   "FILE defaults to ../shared/data/mqm/ted-zhen-dev.jsonl; --min-severity counts only\n"
                   "findings at or above it for the spans.\n";
      return 0;
    } else if (!arg.empty() && arg[0] == '-') {
      return std::cerr << "mqm_eval: unknown argument " << arg << " (see --help)\n", 2;
    } else {
      path = arg;
    }
  }
  std::ifstream in(path);
  if (!in) return std::cerr << "mqm_eval: cannot read " << path << " (the shared data sets are not here)\n", 2;

  auto detector = transdrift::Detector::create(options);
  if (!detector.ok()) return std::cerr << "mqm_eval: " << detector.error().message << "\n", 2;

  Signals pos, neg;
  std::size_t spans = 0, spans_found = 0, findings = 0, findings_on_error = 0, records = 0, failed = 0;
  std::map<std::string, std::pair<std::size_t, std::size_t>> by_check;
  std::size_t mt_words = 0, mt_words_on_error = 0, major_spans = 0, major_found = 0;  // check/severity: findings, on an error
  const auto start = std::chrono::steady_clock::now();
  std::string line;
  while (std::getline(in, line)) {
    const auto rec = nlohmann::json::parse(line);
    const std::string ref = rec["reference"], mt = rec["mt"];
    auto report = detector->run(transdrift::Input{ref, "reference"}, transdrift::Input{mt, "mt"});
    ++records;
    if (!report.ok()) {
      ++failed;
      continue;
    }
    std::vector<const Finding*> kept;
    for (const Finding& f : report->findings)
      if (f.severity >= min_severity) kept.push_back(&f);

    // Annotated spans in the MT, in bytes.
    std::vector<transdrift::Span> errors;
    std::vector<bool> major;  // parallel to errors
    bool omission_annotated = false;
    for (const auto& e : rec["errors"]) {
      if (e["start"].is_null()) {
        omission_annotated = true;
        continue;
      }
      errors.push_back({byte_offset(mt, e["start"]), byte_offset(mt, e["end"])});
      major.push_back(e["severity"] == "Major");
    }
    auto overlaps = [](transdrift::Span a, transdrift::Span b) { return a.start < b.end && b.start < a.end; };
    for (std::size_t k = 0; k < errors.size(); ++k) {
      ++spans;
      major_spans += major[k] ? 1 : 0;
      for (const Finding* f : kept)
        if (!f->retranslated.empty() && overlaps(f->retranslated, errors[k])) {
          ++spans_found;
          major_found += major[k] ? 1 : 0;
          break;
        }
    }
    if (omission_annotated) {
      ++spans;
      for (const Finding* f : kept)
        if (f->category == transdrift::Category::kOmission) {
          ++spans_found;
          break;
        }
    }
    // Chance level for precision: the share of MT words inside an annotated span.
    for (const transdrift::Token& t : report->retranslated.tokens) {
      if (t.kind != transdrift::TokenKind::kWord) continue;
      ++mt_words;
      for (const auto& e : errors)
        if (overlaps(t.span, e)) {
          ++mt_words_on_error;
          break;
        }
    }
    for (const Finding* f : kept) {
      if (f->retranslated.empty()) continue;
      ++findings;
      const std::string key = std::string(transdrift::to_string(f->check)) + "/" +
                              std::string(transdrift::to_string(f->severity));
      ++by_check[key].first;
      for (const auto& e : errors)
        if (overlaps(f->retranslated, e)) {
          ++findings_on_error;
          ++by_check[key].second;
          break;
        }
    }
    const double c = transdrift::chrf(ref, mt);
    if (rec["has_major_accuracy"].get<bool>()) pos.add(*report, c);
    else if (rec["errors"].empty()) neg.add(*report, c);
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  std::printf("records %zu (failed %zu), positives %zu (major accuracy error), negatives %zu (no accuracy error)\n",
              records, failed, pos.drift.size(), neg.drift.size());
  std::printf("ROC-AUC  drift (max bead) %.3f  mqm_score %.3f  penalty %.3f  1-similarity %.3f  major+ findings %.3f\n",
              roc_auc(pos.drift, neg.drift), roc_auc(pos.mqm, neg.mqm), roc_auc(pos.penalty, neg.penalty),
              roc_auc(pos.dissimilarity, neg.dissimilarity), roc_auc(pos.majors, neg.majors));
  std::printf("baselines  length (MT words) %.3f  1-chrF %.3f\n", roc_auc(pos.words, neg.words),
              roc_auc(pos.chrf, neg.chrf));
  std::printf("spans (findings >= %s): recall %.3f (%zu/%zu)  precision %.3f (%zu/%zu)\n",
              std::string(transdrift::to_string(min_severity)).c_str(),
              spans ? static_cast<double>(spans_found) / spans : 0.0, spans_found, spans,
              findings ? static_cast<double>(findings_on_error) / findings : 0.0, findings_on_error, findings);
  std::printf("recall of the Major spans marked in the MT %.3f (%zu/%zu)\n",
              major_spans ? static_cast<double>(major_found) / major_spans : 0.0, major_found, major_spans);
  std::printf("chance precision (MT words inside an annotated span) %.3f (%zu/%zu)\n",
              mt_words ? static_cast<double>(mt_words_on_error) / mt_words : 0.0, mt_words_on_error, mt_words);
  std::printf("findings with a retranslated span, by check/severity: on an error / all\n");
  for (const auto& [key, n] : by_check)
    std::printf("  %-24s %5zu / %5zu  %.3f\n", key.c_str(), n.second, n.first,
                n.first ? static_cast<double>(n.second) / n.first : 0.0);
  std::printf("time %.2f s (%.0f pairs/s)\n", seconds, records / seconds);
  return 0;
}
