// WordNet 3.0 lexicon: memory-mapped database, morphy and word relations.
//
// Design: open() maps the four index and four data files and loads the four
// small exception lists into hash maps; nothing else is parsed up front.
// Index lookups binary-search the sorted index lines in place, and data
// records are parsed on demand from their byte offset. relation() distils
// each word's senses and pointers into a WordInfo, kept in a bounded,
// mutex-protected cache: drift checks ask about the same words again and
// again, and a cached pair costs a few set lookups instead of dozens of record
// parses. Everything else is immutable, so one WordNet can be shared by
// threads.
#include <sys/mman.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <span>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <functional>
#include <mutex>
#include <unordered_map>
#include <utility>

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

std::optional<Synset> parse_synset(std::string_view data_file, SynsetId id) {
  // synset_offset lex_filenum ss_type w_cnt word lex_id [...] p_cnt [ptr...] ... | gloss
  // Fields are read up to the last pointer only, so the gloss (free text, the
  // bulk of the line) is never scanned.
  if (id.offset >= data_file.size()) return std::nullopt;
  auto line = data_file.substr(id.offset);
  line = line.substr(0, line.find('\n'));
  Fields f(line);
  if (f.number<std::uint32_t>() != id.offset) return std::nullopt;  // not a record start
  f.next();  // lex_filenum
  const auto type = f.next();
  if (type.size() != 1 || !pos_from_char(type[0])) return std::nullopt;
  Synset s;
  s.id = id;
  s.type = type[0];
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
  return s;
}

}  // namespace wordnet_detail

namespace {

using namespace wordnet_detail;

constexpr std::array<Pos, 4> kAllPos = {Pos::kNoun, Pos::kVerb, Pos::kAdj, Pos::kAdv};
constexpr std::array<std::string_view, 4> kPosName = {"noun", "verb", "adj", "adv"};

// Senses beyond the first few are rare (senses are ordered by corpus
// frequency) and only add noise and work to relation().
constexpr std::size_t kMaxSenses = 8;

// Caps the combinations tried when lemmatizing each word of a collocation.
constexpr std::size_t kMaxCollocationForms = 32;

std::size_t pos_index(Pos p) { return static_cast<std::size_t>(p); }

// Lets the exception maps be searched with a string_view without a copy.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using ExceptionMap =
    std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>>;

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

// Index key form of a surface string: ASCII lower case, white space runs
// turned into the '_' WordNet uses for collocations, ends trimmed.
std::string to_key(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  bool pending_space = false;
  for (const char c : word) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '_') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back('_');
    pending_space = false;
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
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
  }
  return WordRelation::kNone;
}

// Synset ids packed for sorting and binary search.
std::uint64_t id_key(SynsetId id) {
  return (static_cast<std::uint64_t>(pos_index(id.pos)) << 32) | id.offset;
}

// A sorted set of synsets.
class IdSet {
 public:
  void add(SynsetId id) { keys_.push_back(id_key(id)); }
  void finish() {
    std::sort(keys_.begin(), keys_.end());
    keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
  }
  bool contains(SynsetId id) const { return std::binary_search(keys_.begin(), keys_.end(), id_key(id)); }
  bool intersects(const IdSet& other) const {
    return std::any_of(keys_.begin(), keys_.end(), [&](std::uint64_t k) {
      return std::binary_search(other.keys_.begin(), other.keys_.end(), k);
    });
  }
  bool empty() const { return keys_.empty(); }

 private:
  std::vector<std::uint64_t> keys_;
};

struct Link {
  PointerKind kind;
  SynsetId target;
};

// Everything relation() needs to know about one surface word, distilled from
// its synsets so that a cached word costs no further parsing.
struct WordInfo {
  std::vector<std::string> lemmas;  // over all parts of speech
  IdSet senses;                     // first kMaxSenses synsets of each (lemma, pos)
  std::vector<Link> links;          // relevant pointers out of those synsets
  IdSet heads;                      // heads of the adjective satellites among them
  IdSet senses_and_heads;
  std::vector<SynsetId> head_antonyms;  // antonyms of those heads
};

// Strongest one-hop link from `from`'s synsets to `to`'s.
WordRelation strongest_link(const WordInfo& from, const WordInfo& to) {
  WordRelation best = WordRelation::kNone;
  for (const auto& l : from.links) {
    if (to.senses.contains(l.target)) best = stronger(best, relation_of(l.kind));
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

class WordNetDb final : public WordNet {
 public:
  static Result<std::shared_ptr<const WordNet>> load(const std::string& dir);

  std::vector<std::string> lemmas(std::string_view word, Pos pos) const override;
  std::vector<std::string> lemmas(std::string_view word) const override;
  bool contains(std::string_view lemma) const override;
  WordRelation relation(std::string_view a, std::string_view b) const override;
  std::string version() const override { return version_; }

 private:
  bool in_index(std::string_view key, Pos pos) const {
    return find_line(index_body_[pos_index(pos)], key).has_value();
  }
  std::vector<std::string> morphy(const std::string& key, Pos pos) const;
  std::vector<std::string> morph_word(const std::string& word, Pos pos) const;
  void morph_collocation(const std::string& key, Pos pos, std::vector<std::string>& out) const;
  std::vector<std::string> all_lemmas(const std::string& key) const;
  std::optional<Synset> synset(SynsetId id) const {
    return parse_synset(data_[pos_index(id.pos)].bytes(), id);
  }
  std::shared_ptr<const WordInfo> word_info(const std::string& key) const;
  WordInfo compute_word_info(const std::string& key) const;

  std::array<MappedFile, 4> index_;
  std::array<MappedFile, 4> data_;
  std::array<std::string_view, 4> index_body_;
  std::array<ExceptionMap, 4> exceptions_;
  std::string version_ = "3.0";

  // Per-word relation data, shared by all threads. Computed outside the lock:
  // two threads may both compute a word, and the second insert is a no-op.
  mutable std::mutex cache_mutex_;
  mutable std::unordered_map<std::string, std::shared_ptr<const WordInfo>, StringHash, std::equal_to<>>
      cache_;
};

// "inflected base [base...]" per line; a few inflected forms appear on two
// lines (e.g. "offer"), so bases are merged.
ExceptionMap parse_exceptions(std::string_view text) {
  ExceptionMap map;
  while (!text.empty()) {
    const auto end = std::min(text.find('\n'), text.size());
    Fields f(text.substr(0, end));
    text.remove_prefix(std::min(end + 1, text.size()));
    const auto inflected = f.next();
    if (inflected.empty()) continue;
    auto& bases = map[std::string(inflected)];
    for (auto base = f.next(); !base.empty(); base = f.next()) push_unique(bases, std::string(base));
  }
  return map;
}

// The version from data.noun's licence header ("WordNet 3.0 Copyright ...").
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

Result<std::shared_ptr<const WordNet>> WordNetDb::load(const std::string& dir) {
  const Error missing{ErrorCode::kDataMissing,
                      "WordNet not found in " + dir + ": install wordnet-base or set WNSEARCHDIR",
                      std::nullopt};
  auto db = std::make_shared<WordNetDb>();
  for (const Pos pos : kAllPos) {
    const auto i = pos_index(pos);
    const std::string name(kPosName[i]);
    auto index = MappedFile::open(dir + "/index." + name);
    auto data = MappedFile::open(dir + "/data." + name);
    auto exc = MappedFile::open(dir + "/" + name + ".exc");
    if (!index || !data || !exc) return missing;
    db->index_body_[i] = skip_licence(index->bytes());
    db->index_[i] = std::move(*index);
    db->data_[i] = std::move(*data);
    db->exceptions_[i] = parse_exceptions(exc->bytes());
  }
  if (auto v = header_version(db->data_[pos_index(Pos::kNoun)].bytes())) db->version_ = *v;
  return std::shared_ptr<const WordNet>(std::move(db));
}

// Morphy for one word without separators: exception list, else the rules of
// detachment, keeping candidates found in the index.
std::vector<std::string> WordNetDb::morph_word(const std::string& word, Pos pos) const {
  std::vector<std::string> out;
  const auto& exc = exceptions_[pos_index(pos)];
  if (const auto it = exc.find(word); it != exc.end()) {
    for (const auto& base : it->second) {
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
    const auto sep = std::min(key.find_first_of("_-", start), key.size());
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

// Order of the result: exception-list bases, then the word itself, then forms
// from the rules. Irregular forms ("went") thus put their base first, while a
// word that is itself a lemma ("glasses") stays ahead of rule guesses.
std::vector<std::string> WordNetDb::morphy(const std::string& key, Pos pos) const {
  std::vector<std::string> out;
  if (key.empty()) return out;
  const auto& exc = exceptions_[pos_index(pos)];
  const auto listed = exc.find(key);
  if (listed != exc.end()) {
    for (const auto& base : listed->second) {
      if (in_index(base, pos)) push_unique(out, base);
    }
  }
  if (in_index(key, pos)) push_unique(out, key);
  if (listed != exc.end()) return out;

  const bool collocation = key.find_first_of("_-") != std::string::npos;
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

std::vector<std::string> WordNetDb::all_lemmas(const std::string& key) const {
  std::vector<std::string> out;
  for (const Pos pos : kAllPos) {
    for (auto& l : morphy(key, pos)) push_unique(out, std::move(l));
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
    return all_lemmas(to_key(word));
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

WordInfo WordNetDb::compute_word_info(const std::string& key) const {
  WordInfo info;
  std::vector<SynsetId> head_ids;
  for (const Pos pos : kAllPos) {
    for (auto& lemma : morphy(key, pos)) {
      if (const auto line = find_line(index_body_[pos_index(pos)], lemma)) {
        for (const auto off : index_offsets(*line, kMaxSenses)) {
          const SynsetId id{pos, off};
          info.senses.add(id);
          info.senses_and_heads.add(id);
          const auto s = synset(id);
          if (!s) continue;
          for (const auto& p : s->pointers) {
            info.links.push_back(Link{p.kind, p.target});
            if (s->satellite() && p.kind == PointerKind::kSimilar) push_unique(head_ids, p.target);
          }
        }
      }
      push_unique(info.lemmas, std::move(lemma));
    }
  }
  for (const auto id : head_ids) {
    info.heads.add(id);
    info.senses_and_heads.add(id);
    if (const auto h = synset(id)) {
      for (const auto& p : h->pointers) {
        if (p.kind == PointerKind::kAntonym) info.head_antonyms.push_back(p.target);
      }
    }
  }
  info.senses.finish();
  info.heads.finish();
  info.senses_and_heads.finish();
  return info;
}

std::shared_ptr<const WordInfo> WordNetDb::word_info(const std::string& key) const {
  {
    const std::lock_guard lock(cache_mutex_);
    if (const auto it = cache_.find(key); it != cache_.end()) return it->second;
  }
  auto info = std::make_shared<const WordInfo>(compute_word_info(key));
  const std::lock_guard lock(cache_mutex_);
  if (cache_.size() >= kMaxCachedWords) cache_.clear();
  cache_.emplace(key, info);
  return info;
}

WordRelation WordNetDb::relation(std::string_view a, std::string_view b) const {
  try {
    const auto ka = to_key(a);
    const auto kb = to_key(b);
    if (ka.empty() || kb.empty()) return WordRelation::kNone;
    if (ka == kb) return WordRelation::kLemma;
    return relate(*word_info(ka), *word_info(kb));
  } catch (const std::exception&) {
    return WordRelation::kNone;
  }
}

}  // namespace

Result<std::shared_ptr<const WordNet>> WordNet::open(const std::string& dir) {
  try {
    return WordNetDb::load(resolve_dir(dir));
  } catch (const std::exception& e) {
    return Error{ErrorCode::kInternal, std::string("WordNet open failed: ") + e.what(), std::nullopt};
  }
}

}  // namespace transdrift
