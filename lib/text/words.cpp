// Word tokenization: ICU word boundaries, one token per segment that is not
// white space, classified by ICU's rule status.
#include "text/words.hpp"

#include <unicode/locid.h>
#include <unicode/ubrk.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace transdrift::text_detail {
namespace {

// Characters that separate tokens without being one: White_Space and the
// invisible format characters (ZWSP, ZWJ, BOM, ...).
bool is_invisible(UChar32 c) {
  return is_space(static_cast<char32_t>(c)) || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

// The properties the tokenizer asks about, for the 128 ASCII characters,
// taken from ICU once. Most text is ASCII, and each question was a call into
// ICU (two with char32At, three with moveIndex32) per character of every
// token; an ASCII UTF-16 unit is a whole character, so its answer is here.
enum AsciiProperty : std::uint8_t { kInvisible = 1, kAlphabetic = 2, kCapital = 4, kSpace = 8, kPunctuation = 16 };
const std::array<std::uint8_t, 128>& ascii_properties() {
  static const std::array<std::uint8_t, 128> table = [] {
    std::array<std::uint8_t, 128> t{};
    for (UChar32 c = 0; c < 128; ++c) {
      if (is_invisible(c)) t[static_cast<std::size_t>(c)] |= kInvisible;
      if (u_isUAlphabetic(c)) t[static_cast<std::size_t>(c)] |= kAlphabetic;
      if (u_isUUppercase(c) || u_istitle(c)) t[static_cast<std::size_t>(c)] |= kCapital;
      if (is_space(static_cast<char32_t>(c))) t[static_cast<std::size_t>(c)] |= kSpace;
      if (u_ispunct(c)) t[static_cast<std::size_t>(c)] |= kPunctuation;
    }
    return t;
  }();
  return table;
}

bool all_invisible(const icu::UnicodeString& text, Utf16Range range) {
  const auto& ascii = ascii_properties();
  for (int32_t i = range.begin; i < range.end;) {
    const char16_t unit = text.charAt(i);
    if (unit < 0x80) {
      if ((ascii[unit] & kInvisible) == 0) return false;
      ++i;
      continue;
    }
    if (!is_invisible(text.char32At(i))) return false;
    i = text.moveIndex32(i, 1);
  }
  return true;
}


bool has_letter(const icu::UnicodeString& text, Utf16Range range) {
  const auto& ascii = ascii_properties();
  for (int32_t i = range.begin; i < range.end;) {
    const char16_t unit = text.charAt(i);
    if (unit < 0x80) {
      if ((ascii[unit] & kAlphabetic) != 0) return true;
      ++i;
      continue;
    }
    if (u_isUAlphabetic(text.char32At(i))) return true;
    i = text.moveIndex32(i, 1);
  }
  return false;
}

TokenKind classify(const icu::UnicodeString& text, Utf16Range range, int32_t rule_status) {
  if (rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT) return TokenKind::kNumber;
  // Letters, kana and ideographs ("5G" is a letter segment too).
  if (rule_status >= UBRK_WORD_LETTER && rule_status < UBRK_WORD_IDEO_LIMIT) {
    return has_letter(text, range) ? TokenKind::kWord : TokenKind::kSymbol;
  }
  // UBRK_WORD_NONE: punctuation, symbols, emoji; letters only in odd cases
  // such as a lone combining mark.
  const UChar32 first = text.char32At(range.begin);
  if (u_ispunct(first)) return TokenKind::kPunct;
  if (has_letter(text, range)) return TokenKind::kWord;
  return TokenKind::kSymbol;
}

// First letter is upper or title case ("Kyiv", "5G"); false without letters.
bool starts_capitalized(const icu::UnicodeString& text, Utf16Range range) {
  const auto& ascii = ascii_properties();
  for (int32_t i = range.begin; i < range.end;) {
    const char16_t unit = text.charAt(i);
    if (unit < 0x80) {
      if ((ascii[unit] & kAlphabetic) != 0) return (ascii[unit] & kCapital) != 0;
      ++i;
      continue;
    }
    const UChar32 c = text.char32At(i);
    if (u_isUAlphabetic(c)) return u_isUUppercase(c) || u_istitle(c);
    i = text.moveIndex32(i, 1);
  }
  return false;
}

// normalize(word).text. Most tokens are ASCII, which NFKC_Casefold only
// lower-cases (A-Z): that case skips the offset map normalize() builds.
std::string norm_of(std::string_view word) {
  const bool ascii = std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!ascii) return normalize(word).text;
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "U.S", "Ph.D", "e.g": letters in dot-separated parts of one or two
// letters each, as ICU leaves a dotted abbreviation without its final period.
bool is_dotted_abbreviation(std::string_view word) {
  std::size_t parts = 0;
  std::size_t letters = 0;
  for (const char c : word) {
    const bool ascii_letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (ascii_letter) {
      if (++letters > 2) return false;
    } else if (c == '.' && letters > 0) {
      ++parts;
      letters = 0;
    } else {
      return false;
    }
  }
  return letters > 0 && parts >= 1;
}

// ICU splits "U.S." into "U.S" and ".". The period belongs to the
// abbreviation (the later stages match "U.S." as a word, and "U.S" alone is
// no word), so it joins the token, even where it also ends the sentence.
bool absorb_abbreviation_period(std::string_view input, Token& previous, Span period) {
  if (previous.kind != TokenKind::kWord || previous.span.end != period.start) return false;
  if (input.substr(period.start, period.size()) != ".") return false;
  if (!is_dotted_abbreviation(input.substr(previous.span.start, previous.span.size()))) return false;
  previous.span.end = period.end;
  previous.norm = norm_of(input.substr(previous.span.start, previous.span.size()));
  return true;
}

// The token of ASCII segment `s` (bytes [begin, begin + s.size()) of the
// input), as tokenize() makes it from the UTF-16 text with the functions
// above: false if the segment is all invisible. Norm and sentence are left
// to the caller.
bool ascii_token(std::string_view s, std::size_t begin, int32_t rule_status, Token& token) {
  const auto& ascii = ascii_properties();
  const auto props = [&](std::size_t i) { return ascii[static_cast<unsigned char>(s[i])]; };
  std::size_t first = 0, last = s.size();
  while (first < last && (props(first) & kInvisible) != 0) ++first;
  if (first == last) return false;  // all_invisible
  first = 0;  // trim_space: White_Space only
  while (first < last && (props(first) & kSpace) != 0) ++first;
  while (last > first && (props(last - 1) & kSpace) != 0) --last;
  token.span = {begin + first, begin + last};
  bool letter = false, capital = false;
  for (std::size_t i = first; i < last; ++i) {
    if ((props(i) & kAlphabetic) != 0) {
      letter = true;
      capital = (props(i) & kCapital) != 0;
      break;
    }
  }
  if (rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT) {
    token.kind = TokenKind::kNumber;
  } else if (rule_status >= UBRK_WORD_LETTER && rule_status < UBRK_WORD_IDEO_LIMIT) {
    token.kind = letter ? TokenKind::kWord : TokenKind::kSymbol;
  } else if (first < last && (props(first) & kPunctuation) != 0) {
    token.kind = TokenKind::kPunct;
  } else {
    token.kind = letter ? TokenKind::kWord : TokenKind::kSymbol;
  }
  token.capitalized = capital;
  return true;
}

// Word_Break classes of the ASCII characters as ICU's word rules use them.
enum AsciiBreak : std::uint8_t { kOtherBreak, kLetterBreak, kDigitBreak, kJoinerBreak, kMidLetterNumber, kMidNumber,
                                 kSpaceBreak, kCarriageReturn, kLineEnd };
const std::array<std::uint8_t, 128>& ascii_break_classes() {
  static const std::array<std::uint8_t, 128> table = [] {
    std::array<std::uint8_t, 128> t{};  // kOtherBreak: a segment of its own
    for (char c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = kLetterBreak;
    for (char c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = kLetterBreak;
    t['@'] = kLetterBreak;  // ICU's tailoring (e-mail addresses stay whole)
    for (char c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = kDigitBreak;
    t['_'] = kJoinerBreak;                                 // ExtendNumLet
    t['.'] = t['\''] = kMidLetterNumber;                   // MidNumLet, Single_Quote
    t[','] = t[';'] = kMidNumber;                          // MidNum (ICU leaves ':' out of MidLetter)
    t[' '] = kSpaceBreak;                                  // WSegSpace
    t['\r'] = kCarriageReturn;
    t['\n'] = t['\v'] = t['\f'] = kLineEnd;                // LF, Newline
    return t;
  }();
  return table;
}

}  // namespace

bool ascii_word_segments(std::string_view text, std::vector<WordSegment>& out) {
  out.clear();
  if (!std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return false;
  const auto& classes = ascii_break_classes();
  const auto n = static_cast<int32_t>(text.size());
  const auto cls = [&](int32_t i) { return classes[static_cast<unsigned char>(text[static_cast<std::size_t>(i)])]; };
  const auto joins = [](std::uint8_t c) { return c == kLetterBreak || c == kDigitBreak || c == kJoinerBreak; };
  for (int32_t i = 0; i < n;) {
    const int32_t begin = i;
    const std::uint8_t c = cls(i);
    int32_t status = UBRK_WORD_NONE;
    if (c == kCarriageReturn) {
      i += i + 1 < n && cls(i + 1) == kLineEnd && text[static_cast<std::size_t>(i + 1)] == '\n' ? 2 : 1;  // WB3
    } else if (c == kSpaceBreak) {
      while (i < n && cls(i) == kSpaceBreak) ++i;  // WB3d
    } else if (joins(c)) {
      // WB5-WB13b: letters, digits and '_' join; '.' and '\'' join two
      // letters or two digits, ',' and ';' two digits.
      for (++i; i < n;) {
        const std::uint8_t cur = cls(i);
        if (joins(cur)) {
          ++i;
          continue;
        }
        if (i + 1 < n && (cur == kMidLetterNumber || cur == kMidNumber)) {
          const std::uint8_t before = cls(i - 1), after = cls(i + 1);
          if ((cur == kMidLetterNumber && before == kLetterBreak && after == kLetterBreak) ||
              (before == kDigitBreak && after == kDigitBreak)) {
            i += 2;
            continue;
          }
        }
        break;
      }
      // The status of the rule that matched last: the last letter or digit
      // decides, unless two or more '_' follow it (or it is '_' alone).
      int32_t last = i - 1;
      while (last > begin && cls(last) == kJoinerBreak) --last;
      const std::uint8_t decides = cls(last);
      if (decides == kJoinerBreak) status = i - begin > 1 ? UBRK_WORD_LETTER : UBRK_WORD_NONE;
      else if (i - 1 - last >= 2) status = UBRK_WORD_LETTER;
      else status = decides == kLetterBreak ? UBRK_WORD_LETTER : UBRK_WORD_NUMBER;
    } else {
      ++i;  // WB3a/b, WB999
    }
    out.push_back(WordSegment{begin, i, status});
  }
  return true;
}

void WordTokenizer::icu_word_segments(const icu::UnicodeString& text, std::vector<WordSegment>& out) {
  out.clear();
  iter_->setText(text);
  int32_t begin = iter_->first();
  for (int32_t end = iter_->next(); end != icu::BreakIterator::DONE; begin = end, end = iter_->next())
    out.push_back(WordSegment{begin, end, iter_->getRuleStatus()});
}

Result<WordTokenizer> WordTokenizer::create(const std::string& locale_id) {
  const icu::Locale locale(locale_id.c_str());
  if (locale.isBogus()) {
    return Error{ErrorCode::kInvalidArgument, "invalid locale \"" + locale_id + "\"", std::nullopt};
  }
  UErrorCode status = U_ZERO_ERROR;
  WordTokenizer tokenizer;
  tokenizer.iter_.reset(icu::BreakIterator::createWordInstance(locale, status));
  if (U_FAILURE(status) || tokenizer.iter_ == nullptr) {
    return Error{ErrorCode::kInternal,
                 std::string("ICU word break iterator: ") + u_errorName(status), std::nullopt};
  }
  return tokenizer;
}

void WordTokenizer::tokenize(std::string_view input, const Utf16Text& paragraph, Utf16Range range,
                             std::size_t sentence, std::vector<Token>& out) {
  const std::size_t first = out.size();
  // A segment of `text`, whose unit 0 is unit `offset` of the paragraph.
  const auto add = [&](const icu::UnicodeString& text, int32_t offset, const WordSegment& s) {
    if (all_invisible(text, {s.begin, s.end})) return;
    // ICU attaches combining marks and format characters to a preceding space.
    const Utf16Range segment = trim_space(text, {s.begin, s.end});
    Token token;
    token.span = paragraph.span(offset + segment.begin, offset + segment.end);
    if (out.size() > first && absorb_abbreviation_period(input, out.back(), token.span)) return;
    token.norm = norm_of(input.substr(token.span.start, token.span.size()));
    token.kind = classify(text, segment, s.rule_status);
    token.sentence = sentence;
    token.capitalized = starts_capitalized(text, segment);
    out.push_back(std::move(token));
  };
  // Word boundaries are found in the sentence alone, as if it stood by itself.
  // Plain ASCII (most text) takes ICU's segments from the table: the
  // iterator's work was most of tokenizing. An ASCII sentence has one byte
  // per UTF-16 unit, so its segments are paragraph units from range.begin.
  // Its tokens are made from the bytes as well (ascii_token).
  const Span bytes = paragraph.span(range.begin, range.end);
  const std::string_view ascii = input.substr(bytes.start, bytes.size());
  if (!icu_only_ && bytes.size() == static_cast<std::size_t>(range.end - range.begin) &&
      ascii_word_segments(ascii, segments_)) {
    for (const WordSegment& s : segments_) {
      Token token;
      const auto begin = static_cast<std::size_t>(s.begin), size = static_cast<std::size_t>(s.end - s.begin);
      if (!ascii_token(ascii.substr(begin, size), bytes.start + begin, s.rule_status, token)) continue;
      if (out.size() > first && absorb_abbreviation_period(input, out.back(), token.span)) continue;
      token.norm = norm_of(input.substr(token.span.start, token.span.size()));
      token.sentence = sentence;
      out.push_back(std::move(token));
    }
    return;
  }
  const icu::UnicodeString text(paragraph.text, range.begin, range.end - range.begin);
  icu_word_segments(text, segments_);
  for (const WordSegment& s : segments_) add(text, range.begin, s);
}

}  // namespace transdrift::text_detail
