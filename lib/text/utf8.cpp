// UTF-8 decoding and validation (Unicode 15, Table 3-7 "Well-Formed UTF-8
// Byte Sequences").
#include <cstdint>
#include <cstring>
#include <string>

#include "text/unicode.hpp"
#include "transdrift/text.hpp"

namespace transdrift {
namespace text_detail {
namespace {

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Allowed range of the second byte for lead byte `lead`; the later bytes
// are always 80..BF. The narrow ranges are what exclude overlongs,
// surrogates and code points above U+10FFFF.
struct SecondByteRange {
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  Utf8Problem below = Utf8Problem::kIncomplete;  // problem when the byte is a continuation below lo
  Utf8Problem above = Utf8Problem::kIncomplete;  // ... above hi
};

SecondByteRange second_byte_range(unsigned char lead) {
  switch (lead) {
    case 0xE0: return {0xA0, 0xBF, Utf8Problem::kOverlong, Utf8Problem::kIncomplete};
    case 0xED: return {0x80, 0x9F, Utf8Problem::kIncomplete, Utf8Problem::kSurrogate};
    case 0xF0: return {0x90, 0xBF, Utf8Problem::kOverlong, Utf8Problem::kIncomplete};
    case 0xF4: return {0x80, 0x8F, Utf8Problem::kIncomplete, Utf8Problem::kTooLarge};
    default: return {};
  }
}

}  // namespace

Utf8Char decode_utf8(std::string_view s, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) return {lead, 1, Utf8Problem::kNone};
  if (lead < 0xC0) return {kReplacementChar, 1, Utf8Problem::kStrayContinuation};
  if (lead < 0xC2 || lead > 0xF4) return {kReplacementChar, 1, Utf8Problem::kInvalidByte};

  const std::size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  char32_t cp = lead & (lead < 0xE0 ? 0x1F : lead < 0xF0 ? 0x0F : 0x07);
  const SecondByteRange second = second_byte_range(lead);
  for (std::size_t k = 1; k < length; ++k) {
    // The maximal subpart so far is k bytes: what a decoder replaces with one U+FFFD.
    if (pos + k >= s.size()) return {kReplacementChar, k, Utf8Problem::kIncomplete};
    const unsigned char b = byte(pos + k);
    if (!is_continuation(b)) return {kReplacementChar, k, Utf8Problem::kIncomplete};
    if (k == 1 && b < second.lo) return {kReplacementChar, 1, second.below};
    if (k == 1 && b > second.hi) return {kReplacementChar, 1, second.above};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, length, Utf8Problem::kNone};
}

std::size_t previous_char_start(std::string_view s, std::size_t pos) {
  std::size_t i = pos - 1;
  // At most three continuation bytes precede a lead byte.
  for (int k = 0; k < 3 && i > 0 && is_continuation(static_cast<unsigned char>(s[i])); ++k) --i;
  return i;
}

}  // namespace text_detail

namespace {

using text_detail::Utf8Problem;

std::string_view describe(Utf8Problem problem) {
  switch (problem) {
    case Utf8Problem::kStrayContinuation: return "unexpected continuation byte";
    case Utf8Problem::kInvalidByte: return "byte that never occurs in UTF-8";
    case Utf8Problem::kOverlong: return "overlong encoding";
    case Utf8Problem::kSurrogate: return "encoded UTF-16 surrogate";
    case Utf8Problem::kTooLarge: return "code point above U+10FFFF";
    case Utf8Problem::kIncomplete: return "incomplete multi-byte sequence";
    case Utf8Problem::kNone: break;
  }
  return "ill-formed sequence";
}

// True when the 8 bytes at `p` are all ASCII and none is NUL, so the
// validator can skip them in one step.
bool plain_ascii8(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, sizeof v);
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  const bool has_zero = ((v - kOnes) & ~v & kHigh) != 0;
  return (v & kHigh) == 0 && !has_zero;
}

}  // namespace

Status validate_utf8(std::string_view text) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    if (i + 8 <= n && plain_ascii8(text.data() + i)) {
      i += 8;
      continue;
    }
    if (text[i] == '\0') {
      return Error{ErrorCode::kBinaryInput,
                   "binary input: NUL byte at byte " + std::to_string(i), i};
    }
    const text_detail::Utf8Char c = text_detail::decode_utf8(text, i);
    if (c.problem != Utf8Problem::kNone) {
      return Error{ErrorCode::kInvalidUtf8,
                   "invalid UTF-8 at byte " + std::to_string(i) + " (" +
                       std::string(describe(c.problem)) + ")",
                   i};
    }
    i += c.size;
  }
  return Status::Ok();
}

}  // namespace transdrift
