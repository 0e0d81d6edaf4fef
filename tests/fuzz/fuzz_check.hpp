// Invariant checks shared by the fuzz targets. A violated invariant aborts,
// so both libFuzzer and the replay driver report it as a crash with the
// input that caused it.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "transdrift/text.hpp"

namespace transdrift::fuzz {

[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
  std::abort();
}

#define TRANSDRIFT_FUZZ_CHECK(cond) \
  do {                              \
    if (!(cond)) ::transdrift::fuzz::fail(#cond); \
  } while (0)

inline bool fits(Span s, const Document& doc) { return s.start <= s.end && s.end <= doc.text.size(); }

// What every Document promises (text.hpp, types.hpp): spans inside the text,
// sentences and tokens in order, token ranges inside the token list, ids
// equal to positions, every word token counted.
inline void check_document(const Document& doc) {
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    TRANSDRIFT_FUZZ_CHECK(s.id == i);
    TRANSDRIFT_FUZZ_CHECK(fits(s.span, doc));
    TRANSDRIFT_FUZZ_CHECK(s.span.start >= previous_end);
    previous_end = s.span.end;
    TRANSDRIFT_FUZZ_CHECK(s.tokens.begin <= s.tokens.end && s.tokens.end <= doc.tokens.size());
    TRANSDRIFT_FUZZ_CHECK(doc.paragraphs.empty() ? s.paragraph == 0 : s.paragraph < doc.paragraphs.size());
    for (std::size_t t = s.tokens.begin; t < s.tokens.end; ++t) {
      TRANSDRIFT_FUZZ_CHECK(doc.tokens[t].sentence == i);
      TRANSDRIFT_FUZZ_CHECK(s.span.contains(doc.tokens[t].span));
    }
  }
  std::size_t words = 0;
  for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
    const Token& tok = doc.tokens[t];
    TRANSDRIFT_FUZZ_CHECK(fits(tok.span, doc));
    TRANSDRIFT_FUZZ_CHECK(!tok.span.empty());
    if (t > 0) TRANSDRIFT_FUZZ_CHECK(tok.span.start >= doc.tokens[t - 1].span.end);
    TRANSDRIFT_FUZZ_CHECK(tok.sentence < doc.sentences.size());
    if (tok.kind == TokenKind::kWord || tok.kind == TokenKind::kNumber) ++words;
  }
  TRANSDRIFT_FUZZ_CHECK(words == doc.word_count);
  for (const Span& p : doc.paragraphs) TRANSDRIFT_FUZZ_CHECK(fits(p, doc) && !p.empty());
  for (const Quote& q : doc.quotes) {
    TRANSDRIFT_FUZZ_CHECK(fits(q.span, doc));
    TRANSDRIFT_FUZZ_CHECK(q.span.contains(q.inner));
    TRANSDRIFT_FUZZ_CHECK(q.tokens.begin <= q.tokens.end && q.tokens.end <= doc.tokens.size());
  }
}

// An error must be one of the input errors, carry a one-line message and,
// for invalid UTF-8 and NUL bytes, the offset of a byte inside the input.
inline void check_input_error(const Error& e, std::size_t input_size) {
  TRANSDRIFT_FUZZ_CHECK(e.code == ErrorCode::kInvalidUtf8 || e.code == ErrorCode::kBinaryInput ||
                        e.code == ErrorCode::kEmptyInput || e.code == ErrorCode::kInvalidArgument);
  TRANSDRIFT_FUZZ_CHECK(!e.message.empty() && e.message.find('\n') == std::string::npos);
  if (e.code == ErrorCode::kInvalidUtf8 || e.code == ErrorCode::kBinaryInput)
    TRANSDRIFT_FUZZ_CHECK(e.offset.has_value() && *e.offset < input_size);
}

}  // namespace transdrift::fuzz
