#include "similarity/features.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "similarity/structure.hpp"
#include "text/wordclass.hpp"

namespace transdrift {
namespace {

struct SideWord {
  std::size_t token = 0;
  std::string key;
  bool function = false;
  bool number = false;
  bool negator = false;
  bool name = false;     // capitalized and not the side's first word (a name)
  double weight = 0;     // information-content weight (function words: small)
  double strength = 0;   // link strength, 0 if unaligned
  LinkKind kind = LinkKind::kExact;
  long other = -1;       // index of the linked word on the other side
  long vec = -1;         // row in the WordNet vectors (content words), or -1
};

// The words of one side, from the word tokens the aligner read (its key,
// function word and number tests are the ones wanted here, in token order).
std::vector<SideWord> side_words(const Document& d, std::vector<WordToken>& tokens, const FeatureContext& ctx) {
  std::vector<SideWord> out;
  out.reserve(tokens.size());
  for (WordToken& wt : tokens) {
    const Token& tok = d.tokens[wt.token];
    SideWord w;
    w.token = wt.token;
    w.key = std::move(wt.key);
    w.function = wt.function;
    w.number = wt.number.has_value();
    w.negator = wordclass::is_feature_negator(tok.norm);
    w.name = tok.capitalized && !out.empty() && !w.function && !w.number;
    if (w.function) w.weight = ctx.function_word_weight;
    else if (w.number) w.weight = 1.0;
    else w.weight = ctx.weigher->content_weight(w.key);
    if (!w.function && !w.number && ctx.wordnet_vectors) {
      w.vec = ctx.wordnet_vectors->find(w.key);
      if (w.vec < 0 && ctx.wordnet)
        for (const std::string& l : ctx.wordnet->lemmas(w.key))
          if ((w.vec = ctx.wordnet_vectors->find(l)) >= 0) break;
    }
    out.push_back(std::move(w));
  }
  return out;
}

// Character 3..5-grams inside each word (padded with spaces), each weighted
// by its word's weight; cosine of the two bags. A bag is a sorted vector of
// (hash, weight) with duplicates merged (no hash map: fewer allocations).
using Bag = std::vector<std::pair<std::uint64_t, double>>;
// Fills `bag` (a per-thread buffer of the caller: no allocation once warm).
// The n-grams of `s` for one n, hashed (FNV-1a seeded with n). A template so
// that the loop over a gram's bytes is unrolled: it ran once per byte of
// every gram, the larger part of char_grams before the sort.
template <std::size_t N>
void add_grams(std::string_view s, double weight, Bag& bag) {
  if (s.size() < N) return;
  for (std::size_t i = 0; i + N <= s.size(); ++i) {
    std::uint64_t h = 1469598103934665603ULL ^ N;
    for (std::size_t k = 0; k < N; ++k) h = (h ^ static_cast<unsigned char>(s[i + k])) * 1099511628211ULL;
    bag.emplace_back(h, weight);
  }
}

void char_grams(const std::vector<SideWord>& ws, Bag& bag) {
  bag.clear();
  thread_local std::string s;  // keeps its capacity
  for (const SideWord& w : ws) {
    s.assign(1, ' ');
    s += w.key;
    s += ' ';
    add_grams<3>(s, w.weight, bag);
    add_grams<4>(s, w.weight, bag);
    add_grams<5>(s, w.weight, bag);
  }
  std::sort(bag.begin(), bag.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::size_t out = 0;
  for (std::size_t i = 0; i < bag.size(); ++i) {
    if (out > 0 && bag[out - 1].first == bag[i].first) bag[out - 1].second += bag[i].second;
    else bag[out++] = bag[i];
  }
  bag.resize(out);
}

double cosine(const Bag& x, const Bag& y) {
  double dot = 0, nx = 0, ny = 0;
  for (const auto& [k, v] : x) nx += v * v;
  for (const auto& [k, v] : y) ny += v * v;
  for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i].first < y[j].first) ++i;
    else if (y[j].first < x[i].first) ++j;
    else dot += x[i++].second * y[j++].second;
  }
  return nx > 0 && ny > 0 ? dot / std::sqrt(nx * ny) : 0.0;
}

// The side's normalized tokens joined by spaces, into `s`.
void joined(const Document& d, TokenRange r, std::string& s) {
  s.clear();
  for (std::size_t t = r.begin; t < r.end; ++t) {
    if (!s.empty()) s += ' ';
    s += d.tokens[t].norm;
  }
}

// chrF in both directions from one count of the n-grams: n-grams are hashed
// (64-bit FNV-1a over code points) and the common n-grams of each order
// counted. Returns (chrF(a, b) + chrF(b, a)) / 2 with beta = 2, orders
// 1..max_order, as chrf().
void code_points(std::string_view s, std::vector<char32_t>& out) {
  out.clear();
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    char32_t cp = c;
    std::size_t n = 1;
    if (c >= 0xF0) n = 4, cp = c & 0x07;
    else if (c >= 0xE0) n = 3, cp = c & 0x0F;
    else if (c >= 0xC0) n = 2, cp = c & 0x1F;
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += n;
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0) continue;
    out.push_back(cp);
  }
}

// Size of the multiset intersection of two lists of 64-bit hashes (the
// number of common n-grams, counting repeats): an open-addressing count
// table over x, then each y takes one count. Slots are valid only if their
// stamp is the current one, so the table is never cleared between calls.
class GramCounter {
 public:
  std::size_t common(const std::uint64_t* x, std::size_t nx, const std::uint64_t* y, std::size_t ny) {
    std::size_t bits = 4;
    while ((std::size_t{1} << bits) < 2 * nx) ++bits;
    if (slots_.size() < (std::size_t{1} << bits)) slots_.resize(std::size_t{1} << bits);
    if (++stamp_ == 0) {  // wrapped: forget every slot
      for (Slot& s : slots_) s.stamp = 0;
      stamp_ = 1;
    }
    const std::size_t mask = (std::size_t{1} << bits) - 1;
    const int shift = 64 - static_cast<int>(bits);
    for (std::size_t i = 0; i < nx; ++i) {
      for (std::size_t k = (x[i] * 0x9E3779B97F4A7C15ULL) >> shift;; k = (k + 1) & mask) {
        Slot& s = slots_[k];
        if (s.stamp != stamp_) { s = {x[i], 1, stamp_}; break; }
        if (s.key == x[i]) { ++s.count; break; }
      }
    }
    std::size_t n = 0;
    for (std::size_t j = 0; j < ny; ++j) {
      for (std::size_t k = (y[j] * 0x9E3779B97F4A7C15ULL) >> shift;; k = (k + 1) & mask) {
        Slot& s = slots_[k];
        if (s.stamp != stamp_) break;
        if (s.key == y[j]) {
          if (s.count > 0) --s.count, ++n;
          break;
        }
      }
    }
    return n;
  }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t count = 0;
    std::uint32_t stamp = 0;
  };
  std::vector<Slot> slots_;
  std::uint32_t stamp_ = 0;
};

double chrf_symmetric(std::string_view a, std::string_view b, int max_order) {
  // Per-thread buffers: no allocation once warm.
  thread_local std::vector<char32_t> x, y;
  thread_local std::vector<std::uint64_t> hx, hy;
  thread_local GramCounter counter;
  code_points(a, x);
  code_points(b, y);
  if (x.empty() && y.empty()) return 1.0;
  if (x.empty() || y.empty()) return 0.0;
  // h[i] is the hash of the n-gram starting at i; going from order n - 1 to
  // n folds in one more code point (FNV-1a is a left fold).
  hx.assign(x.size(), 1469598103934665603ULL);
  hy.assign(y.size(), 1469598103934665603ULL);
  auto extend = [](const std::vector<char32_t>& v, std::vector<std::uint64_t>& h, std::size_t n) {
    for (std::size_t i = 0; i + n <= v.size(); ++i) h[i] = (h[i] ^ v[i + n - 1]) * 1099511628211ULL;
  };
  double p_sum = 0, r_sum = 0;
  int orders = 0;
  for (int order = 1; order <= max_order; ++order) {
    const std::size_t n = static_cast<std::size_t>(order);
    if (x.size() < n || y.size() < n) break;
    extend(x, hx, n);
    extend(y, hy, n);
    const std::size_t cx = x.size() - n + 1, cy = y.size() - n + 1;
    const std::size_t common = counter.common(hx.data(), cx, hy.data(), cy);
    r_sum += static_cast<double>(common) / static_cast<double>(cx);
    p_sum += static_cast<double>(common) / static_cast<double>(cy);
    ++orders;
  }
  if (orders == 0) return 0.0;
  const double p = p_sum / orders, r = r_sum / orders;
  if (p + r == 0) return 0.0;
  auto f = [](double prec, double rec) { return prec + rec > 0 ? 5 * prec * rec / (4 * prec + rec) : 0.0; };
  return 0.5 * (f(p, r) + f(r, p));
}

// Letters and digits of a key (hyphens, dots, apostrophes dropped):
// "key-board" -> "keyboard", "77-year" -> "77year".
void squeezed(const std::string& key, std::string& s) {
  s.clear();
  for (char c : key)
    if (c != '-' && c != '.' && c != '\'') s += c;
}

// Optimal-string-alignment edit distance (adjacent transpositions count 1),
// stopping early once it exceeds `limit` (then returns limit + 1).
std::size_t edit_distance(std::string_view x, std::string_view y, std::size_t limit) {
  const std::size_t n = x.size(), m = y.size();
  constexpr std::size_t kMax = 48;  // longer words are never typo-linked
  if ((n > m ? n - m : m - n) > limit || m >= kMax) return limit + 1;
  std::array<std::size_t, kMax> prev2{}, prev{}, cur{};
  for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    std::size_t row_min = cur[0];
    for (std::size_t j = 1; j <= m; ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

double hmean(double x, double y) { return x + y > 0 ? 2 * x * y / (x + y) : 0.0; }

// Surface style of one side (see the style signals in feature_names):
// terminal punctuation, lower-case start, determiner start, share of
// capitalized words after the first, a digit, log(1 + words).
using SentenceStyle = std::array<double, 6>;
SentenceStyle sentence_style(const Document& d, TokenRange r) {
  SentenceStyle s{};
  std::size_t words = 0, caps = 0;
  bool digit = false;
  const Token* first = nullptr;
  const Token* last = nullptr;
  for (std::size_t t = r.begin; t < r.end; ++t) {
    const Token& tok = d.tokens[t];
    last = &tok;
    if (!is_word_token(tok)) continue;
    if (first == nullptr) first = &tok;
    else if (tok.capitalized) ++caps;
    ++words;
    digit = digit || tok.kind == TokenKind::kNumber ||
            std::any_of(tok.norm.begin(), tok.norm.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  if (last != nullptr && last->kind == TokenKind::kPunct) {
    const std::string& p = last->norm;  // straight quotes after normalization
    s[0] = (p == "." || p == "!" || p == "?" || p == "\"" || p == "'" || p == "...") ? 1.0 : 0.0;
  }
  if (first != nullptr) {
    const std::string_view src = d.slice(first->span);
    s[1] = !src.empty() && src[0] >= 'a' && src[0] <= 'z' ? 1.0 : 0.0;
    const std::string& w = first->norm;
    s[2] = (w == "a" || w == "an" || w == "the" || w == "two" || w == "three") ? 1.0 : 0.0;
  }
  s[3] = words > 1 ? static_cast<double>(caps) / static_cast<double>(words - 1) : 0.0;
  s[4] = digit ? 1.0 : 0.0;
  s[5] = std::log1p(static_cast<double>(words));
  return s;
}

// Semantic classes of unaligned content words (the left_* signals): WordNet
// lexicographer files (lexnames(5WN), 0-44) grouped into 13 classes, plus
// names and words WordNet does not know.
constexpr std::size_t kWordClasses = 15;
constexpr std::size_t kNameClass = 13, kUnknownClass = 14;
constexpr std::array<std::uint8_t, 45> kClassOfLexfile = {
    11, 11, 12, 6, 4, 1, 2, 6, 3, 6, 6, 4, 6, 3, 6, 5, 6, 3, 0, 6, 3, 6, 4,  // 0 adj.all .. 22 noun.process
    6, 6, 6, 6, 3, 7,                                                       // 23 noun.quantity .. 28 noun.time
    8, 10, 9, 9, 10, 10, 8, 10, 10, 8, 9, 10, 10, 10, 10,                   // 29 verb.body .. 43 verb.weather
    11};                                                                    // 44 adj.ppl
using WordClassMass = std::array<double, kWordClasses>;

WordClassMass unaligned_by_class(const std::vector<SideWord>& ws, const WordNet* wordnet) {
  WordClassMass m{};
  for (const SideWord& w : ws) {
    if (w.function || w.number || w.strength > 0) continue;
    std::size_t c = kUnknownClass;
    if (w.name) {
      c = kNameClass;
    } else if (wordnet) {
      const int lexfile = wordnet->lexicographer_file(w.key);  // keys are case-folded already
      if (lexfile >= 0 && static_cast<std::size_t>(lexfile) < kClassOfLexfile.size())
        c = kClassOfLexfile[static_cast<std::size_t>(lexfile)];
    }
    m[c] += w.weight;
  }
  return m;
}

}  // namespace

const std::array<std::string_view, kFeatureCount>& feature_names() {
  static const std::array<std::string_view, kFeatureCount> names{
      "cov_ic_min",      // information-weighted alignment coverage, smaller side
      "cov_ic_max",      // ... larger side
      "cov_flat_hmean",  // coverage with content 1 / function 0.1 weights, harmonic mean
      "cov_soft_min",    // coverage plus graded WordNet relatedness of unaligned words
      "cov_soft_max",
      "chrf",            // chrF both ways, averaged
      "char_cos",        // char 3-5-gram cosine within words, information-weighted
      "unaligned_ic",    // log(1 + information mass of unaligned content words, both sides)
      "length_ratio",    // |log(content words a / b)|
      "bigram_dice",     // word-bigram Dice over match keys (word order)
      "exact_share",     // share of linked content weight linked exactly
      "number_mismatch", // an unaligned number on either side
      "negation_mismatch",
      "cov_ic_min_sq",   // cov_ic_min squared (lets a linear model bend)
      "cov_x_chrf",      // cov_ic_min * chrf
      "vector_cos",      // information-weighted mean user-vector cosine (0 without --vectors)
      "wnvec_align",     // soft alignment with WordNet vectors: weighted mean best cosine, harmonic mean
      "wnvec_sent",      // cosine of the information-weighted sums of WordNet word vectors
      "prop_aligned",    // share of content words aligned, both sides pooled (Sultan et al. 2015)
      "wnvec_x_cov",     // wnvec_align * cov_ic_min
      "content_min",     // log(1 + content words), shorter side
      "content_max",     // ... longer side
      "unaligned_n_min", // unaligned content words (count), side with fewer
      "unaligned_n_max", // ... side with more
      "unaligned_ic_min",// information mass of unaligned content words, smaller side
      "unaligned_ic_max",// ... larger side
      "left_rel_max",    // best WordNet relatedness between unaligned content words of the two sides
      "left_wnvec",      // unaligned content words' weighted mean best WordNet-vector cosine to the other side's unaligned words
      "left_antonym",    // two unaligned content words are WordNet antonyms
      "order_lcs",       // longest in-order run of aligned content links / aligned content links
      "name_cov",        // share of names (capitalized, not first) aligned, both sides pooled; 1 if none
      "number_share",    // share of numbers aligned, both sides pooled; 1 if none
      "cov_ic_product",  // coverage of one side times the other's
      "cov_flat_min",    // flat coverage, smaller side
      "weak_link_share", // share of linked content weight linked by synonym/related links
      "st_drift_gated",  // structure drift (structure.hpp, both directions averaged) * clamp((cov_flat_hmean - 0.9) / 0.1, 0, 1)
      // Style of the two sentences (what kind of text the pair is: a caption
      // "A man is playing a guitar.", a headline "NYPD Twitter Outreach
      // Backfires", forum text); smaller and larger of the two sides' values.
      // They let the trees map coverage to a score per kind of text.
      "terminal_min",    // ends with . ! ? or a closing quotation mark (0/1)
      "terminal_max",
      "lower_start_min", // starts with a lower-case letter (0/1)
      "lower_start_max",
      "det_start_min",   // starts with "a", "an", "the", "two" or "three" (0/1)
      "det_start_max",
      "caps_share_min",  // capitalized words among the words after the first
      "caps_share_max",
      "digits_min",      // has a number or a word with a digit (0/1)
      "digits_max",
      "words_min",       // log(1 + words)
      "words_max",
      // Information mass of the unaligned content words of one semantic class
      // (from WordNet's lexicographer file of the word's main sense), smaller
      // and larger side: a different person ("man" / "woman") weighs
      // otherwise than a dropped adverb.
      "left_person_min",   "left_person_max",    // noun.person
      "left_animal_min",   "left_animal_max",    // noun.animal
      "left_artifact_min", "left_artifact_max",  // noun.artifact
      "left_thing_min",    "left_thing_max",     // noun.body, food, object, plant, substance
      "left_act_min",      "left_act_max",       // noun.act, event, process
      "left_place_min",    "left_place_max",     // noun.location
      "left_abstract_min", "left_abstract_max",  // the other noun classes
      "left_time_min",     "left_time_max",      // noun.time
      "left_motion_min",   "left_motion_max",    // verb.body, contact, motion
      "left_mental_min",   "left_mental_max",    // verb.cognition, communication, perception
      "left_verb_min",     "left_verb_max",      // the other verb classes
      "left_adj_min",      "left_adj_max",       // adj.all, adj.pert, adj.ppl
      "left_adv_min",      "left_adv_max",       // adv.all
      "left_name_min",     "left_name_max",      // capitalized, not first on its side
      "left_unknown_min",  "left_unknown_max",   // not in WordNet
      // What one side says that the other does not (MRPC's non-paraphrases
      // often add or drop a clause, a number, a quotation or a speaker).
      "left_run_min",      // log(1 + longest run of adjacent unaligned words with a content word or number), smaller side
      "left_run_max",      // ... larger side
      "left_number_min",   // unaligned numbers, side with fewer
      "left_number_max",   // ... side with more
      "quote_xor",         // a quotation mark on one side only (0/1)
      "left_speaker",      // an unaligned speaker verb ("said", "told", "according") on either side (0/1)
      // The main coverage signals again, for long pairs only (both sides 15+
      // words, else 0): a separate linear slope for news and forum prose.
      "long_cov_ic_min", "long_cov_ic_max", "long_cov_flat_hmean", "long_cov_soft_min", "long_chrf",
      "long_unaligned_ic", "long_unaligned_ic_max", "long_unaligned_n_max", "long_left_run_max",
      "long_wnvec_align", "long_cov_ic_product", "long_prop_aligned",
  };
  return names;
}

FeatureVector compute_features(const Document& a, TokenRange ra, const Document& b, TokenRange rb,
                               const FeatureContext& ctx, PairScore& out) {
  thread_local std::vector<WordToken> tokens_a, tokens_b;
  out.words = align_words(a, ra, b, rb, ctx.wordnet, ctx.aligner, tokens_a, tokens_b);
  std::vector<SideWord> wa = side_words(a, tokens_a, ctx), wb = side_words(b, tokens_b, ctx);
  // Scratch vectors below are per-thread and reused (assign/clear): once
  // warm, a pair allocates none of them.
  // Token index -> word index, per side (ranges are short: plain vectors).
  constexpr std::size_t kNo = static_cast<std::size_t>(-1);
  thread_local std::vector<std::size_t> pos_a, pos_b;
  pos_a.assign(ra.end - ra.begin, kNo);
  pos_b.assign(rb.end - rb.begin, kNo);
  for (std::size_t i = 0; i < wa.size(); ++i) pos_a[wa[i].token - ra.begin] = i;
  for (std::size_t j = 0; j < wb.size(); ++j) pos_b[wb[j].token - rb.begin] = j;
  for (const WordLink& l : out.words.links) {
    if (l.original < ra.begin || l.original >= ra.end || l.retranslated < rb.begin || l.retranslated >= rb.end)
      continue;
    const std::size_t ia = pos_a[l.original - ra.begin], ib = pos_b[l.retranslated - rb.begin];
    if (ia == kNo || ib == kNo) continue;
    SideWord& x = wa[ia];
    SideWord& y = wb[ib];
    if (l.strength > x.strength) x.strength = l.strength, x.kind = l.kind, x.other = static_cast<long>(ib);
    if (l.strength > y.strength) y.strength = l.strength, y.kind = l.kind, y.other = static_cast<long>(ia);
  }

  // Spelling variants the aligner leaves apart: the same word with a typo or
  // transliteration variant ("kangroo" / "kangaroo", "Morsi" / "Mursi": one
  // edit at 4+ letters, two at 8+, when one of the two is not a WordNet
  // word), written with or without a hyphen
  // ("key-board" / "keyboard"), or as one word against two adjacent ones
  // ("doghouse" / "dog house"). Linked here (kRelated) for the signals.
  auto is_open = [](const SideWord& w) { return w.strength == 0 && !w.function && !w.number; };
  std::vector<WordLink> repairs;
  auto link_words = [&](SideWord& x, std::size_t ix, SideWord& y, std::size_t iy, bool x_is_a) {
    x.strength = y.strength = ctx.aligner.related_strength;
    x.kind = y.kind = LinkKind::kRelated;
    x.other = static_cast<long>(iy), y.other = static_cast<long>(ix);
    repairs.push_back(x_is_a ? WordLink{x.token, y.token, LinkKind::kRelated, ctx.aligner.related_strength}
                             : WordLink{y.token, x.token, LinkKind::kRelated, ctx.aligner.related_strength});
  };
  thread_local std::vector<std::string> sq_a, sq_b;  // squeezed keys
  sq_a.resize(wa.size());
  sq_b.resize(wb.size());
  for (std::size_t i = 0; i < wa.size(); ++i) squeezed(wa[i].key, sq_a[i]);
  for (std::size_t j = 0; j < wb.size(); ++j) squeezed(wb[j].key, sq_b[j]);
  for (std::size_t i = 0; i < wa.size(); ++i) {
    const std::string& x = sq_a[i];
    if (!is_open(wa[i]) || x.size() < 4) continue;
    for (std::size_t j = 0; j < wb.size(); ++j) {
      const std::string& y = sq_b[j];
      if (!is_open(wb[j]) || y.size() < 4) continue;
      const std::size_t limit = std::min(x.size(), y.size()) >= 8 ? 2 : 1;
      // A typo link needs a word WordNet does not know: "boat" / "coat" stay apart.
      auto unknown = [&] {
        return !ctx.wordnet || ctx.wordnet->lemmas(wa[i].key).empty() || ctx.wordnet->lemmas(wb[j].key).empty();
      };
      if (x == y || (edit_distance(x, y, limit) <= limit && unknown())) {
        link_words(wa[i], i, wb[j], j, true);
        break;
      }
    }
  }
  auto compounds = [&](std::vector<SideWord>& one, const std::vector<std::string>& sq_one,
                       std::vector<SideWord>& two, const std::vector<std::string>& sq_two, bool one_is_a) {
    for (std::size_t i = 0; i < one.size(); ++i) {
      if (!is_open(one[i]) || one[i].key.size() < 6) continue;
      const std::string_view x = sq_one[i];
      for (std::size_t j = 0; j + 1 < two.size(); ++j) {
        // (function words may form half: "update" / "up date", "online" / "on line")
        if (two[j].number || two[j + 1].number || two[j].strength > 0 || two[j + 1].strength > 0) continue;
        const std::string_view p = sq_two[j], q = sq_two[j + 1];
        if (p.size() + q.size() != x.size() || x.substr(0, p.size()) != p || x.substr(p.size()) != q) continue;
        link_words(one[i], i, two[j], j, one_is_a);
        two[j + 1].strength = two[j].strength, two[j + 1].kind = two[j].kind, two[j + 1].other = static_cast<long>(i);
        repairs.push_back(one_is_a ? WordLink{one[i].token, two[j + 1].token, LinkKind::kRelated, two[j].strength}
                                   : WordLink{two[j + 1].token, one[i].token, LinkKind::kRelated, two[j].strength});
        break;
      }
    }
  };
  compounds(wa, sq_a, wb, sq_b, true);
  compounds(wb, sq_b, wa, sq_a, false);
  if (!repairs.empty()) {
    auto drop = [](std::vector<std::size_t>& v, std::size_t t) { v.erase(std::remove(v.begin(), v.end(), t), v.end()); };
    for (const WordLink& l : repairs) {
      drop(out.words.unaligned_original, l.original);
      drop(out.words.unaligned_retranslated, l.retranslated);
      out.words.links.push_back(l);
    }
    std::sort(out.words.links.begin(), out.words.links.end(), [](const WordLink& x, const WordLink& y) {
      return x.original != y.original ? x.original < y.original : x.retranslated < y.retranslated;
    });
  }

  // Graded credit for unaligned content words: best WordNet relatedness to an
  // unaligned content word of the other side (only above chance level).
  // Relatedness of every pair of still unaligned content words (computed
  // once: the soft coverage of both sides and the leftover signals use it).
  thread_local std::vector<std::size_t> open_a, open_b;
  open_a.clear();
  open_b.clear();
  for (std::size_t i = 0; i < wa.size(); ++i)
    if (is_open(wa[i])) open_a.push_back(i);
  for (std::size_t j = 0; j < wb.size(); ++j)
    if (is_open(wb[j])) open_b.push_back(j);
  thread_local std::vector<double> rel;
  rel.assign(open_a.size() * open_b.size(), 0.0);
  bool antonym = false;
  if (ctx.wordnet)
    for (std::size_t p = 0; p < open_a.size(); ++p)
      for (std::size_t q = 0; q < open_b.size(); ++q) {
        const SideWord& x = wa[open_a[p]];
        const SideWord& y = wb[open_b[q]];
        double r = ctx.wordnet->relatedness(x.key, y.key);
        if (ctx.vectors) r = std::max(r, ctx.vectors->cosine(x.key, y.key));
        rel[p * open_b.size() + q] = r;
        antonym = antonym || ctx.wordnet->relation(x.key, y.key) == WordRelation::kAntonym;
      }
  thread_local std::vector<double> best_a, best_b;
  best_a.assign(wa.size(), 0.0);
  best_b.assign(wb.size(), 0.0);
  double rel_max = 0;
  for (std::size_t p = 0; p < open_a.size(); ++p)
    for (std::size_t q = 0; q < open_b.size(); ++q) {
      const double r = rel[p * open_b.size() + q];
      best_a[open_a[p]] = std::max(best_a[open_a[p]], r);
      best_b[open_b[q]] = std::max(best_b[open_b[q]], r);
      rel_max = std::max(rel_max, r);
    }
  auto soft_credit = [&](const std::vector<double>& best, std::size_t i) {
    return best[i] >= 0.3 ? 0.5 * best[i] : 0.0;
  };

  struct Cov { double ic = 0, flat = 0, soft = 0, unaligned = 0, exact = 0, linked = 0; std::size_t content = 0; };
  auto coverage = [&](const std::vector<SideWord>& ws, const std::vector<double>& best) {
    Cov c;
    double total_ic = 0, total_flat = 0, soft = 0;
    for (const SideWord& w : ws) {
      const double flat_w = w.function ? ctx.function_word_weight : 1.0;
      total_ic += w.weight;
      total_flat += flat_w;
      c.ic += w.weight * w.strength;
      c.flat += flat_w * w.strength;
      if (!w.function) {
        ++c.content;
        if (w.strength == 0) c.unaligned += w.weight;
        else {
          c.linked += w.weight;
          if (w.kind == LinkKind::kExact || w.kind == LinkKind::kNumber) c.exact += w.weight;
        }
      }
      soft += w.weight * std::max(w.strength, soft_credit(best, static_cast<std::size_t>(&w - ws.data())));
    }
    c.ic = total_ic > 0 ? c.ic / total_ic : 0;
    c.flat = total_flat > 0 ? c.flat / total_flat : 0;
    c.soft = total_ic > 0 ? soft / total_ic : 0;
    return c;
  };
  const Cov ca = coverage(wa, best_a), cb = coverage(wb, best_b);
  out.coverage_original = ca.flat;
  out.coverage_retranslated = cb.flat;

  thread_local std::string ja, jb;
  joined(a, ra, ja);
  joined(b, rb, jb);
  const double chrf_mean = chrf_symmetric(ja, jb, ctx.chrf_order);
  out.chrf = chrf_mean;

  // Word bigrams over match keys of the words, in order.
  // (Hashed: a sorted multiset of 64-bit bigram hashes; common = multiset
  // intersection size.)
  auto bigrams = [](const std::vector<SideWord>& ws) {
    std::vector<std::uint64_t> m;
    m.reserve(ws.size());
    auto hash = [](std::uint64_t h, const std::string& k) {
      for (unsigned char c : k) h = (h ^ c) * 1099511628211ULL;
      return h;
    };
    for (std::size_t i = 0; i + 1 < ws.size(); ++i)
      m.push_back(hash((hash(1469598103934665603ULL, ws[i].key) ^ 0x1f) * 1099511628211ULL, ws[i + 1].key));
    std::sort(m.begin(), m.end());
    return m;
  };
  const auto ba = bigrams(wa), bb = bigrams(wb);
  const int na = static_cast<int>(ba.size()), nb = static_cast<int>(bb.size());
  int common = 0;
  for (std::size_t i = 0, j = 0; i < ba.size() && j < bb.size();) {
    if (ba[i] < bb[j]) ++i;
    else if (bb[j] < ba[i]) ++j;
    else ++common, ++i, ++j;
  }
  const double dice = na + nb > 0 ? 2.0 * common / (na + nb) : 1.0;

  bool number_mismatch = false;
  int neg_a = 0, neg_b = 0;
  for (const SideWord& w : wa) number_mismatch |= w.number && w.strength == 0, neg_a += w.negator;
  for (const SideWord& w : wb) number_mismatch |= w.number && w.strength == 0, neg_b += w.negator;

  double vec = 0;
  if (ctx.vectors) {
    // Information-weighted mean of each word's best cosine on the other side.
    auto side = [&](const std::vector<SideWord>& xs, const std::vector<SideWord>& ys) {
      double s = 0, t = 0;
      for (const SideWord& x : xs) {
        if (x.function) continue;
        double best = x.strength > 0 ? 1.0 : 0.0;
        if (best < 1)
          for (const SideWord& y : ys)
            if (!y.function) best = std::max(best, ctx.vectors->cosine(x.key, y.key));
        s += x.weight * best;
        t += x.weight;
      }
      return t > 0 ? s / t : 0.0;
    };
    vec = hmean(side(wa, wb), side(wb, wa));
  }

  // WordNet vectors: each content word's best cosine on the other side
  // (aligned words count 1), weighted by information content.
  double wn_align = 0, wn_sent = 0;
  if (const WordNetVectors* v = ctx.wordnet_vectors; v && v->size() > 0) {
    auto side = [&](const std::vector<SideWord>& xs, const std::vector<SideWord>& ys) {
      double s = 0, t = 0;
      for (const SideWord& x : xs) {
        if (x.function) continue;
        double best = x.strength > 0 ? 1.0 : 0.0;
        if (best < 1 && x.vec >= 0)
          for (const SideWord& y : ys)
            if (!y.function && y.vec >= 0) best = std::max(best, v->cosine(x.vec, y.vec));
        s += x.weight * best;
        t += x.weight;
      }
      return t > 0 ? s / t : 0.0;
    };
    wn_align = hmean(side(wa, wb), side(wb, wa));
    thread_local std::vector<double> sa, sb;
    sa.assign(static_cast<std::size_t>(v->dim()), 0.0);
    sb.assign(static_cast<std::size_t>(v->dim()), 0.0);
    for (const SideWord& x : wa) v->add(x.vec, x.weight, sa);
    for (const SideWord& y : wb) v->add(y.vec, y.weight, sb);
    double dot = 0, na2 = 0, nb2 = 0;
    for (std::size_t j = 0; j < sa.size(); ++j) dot += sa[j] * sb[j], na2 += sa[j] * sa[j], nb2 += sb[j] * sb[j];
    wn_sent = na2 > 0 && nb2 > 0 ? dot / std::sqrt(na2 * nb2) : 0.0;
  }
  std::size_t aligned_content = 0, content = 0;
  for (const auto* ws : {&wa, &wb})
    for (const SideWord& w : *ws)
      if (!w.function) ++content, aligned_content += w.strength > 0;

  FeatureVector f{};
  f[0] = std::min(ca.ic, cb.ic);
  f[1] = std::max(ca.ic, cb.ic);
  f[2] = hmean(ca.flat, cb.flat);
  f[3] = std::min(ca.soft, cb.soft);
  f[4] = std::max(ca.soft, cb.soft);
  f[5] = chrf_mean;
  thread_local Bag grams_a, grams_b;
  char_grams(wa, grams_a);
  char_grams(wb, grams_b);
  f[6] = cosine(grams_a, grams_b);
  f[7] = std::log1p(ca.unaligned + cb.unaligned);
  f[8] = std::abs(std::log((1.0 + ca.content) / (1.0 + cb.content)));
  f[9] = dice;
  f[10] = ca.linked + cb.linked > 0 ? (ca.exact + cb.exact) / (ca.linked + cb.linked) : 0.0;
  f[11] = number_mismatch ? 1.0 : 0.0;
  f[12] = (neg_a % 2) != (neg_b % 2) ? 1.0 : 0.0;
  f[13] = f[0] * f[0];
  f[14] = f[0] * f[5];
  f[15] = vec;
  f[16] = wn_align;
  f[17] = wn_sent;
  f[18] = content > 0 ? static_cast<double>(aligned_content) / static_cast<double>(content) : 1.0;
  f[19] = wn_align * f[0];

  // Leftovers: the unaligned content words of each side.
  thread_local std::vector<const SideWord*> la, lb;
  la.clear();
  lb.clear();
  for (const SideWord& w : wa)
    if (!w.function && !w.number && w.strength == 0) la.push_back(&w);
  for (const SideWord& w : wb)
    if (!w.function && !w.number && w.strength == 0) lb.push_back(&w);
  double left_vec = 1.0;
  if (const WordNetVectors* v = ctx.wordnet_vectors; v && v->size() > 0 && !(la.empty() && lb.empty())) {
    double s = 0, t = 0;
    auto side = [&](const std::vector<const SideWord*>& xs, const std::vector<const SideWord*>& ys) {
      for (const SideWord* x : xs) {
        double best = 0;
        if (x->vec >= 0)
          for (const SideWord* y : ys)
            if (y->vec >= 0) best = std::max(best, v->cosine(x->vec, y->vec));
        s += x->weight * best;
        t += x->weight;
      }
    };
    side(la, lb);
    side(lb, la);
    left_vec = t > 0 ? s / t : 0.0;
  }
  // Word order: the longest increasing run (subsequence) of the other side's
  // positions of side a's aligned content words, in a's order.
  thread_local std::vector<long> order, tails;
  order.clear();
  tails.clear();
  for (const SideWord& w : wa)
    if (!w.function && w.strength > 0 && w.other >= 0) order.push_back(w.other);
  for (long o : order) {
    const auto it = std::lower_bound(tails.begin(), tails.end(), o);
    if (it == tails.end()) tails.push_back(o);
    else *it = o;
  }
  std::size_t names = 0, names_aligned = 0, numbers = 0, numbers_aligned = 0;
  double weak = 0;
  for (const auto* ws : {&wa, &wb})
    for (const SideWord& w : *ws) {
      if (w.name) ++names, names_aligned += w.strength > 0;
      if (w.number) ++numbers, numbers_aligned += w.strength > 0;
      if (!w.function && w.strength > 0 && (w.kind == LinkKind::kSynonym || w.kind == LinkKind::kRelated))
        weak += w.weight;
    }
  f[20] = std::log1p(static_cast<double>(std::min(ca.content, cb.content)));
  f[21] = std::log1p(static_cast<double>(std::max(ca.content, cb.content)));
  f[22] = static_cast<double>(std::min(la.size(), lb.size()));
  f[23] = static_cast<double>(std::max(la.size(), lb.size()));
  f[24] = std::min(ca.unaligned, cb.unaligned);
  f[25] = std::max(ca.unaligned, cb.unaligned);
  f[26] = rel_max;
  f[27] = left_vec;
  f[28] = antonym ? 1.0 : 0.0;
  f[29] = order.empty() ? 1.0 : static_cast<double>(tails.size()) / static_cast<double>(order.size());
  f[30] = names > 0 ? static_cast<double>(names_aligned) / static_cast<double>(names) : 1.0;
  f[31] = numbers > 0 ? static_cast<double>(numbers_aligned) / static_cast<double>(numbers) : 1.0;
  f[32] = ca.ic * cb.ic;
  f[33] = std::min(ca.flat, cb.flat);
  f[34] = ca.linked + cb.linked > 0 ? weak / (ca.linked + cb.linked) : 0.0;

  // Structure: who did what to whom. Only where word order counts (the
  // structure gate is open: nearly all words aligned); elsewhere drift 0,
  // which also keeps the cost down. analyze_structure reads the alignment
  // from the original's side; it is run both ways and averaged so that the
  // signal stays symmetric.
  out.structure = 0.0;
  f[35] = 0.0;
  if (const double gate = structure_gate(f[2]); gate > 0) {
    const StructureSignals s_ab = analyze_structure(a, ra, b, rb, out.words).signals;
    WordAlignment flipped;
    flipped.links.reserve(out.words.links.size());
    for (const WordLink& l : out.words.links) flipped.links.push_back({l.retranslated, l.original, l.kind, l.strength});
    std::sort(flipped.links.begin(), flipped.links.end(), [](const WordLink& x, const WordLink& y) {
      return x.original != y.original ? x.original < y.original : x.retranslated < y.retranslated;
    });
    flipped.unaligned_original = out.words.unaligned_retranslated;
    flipped.unaligned_retranslated = out.words.unaligned_original;
    const StructureSignals s_ba = analyze_structure(b, rb, a, ra, flipped).signals;
    out.structure = 0.5 * (s_ab.drift + s_ba.drift);
    f[35] = out.structure * gate;
  }

  const SentenceStyle sa = sentence_style(a, ra), sb = sentence_style(b, rb);
  for (std::size_t k = 0; k < sa.size(); ++k) {
    f[36 + 2 * k] = std::min(sa[k], sb[k]);
    f[37 + 2 * k] = std::max(sa[k], sb[k]);
  }
  // What kind of word was left out: unaligned content mass by semantic class.
  const WordClassMass ma = unaligned_by_class(wa, ctx.wordnet), mb = unaligned_by_class(wb, ctx.wordnet);
  for (std::size_t k = 0; k < kWordClasses; ++k) {
    f[48 + 2 * k] = std::min(ma[k], mb[k]);
    f[49 + 2 * k] = std::max(ma[k], mb[k]);
  }
  // What one side has and the other lacks: the longest run of adjacent
  // unaligned words that holds a content word or number, unaligned numbers, a
  // quotation, an unaligned speaker verb.
  struct Extra { std::size_t run = 0, numbers = 0; bool quote = false, speaker = false; };
  auto extra = [](const Document& d, TokenRange r, const std::vector<SideWord>& ws) {
    Extra e;
    std::size_t run = 0;
    bool has_content = false;
    for (const SideWord& w : ws) {
      if (w.strength > 0) {
        run = 0, has_content = false;
        continue;
      }
      ++run;
      has_content = has_content || !w.function;
      if (has_content) e.run = std::max(e.run, run);
      e.numbers += w.number;
      e.speaker = e.speaker || wordclass::is_feature_speaker_verb(d.tokens[w.token].norm);
    }
    for (std::size_t t = r.begin; t < r.end; ++t)
      if (d.tokens[t].kind == TokenKind::kPunct && d.tokens[t].norm == "\"") e.quote = true;
    return e;
  };
  const Extra ea = extra(a, ra, wa), eb = extra(b, rb, wb);
  f[78] = std::log1p(static_cast<double>(std::min(ea.run, eb.run)));
  f[79] = std::log1p(static_cast<double>(std::max(ea.run, eb.run)));
  f[80] = static_cast<double>(std::min(ea.numbers, eb.numbers));
  f[81] = static_cast<double>(std::max(ea.numbers, eb.numbers));
  f[82] = ea.quote != eb.quote ? 1.0 : 0.0;
  f[83] = ea.speaker || eb.speaker ? 1.0 : 0.0;
  if (f[46] >= std::log(15.5)) {  // words_min: both sides 15+ words
    constexpr std::array<std::size_t, 12> kLong = {0, 1, 2, 3, 5, 7, 25, 23, 79, 16, 32, 18};
    for (std::size_t k = 0; k < kLong.size(); ++k) f[84 + k] = f[kLong[k]];
  }
  return f;
}

}  // namespace transdrift
