// Internal helpers of the text stage: UTF-8 decoding, white space tests and
// a UTF-16 copy of a slice with a map back to UTF-8 byte offsets (ICU's
// iterators work in UTF-16, every span of the API is in UTF-8 bytes).
#pragma once

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstddef>
#include <string_view>
#include <vector>

#include "transdrift/types.hpp"

namespace transdrift::text_detail {

constexpr char32_t kReplacementChar = 0xFFFD;

// Why a byte sequence is not well-formed UTF-8 (Unicode Table 3-7).
enum class Utf8Problem {
  kNone,
  kStrayContinuation,  // 80..BF where a lead byte is expected
  kInvalidByte,        // C0, C1, F5..FF never occur in UTF-8
  kOverlong,           // E0 80..9F, F0 80..8F: a shorter form exists
  kSurrogate,          // ED A0..BF: U+D800..U+DFFF
  kTooLarge,           // F4 90..BF: above U+10FFFF
  kIncomplete,         // a continuation byte is missing
};

struct Utf8Char {
  char32_t cp = kReplacementChar;  // U+FFFD when ill-formed
  std::size_t size = 1;            // bytes consumed; for errors the maximal subpart (>= 1)
  Utf8Problem problem = Utf8Problem::kNone;
};

// Decodes the character starting at byte `pos` (< s.size()).
Utf8Char decode_utf8(std::string_view s, std::size_t pos);

// Start of the character that ends at byte `pos` (> 0) in well-formed UTF-8.
std::size_t previous_char_start(std::string_view s, std::size_t pos);

// Unicode White_Space: includes U+00A0, U+2000..U+200A, U+3000, tabs, line ends.
inline bool is_space(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0; }

inline bool is_letter_or_digit(char32_t c) {
  return u_isUAlphabetic(static_cast<UChar32>(c)) || u_isdigit(static_cast<UChar32>(c));
}

// `span` of `text` without leading and trailing white space (empty at span.start
// when the span holds only white space).
Span trim_space(std::string_view text, Span span);

// A UTF-16 copy of a UTF-8 slice. byte_at[i] is the byte offset (base
// included) of the character holding UTF-16 unit i; byte_at has
// text.length() + 1 entries, the last being the slice's end.
struct Utf16Text {
  icu::UnicodeString text;
  std::vector<std::size_t> byte_at;

  Span span(int32_t begin, int32_t end) const {
    return {byte_at[static_cast<std::size_t>(begin)], byte_at[static_cast<std::size_t>(end)]};
  }
};

Utf16Text to_utf16(std::string_view slice, std::size_t base);

// A half-open range of UTF-16 code unit indices.
struct Utf16Range {
  int32_t begin = 0;
  int32_t end = 0;
  bool empty() const { return begin == end; }
};

// `range` of `text` without leading and trailing white space.
Utf16Range trim_space(const icu::UnicodeString& text, Utf16Range range);

}  // namespace transdrift::text_detail
