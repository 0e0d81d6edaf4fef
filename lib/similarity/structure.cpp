// Structure signals over a word alignment; see structure.hpp.
#include "similarity/structure.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <string>

#include "similarity/word_aligner.hpp"

namespace transdrift {
namespace embedded {
std::string_view structure_weights_tsv();
}

namespace {

constexpr long kNone = -1;
// Quadratic signals (crossing) look at no more than this many content words a side.
constexpr std::size_t kMaxQuadratic = 300;
// A run of aligned words may hold up to this many unaligned words on either side.
constexpr long kMaxBlockGap = 2;
// Loose swaps (no neighbour evidence): at most this many blocks, evidence scaled by this.
constexpr long kMaxLooseBlocks = 300;
constexpr double kLooseWeight = 0.5;
// Neighbouring content words: at most this many word positions apart.
constexpr long kWindow = 3;

bool in(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool is_preposition(std::string_view w) {
  return in(w, {"of", "in", "to", "for", "with", "on", "at", "from", "by", "about", "into", "through", "after",
                "over", "between", "against", "during", "without", "before", "under", "around", "among",
                "within", "along", "across", "behind", "beyond", "near", "since", "toward", "towards", "upon",
                "via", "throughout", "until", "onto", "despite", "per", "beside", "inside", "outside", "like",
                "than", "as"});
}
bool is_determiner(std::string_view w) {
  return in(w, {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
                "those", "some", "any", "each", "every"});
}
// Words that may stand between two reordered list items.
bool is_list_word(std::string_view w) {
  return is_determiner(w) || in(w, {"and", "or", "nor", "as", "well", "both", "either", "also", "plus", "&"});
}
bool is_list_punct(std::string_view w) { return in(w, {",", ";", "(", ")", "/", "-", "'", "\"", "``", "''"}); }
bool is_be(std::string_view w) {
  return in(w, {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "get", "got", "gets"});
}
// Words that open a phrase that may move as a whole (clause fronting).
bool opens_phrase(std::string_view w) {
  return is_preposition(w) || in(w, {"and", "or", "but", "when", "where", "while", "which", "who", "whom", "that",
                                     "because", "although", "though", "if", "once", "also", "then"});
}

struct Words {
  const Document* doc = nullptr;
  TokenRange range;
  std::vector<std::size_t> token;  // word position -> token index
  std::vector<bool> content;
  std::vector<long> link;          // word position -> word position on the other side
  std::vector<double> strength;
  std::vector<long> pos_of;        // token - range.begin -> word position, kNone for non-words

  const std::string& norm(long p) const { return doc->tokens[token[p]].norm; }
  long size() const { return static_cast<long>(token.size()); }
};

Words collect(const Document& doc, TokenRange range) {
  Words w;
  w.doc = &doc;
  w.range = range;
  w.pos_of.assign(range.size(), kNone);
  for (std::size_t t = range.begin; t < range.end; ++t) {
    const Token& tok = doc.tokens[t];
    if (!is_word_token(tok)) continue;
    w.pos_of[t - range.begin] = static_cast<long>(w.token.size());
    w.token.push_back(t);
    w.content.push_back(!is_function_word(tok.norm));
  }
  w.link.assign(w.token.size(), kNone);
  w.strength.assign(w.token.size(), 0.0);
  return w;
}

long position(const Words& w, std::size_t token) {
  if (token < w.range.begin || token >= w.range.end) return kNone;
  return w.pos_of[token - w.range.begin];
}

struct Block {
  std::vector<long> a;  // word positions of the original, ascending
  long b_first = 0, b_last = 0;
  double content = 0;   // content words in the block
  double strength = 0;  // mean link strength
  long rank_b = 0;      // index in the order of the retranslation
};

double block_weight(const Block& b) { return b.content + 0.1 * (static_cast<double>(b.a.size()) - b.content); }

// Tokens of `w`'s document strictly between word positions `from` and `to`.
template <class F>
bool all_between(const Words& w, long from, long to, F ok) {
  if (from >= to) return true;
  const std::size_t first = from < 0 ? w.range.begin : w.token[from] + 1;
  const std::size_t last = to >= w.size() ? w.range.end : w.token[to];
  for (std::size_t t = first; t < last; ++t)
    if (!ok(w.doc->tokens[t])) return false;
  return true;
}

// The preposition governing word position p (immediately before it, past
// determiners and numbers); empty when none.
std::string_view governing_preposition(const Words& w, long p) {
  for (long k = p - 1; k >= 0 && k >= p - 3; --k) {
    const std::string& n = w.norm(k);
    if (is_preposition(n)) return n;
    if (!is_determiner(n) && w.doc->tokens[w.token[k]].kind != TokenKind::kNumber) return {};
  }
  return {};
}

// True when `word` stands right before word position `first` of `w`, past up to two determiners.
bool preceded_by(const Words& w, long first, std::string_view word) {
  for (long k = first - 1; k >= 0 && k >= first - 3; --k) {
    if (w.norm(k) == word) return true;
    if (!is_determiner(w.norm(k))) return false;
  }
  return false;
}

// A list item: a separator ("," "and" "or" "&" parentheses) right before
// the words first..last (past determiners) or right after them.
bool list_item(const Words& w, long first, long last) {
  const auto separator = [](std::string_view n) {
    return in(n, {",", ";", "and", "or", "&", "(", ")", "as", "well", "nor"});
  };
  std::size_t t = w.token[first];
  while (t > w.range.begin && is_determiner(w.doc->tokens[t - 1].norm)) --t;
  if (t > w.range.begin && separator(w.doc->tokens[t - 1].norm)) return true;
  const std::size_t after = w.token[last] + 1;
  return after < w.range.end && separator(w.doc->tokens[after].norm);
}

bool has_be(const Words& w, long from, long to) {
  for (long k = std::max(0L, from + 1); k < std::min(w.size(), to); ++k)
    if (is_be(w.norm(k))) return true;
  return false;
}

class Analyzer {
 public:
  Analyzer(const Document& da, TokenRange ra, const Document& db, TokenRange rb, const WordAlignment& words)
      : a_(collect(da, ra)), b_(collect(db, rb)) {
    for (const WordLink& l : words.links) {
      const long i = position(a_, l.original), j = position(b_, l.retranslated);
      if (i == kNone || j == kNone || a_.link[i] != kNone || b_.link[j] != kNone) continue;
      a_.link[i] = j;
      b_.link[j] = i;
      a_.strength[i] = b_.strength[j] = l.strength;
    }
  }

  StructureAnalysis run(const StructureWeights& weights) {
    StructureAnalysis out;
    make_blocks();
    swaps(out);
    loose_swaps(out);
    moves(out);
    StructureSignals& s = out.signals;
    for (const StructureEvent& e : out.events) {
      switch (e.change) {
        case StructureChange::kRoleSwap: s.role_swap += e.weight; break;
        case StructureChange::kListSwap:
        case StructureChange::kCopula:
        case StructureChange::kPassive: s.benign_swap += e.weight; break;
        case StructureChange::kMove: (e.phrase ? s.phrase_move : s.bare_move) += e.weight; break;
      }
    }
    for (double* v : {&s.role_swap, &s.benign_swap, &s.bare_move, &s.phrase_move}) *v = std::min(2.0, *v);
    s.crossing = crossing();
    s.context = 0.5 * (broken_context(a_) + broken_context(b_));
    s.preposition = preposition_changes();
    s.drift = weights.combine(s);
    return out;
  }

 private:
  void make_blocks() {
    long prev = kNone;
    for (long i = 0; i < a_.size(); ++i) {
      const long j = a_.link[i];
      if (j == kNone) continue;
      bool extend = false;
      if (prev != kNone && !blocks_.empty()) {
        const long pj = a_.link[prev];
        extend = i - prev - 1 <= kMaxBlockGap && j > pj && j - pj - 1 <= kMaxBlockGap;
        for (long k = pj + 1; extend && k < j; ++k) extend = b_.link[k] == kNone;
        // A sentence boundary or a clause comma between them ends the run on either side.
        extend = extend && all_between(a_, prev, i, [](const Token& t) { return t.norm != "." && t.norm != ";"; });
      }
      if (!extend) {
        blocks_.emplace_back();
        blocks_.back().b_first = j;
      }
      Block& blk = blocks_.back();
      blk.a.push_back(i);
      blk.b_last = j;
      blk.content += a_.content[i] ? 1 : 0;
      blk.strength += a_.strength[i];
      prev = i;
    }
    for (Block& b : blocks_) b.strength /= static_cast<double>(b.a.size());
    order_b_.resize(blocks_.size());
    for (std::size_t k = 0; k < blocks_.size(); ++k) order_b_[k] = k;
    std::sort(order_b_.begin(), order_b_.end(),
              [&](std::size_t x, std::size_t y) { return blocks_[x].b_first < blocks_[y].b_first; });
    for (std::size_t r = 0; r < order_b_.size(); ++r) blocks_[order_b_[r]].rank_b = static_cast<long>(r);
    in_swap_.assign(blocks_.size(), false);
  }

  long n_blocks() const { return static_cast<long>(blocks_.size()); }
  // Neighbouring block in the order of the original (A) or the retranslation
  // (B); -1 before the first, n_blocks() after the last.
  long left_a(long p) const { return p - 1; }
  long right_a(long p) const { return p + 1; }
  long left_b(long p) const {
    const long r = blocks_[p].rank_b;
    return r == 0 ? -1 : static_cast<long>(order_b_[r - 1]);
  }
  long right_b(long p) const {
    const long r = blocks_[p].rank_b;
    return r + 1 >= n_blocks() ? n_blocks() : static_cast<long>(order_b_[r + 1]);
  }

  // Two blocks that took each other's place: each now has a neighbour the
  // other had. Adjacent blocks count only as list items with something
  // between them on both sides ("X, Y" -> "Y, X"); else they are one moved
  // block. Linear:
  // the partner of p can only be the block now after p's left neighbour or
  // before its right neighbour.
  void swaps(StructureAnalysis& out) {
    const long n = n_blocks();
    for (long p = 0; p < n; ++p) {
      if (in_swap_[p] || blocks_[p].content == 0) continue;
      const long from_left = p == 0 ? static_cast<long>(order_b_[0]) : (p - 1 < n ? right_b(p - 1) : n);
      const long from_right = p + 1 >= n ? static_cast<long>(order_b_[n - 1]) : left_b(p + 1);
      for (long q : {from_left, from_right}) {
        if (q <= p || q >= n || in_swap_[q] || blocks_[q].content == 0) continue;
        if (blocks_[q].rank_b > blocks_[p].rank_b) continue;
        const bool q_in_p = left_b(q) == left_a(p) || right_b(q) == right_a(p);
        const bool p_in_q = left_b(p) == left_a(q) || right_b(p) == right_a(q);
        if (!q_in_p || !p_in_q) continue;
        if (q == p + 1 && (a_.token[blocks_[p].a.back()] + 1 == a_.token[blocks_[q].a.front()] ||
                           b_.token[blocks_[q].b_last] + 1 == b_.token[blocks_[p].b_first]))
          continue;
        // The words between them must stay between them: an aligned word of
        // the original's middle whose counterpart is in the retranslation's
        // middle ("a sound like a drum" -> "a drum-like sound" is not a swap).
        if (!shared_middle(blocks_[p], blocks_[q]) && q != p + 1) continue;
        StructureEvent e = swap_event(blocks_[p], blocks_[q]);
        // Adjacent phrases that trade places around a comma are a clause
        // reordered ("From X, Y was born" -> "Y was born from X"): left to moves.
        if (q == p + 1 && e.change != StructureChange::kListSwap) continue;
        in_swap_[p] = in_swap_[q] = true;
        out.events.push_back(std::move(e));
        break;
      }
    }
  }

  // Second pass, looser: two blocks in reversed order with words between
  // them that stay between them, whatever their neighbours now are (a swap
  // with other edits around it). Quadratic, so only for short pairs.
  void loose_swaps(StructureAnalysis& out) {
    const long n = n_blocks();
    if (n > kMaxLooseBlocks) return;
    for (long p = 0; p < n; ++p) {
      if (in_swap_[p] || blocks_[p].content == 0) continue;
      for (long q = p + 2; q < n; ++q) {
        if (in_swap_[q] || blocks_[q].content == 0 || blocks_[q].rank_b > blocks_[p].rank_b) continue;
        if (!shared_middle(blocks_[p], blocks_[q])) continue;
        StructureEvent e = swap_event(blocks_[p], blocks_[q]);
        e.weight *= kLooseWeight;
        in_swap_[p] = in_swap_[q] = true;
        out.events.push_back(std::move(e));
        break;
      }
    }
  }

  bool shared_middle(const Block& x, const Block& y) const {
    for (long k = x.a.back() + 1; k < y.a.front(); ++k)
      if (a_.link[k] != kNone && a_.link[k] > y.b_last && a_.link[k] < x.b_first) return true;
    return false;
  }

  StructureEvent swap_event(const Block& x, const Block& y) const {
    StructureEvent e;
    fill(x, e.original, e.retranslated);
    fill(y, e.partner_original, e.partner_retranslated);
    // The middle: words between the two blocks on each side.
    const long a_from = x.a.back(), a_to = y.a.front();
    const long b_from = y.b_last, b_to = x.b_first;
    double middle_content = 0;
    for (long k = a_from + 1; k < a_to; ++k) middle_content += a_.content[k] ? 1 : 0;
    e.distance = middle_content;
    const auto list_like = [](const Token& t) {
      return is_word_token(t) ? is_list_word(t.norm) : is_list_punct(t.norm);
    };
    // Other list items may sit between two swapped items: content words, but
    // no function word except list words (a preposition or verb there links
    // the two items).
    const auto items_like = [](const Token& t) {
      return is_word_token(t) ? !is_function_word(t.norm) || is_list_word(t.norm) : is_list_punct(t.norm);
    };
    const bool list = (all_between(a_, a_from, a_to, list_like) && all_between(b_, b_from, b_to, list_like)) ||
                      (list_item(a_, x.a.front(), x.a.back()) && list_item(a_, y.a.front(), y.a.back()) &&
                       list_item(b_, x.b_first, x.b_last) && list_item(b_, y.b_first, y.b_last) &&
                       all_between(a_, a_from, a_to, items_like) && all_between(b_, b_from, b_to, items_like));
    // "X is Y" -> "Y is X": only a form of "be" (and articles) between.
    const auto copula_like = [](const Token& t) {
      return !is_word_token(t) || is_be(t.norm) || is_determiner(t.norm) || t.norm == "also";
    };
    const bool copula = has_be(a_, a_from, a_to) && all_between(a_, a_from, a_to, copula_like) &&
                        all_between(b_, b_from, b_to, copula_like);
    const bool passive_b = preceded_by(b_, x.b_first, "by") && !preceded_by(a_, x.a.front(), "by") &&
                           has_be(b_, b_from, b_to);
    const bool passive_a = preceded_by(a_, y.a.front(), "by") && !preceded_by(b_, y.b_first, "by") &&
                           has_be(a_, a_from, a_to);
    e.change = list                      ? StructureChange::kListSwap
               : copula                  ? StructureChange::kCopula
               : (passive_a || passive_b) ? StructureChange::kPassive
                                         : StructureChange::kRoleSwap;
    e.weight = 0.5 * (x.strength + y.strength);
    return e;
  }

  // The block's words on both sides, without function words at its edges
  // ("the senator" -> "senator"; a block of only function words is kept).
  void fill(const Block& blk, std::vector<std::size_t>& o, std::vector<std::size_t>& r) const {
    std::size_t first = 0, last = blk.a.size();
    while (first + 1 < last && !a_.content[blk.a[first]]) ++first;
    while (last - 1 > first && !a_.content[blk.a[last - 1]]) --last;
    for (std::size_t k = first; k < last; ++k) {
      o.push_back(a_.token[blk.a[k]]);
      r.push_back(b_.token[a_.link[blk.a[k]]]);
    }
  }

  // Blocks off the heaviest in-order chain that are not in a swap.
  void moves(StructureAnalysis& out) {
    const long n = n_blocks();
    if (n < 2) return;
    // Heaviest increasing subsequence of rank_b in A order (quadratic in blocks, capped).
    if (n > 2000) return;
    std::vector<double> best(n, 0);
    std::vector<long> back(n, kNone);
    // Blocks already in a swap are left out of the chain: the words around
    // a swap did not move.
    for (long p = 0; p < n; ++p) {
      if (in_swap_[p]) continue;
      best[p] = block_weight(blocks_[p]);
      for (long q = 0; q < p; ++q)
        if (!in_swap_[q] && blocks_[q].rank_b < blocks_[p].rank_b && best[q] + block_weight(blocks_[p]) > best[p]) {
          best[p] = best[q] + block_weight(blocks_[p]);
          back[p] = q;
        }
    }
    long end = static_cast<long>(std::max_element(best.begin(), best.end()) - best.begin());
    std::vector<bool> chain(n, false);
    for (long p = end; p != kNone; p = back[p]) chain[p] = true;
    // Content of chain blocks before each A position and each B rank.
    std::vector<double> before_a(n + 1, 0), before_b(n + 1, 0);
    for (long p = 0; p < n; ++p) before_a[p + 1] = before_a[p] + (chain[p] ? blocks_[p].content : 0);
    for (long r = 0; r < n; ++r)
      before_b[r + 1] = before_b[r] + (chain[order_b_[r]] ? blocks_[order_b_[r]].content : 0);
    for (long p = 0; p < n; ++p) {
      const Block& blk = blocks_[p];
      if (chain[p] || in_swap_[p] || blk.content == 0) continue;
      const double distance = std::abs(before_a[p] - before_b[blk.rank_b]);
      if (distance <= 0) continue;
      StructureEvent e;
      e.change = StructureChange::kMove;
      fill(blk, e.original, e.retranslated);
      e.distance = distance;
      e.phrase = is_phrase(blk);
      e.weight = blk.strength * std::min(1.0, distance / 3.0);
      out.events.push_back(std::move(e));
    }
  }

  // A block that looks like a whole phrase: it opens with a preposition or
  // conjunction (on either side, the opener may be just outside the block), or
  // it sits between clause punctuation or the sentence edge on either side.
  bool is_phrase(const Block& blk) const {
    const long a0 = blk.a.front(), a1 = blk.a.back();
    const auto edge = [](const Words& w, long first, long last) {
      const bool left = first == 0 || !all_between(w, first - 1, first, [](const Token& t) {
        return t.norm != "," && t.norm != "(" && t.norm != ";";
      });
      const bool right = last + 1 >= w.size() || !all_between(w, last, last + 1, [](const Token& t) {
        return t.norm != "," && t.norm != ")" && t.norm != ";";
      });
      return left || right;
    };
    if (opens_phrase(a_.norm(a0)) || (a0 > 0 && opens_phrase(a_.norm(a0 - 1)))) return true;
    if (opens_phrase(b_.norm(blk.b_first)) || (blk.b_first > 0 && opens_phrase(b_.norm(blk.b_first - 1))))
      return true;
    return edge(a_, a0, a1) && edge(b_, blk.b_first, blk.b_last);
  }

  // Distance-weighted share of crossing pairs among aligned content words.
  double crossing() const {
    std::vector<long> seq;  // counterparts of aligned content words, in A order
    std::vector<long> pos;
    for (long i = 0; i < a_.size(); ++i)
      if (a_.content[i] && a_.link[i] != kNone) {
        seq.push_back(a_.link[i]);
        pos.push_back(i);
      }
    if (seq.size() < 2 || seq.size() > kMaxQuadratic) return 0.0;
    double crossed = 0, total = 0;
    for (std::size_t x = 0; x < seq.size(); ++x)
      for (std::size_t y = x + 1; y < seq.size(); ++y) {
        total += 1;
        if (seq[x] > seq[y]) crossed += std::min(1.0, static_cast<double>(seq[x] - seq[y]) / kWindow);
      }
    return total > 0 ? crossed / total : 0.0;
  }

  // Share of neighbouring aligned content words of `w` whose counterparts are
  // not neighbours in the same order on the other side.
  static double broken_context(const Words& w) {
    double pairs = 0, broken = 0;
    for (long i = 0; i < w.size(); ++i) {
      if (!w.content[i] || w.link[i] == kNone) continue;
      long k = i + 1;
      while (k < w.size() && k <= i + kWindow && !w.content[k]) ++k;
      if (k >= w.size() || k > i + kWindow || w.link[k] == kNone) continue;
      if (!all_between(w, i, k, [](const Token& t) { return t.norm != "." && t.norm != ";"; })) continue;
      pairs += 1;
      const long d = w.link[k] - w.link[i];
      if (d <= 0 || d > kWindow) broken += 1;
    }
    return pairs > 0 ? broken / pairs : 0.0;
  }

  // Share of aligned content words (with a governing preposition on either
  // side) whose preposition differs.
  double preposition_changes() const {
    double seen = 0, changed = 0;
    for (long i = 0; i < a_.size(); ++i) {
      if (!a_.content[i] || a_.link[i] == kNone) continue;
      const std::string_view pa = governing_preposition(a_, i), pb = governing_preposition(b_, a_.link[i]);
      if (pa.empty() && pb.empty()) continue;
      seen += 1;
      if (pa != pb) changed += 1;
    }
    return seen > 0 ? changed / seen : 0.0;
  }

  Words a_, b_;
  std::vector<Block> blocks_;
  std::vector<std::size_t> order_b_;
  std::vector<bool> in_swap_;
};

}  // namespace

std::string_view to_string(StructureChange c) {
  switch (c) {
    case StructureChange::kRoleSwap: return "role_swap";
    case StructureChange::kListSwap: return "list_swap";
    case StructureChange::kCopula: return "copula";
    case StructureChange::kPassive: return "passive";
    case StructureChange::kMove: return "move";
  }
  return "unknown";
}

const std::array<std::string_view, StructureSignals::kCount>& StructureSignals::names() {
  static const std::array<std::string_view, kCount> n{"role_swap", "benign_swap", "bare_move", "phrase_move",
                                                      "crossing",  "context",     "preposition"};
  return n;
}

StructureWeights StructureWeights::parse(std::string_view text) {
  StructureWeights w;
  const auto& names = StructureSignals::names();
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    const std::string_view name = line.substr(0, tab);
    const std::string value(line.substr(tab + 1));
    char* end = nullptr;
    const double v = std::strtod(value.c_str(), &end);
    if (end == value.c_str()) continue;
    if (name == "bias") {
      w.bias = v;
      continue;
    }
    for (std::size_t k = 0; k < names.size(); ++k)
      if (names[k] == name) w.weights[k] = v;
  }
  return w;
}

const StructureWeights& StructureWeights::builtin() {
  static const StructureWeights w = parse(embedded::structure_weights_tsv());
  return w;
}

double StructureWeights::combine(const StructureSignals& s) const {
  const auto sigmoid = [](double z) { return 1.0 / (1.0 + std::exp(-z)); };
  const auto x = s.values();
  double z = bias;
  for (std::size_t k = 0; k < x.size(); ++k) z += weights[k] * x[k];
  const double base = sigmoid(bias);
  if (base >= 1.0) return 0.0;
  return std::clamp((sigmoid(z) - base) / (1.0 - base), 0.0, 1.0);
}

StructureAnalysis analyze_structure(const Document& original, TokenRange original_tokens,
                                    const Document& retranslated, TokenRange retranslated_tokens,
                                    const WordAlignment& words, const StructureWeights& weights) {
  return Analyzer(original, original_tokens, retranslated, retranslated_tokens, words).run(weights);
}

}  // namespace transdrift
