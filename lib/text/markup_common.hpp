// Internal to the text stage: visible text of a markup input, with a map
// from every visible byte back to the bytes of the input that produced it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "transdrift/result.hpp"
#include "transdrift/text.hpp"

namespace transdrift::text_detail {

struct VisibleText {
  std::string text;               // what a reader sees; line breaks end paragraphs
  std::vector<std::size_t> from;  // from[i]: input offset where the source of byte i starts
  std::vector<std::size_t> to;    // to[i]: input offset where the source of byte i ends

  // Appends `bytes` (one character, or a run of characters copied as they
  // are) whose source is input bytes [src_start, src_end).
  void add(std::string_view bytes, std::size_t src_start, std::size_t src_end);
  // Appends a copy of input bytes [at, at + bytes.size()) byte by byte.
  void copy(std::string_view bytes, std::size_t at);
  // A space standing for the input bytes [src_start, src_end) (a line break
  // inside a paragraph); nothing if the text already ends with white space.
  void space(std::size_t src_start, std::size_t src_end);
  // Ends the current paragraph: a '\n' of no width at input offset `at`.
  void paragraph_break(std::size_t at);
};

// Visible text of CommonMark (cmark) / HTML (gumbo). `bytes` is the whole
// input; `body` the offset after a leading BOM.
VisibleText markdown_visible_text(std::string_view bytes, std::size_t body);
VisibleText html_visible_text(std::string_view bytes, std::size_t body);

// Segments the visible text and maps every span back into `bytes`, which
// becomes Document::text.
Result<Document> document_from_visible(std::string bytes, const VisibleText& visible, const TextOptions& options,
                                       std::string path);

// UTF-8 sequence length from its lead byte (1 for anything unexpected).
inline std::size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  if (lead >= 0xE0) return lead <= 0xEF ? 3 : 1;
  if (lead >= 0xC2) return 2;
  return 1;
}

}  // namespace transdrift::text_detail
