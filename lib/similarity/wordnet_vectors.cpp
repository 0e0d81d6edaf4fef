#include "similarity/wordnet_vectors.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// data/wordnet_vectors.bin, included by the assembler (see similarity.cmake).
#ifndef TRANSDRIFT_WORDNET_VECTORS_BIN
#error "TRANSDRIFT_WORDNET_VECTORS_BIN must name data/wordnet_vectors.bin"
#endif
asm(".section .rodata\n"
    ".balign 16\n"
    ".hidden transdrift_wordnet_vectors_begin\n"
    ".globl transdrift_wordnet_vectors_begin\n"
    "transdrift_wordnet_vectors_begin:\n"
    ".incbin \"" TRANSDRIFT_WORDNET_VECTORS_BIN "\"\n"
    ".hidden transdrift_wordnet_vectors_end\n"
    ".globl transdrift_wordnet_vectors_end\n"
    "transdrift_wordnet_vectors_end:\n"
    ".previous\n");
extern "C" const char transdrift_wordnet_vectors_begin[];
extern "C" const char transdrift_wordnet_vectors_end[];

namespace transdrift {
namespace {

std::uint64_t word_hash(std::string_view w) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : w) h = (h ^ c) * 1099511628211ULL;
  return h ^ (h >> 29);
}

}  // namespace

WordNetVectors::WordNetVectors(std::string_view bytes) {
  auto fail = [this] { words_.clear(), dim_ = 0, data_ = nullptr; };
  const auto nl = bytes.find('\n');
  if (nl == std::string_view::npos || bytes.substr(0, 6) != "TDWV1 ") return;
  std::string_view head = bytes.substr(6, nl - 6);
  std::size_t count = 0;
  int dim = 0;
  const auto sp = head.find(' ');
  if (sp == std::string_view::npos) return;
  if (std::from_chars(head.data(), head.data() + sp, count).ec != std::errc{} ||
      std::from_chars(head.data() + sp + 1, head.data() + head.size(), dim).ec != std::errc{} || dim <= 0)
    return;
  std::size_t pos = nl + 1;
  words_.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const auto e = bytes.find('\n', pos);
    if (e == std::string_view::npos) { fail(); return; }
    words_.push_back(bytes.substr(pos, e - pos));
    pos = e + 1;
  }
  if (bytes.size() - pos < count * static_cast<std::size_t>(dim)) { fail(); return; }
  dim_ = dim;
  data_ = reinterpret_cast<const std::int8_t*>(bytes.data() + pos);
  inv_norm_.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    // Summed as integers (which vectorizes): squares of int8 values add up
    // exactly, in a double as well, so the norms are those of a double sum.
    std::int64_t sum = 0;
    const std::int8_t* row = data_ + i * static_cast<std::size_t>(dim_);
    for (int j = 0; j < dim_; ++j) sum += int(row[j]) * int(row[j]);
    const double s = static_cast<double>(sum);
    inv_norm_[i] = s > 0 ? static_cast<float>(1 / std::sqrt(s)) : 0.0f;
  }
  // find() is asked for every content word of every pair: hash it rather
  // than binary-search the sorted list. Rows are inserted in order, so a
  // repeated word keeps its first row (as lower_bound would find).
  std::size_t n_slots = 16;
  while (n_slots < 2 * count) n_slots *= 2;
  slots_.assign(n_slots, 0);
  for (std::size_t i = 0; i < count; ++i)
    for (std::size_t k = word_hash(words_[i]) & (n_slots - 1);; k = (k + 1) & (n_slots - 1)) {
      if (slots_[k] == 0) { slots_[k] = static_cast<std::uint32_t>(i + 1); break; }
      if (words_[slots_[k] - 1] == words_[i]) break;
    }
}

const WordNetVectors& WordNetVectors::builtin() {
  static const WordNetVectors table(std::string_view(
      transdrift_wordnet_vectors_begin,
      static_cast<std::size_t>(transdrift_wordnet_vectors_end - transdrift_wordnet_vectors_begin)));
  return table;
}

long WordNetVectors::find(std::string_view word) const {
  if (slots_.empty()) return -1;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t k = word_hash(word) & mask; slots_[k] != 0; k = (k + 1) & mask)
    if (words_[slots_[k] - 1] == word) return static_cast<long>(slots_[k] - 1);
  return -1;
}

double WordNetVectors::cosine(long a, long b) const {
  if (a < 0 || b < 0) return 0;
  const std::int8_t* x = data_ + a * dim_;
  const std::int8_t* y = data_ + b * dim_;
  int dot = 0;
  int j = 0;
#if defined(__SSE2__)
  // Sixteen components a step, sign-extended to 16 bits and multiplied and
  // summed in pairs (pmaddwd): the compiler's own vectorization of the loop
  // below widens every product to 32 bits first, about twice the work, and
  // cosine() runs for every pair of content words of a sentence pair. The
  // sum is of integers (at most 2 * 128 * 128 per pair of lanes), so its
  // order does not change it.
  __m128i sums = _mm_setzero_si128();
  for (; j + 16 <= dim_; j += 16) {
    const __m128i vx = _mm_loadu_si128(reinterpret_cast<const __m128i*>(x + j));
    const __m128i vy = _mm_loadu_si128(reinterpret_cast<const __m128i*>(y + j));
    // Each byte paired with itself, then shifted right arithmetically: the
    // byte sign-extended to 16 bits.
    const __m128i x_low = _mm_srai_epi16(_mm_unpacklo_epi8(vx, vx), 8);
    const __m128i x_high = _mm_srai_epi16(_mm_unpackhi_epi8(vx, vx), 8);
    const __m128i y_low = _mm_srai_epi16(_mm_unpacklo_epi8(vy, vy), 8);
    const __m128i y_high = _mm_srai_epi16(_mm_unpackhi_epi8(vy, vy), 8);
    sums = _mm_add_epi32(sums, _mm_madd_epi16(x_low, y_low));
    sums = _mm_add_epi32(sums, _mm_madd_epi16(x_high, y_high));
  }
  alignas(16) std::int32_t lanes[4];
  _mm_store_si128(reinterpret_cast<__m128i*>(lanes), sums);
  dot = lanes[0] + lanes[1] + lanes[2] + lanes[3];
#endif
  for (; j < dim_; ++j) dot += int(x[j]) * int(y[j]);
  return dot * double(inv_norm_[static_cast<std::size_t>(a)]) * inv_norm_[static_cast<std::size_t>(b)];
}

void WordNetVectors::add(long row, double weight, std::vector<double>& acc) const {
  if (row < 0) return;
  const std::int8_t* x = data_ + row * dim_;
  const double w = weight * inv_norm_[static_cast<std::size_t>(row)];
  for (int j = 0; j < dim_; ++j) acc[static_cast<std::size_t>(j)] += w * x[j];
}

}  // namespace transdrift
