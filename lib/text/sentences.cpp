// Sentence boundaries: ICU's sentence rules plus the locale's abbreviation
// exceptions.
#include "text/sentences.hpp"

#include <algorithm>
#include <string_view>

#include <unicode/locid.h>
#include <unicode/udata.h>
#include <unicode/ures.h>

#include "text/unicode.hpp"

namespace transdrift::text_detail {
namespace {

// The sentence-break exceptions ICU ships for `locale` (CLDR
// "suppressions"), e.g. "Mr.", "U.S.", "Ph.D." for English. Empty when the
// locale has none or ICU's data lacks them.
std::vector<icu::UnicodeString> load_abbreviations(const icu::Locale& locale) {
  std::vector<icu::UnicodeString> out;
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* bundle = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr",
                                      locale.getBaseName(), &status);
  UResourceBundle* exceptions = ures_getByKey(bundle, "exceptions", nullptr, &status);
  UResourceBundle* list = ures_getByKey(exceptions, "SentenceBreak", nullptr, &status);
  while (U_SUCCESS(status) && ures_hasNext(list)) {
    int32_t length = 0;
    const UChar* s = ures_getNextString(list, &length, nullptr, &status);
    if (U_SUCCESS(status) && length > 0) out.emplace_back(s, length);
  }
  ures_close(list);
  ures_close(exceptions);
  ures_close(bundle);
  return out;
}

bool wants_abbreviations(const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  char value[32] = {};
  const int32_t n = locale.getKeywordValue("ss", value, sizeof value, status);
  return U_SUCCESS(status) && n > 0 && std::string_view(value, static_cast<std::size_t>(n)) == "standard";
}

}  // namespace

Result<SentenceSplitter> SentenceSplitter::create(const std::string& locale_id) {
  const icu::Locale locale(locale_id.c_str());
  if (locale.isBogus()) {
    return Error{ErrorCode::kInvalidArgument, "invalid locale \"" + locale_id + "\"", std::nullopt};
  }
  UErrorCode status = U_ZERO_ERROR;
  SentenceSplitter splitter;
  splitter.iter_.reset(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status) || splitter.iter_ == nullptr) {
    return Error{ErrorCode::kInternal,
                 std::string("ICU sentence break iterator: ") + u_errorName(status), std::nullopt};
  }
  splitter.english_ = std::string_view(locale.getLanguage()) == "en";
  if (wants_abbreviations(locale)) {
    splitter.abbreviations_ = load_abbreviations(locale);
    // Titles before a name that CLDR's English list lacks ("Dr. Jane
    // Smith", "Gov. Newsom" were cut after the title), and the "v." of a
    // case name ("Madigan v. Telemarketing Associates"). Not "St." (also
    // "Street", which may end a sentence) nor "Jr." (which often does).
    if (std::string_view(locale.getLanguage()) == "en")
      for (const char16_t* title : {u"Dr.", u"Drs.", u"Gov.", u"Sen.", u"Sens.", u"Rep.", u"Reps.", u"Gen.", u"Col.",
                                    u"Lt.", u"Sgt.", u"Capt.", u"Cmdr.", u"Adm.", u"Maj.", u"Rev.", u"Hon.",
                                    u"Pres.", u"Supt.", u"Det.", u"Insp.", u"Ms.", u"Messrs.", u"Mt.", u"Ft.",
                                    u"v."}) {
        const icu::UnicodeString t(title);
        if (std::find(splitter.abbreviations_.begin(), splitter.abbreviations_.end(), t) ==
            splitter.abbreviations_.end())
          splitter.abbreviations_.push_back(t);
      }
    // CLDR's list holds "a.m." (not "p.m."), so "before 10 a.m. Shop owners
    // had warned" was one sentence; a time of day ends a sentence as any
    // word does, unless its zone or day follows (no_sentence_end).
    if (std::string_view(locale.getLanguage()) == "en")
      std::erase_if(splitter.abbreviations_, [](const icu::UnicodeString& a) {
        return a == icu::UnicodeString(u"a.m.") || a == icu::UnicodeString(u"A.M.");
      });
  }
  return splitter;
}

std::vector<Utf16Range> SentenceSplitter::split(const icu::UnicodeString& text) {
  std::vector<Utf16Range> out;
  iter_->setText(text);
  int32_t begin = iter_->first();
  for (int32_t end = iter_->next(); end != icu::BreakIterator::DONE; end = iter_->next()) {
    if (end < text.length() && (follows_abbreviation(text, end) || (english_ && no_sentence_end(text, end)))) continue;
    out.push_back({begin, end});
    begin = end;
  }
  return out;
}

namespace {

bool is_upper_ascii(UChar32 c) { return c >= u'A' && c <= u'Z'; }

// The start of the word of letters and digits ending right before `end`.
int32_t word_start(const icu::UnicodeString& text, int32_t end) {
  int32_t start = end;
  while (start > 0 && is_letter_or_digit(static_cast<char32_t>(text.char32At(text.moveIndex32(start, -1)))))
    start = text.moveIndex32(start, -1);
  return start;
}

}  // namespace

bool SentenceSplitter::no_sentence_end(const icu::UnicodeString& text, int32_t boundary) const {
  // The period before the boundary and the word after it.
  int32_t end = boundary;  // after the period and any white space
  while (end > 0 && is_space(static_cast<char32_t>(text.char32At(text.moveIndex32(end, -1)))))
    end = text.moveIndex32(end, -1);
  if (end == 0 || text.char32At(text.moveIndex32(end, -1)) != u'.') return false;
  const int32_t period = text.moveIndex32(end, -1);
  const bool spaced = end < boundary;  // white space between the period and the next word
  // A ticker glued to its period after a space or an opening bracket:
  // "average .DJI edged down", "Index <.IXIC> rose".
  if (!spaced && period > 0 && is_letter_or_digit(static_cast<char32_t>(text.char32At(boundary)))) {
    const UChar32 before = text.char32At(text.moveIndex32(period, -1));
    if (is_space(static_cast<char32_t>(before)) || before == u'<' || before == u'(' || before == u'[') return true;
  }
  // An abbreviation that a number follows: "No. 1 Intermediate Court",
  // "Vol. 3", "Fig. 2", "pp. 10-12".
  if (spaced && u_isdigit(text.char32At(boundary)) != 0) {
    icu::UnicodeString word;
    text.extractBetween(word_start(text, period), period, word);
    for (const char16_t* w : {u"No", u"Nos", u"Vol", u"Vols", u"vol", u"Fig", u"Figs", u"fig", u"Art", u"Sec",
                              u"Ch", u"pp", u"Nr", u"Ref"})
      if (word == icu::UnicodeString(w)) return true;
  }
  const bool time_of_day = period >= 3 && (text.compare(period - 3, 4, icu::UnicodeString(u"a.m.")) == 0 ||
                                           text.compare(period - 3, 4, icu::UnicodeString(u"p.m.")) == 0);
  // A time of day with its zone in brackets: "At 11 a.m. (1500 GMT), ...".
  if (spaced && time_of_day && text.char32At(boundary) == u'(') return true;
  if (!spaced || !is_upper_ascii(text.char32At(boundary))) return false;
  // A middle initial between capitalized names: "George W. Bush", "William
  // H. Rehnquist" (one capital letter with a space before it, a capitalized
  // word before that). Not "I", "V" or "X", Roman numerals that may end a
  // sentence ("in World War I.").
  const int32_t initial = word_start(text, period);
  const UChar32 letter = text.char32At(initial);
  if (period - initial == 1 && is_upper_ascii(letter) && letter != u'I' && letter != u'V' && letter != u'X' &&
      initial >= 2 &&
      is_space(static_cast<char32_t>(text.char32At(initial - 1)))) {
    int32_t prev_end = initial - 1;
    while (prev_end > 0 && is_space(static_cast<char32_t>(text.char32At(text.moveIndex32(prev_end, -1)))))
      prev_end = text.moveIndex32(prev_end, -1);
    const int32_t prev = word_start(text, prev_end);
    if (prev < prev_end && is_upper_ascii(text.char32At(prev))) return true;
    // Or another initial before it: "C. R. Gregory".
    if (prev_end >= 2 && text.char32At(prev_end - 1) == u'.') {
      const int32_t before = word_start(text, prev_end - 1);
      if (prev_end - 1 - before == 1 && is_upper_ascii(text.char32At(before))) return true;
    }
  }
  // An initial before another initial: "by C. R. Gregory", "J. K.
  // Rowling" (one capital letter before the period, not a Roman numeral;
  // the next word one capital letter and a period).
  if (period - initial == 1 && is_upper_ascii(letter) && letter != u'I' && letter != u'V' && letter != u'X' &&
      (initial == 0 || !is_letter_or_digit(static_cast<char32_t>(text.char32At(text.moveIndex32(initial, -1))))) &&
      boundary + 2 < text.length() && text.char32At(boundary + 1) == u'.' &&
      is_space(static_cast<char32_t>(text.char32At(boundary + 2))))
    return true;
  // A time of day with its time zone or day after it: "7 p.m. EST Sunday".
  if (time_of_day) {
    int32_t next_end = boundary;
    while (next_end < text.length() && is_letter_or_digit(static_cast<char32_t>(text.char32At(next_end))))
      next_end = text.moveIndex32(next_end, 1);
    icu::UnicodeString next;
    text.extractBetween(boundary, next_end, next);
    static const char16_t* const kAfterTime[] = {u"EST",     u"EDT",     u"CST",    u"CDT",      u"MST",    u"MDT",
                                                 u"PST",     u"PDT",     u"GMT",    u"UTC",      u"BST",    u"CET",
                                                 u"CEST",    u"ET",      u"PT",     u"CT",       u"Monday", u"Tuesday",
                                                 u"Wednesday", u"Thursday", u"Friday", u"Saturday", u"Sunday"};
    for (const char16_t* w : kAfterTime)
      if (next == icu::UnicodeString(w)) return true;
  }
  return false;
}

bool SentenceSplitter::follows_abbreviation(const icu::UnicodeString& text, int32_t boundary) const {
  int32_t end = boundary;
  while (end > 0) {
    const int32_t prev = text.moveIndex32(end, -1);
    if (!is_space(static_cast<char32_t>(text.char32At(prev)))) break;
    end = prev;
  }
  for (const icu::UnicodeString& abbreviation : abbreviations_) {
    const int32_t start = end - abbreviation.length();
    if (start < 0 || text.compare(start, abbreviation.length(), abbreviation) != 0) continue;
    // Whole word only: "Ok." must not match the end of "Book.".
    if (start == 0) return true;
    const UChar32 before = text.char32At(text.moveIndex32(start, -1));
    if (!is_letter_or_digit(static_cast<char32_t>(before)) && before != u'.') return true;
  }
  return false;
}

}  // namespace transdrift::text_detail
