// Internal building blocks of the WordNet lexicon (see transdrift/wordnet.hpp).
//
// Everything here works in place on memory-mapped database files: index files
// are searched by binary search over their sorted lines, data records are
// parsed on demand from their byte offset. Nothing is parsed at open time
// except the small exception lists, which keeps WordNet::open cheap.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "transdrift/wordnet.hpp"

namespace transdrift::wordnet_detail {

// Where Debian's wordnet-base installs the database; used when neither an
// explicit directory nor $WNSEARCHDIR is given.
inline constexpr std::string_view kDefaultDir = "/usr/share/wordnet";

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
};

struct Pointer {
  PointerKind kind = PointerKind::kAntonym;
  SynsetId target;
  std::uint8_t source_word = 0;  // 0: semantic (whole synset); else 1-based word number
  std::uint8_t target_word = 0;
};

// One data record. `words` view the mapped file: they keep WordNet's case and
// any adjective marker such as "(a)".
struct Synset {
  SynsetId id;
  char type = 'n';  // n v a s r
  std::vector<std::string_view> words;
  std::vector<Pointer> pointers;
  std::string_view gloss;  // after "| ": definitions, then quoted examples

  bool satellite() const { return type == 's'; }
};

// Parses the record at `offset` of a data file (the whole file, header
// included, since offsets count from its first byte). nullopt if the offset
// does not start a well-formed record for that offset.
std::optional<Synset> parse_synset(std::string_view data_file, SynsetId id);

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
