// A Document for one short text (a sentence pair's side), built with one
// long-lived ICU word iterator. parse_document() creates its ICU iterators on
// every call, which costs more than scoring a pair; the `score` command and
// the benchmarks parse thousands of sentences. Tokens are those that
// parse_document(text, {.sentence_per_line = true}) makes for one line; line
// breaks inside `text` are treated as spaces. Not thread-safe: one per thread.
#pragma once

#include <memory>
#include <string>

#include "transdrift/result.hpp"
#include "transdrift/text.hpp"

namespace transdrift {

class SentenceParser {
 public:
  SentenceParser();
  ~SentenceParser();
  SentenceParser(SentenceParser&&) noexcept;
  SentenceParser& operator=(SentenceParser&&) noexcept;

  // Errors as parse_document: kInvalidUtf8, kBinaryInput, kEmptyInput.
  Result<Document> parse(std::string text);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace transdrift
