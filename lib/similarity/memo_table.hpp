// MemoTable: the string-keyed table behind the scorers' memos.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

}  // namespace transdrift
