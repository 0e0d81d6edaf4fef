#include "detect/checks.hpp"

#include <string_view>

#include "similarity/word_aligner.hpp"
#include "text/wordclass.hpp"

namespace transdrift {

const std::vector<CheckFn>& all_checks() {
  static const std::vector<CheckFn> checks = {
      check_sentence, check_fragment, check_quote,    check_lexical,     check_number,
      check_entity,   check_negation, check_modality, check_relation, check_attribution,
      check_structure,
      check_partial,  // last: it reports only what the other checks left unexplained
  };
  return checks;
}

Finding make_finding(const BeadView& view, Category category, Check check, Severity severity, double score,
                     Span original, Span retranslated, std::string explanation) {
  Finding f;
  f.category = category;
  f.check = check;
  f.severity = severity;
  f.score = score < 0 ? 0 : (score > 1 ? 1 : score);
  f.bead = view.index();
  f.original = original;
  f.retranslated = retranslated;
  f.explanation = std::move(explanation);
  return f;
}

std::string excerpt(const Document& doc, Span span, std::size_t max_chars) {
  const std::string_view s = doc.slice(span);
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && chars++ == max_chars) return out + "…";
    // Explanations are one line: line breaks and tabs inside a span become spaces.
    out += (s[i] == '\n' || s[i] == '\r' || s[i] == '\t') ? ' ' : s[i];
  }
  return out;
}

int stance_of(const CheckContext& ctx, const Token& tok) {
  if (tok.kind != TokenKind::kWord || tok.capitalized) return 0;
  if (const int p = wordclass::relation_polarity(tok.norm)) return p;
  if (ctx.wordnet)
    for (const std::string& lemma : ctx.wordnet->lemmas(tok.norm))
      if (const int p = wordclass::relation_polarity(lemma)) return p;
  return 0;
}

bool is_content_token(const Token& token) {
  return is_word_token(token) && !is_function_word(token.norm);
}

bool is_contracted_auxiliary(std::string_view norm) {
  for (std::string_view suffix : {"n't", "'ll", "'d", "'ve", "'re", "'m"})
    if (norm.size() > suffix.size() && norm.substr(norm.size() - suffix.size()) == suffix) return true;
  return false;
}

}  // namespace transdrift
