#include "similarity/sentence_parser.hpp"

#include <algorithm>
#include <optional>

#include "text/quotes.hpp"
#include "text/unicode.hpp"
#include "text/words.hpp"
#include "transdrift/scorer.hpp"

namespace transdrift {

struct SentenceParser::Impl {
  std::optional<text_detail::WordTokenizer> words;
};

SentenceParser::SentenceParser() : impl_(std::make_unique<Impl>()) {
  auto w = text_detail::WordTokenizer::create(TextOptions{}.locale);
  if (w.ok()) impl_->words.emplace(std::move(w).value());
}
SentenceParser::~SentenceParser() = default;
SentenceParser::SentenceParser(SentenceParser&&) noexcept = default;
SentenceParser& SentenceParser::operator=(SentenceParser&&) noexcept = default;

Result<Document> SentenceParser::parse(std::string text) {
  if (!impl_->words) {
    TextOptions o;
    o.sentence_per_line = true;
    return parse_document(std::move(text), o);
  }
  if (Status valid = validate_utf8(text); !valid.ok()) return valid.error();
  std::size_t start = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  Document doc;
  doc.text = std::move(text);
  for (std::size_t i = start; i < doc.text.size(); ++i)
    if (doc.text[i] == '\n' || doc.text[i] == '\r') doc.text[i] = ' ';
  const Span para = text_detail::trim_space(doc.text, Span{start, doc.text.size()});
  if (para.empty()) return Error{ErrorCode::kEmptyInput, "input is empty", {}};
  doc.paragraphs.push_back(para);
  const text_detail::Utf16Text u = text_detail::to_utf16(doc.slice(para), para.start);
  const text_detail::Utf16Range range = text_detail::trim_space(u.text, {0, u.text.length()});
  Sentence s;
  s.span = u.span(range.begin, range.end);
  impl_->words->tokenize(doc.text, u, range, 0, doc.tokens);
  s.tokens = {0, doc.tokens.size()};
  doc.sentences.push_back(s);
  text_detail::find_quotes(doc, para, {0, doc.tokens.size()});
  for (const Token& t : doc.tokens)
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) ++doc.word_count;
  return doc;
}

Result<Document> parse_sentence(std::string text) {
  static thread_local SentenceParser parser;
  return parser.parse(std::move(text));
}

}  // namespace transdrift
