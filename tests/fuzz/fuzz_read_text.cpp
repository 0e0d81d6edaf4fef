// Fuzz target: the plain-text input reader in both of its layouts:
// running text (paragraphs split into sentences by ICU) and
// --sentence-per-line (each line one sentence, blank lines kept so that
// sentence ids are line numbers). Markdown and HTML: fuzz_read_markdown,
// fuzz_read_html.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "transdrift/text.hpp"

namespace {

// Lines as the reader counts them (LF, CRLF and CR end a line; a terminator
// at the very end does not start another), after a leading BOM.
std::size_t count_lines(std::string_view s) {
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  std::size_t lines = 0, start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\n' && s[i] != '\r') continue;
    ++lines;
    if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < s.size()) ++lines;
  return lines;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace transdrift;
  const std::string input(reinterpret_cast<const char*>(data), size);

  TextOptions per_line;
  per_line.sentence_per_line = true;
  Result<Document> lines = parse_document(input, per_line, "fuzz");
  Result<Document> running = parse_document(input, TextOptions{}, "fuzz");

  // Both layouts accept and reject the same inputs, with the same error.
  TRANSDRIFT_FUZZ_CHECK(lines.ok() == running.ok());
  if (!lines.ok()) {
    fuzz::check_input_error(lines.error(), size);
    TRANSDRIFT_FUZZ_CHECK(lines.error().code == running.error().code);
    TRANSDRIFT_FUZZ_CHECK(lines.error().offset == running.error().offset);
    return 0;
  }
  fuzz::check_document(*lines);
  fuzz::check_document(*running);
  // One sentence per line, blank lines included: ids are line numbers.
  TRANSDRIFT_FUZZ_CHECK(lines->sentences.size() == count_lines(input));
  // Nothing is lost: every visible ASCII byte is inside a sentence (sentences
  // are in order and do not overlap, check_document made sure).
  for (const Document* d : {&*lines, &*running}) {
    std::size_t s = 0;
    for (std::size_t i = 0; i < input.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(input[i]);
      if (c <= 0x20 || c >= 0x7F) continue;
      while (s < d->sentences.size() && d->sentences[s].span.end <= i) ++s;
      TRANSDRIFT_FUZZ_CHECK(s < d->sentences.size() && d->sentences[s].span.start <= i);
    }
  }
  return 0;
}
