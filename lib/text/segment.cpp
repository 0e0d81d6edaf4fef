// parse_document: validation, lines and paragraphs, then per paragraph
// sentences (ICU), words (ICU) and quotations.
//
// Every line break ends a paragraph: each non-blank line is one paragraph.
// Sentence and word boundaries are found per paragraph, so no sentence
// crosses a line break, and each paragraph is converted to UTF-16 once, with
// one offset map serving both its sentences and its words.
#include <cstdint>
#include <limits>
#include <new>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "text/quotes.hpp"
#include "text/sentences.hpp"
#include "text/unicode.hpp"
#include "text/words.hpp"
#include "transdrift/text.hpp"

namespace transdrift {
namespace {

using text_detail::SentenceSplitter;
using text_detail::Utf16Range;
using text_detail::Utf16Text;
using text_detail::WordTokenizer;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// ICU indexes UTF-16 text with int32_t.
constexpr std::size_t kMaxParagraphBytes = std::numeric_limits<int32_t>::max() / 2;

// Lines from byte `start` on, without their terminators (LF, CRLF or CR).
// A terminator at the very end does not begin another line.
std::vector<Span> split_lines(std::string_view text, std::size_t start) {
  std::vector<Span> lines;
  std::size_t line_start = start;
  for (std::size_t i = start; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') continue;
    lines.push_back({line_start, i});
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    line_start = i + 1;
  }
  if (line_start < text.size()) lines.push_back({line_start, text.size()});
  return lines;
}

std::optional<Error> check_not_empty(std::string_view text, std::size_t body) {
  if (body == text.size()) return Error{ErrorCode::kEmptyInput, "input is empty", std::nullopt};
  if (text_detail::trim_space(text, {body, text.size()}).empty()) {
    return Error{ErrorCode::kEmptyInput, "input is empty: it holds only white space", std::nullopt};
  }
  return std::nullopt;
}

class DocumentBuilder {
 public:
  DocumentBuilder(Document& doc, const TextOptions& options, std::optional<SentenceSplitter> sentences,
                  WordTokenizer words)
      : doc_(doc), options_(options), sentences_(std::move(sentences)), words_(std::move(words)) {}

  std::optional<Error> add_line(Span line) {
    const Span paragraph = text_detail::trim_space(doc_.text, line);
    if (paragraph.empty()) {
      if (options_.sentence_per_line) add_empty_sentence(line.start);
      return std::nullopt;
    }
    if (paragraph.size() > kMaxParagraphBytes) {
      return Error{ErrorCode::kInvalidArgument,
                   "paragraph at byte " + std::to_string(paragraph.start) + " is too long", paragraph.start};
    }
    add_paragraph(paragraph);
    return std::nullopt;
  }

  void finish() {
    for (const Token& t : doc_.tokens) {
      if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) ++doc_.word_count;
    }
  }

 private:
  void add_paragraph(Span paragraph) {
    const std::size_t index = doc_.paragraphs.size();
    doc_.paragraphs.push_back(paragraph);
    const Utf16Text text = text_detail::to_utf16(doc_.slice(paragraph), paragraph.start);
    const std::size_t first_token = doc_.tokens.size();
    const Utf16Range whole{0, text.text.length()};
    const std::vector<Utf16Range> ranges =
        options_.sentence_per_line ? std::vector<Utf16Range>{whole} : sentences_->split(text.text);
    for (const Utf16Range& range : ranges) {
      const Utf16Range trimmed = text_detail::trim_space(text.text, range);
      if (!trimmed.empty()) add_sentence(text, trimmed, index);
    }
    text_detail::find_quotes(doc_, paragraph, {first_token, doc_.tokens.size()});
  }

  void add_sentence(const Utf16Text& text, Utf16Range range, std::size_t paragraph) {
    Sentence s;
    s.id = doc_.sentences.size();
    s.span = text.span(range.begin, range.end);
    s.paragraph = paragraph;
    s.tokens.begin = doc_.tokens.size();
    words_.tokenize(doc_.text, text, range, s.id, doc_.tokens);
    s.tokens.end = doc_.tokens.size();
    doc_.sentences.push_back(s);
  }

  // A blank line in sentence_per_line mode keeps its place so that sentence
  // ids stay line numbers. It belongs to the paragraph before it (the first
  // one when it precedes all of them).
  void add_empty_sentence(std::size_t at) {
    Sentence s;
    s.id = doc_.sentences.size();
    s.span = {at, at};
    s.paragraph = doc_.paragraphs.empty() ? 0 : doc_.paragraphs.size() - 1;
    s.tokens = {doc_.tokens.size(), doc_.tokens.size()};
    doc_.sentences.push_back(s);
  }

  Document& doc_;
  const TextOptions& options_;
  std::optional<SentenceSplitter> sentences_;  // unused with sentence_per_line
  WordTokenizer words_;
};

Result<Document> parse(std::string text, const TextOptions& options, std::string path) {
  if (Status valid = validate_utf8(text); !valid.ok()) return valid.error();
  const std::size_t body = std::string_view(text).starts_with(kBom) ? kBom.size() : 0;
  if (std::optional<Error> empty = check_not_empty(text, body)) return *std::move(empty);

  std::optional<SentenceSplitter> sentences;
  if (!options.sentence_per_line) {
    Result<SentenceSplitter> splitter = SentenceSplitter::create(options.locale);
    if (!splitter.ok()) return splitter.error();
    sentences = std::move(splitter).value();
  }
  Result<WordTokenizer> words = WordTokenizer::create(options.locale);
  if (!words.ok()) return words.error();

  Document doc;
  doc.path = std::move(path);
  doc.text = std::move(text);
  DocumentBuilder builder(doc, options, std::move(sentences), std::move(words).value());
  for (const Span& line : split_lines(doc.text, body)) {
    if (std::optional<Error> error = builder.add_line(line)) return *std::move(error);
  }
  builder.finish();
  return doc;
}

}  // namespace

Result<Document> parse_document(std::string text, const TextOptions& options, std::string path) {
  try {
    return parse(std::move(text), options, std::move(path));
  } catch (const std::bad_alloc&) {
    // The only exception the code above can raise; the API does not throw.
    return Error{ErrorCode::kInternal, "out of memory while parsing the input", std::nullopt};
  }
}

}  // namespace transdrift
