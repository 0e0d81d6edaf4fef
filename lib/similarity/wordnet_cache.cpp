// The binary WordNet cache: builder, checks, reader (format in wordnet_cache.hpp).
#include "similarity/wordnet_cache.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <unordered_map>
#include <utility>
#include <vector>

namespace transdrift::embedded {
std::string_view word_freq_tsv();  // data/word_freq.tsv, compiled in
}  // namespace transdrift::embedded

namespace transdrift::wordnet_detail {

namespace {

constexpr std::string_view kMagic = "TDWNCACH";
constexpr std::size_t kHeaderSize = 64;
constexpr std::size_t kChecksumFrom = 32;  // the checksum covers everything after its own field
constexpr std::size_t kVersionSize = 16;

// Sections: four global ones, then kPosSections per part of speech.
enum GlobalSection : std::uint32_t { kStringOffsets, kStringBytes, kCollocationPrefixes, kWordData, kGlobalSections };
enum PosSection : std::uint32_t {
  kIndexLemmas,
  kIndexSenseBegin,
  kIndexSenses,
  kSynsetOffsets,
  kSynsetRecordBegin,
  kSynsetRecords,
  kExcWords,
  kExcBaseBegin,
  kExcBases,
  kIndexHash,
  kExcHash,
  kIndexTagged,
  kSynsetBuckets,
  kPosSections
};
constexpr std::uint32_t kCacheSections = kGlobalSections + 4 * kPosSections;
constexpr std::size_t kPointerSize = 8;
// Synset offsets per bucket of kSynsetBuckets (1 << kBucketShift bytes of
// data.<pos>): a synset is found from its offset in one or two steps.
constexpr unsigned kBucketShift = 8;
// A synset record starts with u8 type, u8 lexicographer file, u16 0, then
// u32 counts of its words, pointers and content words.
constexpr std::size_t kRecordHeaderSize = 16;

std::uint32_t section_id(std::size_t pos, PosSection s) {
  return kGlobalSections + static_cast<std::uint32_t>(pos) * kPosSections + s;
}

// Bytes per element of each section.
std::size_t element_size(std::uint32_t id) {
  if (id == kStringBytes) return 1;
  if (id == kCollocationPrefixes || id == kWordData) return 8;
  if (id < kGlobalSections) return 4;
  switch ((id - kGlobalSections) % kPosSections) {
    case kSynsetRecords: return 1;
    case kIndexHash:
    case kExcHash: return 8;
    default: return 4;
  }
}

template <class T>
T load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

template <class T>
void append(std::string& out, T v) {
  char b[sizeof v];
  std::memcpy(b, &v, sizeof v);
  out.append(b, sizeof v);
}

// FNV-1a over bytes, for names and fingerprints.
std::uint64_t fnv(std::string_view s, std::uint64_t h = 14695981039346656037ull) {
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

template <class T>
std::uint64_t fnv_value(T v, std::uint64_t h) {
  char b[sizeof v];
  std::memcpy(b, &v, sizeof v);
  return fnv(std::string_view(b, sizeof v), h);
}

// A fixed-width little-endian array inside the image.
struct Column {
  const char* data = nullptr;
  std::size_t count = 0;

  std::uint32_t u32(std::size_t i) const { return load<std::uint32_t>(data + 4 * i); }
  std::uint64_t u64(std::size_t i) const { return load<std::uint64_t>(data + 8 * i); }
  std::uint8_t u8(std::size_t i) const { return static_cast<std::uint8_t>(data[i]); }
};

// Element range [begin[i], begin[i + 1]) of a begin column, clamped to
// `limit` elements; empty if damaged.
std::pair<std::size_t, std::size_t> range(const Column& begin, std::size_t i, std::size_t limit) {
  if (i + 1 >= begin.count) return {0, 0};
  const std::size_t b = begin.u32(i);
  const std::size_t e = begin.u32(i + 1);
  if (b > e || e > limit) return {0, 0};
  return {b, e};
}

// The section table of `bytes`, checked: every section inside the file,
// aligned, a whole number of elements, and begin columns one longer than
// what they index. nullopt if anything is off. Does not check the checksum.
std::optional<std::array<Column, kCacheSections>> parse_layout(std::string_view bytes) {
  const std::size_t table_end = kHeaderSize + 16 * static_cast<std::size_t>(kCacheSections);
  if (bytes.size() < table_end) return std::nullopt;
  std::array<Column, kCacheSections> cols;
  for (std::uint32_t id = 0; id < kCacheSections; ++id) {
    const auto offset = load<std::uint64_t>(bytes.data() + kHeaderSize + 16 * id);
    const auto size = load<std::uint64_t>(bytes.data() + kHeaderSize + 16 * id + 8);
    if (offset < table_end || offset % 8 != 0 || offset > bytes.size() || size > bytes.size() - offset ||
        size % element_size(id) != 0) {
      return std::nullopt;
    }
    cols[id] = Column{bytes.data() + offset, static_cast<std::size_t>(size / element_size(id))};
  }
  if (cols[kStringOffsets].count == 0) return std::nullopt;
  const std::size_t prefix_slots = cols[kCollocationPrefixes].count;
  if (prefix_slots == 0 || (prefix_slots & (prefix_slots - 1)) != 0) return std::nullopt;
  for (std::size_t p = 0; p < 4; ++p) {
    auto col = [&](PosSection s) -> const Column& { return cols[section_id(p, s)]; };
    const std::size_t lemmas = col(kIndexLemmas).count;
    const std::size_t synsets = col(kSynsetOffsets).count;
    const std::size_t exc = col(kExcWords).count;
    auto power_of_two = [](std::size_t n) { return n > 0 && (n & (n - 1)) == 0; };
    if (!power_of_two(col(kIndexHash).count) || !power_of_two(col(kExcHash).count)) return std::nullopt;
    if (col(kIndexSenseBegin).count != lemmas + 1 || col(kIndexTagged).count != lemmas ||
        col(kSynsetRecordBegin).count != synsets + 1 || col(kExcBaseBegin).count != exc + 1) {
      return std::nullopt;
    }
  }
  return cols;
}

// ------------------------------------------------------------------ reader

// The cache source: answers from the image in place.
class CacheSource final : public WordNetSource {
 public:
  // `bytes` must have passed valid_cache.
  explicit CacheSource(MappedFile file) : file_(std::move(file)), bytes_(file_.bytes()) { init(); }
  explicit CacheSource(std::string image) : image_(std::move(image)), bytes_(image_) { init(); }

  bool in_index(std::string_view key, Pos pos) const override { return find_lemma(key, pos).has_value(); }

  std::vector<std::uint32_t> senses(std::string_view lemma, Pos pos) const override {
    std::vector<std::uint32_t> out;
    const auto i = find_lemma(lemma, pos);
    if (!i) return out;
    const auto p = pos_index(pos);
    const auto& offsets = col(p, kIndexSenses);
    const auto [b, e] = range(col(p, kIndexSenseBegin), *i, offsets.count);
    out.reserve(e - b);
    for (auto k = b; k < e; ++k) out.push_back(offsets.u32(k));
    return out;
  }

  std::uint32_t tagged_senses(std::string_view lemma, Pos pos) const override {
    const auto i = find_lemma(lemma, pos);
    const auto& tagged = col(pos_index(pos), kIndexTagged);
    return i && *i < tagged.count ? tagged.u32(*i) : 0;
  }

  bool synset_pointers(SynsetId id, char& type, std::vector<Pointer>& pointers) const override {
    const auto r = find_synset(id);
    if (!r) return false;
    const auto rec = record(id.pos, *r);
    if (!rec) return false;
    type = rec->type;
    pointers.clear();
    read_pointers(*rec, pointers);
    return true;
  }

  std::optional<Synset> synset(SynsetId id) const override {
    Synset s;
    if (!read_synset(id, s)) return std::nullopt;
    return s;
  }

  bool read_synset(SynsetId id, Synset& s) const override {
    const auto r = find_synset(id);
    if (!r) return false;
    const auto rec = record(id.pos, *r);
    if (!rec) return false;
    s.id = id;
    s.record = static_cast<std::uint32_t>(*r);
    s.type = rec->type;
    s.lexfile = rec->lexfile;
    s.gloss = {};
    s.words.clear();
    s.words.reserve(rec->word_count);
    const char* at = rec->words.data();
    const char* end = at + rec->words.size();
    for (std::uint32_t k = 0; k < rec->word_count && end - at >= 4; ++k) {
      const auto n = load<std::uint32_t>(at);
      at += 4;
      if (n > static_cast<std::size_t>(end - at)) break;
      s.words.emplace_back(at, n);
      at += n;
    }
    s.pointers.clear();
    read_pointers(*rec, s.pointers);
    return true;
  }

  void content_words(const Synset& s, std::vector<std::uint64_t>& out) const override {
    const auto& offsets = col(pos_index(s.id.pos), kSynsetOffsets);
    const bool hinted = s.record < offsets.count && offsets.u32(s.record) == s.id.offset;
    const auto r = hinted ? std::optional<std::size_t>(s.record) : find_synset(s.id);
    if (!r) return;
    const auto rec = record(s.id.pos, *r);
    if (!rec) return;
    out.reserve(out.size() + rec->content_count);
    for (std::uint32_t k = 0; k < rec->content_count; ++k) out.push_back(load<std::uint64_t>(rec->content + 8 * k));
  }

  std::optional<std::vector<std::string>> exceptions(std::string_view word, Pos pos) const override {
    const auto p = pos_index(pos);
    const auto i = find_string(col(p, kExcWords), col(p, kExcHash), word);
    if (!i) return std::nullopt;
    const auto& bases = col(p, kExcBases);
    const auto [b, e] = range(col(p, kExcBaseBegin), *i, bases.count);
    std::vector<std::string> out;
    out.reserve(e - b);
    for (auto k = b; k < e; ++k) out.emplace_back(string(bases.u32(k)));
    return out;
  }

  std::string_view word_record(std::string_view key) const override {
    const auto& words = cols_[kWordData];
    return find_word_record(std::string_view(words.data, 8 * words.count), key);
  }

  bool collocation_prefix(std::uint64_t hash) const override {
    const auto& slots = cols_[kCollocationPrefixes];
    return slots.count > 0 &&
           collocation_prefix_lookup([&](std::size_t i) { return slots.u64(i); }, slots.count, hash);
  }

 private:
  void init() { cols_ = parse_layout(bytes_).value_or(std::array<Column, kCacheSections>{}); }

  const Column& col(std::size_t pos, PosSection s) const { return cols_[section_id(pos, s)]; }

  // A synset record, its parts located (see build_cache): the fixed-size
  // content words and pointers checked to lie inside it, the words (each u32
  // length and bytes) checked as they are read.
  struct Record {
    char type = 'n';
    std::uint8_t lexfile = kUnknownLexfile;
    std::uint32_t word_count = 0;
    std::uint32_t pointer_count = 0;
    std::uint32_t content_count = 0;
    const char* content = nullptr;   // content_count u64 hashes
    const char* pointers = nullptr;  // pointer_count records of kPointerSize bytes
    std::string_view words;
  };

  // Record `r` of part of speech `pos`; nullopt if damaged.
  std::optional<Record> record(Pos pos, std::size_t r) const {
    const auto p = pos_index(pos);
    const auto& bytes = col(p, kSynsetRecords);
    const auto [b, e] = range(col(p, kSynsetRecordBegin), r, bytes.count);
    if (e - b < kRecordHeaderSize) return std::nullopt;
    const char* at = bytes.data + b;
    Record rec;
    rec.type = at[0];
    rec.lexfile = static_cast<std::uint8_t>(at[1]);
    rec.word_count = load<std::uint32_t>(at + 4);
    rec.pointer_count = load<std::uint32_t>(at + 8);
    rec.content_count = load<std::uint32_t>(at + 12);
    const std::size_t fixed = 8 * static_cast<std::size_t>(rec.content_count) +
                              kPointerSize * static_cast<std::size_t>(rec.pointer_count);
    if (fixed > e - b - kRecordHeaderSize) return std::nullopt;
    rec.content = at + kRecordHeaderSize;
    rec.pointers = rec.content + 8 * static_cast<std::size_t>(rec.content_count);
    rec.words = std::string_view(rec.pointers + kPointerSize * rec.pointer_count, e - b - kRecordHeaderSize - fixed);
    // Each word takes its 4-byte length at least: a larger count is damage
    // (and would have read_synset reserve gigabytes).
    if (rec.word_count > rec.words.size() / 4) return std::nullopt;
    return rec;
  }

  // Appends the pointers of a record.
  void read_pointers(const Record& r, std::vector<Pointer>& out) const {
    out.reserve(out.size() + r.pointer_count);
    for (std::size_t k = 0; k < r.pointer_count; ++k) {
      const char* rec = r.pointers + kPointerSize * k;
      const auto kind = static_cast<std::uint8_t>(rec[0]);
      const auto target_pos = static_cast<std::uint8_t>(rec[1]);
      if (kind > static_cast<std::uint8_t>(PointerKind::kHolonym) || target_pos > 3) continue;
      out.push_back(Pointer{static_cast<PointerKind>(kind), SynsetId{kAllPos[target_pos], load<std::uint32_t>(rec + 4)},
                            static_cast<std::uint8_t>(rec[2]), static_cast<std::uint8_t>(rec[3])});
    }
  }

  // String `id` of the string table; empty if out of range.
  std::string_view string(std::uint32_t id) const {
    const auto& offsets = cols_[kStringOffsets];
    const auto& bytes = cols_[kStringBytes];
    if (static_cast<std::size_t>(id) + 1 >= offsets.count) return {};
    const std::size_t b = offsets.u32(id);
    const std::size_t e = offsets.u32(id + 1);
    if (b > e || e > bytes.count) return {};
    return {bytes.data + b, e - b};
  }

  // Position of `key` in a column of string ids, through its hash table
  // (linear probing; at most one pass over the slots, whatever the bytes).
  std::optional<std::size_t> find_string(const Column& ids, const Column& hash, std::string_view key) const {
    const std::uint64_t h = fnv(key);
    const auto fingerprint = static_cast<std::uint32_t>(h >> 32);
    const std::size_t mask = hash.count - 1;
    std::size_t at = static_cast<std::size_t>(h) & mask;
    for (std::size_t probes = 0; probes < hash.count; ++probes, at = (at + 1) & mask) {
      const std::uint64_t slot = hash.u64(at);
      const auto number = static_cast<std::uint32_t>(slot);
      if (number == 0) return std::nullopt;
      if (static_cast<std::uint32_t>(slot >> 32) != fingerprint) continue;  // another string: not read
      const std::size_t i = number - 1;
      if (i < ids.count && string(ids.u32(i)) == key) return i;
    }
    return std::nullopt;
  }

  std::optional<std::size_t> find_lemma(std::string_view key, Pos pos) const {
    const auto p = pos_index(pos);
    return find_string(col(p, kIndexLemmas), col(p, kIndexHash), key);
  }

  // Record number of synset `id`: the records of its bucket (kBucketShift)
  // are searched, one or two as a rule, in one or two cache lines.
  std::optional<std::size_t> find_synset(SynsetId id) const {
    const auto p = pos_index(id.pos);
    const auto& offsets = col(p, kSynsetOffsets);
    const auto& buckets = col(p, kSynsetBuckets);
    const std::size_t b = id.offset >> kBucketShift;
    if (b + 1 >= buckets.count) return std::nullopt;
    const std::size_t end = std::min<std::size_t>(buckets.u32(b + 1), offsets.count);
    for (std::size_t r = buckets.u32(b); r < end; ++r) {
      const auto v = offsets.u32(r);
      if (v == id.offset) return r;
      if (v > id.offset) break;
    }
    return std::nullopt;
  }

  MappedFile file_;
  std::string image_;
  std::string_view bytes_;
  std::array<Column, kCacheSections> cols_{};
};

// ----------------------------------------------------------------- builder

// Strings deduplicated into ids.
class StringTable {
 public:
  explicit StringTable(std::size_t expected) { ids_.reserve(expected); }

  std::uint32_t id(std::string_view s) {
    if (const auto it = ids_.find(s); it != ids_.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(offsets_.size() - 1);
    bytes_.append(s);
    offsets_.push_back(static_cast<std::uint32_t>(bytes_.size()));
    ids_.emplace(std::string(s), id);
    return id;
  }
  const std::string& bytes() const { return bytes_; }
  const std::vector<std::uint32_t>& offsets() const { return offsets_; }

 private:
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> ids_;
  std::string bytes_;
  std::vector<std::uint32_t> offsets_ = {0};
};

void append_u32s(std::string& out, const std::vector<std::uint32_t>& v) {
  for (const auto x : v) append(out, x);
}

// Open-addressing hash table over `keys` (linear probing, at most half
// full): slot = key index + 1, 0 = empty.
template <class Entry>
std::vector<std::uint64_t> hash_slots(const std::vector<Entry>& keys) {
  std::vector<std::uint64_t> slots(std::bit_ceil(std::max<std::size_t>(8, 2 * keys.size())), 0);
  const std::size_t mask = slots.size() - 1;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const std::uint64_t h = fnv(keys[i].key);
    std::size_t at = static_cast<std::size_t>(h) & mask;
    while (slots[at] != 0) at = (at + 1) & mask;
    slots[at] = (h >> 32 << 32) | static_cast<std::uint32_t>(i + 1);
  }
  return slots;
}

void append_u64s(std::string& out, const std::vector<std::uint64_t>& v) {
  for (const auto x : v) append(out, x);
}

// Sorts entries by their key's bytes (the order the reader's binary search expects).
template <class Entry>
void sort_by_key(std::vector<Entry>& entries) {
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
}

void sort_unique(std::vector<std::uint64_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

bool little_endian() { return std::endian::native == std::endian::little; }

// `dir` made absolute and normalized, so that one database has one cache
// file whatever path names it.
std::string absolute_dir(const std::string& dir) {
  std::error_code ec;
  const auto absolute = std::filesystem::absolute(dir, ec);
  return ec ? dir : absolute.lexically_normal().string();
}

// A temporary file beside the cache file, opened before the (costly) build
// so that an unwritable directory is known up front. commit() writes the
// image and renames the file over the cache file; otherwise it is removed.
class PendingFile {
 public:
  PendingFile(const std::string& dir, const std::string& path) : path_(path) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    static std::atomic<unsigned> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    tmp_ = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" + std::to_string(stamp);
    fd_ = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    created_ = fd_ >= 0;
  }
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;
  ~PendingFile() {
    if (fd_ >= 0) ::close(fd_);
    if (created_ && !committed_) ::unlink(tmp_.c_str());
  }

  bool is_open() const { return fd_ >= 0; }

  // No fsync: a file cut short by a crash fails the size or checksum check
  // and is rebuilt.
  bool commit(std::string_view bytes) {
    if (fd_ < 0) return false;
    bool ok = true;
    for (std::size_t done = 0; ok && done < bytes.size();) {
      const auto n = ::write(fd_, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        ok = false;
      } else {
        done += static_cast<std::size_t>(n);
      }
    }
    ok = (::close(fd_) == 0) && ok;
    fd_ = -1;
    committed_ = ok && ::rename(tmp_.c_str(), path_.c_str()) == 0;
    return committed_;
  }

 private:
  std::string path_;
  std::string tmp_;
  int fd_ = -1;
  bool created_ = false;
  bool committed_ = false;
};

}  // namespace

// ------------------------------------------------------------------ public

bool cache_enabled(const WordNet::Options& options) {
  if (!options.use_cache || !little_endian()) return false;
  if (const char* env = std::getenv("TRANSDRIFT_WORDNET_CACHE")) {
    const std::string_view v(env);
    if (v == "off" || v == "0") return false;
  }
  return true;
}

std::string default_cache_dir() {
  auto env = [](const char* name) -> std::string {
    const char* v = std::getenv(name);
    return v != nullptr ? std::string(v) : std::string();
  };
  if (auto dir = env("TRANSDRIFT_CACHE_DIR"); !dir.empty()) return dir;
  // The XDG base directory specification ignores relative paths.
  if (auto xdg = env("XDG_CACHE_HOME"); !xdg.empty() && xdg.front() == '/') return xdg + "/transdrift";
  if (auto home = env("HOME"); !home.empty()) return home + "/.cache/transdrift";
  return {};
}

std::string cache_file_name(const std::string& dir, std::string_view version) {
  const std::string where = absolute_dir(dir);
  std::string v;
  for (const char c : version) {
    const bool keep = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.';
    v.push_back(keep ? c : '_');
  }
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(fnv(where)));
  return "wordnet-" + v + "-f" + std::to_string(kCacheFormat) + "-" + hash + ".bin";
}

#ifndef TRANSDRIFT_LEXICON_HASH
#define TRANSDRIFT_LEXICON_HASH 0  // built outside the project's CMake: the format version alone
#endif

std::optional<std::uint64_t> source_fingerprint(const std::string& dir) {
  std::uint64_t h = fnv_value(kCacheFormat, fnv("transdrift wordnet cache"));
  h = fnv_value(static_cast<std::uint64_t>(kMaxSenses), h);
  // The lexicon's code and word table (lib/similarity/similarity.cmake):
  // the stored word data is what this build's lexicon computes.
  h = fnv_value(static_cast<std::uint64_t>(TRANSDRIFT_LEXICON_HASH), h);
  h = fnv(absolute_dir(dir), h);
  for (const auto name : kPosName) {
    const std::string n(name);
    for (const auto& file : {"index." + n, "data." + n, n + ".exc"}) {
      struct stat st {};
      if (::stat((dir + "/" + file).c_str(), &st) != 0) return std::nullopt;
      h = fnv(file, h);
      h = fnv_value(static_cast<std::uint64_t>(st.st_size), h);
      h = fnv_value(static_cast<std::int64_t>(st.st_mtim.tv_sec), h);
      h = fnv_value(static_cast<std::int64_t>(st.st_mtim.tv_nsec), h);
      h = fnv_value(static_cast<std::uint64_t>(st.st_ino), h);
    }
  }
  return h;
}

std::uint64_t cache_checksum(std::string_view bytes) {
  // Four independent lanes of rotate-xor-multiply over 8-byte words: fast
  // enough to check a whole cache at every open (a few GB/s), and any change
  // of a single word changes the result (each step is a bijection).
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  std::uint64_t lane[4] = {0x243F6A8885A308D3ull, 0x13198A2E03707344ull, 0xA4093822299F31D0ull,
                           0x082EFA98EC4E6C89ull};
  const char* p = bytes.data();
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  for (; i + 32 <= n; i += 32) {
    for (int l = 0; l < 4; ++l) lane[l] = std::rotl(lane[l] ^ load<std::uint64_t>(p + i + 8 * l), 29) * kMul;
  }
  for (; i < n; i += 8) {
    std::uint64_t w = 0;
    std::memcpy(&w, p + i, std::min<std::size_t>(8, n - i));
    lane[0] = std::rotl(lane[0] ^ w, 29) * kMul;
  }
  std::uint64_t h = n;
  for (const auto l : lane) {
    h = (h ^ l) * kMul;
    h ^= h >> 32;
  }
  return h;
}

namespace {

std::string assemble_image(const std::array<std::string, kCacheSections>& sections, std::string_view version,
                           std::uint64_t fingerprint);

// The words whose data the cache stores: the lemmas that SemCor and the
// tagged glosses tag at least kWordDataMinCount times (data/word_freq.tsv,
// compiled in) and their inflected forms: regular ones built by the rules of
// English spelling (plural and third person "-s", "-es", "-ies"; "-ed",
// "-d", "-ied"; "-ing", with a final "e" dropped or a final consonant
// doubled; "-er", "-est"), which word_data_section keeps only if morphy
// finds lemmas for them, and the exception-list forms of those lemmas
// ("men", "went", "better").
constexpr long kWordDataMinCount = 5;

std::vector<std::string> word_data_vocabulary(const std::vector<std::pair<std::string, std::string>>& exception_bases) {
  std::unordered_map<std::string, bool> lemmas;
  for (std::string_view text = embedded::word_freq_tsv(); !text.empty();) {
    const auto end = std::min(text.find('\n'), text.size());
    const auto line = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    const auto tab = line.find('\t');
    if (line.empty() || line.front() == '#' || tab == std::string_view::npos) continue;
    long count = 0;
    const auto digits = line.substr(tab + 1);
    if (std::from_chars(digits.data(), digits.data() + digits.size(), count).ec != std::errc{}) continue;
    const auto lemma = line.substr(0, tab);
    if (count < kWordDataMinCount ||
        !std::all_of(lemma.begin(), lemma.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      continue;
    }
    lemmas.emplace(std::string(lemma), true);
  }
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  std::vector<std::string> forms;
  for (const auto& [l, unused] : lemmas) {
    forms.push_back(l);
    for (const char* suffix : {"s", "es", "ed", "d", "ing", "er", "est"}) forms.push_back(l + suffix);
    const char last = l.back();
    const std::string stem = l.substr(0, l.size() - 1);
    if (last == 'y' && l.size() > 2 && !vowel(l[l.size() - 2])) {
      for (const char* suffix : {"ies", "ied", "ier", "iest"}) forms.push_back(stem + suffix);
    }
    if (last == 'e') forms.push_back(stem + "ing");
    if (l.size() >= 3 && !vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(l[l.size() - 2]) &&
        !vowel(l[l.size() - 3])) {
      for (const char* suffix : {"ed", "ing", "er", "est"}) forms.push_back(l + last + suffix);
    }
  }
  for (const auto& [inflected, base] : exception_bases) {
    if (lemmas.contains(base)) forms.push_back(inflected);
  }
  return forms;
}

}  // namespace

std::string build_cache(const DatabaseFiles& files, std::string_view version, std::uint64_t fingerprint) {
  std::array<std::string, kCacheSections> sections;
  // About one distinct string per 25 bytes of index file (WordNet 3.0:
  // 155k index lines in 6.3 MB, most of them also synset words).
  std::size_t index_bytes = 0;
  for (const auto& f : files.index) index_bytes += f.bytes().size();
  StringTable strings(index_bytes / 25);
  std::vector<std::uint64_t> collocation_prefixes;
  std::vector<std::pair<std::string, std::string>> exception_bases;  // (inflected form, base), all parts of speech

  for (const Pos pos : kAllPos) {
    const auto p = pos_index(pos);
    auto out = [&](PosSection s) -> std::string& { return sections[section_id(p, s)]; };

    // Index: the lines the text source's binary search finds (all of them
    // in a well-formed, sorted file), sorted by lemma.
    struct IndexEntry {
      std::string_view key;
      std::vector<std::uint32_t> senses;
      std::uint32_t tagged = 0;
    };
    std::vector<IndexEntry> entries;
    const auto body = skip_licence(files.index[p].bytes());
    for (std::size_t start = 0; start < body.size();) {
      const std::size_t end = std::min(body.find('\n', start), body.size());
      const auto line = body.substr(start, end - start);
      const auto key = line.substr(0, line.find(' '));
      if (const auto found = find_line(body, key); found && found->data() == line.data()) {
        entries.push_back({key, index_offsets(line, kMaxSenses), index_tagged_senses(line)});
      }
      start = end + 1;
    }
    sort_by_key(entries);
    std::vector<std::uint32_t> begin = {0};
    for (const auto& e : entries) {
      append(out(kIndexLemmas), strings.id(e.key));
      add_collocation_prefixes(e.key, collocation_prefixes);
      append_u32s(out(kIndexSenses), e.senses);
      append(out(kIndexTagged), e.tagged);
      begin.push_back(static_cast<std::uint32_t>(out(kIndexSenses).size() / 4));
    }
    append_u32s(out(kIndexSenseBegin), begin);
    append_u64s(out(kIndexHash), hash_slots(entries));

    // Synsets: every data line that parses as the record at its offset,
    // each as one record (header, content words, pointers, words), so that
    // reading a synset touches one place of the file rather than a dozen.
    const auto data = files.data[p].bytes();
    std::vector<std::uint32_t> record_begin = {0};
    std::vector<std::uint32_t> synset_offsets;
    std::vector<std::uint64_t> bag;
    auto& records = out(kSynsetRecords);
    for (std::size_t start = data.size() - skip_licence(data).size(); start < data.size();) {
      const std::size_t end = std::min(data.find('\n', start), data.size());
      const auto s = start <= UINT32_MAX ? parse_synset(data, SynsetId{pos, static_cast<std::uint32_t>(start)})
                                         : std::nullopt;
      start = end + 1;
      if (!s) continue;
      append(out(kSynsetOffsets), s->id.offset);
      synset_offsets.push_back(s->id.offset);
      bag.clear();
      for (const auto w : s->words) add_content_words(w, bag);
      add_content_words(gloss_definition(s->gloss), bag);
      sort_unique(bag);
      records.push_back(s->type);
      records.push_back(static_cast<char>(s->lexfile));
      append(records, std::uint16_t{0});
      append(records, static_cast<std::uint32_t>(s->words.size()));
      append(records, static_cast<std::uint32_t>(s->pointers.size()));
      append(records, static_cast<std::uint32_t>(bag.size()));
      for (const auto h : bag) append(records, h);
      for (const auto& ptr : s->pointers) {
        records.push_back(static_cast<char>(ptr.kind));
        records.push_back(static_cast<char>(pos_index(ptr.target.pos)));
        records.push_back(static_cast<char>(ptr.source_word));
        records.push_back(static_cast<char>(ptr.target_word));
        append(records, ptr.target.offset);
      }
      for (const auto w : s->words) {
        append(records, static_cast<std::uint32_t>(w.size()));
        records.append(w);
      }
      records.resize((records.size() + 7) / 8 * 8, '\0');  // the next record's u64s aligned
      if (records.size() > UINT32_MAX) throw std::length_error("WordNet cache: synset records over 4 GB");
      record_begin.push_back(static_cast<std::uint32_t>(records.size()));
    }
    append_u32s(out(kSynsetRecordBegin), record_begin);
    // Bucket k: the first synset at or after byte k << kBucketShift; one more
    // bucket than the last synset's needs closes the table.
    std::vector<std::uint32_t> buckets;
    std::uint32_t record = 0;
    for (const auto off : synset_offsets) {
      while (buckets.size() <= (off >> kBucketShift)) buckets.push_back(record);
      ++record;
    }
    buckets.push_back(record);
    append_u32s(out(kSynsetBuckets), buckets);

    // Exception lists, merged per inflected form, sorted.
    const auto exceptions = parse_exceptions(files.exc[p].bytes());
    struct ExcEntry {
      std::string_view key;
      const std::vector<std::string>* bases;
    };
    std::vector<ExcEntry> exc;
    exc.reserve(exceptions.size());
    for (const auto& [inflected, bases] : exceptions) exc.push_back({inflected, &bases});
    sort_by_key(exc);
    std::vector<std::uint32_t> base_begin = {0};
    std::uint32_t base_count = 0;
    for (const auto& e : exc) {
      append(out(kExcWords), strings.id(e.key));
      add_collocation_prefixes(e.key, collocation_prefixes);
      for (const auto& b : *e.bases) {
        append(out(kExcBases), strings.id(b));
        exception_bases.emplace_back(std::string(e.key), b);
      }
      base_count += static_cast<std::uint32_t>(e.bases->size());
      base_begin.push_back(base_count);
    }
    append_u32s(out(kExcBaseBegin), base_begin);
    append_u64s(out(kExcHash), hash_slots(exc));
  }

  sort_unique(collocation_prefixes);
  for (const auto h : collocation_prefix_table(collocation_prefixes)) append(sections[kCollocationPrefixes], h);
  append_u32s(sections[kStringOffsets], strings.offsets());
  sections[kStringBytes] = strings.bytes();

  // The word data, worked out by the lexicon over the image without it.
  sections[kWordData] = word_data_section(std::make_unique<CacheSource>(assemble_image(sections, version, fingerprint)),
                                          word_data_vocabulary(exception_bases));
  return assemble_image(sections, version, fingerprint);
}

namespace {

// Header, section table, sections.
std::string assemble_image(const std::array<std::string, kCacheSections>& sections, std::string_view version,
                           std::uint64_t fingerprint) {
  std::string image(kHeaderSize + 16 * static_cast<std::size_t>(kCacheSections), '\0');
  std::vector<std::pair<std::uint64_t, std::uint64_t>> table;
  for (const auto& s : sections) {
    image.resize((image.size() + 7) / 8 * 8, '\0');
    table.emplace_back(image.size(), s.size());
    image += s;
  }
  image.resize((image.size() + 7) / 8 * 8, '\0');
  std::string head;
  head.append(kMagic);
  append(head, kCacheFormat);
  append(head, kCacheSections);
  append(head, static_cast<std::uint64_t>(image.size()));
  append(head, std::uint64_t{0});  // checksum, below
  append(head, fingerprint);
  append(head, static_cast<std::uint32_t>(kMaxSenses));
  append(head, std::uint32_t{0});
  std::string v(version.substr(0, kVersionSize - 1));
  v.resize(kVersionSize, '\0');
  head += v;
  for (const auto& [offset, size] : table) {
    append(head, offset);
    append(head, size);
  }
  image.replace(0, head.size(), head);
  const auto sum = cache_checksum(std::string_view(image).substr(kChecksumFrom));
  std::memcpy(image.data() + 24, &sum, sizeof sum);
  return image;
}

}  // namespace

bool valid_cache(std::string_view bytes, std::uint64_t fingerprint, std::string_view version) {
  if (bytes.size() < kHeaderSize || bytes.substr(0, kMagic.size()) != kMagic) return false;
  const char* h = bytes.data();
  std::string v(version.substr(0, kVersionSize - 1));
  v.resize(kVersionSize, '\0');
  if (load<std::uint32_t>(h + 8) != kCacheFormat || load<std::uint32_t>(h + 12) != kCacheSections ||
      load<std::uint64_t>(h + 16) != bytes.size() || load<std::uint64_t>(h + 32) != fingerprint ||
      load<std::uint32_t>(h + 40) != kMaxSenses || bytes.substr(48, kVersionSize) != v) {
    return false;
  }
  if (load<std::uint64_t>(h + 24) != cache_checksum(bytes.substr(kChecksumFrom))) return false;
  return parse_layout(bytes).has_value();
}

std::unique_ptr<const WordNetSource> open_cache_source(const std::string& dir, const DatabaseFiles& files,
                                                       const std::string& version, const std::string& cache_dir,
                                                       CacheOrigin* origin) {
  const auto fingerprint = source_fingerprint(dir);
  if (!fingerprint) return nullptr;
  const std::string where = cache_dir.empty() ? default_cache_dir() : cache_dir;
  std::string path;
  if (!where.empty()) {
    path = where + "/" + cache_file_name(dir, version);
    if (auto mapped = MappedFile::open(path); mapped && valid_cache(mapped->bytes(), *fingerprint, version)) {
      if (origin != nullptr) *origin = CacheOrigin::kMapped;
      return std::make_unique<CacheSource>(std::move(*mapped));
    }
  }
  // Without a writable cache directory, a build would be lost with the
  // process: reading the text files is then cheaper.
  if (path.empty()) {
    if (origin != nullptr) *origin = CacheOrigin::kNotWritable;
    return nullptr;
  }
  PendingFile pending(where, path);
  if (!pending.is_open()) {
    if (origin != nullptr) *origin = CacheOrigin::kNotWritable;
    return nullptr;
  }
  std::string image = build_cache(files, version, *fingerprint);
  const bool saved = pending.commit(image);
  if (origin != nullptr) *origin = saved ? CacheOrigin::kBuiltAndSaved : CacheOrigin::kBuiltNotSaved;
  return std::make_unique<CacheSource>(std::move(image));
}

}  // namespace transdrift::wordnet_detail
