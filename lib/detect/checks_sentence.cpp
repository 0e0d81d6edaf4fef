// Whole-sentence checks: sentences with no counterpart, and broken
// retranslated sentences.
#include <algorithm>
#include <string>
#include <vector>

#include "detect/checks.hpp"
#include "text/wordclass.hpp"

namespace transdrift {
namespace {

// Share of a sentence's content weight that the word alignment covers, and
// whether the sentence has any content word at all.
struct Support {
  double share = 0;
  bool has_content = false;
  double word_share = 0;  // of all its words, for a sentence of function words only
};

// A sentence of function words only ("But they are not still.") is there
// when nearly all its words are linked; filler ("You can do it.") shares a
// word or two with the other side at most.
constexpr double kFunctionSentenceCoverage = 0.75;

// The words the other side's contractions stand for ("they're" -> "they",
// "are"; "don't" -> "do", "not"): a sentence of function words against a
// contracted one ("But they are not still." / "But they're not ...").
std::vector<std::string> contracted_words(const BeadView& view, Side side) {
  static const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> kSuffixes = {
      {"n't", {"not"}},  {"'re", {"are"}}, {"'s", {"is", "has"}}, {"'ve", {"have"}},
      {"'ll", {"will"}}, {"'d", {"would", "had"}}, {"'m", {"am"}}};
  const Document& d = view.doc(side);
  const TokenRange r = view.tokens(side);
  std::vector<std::string> out;
  for (std::size_t t = r.begin; t < r.end; ++t) {
    const std::string& w = d.tokens[t].norm;
    if (d.tokens[t].kind != TokenKind::kWord) continue;
    for (const auto& [suffix, words] : kSuffixes)
      if (w.size() > suffix.size() && std::string_view(w).ends_with(suffix)) {
        std::string stem = w.substr(0, w.size() - suffix.size());
        if (suffix == "n't" && stem == "ca") stem = "can";
        if (suffix == "n't" && stem == "wo") stem = "will";
        out.push_back(stem);
        for (std::string_view x : words) out.emplace_back(x);
        break;
      }
  }
  return out;
}

Support sentence_support(const BeadView& view, Side side, const Sentence& s) {
  const Document& doc = view.doc(side);
  double total = 0, matched = 0;
  Support out;
  for (std::size_t t = s.tokens.begin; t < s.tokens.end; ++t) {
    const Token& tok = doc.tokens[t];
    if (!is_content_token(tok)) continue;
    out.has_content = true;
    total += 1;
    matched += view.link_strength(side, t);
  }
  out.share = total > 0 ? matched / total : 0;
  if (out.has_content) return out;
  // Function words only: how many of them are linked, a word that a
  // contraction on the other side stands for counting as linked.
  const std::vector<std::string> contracted = contracted_words(view, other(side));
  double words = 0, linked = 0;
  for (std::size_t t = s.tokens.begin; t < s.tokens.end; ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.kind != TokenKind::kWord) continue;
    double strength = view.link_strength(side, t);
    if (strength == 0 && std::find(contracted.begin(), contracted.end(), tok.norm) != contracted.end()) strength = 1;
    words += 1;
    linked += strength;
  }
  out.word_share = words > 0 ? linked / words : 0;
  return out;
}

// A short sentence of a split whose few content words are linked only
// because the word alignment took the exact form there, while another
// sentence of the same bead holds an unlinked WordNet synonym (or other form)
// of each partner: "Our experience with 5G teaches us ... I learned." against
// "We've learned in the 5G experience ...". The sentence repeats what the rest
// of the bead already says and the original does not say twice. At most
// kMaxEchoContent content words; needs WordNet.
constexpr std::size_t kMaxEchoContent = 2;

bool echoes_rest_of_bead(const CheckContext& ctx, const BeadView& view, Side side, std::size_t id) {
  if (!ctx.wordnet) return false;
  const Document& doc = view.doc(side);
  const Document& there = view.doc(other(side));
  const Sentence& s = doc.sentences[id];
  // Unlinked content words of the bead's other sentences on this side.
  std::vector<const Token*> spare;
  std::size_t rest_content = 0;
  for (std::size_t other_id : view.sentences(side)) {
    if (other_id == id) continue;
    const Sentence& o = doc.sentences[other_id];
    for (std::size_t t = o.tokens.begin; t < o.tokens.end; ++t) {
      if (!is_content_token(doc.tokens[t])) continue;
      ++rest_content;
      if (!view.linked(side, t)) spare.push_back(&doc.tokens[t]);
    }
  }
  std::size_t content = 0;
  for (std::size_t t = s.tokens.begin; t < s.tokens.end; ++t) {
    if (!is_content_token(doc.tokens[t])) continue;
    if (++content > kMaxEchoContent) return false;
    const auto partner = view.linked(side, t);
    if (!partner) return false;
    const std::string& word = there.tokens[*partner].norm;
    bool echoed = false;
    for (const Token* u : spare) {
      const WordRelation r = ctx.wordnet->relation(word, u->norm);
      if (r == WordRelation::kLemma || r == WordRelation::kSynonym) {
        echoed = true;
        break;
      }
    }
    if (!echoed) return false;
  }
  return content > 0 && rest_content > 2 * content;
}

bool has_words(const Document& doc, const Sentence& s) {
  for (std::size_t t = s.tokens.begin; t < s.tokens.end; ++t)
    if (is_content_token(doc.tokens[t]) || doc.tokens[t].kind == TokenKind::kNumber) return true;
  for (std::size_t t = s.tokens.begin; t < s.tokens.end; ++t)
    if (doc.tokens[t].kind == TokenKind::kWord) return true;
  return false;
}

Finding unpaired(const BeadView& view, Side side, const Sentence& s, double score, const std::string& why) {
  const Side there = other(side);
  const Span here_span = s.span;
  const Span there_span{view.span(there).start, view.span(there).start};
  const bool omitted = side == Side::kOriginal;
  return make_finding(view, omitted ? Category::kOmission : Category::kAddition, Check::kSentence,
                      Severity::kMajor, score, omitted ? here_span : there_span, omitted ? there_span : here_span,
                      why + ": \"" + excerpt(view.doc(side), here_span) + "\"");
}

}  // namespace

void check_sentence(const CheckContext& ctx, const BeadView& view, std::vector<Finding>& out) {
  for (Side side : {Side::kOriginal, Side::kRetranslated}) {
    const Document& doc = view.doc(side);
    const auto& ids = view.sentences(side);
    if (!view.paired()) {
      for (std::size_t id : ids)
        if (has_words(doc, doc.sentences[id]))
          out.push_back(unpaired(view, side, doc.sentences[id], 0.9,
                                 side == Side::kOriginal ? "sentence missing from the retranslation"
                                                         : "sentence not in the original"));
      continue;
    }
    // Inside a split or merge, a sentence the other side does not support:
    // invented filler ("You can do it.") or a dropped sentence.
    if (ids.size() < 2) continue;
    for (std::size_t id : ids) {
      const Sentence& s = doc.sentences[id];
      if (!has_words(doc, s)) continue;
      const Support sup = sentence_support(view, side, s);
      if (!sup.has_content && sup.word_share >= kFunctionSentenceCoverage) continue;
      if (sup.has_content && sup.share > ctx.options->unsupported_sentence_coverage) {
        if (echoes_rest_of_bead(ctx, view, side, id))
          out.push_back(unpaired(view, side, s, 0.7,
                                 side == Side::kOriginal
                                     ? "sentence whose words the rest of the original already says"
                                     : "sentence not in the original, repeating words the rest of the retranslation "
                                       "already says"));
        continue;
      }
      const std::string why = !sup.has_content
                                  ? (side == Side::kOriginal ? "sentence without a counterpart"
                                                             : "content-free sentence not in the original")
                                  : (side == Side::kOriginal ? "sentence missing from the retranslation"
                                                             : "sentence not in the original");
      out.push_back(unpaired(view, side, s, 1.0 - 0.5 * sup.share, why));
    }
  }
}

void check_fragment(const CheckContext&, const BeadView& view, std::vector<Finding>& out) {
  const Document& doc = view.doc(Side::kRetranslated);
  for (std::size_t id : view.sentences(Side::kRetranslated)) {
    const Sentence& s = doc.sentences[id];
    if (s.tokens.empty()) continue;
    const Token& last = doc.tokens[s.tokens.end - 1];
    const Token& first = doc.tokens[s.tokens.begin];
    std::string why;
    Severity severity = Severity::kMajor;
    if (last.kind == TokenKind::kWord && wordclass::is_dangling_word(last.norm)) {
      why = "incomplete sentence: it stops at \"" + std::string(doc.slice(last.span)) + "\"";
    } else if (first.kind == TokenKind::kPunct && (first.norm == "," || first.norm == ";")) {
      why = "broken sentence: it starts with \"" + std::string(doc.slice(first.span)) + "\"";
      severity = Severity::kMinor;
    } else {
      continue;
    }
    out.push_back(make_finding(view, Category::kOmission, Check::kFragment, severity, 0.8,
                               view.span(Side::kOriginal), s.span, why));
  }
}

}  // namespace transdrift
