// Internal building blocks of the WordNet lexicon (see transdrift/wordnet.hpp).
//
// The lexicon logic (morphy, relation, relatedness) asks a WordNetSource for
// index entries, synset records and exception lists. Two sources answer
// identically: the text source works in place on the memory-mapped database
// files (index files searched by binary search over their sorted lines, data
// records parsed on demand from their byte offset, exception lists loaded
// into hash maps at open), the cache source on the binary cache of
// wordnet_cache.hpp (sorted tables used in place, nothing parsed).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "transdrift/wordnet.hpp"

namespace transdrift::wordnet_detail {

// Where Debian's wordnet-base installs the database; used when neither an
// explicit directory nor $WNSEARCHDIR is given.
inline constexpr std::string_view kDefaultDir = "/usr/share/wordnet";

// Senses beyond the first few are rare (senses are ordered by corpus
// frequency) and only add noise and work to relation() and relatedness(),
// which read at most this many synsets per lemma and part of speech.
inline constexpr std::size_t kMaxSenses = 8;

inline constexpr std::array<Pos, 4> kAllPos = {Pos::kNoun, Pos::kVerb, Pos::kAdj, Pos::kAdv};
inline constexpr std::array<std::string_view, 4> kPosName = {"noun", "verb", "adj", "adv"};
inline std::size_t pos_index(Pos p) { return static_cast<std::size_t>(p); }

// A whole file mapped read-only. Move-only; unmaps on destruction.
class MappedFile {
 public:
  // nullopt if the file is missing, empty or cannot be mapped.
  static std::optional<MappedFile> open(const std::string& path);

  MappedFile() = default;
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view bytes() const { return {data_, size_}; }

 private:
  MappedFile(const char* data, std::size_t size) : data_(data), size_(size) {}
  void reset();

  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

// The twelve database files of a WordNet directory, each mapped whole.
struct DatabaseFiles {
  std::array<MappedFile, 4> index;  // index.noun, index.verb, index.adj, index.adv
  std::array<MappedFile, 4> data;   // data.<pos>
  std::array<MappedFile, 4> exc;    // <pos>.exc

  // nullopt if any file is missing or empty.
  static std::optional<DatabaseFiles> map(const std::string& dir);
};

// The part of an index or data file after its licence header (the leading
// lines that start with two spaces).
std::string_view skip_licence(std::string_view file);

// The line of `body` whose first space-separated field equals `key`, without
// its newline. `body` must hold lines sorted by that field in byte order, as
// the index files are. Runs in place: O(log n) line comparisons, no allocation.
std::optional<std::string_view> find_line(std::string_view body, std::string_view key);

// Synset offsets listed on an index line, in sense order (most frequent first),
// at most `max_senses` of them. Empty if the line is malformed.
std::vector<std::uint32_t> index_offsets(std::string_view index_line, std::size_t max_senses);

// The tagsense_cnt field of an index line: how many of the lemma's senses are
// ranked by their frequency in the semantic concordance texts. 0 if the line
// is malformed.
std::uint32_t index_tagged_senses(std::string_view index_line);

// A synset is named by its part of speech and its byte offset in data.<pos>.
// Adjective satellites ('s') live in data.adj and so count as kAdj.
struct SynsetId {
  Pos pos = Pos::kNoun;
  std::uint32_t offset = 0;
  friend bool operator==(const SynsetId&, const SynsetId&) = default;
};

// The pointer types the relation logic uses; all others are dropped on parse.
enum class PointerKind : std::uint8_t {
  kAntonym,      // !
  kHypernym,     // @ @i
  kHyponym,      // ~ ~i
  kSimilar,      // &  (adjective head <-> satellite)
  kAlsoSee,      // ^
  kDerivation,   // +
  kPertainym,    // \  (pertainym, or adverb derived from adjective)
  kAttribute,    // =
  kHolonym,      // #p #m  (part and member holonym; only WordNet::part_of follows them)
};

struct Pointer {
  PointerKind kind = PointerKind::kAntonym;
  SynsetId target;
  std::uint8_t source_word = 0;  // 0: semantic (whole synset); else 1-based word number
  std::uint8_t target_word = 0;
};

// Synset::lexfile of a record whose lex_filenum field is not a number in 0..254.
inline constexpr std::uint8_t kUnknownLexfile = 255;

// One data record. `words` view the mapped file: they keep WordNet's case and
// any adjective marker such as "(a)".
struct Synset {
  SynsetId id;
  char type = 'n';  // n v a s r
  std::uint8_t lexfile = 0;  // lexicographer file (lexnames(5WN)): 0..44, or kUnknownLexfile
  std::vector<std::string_view> words;
  std::vector<Pointer> pointers;
  std::string_view gloss;  // after "| ": definitions, then quoted examples
  // Where the source that made it keeps the record (the cache source's
  // record number, which saves content_words a search); kNoRecord if unknown.
  static constexpr std::uint32_t kNoRecord = UINT32_MAX;
  std::uint32_t record = kNoRecord;

  bool satellite() const { return type == 's'; }
};

// Parses the record at `offset` of a data file (the whole file, header
// included, since offsets count from its first byte). nullopt if the offset
// does not start a well-formed record for that offset.
std::optional<Synset> parse_synset(std::string_view data_file, SynsetId id);

// Lets string-keyed maps be searched with a string_view without a copy.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
// Inflected form -> base forms, in file order.
using ExceptionMap =
    std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>>;

// Parses an exception list: "inflected base [base...]" per line; a few
// inflected forms appear on two lines (e.g. "offer"), so bases are merged.
ExceptionMap parse_exceptions(std::string_view text);

// ------------------------------------------------------ collocation prefixes
// A collocation key ("look_for", "attorneys-general") has segments: its parts
// between the separators '_' and '-'. Morphy keeps each segment of a
// collocation or replaces it by a base form of it, so every lemma it finds
// for a key has as many segments as the key, and its first segments are
// forms of the key's (or the key is itself an exception-list form). The
// sources keep a hash of each prefix of up to kCollocationPrefixSegments
// segments of every index lemma and exception form with a separator, tagged
// with its segment count. This lets the lexicon skip morphy for the runs of
// words that cannot be collocations: most of them.
inline constexpr std::size_t kCollocationPrefixSegments = 3;

// Hash of a prefix: collocation_prefix_start(segment count of the whole
// lemma), then collocation_prefix_next once per segment of the prefix.
std::uint64_t collocation_prefix_start(std::size_t segments);
std::uint64_t collocation_prefix_next(std::uint64_t hash, std::string_view segment);

// Appends the hashes of the prefixes of 1 .. kCollocationPrefixSegments
// segments of `lemma` if it has a separator; nothing otherwise.
void add_collocation_prefixes(std::string_view lemma, std::vector<std::uint64_t>& out);

// An open-addressing hash set of prefix hashes (linear probing, at most half
// full, a power of two slots of at least 8; 0 marks an empty slot, so a hash
// of 0 is stored as 1).
std::vector<std::uint64_t> collocation_prefix_table(const std::vector<std::uint64_t>& hashes);

// Looks `hash` up in such a table, whose slot i `slot(i)` returns; `slots`
// must be a power of two. At most one pass over the slots.
template <class Slot>
bool collocation_prefix_lookup(Slot slot, std::size_t slots, std::uint64_t hash) {
  if (hash == 0) hash = 1;
  const std::size_t mask = slots - 1;
  std::size_t at = static_cast<std::size_t>(hash ^ (hash >> 32)) & mask;
  for (std::size_t probes = 0; probes < slots; ++probes, at = (at + 1) & mask) {
    const std::uint64_t v = slot(at);
    if (v == hash) return true;
    if (v == 0) return false;
  }
  return false;
}

// The version from data.noun's licence header ("WordNet 3.0 Copyright ...").
std::optional<std::string> header_version(std::string_view data_file);

// The database directory: `dir`, else $WNSEARCHDIR, else kDefaultDir.
std::string resolve_dir(const std::string& dir);

// ------------------------------------------------------------ sources

// What the lexicon logic reads from a database. Implementations are
// immutable after construction and so safe to share between threads.
class WordNetSource {
 public:
  virtual ~WordNetSource() = default;
  // True if `key` is a lemma of the index of `pos`.
  virtual bool in_index(std::string_view key, Pos pos) const = 0;
  // Byte offsets in data.<pos> of the first kMaxSenses synsets of `lemma`
  // (index_offsets of its index line); empty if it is not in the index.
  virtual std::vector<std::uint32_t> senses(std::string_view lemma, Pos pos) const = 0;
  // The tagsense_cnt of `lemma`'s index line (index_tagged_senses); 0 if it
  // is not in the index.
  virtual std::uint32_t tagged_senses(std::string_view lemma, Pos pos) const = 0;
  // The synset record, or nullopt if `id` names none.
  virtual std::optional<Synset> synset(SynsetId id) const = 0;
  // synset(id) into `out` (replaced), whose vectors a source may refill in
  // place, keeping their capacity; false, with `out` unspecified, if `id`
  // names none.
  virtual bool read_synset(SynsetId id, Synset& out) const {
    auto s = synset(id);
    if (!s) return false;
    out = std::move(*s);
    return true;
  }
  // The type and pointers of synset(id) alone, into `type` and `pointers`
  // (replaced); false, with both unchanged, if `id` names none. For callers
  // that need no words or gloss: a source may then skip building them.
  virtual bool synset_pointers(SynsetId id, char& type, std::vector<Pointer>& pointers) const {
    auto s = synset(id);
    if (!s) return false;
    type = s->type;
    pointers = std::move(s->pointers);
    return true;
  }
  // Appends the content words (add_content_words) of the synset's words and
  // of its gloss definition; `s` must come from synset() of this source.
  virtual void content_words(const Synset& s, std::vector<std::uint64_t>& out) const = 0;
  // Base forms listed for `word` in the exception list of `pos`; nullopt if
  // it is not listed.
  virtual std::optional<std::vector<std::string>> exceptions(std::string_view word, Pos pos) const = 0;
  // True if some index lemma or exception-list form (of any part of speech)
  // with a separator has a prefix with this hash (add_collocation_prefixes).
  // May be true for other hashes as well (hash collisions), never false for
  // one of those.
  virtual bool collocation_prefix(std::uint64_t hash) const = 0;
  // The stored record of word `key`'s relation and relatedness data (see
  // word_data_section), starting at a multiple of 8 bytes in memory; empty if
  // the source stores none for it (the lexicon then computes them).
  virtual std::string_view word_record(std::string_view /*key*/) const { return {}; }
};

// The text source over mapped database files (parses the exception lists).
std::unique_ptr<const WordNetSource> make_text_source(DatabaseFiles files);

// The lexicon over `source`; `version` as WordNet::version() reports it.
std::shared_ptr<const WordNet> make_lexicon(std::unique_ptr<const WordNetSource> source, std::string version);

// ------------------------------------------------------------ word data
// The relation data (WordInfo) and relatedness data (RelatednessInfo) that
// the lexicon works out for a word from `source` are a function of WordNet
// alone; the cache stores them for a vocabulary of common words, so that a
// first pass over new text reads them in place instead.

// The word data section (layout in wordnet_cache.hpp) of those `forms`
// (single-word index keys) that have lemmas, as the lexicon over `source`
// computes them; forms with the same lemmas share one record.
std::string word_data_section(std::unique_ptr<const WordNetSource> source, std::vector<std::string> forms);

// The record of `key` in a word data section; empty if absent. Bounds-checked
// throughout: a damaged section gives no record or a wrong one.
std::string_view find_word_record(std::string_view section, std::string_view key);

// ------------------------------------------------------------ gloss words
// Building blocks of the gloss-overlap part of WordNet::relatedness().

// The definition part of a gloss: the text before its first quoted example
// ("exploit the power of; \"harness natural forces\"" -> "exploit the power of; ").
std::string_view gloss_definition(std::string_view gloss);

// Light suffix stripping, enough to match inflected gloss words with each
// other and with lemmas ("seizing", "seizes", "seize" -> "seiz";
// "responsibilities" -> "responsibility"). Expects lower case.
std::string gloss_stem(std::string_view word);

// True for words that carry no topic in a definition: function words and
// WordNet's defining formulae ("the act of", "a person who", "cause to").
bool gloss_stopword(std::string_view word);

// Appends a hash of each content word of `text` (ASCII letters, with inner
// apostrophes and hyphens; case folded; stopwords and words under three
// letters dropped; stemmed). '_' separates words, as in collocation lemmas.
void add_content_words(std::string_view text, std::vector<std::uint64_t>& out);

}  // namespace transdrift::wordnet_detail
