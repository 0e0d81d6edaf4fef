// WordNet 3.0 lexicon: lemmatization (morphy) and word relations.
//
// Reads the WordNet database files (index.*, data.*, *.exc) as shipped by
// Debian's wordnet-base package. Index files are memory-mapped and searched in
// place (they are sorted), data records are read by their byte offset, so
// opening is cheap and memory stays small.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "transdrift/result.hpp"

namespace transdrift {

enum class Pos { kNoun, kVerb, kAdj, kAdv };

// How two words are related, strongest first in the order of matching
// preference. kNone: no relation found.
enum class WordRelation {
  kNone,
  kLemma,     // same lemma after morphology ("policies" / "policy", "went" / "go")
  kSynonym,   // share a synset ("obligation" / "duty")
  kSimilar,   // adjective similar-to / also-see, derivation or pertainym ("lengthy" / "long")
  kHypernym,  // one is a direct hypernym/hyponym of the other ("dog" / "animal" is not direct)
  kAntonym,   // WordNet antonym ("increase" / "decrease")
};
std::string_view to_string(WordRelation r);  // "none" | "lemma" | "synonym" | ...

class WordNet {
 public:
  // Opens the database in `dir`; an empty dir means $WNSEARCHDIR, then the
  // Debian location of wordnet-base. Error kDataMissing if the files are absent.
  static Result<std::shared_ptr<const WordNet>> open(const std::string& dir = {});

  virtual ~WordNet() = default;

  // Base forms of `word` (lower case) for `pos`, as WordNet's morphy finds them:
  // exception lists first, then the detachment rules, keeping forms in the index.
  virtual std::vector<std::string> lemmas(std::string_view word, Pos pos) const = 0;
  // Base forms over all parts of speech, without duplicates.
  virtual std::vector<std::string> lemmas(std::string_view word) const = 0;
  // True if `lemma` (lower case, spaces or underscores for collocations) is in an index.
  virtual bool contains(std::string_view lemma) const = 0;
  // Strongest relation between any sense of any lemma of `a` and of `b`
  // (lower-case surface forms). Identical words are kLemma.
  virtual WordRelation relation(std::string_view a, std::string_view b) const = 0;
  // Graded semantic relatedness of `a` and `b` (lower-case surface forms, each
  // lemmatized over all parts of speech), in [0, 1]. Symmetric. 1: identical
  // words, a shared lemma or a shared synset ("obligation" / "duty"); 0: a
  // word unknown to WordNet or no evidence at all. In between it grades how
  // unlikely the pair's closeness would be by chance (see wordnet.cpp):
  // rewordings such as "firms" / "companies" score about 0.6 or more, unrelated
  // words such as "internet" / "things" about 0.3 or less. Antonyms may score
  // high ("increase" / "decrease"); relation() reports antonymy.
  virtual double relatedness(std::string_view a, std::string_view b) const = 0;
  // Database version, e.g. "3.0".
  virtual std::string version() const = 0;
};

}  // namespace transdrift
