// Word weights for the similarity scorer: how much a word carries, from how
// often it occurs in a real corpus. "the" weighs little, "sui generis" much.
//
// Source: the sense-tag counts of WordNet 3.0's cntlist.rev (SemCor, a
// 360,000-word sample of the Brown Corpus, plus WordNet's tagged glosses),
// summed per lemma by tools/make_word_freq.cpp into data/word_freq.tsv, which
// is compiled into the library (docs/similarity.md explains the choice).
#pragma once

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "similarity/memo_table.hpp"
#include "similarity/spin_lock.hpp"
#include "transdrift/wordnet.hpp"

namespace transdrift {

class WordFrequencies {
 public:
  // The compiled-in table (parsed once, on first use; thread-safe).
  static const WordFrequencies& builtin();
  // Parses "lemma<TAB>count" lines; '#' lines are comments.
  static WordFrequencies parse(std::string_view text);

  // Tag count of a lemma (lower case, underscores for collocations); 0 if absent.
  long count(std::string_view lemma) const;
  long total() const { return total_; }
  std::size_t size() const { return counts_.size(); }

 private:
  // A memo table (one key buffer, no node per entry): parsing the table at
  // start-up and the first question about each word cost less than through
  // a node-based map and std::hash.
  MemoTable<long> counts_;
  long total_ = 0;
};

// Information-content weight of a content word in (0, 1]: 1 for a word the
// corpus never tagged, log((N + 1) / (c + 1)) / log(N + 1) otherwise, where c
// is the largest count over the word's WordNet lemmas (and the word itself)
// and N the table's total. Thread-safe; results are cached.
class WordWeigher {
 public:
  explicit WordWeigher(const WordNet* wordnet, const WordFrequencies& freq = WordFrequencies::builtin())
      : wordnet_(wordnet), freq_(freq) {}
  double content_weight(const std::string& key) const;

 private:
  const WordNet* wordnet_;
  const WordFrequencies& freq_;
  mutable SpinLock mutex_;
  mutable MemoTable<double> cache_;
};

}  // namespace transdrift
