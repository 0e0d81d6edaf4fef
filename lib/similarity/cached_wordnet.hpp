// A memo in front of WordNet for one scorer: lemmas(word), relation(a, b),
// relatedness(a, b) and lexicographer_file(word) are asked about the same words and word pairs again and
// again (every pair of a bead, every bead of a corpus); WordNetDb answers each
// from its own per-word caches but still re-runs morphy and the set
// comparisons. Here each answer is computed once and kept (bounded: the memo
// starts over past a size limit). Thread-safe (one mutex per table); lookups
// build their key in a per-thread buffer, so a hit does not allocate.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "transdrift/wordnet.hpp"

namespace transdrift {

// An insert-only table from strings to values: open addressing with linear
// probing over a power of two of slots (at most half full), each holding the
// key's hash and its entry's number; entries live in one vector. A first
// pass fills the tables with tens of thousands of words and word pairs, and
// a node-based map then spent most of a lookup in a division and in cache
// misses on its nodes.
template <class V>
class MemoTable {
 public:
  // The value of `key` (whose std::hash is `hash`), or null.
  const V* find(std::string_view key, std::size_t hash) const {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
      const Slot& s = slots_[at];
      if (s.entry == 0) return nullptr;
      if (s.hash == hash && entries_[s.entry - 1].first == key) return &entries_[s.entry - 1].second;
    }
  }
  // Adds `key` unless it is there already.
  void insert(std::string_view key, std::size_t hash, V value) {
    if (find(key, hash) != nullptr) return;
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    entries_.emplace_back(std::string(key), std::move(value));
    place(hash, entries_.size());
  }
  std::size_t size() const { return entries_.size(); }
  void clear() {
    slots_.clear();
    entries_.clear();
  }

 private:
  struct Slot {
    std::size_t hash = 0;
    std::size_t entry = 0;  // entry number + 1; 0: empty
  };
  void place(std::size_t hash, std::size_t entry) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = hash & mask;
    while (slots_[at].entry != 0) at = (at + 1) & mask;
    slots_[at] = Slot{hash, entry};
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : 2 * old.size(), Slot{});
    for (const Slot& s : old) {
      if (s.entry != 0) place(s.hash, s.entry);
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::pair<std::string, V>> entries_;
};

class CachedWordNet final : public WordNet {
 public:
  explicit CachedWordNet(std::shared_ptr<const WordNet> base, std::size_t max_entries = 1'000'000);

  std::vector<std::string> lemmas(std::string_view word, Pos pos) const override;
  std::vector<std::string> lemmas(std::string_view word) const override;
  bool contains(std::string_view lemma) const override;
  WordRelation relation(std::string_view a, std::string_view b) const override;
  double relatedness(std::string_view a, std::string_view b) const override;
  int lexicographer_file(std::string_view word) const override;
  std::string version() const override;

  const WordNet& base() const { return *base_; }

 private:
  template <class V>
  using Table = MemoTable<V>;

  std::shared_ptr<const WordNet> base_;
  std::size_t max_entries_;
  mutable std::mutex lemma_mutex_, relation_mutex_, relatedness_mutex_, lexfile_mutex_;
  mutable Table<std::vector<std::string>> lemmas_;
  mutable Table<WordRelation> relations_;
  mutable Table<double> relatedness_;
  mutable Table<int> lexfiles_;
};

}  // namespace transdrift
