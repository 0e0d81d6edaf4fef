// MemoTable: the string-keyed table behind the scorers' memos.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace transdrift {

// The hash of the memo and lexicon tables' string keys (words, word runs,
// word pairs: a few to a few dozen bytes), for which std::hash, a call that
// works a byte at a time, cost as much as the probe itself. Eight bytes per
// step (the last step overlaps the one before it), each multiplied and folded
// so that the low bits, which pick the slot, depend on all of them.
inline std::size_t memo_hash(std::string_view s) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  auto mix = [](std::uint64_t h, std::uint64_t w) {
    h = (h ^ w) * kMul;
    return h ^ (h >> 32);
  };
  auto load64 = [](const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
  };
  auto load32 = [](const char* p) {
    std::uint32_t w;
    std::memcpy(&w, p, sizeof w);
    return std::uint64_t{w};
  };
  const char* p = s.data();
  const std::size_t n = s.size();
  std::uint64_t h = (n + 1) * kMul;
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8) h = mix(h, load64(p + i));
    h = mix(h, load64(p + n - 8));
  } else if (n >= 4) {
    h = mix(h, load32(p) | (load32(p + n - 4) << 32));
  } else if (n > 0) {
    auto byte = [](char c) { return std::uint64_t{static_cast<unsigned char>(c)}; };
    h = mix(h, byte(p[0]) | (byte(p[n / 2]) << 8) | (byte(p[n - 1]) << 16));
  }
  return static_cast<std::size_t>(h);
}

// An insert-only table from strings to values: open addressing with linear
// probing over a power of two of slots (at most half full), each holding the
// key's hash and its entry's number; entries live in one vector. A first
// pass fills the tables with tens of thousands of words and word pairs, and
// a node-based map then spent most of a lookup in a division and in cache
// misses on its nodes. The keys' characters are kept one after another in
// one buffer rather than in a string per entry: a word pair is often too
// long for a string's inline buffer, and each such key then cost an
// allocation, a move whenever the entries grew and a free at the end.
template <class V>
class MemoTable {
 public:
  // The value of `key` (whose memo_hash is `hash`), or null.
  const V* find(std::string_view key, std::size_t hash) const {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
      const Slot& s = slots_[at];
      if (s.entry == 0) return nullptr;
      if (s.hash == hash && key_of(entries_[s.entry - 1]) == key) return &entries_[s.entry - 1].value;
    }
  }
  // Adds `key` unless it is there already.
  void insert(std::string_view key, std::size_t hash, V value) {
    if (find(key, hash) != nullptr) return;
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    entries_.push_back(Entry{keys_.size(), key.size(), std::move(value)});
    keys_.append(key);
    place(hash, entries_.size());
  }
  // Room for `n` entries without growing: no rehash, and no copy of the
  // entries, as the table fills.
  void reserve(std::size_t n) {
    entries_.reserve(n);
    if (2 * n > slots_.size()) {
      std::vector<Slot> old = std::move(slots_);
      slots_.assign(std::bit_ceil(std::max<std::size_t>(64, 2 * n)), Slot{});
      for (const Slot& s : old) {
        if (s.entry != 0) place(s.hash, s.entry);
      }
    }
  }
  std::size_t size() const { return entries_.size(); }
  void clear() {
    slots_.clear();
    entries_.clear();
    keys_.clear();
  }

 private:
  struct Slot {
    std::size_t hash = 0;
    std::size_t entry = 0;  // entry number + 1; 0: empty
  };
  struct Entry {
    std::size_t key_start = 0;  // in keys_
    std::size_t key_size = 0;
    V value;
  };
  std::string_view key_of(const Entry& e) const { return std::string_view(keys_).substr(e.key_start, e.key_size); }
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
  std::vector<Entry> entries_;
  std::string keys_;  // the keys of entries_, back to back
};

}  // namespace transdrift
