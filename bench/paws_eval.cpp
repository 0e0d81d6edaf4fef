// Structure drift on PAWS-Wiki (Zhang, Baldridge & He 2019, "PAWS: Paraphrase
// Adversaries from Word Scrambling"): ROC-AUC for "paraphrase" vs "not" of
// the pair score of a scorer (paraphrase = positive) and of the structure
// signals and structure drift (not a paraphrase = positive), and the
// k-fold cross-validated ROC-AUC of a logistic regression over the signals
// (the model tools/fit_structure stores in data/structure_weights.tsv).
// See docs/structure.md.
//
//   paws_eval [--data FILE] [--scorer wordnet|ensemble] [--folds K] [--structure-weight W]
//             [--dump OUT.tsv]
//
// --dump writes one line per pair: label, pair score, structure drift, the
// signals (StructureSignals::names() order) and the two sentences.
//
// FILE defaults to ${PROJECT_SOURCE_DIR}/../shared/data/paws/dev.tsv.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "structure_fit.hpp"
#include "transdrift/scorer.hpp"
#include "transdrift/wordnet.hpp"

using namespace transdrift;
using namespace transdrift::structure_fit;

int main(int argc, char** argv) {
  std::string data = TRANSDRIFT_DEFAULT_DATA "/paws/dev.tsv", scorer_name = "wordnet", dump;
  std::size_t folds = 10;
  ScorerOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--data" && i + 1 < argc) data = argv[++i];
    else if (arg == "--scorer" && i + 1 < argc) scorer_name = argv[++i];
    else if (arg == "--folds" && i + 1 < argc) folds = std::stoul(argv[++i]);
    else if (arg == "--structure-weight" && i + 1 < argc) options.structure_weight = std::stod(argv[++i]);
    else if (arg == "--dump" && i + 1 < argc) dump = argv[++i];
    else {
      std::cerr << "usage: paws_eval [--data FILE] [--scorer NAME] [--folds K] [--structure-weight W] [--dump OUT]\n";
      return 2;
    }
  }
  const auto pairs = sts::read_pairs(data);
  if (!pairs || pairs->empty()) {
    std::cerr << "paws_eval: cannot read " << data << " (label<TAB>sentence1<TAB>sentence2)\n";
    return 2;
  }
  auto wn = WordNet::open();
  if (!wn.ok()) return std::cerr << wn.error().message << '\n', 2;
  auto scorer = make_scorer(scorer_name, options, *wn);
  if (!scorer.ok()) return std::cerr << scorer.error().message << '\n', 2;

  const auto t0 = std::chrono::steady_clock::now();
  const std::vector<Scored> scored = score_pairs(**scorer, *pairs);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  if (!dump.empty()) {
    std::ofstream out(dump);
    for (std::size_t n = 0; n < scored.size(); ++n) {
      const Scored& s = scored[n];
      out << s.label << '\t' << s.pair_score << '\t' << s.signals.drift;
      for (double v : s.signals.values()) out << '\t' << v;
      out << '\t' << (*pairs)[n].a << '\t' << (*pairs)[n].b << '\n';
    }
  }

  std::vector<bool> paraphrase, drift;
  std::vector<double> pair_score, structure;
  std::size_t npara = 0;
  for (const Scored& s : scored) {
    paraphrase.push_back(s.label == 1);
    drift.push_back(s.label != 1);
    npara += s.label == 1;
    pair_score.push_back(s.pair_score);
    structure.push_back(s.signals.drift);
  }
  std::printf("PAWS pairs: %zu (%zu paraphrases), scorer %s, structure_weight %.2f, %.1f s (%.0f pairs/s)\n",
              scored.size(), npara, scorer_name.c_str(), options.structure_weight, secs,
              static_cast<double>(scored.size()) / secs);
  std::printf("ROC-AUC pair score (paraphrase positive):      %.4f\n", roc_auc(pair_score, paraphrase));
  std::printf("ROC-AUC structure drift (non-paraphrase positive, built-in weights): %.4f\n",
              roc_auc(structure, drift));
  const auto& names = StructureSignals::names();
  for (std::size_t k = 0; k < kDim; ++k) {
    std::vector<double> v;
    std::size_t nonzero = 0;
    for (const Scored& s : scored) v.push_back(s.signals.values()[k]), nonzero += s.signals.values()[k] != 0;
    std::printf("  signal %-12s ROC-AUC %.4f  (non-zero in %zu pairs)\n", std::string(names[k]).c_str(),
                roc_auc(v, drift), nonzero);
  }
  std::printf("%zu-fold cross-validated ROC-AUC, logistic regression over the signals: %.4f\n", folds,
              cross_validated_auc(scored, folds));
  return 0;
}
