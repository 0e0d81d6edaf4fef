// Sentence boundaries inside one paragraph (ICU sentence BreakIterator).
#pragma once

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "text/unicode.hpp"
#include "transdrift/result.hpp"

namespace transdrift::text_detail {

class SentenceSplitter {
 public:
  // `locale` is an ICU locale id; "@ss=standard" turns on the locale's
  // abbreviation exceptions ("Mr. Smith" is one sentence).
  static Result<SentenceSplitter> create(const std::string& locale);

  // Sentence ranges of `text` in UTF-16 units, in order, covering all of it
  // (white space included: callers trim).
  std::vector<Utf16Range> split(const icu::UnicodeString& text);

 private:
  // True if `text` before `boundary` (trailing white space skipped) ends with
  // one of the locale's abbreviation exceptions, as a whole word.
  bool follows_abbreviation(const icu::UnicodeString& text, int32_t boundary) const;
  // True for a break ICU makes after a period that ends no English sentence:
  // a middle initial ("George W. Bush"), a ticker glued to its period after
  // a space or bracket ("average .DJI edged down", "<.IXIC>"), a time of day
  // before its time zone or day ("7 p.m. EST Sunday").
  bool no_sentence_end(const icu::UnicodeString& text, int32_t boundary) const;

  std::unique_ptr<icu::BreakIterator> iter_;
  // The locale's exception list, applied again after ICU's filter: ICU 72
  // stores exceptions with an inner period ("U.S.", "Ph.D.") only by their
  // first part ("U."), so it keeps the break after the whole abbreviation
  // ("A U.S. | State Department ..."). It also skips only one ASCII space
  // after the period, where this check skips any white space (U+00A0).
  std::vector<icu::UnicodeString> abbreviations_;
  bool english_ = false;  // no_sentence_end applies
};

}  // namespace transdrift::text_detail
