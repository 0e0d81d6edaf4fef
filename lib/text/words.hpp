// Word tokens of one sentence (ICU word BreakIterator; for plain ASCII text
// the same segments from a table of ICU's rules, without ICU).
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

// A word-break segment: UTF-16 units [begin, end) of the text it was found
// in and the break iterator's rule status for it (UBRK_WORD_NONE, _NUMBER,
// _LETTER, ...).
struct WordSegment {
  int32_t begin = 0;
  int32_t end = 0;
  int32_t rule_status = 0;
  bool operator==(const WordSegment&) const = default;
};

// The segments and rule statuses ICU's word break iterator (root rules,
// UAX #29 with ICU's tailoring: '@' a letter, ':' no letter joiner) gives
// for `text`, computed without ICU, into `out`; false (and `out` unspecified)
// if `text` is not all ASCII. An ASCII character is one UTF-16 unit, so the
// byte offsets are the unit offsets. Tests check it against ICU.
bool ascii_word_segments(std::string_view text, std::vector<WordSegment>& out);

class WordTokenizer {
 public:
  static Result<WordTokenizer> create(const std::string& locale);

  // The segments of `text` as the ICU iterator gives them, into `out`.
  void icu_word_segments(const icu::UnicodeString& text, std::vector<WordSegment>& out);

  // With `on`, ASCII text takes the ICU path as well (tests compare the two).
  void set_icu_only(bool on) { icu_only_ = on; }

  // Appends the tokens of `range` (UTF-16 units of `paragraph`) to `out`.
  // `input` is the whole document text that paragraph.byte_at points into.
  void tokenize(std::string_view input, const Utf16Text& paragraph, Utf16Range range,
                std::size_t sentence, std::vector<Token>& out);

 private:
  std::unique_ptr<icu::BreakIterator> iter_;
  std::vector<WordSegment> segments_;  // reused: no allocation per sentence
  bool icu_only_ = false;
};

}  // namespace transdrift::text_detail
