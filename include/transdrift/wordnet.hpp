// WordNet 3.0 lexicon: lemmatization (morphy) and word relations.
//
// Reads the WordNet database files (index.*, data.*, *.exc) as shipped by
// Debian's wordnet-base package. By default they are parsed once into a
// compact binary cache file (see WordNet::Options and docs/performance.md),
// which later opens memory-map and use in place; without the cache the text
// files are memory-mapped and parsed on demand. Both give the same answers.
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
  // How to open the database. The defaults suit every caller; the cache only
  // changes how fast answers come, never what they are.
  struct Options {
    // Database directory. Empty: $WNSEARCHDIR, then /usr/share/wordnet (the
    // Debian location of wordnet-base).
    std::string dir;
    // Use the binary cache (default true). When false, or when the
    // environment variable TRANSDRIFT_WORDNET_CACHE is "off" or "0", the
    // text files are memory-mapped and parsed on demand instead.
    bool use_cache = true;
    // Directory of the cache file. Empty (default): $TRANSDRIFT_CACHE_DIR if
    // set, else $XDG_CACHE_HOME/transdrift, else $HOME/.cache/transdrift.
    // The file, wordnet-<WordNet version>-f<format>-<hash of dir>.bin, is
    // built on first use and rebuilt when the database files change (size or
    // modification time) or it is damaged; it is written to a temporary file
    // and renamed, so concurrent processes are safe. If it cannot be written,
    // the text files are read as with use_cache = false: open never fails
    // because of the cache.
    std::string cache_dir;
  };

  // Opens the database in `dir` with default options otherwise; see
  // Options::dir. Error kDataMissing if the files are absent.
  static Result<std::shared_ptr<const WordNet>> open(const std::string& dir = {});
  static Result<std::shared_ptr<const WordNet>> open(const Options& options);

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
  // WordNet's coarse semantic class of `word` (lower-case surface form): the
  // lexicographer file (lexnames(5WN): 0 adj.all ... 18 noun.person ...
  // 38 verb.motion ... 44 adj.ppl) of the first sense of the word in the part
  // of speech in which most of its senses are corpus-tagged. -1 if WordNet
  // does not know the word.
  virtual int lexicographer_file(std::string_view word) const = 0;
  // True if a noun sense of `part` (lower-case surface form) reaches a sense
  // of `whole` within three steps up WordNet's part and member holonym and
  // hypernym (instance included) pointers, or reaches the noun an adjective
  // sense of `whole` pertains to: "beijing" / "china" (Beijing is part of
  // China), "beijing" / "chinese" (pertains to China), "washington" /
  // "government" (Washington, the federal government of the United States).
  // What metonymy rests on: a capital named for its country or government.
  virtual bool part_of(std::string_view part, std::string_view whole) const = 0;
  // True if WordNet writes `word` (any case) capitalized in the sense that
  // lexicographer_file() reads, that sense is a noun, and most of the lemma's
  // noun senses (at least half) are capitalized too: a proper name such as "france",
  // "britain" or "china" (two countries, then two porcelain senses); false for
  // "turkey" (the bird comes first), "rebel" (a Confederate soldier first,
  // but two common senses), "reading" or "nice", and for words WordNet does
  // not know.
  virtual bool proper_noun(std::string_view word) const = 0;
  // Database version, e.g. "3.0".
  virtual std::string version() const = 0;
};

}  // namespace transdrift
