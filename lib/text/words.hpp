// Word tokens of one sentence (ICU word BreakIterator).
#pragma once

#include <unicode/brkiter.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/sentences.hpp"
#include "text/unicode.hpp"
#include "transdrift/result.hpp"
#include "transdrift/text.hpp"

namespace transdrift::text_detail {

class WordTokenizer {
 public:
  static Result<WordTokenizer> create(const std::string& locale);

  // Appends the tokens of `range` (UTF-16 units of `paragraph`) to `out`.
  // `input` is the whole document text that paragraph.byte_at points into.
  void tokenize(std::string_view input, const Utf16Text& paragraph, Utf16Range range,
                std::size_t sentence, std::vector<Token>& out);

 private:
  std::unique_ptr<icu::BreakIterator> iter_;
};

}  // namespace transdrift::text_detail
