// How quiet drift detection stays on paraphrases: the Detector over the
// pairs of a labelled paraphrase corpus (MRPC, Dolan & Brockett 2005; or
// PAWS-Wiki, Zhang, Baldridge & He 2019: "label<TAB>sentence1<TAB>sentence2",
// label 1 = paraphrase), the first sentence as the original and the second
// as the retranslation. Reported, for the paraphrases and the
// non-paraphrases apart: the share of pairs with a finding at or above major
// and with a critical finding, findings per pair by severity, the findings
// at or above major by check and explanation (the words before its first
// ':' or '"'), and the ROC-AUC of the severity-weighted penalty (MQM weights
// 1 / 5 / 10) for "not a paraphrase".
//
// MRPC's paraphrases are news sentences about the same event in other words,
// often with a clause, a date or a number more or less on one side (its
// annotators kept "mostly equivalent" pairs): a finding there is not always
// false, but every critical one deserves a look. See docs/detection.md.
//
//   paraphrase_eval [--data FILE] [--top N] [--examples CHECK]
//
// FILE defaults to ${PROJECT_SOURCE_DIR}/../shared/data/mrpc/train.tsv.
// --examples prints the pairs behind the major and critical findings of one
// check ("negation", "entity", ...).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "transdrift/transdrift.hpp"

using transdrift::Finding;
using transdrift::Severity;

namespace {

struct Pair {
  int label = 0;
  std::string a, b;
};

// ROC-AUC by the rank-sum statistic, ties counted half.
double roc_auc(const std::vector<double>& pos, const std::vector<double>& neg) {
  std::vector<double> sorted_neg = neg;
  std::sort(sorted_neg.begin(), sorted_neg.end());
  double wins = 0;
  for (double p : pos) {
    const auto lo = std::lower_bound(sorted_neg.begin(), sorted_neg.end(), p);
    const auto hi = std::upper_bound(sorted_neg.begin(), sorted_neg.end(), p);
    wins += static_cast<double>(lo - sorted_neg.begin()) + 0.5 * static_cast<double>(hi - lo);
  }
  return pos.empty() || neg.empty() ? 0.0 : wins / (static_cast<double>(pos.size()) * neg.size());
}

struct Tally {
  std::size_t pairs = 0, failed = 0, with_major = 0, with_critical = 0;
  std::size_t by_severity[3] = {0, 0, 0};
  std::map<std::string, std::size_t> by_kind;  // "severity check: explanation head"
  std::vector<double> penalty;
};

std::string explanation_head(const std::string& e) {
  const std::size_t cut = e.find_first_of(":\"");
  std::string head = e.substr(0, cut);
  while (!head.empty() && head.back() == ' ') head.pop_back();
  // '"bad" became "good": opposite meaning': what follows the last ": ".
  if (head.empty() && e.rfind(": ") != std::string::npos) head = e.substr(e.rfind(": ") + 2);
  return head;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = TRANSDRIFT_DEFAULT_DATA "/mrpc/train.tsv", examples;
  std::size_t top = 15;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--data" && i + 1 < argc) data = argv[++i];
    else if (arg == "--top" && i + 1 < argc) top = std::stoul(argv[++i]);
    else if (arg == "--examples" && i + 1 < argc) examples = argv[++i];
    else {
      std::cerr << "usage: paraphrase_eval [--data FILE] [--top N] [--examples CHECK]\n";
      return 2;
    }
  }
  std::ifstream in(data);
  if (!in) return std::cerr << "paraphrase_eval: cannot read " << data << " (the shared data sets are not here)\n", 2;
  std::vector<Pair> pairs;
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t t1 = line.find('\t'), t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos || (line[0] != '0' && line[0] != '1') || t1 != 1) continue;  // header or malformed
    pairs.push_back({line[0] - '0', line.substr(t1 + 1, t2 - t1 - 1), line.substr(t2 + 1)});
  }
  if (pairs.empty()) return std::cerr << "paraphrase_eval: no labelled pairs in " << data << "\n", 2;

  transdrift::Options options;
  options.threads = 1;
  auto detector = transdrift::Detector::create(options);
  if (!detector.ok()) return std::cerr << "paraphrase_eval: " << detector.error().message << "\n", 2;

  Tally tally[2];  // [0] not a paraphrase, [1] paraphrase
  const auto start = std::chrono::steady_clock::now();
  for (const Pair& p : pairs) {
    Tally& t = tally[p.label];
    ++t.pairs;
    auto report = detector->run(transdrift::Input{p.a, "sentence1"}, transdrift::Input{p.b, "sentence2"});
    if (!report.ok()) {
      ++t.failed;
      continue;
    }
    double penalty = 0;
    bool major = false, critical = false, shown = false;
    for (const Finding& f : report->findings) {
      const int s = static_cast<int>(f.severity);
      ++t.by_severity[s];
      penalty += f.severity == Severity::kCritical ? 10 : f.severity == Severity::kMajor ? 5 : 1;
      if (f.severity < Severity::kMajor) continue;
      major = true;
      critical = critical || f.severity == Severity::kCritical;
      const std::string check(transdrift::to_string(f.check));
      ++t.by_kind[std::string(transdrift::to_string(f.severity)) + " " + check + ": " + explanation_head(f.explanation)];
      if (!examples.empty() && check == examples && p.label == 1 && !shown) {
        std::printf("[%s] %s\n  original:      %s\n  retranslated:  %s\n", std::string(transdrift::to_string(f.severity)).c_str(),
                    f.explanation.c_str(), p.a.c_str(), p.b.c_str());
        shown = true;
      }
    }
    t.with_major += major;
    t.with_critical += critical;
    t.penalty.push_back(penalty);
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  std::printf("%s: %zu pairs (%zu paraphrases), %.1f s\n", data.c_str(), pairs.size(), tally[1].pairs, secs);
  for (int label : {1, 0}) {
    const Tally& t = tally[label];
    const double n = static_cast<double>(std::max<std::size_t>(1, t.pairs - t.failed));
    std::printf("%-16s pairs %5zu  with >= major %5zu (%.3f)  with critical %5zu (%.3f)  findings/pair minor %.2f major %.2f critical %.2f  failed %zu\n",
                label == 1 ? "paraphrase" : "not paraphrase", t.pairs, t.with_major, t.with_major / n, t.with_critical,
                t.with_critical / n, t.by_severity[0] / n, t.by_severity[1] / n, t.by_severity[2] / n, t.failed);
  }
  std::printf("ROC-AUC of the penalty for \"not a paraphrase\": %.3f\n",
              roc_auc(tally[0].penalty, tally[1].penalty));
  for (int label : {1, 0}) {
    std::vector<std::pair<std::size_t, std::string>> kinds;
    for (const auto& [k, n] : tally[label].by_kind) kinds.emplace_back(n, k);
    std::sort(kinds.begin(), kinds.end(), [](const auto& x, const auto& y) {
      return x.first != y.first ? x.first > y.first : x.second < y.second;
    });
    std::printf("findings >= major on %s pairs, most frequent:\n", label == 1 ? "paraphrase" : "non-paraphrase");
    for (std::size_t i = 0; i < kinds.size() && i < top; ++i)
      std::printf("  %5zu  %s\n", kinds[i].first, kinds[i].second.c_str());
  }
  return 0;
}
