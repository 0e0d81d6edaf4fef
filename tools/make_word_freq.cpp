// Builds data/word_freq.tsv, the word-frequency table behind the similarity
// scorer's word weights, from WordNet 3.0's cntlist.rev (Debian package
// wordnet-base, /usr/share/wordnet/cntlist.rev).
//
// cntlist.rev holds, for every WordNet sense that occurs in the semantically
// tagged SemCor corpus (a 360,000-word part of the Brown Corpus) and in the
// tagged glosses, how often it was tagged: "sense_key sense_number tag_cnt".
// This tool sums tag_cnt over the senses of each lemma (all parts of speech)
// and writes "lemma<TAB>count" lines, sorted by lemma in byte order, for every
// lemma with a positive count. Collocations keep WordNet's underscores.
// Deterministic: the same input gives the same bytes.
//
// Usage: make_word_freq [CNTLIST [OUTPUT]]   (default: standard output)
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>

int main(int argc, char** argv) {
  if (argc > 1 && (std::string_view(argv[1]) == "--help" || std::string_view(argv[1]) == "-h")) {
    std::cout << "usage: make_word_freq [CNTLIST [OUTPUT]]\n"
                 "Sums WordNet's sense-tag counts (cntlist.rev, default /usr/share/wordnet/cntlist.rev)\n"
                 "per lemma and writes the word-frequency table (data/word_freq.tsv); without OUTPUT,\n"
                 "to standard output.\n";
    return 0;
  }
  if (argc > 3) {
    std::cerr << "make_word_freq: too many arguments (usage: make_word_freq [CNTLIST [OUTPUT]])\n";
    return 2;
  }
  const std::string path = argc > 1 ? argv[1] : "/usr/share/wordnet/cntlist.rev";
  std::ifstream in(path);
  if (!in) {
    std::cerr << "make_word_freq: cannot read " << path << '\n';
    return 2;
  }
  std::map<std::string, long> counts;
  std::string line;
  long total = 0;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string key;
    long sense = 0, count = 0;
    if (!(fields >> key >> sense >> count) || count <= 0) continue;
    const auto percent = key.find('%');
    if (percent == std::string::npos || percent == 0) continue;
    std::string lemma = key.substr(0, percent);
    for (char& c : lemma)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    counts[lemma] += count;
    total += count;
  }
  std::ostringstream text;
  text << "# Sense-tag counts per lemma, summed from WordNet 3.0 cntlist.rev (SemCor + tagged glosses).\n"
               "# Made by tools/make_word_freq.cpp; WordNet 3.0 licence (Princeton University). Total: "
            << total << '\n';
  for (const auto& [lemma, c] : counts) text << lemma << '\t' << c << '\n';
  if (argc > 2) {
    std::ofstream out(argv[2], std::ios::binary);
    out << text.str();
    if (!out) {
      std::cerr << "make_word_freq: cannot write " << argv[2] << '\n';
      return 2;
    }
  } else {
    std::cout << text.str();
  }
  return 0;
}
