// Fuzz target: UTF-8 validation, normalization and segmentation
// (validate_utf8, normalize, parse_document in its default mode).
//
// Checks beyond "no crash": validate_utf8 agrees with a plain reference
// decoder on where the first bad byte is; normalize's offset map is
// monotone and ends at the input's end; a parsed Document keeps every
// invariant of text.hpp; parse_document fails exactly when validation
// fails or the input is blank.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "transdrift/text.hpp"

namespace {

// First offset that is not well-formed UTF-8 (Unicode Table 3-7) or a NUL,
// written as plainly as possible; npos when the whole input is fine.
std::size_t reference_first_error(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c == 0) return i;
    if (c < 0x80) { ++i; continue; }
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) { len = 3; lo = 0xA0; }
    else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) len = 3;
    else if (c == 0xED) { len = 3; hi = 0x9F; }
    else if (c == 0xF0) { len = 4; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) { len = 4; hi = 0x8F; }
    else return i;
    if (i + 1 >= s.size() || b(i + 1) < lo || b(i + 1) > hi) return i;
    for (std::size_t k = 2; k < len; ++k)
      if (i + k >= s.size() || b(i + k) < 0x80 || b(i + k) > 0xBF) return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace transdrift;
  const std::string input(reinterpret_cast<const char*>(data), size);

  const Status valid = validate_utf8(input);
  const std::size_t expected = reference_first_error(input);
  if (expected == std::string_view::npos) {
    TRANSDRIFT_FUZZ_CHECK(valid.ok());
  } else {
    TRANSDRIFT_FUZZ_CHECK(!valid.ok());
    fuzz::check_input_error(valid.error(), size);
    TRANSDRIFT_FUZZ_CHECK(valid.error().offset == expected);
    TRANSDRIFT_FUZZ_CHECK((valid.error().code == ErrorCode::kBinaryInput) == (input[expected] == '\0'));
  }

  if (valid.ok()) {
    const NormalizedText n = normalize(input);
    TRANSDRIFT_FUZZ_CHECK(n.source.size() == n.text.size() + 1);
    TRANSDRIFT_FUZZ_CHECK(n.source.back() == input.size());
    for (std::size_t i = 1; i < n.source.size(); ++i) TRANSDRIFT_FUZZ_CHECK(n.source[i - 1] <= n.source[i]);
    TRANSDRIFT_FUZZ_CHECK(validate_utf8(n.text).ok() || n.text.find('\0') != std::string::npos);
  }

  Result<Document> doc = parse_document(input, TextOptions{}, "fuzz");
  if (!doc.ok()) {
    fuzz::check_input_error(doc.error(), size);
    if (!valid.ok()) TRANSDRIFT_FUZZ_CHECK(doc.error().offset == valid.error().offset);
    else TRANSDRIFT_FUZZ_CHECK(doc.error().code == ErrorCode::kEmptyInput);
    return 0;
  }
  TRANSDRIFT_FUZZ_CHECK(valid.ok());
  TRANSDRIFT_FUZZ_CHECK(doc->text == input);
  TRANSDRIFT_FUZZ_CHECK(!doc->sentences.empty());
  fuzz::check_document(*doc);
  return 0;
}
