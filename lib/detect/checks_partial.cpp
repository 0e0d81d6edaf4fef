// Partial omissions and additions: content words on one side of an aligned
// pair that have no counterpart and that no other check explained (a dropped
// clause, an invented qualifier). Weighted by how much information the words
// carry, so "a recently passed law" -> "the law" outweighs a dropped "also".
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "detect/checks.hpp"
#include "similarity/word_aligner.hpp"
#include "text/wordclass.hpp"

namespace transdrift {
namespace {

bool explained(const std::vector<Finding>& out, std::size_t bead, Side side, Span s) {
  for (const Finding& f : out) {
    if (f.bead != bead) continue;
    const Span other = side == Side::kOriginal ? f.original : f.retranslated;
    if (!other.empty() && other.start < s.end && s.start < other.end) return true;
  }
  return false;
}

// Tokens beyond the flow at which a link strays; closer is a local
// reordering ("technology in all its forms" / "all forms of technology").
constexpr std::size_t kStrayDistance = 8;

// Links that stray from the flow of the alignment and hang on a repeated
// word: a cluster of up to four consecutive links whose partners lie more
// than kStrayDistance tokens outside the stretch between the partners of the
// links just before and after it, and whose content words all occur again,
// linked, elsewhere on the same side (and not in that stretch on the other).
// The word aligner pairs a repeated word with any free copy of it ("...
// reiterates Washington's commitment ..., including in the United States,
// where ..." / "... reiterates the U.S. government's commitment ...", the
// first "United States" linked in place): the stray cluster's words are then
// as good as unlinked, and the clause around them was dropped. Returns, per
// side, the tokens of such links (sorted).
std::array<std::vector<std::size_t>, 2> stray_links(const BeadView& view) {
  std::array<std::vector<std::size_t>, 2> out;
  const auto& links = view.score()->words.links;
  for (Side side : {Side::kOriginal, Side::kRetranslated}) {
    const bool orig = side == Side::kOriginal;
    // (this side's token, the other side's token), ordered by this side.
    std::vector<std::pair<std::size_t, std::size_t>> l;
    for (const WordLink& w : links) l.emplace_back(orig ? w.original : w.retranslated, orig ? w.retranslated : w.original);
    std::sort(l.begin(), l.end());
    const Document& d = view.doc(side);
    std::vector<std::string> keys(l.size());
    std::unordered_map<std::string_view, std::size_t> linked_copies;  // match key -> linked tokens
    for (std::size_t i = 0; i < l.size(); ++i) keys[i] = wordclass::match_key(d.tokens[l[i].first].norm, false);
    for (const std::string& k : keys) ++linked_copies[k];
    auto repeated = [&](std::size_t i, std::size_t from, std::size_t to) {  // a linked copy outside l[from, to)
      std::size_t inside = 0;
      for (std::size_t j = from; j < to; ++j) inside += keys[j] == keys[i];
      return linked_copies[keys[i]] > inside;
    };
    for (std::size_t a = 1; a < l.size();) {
      std::size_t b = a + 1;  // cluster l[a, b)
      while (b < l.size() && l[b].first <= l[b - 1].first + 2 &&
             (l[b].second > l[b - 1].second ? l[b].second - l[b - 1].second : l[b - 1].second - l[b].second) <= 2)
        ++b;
      if (b < l.size() && b - a <= 4) {
        const std::size_t before = l[a - 1].second, after = l[b].second;
        std::size_t lo = l[a].second, hi = l[a].second;
        for (std::size_t i = a; i < b; ++i) lo = std::min(lo, l[i].second), hi = std::max(hi, l[i].second);
        const bool in_flow = before < after;
        const bool strays = hi + kStrayDistance < before || lo > after + kStrayDistance;
        bool all_repeated = true, any_content = false;
        for (std::size_t i = a; i < b && all_repeated; ++i)
          if (is_content_token(d.tokens[l[i].first])) {
            any_content = true;
            all_repeated = repeated(i, a, b);
          }
        // A word of the cluster in the stretch where it belonged on the other
        // side: two links crossed ("technology ... technology"), nothing lost.
        bool in_place = false;
        if (in_flow && strays && any_content && all_repeated) {
          const Document& e = view.doc(other(side));
          for (std::size_t i = a; i < b && !in_place; ++i) {
            if (!is_content_token(d.tokens[l[i].first])) continue;
            const std::string& key = keys[i];
            const std::string partner = wordclass::match_key(e.tokens[l[i].second].norm, false);
            for (std::size_t k = before + 1; k < after && !in_place; ++k)
              in_place = wordclass::match_key(e.tokens[k].norm, false) == key ||
                         wordclass::match_key(e.tokens[k].norm, false) == partner;
          }
        }
        if (in_flow && strays && any_content && all_repeated && !in_place)
          for (std::size_t i = a; i < b; ++i) {
            out[orig ? 0 : 1].push_back(l[i].first);
            out[orig ? 1 : 0].push_back(l[i].second);
          }
      }
      a = b;
    }
  }
  for (auto& v : out) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  return out;
}

// The two words a contracted auxiliary stands for ("didn't": "did not",
// "won't": "will not", "we'll": "we will", "you're": "you are", "I've": "I
// have", "they'd": "they would" or "they had"); none for other words.
std::vector<std::array<std::string, 2>> expansions(std::string_view w) {
  std::string n(w);
  for (std::size_t k; (k = n.find("\u2019")) != std::string::npos;) n.replace(k, 3, "'");
  auto ends = [&](std::string_view suffix) { return n.size() > suffix.size() && n.ends_with(suffix); };
  const std::string head = n.substr(0, n.find('\''));
  if (ends("n't")) {
    const std::string base = n == "won't" ? "will" : n == "can't" ? "can" : n == "shan't" ? "shall" : n.substr(0, n.size() - 3);
    return {{base, "not"}};
  }
  if (ends("'ll")) return {{head, "will"}};
  if (ends("'re")) return {{head, "are"}};
  if (ends("'ve")) return {{head, "have"}};
  if (ends("'m")) return {{head, "am"}};
  if (ends("'d")) return {{head, "would"}, {head, "had"}};
  return {};
}

// A contracted auxiliary of `side` whose two words stand one after the other
// on the other side ("didn't" / "did not", "you're" / "you are"): the same
// words, spelled out.
bool spelled_out_there(const BeadView& view, Side side, std::size_t t) {
  const auto options = expansions(view.doc(side).tokens[t].norm);
  if (options.empty()) return false;
  const Document& e = view.doc(other(side));
  const TokenRange range = view.tokens(other(side));
  for (std::size_t u = range.begin; u + 1 < range.end; ++u)
    for (const auto& [a, b] : options)
      if (e.tokens[u].norm == a && e.tokens[u + 1].norm == b) return true;
  return false;
}

// A modal or hedge ("maybe", "probably", "certainly") or the "able" of "be
// able to" (what "can" says): the modality check weighs their strength.
bool modal_word(const Document& doc, std::size_t t) {
  const std::string_view w = doc.tokens[t].norm;
  if (wordclass::modal_strength(w) > 0) return true;
  if (w != "able" || t == 0 || t + 1 >= doc.tokens.size()) return false;
  static const std::vector<std::string_view> kBe = {"be", "is", "are", "was", "were", "been", "being", "am"};
  return doc.tokens[t + 1].norm == "to" && one_of(doc.tokens[t - 1].norm, kBe);
}

// A word that denies by degree ("hardly anyone", "barely any", "scarcely
// ever"): the negation check weighs it against the other side's "few" or
// "not" (near_negators).
bool degree_word(const Document& doc, std::size_t t) {
  static const std::vector<std::string_view> kDegree = {"hardly", "barely", "scarcely"};
  static const std::vector<std::string_view> kAny = {"anyone", "anybody", "anything", "any", "ever"};
  const std::string_view w = doc.tokens[t].norm;
  return one_of(w, kDegree) ||
         (one_of(w, kAny) && t > 0 && doc.tokens[t - 1].sentence == doc.tokens[t].sentence &&
          one_of(doc.tokens[t - 1].norm, kDegree));
}

}  // namespace

void check_partial(const CheckContext& ctx, const BeadView& view, std::vector<Finding>& out) {
  if (!view.paired()) return;
  const auto stray = stray_links(view);
  const auto compounds = compound_spellings(view);
  // "percent" (or "per cent") says what a "%" on the other side says.
  auto has_percent_sign = [&](Side side) {
    const Document& d = view.doc(side);
    const TokenRange r = view.tokens(side);
    for (std::size_t t = r.begin; t < r.end; ++t)
      if (d.tokens[t].norm.ends_with('%')) return true;
    return false;
  };
  const std::array<bool, 2> percent_sign{has_percent_sign(Side::kOriginal), has_percent_sign(Side::kRetranslated)};
  // "dollars" says what a "$" on the other side says ("$12 million" / "12
  // million dollars"); the number check compares the currencies.
  auto currency_named = [&](Side side, std::string_view word) {
    const std::string_view currency = wordclass::currency_of_word(word);
    if (currency.empty()) return false;
    const Document& d = view.doc(other(side));
    const TokenRange r = view.tokens(other(side));
    for (std::size_t t = r.begin; t < r.end; ++t)
      if (wordclass::currency_of_symbol(d.tokens[t].norm) == currency) return true;
    return false;
  };
  for (Side side : {Side::kOriginal, Side::kRetranslated}) {
    const Document& doc = view.doc(side);
    const bool percent_there = percent_sign[side == Side::kOriginal ? 1 : 0];
    const auto& strays = stray[side == Side::kOriginal ? 0 : 1];
    const auto& spelled = compounds[side == Side::kOriginal ? 0 : 1];
    auto is_stray = [&](std::size_t t) { return std::binary_search(strays.begin(), strays.end(), t); };
    const std::vector<std::size_t> connective = kept_connective_tokens(view, side);
    std::vector<std::size_t> unaligned = side == Side::kOriginal ? view.score()->words.unaligned_original
                                                                 : view.score()->words.unaligned_retranslated;
    for (std::size_t t : strays)
      if (is_word_token(doc.tokens[t])) unaligned.push_back(t);
    std::sort(unaligned.begin(), unaligned.end());
    // Runs of unexplained content words; function words may sit inside a run.
    std::vector<std::vector<std::size_t>> runs;
    std::size_t last = 0;
    for (std::size_t t : unaligned) {
      const Token& tok = doc.tokens[t];
      if (!is_content_token(tok) || explained(out, view.index(), side, tok.span) ||
          std::binary_search(spelled.begin(), spelled.end(), t) ||
          std::binary_search(connective.begin(), connective.end(), t) || modal_word(doc, t) ||
          spelled_out_there(view, side, t) ||
          (percent_there && (tok.norm == "percent" || tok.norm == "cent")) || currency_named(side, tok.norm))
        continue;
      bool joined = false;
      if (!runs.empty() && doc.tokens[last].sentence == tok.sentence) {
        // Next to a stray link, a linked function word between does not
        // split the run either: its link is as doubtful ("including in the
        // United States", "the" linked to another "the").
        const bool near_stray = is_stray(last) || is_stray(t);
        joined = true;
        for (std::size_t k = last + 1; k < t && joined; ++k)
          joined = !is_word_token(doc.tokens[k])
                       ? doc.tokens[k].norm != "." && doc.tokens[k].norm != ";"
                       : (!view.linked(side, k) || is_stray(k) || near_stray) && is_function_word(doc.tokens[k].norm);
      }
      if (!joined) runs.emplace_back();
      runs.back().push_back(t);
      last = t;
    }
    for (const auto& run : runs) {
      // Only words that deny by degree ("hardly anyone"): the negation
      // check weighs them against "few" or "not".
      if (std::all_of(run.begin(), run.end(), [&](std::size_t t) { return degree_word(doc, t); })) continue;
      const double mass = information_mass(ctx, doc, run);
      const Severity severity = mass >= kMajorMass ? Severity::kMajor : Severity::kMinor;
      const Span here = view.cover(side, run);
      const Span there = view.gap_for(other(side), run.front(), run.back());
      const bool omitted = side == Side::kOriginal;
      out.push_back(make_finding(view, omitted ? Category::kOmission : Category::kAddition, Check::kPartial, severity,
                                 std::min(1.0, mass / (2 * kMajorMass)), omitted ? here : there,
                                 omitted ? there : here,
                                 (omitted ? "words missing from the retranslation: \"" : "words not in the original: \"") +
                                     excerpt(doc, here) + "\""));
    }
  }
}

}  // namespace transdrift
