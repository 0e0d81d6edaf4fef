// A memo in front of WordNet for one scorer: lemmas(word), relation(a, b),
// relatedness(a, b) and lexicographer_file(word) are asked about the same words and word pairs again and
// again (every pair of a bead, every bead of a corpus); WordNetDb answers each
// from its own per-word caches but still re-runs morphy and the set
// comparisons. Here each answer is computed once and kept (bounded: the memo
// starts over past a size limit). Thread-safe (one mutex per table); lookups
// build their key in a per-thread buffer, so a hit does not allocate.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "similarity/memo_table.hpp"
#include "similarity/spin_lock.hpp"
#include "transdrift/wordnet.hpp"

namespace transdrift {

class CachedWordNet final : public WordNet {
 public:
  explicit CachedWordNet(std::shared_ptr<const WordNet> base, std::size_t max_entries = 1'000'000);

  std::vector<std::string> lemmas(std::string_view word, Pos pos) const override;
  std::vector<std::string> lemmas(std::string_view word) const override;
  bool contains(std::string_view lemma) const override;
  WordRelation relation(std::string_view a, std::string_view b) const override;
  double relatedness(std::string_view a, std::string_view b) const override;
  int lexicographer_file(std::string_view word) const override;
  bool part_of(std::string_view part, std::string_view whole) const override;  // not memoized: asked rarely
  bool proper_noun(std::string_view word) const override;                      // not memoized: asked rarely
  std::string version() const override;

  const WordNet& base() const { return *base_; }

 private:
  template <class V>
  using Table = MemoTable<V>;

  std::shared_ptr<const WordNet> base_;
  std::size_t max_entries_;
  mutable SpinLock lemma_mutex_, relation_mutex_, relatedness_mutex_, lexfile_mutex_;
  mutable Table<std::vector<std::string>> lemmas_;
  mutable Table<WordRelation> relations_;
  mutable Table<double> relatedness_;
  mutable Table<int> lexfiles_;
};

}  // namespace transdrift
