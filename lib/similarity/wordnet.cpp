// WordNet 3.0 lexicon: memory-mapped database, morphy and word relations.
//
// Design: the lexicon reads the database through a WordNetSource
// (wordnet_db.hpp): the binary cache of wordnet_cache.hpp by default, or the
// text files themselves. The text source maps the four index and four data
// files and loads the four small exception lists into hash maps; nothing else
// is parsed up front. Its index lookups binary-search the sorted index lines
// in place, and data records are parsed on demand from their byte offset.
// The cache source answers the same questions from pre-parsed tables.
// relation() distils each word's senses and pointers into a WordInfo, kept
// in a bounded, mutex-protected cache: drift checks ask about the same words
// again and again, and a cached pair costs a few set lookups instead of
// dozens of record reads. relatedness() likewise keeps a RelatednessInfo per word (hypernym
// ancestors and gloss words of its senses and their bridges), built from
// per-synset SynsetFacts in a third cache, so that the upper levels of the
// hierarchy, shared by most words, are parsed once. Everything else is
// immutable, so one WordNet can be shared by threads.
#include <sys/mman.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <bit>
#include <span>
#include <type_traits>
#include <charconv>
#include <cstddef>
#include <cstdlib>
#include <cmath>
#include <cstring>
#include <exception>
#include <functional>
#include <iterator>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "similarity/memo_table.hpp"
#include "similarity/spin_lock.hpp"
#include "similarity/wordnet_cache.hpp"
#include "similarity/wordnet_db.hpp"

namespace transdrift {

std::string_view to_string(WordRelation r) {
  switch (r) {
    case WordRelation::kNone: return "none";
    case WordRelation::kLemma: return "lemma";
    case WordRelation::kSynonym: return "synonym";
    case WordRelation::kSimilar: return "similar";
    case WordRelation::kHypernym: return "hypernym";
    case WordRelation::kAntonym: return "antonym";
  }
  return "none";
}

namespace wordnet_detail {

// ---------------------------------------------------------------- MappedFile

std::optional<MappedFile> MappedFile::open(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
    ::close(fd);
    return std::nullopt;
  }
  const auto size = static_cast<std::size_t>(st.st_size);
  void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);  // the mapping keeps the file alive
  if (p == MAP_FAILED) return std::nullopt;
  return MappedFile(static_cast<const char*>(p), size);
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
  if (this != &other) {
    reset();
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

MappedFile::~MappedFile() { reset(); }

void MappedFile::reset() {
  if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
  data_ = nullptr;
  size_ = 0;
}

std::optional<DatabaseFiles> DatabaseFiles::map(const std::string& dir) {
  DatabaseFiles files;
  for (const Pos pos : kAllPos) {
    const auto i = pos_index(pos);
    const std::string name(kPosName[i]);
    auto index = MappedFile::open(dir + "/index." + name);
    auto data = MappedFile::open(dir + "/data." + name);
    auto exc = MappedFile::open(dir + "/" + name + ".exc");
    if (!index || !data || !exc) return std::nullopt;
    files.index[i] = std::move(*index);
    files.data[i] = std::move(*data);
    files.exc[i] = std::move(*exc);
  }
  return files;
}

// ------------------------------------------------------------- line helpers

namespace {

// Splits a line into space-separated fields (runs of spaces count as one).
class Fields {
 public:
  explicit Fields(std::string_view line) : rest_(line) {}

  std::string_view next() {
    const auto start = rest_.find_first_not_of(' ');
    if (start == std::string_view::npos) {
      rest_ = {};
      return {};
    }
    rest_.remove_prefix(start);
    const auto end = std::min(rest_.find(' '), rest_.size());
    const auto field = rest_.substr(0, end);
    rest_.remove_prefix(end);
    return field;
  }

  // Parses the next field as an unsigned number in `base`; nullopt if absent
  // or not entirely digits.
  template <class T>
  std::optional<T> number(int base = 10) {
    const auto f = next();
    T value{};
    const auto [ptr, ec] = std::from_chars(f.data(), f.data() + f.size(), value, base);
    if (f.empty() || ec != std::errc() || ptr != f.data() + f.size()) return std::nullopt;
    return value;
  }

 private:
  std::string_view rest_;
};

std::string_view first_field(std::string_view line) { return line.substr(0, line.find(' ')); }

std::optional<Pos> pos_from_char(char c) {
  switch (c) {
    case 'n': return Pos::kNoun;
    case 'v': return Pos::kVerb;
    case 'a':
    case 's': return Pos::kAdj;
    case 'r': return Pos::kAdv;
    default: return std::nullopt;
  }
}

std::optional<PointerKind> pointer_kind(std::string_view symbol) {
  if (symbol == "!") return PointerKind::kAntonym;
  if (symbol == "@" || symbol == "@i") return PointerKind::kHypernym;
  if (symbol == "~" || symbol == "~i") return PointerKind::kHyponym;
  if (symbol == "&") return PointerKind::kSimilar;
  if (symbol == "^") return PointerKind::kAlsoSee;
  if (symbol == "+") return PointerKind::kDerivation;
  if (symbol == "\\") return PointerKind::kPertainym;
  if (symbol == "=") return PointerKind::kAttribute;
  if (symbol == "#p" || symbol == "#m") return PointerKind::kHolonym;
  return std::nullopt;
}

}  // namespace

std::string_view skip_licence(std::string_view file) {
  std::size_t pos = 0;
  while (file.substr(pos, 2) == "  ") {
    const auto nl = file.find('\n', pos);
    if (nl == std::string_view::npos) return {};
    pos = nl + 1;
  }
  return file.substr(pos);
}

std::optional<std::string_view> find_line(std::string_view body, std::string_view key) {
  // Invariant: `lo` is a line start, `hi` a line start or the end; the key's
  // line, if any, lies in [lo, hi). Each step lands on the line containing the
  // midpoint and discards it together with one half.
  std::size_t lo = 0;
  std::size_t hi = body.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    const void* nl = mid > lo ? ::memrchr(body.data() + lo, '\n', mid - lo) : nullptr;
    const std::size_t start =
        nl == nullptr ? lo : static_cast<std::size_t>(static_cast<const char*>(nl) - body.data()) + 1;
    const std::size_t end = std::min(body.find('\n', start), body.size());
    const auto line = body.substr(start, end - start);
    const int cmp = key.compare(first_field(line));
    if (cmp == 0) return line;
    if (cmp < 0) {
      hi = start;
    } else {
      lo = std::min(end + 1, body.size());
    }
  }
  return std::nullopt;
}

std::vector<std::uint32_t> index_offsets(std::string_view index_line, std::size_t max_senses) {
  // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offset...
  Fields f(index_line);
  f.next();  // lemma
  f.next();  // pos
  const auto synset_cnt = f.number<std::size_t>();
  const auto p_cnt = f.number<std::size_t>();
  if (!synset_cnt || !p_cnt) return {};
  for (std::size_t i = 0; i < *p_cnt; ++i) f.next();
  f.next();  // sense_cnt (same as synset_cnt)
  f.next();  // tagsense_cnt
  std::vector<std::uint32_t> out;
  const std::size_t n = std::min(*synset_cnt, max_senses);
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto off = f.number<std::uint32_t>();
    if (!off) return {};
    out.push_back(*off);
  }
  return out;
}

std::uint32_t index_tagged_senses(std::string_view index_line) {
  Fields f(index_line);
  f.next();  // lemma
  f.next();  // pos
  const auto synset_cnt = f.number<std::size_t>();
  const auto p_cnt = f.number<std::size_t>();
  if (!synset_cnt || !p_cnt) return 0;
  for (std::size_t i = 0; i < *p_cnt; ++i) f.next();
  f.next();  // sense_cnt
  return f.number<std::uint32_t>().value_or(0);
}

std::optional<Synset> parse_synset(std::string_view data_file, SynsetId id) {
  // synset_offset lex_filenum ss_type w_cnt word lex_id [...] p_cnt [ptr...] ... | gloss
  // Fields are read up to the last pointer only, so the gloss (free text, the
  // bulk of the line) is never scanned.
  if (id.offset >= data_file.size()) return std::nullopt;
  auto line = data_file.substr(id.offset);
  line = line.substr(0, line.find('\n'));
  Fields f(line);
  if (f.number<std::uint32_t>() != id.offset) return std::nullopt;  // not a record start
  // A malformed lex_filenum does not make the record unreadable (nothing
  // else depends on it); it is kept as kUnknownLexfile.
  const auto lexfile = f.number<std::uint8_t>().value_or(kUnknownLexfile);
  const auto type = f.next();
  if (type.size() != 1 || !pos_from_char(type[0])) return std::nullopt;
  Synset s;
  s.id = id;
  s.type = type[0];
  s.lexfile = lexfile;
  const auto w_cnt = f.number<std::size_t>(16);
  if (!w_cnt) return std::nullopt;
  s.words.reserve(*w_cnt);
  for (std::size_t i = 0; i < *w_cnt; ++i) {
    s.words.push_back(f.next());
    f.next();  // lex_id
  }
  const auto p_cnt = f.number<std::size_t>();
  if (!p_cnt) return std::nullopt;
  s.pointers.reserve(*p_cnt);
  for (std::size_t i = 0; i < *p_cnt; ++i) {
    const auto symbol = f.next();
    const auto offset = f.number<std::uint32_t>();
    const auto pos = f.next();
    const auto src_tgt = f.number<std::uint16_t>(16);
    if (!offset || pos.size() != 1 || !src_tgt) return std::nullopt;
    const auto kind = pointer_kind(symbol);
    const auto target_pos = pos_from_char(pos[0]);
    if (!kind || !target_pos) continue;
    s.pointers.push_back(Pointer{*kind, SynsetId{*target_pos, *offset},
                                 static_cast<std::uint8_t>(*src_tgt >> 8),
                                 static_cast<std::uint8_t>(*src_tgt & 0xff)});
  }
  // Verb frames may sit between the pointers and the gloss; '|' occurs in
  // neither, nor in words, so the first one starts the gloss.
  if (const auto bar = line.find('|'); bar != std::string_view::npos) {
    auto gloss = line.substr(bar + 1);
    const auto first = gloss.find_first_not_of(' ');
    gloss = first == std::string_view::npos ? std::string_view{} : gloss.substr(first);
    const auto last = gloss.find_last_not_of(' ');
    s.gloss = gloss.substr(0, last == std::string_view::npos ? 0 : last + 1);
  }
  return s;
}

// -------------------------------------------------------- exceptions, version

ExceptionMap parse_exceptions(std::string_view text) {
  ExceptionMap map;
  while (!text.empty()) {
    const auto end = std::min(text.find('\n'), text.size());
    Fields f(text.substr(0, end));
    text.remove_prefix(std::min(end + 1, text.size()));
    const auto inflected = f.next();
    if (inflected.empty()) continue;
    auto& bases = map[std::string(inflected)];
    for (auto base = f.next(); !base.empty(); base = f.next()) {
      if (std::find(bases.begin(), bases.end(), base) == bases.end()) bases.emplace_back(base);
    }
  }
  return map;
}

std::optional<std::string> header_version(std::string_view data_file) {
  const auto header = data_file.substr(0, data_file.size() - skip_licence(data_file).size());
  constexpr std::string_view kTag = "WordNet ";
  for (auto at = header.find(kTag); at != std::string_view::npos; at = header.find(kTag, at + 1)) {
    const auto rest = header.substr(at + kTag.size());
    const auto token = rest.substr(0, rest.find(' '));
    if (!token.empty() && token.front() >= '0' && token.front() <= '9' &&
        token.find('.') != std::string_view::npos) {
      return std::string(token);
    }
  }
  return std::nullopt;
}

std::string resolve_dir(const std::string& dir) {
  if (!dir.empty()) return dir;
  if (const char* env = std::getenv("WNSEARCHDIR"); env != nullptr && *env != '\0') return env;
  return std::string(kDefaultDir);
}

// ------------------------------------------------------------- gloss words

std::string_view gloss_definition(std::string_view gloss) {
  return gloss.substr(0, std::min(gloss.find('"'), gloss.size()));
}

std::string gloss_stem(std::string_view word) {
  std::string w(word);
  if (w.ends_with("'s")) w.resize(w.size() - 2);
  if (w.size() > 4 && w.ends_with("ies")) {
    w.resize(w.size() - 3);
    w.push_back('y');
    return w;
  }
  // One inflectional suffix, keeping a stem of three letters; "-ss" is no plural.
  for (const std::string_view suffix : {"ing", "ed", "es", "s"}) {
    if (w.size() >= suffix.size() + 3 && w.ends_with(suffix) && !w.ends_with("ss")) {
      w.resize(w.size() - suffix.size());
      break;
    }
  }
  // "seize" / "seiz(ing)", "make" / "mak(ing)".
  if (w.size() > 3 && w.back() == 'e') w.pop_back();
  return w;
}

bool gloss_stopword(std::string_view word) {
  // Function words, hedges, and the formulae definitions are built from: they
  // are shared by unrelated glosses and would only add chance overlap.
  static const std::unordered_set<std::string_view> kStop = {
      "a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "by", "from", "as",
      "at", "into", "onto", "than", "that", "this", "these", "those", "which", "who", "whom",
      "whose", "what", "when", "where", "while", "how", "why", "is", "are", "be", "been", "being",
      "was", "were", "am", "it", "its", "itself", "he", "him", "his", "she", "her", "hers", "they",
      "them", "their", "theirs", "we", "us", "our", "you", "your", "i", "me", "my", "one", "ones",
      "someone", "something", "somebody", "anything", "everything", "anyone", "everyone",
      "nothing", "oneself", "one's", "someone's", "not", "no", "nor", "but", "if", "so", "such",
      "very", "more", "most", "much", "many", "few", "some", "any", "all", "each", "every", "other",
      "another", "same", "own", "only", "also", "both", "either", "neither", "especially", "esp",
      "usually", "often", "sometimes", "etc", "e.g", "i.e", "eg", "ie", "typically", "generally",
      "can", "could", "may", "might", "must", "shall", "should", "will", "would", "do", "does",
      "did", "done", "about", "above", "across", "after", "against", "along", "among", "around",
      "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "during",
      "except", "inside", "near", "off", "out", "outside", "over", "past", "since", "through",
      "throughout", "toward", "towards", "under", "until", "unlike", "up", "upon", "within",
      "without", "down", "there", "here", "then", "now", "just", "even", "still", "yet", "too",
      "rather", "quite", "less", "least",
      // WordNet's defining formulae ("the act of", "a person who", "cause to be").
      "act", "action", "acts", "activity", "state", "condition", "quality", "process", "result",
      "form", "kind", "type", "sort", "way", "manner", "part", "group", "member", "place",
      "person", "people", "thing", "things", "matter", "certain", "particular", "various", "make",
      "makes", "made", "making", "cause", "causes", "caused", "causing", "become", "becomes",
      "becoming", "get", "gets", "getting", "give", "gives", "giving", "have", "has", "having",
      "take", "takes", "taking", "put", "use", "used", "uses", "using", "relating", "related",
      "characteristic", "characterized", "involving", "concerned", "specified", "specific",
      "general"};
  return kStop.contains(word);
}

namespace {

// FNV-1a: a stable 64-bit name for a word; collisions are negligible at the
// few dozen words a gloss bag holds.
std::uint64_t word_hash(std::string_view w) {
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : w) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Position of the first collocation separator ('_' or '-') of `s` at or
// after `from`; npos if none. (find_first_of calls memchr once per byte.)
std::size_t find_separator(std::string_view s, std::size_t from = 0) {
  for (std::size_t i = from; i < s.size(); ++i) {
    if (s[i] == '_' || s[i] == '-') return i;
  }
  return std::string_view::npos;
}

}  // namespace

void add_content_words(std::string_view text, std::vector<std::uint64_t>& out) {
  std::string word;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!ascii_letter(text[i])) {
      ++i;
      continue;
    }
    word.clear();
    for (; i < text.size() && (ascii_letter(text[i]) || text[i] == '\'' || text[i] == '-'); ++i) {
      const char c = text[i];
      word.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
    }
    if (word.size() < 3 || gloss_stopword(word)) continue;
    out.push_back(word_hash(gloss_stem(word)));
  }
}

std::uint64_t collocation_prefix_start(std::size_t segments) {
  return word_hash(std::string_view("\x01collocation")) ^ (segments * 0x9E3779B97F4A7C15ull);
}

std::uint64_t collocation_prefix_next(std::uint64_t hash, std::string_view segment) {
  for (const char c : segment) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  hash ^= 0xff;  // ends the segment (no byte of a lemma is 0xff)
  hash *= 1099511628211ull;
  return hash;
}

void add_collocation_prefixes(std::string_view lemma, std::vector<std::uint64_t>& out) {
  if (find_separator(lemma) == std::string_view::npos) return;
  const auto segments = static_cast<std::size_t>(std::count_if(lemma.begin(), lemma.end(),
                                                               [](char c) { return c == '_' || c == '-'; })) + 1;
  std::uint64_t h = collocation_prefix_start(segments);
  for (std::size_t k = 0; k < std::min(segments, kCollocationPrefixSegments); ++k) {
    const auto end = std::min(find_separator(lemma), lemma.size());
    h = collocation_prefix_next(h, lemma.substr(0, end));
    out.push_back(h);
    lemma.remove_prefix(std::min(end + 1, lemma.size()));
  }
}

std::vector<std::uint64_t> collocation_prefix_table(const std::vector<std::uint64_t>& hashes) {
  std::vector<std::uint64_t> slots(std::bit_ceil(std::max<std::size_t>(8, 2 * hashes.size())), 0);
  const std::size_t mask = slots.size() - 1;
  for (auto h : hashes) {
    if (h == 0) h = 1;
    std::size_t at = static_cast<std::size_t>(h ^ (h >> 32)) & mask;
    while (slots[at] != 0 && slots[at] != h) at = (at + 1) & mask;
    slots[at] = h;
  }
  return slots;
}

}  // namespace wordnet_detail

namespace {

using namespace wordnet_detail;

// Caps the combinations tried when lemmatizing each word of a collocation.
constexpr std::size_t kMaxCollocationForms = 32;

struct Rule {
  std::string_view suffix;
  std::string_view ending;
};

// Morphy's rules of detachment (morphy(7WN)); adverbs have none.
std::span<const Rule> rules_for(Pos pos) {
  static constexpr Rule kNoun[] = {{"s", ""},     {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                                   {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
  static constexpr Rule kVerb[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                                   {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
  static constexpr Rule kAdj[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};
  switch (pos) {
    case Pos::kNoun: return kNoun;
    case Pos::kVerb: return kVerb;
    case Pos::kAdj: return kAdj;
    case Pos::kAdv: return {};
  }
  return {};
}

// Bytes that to_key changes or drops: white space, '_' and ASCII capitals.
constexpr std::array<bool, 256> kKeyChange = [] {
  std::array<bool, 256> t{};
  for (const unsigned char c : {' ', '\t', '\n', '\r', '_'}) t[c] = true;
  for (unsigned char c = 'A'; c <= 'Z'; ++c) t[c] = true;
  return t;
}();

// Index key form of a surface string: ASCII lower case, white space runs
// turned into the '_' WordNet uses for collocations, ends trimmed. The key
// is `word` itself when nothing changes (most callers pass keys already:
// lower case, single words), else it is written to `buf`; the result views
// one of the two.
std::string_view key_view(std::string_view word, std::string& buf) {
  // Unchanged as well: single '_' between other bytes (word runs that the
  // aligner joins as keys, "look_for").
  bool unchanged = true;
  for (std::size_t i = 0; i < word.size() && unchanged; ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    unchanged = !kKeyChange[c] || (c == '_' && i > 0 && i + 1 < word.size() && word[i + 1] != '_');
  }
  if (unchanged) return word;
  // The key is never longer than `word`: each '_' written stands for at
  // least one white space byte dropped.
  buf.resize(word.size());
  std::size_t n = 0;
  bool pending_space = false;
  for (const char c : word) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '_') {
      pending_space = n > 0;
      continue;
    }
    if (pending_space) buf[n++] = '_';
    pending_space = false;
    buf[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  buf.resize(n);
  return buf;
}

// key_view as a string of its own.
std::string to_key(std::string_view word) {
  std::string buf;
  return std::string(key_view(word, buf));
}

void push_unique(std::vector<std::string>& out, std::string s) {
  if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
}

template <class T>
void push_unique(std::vector<T>& out, const T& v) {
  if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
}

// Strength order used by relation(), strongest first. Deliberately not the
// enum's declaration order: an antonym outranks looser links because missing
// it would hide the worst kind of drift, but a shared synset (synonym) beats
// an antonym found through some other sense pair.
int rank(WordRelation r) {
  switch (r) {
    case WordRelation::kLemma: return 5;
    case WordRelation::kSynonym: return 4;
    case WordRelation::kAntonym: return 3;
    case WordRelation::kSimilar: return 2;
    case WordRelation::kHypernym: return 1;
    case WordRelation::kNone: return 0;
  }
  return 0;
}

WordRelation stronger(WordRelation a, WordRelation b) { return rank(a) >= rank(b) ? a : b; }

WordRelation relation_of(PointerKind k) {
  switch (k) {
    case PointerKind::kAntonym: return WordRelation::kAntonym;
    case PointerKind::kHypernym:
    case PointerKind::kHyponym: return WordRelation::kHypernym;
    case PointerKind::kSimilar:
    case PointerKind::kAlsoSee:
    case PointerKind::kDerivation:
    case PointerKind::kPertainym:
    case PointerKind::kAttribute: return WordRelation::kSimilar;
    case PointerKind::kHolonym: return WordRelation::kNone;
  }
  return WordRelation::kNone;
}

// Synset ids packed for sorting and binary search.
std::uint64_t id_key(SynsetId id) {
  return (static_cast<std::uint64_t>(pos_index(id.pos)) << 32) | id.offset;
}

// A sorted set of synsets: a view of their sorted, unique id_keys.
class IdSet {
 public:
  IdSet() = default;
  explicit IdSet(std::span<const std::uint64_t> keys) : keys_(keys) {}
  bool contains(SynsetId id) const { return std::binary_search(keys_.begin(), keys_.end(), id_key(id)); }
  std::span<const std::uint64_t> keys() const { return keys_; }
  bool intersects(const IdSet& other) const {
    return std::any_of(keys_.begin(), keys_.end(), [&](std::uint64_t k) {
      return std::binary_search(other.keys_.begin(), other.keys_.end(), k);
    });
  }
  bool empty() const { return keys_.empty(); }

 private:
  std::span<const std::uint64_t> keys_;
};

// 8-byte words that `n` elements of type T take.
template <class T>
std::size_t storage_words(std::size_t n) {
  return (n * sizeof(T) + sizeof(std::uint64_t) - 1) / sizeof(std::uint64_t);
}
template <class T>
std::size_t storage_words(std::span<const T> a) {
  return storage_words<T>(a.size());
}

// Copies `from` into `storage` from word `at` on, moves `at` past the copy
// and returns the copy.
template <class T>
std::span<const T> place_array(std::span<const T> from, std::uint64_t* storage, std::size_t& at) {
  static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= alignof(std::uint64_t));
  T* out = reinterpret_cast<T*>(storage + at);
  std::uninitialized_copy(from.begin(), from.end(), out);
  at += storage_words(from);
  return {out, from.size()};
}

// 8-byte words that place_strings takes for `strings`.
std::size_t string_words(const std::vector<std::string>& strings) {
  std::size_t chars = 0;
  for (const auto& s : strings) chars += s.size();
  return storage_words<std::string_view>(strings.size()) + storage_words<char>(chars);
}

// place_array for strings: views of them, then their characters.
std::span<const std::string_view> place_strings(const std::vector<std::string>& strings, std::uint64_t* storage,
                                                std::size_t& at) {
  thread_local std::vector<std::string_view> views;
  views.clear();
  char* text = reinterpret_cast<char*>(storage + at + storage_words<std::string_view>(strings.size()));
  std::size_t chars = 0;
  for (const auto& s : strings) {
    std::memcpy(text, s.data(), s.size());
    views.emplace_back(text, s.size());
    text += s.size();
    chars += s.size();
  }
  const auto placed = place_array(std::span<const std::string_view>(views), storage, at);
  at += storage_words<char>(chars);
  return placed;
}

// The blocks of the lexicon's cached facts (SynsetFacts, WordInfo,
// RelatednessInfo), carved out of 2 MB chunks of their own. A first pass
// keeps tens of thousands of them, tens of MB in all, and as separate heap
// blocks each fresh 4 KB page of the growing heap cost a page fault (about
// 10,000 per STS-B dev run); a chunk is asked to be backed by one huge page
// (where the system allows it: THP in "madvise" or "always" mode), so it
// takes one fault, and freeing it at the end is one call. A block keeps its
// chunk alive (a shared_ptr aliasing the chunk), so a chunk goes when the
// last of its blocks does, as the caches start over. Blocks too large for a
// chunk, and all blocks if chunks cannot be mapped, come from the heap.
class BlockArena {
 public:
  std::shared_ptr<std::uint64_t[]> allocate(std::size_t words) {
    if (words > kChunkWords / 8) return heap_block(words);
    const std::lock_guard lock(mutex_);
    if (!chunk_ || kChunkWords - used_ < words) {
      chunk_ = Chunk::map();
      used_ = 0;
      if (!chunk_) return heap_block(words);
    }
    std::uint64_t* block = chunk_->words + used_;
    used_ += words;
    return std::shared_ptr<std::uint64_t[]>(chunk_, block);
  }

 private:
  static constexpr std::size_t kChunkBytes = std::size_t{1} << 21;
  static constexpr std::size_t kChunkWords = kChunkBytes / sizeof(std::uint64_t);

  struct Chunk {
    std::uint64_t* words = nullptr;
    // A chunk-aligned mapping (a huge page can back only an aligned range);
    // null if mmap fails.
    static std::shared_ptr<Chunk> map() {
      auto chunk = std::make_shared<Chunk>();  // first: if this throws, nothing is mapped yet
      void* p = ::mmap(nullptr, 2 * kChunkBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (p == MAP_FAILED) return nullptr;
      char* base = static_cast<char*>(p);
      const auto misalign = reinterpret_cast<std::uintptr_t>(base) % kChunkBytes;
      char* aligned = misalign == 0 ? base : base + (kChunkBytes - misalign);
      if (aligned > base) ::munmap(base, static_cast<std::size_t>(aligned - base));
      if (aligned + kChunkBytes < base + 2 * kChunkBytes) {
        ::munmap(aligned + kChunkBytes, static_cast<std::size_t>(base + 2 * kChunkBytes - (aligned + kChunkBytes)));
      }
#ifdef MADV_HUGEPAGE
      ::madvise(aligned, kChunkBytes, MADV_HUGEPAGE);  // a hint: without THP the chunk has 4 KB pages
#endif
      chunk->words = reinterpret_cast<std::uint64_t*>(aligned);
      return chunk;
    }
    Chunk() = default;
    Chunk(const Chunk&) = delete;
    Chunk& operator=(const Chunk&) = delete;
    ~Chunk() {
      if (words != nullptr) ::munmap(words, kChunkBytes);
    }
  };

  static std::shared_ptr<std::uint64_t[]> heap_block(std::size_t words) {
    return std::shared_ptr<std::uint64_t[]>(std::make_unique_for_overwrite<std::uint64_t[]>(words));
  }

  SpinLock mutex_;
  std::shared_ptr<Chunk> chunk_;
  std::size_t used_ = 0;
};

// A block of `T` followed by `words` 8-byte words for its arrays, from
// `arena`: the T is constructed at its start (T must be trivially
// destructible: no destructor runs, the block just goes), and the returned
// pointer keeps the block alive.
template <class T>
std::pair<std::shared_ptr<T>, std::uint64_t*> place_header(BlockArena& arena, std::size_t words) {
  static_assert(std::is_trivially_destructible_v<T> && alignof(T) <= alignof(std::uint64_t));
  constexpr std::size_t kHead = (sizeof(T) + sizeof(std::uint64_t) - 1) / sizeof(std::uint64_t);
  auto block = arena.allocate(kHead + words);
  T* header = ::new (static_cast<void*>(block.get())) T{};
  std::uint64_t* rest = block.get() + kHead;
  return {std::shared_ptr<T>(std::move(block), header), rest};
}

// The strongest relation (rank()) a word's pointers give to one target synset.
struct LinkTarget {
  std::uint64_t key = 0;  // id_key of the target
  WordRelation relation = WordRelation::kNone;
};

// A link as one integer that sorts by target key, then by descending rank()
// of its relation: the key shifted up, the rank's complement below it. Keys
// (id_key) take 34 bits; ranks are 0..5 and name their relation.
constexpr unsigned kLinkRankBits = 3;
std::uint64_t link_sort_key(std::uint64_t key, WordRelation relation) {
  return (key << kLinkRankBits) | static_cast<std::uint64_t>(7 - rank(relation));
}
LinkTarget link_target(std::uint64_t sort_key) {
  static constexpr std::array<WordRelation, 6> kByRank = {WordRelation::kNone, WordRelation::kHypernym,
                                                          WordRelation::kSimilar, WordRelation::kAntonym,
                                                          WordRelation::kSynonym, WordRelation::kLemma};
  const auto r = 7 - static_cast<int>(sort_key & ((std::uint64_t{1} << kLinkRankBits) - 1));
  return LinkTarget{sort_key >> kLinkRankBits, kByRank[static_cast<std::size_t>(std::clamp(r, 0, 5))]};
}

// Everything relation() needs to know about one surface word, distilled from
// its synsets so that a cached word costs no further parsing. It and its
// arrays share one block (place_header).
struct WordInfo {
  std::span<const std::string_view> lemmas;  // over all parts of speech
  IdSet senses;                              // first kMaxSenses synsets of each (lemma, pos)
  std::span<const LinkTarget> links;         // targets of the pointers out of those synsets, sorted by key
  IdSet heads;                               // heads of the adjective satellites among them
  IdSet senses_and_heads;
  std::span<const SynsetId> head_antonyms;  // antonyms of those heads
};

// A WordInfo as it is built, in vectors (the sets as sorted, unique keys).
struct WordInfoBuilder {
  std::vector<std::string> lemmas;
  std::vector<std::uint64_t> senses;
  std::vector<LinkTarget> links;
  std::vector<std::uint64_t> heads;
  std::vector<std::uint64_t> senses_and_heads;
  std::vector<SynsetId> head_antonyms;

  // The finished info, in one block.
  std::shared_ptr<const WordInfo> freeze(BlockArena& arena) const {
    const std::size_t size = storage_words<std::uint64_t>(senses.size() + heads.size() + senses_and_heads.size()) +
                             storage_words<LinkTarget>(links.size()) +
                             storage_words<SynsetId>(head_antonyms.size()) + string_words(lemmas);
    const auto [info, storage] = place_header<WordInfo>(arena, size);
    std::size_t at = 0;
    info->senses = IdSet(place_array(std::span<const std::uint64_t>(senses), storage, at));
    info->heads = IdSet(place_array(std::span<const std::uint64_t>(heads), storage, at));
    info->senses_and_heads = IdSet(place_array(std::span<const std::uint64_t>(senses_and_heads), storage, at));
    info->links = place_array(std::span<const LinkTarget>(links), storage, at);
    info->head_antonyms = place_array(std::span<const SynsetId>(head_antonyms), storage, at);
    info->lemmas = place_strings(lemmas, storage, at);
    return info;
  }
};

// Strongest one-hop link from `from`'s synsets to `to`'s (senses are few,
// links many: each sense is looked up among the link targets).
// Each sense is looked up by halving the range to one link (no early exit,
// no end test per step: fewer instructions than std::lower_bound).
WordRelation strongest_link(const WordInfo& from, const WordInfo& to) {
  WordRelation best = WordRelation::kNone;
  if (from.links.empty()) return best;
  for (const auto key : to.senses.keys()) {
    const LinkTarget* base = from.links.data();
    std::size_t n = from.links.size();
    while (n > 1) {
      const std::size_t half = n / 2;
      base = base[half - 1].key < key ? base + half : base;
      n -= half;
    }
    // `base` is the first link whose key is not below `key`, or the last link.
    if (base->key == key) best = stronger(best, base->relation);
  }
  return best;
}

// Indirect antonyms: an adjective satellite inherits its head's antonyms
// ("lengthy" is a satellite of "long", whose antonym is "short").
bool head_antonym(const WordInfo& from, const WordInfo& to) {
  return std::any_of(from.head_antonyms.begin(), from.head_antonyms.end(),
                     [&](SynsetId id) { return to.senses_and_heads.contains(id); });
}

// Checks in order of strength (see rank()): lemma, synonym, antonym (direct,
// then through satellite heads), then the strongest one-hop pointer, where
// two satellites of one head also count as similar.
WordRelation relate(const WordInfo& a, const WordInfo& b) {
  for (const auto& l : a.lemmas) {
    if (std::find(b.lemmas.begin(), b.lemmas.end(), l) != b.lemmas.end()) return WordRelation::kLemma;
  }
  if (a.senses.intersects(b.senses)) return WordRelation::kSynonym;
  const WordRelation direct = stronger(strongest_link(a, b), strongest_link(b, a));
  if (direct == WordRelation::kAntonym) return direct;
  if (head_antonym(a, b) || head_antonym(b, a)) return WordRelation::kAntonym;
  if (a.heads.intersects(b.heads)) return stronger(direct, WordRelation::kSimilar);
  return direct;
}

// Words whose WordInfo is kept; past this the cache starts over, which keeps
// memory bounded for long-running callers at the cost of recomputation.
constexpr std::size_t kMaxCachedWords = 1 << 15;
// Words whose RelatednessInfo is kept (same policy); one takes a few KB
// (hundreds of ancestors and gloss words), hence the smaller bound.
constexpr std::size_t kMaxCachedRelatednessWords = 1 << 13;
// Synsets whose SynsetFacts are kept (same policy). The hypernym tops are
// shared by most words, so a warm cache makes a new word cost a few parses.
constexpr std::size_t kMaxCachedSynsets = 1 << 16;

// The hash of the string-keyed caches below (searchable with a string_view).
struct KeyHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return memo_hash(s); }
};

// A map from keys to immutable shared values, safe to use from several
// threads. Values are computed outside the lock by the caller: two threads
// may both compute one, and the second insert is a no-op. When full, it
// starts over, which bounds memory.
template <class Key, class Value, class Hash = std::hash<Key>, class Eq = std::equal_to<Key>>
class SharedCache {
 public:
  explicit SharedCache(std::size_t capacity) : capacity_(capacity) {}

  template <class K>
  std::shared_ptr<const Value> find(const K& key) const {
    const std::size_t hash = Hash{}(key);
    const std::lock_guard lock(mutex_);
    const auto entry = locate(key, hash);
    return entry == 0 ? nullptr : entries_[entry - 1].second;
  }
  void insert(Key key, std::shared_ptr<const Value> value) const {
    const std::size_t hash = Hash{}(key);
    const std::lock_guard lock(mutex_);
    if (entries_.size() >= capacity_) {
      slots_.clear();
      entries_.clear();
    }
    if (locate(key, hash) != 0) return;  // another thread was first
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    entries_.emplace_back(std::move(key), std::move(value));
    place(hash, entries_.size());
  }

 private:
  // Open addressing with linear probing over a power of two of slots (at
  // most half full), entries in one vector: a node-based map spent most of a
  // lookup in a division and in cache misses on its nodes.
  struct Slot {
    std::size_t hash = 0;
    std::size_t entry = 0;  // entry number + 1; 0: empty
  };
  // Fibonacci hashing: also spreads hashes that are the key itself (integers).
  std::size_t start(std::size_t hash) const {
    return static_cast<std::size_t>((static_cast<std::uint64_t>(hash) * 0x9E3779B97F4A7C15ull) >> 32) &
           (slots_.size() - 1);
  }
  template <class K>
  std::size_t locate(const K& key, std::size_t hash) const {
    if (slots_.empty()) return 0;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = start(hash);; at = (at + 1) & mask) {
      const Slot& s = slots_[at];
      if (s.entry == 0) return 0;
      if (s.hash == hash && Eq{}(entries_[s.entry - 1].first, key)) return s.entry;
    }
  }
  void place(std::size_t hash, std::size_t entry) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = start(hash);
    while (slots_[at].entry != 0) at = (at + 1) & mask;
    slots_[at] = Slot{hash, entry};
  }
  void grow() const {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : 2 * old.size(), Slot{});
    for (const Slot& s : old) {
      if (s.entry != 0) place(s.hash, s.entry);
    }
  }

  std::size_t capacity_;
  mutable SpinLock mutex_;
  mutable std::vector<Slot> slots_;
  mutable std::vector<std::pair<Key, std::shared_ptr<const Value>>> entries_;
};

// ------------------------------------------------------------- relatedness
//
// relatedness() grades how close two words are from two independent kinds of
// WordNet evidence, each taken over the first kMaxSenses senses of every
// lemma of both words (the best sense pair wins, since the caller's context
// is unknown):
//
//  1. Path similarity (Wu & Palmer 1994) over the hypernym graph ('@', '@i')
//     of nouns and verbs: 2*D / (N1 + N2 + 2*D), where D is the depth of a
//     common ancestor (shortest hypernym path to a root, plus one) and N1, N2
//     the hypernym steps from each sense up to it; the best common ancestor
//     counts. Verb hierarchies are much shallower than noun ones (mean depth
//     3.5 against 9.0 in WordNet 3.0), so verb depths are scaled by
//     kVerbDepthScale: a step between verbs then weighs, relative to depth,
//     about what a step between nouns does, and "govern" / "manage" (siblings
//     under the root "control") are not mistaken for distant words.
//     Cross-POS bridges let adjectives, adverbs and nouns/verbs meet: a
//     sense also stands for the synsets its derivation ('+'), pertainym ('\')
//     and attribute ('=') pointers name, and an adjective satellite for its
//     head ('&'), each hop discounting the similarity (kBridgeWeight,
//     kSatelliteWeight), since a hop changes the meaning somewhat. Adjective
//     and adverb synsets have no hierarchy; they count only when identical.
//  2. Gloss overlap, a light Extended Lesk (Banerjee & Pedersen 2003): the
//     content words of a sense's lemmas and definition, together with those
//     of its direct hypernyms (or, for a satellite, its head), compared
//     between the two senses as overlap / sqrt(|bag1| * |bag2|).
//
// Raw values of either are not comparable across the scale: Wu-Palmer gives
// 0.7 to many unrelated noun pairs whose common ancestor is a broad class such
// as "act" or "organization". So each raw value is calibrated into evidence:
// -log10 of the chance that a random pair of common WordNet words scores at
// least that much (tables below). Evidence from the two signals adds, as for
// independent tests, and kFullEvidence of it (a one-in-ten-thousand
// coincidence) makes 1. The score thus reads as "how surprising is this
// closeness", which is what separates rewording from a change of meaning.
// Its limit is WordNet's: senses it lacks (leverage as "exploit", deployment
// of software) cannot be found, and closeness it records between generic
// senses (time / thing: both "an occurrence") counts as such.

// Discount for reaching a synset through a derivation, pertainym or attribute
// pointer ("govern" -> "government"), and through a satellite's head
// ("lengthy" -> "long").
constexpr double kBridgeWeight = 0.85;
constexpr double kSatelliteWeight = 0.8;
// Mean synset depth in WordNet 3.0: nouns 9.0, verbs 3.5.
constexpr double kVerbDepthScale = 2.5;
// Stops the hypernym walk in damaged data; WordNet's deepest chain has 19 synsets.
constexpr int kMaxHypernymDepth = 64;

// One hypernym ancestor of a synset (or the synset itself, at distance 0).
struct Ancestor {
  std::uint64_t key = 0;
  std::uint16_t dist = 0;   // hypernym steps up to it
  std::uint16_t depth = 1;  // its own depth: shortest path to a root, plus one
};

// What relatedness() needs of one synset, computed once and cached. It and
// its arrays share one block of a BlockArena chunk (place_header): a first
// pass reads thousands of synsets, and a parsed record and its facts in
// vectors of their own took six allocations each, and as many frees when
// the cache went.
struct SynsetFacts {
  char type = 'n';  // n v a s r
  std::uint16_t depth = 1;
  std::span<const Pointer> pointers;
  std::span<const std::string_view> words;  // the synset's words (as Synset::words)
  std::span<const Ancestor> ancestors;      // sorted by key; nouns and verbs only
  std::span<const std::uint64_t> content;   // content words of lemmas and definition, sorted, unique

  bool satellite() const { return type == 's'; }
};

// A synset a word can reach (a sense, or a bridge or ancestor of one),
// with the discount of the bridges crossed to reach the start of the path.
struct PathEntry {
  std::uint64_t key = 0;
  double weight = 1;
  std::uint16_t dist = 0;
  std::uint16_t depth = 1;
};

// Everything relatedness() needs about one surface word, cached. It and its
// arrays share one block, as SynsetFacts do.
struct RelatednessInfo {
  std::span<const std::string_view> lemmas;  // views of that block as well
  std::span<const std::uint64_t> senses;     // sorted
  std::span<const PathEntry> path;           // sorted by key, dominated entries dropped
  // Gloss bags of the first kMaxGlossSenses senses, inverted: each content
  // word with the set of senses whose bag holds it (bit i: sense i).
  struct VocabularyWord {
    std::uint64_t word = 0;
    std::uint64_t senses = 0;
  };
  std::span<const VocabularyWord> vocabulary;  // sorted by word
  std::span<const std::uint32_t> bag_sizes;    // per sense
};

// A RelatednessInfo as it is built, in vectors.
struct RelatednessBuilder {
  std::vector<std::string> lemmas;
  std::vector<std::uint64_t> senses;
  std::vector<PathEntry> path;
  std::vector<RelatednessInfo::VocabularyWord> vocabulary;
  std::vector<std::uint32_t> bag_sizes;

  // The finished info, in one block.
  std::shared_ptr<const RelatednessInfo> freeze(BlockArena& arena) const {
    const std::size_t size = storage_words<std::uint64_t>(senses.size()) + storage_words<PathEntry>(path.size()) +
                             storage_words<RelatednessInfo::VocabularyWord>(vocabulary.size()) +
                             storage_words<std::uint32_t>(bag_sizes.size()) + string_words(lemmas);
    const auto [info, storage] = place_header<RelatednessInfo>(arena, size);
    std::size_t at = 0;
    info->senses = place_array(std::span<const std::uint64_t>(senses), storage, at);
    info->path = place_array(std::span<const PathEntry>(path), storage, at);
    info->vocabulary = place_array(std::span<const RelatednessInfo::VocabularyWord>(vocabulary), storage, at);
    info->bag_sizes = place_array(std::span<const std::uint32_t>(bag_sizes), storage, at);
    info->lemmas = place_strings(lemmas, storage, at);
    return info;
  }
};

// Senses of a word that take part in gloss overlap: one bit each in a
// VocabularyWord. Only words with several lemmas reach this (8 senses per
// lemma and part of speech); their later senses are the rarest.
constexpr std::size_t kMaxGlossSenses = 64;

// Sorts `v` by `less`, given that it consists of sorted runs starting at
// `runs` (ascending, the first 0): pairwise merges of neighbouring runs,
// cheaper than a sort since a word's path and vocabulary are a few dozen
// sorted lists. Consumes `runs`.
template <class T, class Less>
void merge_runs(std::vector<T>& v, std::vector<std::size_t>& runs, Less less) {
  thread_local std::vector<T> merged;  // kept, as the callers' buffers are
  runs.push_back(v.size());
  while (runs.size() > 2) {
    merged.resize(v.size());
    std::size_t kept = 0;
    for (std::size_t k = 0; k + 1 < runs.size(); k += 2) {
      const auto begin = v.begin() + static_cast<std::ptrdiff_t>(runs[k]);
      const auto mid = v.begin() + static_cast<std::ptrdiff_t>(runs[k + 1]);
      const auto end = k + 2 < runs.size() ? v.begin() + static_cast<std::ptrdiff_t>(runs[k + 2]) : mid;
      std::merge(begin, mid, mid, end, merged.begin() + static_cast<std::ptrdiff_t>(runs[k]), less);
      runs[kept++] = runs[k];
    }
    runs[kept++] = v.size();
    runs.resize(kept);
    v.swap(merged);
  }
}

// Adds the bag of the word's next sense (sorted, unique) to its inverted
// vocabulary, as a sorted run starting at an entry added to `runs`.
void add_bag(RelatednessBuilder& info, const std::vector<std::uint64_t>& bag, std::vector<std::size_t>& runs) {
  const std::size_t sense_index = info.bag_sizes.size();
  if (sense_index >= kMaxGlossSenses) return;
  info.bag_sizes.push_back(static_cast<std::uint32_t>(bag.size()));
  runs.push_back(info.vocabulary.size());
  for (const auto w : bag) info.vocabulary.push_back({w, std::uint64_t{1} << sense_index});
}

// Sorts the vocabulary (the runs of add_bag) by word and merges each word's
// entries. Consumes `runs`.
void finish_vocabulary(RelatednessBuilder& info, std::vector<std::size_t>& runs) {
  auto& v = info.vocabulary;
  if (runs.empty()) runs.push_back(0);
  merge_runs(v, runs, [](const auto& x, const auto& y) { return x.word < y.word; });
  std::size_t out = 0;
  for (std::size_t k = 0; k < v.size(); ++k) {
    if (out > 0 && v[out - 1].word == v[k].word) {
      v[out - 1].senses |= v[k].senses;
    } else {
      v[out++] = v[k];
    }
  }
  v.resize(out);
}

void sort_unique(std::vector<std::uint64_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

Pos pos_of_key(std::uint64_t key) { return kAllPos[static_cast<std::size_t>(key >> 32) & 3]; }

// Order of path entries before pruning: by key, then shortest, then heaviest.
// Entries that tie are equal in every field (a key's depth is that of its
// synset), so the sorted sequence does not depend on how it is sorted.
bool path_order(const PathEntry& x, const PathEntry& y) {
  if (x.key != y.key) return x.key < y.key;
  if (x.dist != y.dist) return x.dist < y.dist;
  return x.weight > y.weight;
}

// Keeps, per key, only entries that no other beats on both distance and
// weight. `path` must be sorted by path_order.
void prune_path(std::vector<PathEntry>& path) {
  // In place: the kept entries are a subsequence.
  std::size_t kept = 0;
  double best_weight = 0;
  for (std::size_t k = 0; k < path.size(); ++k) {
    const PathEntry e = path[k];
    const bool new_key = kept == 0 || path[kept - 1].key != e.key;
    if (new_key) best_weight = 0;
    if (e.weight > best_weight) {
      path[kept++] = e;
      best_weight = e.weight;
    }
  }
  path.resize(kept);
}

// Wu-Palmer through the common ancestor `key`; identical adjective or adverb
// synsets (depth 1, distance 0) give 1.
double wu_palmer(std::uint64_t key, const PathEntry& a, const PathEntry& b) {
  const double scale = pos_of_key(key) == Pos::kVerb ? kVerbDepthScale : 1.0;
  const double d = scale * a.depth;
  return 2 * d / (a.dist + b.dist + 2 * d);
}

// Best discounted Wu-Palmer similarity over all common ancestors: a merge of
// the two sorted entry lists.
double path_similarity(const RelatednessInfo& a, const RelatednessInfo& b) {
  double best = 0;
  auto i = a.path.begin();
  auto j = b.path.begin();
  while (i != a.path.end() && j != b.path.end()) {
    if (i->key < j->key) {
      ++i;
    } else if (j->key < i->key) {
      ++j;
    } else {
      const auto key = i->key;
      const auto i_end = std::find_if(i, a.path.end(), [&](const PathEntry& e) { return e.key != key; });
      const auto j_end = std::find_if(j, b.path.end(), [&](const PathEntry& e) { return e.key != key; });
      for (auto x = i; x != i_end; ++x) {
        // Weights multiplied first: x*y == y*x exactly, which keeps the result symmetric.
        for (auto y = j; y != j_end; ++y) best = std::max(best, wu_palmer(key, *x, *y) * (x->weight * y->weight));
      }
      i = i_end;
      j = j_end;
    }
  }
  return best;
}

// Gloss overlap of every sense pair at once: a merge of the two words'
// vocabularies, counting each shared word for every pair of senses whose bags
// hold it. Cheaper than comparing bag by bag, since shared words are few.
// Each pair scores overlap / sqrt(|bag1| * |bag2|); the best pair counts.
double gloss_similarity(const RelatednessInfo& a, const RelatednessInfo& b) {
  const std::size_t nb = b.bag_sizes.size();
  thread_local std::vector<std::uint16_t> common;  // kept: up to 8 KB, cleared per call
  common.assign(a.bag_sizes.size() * nb, 0);
  auto i = a.vocabulary.begin();
  auto j = b.vocabulary.begin();
  while (i != a.vocabulary.end() && j != b.vocabulary.end()) {
    if (i->word < j->word) {
      ++i;
    } else if (j->word < i->word) {
      ++j;
    } else {
      for (auto x = i->senses; x != 0; x &= x - 1) {
        const auto row = static_cast<std::size_t>(std::countr_zero(x)) * nb;
        for (auto y = j->senses; y != 0; y &= y - 1) ++common[row + static_cast<std::size_t>(std::countr_zero(y))];
      }
      ++i;
      ++j;
    }
  }
  double best = 0;
  for (std::size_t k = 0; k < common.size(); ++k) {
    if (common[k] == 0) continue;
    const double sizes = static_cast<double>(a.bag_sizes[k / nb]) * b.bag_sizes[k % nb];
    best = std::max(best, common[k] / std::sqrt(sizes));
  }
  return best;
}

// Evidence that makes relatedness 1: a closeness that one random pair in
// 10^4 reaches on path and gloss together.
constexpr double kFullEvidence = 4.0;

// A calibration point: raw similarity -> evidence, -log10 of the share of
// random word pairs scoring at least that much.
struct EvidencePoint {
  double raw;
  double evidence;
};

// Piecewise-linear in between the points, flat beyond the last.
double evidence(std::span<const EvidencePoint> table, double raw) {
  if (raw <= table.front().raw) return table.front().evidence;
  for (std::size_t k = 1; k < table.size(); ++k) {
    if (raw <= table[k].raw) {
      const auto& lo = table[k - 1];
      const auto& hi = table[k];
      return lo.evidence + (hi.evidence - lo.evidence) * (raw - lo.raw) / (hi.raw - lo.raw);
    }
  }
  return table.back().evidence;
}

// Measured on 10^5 random pairs of the 4663 single-word lemmas with at least
// two senses tagged in SemCor (tagsense_cnt >= 2 in index.noun, index.verb,
// index.adj), i.e. common, polysemous words, with the signals as
// computed here; the points are the raw values at tail shares 1/2, 3/10, 1/5,
// 1/10, ... 1/1000 (most random pairs share no gloss word at all, so the
// gloss table starts at 3/10). Beyond the sample's resolution the tables are extended to
// (1, kFullEvidence): a perfect match on either signal alone is conclusive.
// Re-measure when a signal's definition changes.
constexpr EvidencePoint kPathEvidence[] = {
    {0.0, 0.0},    {0.453, 0.30}, {0.537, 0.51}, {0.588, 0.67}, {0.667, 0.96}, {0.714, 1.23}, {0.750, 1.47},
    {0.778, 1.66}, {0.833, 1.93}, {0.870, 2.29}, {0.909, 2.60}, {0.933, 2.96}, {1.0, kFullEvidence}};
constexpr EvidencePoint kGlossEvidence[] = {
    {0.0, 0.0},    {0.096, 0.51}, {0.118, 0.70}, {0.154, 1.00}, {0.200, 1.30}, {0.239, 1.52},
    {0.289, 1.70}, {0.478, 2.00}, {0.603, 2.30}, {0.707, 2.68}, {0.756, 2.95}, {1.0, kFullEvidence}};


// The 1-based number of `lemma` among the synset's words (case and an
// adjective marker such as "(a)" ignored); 0 if absent.
int word_number(std::span<const std::string_view> words, std::string_view lemma) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    auto w = words[i];
    w = w.substr(0, std::min(w.find('('), w.size()));
    if (w.size() == lemma.size() &&
        std::equal(w.begin(), w.end(), lemma.begin(), [](char x, char y) {
          return (x >= 'A' && x <= 'Z' ? x - 'A' + 'a' : x) == y;
        })) {
      return static_cast<int>(i + 1);
    }
  }
  return 0;
}

// Synsets standing for one sense in path similarity, with their discount.
using Bridges = std::vector<std::pair<SynsetId, double>>;

void add_bridge(Bridges& out, SynsetId id, double weight) {
  for (auto& [known, w] : out) {
    if (known == id) {
      w = std::max(w, weight);
      return;
    }
  }
  out.emplace_back(id, weight);
}

// The text source: index lines searched and data records parsed in place.
class TextSource final : public WordNetSource {
 public:
  explicit TextSource(DatabaseFiles files) : files_(std::move(files)) {
    for (const Pos pos : kAllPos) {
      const auto i = pos_index(pos);
      index_body_[i] = skip_licence(files_.index[i].bytes());
      exceptions_[i] = parse_exceptions(files_.exc[i].bytes());
    }
  }

  bool in_index(std::string_view key, Pos pos) const override {
    return find_line(index_body_[pos_index(pos)], key).has_value();
  }
  std::vector<std::uint32_t> senses(std::string_view lemma, Pos pos) const override {
    const auto line = find_line(index_body_[pos_index(pos)], lemma);
    return line ? index_offsets(*line, kMaxSenses) : std::vector<std::uint32_t>{};
  }
  std::uint32_t tagged_senses(std::string_view lemma, Pos pos) const override {
    const auto line = find_line(index_body_[pos_index(pos)], lemma);
    return line ? index_tagged_senses(*line) : 0;
  }
  std::optional<Synset> synset(SynsetId id) const override {
    return parse_synset(files_.data[pos_index(id.pos)].bytes(), id);
  }
  void content_words(const Synset& s, std::vector<std::uint64_t>& out) const override {
    for (const auto w : s.words) add_content_words(w, out);
    add_content_words(gloss_definition(s.gloss), out);
  }
  std::optional<std::vector<std::string>> exceptions(std::string_view word, Pos pos) const override {
    const auto& exc = exceptions_[pos_index(pos)];
    const auto it = exc.find(word);
    if (it == exc.end()) return std::nullopt;
    return it->second;
  }
  bool collocation_prefix(std::uint64_t hash) const override {
    std::call_once(prefixes_built_, [this] { build_collocation_prefixes(); });
    return collocation_prefix_lookup([&](std::size_t i) { return collocation_prefixes_[i]; },
                                     collocation_prefixes_.size(), hash);
  }

 private:
  // Built on the first question rather than at open, which stays cheap for
  // callers that never ask about collocations (it takes a scan of the index
  // files: about 10 ms).
  void build_collocation_prefixes() const {
    std::vector<std::uint64_t> prefixes;
    prefixes.reserve(1 << 18);
    for (std::size_t i = 0; i < 4; ++i) {
      for (auto body = index_body_[i]; !body.empty();) {
        const auto end = std::min(body.find('\n'), body.size());
        add_collocation_prefixes(first_field(body.substr(0, end)), prefixes);
        body.remove_prefix(std::min(end + 1, body.size()));
      }
      for (const auto& [form, bases] : exceptions_[i]) add_collocation_prefixes(form, prefixes);
    }
    collocation_prefixes_ = collocation_prefix_table(prefixes);  // duplicates are stored once
  }

  DatabaseFiles files_;
  std::array<std::string_view, 4> index_body_;
  std::array<ExceptionMap, 4> exceptions_;
  mutable std::once_flag prefixes_built_;
  mutable std::vector<std::uint64_t> collocation_prefixes_;  // collocation_prefix_table
};

class WordNetDb final : public WordNet {
 public:
  WordNetDb(std::unique_ptr<const WordNetSource> source, std::string version)
      : source_(std::move(source)), version_(std::move(version)) {}

  std::vector<std::string> lemmas(std::string_view word, Pos pos) const override;
  std::vector<std::string> lemmas(std::string_view word) const override;
  bool contains(std::string_view lemma) const override;
  WordRelation relation(std::string_view a, std::string_view b) const override;
  double relatedness(std::string_view a, std::string_view b) const override;
  int lexicographer_file(std::string_view word) const override;
  bool part_of(std::string_view part, std::string_view whole) const override;
  bool proper_noun(std::string_view word) const override;
  std::string version() const override { return version_; }

  // The raw signals behind relatedness() for two index keys, before
  // calibration (exposed for measuring the calibration tables).
  struct RawRelatedness {
    bool known = false;     // both words are in WordNet
    bool same = false;      // a shared lemma or synset
    double path = 0;
    double gloss = 0;
  };
  RawRelatedness raw_relatedness(std::string_view ka, std::string_view kb) const;

 private:
  bool in_index(std::string_view key, Pos pos) const { return source_->in_index(key, pos); }
  struct DominantSense {
    std::string lemma;  // index key
    SynsetId id;        // the lemma's first sense in its most corpus-tagged part of speech
  };
  std::optional<DominantSense> dominant_sense(std::string_view word) const;
  struct SegmentForms {
    bool bounded = true;             // morph_word_superset succeeded
    std::vector<std::string> forms;  // its result
  };
  std::shared_ptr<const SegmentForms> segment_forms(std::string_view word) const;
  bool collocation_possible(std::string_view key) const;
  std::vector<std::string> morphy(const std::string& key, Pos pos) const;
  // morphy(key, pos) of each part of speech, cached: lemmas(), relation()
  // and relatedness() all start from a word's lemmas.
  using PosLemmas = std::array<std::vector<std::string>, 4>;
  std::shared_ptr<const PosLemmas> pos_lemmas(std::string_view key) const;
  std::vector<std::string> morphy_unfiltered(const std::string& key, Pos pos) const;
  std::vector<std::string> morph_word(const std::string& word, Pos pos) const;
  void morph_collocation(const std::string& key, Pos pos, std::vector<std::string>& out) const;
  std::vector<std::string> all_lemmas(std::string_view key) const;
  std::optional<Synset> synset(SynsetId id) const { return source_->synset(id); }
  std::shared_ptr<const WordInfo> word_info(std::string_view key) const;
  std::shared_ptr<const WordInfo> compute_word_info(std::string_view key) const;
  std::shared_ptr<const SynsetFacts> synset_facts(SynsetId id, int level = 0) const;
  void sense_bag(const SynsetFacts& sense, std::vector<std::uint64_t>& bag) const;
  void collect_bridges(const SynsetFacts& s, int word, double weight, bool first_hop, Bridges& out) const;
  std::shared_ptr<const RelatednessInfo> relatedness_info(std::string_view key) const;
  std::shared_ptr<const RelatednessInfo> compute_relatedness_info(std::string_view key) const;
  // A word's WordInfo and RelatednessInfo as the source stores them
  // (WordNetSource::word_record), as views of its bytes; null if it stores
  // none for `key` or the record is damaged.
  std::shared_ptr<const WordInfo> stored_word_info(std::string_view key) const;
  // The source's record of `key`; only single words are stored, so word
  // runs (collocation candidates) are not looked up.
  std::string_view stored_record(std::string_view key) const {
    return find_separator(key) == std::string_view::npos ? source_->word_record(key) : std::string_view();
  }
  std::shared_ptr<const RelatednessInfo> stored_relatedness_info(std::string_view key) const;

 public:
  // The word data section of `forms` (see word_data_section).
  std::string word_data(std::vector<std::string> forms) const;

 private:

  std::unique_ptr<const WordNetSource> source_;
  std::string version_;

  // Where the blocks of the cached data below come from, one arena per
  // cache, so that the chunks of a cache that starts over are freed with
  // its blocks rather than kept by another cache's (declared before the
  // caches, so they go after them; a chunk goes with its last block in any
  // case).
  mutable BlockArena word_arena_;
  mutable BlockArena relatedness_arena_;
  mutable BlockArena synset_arena_;
  // Per-word and per-synset data, shared by all threads.
  SharedCache<std::string, WordInfo, KeyHash, std::equal_to<>> word_cache_{kMaxCachedWords};
  SharedCache<std::string, RelatednessInfo, KeyHash, std::equal_to<>> relatedness_cache_{
      kMaxCachedRelatednessWords};
  SharedCache<std::uint64_t, SynsetFacts> synset_cache_{kMaxCachedSynsets};
  SharedCache<std::string, SegmentForms, KeyHash, std::equal_to<>> segment_cache_{kMaxCachedWords};
  SharedCache<std::string, PosLemmas, KeyHash, std::equal_to<>> lemma_cache_{kMaxCachedWords};
};

// ------------------------------------------------------- stored word data
//
// A word record (wordnet_cache.hpp, "word data") holds a word's
// RelatednessInfo and WordInfo, which share its lemmas: a header of twelve
// u32 (the counts below, then 0), then, each array starting at a multiple of
// 8 bytes: u64 senses; path entries of 24 bytes (u64 key, f64 weight, u16
// distance, u16 depth, u32 0); vocabulary words of 16 bytes (u64 word, u64
// sense bits); u32 bag sizes; then the WordInfo's u64 senses, links of 16
// bytes (u64 key, u32 WordRelation, u32 0), u64 heads, u64 senses and heads,
// head antonyms of 8 bytes (u32 Pos, u32 offset); then the lemmas,
// each a u32 length and its bytes. The arrays are used in place, so their
// layout is that of the structs (checked below).
struct WordRecordHeader {
  std::uint32_t lemmas, lemma_bytes, senses, path, vocabulary, bags;
  std::uint32_t word_senses, links, heads, senses_and_heads, head_antonyms, zero;
};
static_assert(sizeof(WordRecordHeader) == 48);
static_assert(sizeof(PathEntry) == 24 && offsetof(PathEntry, weight) == 8 && offsetof(PathEntry, dist) == 16 &&
              offsetof(PathEntry, depth) == 18);
static_assert(sizeof(RelatednessInfo::VocabularyWord) == 16 && offsetof(RelatednessInfo::VocabularyWord, senses) == 8);
static_assert(sizeof(LinkTarget) == 16 && offsetof(LinkTarget, relation) == 8 && sizeof(WordRelation) == 4);
static_assert(sizeof(SynsetId) == 8 && offsetof(SynsetId, offset) == 4 && sizeof(Pos) == 4);

template <class T>
void append_raw(std::string& out, T v) {
  char b[sizeof v];
  std::memcpy(b, &v, sizeof v);
  out.append(b, sizeof v);
}

void pad8(std::string& out) { out.resize((out.size() + 7) / 8 * 8, '\0'); }

// Appends the record of a word whose infos are `r` and `w`; false (nothing
// appended) if their lemmas differ, which compute_* never gives.
bool append_word_record(std::string& out, const RelatednessInfo& r, const WordInfo& w) {
  if (!std::equal(r.lemmas.begin(), r.lemmas.end(), w.lemmas.begin(), w.lemmas.end())) return false;
  std::uint32_t lemma_bytes = 0;
  for (const auto l : r.lemmas) lemma_bytes += 4 + static_cast<std::uint32_t>(l.size());
  const WordRecordHeader h{static_cast<std::uint32_t>(r.lemmas.size()),
                           lemma_bytes,
                           static_cast<std::uint32_t>(r.senses.size()),
                           static_cast<std::uint32_t>(r.path.size()),
                           static_cast<std::uint32_t>(r.vocabulary.size()),
                           static_cast<std::uint32_t>(r.bag_sizes.size()),
                           static_cast<std::uint32_t>(w.senses.keys().size()),
                           static_cast<std::uint32_t>(w.links.size()),
                           static_cast<std::uint32_t>(w.heads.keys().size()),
                           static_cast<std::uint32_t>(w.senses_and_heads.keys().size()),
                           static_cast<std::uint32_t>(w.head_antonyms.size()),
                           0};
  append_raw(out, h);
  for (const auto k : r.senses) append_raw(out, k);
  for (const auto& e : r.path) {
    append_raw(out, e.key);
    append_raw(out, e.weight);
    append_raw(out, e.dist);
    append_raw(out, e.depth);
    append_raw(out, std::uint32_t{0});
  }
  for (const auto& v : r.vocabulary) {
    append_raw(out, v.word);
    append_raw(out, v.senses);
  }
  for (const auto b : r.bag_sizes) append_raw(out, b);
  pad8(out);
  for (const auto k : w.senses.keys()) append_raw(out, k);
  for (const auto& l : w.links) {
    append_raw(out, l.key);
    append_raw(out, static_cast<std::uint32_t>(l.relation));
    append_raw(out, std::uint32_t{0});
  }
  for (const auto k : w.heads.keys()) append_raw(out, k);
  for (const auto k : w.senses_and_heads.keys()) append_raw(out, k);
  for (const auto id : w.head_antonyms) {
    append_raw(out, static_cast<std::uint32_t>(id.pos));  // the enum's value: the array is read in place
    append_raw(out, id.offset);
  }
  for (const auto l : r.lemmas) {
    append_raw(out, static_cast<std::uint32_t>(l.size()));
    out.append(l);
  }
  pad8(out);
  return true;
}

// A word record's parts, as views of its bytes.
struct WordRecord {
  std::span<const std::uint64_t> senses;
  std::span<const PathEntry> path;
  std::span<const RelatednessInfo::VocabularyWord> vocabulary;
  std::span<const std::uint32_t> bag_sizes;
  std::span<const std::uint64_t> word_senses;
  std::span<const LinkTarget> links;
  std::span<const std::uint64_t> heads;
  std::span<const std::uint64_t> senses_and_heads;
  std::span<const SynsetId> head_antonyms;
  std::vector<std::string_view>* lemmas = nullptr;  // a per-thread buffer
};

// The lemmas of a record with header `h` from its lemma bytes, as views
// into a per-thread buffer; null if damaged.
std::vector<std::string_view>* record_lemmas(const WordRecordHeader& h, std::string_view bytes) {
  thread_local std::vector<std::string_view> lemmas;
  lemmas.clear();
  for (std::uint32_t k = 0; k < h.lemmas; ++k) {
    if (bytes.size() < 4) return nullptr;
    std::uint32_t n;
    std::memcpy(&n, bytes.data(), sizeof n);
    bytes.remove_prefix(4);
    if (n > bytes.size()) return nullptr;
    lemmas.push_back(bytes.substr(0, n));
    bytes.remove_prefix(n);
  }
  return &lemmas;
}

// The lemmas alone of a record (all_lemmas of its words), without the checks
// of the arrays before them; null if damaged.
std::vector<std::string_view>* record_lemmas(std::string_view rec) {
  if (rec.size() < sizeof(WordRecordHeader)) return nullptr;
  WordRecordHeader h;
  std::memcpy(&h, rec.data(), sizeof h);
  auto bytes = [](std::uint32_t n, std::size_t size) { return (static_cast<std::size_t>(n) * size + 7) / 8 * 8; };
  const std::size_t at = sizeof h + bytes(h.senses, 8) + bytes(h.path, sizeof(PathEntry)) +
                         bytes(h.vocabulary, sizeof(RelatednessInfo::VocabularyWord)) + bytes(h.bags, 4) +
                         bytes(h.word_senses, 8) + bytes(h.links, sizeof(LinkTarget)) + bytes(h.heads, 8) +
                         bytes(h.senses_and_heads, 8) + bytes(h.head_antonyms, sizeof(SynsetId));
  if (at > rec.size() || h.lemma_bytes > rec.size() - at) return nullptr;
  return record_lemmas(h, rec.substr(at, h.lemma_bytes));
}

// The parts of `rec`, every count checked against its size and every value
// that indexes or names something checked to be in range (sense bits below
// the bag count, relations and parts of speech valid), so that a damaged
// record gives wrong answers at worst; nullopt if anything is off.
std::optional<WordRecord> parse_word_record(std::string_view rec) {
  if (rec.size() < sizeof(WordRecordHeader) || reinterpret_cast<std::uintptr_t>(rec.data()) % 8 != 0) {
    return std::nullopt;
  }
  WordRecordHeader h;
  std::memcpy(&h, rec.data(), sizeof h);
  std::size_t at = sizeof h;
  bool ok = true;
  auto take = [&]<class T>(std::uint32_t n, std::span<const T>& out) {
    const std::size_t bytes = (static_cast<std::size_t>(n) * sizeof(T) + 7) / 8 * 8;
    if (!ok || bytes > rec.size() - at) {
      ok = false;
      return;
    }
    out = {reinterpret_cast<const T*>(rec.data() + at), n};
    at += bytes;
  };
  WordRecord r;
  take(h.senses, r.senses);
  take(h.path, r.path);
  take(h.vocabulary, r.vocabulary);
  take(h.bags, r.bag_sizes);
  take(h.word_senses, r.word_senses);
  take(h.links, r.links);
  take(h.heads, r.heads);
  take(h.senses_and_heads, r.senses_and_heads);
  take(h.head_antonyms, r.head_antonyms);
  if (!ok || h.lemma_bytes > rec.size() - at || h.bags > kMaxGlossSenses) return std::nullopt;
  const std::uint64_t bag_mask = h.bags == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << h.bags) - 1;
  for (const auto& v : r.vocabulary)
    if ((v.senses & ~bag_mask) != 0) return std::nullopt;
  for (const auto& l : r.links) {
    std::uint32_t rel;
    std::memcpy(&rel, reinterpret_cast<const char*>(&l) + offsetof(LinkTarget, relation), sizeof rel);
    if (rel > static_cast<std::uint32_t>(WordRelation::kAntonym)) return std::nullopt;
  }
  for (const auto& id : r.head_antonyms) {
    std::uint32_t pos;
    std::memcpy(&pos, &id, sizeof pos);
    if (pos > 3) return std::nullopt;
  }
  r.lemmas = record_lemmas(h, rec.substr(at, h.lemma_bytes));
  if (r.lemmas == nullptr) return std::nullopt;
  return r;
}

std::shared_ptr<const RelatednessInfo> WordNetDb::stored_relatedness_info(std::string_view key) const {
  const auto rec = parse_word_record(stored_record(key));
  if (!rec) return nullptr;
  const std::span<const std::string_view> lemmas(*rec->lemmas);
  const auto [info, storage] = place_header<RelatednessInfo>(relatedness_arena_, storage_words(lemmas));
  std::size_t at = 0;
  info->lemmas = place_array(lemmas, storage, at);
  info->senses = rec->senses;
  info->path = rec->path;
  info->vocabulary = rec->vocabulary;
  info->bag_sizes = rec->bag_sizes;
  return info;
}

std::shared_ptr<const WordInfo> WordNetDb::stored_word_info(std::string_view key) const {
  const auto rec = parse_word_record(stored_record(key));
  if (!rec) return nullptr;
  const std::span<const std::string_view> lemmas(*rec->lemmas);
  const auto [info, storage] = place_header<WordInfo>(word_arena_, storage_words(lemmas));
  std::size_t at = 0;
  info->lemmas = place_array(lemmas, storage, at);
  info->senses = IdSet(rec->word_senses);
  info->links = rec->links;
  info->heads = IdSet(rec->heads);
  info->senses_and_heads = IdSet(rec->senses_and_heads);
  info->head_antonyms = rec->head_antonyms;
  return info;
}

std::string WordNetDb::word_data(std::vector<std::string> forms) const {
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  // Words with the same lemmas per part of speech have the same infos: one
  // record for each such set.
  std::unordered_map<std::string, std::uint32_t> record_of_set;
  std::vector<std::string_view> keys;
  std::vector<std::uint32_t> key_record;
  std::string records;
  std::vector<std::uint64_t> record_begin = {0};
  std::string set_key;
  for (const auto& form : forms) {
    thread_local std::string buf;
    if (form.empty() || key_view(form, buf).data() != form.data() || find_separator(form) != std::string::npos) {
      continue;  // not a key of a single word
    }
    const auto lemmas = pos_lemmas(form);
    set_key.clear();
    for (const auto& of_pos : *lemmas) {
      for (const auto& l : of_pos) (set_key += l) += '\x1f';
      set_key += '\x1e';
    }
    if (set_key.size() == 4) continue;  // no lemma: nothing to store
    auto [it, added] = record_of_set.emplace(set_key, static_cast<std::uint32_t>(record_begin.size() - 1));
    if (added) {
      const auto r = compute_relatedness_info(form);
      const auto w = compute_word_info(form);
      if (!append_word_record(records, *r, *w)) {
        record_of_set.erase(it);
        continue;
      }
      record_begin.push_back(records.size());
    }
    keys.push_back(form);
    key_record.push_back(it->second);
  }
  // Layout (wordnet_cache.hpp): u64 slot count, key count, record count, 0;
  // the hash slots; u32 key begin[keys + 1]; u32 record of each key; the key
  // bytes; u64 record begin[records + 1]; the records.
  std::vector<std::uint64_t> slots(std::bit_ceil(std::max<std::size_t>(8, 2 * keys.size())), 0);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const std::uint64_t h = word_hash(keys[i]);
    std::size_t at = static_cast<std::size_t>(h) & (slots.size() - 1);
    while (slots[at] != 0) at = (at + 1) & (slots.size() - 1);
    slots[at] = (h >> 32 << 32) | static_cast<std::uint32_t>(i + 1);
  }
  std::string out;
  append_raw(out, static_cast<std::uint64_t>(slots.size()));
  append_raw(out, static_cast<std::uint64_t>(keys.size()));
  append_raw(out, static_cast<std::uint64_t>(record_begin.size() - 1));
  append_raw(out, std::uint64_t{0});
  for (const auto v : slots) append_raw(out, v);
  std::uint32_t key_at = 0;
  append_raw(out, key_at);
  for (const auto k : keys) append_raw(out, key_at += static_cast<std::uint32_t>(k.size()));
  pad8(out);
  for (const auto r : key_record) append_raw(out, r);
  pad8(out);
  for (const auto k : keys) out.append(k);
  pad8(out);
  for (const auto b : record_begin) append_raw(out, b);
  out += records;
  return out;
}

// Morphy for one word without separators: exception list, else the rules of
// detachment, keeping candidates found in the index.
std::vector<std::string> WordNetDb::morph_word(const std::string& word, Pos pos) const {
  std::vector<std::string> out;
  if (const auto listed = source_->exceptions(word, pos)) {
    for (const auto& base : *listed) {
      if (in_index(base, pos)) push_unique(out, base);
    }
    return out;  // as in WordNet: a listed irregular form is not also run through the rules
  }
  if (pos == Pos::kNoun) {
    // "boxesful" -> "boxful": lemmatize the part before "ful".
    constexpr std::string_view kFul = "ful";
    if (word.size() > kFul.size() && word.ends_with(kFul)) {
      for (auto& stem : morph_word(word.substr(0, word.size() - kFul.size()), pos)) {
        auto candidate = stem + std::string(kFul);
        if (candidate != word && in_index(candidate, pos)) push_unique(out, std::move(candidate));
      }
      return out;
    }
    // WordNet's guard: "glass" is not a plural, and tiny words have no suffix.
    if (word.ends_with("ss") || word.size() <= 2) return out;
  }
  for (const auto& rule : rules_for(pos)) {
    if (word.size() <= rule.suffix.size() || !word.ends_with(rule.suffix)) continue;
    auto candidate = word.substr(0, word.size() - rule.suffix.size()) + std::string(rule.ending);
    if (in_index(candidate, pos)) push_unique(out, std::move(candidate));
  }
  return out;
}

// Collocations ("attorneys_general", "looking_for"): lemmatize each word
// (keeping it as-is as an alternative, since particles and nouns inside a
// verb phrase have no verb lemma) and keep joined forms found in the index.
void WordNetDb::morph_collocation(const std::string& key, Pos pos,
                                  std::vector<std::string>& out) const {
  std::vector<std::string> forms = {""};
  std::size_t start = 0;
  while (start <= key.size()) {
    const auto sep = std::min(find_separator(key, start), key.size());
    const std::string word = key.substr(start, sep - start);
    std::vector<std::string> options = {word};
    for (auto& w : morph_word(word, pos)) push_unique(options, std::move(w));
    std::vector<std::string> next;
    for (const auto& prefix : forms) {
      for (const auto& option : options) {
        if (next.size() >= kMaxCollocationForms) break;
        next.push_back(prefix + option + (sep < key.size() ? std::string(1, key[sep]) : ""));
      }
    }
    forms = std::move(next);
    start = sep + 1;
  }
  for (auto& form : forms) {
    if (in_index(form, pos)) push_unique(out, std::move(form));
  }
}

// Every form morph_word(word, pos) may return, for any part of speech, and
// `word` itself, in `out`: its exception-list bases and the candidates of the
// rules of detachment, whether in the index or not. False if it cannot tell
// (a noun ending in "ful", whose stem is lemmatized in turn, or a base with a
// separator).
bool morph_word_superset(const WordNetSource& source, std::string_view word, std::vector<std::string>& out) {
  out.clear();
  out.emplace_back(word);
  if (word.size() > 3 && word.ends_with("ful")) return false;
  for (const Pos pos : kAllPos) {
    if (const auto listed = source.exceptions(word, pos)) {
      for (const auto& base : *listed) {
        if (find_separator(base) != std::string::npos) return false;
        if (std::find(out.begin(), out.end(), base) == out.end()) out.push_back(base);
      }
    }
    for (const auto& rule : rules_for(pos)) {
      if (word.size() <= rule.suffix.size() || !word.ends_with(rule.suffix)) continue;
      const auto stem = word.substr(0, word.size() - rule.suffix.size());
      if (std::any_of(out.begin(), out.end(), [&](const std::string& o) {
            return o.size() == stem.size() + rule.ending.size() && o.starts_with(stem) && o.ends_with(rule.ending);
          })) {
        continue;
      }
      std::string candidate(stem);
      candidate += rule.ending;
      out.push_back(std::move(candidate));
    }
  }
  return true;
}

// morph_word_superset of one segment word, cached: the words of runs recur.
std::shared_ptr<const WordNetDb::SegmentForms> WordNetDb::segment_forms(std::string_view word) const {
  if (auto cached = segment_cache_.find(word)) return cached;
  auto f = std::make_shared<SegmentForms>();
  f->bounded = morph_word_superset(*source_, word, f->forms);
  segment_cache_.insert(std::string(word), f);
  return f;
}

// False if morphy can find no lemma for the collocation `key` in any part of
// speech (see collocation_prefix_start): no combination of the forms its
// first segments may take starts an index lemma or exception form with as
// many segments. True for keys without a separator.
bool WordNetDb::collocation_possible(std::string_view key) const {
  if (find_separator(key) == std::string_view::npos) return true;
  const auto segments = static_cast<std::size_t>(std::count_if(key.begin(), key.end(),
                                                               [](char c) { return c == '_' || c == '-'; })) + 1;
  // A key has at least two segments, so depth is 2 or 3.
  static_assert(kCollocationPrefixSegments == 3);
  const std::size_t depth = std::min(segments, kCollocationPrefixSegments);
  std::array<std::string_view, kCollocationPrefixSegments> word;
  for (std::size_t k = 0; k < depth; ++k) {
    const auto end = std::min(find_separator(key), key.size());
    word[k] = key.substr(0, end);
    key.remove_prefix(std::min(end + 1, key.size()));
  }
  // Depth first over the combinations of forms, pruned at each prefix not in
  // the set; the forms of a segment are only looked up when a prefix reaches it.
  std::array<std::shared_ptr<const SegmentForms>, kCollocationPrefixSegments> forms;
  auto forms_of = [&](std::size_t k) -> const SegmentForms& {
    if (!forms[k]) forms[k] = segment_forms(word[k]);
    return *forms[k];
  };
  const std::uint64_t start = collocation_prefix_start(segments);
  if (!forms_of(0).bounded) return true;
  for (const auto& x : forms_of(0).forms) {
    const auto hx = collocation_prefix_next(start, x);
    if (!source_->collocation_prefix(hx)) continue;
    if (!forms_of(1).bounded) return true;
    for (const auto& y : forms_of(1).forms) {
      const auto hy = collocation_prefix_next(hx, y);
      if (!source_->collocation_prefix(hy)) continue;
      if (depth == 2) return true;
      if (!forms_of(2).bounded) return true;
      for (const auto& z : forms_of(2).forms) {
        if (source_->collocation_prefix(collocation_prefix_next(hy, z))) return true;
      }
    }
  }
  return false;
}

std::vector<std::string> WordNetDb::morphy(const std::string& key, Pos pos) const {
  return (*pos_lemmas(key))[pos_index(pos)];
}

std::shared_ptr<const WordNetDb::PosLemmas> WordNetDb::pos_lemmas(std::string_view key) const {
  // Most word runs the aligner asks about fail the check, which is cheaper
  // than a cache lookup and than keeping their (empty) answers.
  static const auto kNone = std::make_shared<const PosLemmas>();
  if (!collocation_possible(key)) return kNone;
  if (auto cached = lemma_cache_.find(key)) return cached;
  auto lemmas = std::make_shared<PosLemmas>();
  std::string owned(key);
  for (const Pos pos : kAllPos) (*lemmas)[pos_index(pos)] = morphy_unfiltered(owned, pos);
  lemma_cache_.insert(std::move(owned), lemmas);
  return lemmas;
}

// Order of the result: exception-list bases, then the word itself, then forms
// from the rules. Irregular forms ("went") thus put their base first, while a
// word that is itself a lemma ("glasses") stays ahead of rule guesses.
std::vector<std::string> WordNetDb::morphy_unfiltered(const std::string& key, Pos pos) const {
  std::vector<std::string> out;
  if (key.empty()) return out;
  const auto listed = source_->exceptions(key, pos);
  if (listed) {
    for (const auto& base : *listed) {
      if (in_index(base, pos)) push_unique(out, base);
    }
  }
  if (in_index(key, pos)) push_unique(out, key);
  if (listed) return out;

  const bool collocation = find_separator(key) != std::string::npos;
  if (!collocation) {
    for (auto& form : morph_word(key, pos)) push_unique(out, std::move(form));
    return out;
  }
  // Hyphenation varies ("ice-cream" vs "ice_cream"): also try spaces.
  if (key.find('-') != std::string::npos) {
    std::string spaced = key;
    std::replace(spaced.begin(), spaced.end(), '-', '_');
    if (in_index(spaced, pos)) push_unique(out, spaced);
  }
  morph_collocation(key, pos, out);
  return out;
}

std::vector<std::string> WordNetDb::all_lemmas(std::string_view key) const {
  // A stored word's record lists them (its infos' lemmas are all_lemmas).
  if (const auto rec = stored_record(key); !rec.empty()) {
    if (const auto lemmas = record_lemmas(rec)) return {lemmas->begin(), lemmas->end()};
  }
  std::vector<std::string> out;
  const auto lemmas = pos_lemmas(key);
  for (const auto& of_pos : *lemmas) {
    for (const auto& l : of_pos) push_unique(out, l);
  }
  return out;
}

std::vector<std::string> WordNetDb::lemmas(std::string_view word, Pos pos) const {
  try {
    return morphy(to_key(word), pos);
  } catch (const std::exception&) {  // only allocation can fail here
    return {};
  }
}

std::vector<std::string> WordNetDb::lemmas(std::string_view word) const {
  try {
    thread_local std::string buf;  // keeps its capacity: word runs are long keys
    return all_lemmas(key_view(word, buf));
  } catch (const std::exception&) {
    return {};
  }
}

bool WordNetDb::contains(std::string_view lemma) const {
  try {
    const auto key = to_key(lemma);
    return !key.empty() && std::any_of(kAllPos.begin(), kAllPos.end(),
                                       [&](Pos p) { return in_index(key, p); });
  } catch (const std::exception&) {
    return false;
  }
}

bool WordNetDb::part_of(std::string_view part, std::string_view whole) const {
  // Senses beyond the first few of a name are rare; so are paths longer than
  // capital -> country or capital -> federal government -> government.
  constexpr int kMaxSteps = 3;
  try {
    const auto pk = to_key(part), wk = to_key(whole);
    if (pk.empty() || wk.empty()) return false;
    std::vector<SynsetId> targets;
    for (const auto& lemma : morphy(wk, Pos::kNoun))
      for (const auto off : source_->senses(lemma, Pos::kNoun)) push_unique(targets, SynsetId{Pos::kNoun, off});
    // An adjective: every noun sense of the word it pertains to ("Chinese"
    // pertains to the "China" of the Taiwan synset; Beijing is part of the
    // People's Republic, another sense of "china").
    for (const auto& lemma : morphy(wk, Pos::kAdj))
      for (const auto off : source_->senses(lemma, Pos::kAdj))
        if (const auto s = synset(SynsetId{Pos::kAdj, off}))
          for (const auto& p : s->pointers) {
            if (p.kind != PointerKind::kPertainym || p.target.pos != Pos::kNoun) continue;
            push_unique(targets, p.target);
            const auto noun = synset(p.target);
            if (!noun || p.target_word == 0 || p.target_word > noun->words.size()) continue;
            const auto noun_key = to_key(noun->words[p.target_word - 1]);
            for (const auto& base : morphy(noun_key, Pos::kNoun))
              for (const auto o : source_->senses(base, Pos::kNoun)) push_unique(targets, SynsetId{Pos::kNoun, o});
          }
    if (targets.empty()) return false;
    std::vector<SynsetId> level, seen;
    for (const auto& lemma : morphy(pk, Pos::kNoun))
      for (const auto off : source_->senses(lemma, Pos::kNoun)) push_unique(level, SynsetId{Pos::kNoun, off});
    for (int step = 0; !level.empty(); ++step) {
      std::vector<SynsetId> next;
      for (const auto id : level) {
        if (std::find(targets.begin(), targets.end(), id) != targets.end()) return true;
        if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
        seen.push_back(id);
        if (step == kMaxSteps) continue;
        if (const auto s = synset(id))
          for (const auto& p : s->pointers)
            if ((p.kind == PointerKind::kHolonym || p.kind == PointerKind::kHypernym) && p.target.pos == Pos::kNoun)
              push_unique(next, p.target);
      }
      level = std::move(next);
    }
    return false;
  } catch (const std::exception&) {
    return false;
  }
}

// Candidates are index entries (lemma, part of speech): the word's own if it
// is a lemma anywhere, else those of its base forms in every part of speech.
// The winner has the most corpus-tagged senses; ties go to the earlier part of
// speech (noun, verb, adjective, adverb), then to the earlier lemma. Its first
// sense is the one lexicographer_file() and proper_noun() read.
std::optional<WordNetDb::DominantSense> WordNetDb::dominant_sense(std::string_view word) const {
  const auto key = to_key(word);
  if (key.empty()) return std::nullopt;
  struct Best {
    std::string lemma;
    Pos pos = Pos::kNoun;
    std::uint32_t tagged = 0;
    bool found = false;
  } best;
  auto consider = [&](const std::string& lemma, Pos pos) {
    if (!in_index(lemma, pos)) return;
    const auto tagged = source_->tagged_senses(lemma, pos);
    if (best.found && (tagged < best.tagged || (tagged == best.tagged && pos_index(pos) >= pos_index(best.pos)))) {
      return;
    }
    best = Best{lemma, pos, tagged, true};
  };
  const bool own = std::any_of(kAllPos.begin(), kAllPos.end(), [&](Pos p) { return in_index(key, p); });
  if (own) {
    for (const Pos pos : kAllPos) consider(key, pos);
  } else {
    for (const auto& lemma : all_lemmas(key)) {
      for (const Pos pos : kAllPos) consider(lemma, pos);
    }
  }
  if (!best.found) return std::nullopt;
  const auto senses = source_->senses(best.lemma, best.pos);
  if (senses.empty()) return std::nullopt;
  return DominantSense{std::move(best.lemma), SynsetId{best.pos, senses.front()}};
}

int WordNetDb::lexicographer_file(std::string_view word) const {
  try {
    const auto sense = dominant_sense(word);
    if (!sense) return -1;
    const auto s = synset(sense->id);
    return s && s->lexfile != kUnknownLexfile ? s->lexfile : -1;
  } catch (const std::exception&) {
    return -1;
  }
}

bool WordNetDb::proper_noun(std::string_view word) const {
  try {
    const auto sense = dominant_sense(word);
    if (!sense || sense->id.pos != Pos::kNoun) return false;
    auto capitalized = [&](std::uint32_t offset) {
      const auto s = synset(SynsetId{Pos::kNoun, offset});
      if (!s) return false;
      for (const auto w : s->words)
        if (to_key(w) == sense->lemma) return !w.empty() && w.front() >= 'A' && w.front() <= 'Z';
      return false;
    };
    // The first sense, and at least half of them: "china" (two countries first,
    // then two senses of the porcelain), not "rebel" (a Confederate soldier, then two common senses).
    const auto senses = source_->senses(sense->lemma, Pos::kNoun);
    if (senses.empty() || !capitalized(senses.front())) return false;
    const auto upper = std::count_if(senses.begin(), senses.end(), capitalized);
    return 2 * static_cast<std::size_t>(upper) >= senses.size();
  } catch (const std::exception&) {
    return false;
  }
}

std::shared_ptr<const WordInfo> WordNetDb::compute_word_info(std::string_view key) const {
  // Built in per-thread buffers that keep their capacity from word to word,
  // then frozen into one block: growing each vector from empty cost about a
  // dozen allocations per word.
  thread_local WordInfoBuilder info;
  info.lemmas.clear();
  info.senses.clear();
  info.links.clear();
  info.heads.clear();
  info.senses_and_heads.clear();
  info.head_antonyms.clear();
  const auto lemmas = pos_lemmas(key);
  thread_local std::vector<SynsetId> head_ids;
  head_ids.clear();
  // Only the pointers are read, into one reused buffer.
  thread_local std::vector<Pointer> pointers;
  // The links as link_sort_keys: sorted as plain integers, much cheaper than
  // sorting LinkTargets by key and rank.
  thread_local std::vector<std::uint64_t> link_keys;
  link_keys.clear();
  char type = 'n';
  for (const Pos pos : kAllPos) {
    for (const auto& lemma : (*lemmas)[pos_index(pos)]) {
      for (const auto off : source_->senses(lemma, pos)) {
        const SynsetId id{pos, off};
        info.senses.push_back(id_key(id));
        info.senses_and_heads.push_back(id_key(id));
        if (!source_->synset_pointers(id, type, pointers)) continue;
        const bool satellite = type == 's';
        for (const auto& p : pointers) {
          if (p.kind == PointerKind::kHolonym) continue;  // no WordRelation (part_of follows them)
          link_keys.push_back(link_sort_key(id_key(p.target), relation_of(p.kind)));
          if (satellite && p.kind == PointerKind::kSimilar) push_unique(head_ids, p.target);
        }
      }
      push_unique(info.lemmas, lemma);
    }
  }
  for (const auto id : head_ids) {
    info.heads.push_back(id_key(id));
    info.senses_and_heads.push_back(id_key(id));
    if (source_->synset_pointers(id, type, pointers)) {
      for (const auto& p : pointers) {
        if (p.kind == PointerKind::kAntonym) info.head_antonyms.push_back(p.target);
      }
    }
  }
  sort_unique(info.senses);
  sort_unique(info.heads);
  sort_unique(info.senses_and_heads);
  // One entry per target: the strongest relation to it (the first of its
  // key's sort keys).
  std::sort(link_keys.begin(), link_keys.end());
  for (const auto k : link_keys) {
    const std::uint64_t target = k >> kLinkRankBits;
    if (info.links.empty() || info.links.back().key != target) info.links.push_back(link_target(k));
  }
  return info.freeze(word_arena_);
}

std::shared_ptr<const WordInfo> WordNetDb::word_info(std::string_view key) const {
  if (auto cached = word_cache_.find(key)) return cached;
  auto info = stored_word_info(key);
  if (!info) info = compute_word_info(key);
  word_cache_.insert(std::string(key), info);
  return info;
}

// Reads the synset, collects its content words and, for nouns and verbs,
// its hypernym ancestors: those of each hypernym one step further, plus
// itself. Hypernyms come from the cache, so the shared upper levels of the
// hierarchy are walked once. Null if the record is unreadable.
std::shared_ptr<const SynsetFacts> WordNetDb::synset_facts(SynsetId id, int level) const {
  const auto key = id_key(id);
  if (auto cached = synset_cache_.find(key)) return cached;
  // The record, its content words and its parents go to per-thread buffers,
  // one set per level of the hypernym walk (a level's are in use while the
  // levels above it are computed); the facts then get one block at the final
  // sizes. Levels run from 0 to kMaxHypernymDepth.
  struct Level {
    Synset synset;
    std::vector<std::uint64_t> content;
    std::vector<std::shared_ptr<const SynsetFacts>> parents;
  };
  thread_local std::array<Level, kMaxHypernymDepth + 1> levels;
  thread_local std::vector<Ancestor> ancestors, raised, merged;
  Level& buf = levels[static_cast<std::size_t>(level)];
  const Synset& s = buf.synset;
  if (!source_->read_synset(id, buf.synset)) return nullptr;
  buf.content.clear();
  source_->content_words(s, buf.content);
  // The cache source lists them sorted and unique already: check, then sort only if not.
  if (std::adjacent_find(buf.content.begin(), buf.content.end(), std::greater_equal<>()) != buf.content.end()) {
    sort_unique(buf.content);
  }
  buf.parents.clear();
  SynsetFacts fields;  // placed in front of its arrays' block at the end
  fields.type = s.type;
  const bool hierarchy = id.pos == Pos::kNoun || id.pos == Pos::kVerb;
  int min_parent_depth = -1;
  if (hierarchy) {
    for (const auto& p : s.pointers) {
      if (p.kind != PointerKind::kHypernym || p.target.pos != id.pos || level >= kMaxHypernymDepth) continue;
      auto parent = synset_facts(p.target, level + 1);
      if (!parent) continue;
      if (min_parent_depth < 0 || parent->depth < min_parent_depth) min_parent_depth = parent->depth;
      buf.parents.push_back(std::move(parent));
    }
  }
  // The walk above is done: from here on `ancestors` is this call's alone.
  ancestors.clear();
  if (hierarchy) {
    // Each parent's ancestors are sorted by key, one entry each, and so is
    // {this synset}: a merge of these runs by (key, distance), then the first
    // entry of each key (the shortest of several hypernym paths to it).
    const auto by_key_dist = [](const Ancestor& x, const Ancestor& y) {
      return x.key != y.key ? x.key < y.key : x.dist < y.dist;
    };
    fields.depth = static_cast<std::uint16_t>(min_parent_depth < 0 ? 1 : min_parent_depth + 1);
    ancestors.push_back(Ancestor{key, 0, fields.depth});
    for (const auto& parent : buf.parents) {
      raised.clear();
      for (auto a : parent->ancestors) {
        ++a.dist;
        raised.push_back(a);
      }
      merged.clear();
      std::merge(ancestors.begin(), ancestors.end(), raised.begin(), raised.end(), std::back_inserter(merged),
                 by_key_dist);
      ancestors.swap(merged);
    }
    buf.parents.clear();
    ancestors.erase(std::unique(ancestors.begin(), ancestors.end(),
                                [](const Ancestor& x, const Ancestor& y) { return x.key == y.key; }),
                    ancestors.end());
  }
  const std::span<const std::uint64_t> content(buf.content);
  const std::span<const Ancestor> ancestor_span(ancestors);
  const std::span<const std::string_view> words(s.words);
  const std::span<const Pointer> pointers(s.pointers);
  const std::size_t size =
      storage_words(content) + storage_words(ancestor_span) + storage_words(words) + storage_words(pointers);
  const auto [facts, storage] = place_header<SynsetFacts>(synset_arena_, size);
  *facts = fields;
  std::size_t at = 0;
  facts->content = place_array(content, storage, at);
  facts->ancestors = place_array(ancestor_span, storage, at);
  facts->words = place_array(words, storage, at);
  facts->pointers = place_array(pointers, storage, at);
  synset_cache_.insert(key, facts);
  return facts;
}

// Extended Lesk bag of one sense: its own words and those of its direct
// hypernyms, or of its head if it is an adjective satellite.
// Each synset's words are sorted and unique, so the bag is their union.
void WordNetDb::sense_bag(const SynsetFacts& sense, std::vector<std::uint64_t>& bag) const {
  thread_local std::vector<std::uint64_t> merged;
  bag.assign(sense.content.begin(), sense.content.end());
  for (const auto& p : sense.pointers) {
    const bool hypernym = p.kind == PointerKind::kHypernym;
    const bool head = p.kind == PointerKind::kSimilar && sense.satellite();
    if (!hypernym && !head) continue;
    if (const auto related = synset_facts(p.target)) {
      merged.clear();
      std::set_union(bag.begin(), bag.end(), related->content.begin(), related->content.end(),
                     std::back_inserter(merged));
      bag.swap(merged);
    }
  }
}

// Adds the synsets that stand in for sense `s` across parts of speech.
// `word` is the 1-based number of the lemma in `s` (0: any), so that lexical
// pointers of other words of the synset are not followed. After the first
// hop only an adjective or adverb is expanded again, so a path crosses at
// most two bridges ("lengthy" -> "long" -> "length").
void WordNetDb::collect_bridges(const SynsetFacts& s, int word, double weight, bool first_hop, Bridges& out) const {
  for (const auto& p : s.pointers) {
    if (word != 0 && p.source_word != 0 && p.source_word != word) continue;
    const bool expandable = first_hop && (p.target.pos == Pos::kAdj || p.target.pos == Pos::kAdv);
    switch (p.kind) {
      case PointerKind::kDerivation:
      case PointerKind::kPertainym:
      case PointerKind::kAttribute: {
        const double w = weight * kBridgeWeight;
        add_bridge(out, p.target, w);
        if (!expandable) break;
        if (const auto t = synset_facts(p.target)) collect_bridges(*t, p.target_word, w, false, out);
        break;
      }
      case PointerKind::kSimilar: {
        if (!first_hop || !s.satellite()) break;
        const double w = weight * kSatelliteWeight;
        add_bridge(out, p.target, w);
        if (const auto head = synset_facts(p.target)) collect_bridges(*head, 0, w, false, out);
        break;
      }
      default: break;
    }
  }
}

// The nodes (senses and bridges) whose ancestors a word's path holds, with
// the best weight each was added with. A node that comes again (the same
// synset as a sense of two lemmas, or a bridge of several senses) with no
// greater weight would add only entries that an entry of its first run
// dominates or equals (same key, distance and depth, no greater weight),
// which prune_path drops: its run is left out before the merge instead,
// about a quarter of the entries of a first pass.
class PathNodes {
 public:
  // Starts a new word (no clearing: entries of older words have an older
  // generation).
  void clear() {
    if (++generation_ == 0) {  // wrapped: forget every slot
      std::fill(slots_.begin(), slots_.end(), Slot{});
      generation_ = 1;
    }
    size_ = 0;
  }
  // False if `key` was added before with at least `weight` (its run adds
  // nothing); else records it and returns true. Past kSlots / 2 nodes it no
  // longer records new ones (always true for them), which is merely slower.
  bool add(std::uint64_t key, double weight) {
    const std::size_t mask = kSlots - 1;
    for (std::size_t at = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 54) & mask;;
         at = (at + 1) & mask) {
      Slot& s = slots_[at];
      if (s.generation != generation_) {
        if (2 * (size_ + 1) > kSlots) return true;
        s = Slot{key, weight, generation_};
        ++size_;
        return true;
      }
      if (s.key == key) {
        if (weight <= s.weight) return false;
        s.weight = weight;
        return true;
      }
    }
  }

 private:
  static constexpr std::size_t kSlots = 1024;
  struct Slot {
    std::uint64_t key = 0;
    double weight = 0;
    std::uint32_t generation = 0;
  };
  std::vector<Slot> slots_ = std::vector<Slot>(kSlots);
  std::uint32_t generation_ = 0;
  std::size_t size_ = 0;
};

std::shared_ptr<const RelatednessInfo> WordNetDb::compute_relatedness_info(std::string_view key) const {
  // The info, the bag and the bridges grow in per-thread buffers, which keep
  // their capacity from word to word, and the info is copied out into one
  // block: a polysemous word collects thousands of path entries before
  // pruning, and growing (and freeing) blocks that large each time made
  // malloc consolidate its free lists; the small vectors cost several
  // allocations per word as they grew.
  thread_local RelatednessBuilder info;
  thread_local std::vector<std::uint64_t> bag;
  thread_local Bridges nodes;
  thread_local std::vector<std::size_t> path_runs;  // where each sorted run of the path starts
  thread_local std::vector<std::size_t> vocabulary_runs;  // and of the vocabulary
  info.lemmas.clear();
  info.senses.clear();
  info.path.clear();
  info.vocabulary.clear();
  info.bag_sizes.clear();
  path_runs.clear();
  vocabulary_runs.clear();
  thread_local PathNodes path_nodes;
  path_nodes.clear();
  const auto lemmas = pos_lemmas(key);
  for (const Pos pos : kAllPos) {
    for (const auto& lemma : (*lemmas)[pos_index(pos)]) {
      for (const auto off : source_->senses(lemma, pos)) {
        const SynsetId id{pos, off};
        const auto sense = synset_facts(id);
        if (!sense) continue;
        info.senses.push_back(id_key(id));
        sense_bag(*sense, bag);
        add_bag(info, bag, vocabulary_runs);
        nodes.clear();
        nodes.emplace_back(id, 1.0);
        collect_bridges(*sense, word_number(sense->words, lemma), 1.0, true, nodes);
        // The first node is the sense itself, whose facts are at hand.
        for (const auto& [node, weight] : nodes) {
          if (!path_nodes.add(id_key(node), weight)) continue;
          if (node.pos == Pos::kAdj || node.pos == Pos::kAdv) {
            path_runs.push_back(info.path.size());
            info.path.push_back(PathEntry{id_key(node), weight, 0, 1});
          } else if (const auto f = node == id ? sense : synset_facts(node)) {
            // Ancestors are sorted by key, one entry each: a sorted run.
            if (!f->ancestors.empty()) path_runs.push_back(info.path.size());
            for (const auto& a : f->ancestors) info.path.push_back(PathEntry{a.key, weight, a.dist, a.depth});
          }
        }
      }
      push_unique(info.lemmas, lemma);
    }
  }
  sort_unique(info.senses);
  if (path_runs.empty()) path_runs.push_back(0);
  merge_runs(info.path, path_runs, [](const PathEntry& x, const PathEntry& y) { return path_order(x, y); });
  prune_path(info.path);
  finish_vocabulary(info, vocabulary_runs);
  return info.freeze(relatedness_arena_);
}

std::shared_ptr<const RelatednessInfo> WordNetDb::relatedness_info(std::string_view key) const {
  if (auto cached = relatedness_cache_.find(key)) return cached;
  auto info = stored_relatedness_info(key);
  if (!info) info = compute_relatedness_info(key);
  relatedness_cache_.insert(std::string(key), info);
  return info;
}

WordNetDb::RawRelatedness WordNetDb::raw_relatedness(std::string_view ka, std::string_view kb) const {
  RawRelatedness raw;
  const auto a = relatedness_info(ka);
  const auto b = relatedness_info(kb);
  raw.known = !a->lemmas.empty() && !b->lemmas.empty();
  if (!raw.known) return raw;
  const bool shared_lemma = std::any_of(a->lemmas.begin(), a->lemmas.end(), [&](std::string_view l) {
    return std::find(b->lemmas.begin(), b->lemmas.end(), l) != b->lemmas.end();
  });
  const bool shared_synset = std::any_of(a->senses.begin(), a->senses.end(), [&](std::uint64_t k) {
    return std::binary_search(b->senses.begin(), b->senses.end(), k);
  });
  raw.same = shared_lemma || shared_synset;
  if (raw.same) return raw;
  raw.path = path_similarity(*a, *b);
  raw.gloss = gloss_similarity(*a, *b);
  return raw;
}

double WordNetDb::relatedness(std::string_view a, std::string_view b) const {
  try {
    thread_local std::string buf_a, buf_b;
    const auto ka = key_view(a, buf_a);
    const auto kb = key_view(b, buf_b);
    if (ka.empty() || kb.empty()) return 0;
    if (ka == kb) return 1;
    const auto raw = raw_relatedness(ka, kb);
    if (!raw.known) return 0;
    if (raw.same) return 1;
    const double e = evidence(kPathEvidence, raw.path) + evidence(kGlossEvidence, raw.gloss);
    return std::clamp(e / kFullEvidence, 0.0, 1.0);
  } catch (const std::exception&) {
    return 0;
  }
}

WordRelation WordNetDb::relation(std::string_view a, std::string_view b) const {
  try {
    thread_local std::string buf_a, buf_b;
    const auto ka = key_view(a, buf_a);
    const auto kb = key_view(b, buf_b);
    if (ka.empty() || kb.empty()) return WordRelation::kNone;
    if (ka == kb) return WordRelation::kLemma;
    return relate(*word_info(ka), *word_info(kb));
  } catch (const std::exception&) {
    return WordRelation::kNone;
  }
}

}  // namespace

namespace wordnet_detail {

std::unique_ptr<const WordNetSource> make_text_source(DatabaseFiles files) {
  return std::make_unique<TextSource>(std::move(files));
}

std::shared_ptr<const WordNet> make_lexicon(std::unique_ptr<const WordNetSource> source, std::string version) {
  return std::make_shared<WordNetDb>(std::move(source), std::move(version));
}

std::string word_data_section(std::unique_ptr<const WordNetSource> source, std::vector<std::string> forms) {
  const WordNetDb db(std::move(source), std::string());
  return db.word_data(std::move(forms));
}

std::string_view find_word_record(std::string_view section, std::string_view key) {
  // Every count and offset is checked against the section's size: a
  // damaged section finds nothing or a wrong record, never reads outside.
  auto u64 = [&](std::size_t at) {
    std::uint64_t v;
    std::memcpy(&v, section.data() + at, sizeof v);
    return v;
  };
  auto u32 = [&](std::size_t at) {
    std::uint32_t v;
    std::memcpy(&v, section.data() + at, sizeof v);
    return v;
  };
  if (section.size() < 32) return {};
  const std::uint64_t slots = u64(0), keys = u64(8), records = u64(16);
  const std::size_t limit = section.size() / 8;
  if (slots == 0 || (slots & (slots - 1)) != 0 || slots > limit || keys > limit || records > limit) return {};
  const std::size_t slots_at = 32;
  const std::size_t key_begin_at = slots_at + 8 * slots;
  const std::size_t key_record_at = key_begin_at + (4 * (keys + 1) + 7) / 8 * 8;
  const std::size_t key_bytes_at = key_record_at + (4 * keys + 7) / 8 * 8;
  if (key_bytes_at > section.size()) return {};
  const std::uint64_t key_bytes = u32(key_begin_at + 4 * keys);
  const std::size_t record_begin_at = key_bytes_at + (key_bytes + 7) / 8 * 8;
  const std::size_t records_at = record_begin_at + 8 * (records + 1);
  if (records_at > section.size()) return {};
  const std::uint64_t h = word_hash(key);
  const std::size_t mask = slots - 1;
  std::size_t at = static_cast<std::size_t>(h) & mask;
  for (std::size_t probes = 0; probes < slots; ++probes, at = (at + 1) & mask) {
    const std::uint64_t slot = u64(slots_at + 8 * at);
    const auto number = static_cast<std::uint32_t>(slot);
    if (number == 0) return {};
    if (slot >> 32 != h >> 32) continue;
    const std::size_t i = number - 1;
    if (i >= keys) return {};
    const std::size_t b = u32(key_begin_at + 4 * i), e = u32(key_begin_at + 4 * i + 4);
    if (b > e || e > key_bytes || section.substr(key_bytes_at + b, e - b) != key) continue;
    const std::size_t r = u32(key_record_at + 4 * i);
    if (r >= records) return {};
    const std::uint64_t rb = u64(record_begin_at + 8 * r), re = u64(record_begin_at + 8 * r + 8);
    if (rb > re || re > section.size() - records_at || rb % 8 != 0) return {};
    return section.substr(records_at + rb, re - rb);
  }
  return {};
}

}  // namespace wordnet_detail

Result<std::shared_ptr<const WordNet>> WordNet::open(const std::string& dir) {
  Options options;
  options.dir = dir;
  return open(options);
}

Result<std::shared_ptr<const WordNet>> WordNet::open(const Options& options) {
  try {
    const std::string dir = resolve_dir(options.dir);
    auto files = DatabaseFiles::map(dir);
    if (!files) {
      return Error{ErrorCode::kDataMissing,
                   "WordNet not found in " + dir + ": install wordnet-base or set WNSEARCHDIR", std::nullopt};
    }
    std::string version =
        header_version(files->data[pos_index(Pos::kNoun)].bytes()).value_or(std::string("3.0"));
    if (cache_enabled(options)) {
      if (auto cached = open_cache_source(dir, *files, version, options.cache_dir)) {
        return make_lexicon(std::move(cached), std::move(version));
      }
    }
    return make_lexicon(make_text_source(std::move(*files)), std::move(version));
  } catch (const std::exception& e) {
    return Error{ErrorCode::kInternal, std::string("WordNet open failed: ") + e.what(), std::nullopt};
  }
}

}  // namespace transdrift
