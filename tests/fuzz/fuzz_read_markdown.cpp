// Fuzz target: the Markdown input reader, parse_document(bytes, InputFormat::kMarkdown),
// in both layouts. See fuzz_read_markup.hpp for what is checked.
#include "fuzz_read_markup.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return transdrift::fuzz::read_markup(data, size, transdrift::InputFormat::kMarkdown);
}
