// HTML inputs: parsed with gumbo (an HTML5 parser); the visible text is the
// text of the nodes a browser renders in <body>. Each text node keeps a
// pointer to its source bytes, so every decoded character maps back to the
// bytes that produced it; a character reference (&amp;, &#8217;) maps to the
// whole reference.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/markup_common.hpp"

namespace transdrift::text_detail {
namespace {

bool is_hidden(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TITLE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
      return true;
    default:
      return false;
  }
}

// Elements that start and end a block: their text is its own paragraph.
bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR:
    case GUMBO_TAG_BR: case GUMBO_TAG_BODY: case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
      return true;
    default:
      return false;
  }
}

// Elements whose text the tokenizer reads as it stands (raw text, RCDATA,
// plaintext): a '<' followed by a letter is text there, not a tag.
bool keeps_lt_as_text(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_PLAINTEXT:
      return true;
    default:
      return false;
  }
}

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The named character references HTML5 also recognizes without the
// semicolon, with the character each stands for (all in Latin-1). In text,
// gumbo decodes the longest of them that prefixes an unknown name, so
// "&notanentity;" reads as U+00AC followed by the text "anentity;".
struct LegacyEntity {
  std::string_view name;
  char32_t code;
};
constexpr LegacyEntity kLegacyEntities[] = {
    {"AElig", 198}, {"AMP", 38}, {"Aacute", 193}, {"Acirc", 194}, {"Agrave", 192}, {"Aring", 197},
    {"Atilde", 195}, {"Auml", 196}, {"COPY", 169}, {"Ccedil", 199}, {"ETH", 208}, {"Eacute", 201},
    {"Ecirc", 202}, {"Egrave", 200}, {"Euml", 203}, {"GT", 62}, {"Iacute", 205}, {"Icirc", 206},
    {"Igrave", 204}, {"Iuml", 207}, {"LT", 60}, {"Ntilde", 209}, {"Oacute", 211}, {"Ocirc", 212},
    {"Ograve", 210}, {"Oslash", 216}, {"Otilde", 213}, {"Ouml", 214}, {"QUOT", 34}, {"REG", 174},
    {"THORN", 222}, {"Uacute", 218}, {"Ucirc", 219}, {"Ugrave", 217}, {"Uuml", 220}, {"Yacute", 221},
    {"aacute", 225}, {"acirc", 226}, {"acute", 180}, {"aelig", 230}, {"agrave", 224}, {"amp", 38},
    {"aring", 229}, {"atilde", 227}, {"auml", 228}, {"brvbar", 166}, {"ccedil", 231}, {"cedil", 184},
    {"cent", 162}, {"copy", 169}, {"curren", 164}, {"deg", 176}, {"divide", 247}, {"eacute", 233},
    {"ecirc", 234}, {"egrave", 232}, {"eth", 240}, {"euml", 235}, {"frac12", 189}, {"frac14", 188},
    {"frac34", 190}, {"gt", 62}, {"iacute", 237}, {"icirc", 238}, {"iexcl", 161}, {"igrave", 236},
    {"iquest", 191}, {"iuml", 239}, {"laquo", 171}, {"lt", 60}, {"macr", 175}, {"micro", 181},
    {"middot", 183}, {"nbsp", 160}, {"not", 172}, {"ntilde", 241}, {"oacute", 243}, {"ocirc", 244},
    {"ograve", 242}, {"ordf", 170}, {"ordm", 186}, {"oslash", 248}, {"otilde", 245}, {"ouml", 246},
    {"para", 182}, {"plusmn", 177}, {"pound", 163}, {"quot", 34}, {"raquo", 187}, {"reg", 174},
    {"sect", 167}, {"shy", 173}, {"sup1", 185}, {"sup2", 178}, {"sup3", 179}, {"szlig", 223},
    {"thorn", 254}, {"times", 215}, {"uacute", 250}, {"ucirc", 251}, {"ugrave", 249}, {"uml", 168},
    {"uuml", 252}, {"yacute", 253}, {"yen", 165}, {"yuml", 255},
};

// The other named references (semicolon required) whose first character is
// ASCII: &nvlt; &bne; and &fjlig; stand for two characters.
struct AsciiEntity {
  std::string_view name;
  char first;
};
constexpr AsciiEntity kAsciiEntities[] = {
    {"Tab", '\t'}, {"NewLine", '\n'}, {"excl", '!'}, {"num", '#'}, {"dollar", '$'}, {"percnt", '%'},
    {"apos", '\''}, {"lpar", '('}, {"rpar", ')'}, {"ast", '*'}, {"midast", '*'}, {"plus", '+'},
    {"comma", ','}, {"period", '.'}, {"sol", '/'}, {"colon", ':'}, {"semi", ';'}, {"equals", '='},
    {"quest", '?'}, {"commat", '@'}, {"lsqb", '['}, {"lbrack", '['}, {"bsol", '\\'}, {"rsqb", ']'},
    {"rbrack", ']'}, {"Hat", '^'}, {"lowbar", '_'}, {"UnderBar", '_'}, {"grave", '`'},
    {"DiacriticalGrave", '`'}, {"lcub", '{'}, {"lbrace", '{'}, {"verbar", '|'}, {"vert", '|'},
    {"VerticalLine", '|'}, {"rcub", '}'}, {"rbrace", '}'}, {"nvlt", '<'}, {"nvgt", '>'}, {"bne", '='},
    {"fjlig", 'f'},
};

// Whether orig[e...] starts with a name gumbo decodes without a semicolon.
bool starts_legacy_name(std::string_view orig, std::size_t e) {
  for (const LegacyEntity& le : kLegacyEntities)
    if (orig.compare(e, le.name.size(), le.name) == 0) return true;
  return false;
}

// UTF-8 of a Latin-1 code point.
std::string latin1_utf8(char32_t c) {
  if (c < 0x80) return std::string(1, static_cast<char>(c));
  return {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
}

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Code point of one UTF-8 character (0 for an empty view).
char32_t code_point(std::string_view ch) {
  if (ch.empty()) return 0;
  const auto b = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(ch[i])); };
  switch (ch.size()) {
    case 1: return b(0);
    case 2: return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    case 3: return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    default: return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  }
}

std::string utf8_of(char32_t c) {
  std::string s;
  if (c < 0x80) {
    s += static_cast<char>(c);
  } else if (c < 0x800) {
    s += static_cast<char>(0xC0 | (c >> 6));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (c >> 18));
    s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
  return s;
}

// A source character gumbo's input stream replaces with U+FFFD: NUL, other
// control characters, noncharacters.
bool replaced_by_parser(std::string_view src) {
  const char32_t c = code_point(src);
  if (c < 0x20) return c != '\t' && c != '\n' && c != '\f' && c != '\r';
  return (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

// Second characters of the named references that stand for two characters
// (&NotEqualTilde; = U+2242 U+0338, &nvlt; = < U+20D2, &ThickSpace;, &fjlig; ...).
bool is_second_of_two(char32_t c) {
  return c == 0x0338 || c == 0x20D2 || c == 0x20E5 || c == 0xFE00 || c == 0x0331 || c == 0x0333 ||
         c == 0x200A || c == 'j';
}

// End of the digits (and semicolon) of a numeric reference at orig[p]
// ("&#123;", "&#x1F"), or p if there is none; *value gets its value,
// 0x110000 for anything past U+10FFFF.
std::size_t numeric_reference_end(std::string_view orig, std::size_t p, char32_t* value = nullptr,
                                  std::uint32_t* wrapped = nullptr) {
  if (p + 2 >= orig.size() || orig[p] != '&' || orig[p + 1] != '#') return p;
  std::size_t q = p + 2;
  const bool hex = orig[q] == 'x' || orig[q] == 'X';
  if (hex) ++q;
  const std::size_t digits = q;
  char32_t v = 0;
  std::uint32_t w = 0;  // gumbo's value, which wraps around in 32 bits
  for (; q < orig.size(); ++q) {
    const auto c = static_cast<unsigned char>(orig[q]);
    int d = -1;
    if (std::isdigit(c) != 0) d = c - '0';
    else if (hex && std::isxdigit(c) != 0) d = (std::tolower(c) - 'a') + 10;
    if (d < 0) break;
    v = std::min<char32_t>(0x110000, v * (hex ? 16 : 10) + static_cast<char32_t>(d));
    w = w * (hex ? 16u : 10u) + static_cast<std::uint32_t>(d);
  }
  if (q == digits) return p;
  if (q < orig.size() && orig[q] == ';') ++q;
  if (value != nullptr) *value = v;
  if (wrapped != nullptr) *wrapped = w;
  return q;
}

// orig[p] is '&'. If the character reference there is one gumbo decodes to
// `ch` followed by `rest`, returns its end: the whole reference ("&#8217;",
// "&amp;", "&eacute"), or the legacy name gumbo took from a longer unknown
// one ("&not" of "&notanentity;", whose remaining "anentity;" is text).
// Returns 0 when it is not such a reference (then the '&' is literal text).
std::size_t reference_end(std::string_view orig, std::size_t p, std::string_view ch, std::string_view rest) {
  const std::size_t e = p + 1;
  if (e < orig.size() && orig[e] == '#') {  // numeric: &#DDD; or &#xHHH; (the semicolon is optional)
    char32_t value = 0;
    const std::size_t q = numeric_reference_end(orig, p, &value);
    if (q == p) return 0;  // "&#" without digits is text
    // 0, surrogates and values past U+10FFFF become U+FFFD; 0x80-0x9F are
    // read as windows-1252 (not checked character by character here). Past
    // U+10FFFF gumbo's value overflows: it may decode to anything (or to
    // nothing, swallowing the next character), so any character may match.
    const bool replaced = value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF);
    if (ch == kReplacement || (value >= 0x80 && value <= 0x9F) || value > 0x10FFFF ||
        (!replaced && utf8_of(value) == ch))
      return q;
    return 0;
  }
  std::size_t run = e;
  while (run < orig.size() && is_alnum(orig[run])) ++run;
  if (run == e) return 0;
  const bool semicolon = run < orig.size() && orig[run] == ';';
  const std::size_t whole = semicolon ? run + 1 : run;
  // The longest legacy name that prefixes the run, stands for `ch`, and
  // leaves the rest of the run as the text that follows.
  std::size_t best = 0;
  bool whole_is_legacy = false;
  for (const LegacyEntity& le : kLegacyEntities) {
    const std::size_t len = le.name.size();
    if (e + len > run || orig.compare(e, len, le.name) != 0) continue;
    if (e + len == run) whole_is_legacy = true;
    if (len <= best || latin1_utf8(le.code) != ch) continue;
    const std::size_t end = e + len == run ? whole : e + len;
    const std::string_view tail = orig.substr(end, whole - end);
    if (rest.substr(0, tail.size()) == tail) best = len;
  }
  if (best > 0) return e + best == run ? whole : e + best;
  // Any other named reference needs its semicolon. The few that stand for
  // an ASCII character are checked against it; for any other character the
  // name is taken as it is (an unknown name is text: its '&' is no match for
  // a character other than '&'; the look ahead sorts out the rest).
  if (!semicolon || whole_is_legacy || ch == "&") return 0;
  if (ch.size() == 1 && static_cast<unsigned char>(ch[0]) < 0x80) {
    const std::string_view name = orig.substr(e, run - e);
    for (const AsciiEntity& ae : kAsciiEntities)
      if (ae.name == name && ae.first == ch[0]) return whole;
    return 0;
  }
  return whole;
}

// Maps the decoded text of one text node back to its source bytes. gumbo
// keeps the node's source (original_text) but no position per character, and
// the source may hold more than the text: markup the tokenizer dropped
// ("</>", a stray "<tr>" in a paragraph), a linefeed ignored after <pre>, a
// NUL. Each decoded character is taken from where the walk stands if it can
// come from there (itself, a character reference, CR LF for LF, a replaced
// control character for U+FFFD; a '<' never from one that opens markup) and
// the next characters follow from there too; otherwise from the nearest later
// place where it and the following characters do. A character with no such
// place (text gumbo appended to the node from elsewhere, foster parenting) is
// left out: its source is unknown, and a wrong or empty span would break the
// span invariants.
class NodeAligner {
 public:
  struct Match {
    std::size_t from = 0, to = 0;  // source of the character, offsets into orig
    std::size_t next = 0;          // where the walk goes on
    bool named = false;            // a named character reference
    bool sure = true;              // false for a reference that may stand for anything
  };

  // `raw`: the node is the text of an element that keeps every '<' as text (<xmp>, <plaintext> ...).
  NodeAligner(std::string_view orig, std::string_view dec, bool raw) : orig_(orig), dec_(dec), raw_(raw) {
    budget_ = 64 * (orig.size() + dec.size()) + 65536;
  }

  // Calls emit(ch, match) for every decoded character that has a source, in order.
  template <class Emit>
  void run(Emit&& emit) {
    std::size_t p = 0;
    std::optional<Match> prev;
    for (std::size_t d = 0; d < dec_.size();) {
      const std::size_t n = char_len(d);
      const std::string_view ch = dec_.substr(d, n);
      Match nat;
      const bool natural_ok = natural(p, d, nat);
      const bool share_ok = prev && can_share(*prev, ch);
      std::optional<Match> pick;
      // After a reference that may stand for anything (it may also have
      // swallowed the character after it) the next match is weighed too.
      if (natural_ok && nat.sure && (!prev || prev->sure) && orig_[p] != '<' && !share_ok) {
        pick = nat;
      } else {
        int best = -1;
        if (natural_ok) {
          best = 1 + score(nat.next, d + n, nat);
          pick = nat;
        }
        if (share_ok && best < kFull) {
          const Match shared{prev->from, prev->to, p, false};
          const int s = 1 + score(p, d + n, shared);
          if (s > best) {
            best = s;
            pick = shared;
          }
        }
        if (best < kFull) {
          // A jump never lands inside the digits of a numeric reference: its
          // characters are not text, whatever gumbo made of it.
          const std::size_t stop = std::min(orig_.size(), p + kWindow);
          for (std::size_t q = std::max(p + 1, numeric_reference_end(orig_, p)); q < stop && budget_ > 0;) {
            --budget_;
            Match m;
            if (natural(q, d, m) && 1 + score(m.next, d + n, m) == kFull) {
              pick = m;
              break;
            }
            q = std::max(q + 1, numeric_reference_end(orig_, q));
          }
        }
      }
      d += n;
      if (!pick) continue;  // no source: left out
      emit(ch, *pick);
      p = pick->next;
      prev = pick;
    }
  }

 private:
  static constexpr int kLookahead = 8;             // characters that must follow a jump
  static constexpr int kFull = kLookahead + 1;
  static constexpr std::size_t kWindow = 4096;     // how far ahead a jump may land
  static constexpr std::size_t kMaxTag = 1024;     // longest dropped tag stepped over in a look ahead

  // Length of the character at dec_[d]; a broken sequence (see text())
  // ends before the first byte that is not a continuation byte.
  std::size_t char_len(std::size_t d) const {
    const std::size_t n = std::min(utf8_length(static_cast<unsigned char>(dec_[d])), dec_.size() - d);
    std::size_t k = 1;
    while (k < n && (static_cast<unsigned char>(dec_[d + k]) & 0xC0) == 0x80) ++k;
    return k;
  }

  // The second character of a two-character reference ('j' only of &fjlig;).
  bool can_share(const Match& prev, std::string_view ch) const {
    if (!prev.named) return false;
    const char32_t c = code_point(ch);
    if (c == 'j') return orig_.substr(prev.from, prev.to - prev.from) == "&fjlig;";
    return is_second_of_two(c);
  }

  // Whether the '<' at orig_[p] opens markup (a start or end tag, a comment,
  // "<!DOCTYPE", "<?...": a '<' followed by a letter, '/', '!' or '?'), so
  // it is never a literal '<' of the text, only markup the tokenizer may
  // have dropped. Not so in raw text, nor for a "</" that ends the source
  // (gumbo keeps "</" at the end of the input as text).
  bool opens_markup(std::size_t p) const {
    if (raw_ || p + 1 >= orig_.size() || orig_[p] != '<') return false;
    const char c = orig_[p + 1];
    if (c == '/') return p + 2 < orig_.size();
    return c == '!' || c == '?' || std::isalpha(static_cast<unsigned char>(c)) != 0;
  }

  // Decoded character at dec_[d] taken from orig_[p].
  bool natural(std::size_t p, std::size_t d, Match& m) const {
    if (p >= orig_.size()) return false;
    const std::string_view ch = dec_.substr(d, char_len(d));
    const char c = orig_[p];
    if (c == '&') {
      // A numeric reference whose value wraps around to -1 (&#xFFFFFFFF) is
      // gumbo's "no character": it comes out as '&' in place of the
      // character after it, which is gone.
      std::uint32_t wrapped = 0;
      const std::size_t ne = numeric_reference_end(orig_, p, nullptr, &wrapped);
      if (ne != p && wrapped == 0xFFFFFFFFu) {
        if (ch != "&") return false;
        std::size_t e = ne;
        if (e < orig_.size())
          e += (orig_[e] == '\r' && e + 1 < orig_.size() && orig_[e + 1] == '\n')
                   ? 2
                   : std::min(utf8_length(static_cast<unsigned char>(orig_[e])), orig_.size() - e);
        m = {p, e, e, false};
        return true;
      }
      const std::size_t e = reference_end(orig_, p, ch, dec_.substr(d + ch.size()));
      if (e > p + 1) {
        const bool numeric = orig_[p + 1] == '#';
        char32_t value = 0;
        if (numeric) numeric_reference_end(orig_, p, &value);
        // An overflowing numeric reference matches anything: only as sure as its look ahead.
        m = {p, e, e, !numeric, value <= 0x10FFFF};
        return true;
      }
      // A literal '&': not where gumbo reads a reference whatever follows
      // (digits, or a legacy name such as the "gt" of "&gta").
      if (ch != "&" || numeric_reference_end(orig_, p) != p || starts_legacy_name(orig_, p + 1)) return false;
      m = {p, p + 1, p + 1, false};
      return true;
    }
    if (c == '\r') {  // CR LF and CR became LF
      if (ch != "\n") return false;
      const std::size_t e = p + ((p + 1 < orig_.size() && orig_[p + 1] == '\n') ? 2 : 1);
      m = {p, e, e, false};
      return true;
    }
    if (c == '<' && opens_markup(p)) return false;
    const std::size_t len = std::min(utf8_length(static_cast<unsigned char>(c)), orig_.size() - p);
    const std::string_view src = orig_.substr(p, len);
    if (src == ch || (ch == kReplacement && replaced_by_parser(src))) {
      m = {p, p + len, p + len, false};
      return true;
    }
    return false;
  }

  // How many of the characters from dec_[d] on follow from orig_[p] on
  // (kLookahead at most, all of them when the text ends first), stepping
  // over markup the tokenizer may have dropped ("<...>").
  int score(std::size_t p, std::size_t d, Match prev) const {
    int count = 0;
    while (count < kLookahead && budget_ > 0) {
      --budget_;
      if (d >= dec_.size()) return kLookahead;
      const std::size_t n = char_len(d);
      Match m;
      if (natural(p, d, m)) {
        p = m.next;
        prev = m;
      } else if (can_share(prev, dec_.substr(d, n))) {
        prev.named = false;
      } else if (p < orig_.size() && orig_[p] == '<') {
        const std::size_t close = orig_.substr(p, kMaxTag).find('>');
        if (close == std::string_view::npos) break;
        p += close + 1;
        continue;
      } else {
        break;
      }
      d += n;
      ++count;
    }
    return count;
  }

  std::string_view orig_, dec_;
  bool raw_;
  // Steps left for jumps and look aheads in this node: a node whose text has
  // no source (foster parenting) costs time linear in its size, not quadratic.
  mutable std::size_t budget_;
};

class HtmlWalker {
 public:
  HtmlWalker(std::string_view bytes, const char* buffer, std::size_t base, VisibleText& out)
      : src_(bytes), buffer_(buffer), base_(base), out_(out) {}

  // Walks the tree, then emits its text in source order: gumbo moves some
  // text away from where it stands (text inside a table goes before the
  // table, "foster parenting"), and every span must follow the one before.
  void run(const GumboNode* root) {
    walk(root);
    std::stable_sort(items_.begin(), items_.end(), [](const Item& a, const Item& b) { return a.pos < b.pos; });
    for (const Item& item : items_) {
      if (item.text != nullptr)
        text(*item.text, item.raw);
      else
        out_.paragraph_break(item.pos);
    }
  }

 private:
  struct Item {
    std::size_t pos;         // input offset where it stands
    const GumboText* text;   // a text node, or nullptr for a paragraph break at pos
    bool raw = false;        // the text of an element that keeps '<' as text
  };

  void walk(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT:
        children(&node->v.document.children);
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboElement& e = node->v.element;
        if (is_hidden(e.tag)) break;
        const bool block = is_block(e.tag);
        if (block) items_.push_back({pos_of(e.start_pos.offset), nullptr});
        children(&e.children);
        if (block) items_.push_back({pos_of(e.end_pos.offset), nullptr});
        break;
      }
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        items_.push_back({pos_of(node->v.text.start_pos.offset), &node->v.text, raw_text_parent(node)});
        break;
      default:
        break;  // comments
    }
  }

  static bool raw_text_parent(const GumboNode* node) {
    const GumboNode* parent = node->parent;
    return parent != nullptr && parent->type == GUMBO_NODE_ELEMENT && keeps_lt_as_text(parent->v.element.tag);
  }

  std::size_t pos_of(unsigned int offset) const { return std::min(src_.size(), base_ + offset); }

  void children(const GumboVector* v) {
    for (unsigned int i = 0; i < v->length; ++i) walk(static_cast<const GumboNode*>(v->data[i]));
  }

  void text(const GumboText& t, bool raw) {
    const std::string_view dec = t.text ? std::string_view(t.text) : std::string_view();
    const std::string_view orig(t.original_text.data, t.original_text.length);
    if (orig.data() == nullptr || orig.data() < buffer_ || orig.data() + orig.size() > buffer_ + (src_.size() - base_))
      return;  // no source in the input
    const std::size_t at = base_ + static_cast<std::size_t>(orig.data() - buffer_);
    NodeAligner(orig, dec, raw).run([&](std::string_view ch, const NodeAligner::Match& m) {
      // gumbo writes an overflowing numeric reference (&#xD8eeeeeeeeeeeeee) as
      // bytes that are not UTF-8: they stand for U+FFFD.
      if (static_cast<unsigned char>(ch[0]) >= 0x80 && !validate_utf8(ch).ok()) ch = kReplacement;
      emit(ch, at + m.from, at + m.to);
    });
  }

  // A character whose source overlaps what is already emitted (a node whose
  // source reaches into the next one's) is left out; both characters of a
  // two-character reference share its bytes.
  void emit(std::string_view ch, std::size_t from, std::size_t to) {
    const bool same_source = emitted_ && from == last_from_ && to == last_to_;
    if (from < end_ && !same_source) return;
    if (ch.size() == 1 && is_ascii_space(ch[0]))
      out_.space(from, to);
    else
      out_.add(ch, from, to);
    end_ = std::max(end_, to);
    last_from_ = from;
    last_to_ = to;
    emitted_ = true;
  }

  std::string_view src_;
  const char* buffer_;
  std::size_t base_;
  VisibleText& out_;
  std::vector<Item> items_;
  std::size_t end_ = 0;                     // end of the source emitted so far
  std::size_t last_from_ = 0, last_to_ = 0;  // source of the last character emitted
  bool emitted_ = false;
};

}  // namespace

VisibleText html_visible_text(std::string_view bytes, std::size_t body) {
  VisibleText out;
  const std::string_view text = bytes.substr(body);
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, text.data(), text.size());
  if (output == nullptr) return out;
  HtmlWalker walker(bytes, text.data(), body, out);
  walker.run(output->document);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return out;
}

}  // namespace transdrift::text_detail
