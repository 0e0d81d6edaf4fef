// Writes the robustness tests' inputs at test time, so that no big or binary
// file is checked in:
//
//   robustness_gen KIND FILE
//     huge          100 MiB: a news paragraph, 100 MiB of blank lines and
//                   spaces, then "The last sentence names Zanzibar." (a
//                   finding past byte 100,000,000 must still be reported)
//     long-a        one 1 MiB "sentence": words, no punctuation, no line break
//     long-b        another such sentence from the same words, shuffled
//     long-c        a 1 MiB sentence of words the others do not use
//     binary        bytes of a PNG header and image data (NUL bytes included)
//     binary-nonul  high bytes without NUL (not UTF-8)
//     bom-crlf      the short pair's original with a BOM and CRLF line ends
//     scripts       Japanese, Arabic, emoji and combining marks around English
//
// Exit 0, or 1 with a message on stderr.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

const std::vector<std::string_view> kWords = {
    "state", "department", "strategy", "digital", "solidarity", "technology", "partners",
    "security", "cyber", "diplomacy", "the", "of", "and", "to", "government", "network",
    "coalition", "economic", "development", "online", "behavior", "officials", "said",
    "blueprint", "international", "governance", "allies", "infrastructure", "data", "trust"};
const std::vector<std::string_view> kOtherWords = {
    "mountain", "river", "orchestra", "violin", "glacier", "harbor", "lantern", "meadow",
    "quartz", "saffron", "tundra", "volcano", "willow", "zephyr", "barley", "cobalt"};

// A small deterministic generator (xorshift64), the same on every machine.
struct Rng {
  std::uint64_t s = 0x9E3779B97F4A7C15ULL;
  std::uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
};

std::string sentence(const std::vector<std::string_view>& words, std::size_t bytes, std::uint64_t seed) {
  Rng rng{seed};
  std::string out;
  out.reserve(bytes + 32);
  while (out.size() < bytes) {
    if (!out.empty()) out += ' ';
    out += words[rng.next() % words.size()];
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: robustness_gen KIND FILE\n";
    return 1;
  }
  const std::string_view kind = argv[1];
  std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
  if (!out) {
    std::cerr << "robustness_gen: cannot write " << argv[2] << '\n';
    return 1;
  }
  constexpr std::size_t kMiB = 1 << 20;
  if (kind == "huge") {
    out << "The treaty was signed in Geneva in 2024. Forty nations joined it.\n";
    const std::string block = std::string(1023, ' ') + "\n";
    for (std::size_t i = 0; i < 100 * 1024; ++i) out << block;
    out << "The last sentence names Zanzibar.\n";
  } else if (kind == "long-a") {
    out << sentence(kWords, kMiB, 1);
  } else if (kind == "long-b") {
    out << sentence(kWords, kMiB, 2);
  } else if (kind == "long-c") {
    out << sentence(kOtherWords, kMiB, 3);
  } else if (kind == "binary") {
    out.write("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    Rng rng{4};
    for (int i = 0; i < 4096; ++i) out.put(static_cast<char>(rng.next() & 0xFF));
  } else if (kind == "binary-nonul") {
    Rng rng{5};
    for (int i = 0; i < 4096; ++i) out.put(static_cast<char>(0x80 | (rng.next() & 0x7F)));
  } else if (kind == "bom-crlf") {
    out << "\xEF\xBB\xBFThe treaty was signed in Geneva in 2024.\r\nForty nations joined it.\r\n";
  } else if (kind == "scripts") {
    out << "The treaty was signed in Geneva in 2024. 条約は2024年にジュネーブで署名された。\n"
           "وُقِّعَت المعاهدة في جنيف. Forty nations 🌍🇺🇳 joined it 👩‍👩‍👧.\n"
           "Cafe\xCC\x81 re\xCC\x81sume\xCC\x81 nai\xCC\x88ve Z\xCD\x91\xCD\x8B" "algo.\n";
  } else {
    std::cerr << "robustness_gen: unknown kind " << kind << '\n';
    return 1;
  }
  out.close();
  if (!out) {
    std::cerr << "robustness_gen: cannot write " << argv[2] << '\n';
    return 1;
  }
  return 0;
}
