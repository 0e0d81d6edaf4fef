// The text stage: UTF-8 validation, normalization with an offset map,
// paragraph/sentence segmentation and word tokenization (ICU).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "transdrift/result.hpp"
#include "transdrift/types.hpp"

namespace transdrift {

// Returns an error with code kInvalidUtf8 and Error::offset set to the byte
// offset of the first ill-formed sequence, or kBinaryInput for a NUL byte.
Status validate_utf8(std::string_view text);

// Text normalized for matching, with a map back to the input's bytes.
// Normalization: NFKC, Unicode case folding, U+00A0 and other spaces -> ' ',
// curly quotes and primes -> straight quotes, dashes (U+2010..U+2015, U+2212) -> '-'.
struct NormalizedText {
  std::string text;                  // normalized UTF-8
  // source[i] = byte offset in the input of the character that produced byte i
  // of `text`; source.size() == text.size() + 1 and source.back() == input end.
  std::vector<std::size_t> source;

  // The input span that produced normalized bytes [span.start, span.end):
  // from the start of the first contributing character to the end of the last.
  Span to_source(Span normalized) const;
};

// `base` is added to every offset in the map (normalize a slice of a larger input).
NormalizedText normalize(std::string_view input, std::size_t base = 0);

enum class TokenKind {
  kWord,    // letters (may contain apostrophes, hyphens, digits: "it's", "54-page", "5G")
  kNumber,  // digits with optional separators ("2024", "1,000", "3.5")
  kPunct,   // punctuation, including quotation marks
  kSymbol,  // everything else that is not white space (emoji, currency, math)
};

struct Token {
  Span span;               // bytes in the input
  std::string norm;        // normalized form (NFKC + case fold, straight quotes): the matching key
  TokenKind kind = TokenKind::kWord;
  std::size_t sentence = 0;   // id of the sentence that holds the token
  bool capitalized = false;   // first letter is upper case in the input
  bool quoted = false;        // inside a quotation (see Document::quotes)
};

// A quotation: an opening and a matching closing quotation mark
// (“ ” ‘ ’ « » „ “ or straight " pairs). An apostrophe inside a word
// (it’s, Washington’s) is not a quotation mark.
struct Quote {
  Span span;    // including the marks
  Span inner;   // between the marks
  TokenRange tokens;  // tokens between the marks
};

struct TextOptions {
  // ICU locale for sentence and word boundaries. "@ss=standard" enables the
  // abbreviation exceptions (CLDR's, and for English the titles it lacks,
  // such as "Dr." and "Gov."), so "U.S. State Department" stays one sentence.
  std::string locale = "en@ss=standard";
  // Input is already split: one sentence per line, empty lines kept as empty
  // sentences so that sentence ids equal 0-based line numbers.
  bool sentence_per_line = false;
};

// A segmented, tokenized input. Owns a copy of the text so spans can be
// resolved without the caller's buffer.
struct Document {
  std::string path;   // file name for reports ("-" for stdin); may be empty
  std::string text;   // the input exactly as given
  std::vector<Span> paragraphs;       // non-empty paragraphs, in order
  std::vector<Sentence> sentences;    // in order; every non-space byte is in exactly one sentence
  std::vector<Token> tokens;          // in order, white space excluded
  std::vector<Quote> quotes;          // in order, not nested into each other
  std::size_t word_count = 0;         // tokens of kind kWord or kNumber

  std::string_view slice(Span s) const { return std::string_view(text).substr(s.start, s.size()); }
};

// True for English function words (articles, pronouns, prepositions,
// auxiliaries, conjunctions, light verbs such as "said"), given a Token::norm.
// They weigh less than content words wherever words are compared.
bool is_function_word(std::string_view norm);

// Validates and segments `text`. Errors: kInvalidUtf8, kBinaryInput, kEmptyInput
// (empty or only white space). A leading UTF-8 BOM is skipped (spans still
// count it); CRLF and CR line ends are handled like LF.
Result<Document> parse_document(std::string text, const TextOptions& options = {}, std::string path = {});

// What the input bytes are. Markup inputs keep Document::text = the bytes
// exactly as given (every span slices them), but sentences and tokens come
// only from the visible text: Markdown (CommonMark, parsed with cmark) without
// its markup, HTML (parsed with gumbo) without tags, comments, <head>,
// <script> and <style>. Block elements end paragraphs; an entity (&amp;) is
// one character whose span is its source bytes.
enum class InputFormat { kText, kMarkdown, kHtml };
std::string_view to_string(InputFormat f);                       // "text" | "markdown" | "html"
std::optional<InputFormat> parse_input_format(std::string_view name);
// By file extension: .md/.markdown/.mdown/.mkd -> markdown, .html/.htm/.xhtml
// -> html, anything else (and "-") -> text.
InputFormat input_format_for_path(std::string_view path);

// parse_document for any InputFormat; kText is the overload above. Errors as
// above, kEmptyInput also when the markup has no visible text.
Result<Document> parse_document(std::string bytes, InputFormat format, const TextOptions& options = {},
                                std::string path = {});

}  // namespace transdrift
