// White space trimming and the UTF-16 <-> UTF-8 offset map used with ICU.
#include "text/unicode.hpp"

#include <unicode/utf16.h>

#include <array>
#include <cstdint>

namespace transdrift::text_detail {

Span trim_space(std::string_view text, Span span) {
  std::size_t start = span.start;
  std::size_t end = span.end;
  while (start < end) {
    const Utf8Char c = decode_utf8(text, start);
    if (c.problem != Utf8Problem::kNone || !is_space(c.cp)) break;
    start += c.size;
  }
  while (end > start) {
    const std::size_t prev = previous_char_start(text, end);
    const Utf8Char c = decode_utf8(text, prev);
    // A stray byte of ill-formed input: stop rather than misread it.
    if (c.problem != Utf8Problem::kNone || prev + c.size != end || !is_space(c.cp)) break;
    end = prev;
  }
  return {start, end};
}

Utf16Text to_utf16(std::string_view slice, std::size_t base) {
  Utf16Text out;
  out.byte_at.reserve(slice.size() + 1);
  // A UTF-8 slice never has more UTF-16 units than bytes (a character of n
  // bytes takes one unit, or two for n = 4; an ill-formed sequence at least
  // one byte becomes one U+FFFD), so the units are written straight into a
  // buffer of that size: appending them one by one cost more than decoding.
  const bool direct = slice.size() < static_cast<std::size_t>(INT32_MAX);
  UChar* units = direct ? out.text.getBuffer(static_cast<int32_t>(slice.size()) + 1) : nullptr;
  int32_t length = 0;
  for (std::size_t i = 0; i < slice.size();) {
    // ASCII, most of any text, is one unit per byte: no call to decode it.
    const auto byte = static_cast<unsigned char>(slice[i]);
    if (byte < 0x80 && units != nullptr) {
      units[length++] = byte;
      out.byte_at.push_back(base + i);
      ++i;
      continue;
    }
    const Utf8Char c = decode_utf8(slice, i);
    // Ill-formed bytes (only possible when the caller skipped validation)
    // become U+FFFD so the map stays consistent.
    const auto cp = static_cast<UChar32>(c.problem == Utf8Problem::kNone ? c.cp : kReplacementChar);
    if (units != nullptr) {
      U16_APPEND_UNSAFE(units, length, cp);
    } else {
      out.text.append(cp);
    }
    out.byte_at.push_back(base + i);
    if (cp > 0xFFFF) out.byte_at.push_back(base + i);  // trail surrogate: same character
    i += c.size;
  }
  if (units != nullptr) out.text.releaseBuffer(length);
  out.byte_at.push_back(base + slice.size());
  return out;
}

Utf16Range trim_space(const icu::UnicodeString& text, Utf16Range range) {
  // is_space of the ASCII characters, from ICU once: an ASCII UTF-16 unit is
  // a whole character, so the ends of most tokens need no call into ICU
  // (char32At, u_isUWhiteSpace and moveIndex32 each).
  static const std::array<bool, 128> kAsciiSpace = [] {
    std::array<bool, 128> t{};
    for (char32_t c = 0; c < 128; ++c) t[c] = is_space(c);
    return t;
  }();
  const auto space_at = [&](int32_t i) { return is_space(static_cast<char32_t>(text.char32At(i))); };
  while (range.begin < range.end) {
    const char16_t unit = text.charAt(range.begin);
    if (unit < 0x80) {
      if (!kAsciiSpace[unit]) break;
      ++range.begin;
    } else {
      if (!space_at(range.begin)) break;
      range.begin = text.moveIndex32(range.begin, 1);
    }
  }
  while (range.end > range.begin) {
    const char16_t unit = text.charAt(range.end - 1);
    if (unit < 0x80) {
      if (!kAsciiSpace[unit]) break;
      --range.end;
    } else {
      if (!space_at(text.moveIndex32(range.end, -1))) break;
      range.end = text.moveIndex32(range.end, -1);
    }
  }
  return range;
}

}  // namespace transdrift::text_detail
