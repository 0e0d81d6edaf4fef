// Fits the weights that combine the structure signals into one drift score
// (logistic regression, L2 1.0, over PAWS-Wiki dev; see docs/structure.md)
// and writes data/structure_weights.tsv. Prints the 10-fold cross-validated
// ROC-AUC of the same fit.
//
//   fit_structure [--data PAWS.tsv] [-o data/structure_weights.tsv]
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "structure_fit.hpp"
#include "transdrift/wordnet.hpp"

using namespace transdrift;
using namespace transdrift::structure_fit;

int main(int argc, char** argv) {
  std::string data = "../shared/data/paws/dev.tsv", out_path;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--data" && i + 1 < argc) data = argv[++i];
    else if (arg == "-o" && i + 1 < argc) out_path = argv[++i];
    else return std::cerr << "usage: fit_structure [--data PAWS.tsv] [-o FILE]\n", 2;
  }
  const auto pairs = sts::read_pairs(data);
  if (!pairs || pairs->empty()) return std::cerr << "fit_structure: cannot read " << data << '\n', 2;
  auto wn = WordNet::open();
  if (!wn.ok()) return std::cerr << wn.error().message << '\n', 2;
  ScorerOptions options;
  options.structure_weight = 0;  // the signals only need the word alignment
  auto scorer = make_scorer("wordnet", options, *wn);
  if (!scorer.ok()) return std::cerr << scorer.error().message << '\n', 2;
  const std::vector<Scored> scored = score_pairs(**scorer, *pairs);
  const double cv = cross_validated_auc(scored, 10);
  const Logistic m = fit_logistic(features_of(scored), drift_labels(scored));
  std::string text = "# transdrift structure drift: logistic regression (L2 1.0) of \"not a paraphrase\" on the\n"
                     "# structure signals of PAWS-Wiki dev (" + std::to_string(scored.size()) +
                     " pairs); made by tools/fit_structure.cpp, see docs/structure.md.\n";
  char line[160];
  std::snprintf(line, sizeof line, "# 10-fold cross-validated ROC-AUC: %.4f\n", cv);
  text += line;
  text += "# name<TAB>weight; drift = (s(bias + sum weight * x) - s(bias)) / (1 - s(bias)), s logistic\n";
  std::snprintf(line, sizeof line, "bias\t%.6f\n", m.bias);
  text += line;
  for (std::size_t k = 0; k < kDim; ++k) {
    std::snprintf(line, sizeof line, "%s\t%.6f\n", std::string(StructureSignals::names()[k]).c_str(), m.w[k]);
    text += line;
  }
  std::cout << text;
  if (!out_path.empty()) {
    std::ofstream out(out_path);
    if (!(out << text)) return std::cerr << "fit_structure: cannot write " << out_path << '\n', 1;
  }
  return 0;
}
