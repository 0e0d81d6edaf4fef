// Shared body of the Markdown and HTML reader fuzz targets.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "transdrift/text.hpp"

namespace transdrift::fuzz {

// parse_document(bytes, format) either fails with an input error or keeps
// every Document invariant, with Document::text = the bytes exactly as given
// (spans slice the markup source). Invalid UTF-8 is rejected as in plain text.
// A token whose source is plain ASCII letters and digits must be those very
// characters (a span shifted onto other bytes shows up here).
inline int read_markup(const std::uint8_t* data, std::size_t size, InputFormat format) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  for (bool per_line : {false, true}) {
    TextOptions options;
    options.sentence_per_line = per_line;
    Result<Document> doc = parse_document(input, format, options, "fuzz");
    if (!doc.ok()) {
      check_input_error(doc.error(), size);
      if (!validate_utf8(input).ok()) TRANSDRIFT_FUZZ_CHECK(doc.error().offset == validate_utf8(input).error().offset);
      else TRANSDRIFT_FUZZ_CHECK(doc.error().code != ErrorCode::kInvalidUtf8);  // the reader made bad UTF-8
      continue;
    }
    TRANSDRIFT_FUZZ_CHECK(validate_utf8(input).ok());
    TRANSDRIFT_FUZZ_CHECK(doc->text == input);
    check_document(*doc);
    for (const Token& t : doc->tokens) {
      const std::string_view src = doc->slice(t.span);
      if (!std::all_of(src.begin(), src.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }))
        continue;
      std::string lower(src);
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      TRANSDRIFT_FUZZ_CHECK(t.norm == lower);
    }
  }
  return 0;
}

}  // namespace transdrift::fuzz
