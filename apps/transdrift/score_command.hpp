// The `score` command: similarity scores for sentence pairs read as TSV.
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace transdrift::cli {

struct ScoreArgs {
  std::string input = "-";          // TSV file, or - for standard input
  std::string output;               // empty: standard output
  std::string scorer = "ensemble";  // make_scorer name
  std::string vectors;              // optional GloVe / fastText .vec file
  std::string wordnet;              // WordNet directory; empty: default
};

// Registers the subcommand on `app` and returns it.
CLI::App* add_score_command(CLI::App& app, ScoreArgs& args);

// Exit codes: 0 scored, 2 usage or input error (one line on stderr).
int run_score(const ScoreArgs& args);

}  // namespace transdrift::cli
