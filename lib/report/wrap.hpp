// Internal to the report stage: styled text, measured in terminal columns and
// wrapped at white space without ever splitting a UTF-8 sequence.
//
// Header-only so the text writer stays the only translation unit that needs it.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uchar.h>

namespace transdrift::report_detail {

enum class Style : unsigned char {
  kPlain,
  kRemoved,      // original side of a bead
  kAdded,        // retranslated side of a bead
  kRemovedWord,  // an original word with no counterpart
  kAddedWord,    // a retranslated word with no counterpart
  kCritical,
  kMajor,
  kMinor,
  kDim,
  kBold,
};

// ANSI SGR parameters of a style ("" = none).
inline std::string_view sgr(Style s) {
  switch (s) {
    case Style::kPlain: return "";
    case Style::kRemoved: return "31";
    case Style::kAdded: return "32";
    case Style::kRemovedWord: return "1;4;31";
    case Style::kAddedWord: return "1;4;32";
    case Style::kCritical: return "1;31";
    case Style::kMajor: return "1;33";
    case Style::kMinor: return "36";
    case Style::kDim: return "2";
    case Style::kBold: return "1";
  }
  return "";
}

struct Fragment {
  std::string text;
  Style style = Style::kPlain;
};
// A run of fragments with no white space inside: the unit of wrapping.
using Word = std::vector<Fragment>;
using Line = std::vector<Word>;

constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at s[i]. Returns its length in bytes; an ill-formed
// byte decodes to U+FFFD with length 1, so iteration always makes progress and
// never cuts through a well-formed sequence.
inline std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t len = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    cp = kReplacement;
    return 1;
  }
  if (i + len > s.size()) {
    cp = kReplacement;
    return 1;
  }
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      cp = kReplacement;
      return 1;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    cp = kReplacement;
    return 1;
  }
  return len;
}

inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Terminal columns of one code point: 0 for combining marks and format
// characters (they join the previous character), 2 for East Asian wide and
// full-width characters, 1 otherwise.
inline std::size_t columns(char32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  const int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return 0;
  const int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  if (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) return 2;
  return 1;
}

inline std::size_t columns(std::string_view s) {
  std::size_t width = 0;
  char32_t cp = 0;
  for (std::size_t i = 0; i < s.size();) {
    i += decode_utf8(s, i, cp);
    width += columns(cp);
  }
  return width;
}

inline std::size_t columns(const Word& w) {
  std::size_t width = 0;
  for (const Fragment& f : w) width += columns(f.text);
  return width;
}

inline bool is_space(char32_t cp) { return cp == ' ' || (cp >= '\t' && cp <= '\r'); }

// Splits fragments into words at ASCII white space (runs collapse; a no-break
// space stays inside its word, as it should). Control characters and
// ill-formed bytes become U+FFFD: input text must not be able to move the
// cursor or switch colors on the reader's terminal.
inline std::vector<Word> split_words(const std::vector<Fragment>& fragments) {
  std::vector<Word> words;
  bool in_word = false;
  for (const Fragment& f : fragments) {
    const std::string_view s = f.text;
    char32_t cp = 0;
    for (std::size_t i = 0; i < s.size();) {
      const std::size_t n = decode_utf8(s, i, cp);
      if (is_space(cp)) {
        in_word = false;
      } else {
        if (!in_word) words.emplace_back();
        if (words.back().empty() || words.back().back().style != f.style)
          words.back().push_back(Fragment{{}, f.style});
        in_word = true;
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
          append_utf8(words.back().back().text, kReplacement);
        else
          words.back().back().text.append(s.substr(i, n));  // well-formed: copy the bytes as given
      }
      i += n;
    }
  }
  return words;
}

// Splits off the longest head of `word` that fits in `width` columns (at
// least one code point, so a too-narrow width still makes progress).
inline Word take_head(Word& word, std::size_t width) {
  Word head;
  std::size_t used = 0;
  bool any = false;
  std::size_t f = 0;
  for (; f < word.size(); ++f) {
    const std::string_view s = word[f].text;
    std::size_t i = 0;
    char32_t cp = 0;
    while (i < s.size()) {
      const std::size_t n = decode_utf8(s, i, cp);
      const std::size_t w = columns(cp);
      if (any && used + w > width) break;
      used += w;
      any = true;
      i += n;
    }
    if (i > 0) head.push_back(Fragment{std::string(s.substr(0, i)), word[f].style});
    if (i < s.size()) {
      word[f].text.erase(0, i);
      break;
    }
  }
  word.erase(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(f));
  return head;
}

// Greedy wrapping: the first line holds at most `first_width` columns, the
// others `rest_width`; words separated by one space. A word longer than a
// whole line is broken between code points. Width 0 means unlimited.
inline std::vector<Line> wrap(std::vector<Word> words, std::size_t first_width, std::size_t rest_width) {
  constexpr std::size_t kUnlimited = std::numeric_limits<std::size_t>::max() / 2;
  if (first_width == 0) first_width = kUnlimited;
  if (rest_width == 0) rest_width = kUnlimited;
  std::vector<Line> lines(1);
  std::size_t used = 0;
  for (Word& word : words) {
    std::size_t w = columns(word);
    for (;;) {
      const std::size_t avail = lines.size() == 1 ? first_width : rest_width;
      if (lines.back().empty()) {
        if (w <= avail) break;
        lines.back().push_back(take_head(word, avail));
        lines.emplace_back();
        used = 0;
        w = columns(word);
        continue;
      }
      if (used + 1 + w <= avail) {
        ++used;  // the space before the word
        break;
      }
      lines.emplace_back();
      used = 0;
    }
    if (!word.empty()) {
      used += w;
      lines.back().push_back(std::move(word));
    }
  }
  if (lines.size() > 1 && lines.back().empty()) lines.pop_back();
  return lines;
}

// One line of at most `width` columns; when the words do not fit, they are
// cut and "…" marks the cut.
inline Line truncate(std::vector<Word> words, std::size_t width) {
  std::vector<Line> lines = wrap(words, width, width);
  if (lines.size() <= 1) return lines.empty() ? Line{} : lines.front();
  lines = wrap(std::move(words), width > 2 ? width - 2 : 1, width);
  Line line = lines.front();
  line.push_back(Word{Fragment{"…", Style::kDim}});
  return line;
}

// Writes `prefix` then the words separated by single spaces. With color,
// every run of one style is wrapped in its SGR sequence and a reset; a space
// takes the style of the words around it when they share one, so a colored
// line is one sequence, not one per word.
inline std::string render(const Word& prefix, const Line& line, bool color) {
  std::vector<Fragment> flat(prefix.begin(), prefix.end());
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i].empty()) continue;
    if (i > 0) {
      const Style before = flat.empty() ? Style::kPlain : flat.back().style;
      flat.push_back(Fragment{" ", before == line[i].front().style ? before : Style::kPlain});
    }
    flat.insert(flat.end(), line[i].begin(), line[i].end());
  }
  std::string out;
  for (std::size_t i = 0; i < flat.size();) {
    std::size_t j = i;
    std::string run;
    for (; j < flat.size() && (flat[j].style == flat[i].style || !color); ++j) run += flat[j].text;
    const std::string_view code = color ? sgr(flat[i].style) : std::string_view();
    if (code.empty() || run.empty()) {
      out += run;
    } else {
      out += "\x1b[";
      out += code;
      out += 'm';
      out += run;
      out += "\x1b[0m";
    }
    i = j;
  }
  return out;
}

}  // namespace transdrift::report_detail
