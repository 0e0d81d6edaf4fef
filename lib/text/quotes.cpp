// Quotation detection: a stack of opening marks per paragraph, closed by
// their matching closing marks. Straight quotes, which do not say whether
// they open or close, and the apostrophe, which shares its character with
// the closing single quote, are told apart by the characters around them.
#include "text/quotes.hpp"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "text/unicode.hpp"

namespace transdrift::text_detail {
namespace {

constexpr char32_t kStraightDouble = U'"';
constexpr char32_t kStraightSingle = U'\'';
constexpr char32_t kFullwidthDouble = 0xFF02;
constexpr char32_t kFullwidthSingle = 0xFF07;
constexpr char32_t kLeftSingle = 0x2018;   // ‘
constexpr char32_t kRightSingle = 0x2019;  // ’ (also the typographic apostrophe)
constexpr char32_t kLowSingle = 0x201A;    // ‚
constexpr char32_t kReversedSingle = 0x201B;
constexpr char32_t kLeftDouble = 0x201C;   // “
constexpr char32_t kRightDouble = 0x201D;  // ”
constexpr char32_t kLowDouble = 0x201E;    // „
constexpr char32_t kReversedDouble = 0x201F;
constexpr char32_t kLeftGuillemet = 0x00AB;   // «
constexpr char32_t kRightGuillemet = 0x00BB;  // »
constexpr char32_t kLeftSingleGuillemet = 0x2039;
constexpr char32_t kRightSingleGuillemet = 0x203A;
constexpr char32_t kLeftCorner = 0x300C;  // 「
constexpr char32_t kRightCorner = 0x300D;
constexpr char32_t kLeftWhiteCorner = 0x300E;  // 『
constexpr char32_t kRightWhiteCorner = 0x300F;
// Two-character marks of typewritten and Penn Treebank style news text:
// ``…'' and ''…'' (each one mark of two tokens), with or without spaces
// inside (tokenized text writes "`` Dead Gorgeous ''"), and reversed in
// sloppy text ('' murder rock ``). Private-use code points stand for them.
constexpr char32_t kDoubleApostrophe = 0xE000;  // ''
constexpr char32_t kDoubleGrave = 0xE001;       // ``

bool is_straight(char32_t c) {
  return c == kStraightDouble || c == kStraightSingle || c == kFullwidthDouble || c == kFullwidthSingle;
}

bool is_single_straight(char32_t c) { return c == kStraightSingle || c == kFullwidthSingle; }

// True if `closer` ends a quotation opened by `opener`. German „…“ and ‚…‘
// close with what English uses to open.
bool closes(char32_t opener, char32_t closer) {
  switch (opener) {
    case kLeftDouble: case kReversedDouble: return closer == kRightDouble;
    case kDoubleGrave: return closer == kDoubleApostrophe || closer == kRightDouble;
    case kDoubleApostrophe: return closer == kDoubleApostrophe || closer == kDoubleGrave;
    case kStraightDouble: return closer == kStraightDouble || closer == kDoubleApostrophe;
    case kLowDouble: return closer == kLeftDouble || closer == kRightDouble;
    case kLeftSingle: case kReversedSingle: return closer == kRightSingle;
    case kLowSingle: return closer == kLeftSingle || closer == kRightSingle;
    case kLeftGuillemet: return closer == kRightGuillemet;
    case kLeftSingleGuillemet: return closer == kRightSingleGuillemet;
    case kLeftCorner: return closer == kRightCorner;
    case kLeftWhiteCorner: return closer == kRightWhiteCorner;
    default: return is_straight(opener) && closer == opener;
  }
}

bool can_open(char32_t c) {
  switch (c) {
    case kDoubleApostrophe: case kDoubleGrave:
    case kLeftDouble: case kReversedDouble: case kLowDouble:
    case kLeftSingle: case kReversedSingle: case kLowSingle:
    case kLeftGuillemet: case kLeftSingleGuillemet: case kLeftCorner: case kLeftWhiteCorner:
      return true;
    default:
      return is_straight(c);
  }
}

bool is_quote_mark(char32_t c) {
  return can_open(c) || c == kRightSingle || c == kRightDouble || c == kRightGuillemet ||
         c == kRightSingleGuillemet || c == kRightCorner || c == kRightWhiteCorner;
}

// The characters just before and after a mark, within the paragraph; the
// paragraph's edges count as white space.
struct Neighbors {
  char32_t before = U' ';
  char32_t after = U' ';
};

Neighbors neighbors(std::string_view text, Span paragraph, Span mark) {
  Neighbors n;
  if (mark.start > paragraph.start) n.before = decode_utf8(text, previous_char_start(text, mark.start)).cp;
  if (mark.end < paragraph.end) n.after = decode_utf8(text, mark.end).cp;
  return n;
}

// The mark a token consists of, if it is a single quotation mark.
std::optional<char32_t> quote_mark(std::string_view token) {
  if (token.empty()) return std::nullopt;
  const Utf8Char c = decode_utf8(token, 0);
  if (c.problem != Utf8Problem::kNone || c.size != token.size() || !is_quote_mark(c.cp)) return std::nullopt;
  return c.cp;
}

bool is_apostrophe_like(char32_t c) { return c == kRightSingle || is_single_straight(c); }

// Straight and ambiguous marks need context to act as a closer: a closing
// single quote follows a word ("things' is"), it does not start one.
bool may_close(char32_t c, Neighbors n) {
  if (is_apostrophe_like(c)) return !is_space(n.before);
  return true;
}

// ... and to act as an opener: a straight quote starts a word, so "6' 2"
// (feet, inches) and "learned.''" open nothing.
bool may_open(char32_t c, Neighbors n) {
  if (is_single_straight(c)) return !is_letter_or_digit(n.before) && is_letter_or_digit(n.after);
  if (is_straight(c)) return !is_letter_or_digit(n.before) && !is_space(n.after) && n.after != c;
  // "''" opens after a space or an opening bracket or dash (a space may
  // follow it in tokenized text); after a word or a full stop it closes
  // ("learned.''").
  if (c == kDoubleApostrophe)
    return (is_space(n.before) || n.before == U'(' || n.before == U'[' || n.before == U'\u2014' ||
            n.before == U'\u2013' || n.before == U'-') &&
           n.after != U'\'';
  return true;
}

// A quotation mark: its first and last token (two for "``" and "''").
struct Mark {
  std::size_t first;
  std::size_t last;
  char32_t cp;
};

using Pair = std::pair<Mark, Mark>;  // the opening and the closing mark

// Matches the quotation marks among doc.tokens[range]; pairs in closing order.
std::vector<Pair> match_marks(const Document& doc, Span paragraph, TokenRange range) {
  std::vector<Mark> open;
  std::vector<Pair> pairs;
  for (std::size_t t = range.begin; t < range.end; ++t) {
    Span span = doc.tokens[t].span;
    std::optional<char32_t> mark = quote_mark(doc.slice(span));
    std::size_t last = t;
    // "''" and "``": two tokens, glued, of the same straight single mark or grave accent.
    const std::string_view here = doc.slice(span);
    if ((here == "'" || here == "`") && t + 1 < range.end && doc.slice(doc.tokens[t + 1].span) == here &&
        doc.tokens[t + 1].span.start == span.end) {
      mark = here == "'" ? kDoubleApostrophe : kDoubleGrave;
      last = t + 1;
      span.end = doc.tokens[last].span.end;
    }
    if (!mark) continue;
    const Neighbors n = neighbors(doc.text, paragraph, span);
    // Washington’s, it's: an apostrophe, never a quotation mark.
    if (is_apostrophe_like(*mark) && is_letter_or_digit(n.before) && is_letter_or_digit(n.after)) continue;

    const Mark here_mark{t, last, *mark};
    t = last;
    const auto opener = std::find_if(open.rbegin(), open.rend(),
                                     [&](const Mark& o) { return closes(o.cp, *mark); });
    if (opener != open.rend() && may_close(*mark, n)) {
      pairs.emplace_back(*opener, here_mark);
      // Marks opened inside and never closed are unbalanced: dropped.
      open.erase(std::prev(opener.base()), open.end());
      continue;
    }
    // A ’ with no ‘ open is an apostrophe (States’, ’90s); other closers
    // without an opener are unbalanced. Either way: no quotation.
    if (can_open(*mark) && may_open(*mark, n)) open.push_back(here_mark);
  }
  return pairs;
}

}  // namespace

void find_quotes(Document& doc, Span paragraph, TokenRange tokens) {
  std::vector<Pair> pairs = match_marks(doc, paragraph, tokens);
  std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.first.first < b.first.first; });
  std::optional<std::size_t> outer_close;  // closing mark of the last outermost quotation
  for (const auto& [open, close] : pairs) {
    for (std::size_t t = open.last + 1; t < close.first; ++t) doc.tokens[t].quoted = true;
    if (outer_close && open.first < *outer_close) continue;  // nested in the previous one
    outer_close = close.first;
    const Span open_span{doc.tokens[open.first].span.start, doc.tokens[open.last].span.end};
    const Span close_span{doc.tokens[close.first].span.start, doc.tokens[close.last].span.end};
    doc.quotes.push_back(Quote{{open_span.start, close_span.end},
                               {open_span.end, close_span.start},
                               {open.last + 1, close.first}});
  }
}

}  // namespace transdrift::text_detail
