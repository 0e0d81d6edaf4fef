// Normalization for matching (NFKC + case folding + typographic folding)
// with an exact map from every output byte back to the input.
//
// The input is cut into normalization segments: a segment starts at a
// character that has a normalization boundary before it and extends over the
// following characters that may interact with it (combining marks, Hangul
// jamo). Segments normalize independently, so every output byte of a segment
// maps to the segment's first input byte. That makes the map exact for the
// usual one-character segments and keeps every mapped offset on a character
// boundary of the input.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "text/unicode.hpp"
#include "transdrift/text.hpp"

namespace transdrift {
namespace {

using text_detail::decode_utf8;
using text_detail::Utf8Char;
using text_detail::Utf8Problem;

// NFKC_Casefold: NFKC, full case folding, default ignorables removed.
// Null if ICU's data lacks it; normalize() then only folds ASCII case.
const icu::Normalizer2* nfkc_casefold() {
  static const icu::Normalizer2* const instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return instance;
}

// Typographic variants that NFKC leaves alone but that only differ in style:
// applied before NFKC (so U+2033 does not become two primes) and again after
// it (so NFKC results such as U+FE58 -> U+2014 are folded too).
char32_t fold_typography(char32_t c) {
  switch (c) {
    case 0x00A0: case 0x202F: case 0x3000:
      return U' ';
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2039: case 0x203A:
      return U'\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return U'"';
    case 0x2212:
      return U'-';
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return U' ';
  if (c >= 0x2010 && c <= 0x2015) return U'-';
  return c;
}

void append_utf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// One input character, typography already folded.
struct InputChar {
  char32_t cp;
  std::size_t size;
};

InputChar read_char(std::string_view input, std::size_t pos) {
  const Utf8Char c = decode_utf8(input, pos);
  const char32_t cp = c.problem == Utf8Problem::kNone ? c.cp : text_detail::kReplacementChar;
  return {fold_typography(cp), c.size};
}

class NormalizedBuilder {
 public:
  NormalizedBuilder(NormalizedText& out, std::size_t base) : out_(out), base_(base) {}

  // Appends `c` as produced by the input character (segment) at `input_pos`.
  void append(char32_t c, std::size_t input_pos) {
    const std::size_t before = out_.text.size();
    append_utf8(c, out_.text);
    out_.source.insert(out_.source.end(), out_.text.size() - before, base_ + input_pos);
  }

 private:
  NormalizedText& out_;
  std::size_t base_;
};

}  // namespace

NormalizedText normalize(std::string_view input, std::size_t base) {
  NormalizedText out;
  out.text.reserve(input.size());
  out.source.reserve(input.size() + 1);
  NormalizedBuilder builder(out, base);
  const icu::Normalizer2* norm = nfkc_casefold();

  std::size_t pos = 0;
  while (pos < input.size()) {
    const std::size_t segment_start = pos;
    InputChar c = read_char(input, pos);
    pos += c.size;
    // Fast path: an ASCII character followed by ASCII (or the end) is a
    // segment of its own, and its NFKC_Casefold is its ASCII lower case.
    const bool next_is_ascii =
        pos >= input.size() || static_cast<unsigned char>(input[pos]) < 0x80;
    if ((c.cp < 0x80 && next_is_ascii) || norm == nullptr) {
      builder.append(c.cp < 0x80 ? static_cast<char32_t>(u_tolower(static_cast<UChar32>(c.cp))) : c.cp,
                     segment_start);
      continue;
    }
    icu::UnicodeString segment(static_cast<UChar32>(c.cp));
    while (pos < input.size()) {
      const InputChar next = read_char(input, pos);
      if (norm->hasBoundaryBefore(static_cast<UChar32>(next.cp))) break;
      segment.append(static_cast<UChar32>(next.cp));
      pos += next.size;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString normalized = norm->normalize(segment, status);
    const icu::UnicodeString& result = U_SUCCESS(status) ? normalized : segment;
    for (int32_t i = 0; i < result.length();) {
      const UChar32 cp = result.char32At(i);
      builder.append(fold_typography(static_cast<char32_t>(cp)), segment_start);
      i += U16_LENGTH(cp);
    }
  }
  out.source.push_back(base + input.size());
  return out;
}

Span NormalizedText::to_source(Span normalized) const {
  if (source.empty()) return {};
  const std::size_t n = text.size();
  const std::size_t start = std::min(normalized.start, n);
  const std::size_t end = std::clamp(normalized.end, start, n);
  if (start == end) return {source[start], source[start]};
  // The last byte's character ends where the next character's output begins
  // (or at the input's end): skip the rest of its own output bytes first.
  const std::size_t last = source[end - 1];
  std::size_t next = end;
  while (next < n && source[next] == last) ++next;
  return {source[start], source[next]};
}

}  // namespace transdrift
