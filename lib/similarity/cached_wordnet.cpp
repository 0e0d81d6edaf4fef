#include "similarity/cached_wordnet.hpp"

#include <algorithm>
#include <cstring>
#include <mutex>

namespace transdrift {
namespace {

// "a\x1fb" with the two words in a canonical order (both relations are
// symmetric), in a per-thread buffer.
std::string_view pair_key(std::string_view a, std::string_view b) {
  thread_local std::string buf;
  if (b < a) std::swap(a, b);
  buf.resize(a.size() + 1 + b.size());
  char* out = buf.data();
  std::memcpy(out, a.data(), a.size());
  out[a.size()] = '\x1f';
  std::memcpy(out + a.size() + 1, b.data(), b.size());
  return buf;
}

template <class V, class Compute>
V memo(SpinLock& m, MemoTable<V>& table, std::size_t max_entries, std::string_view key, Compute compute) {
  const std::size_t hash = memo_hash(key);
  {
    const std::lock_guard lock(m);
    if (const V* found = table.find(key, hash)) return *found;
  }
  V value = compute();
  const std::lock_guard lock(m);
  if (table.size() >= max_entries) table.clear();
  table.insert(key, hash, value);
  return value;
}

// Entries each table has room for from the start: a first pass over a few
// thousand sentence pairs fills tens of thousands, and growing to that size
// rehashed and copied every entry about twice, into fresh memory each time.
constexpr std::size_t kReserve = std::size_t{1} << 15;

}  // namespace

CachedWordNet::CachedWordNet(std::shared_ptr<const WordNet> base, std::size_t max_entries)
    : base_(std::move(base)), max_entries_(max_entries) {
  const std::size_t n = std::min(kReserve, max_entries);
  lemmas_.reserve(n);
  relations_.reserve(n);
  relatedness_.reserve(n);
  lexfiles_.reserve(n / 4);
}

std::vector<std::string> CachedWordNet::lemmas(std::string_view word, Pos pos) const {
  return base_->lemmas(word, pos);
}

std::vector<std::string> CachedWordNet::lemmas(std::string_view word) const {
  return memo(lemma_mutex_, lemmas_, max_entries_, word, [&] { return base_->lemmas(word); });
}

bool CachedWordNet::contains(std::string_view lemma) const { return base_->contains(lemma); }

WordRelation CachedWordNet::relation(std::string_view a, std::string_view b) const {
  // relation() is symmetric except for hypernym direction, which it does not
  // report; the canonical order is safe.
  const std::string_view key = pair_key(a, b);
  return memo(relation_mutex_, relations_, max_entries_, key, [&] { return base_->relation(a, b); });
}

double CachedWordNet::relatedness(std::string_view a, std::string_view b) const {
  const std::string_view key = pair_key(a, b);
  return memo(relatedness_mutex_, relatedness_, max_entries_, key, [&] { return base_->relatedness(a, b); });
}

bool CachedWordNet::part_of(std::string_view part, std::string_view whole) const { return base_->part_of(part, whole); }

bool CachedWordNet::proper_noun(std::string_view word) const { return base_->proper_noun(word); }

int CachedWordNet::lexicographer_file(std::string_view word) const {
  return memo(lexfile_mutex_, lexfiles_, max_entries_, word, [&] { return base_->lexicographer_file(word); });
}

std::string CachedWordNet::version() const { return base_->version(); }

}  // namespace transdrift
