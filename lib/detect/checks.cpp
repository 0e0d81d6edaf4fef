#include "detect/checks.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

#include "similarity/word_aligner.hpp"
#include "similarity/word_weights.hpp"
#include "text/wordclass.hpp"

namespace transdrift {

const std::vector<CheckFn>& all_checks() {
  static const std::vector<CheckFn> checks = {
      check_sentence, check_fragment, check_quote,    check_lexical,     check_number,
      check_entity,   check_negation, check_modality, check_relation, check_attribution,
      check_structure, check_placeholder,
      check_partial,  // last: it reports only what the other checks left unexplained
  };
  return checks;
}

bool one_of(std::string_view word, std::span<const std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

std::optional<std::size_t> content_after(const BeadView& view, Side side, std::size_t t, std::size_t reach) {
  const Document& d = view.doc(side);
  for (std::size_t k = t + 1; k < view.tokens(side).end && k <= t + reach && d.tokens[k].sentence == d.tokens[t].sentence;
       ++k)
    if (is_content_token(d.tokens[k])) return k;
  return std::nullopt;
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

Finding one_sided_finding(const BeadView& view, Side side, Check check, Severity severity, double score, Span here,
                          Span gap, std::string explanation) {
  const bool omitted = side == Side::kOriginal;
  return make_finding(view, omitted ? Category::kOmission : Category::kAddition, check, severity, score,
                      omitted ? here : gap, omitted ? gap : here, std::move(explanation));
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

bool is_month_may(const Document& doc, std::size_t token) {
  const Token& tok = doc.tokens[token];
  if (tok.norm != "may" || !tok.capitalized) return false;
  for (std::size_t k = doc.sentences[tok.sentence].tokens.begin; k < token; ++k)
    if (is_word_token(doc.tokens[k])) return true;  // a word before it: not the sentence's first
  return false;
}

bool is_contracted_auxiliary(std::string_view norm) {
  for (std::string_view suffix : {"n't", "'ll", "'d", "'ve", "'re", "'m"})
    if (norm.size() > suffix.size() && norm.substr(norm.size() - suffix.size()) == suffix) return true;
  return false;
}

double information_mass(const CheckContext& ctx, const Document& doc, const std::vector<std::size_t>& tokens) {
  double mass = 0;
  for (std::size_t t : tokens)
    if (!is_contracted_auxiliary(doc.tokens[t].norm))
      mass += ctx.weigher ? ctx.weigher->content_weight(wordclass::match_key(doc.tokens[t].norm, false)) : 1.0;
  return mass;
}

const std::array<std::array<std::string_view, 3>, 8>& spoken_contractions() {
  static const std::array<std::array<std::string_view, 3>, 8> kSpoken{{{"gonna", "going", "to"},
                                                                       {"wanna", "want", "to"},
                                                                       {"gotta", "got", "to"},
                                                                       {"kinda", "kind", "of"},
                                                                       {"sorta", "sort", "of"},
                                                                       {"lemme", "let", "me"},
                                                                       {"gimme", "give", "me"},
                                                                       {"outta", "out", "of"}}};
  return kSpoken;
}

bool is_spoken_contraction(std::string_view norm) {
  const auto& all = spoken_contractions();
  return std::any_of(all.begin(), all.end(), [&](const auto& c) { return c[0] == norm; });
}

std::array<std::vector<std::size_t>, 2> title_spellings(const BeadView& view) {
  std::array<std::vector<std::size_t>, 2> out;
  struct Spelled {
    std::string_view initials;
    std::array<std::string_view, 4> words;
  };
  static const Spelled kTitles[] = {
      {"ceo", {"chief", "executive", "officer"}}, {"ceo", {"chief", "executive"}},
      {"cfo", {"chief", "financial", "officer"}}, {"coo", {"chief", "operating", "officer"}},
      {"cto", {"chief", "technology", "officer"}}, {"mp", {"member", "of", "parliament"}},
      {"pm", {"prime", "minister"}},              {"un", {"united", "nations"}},
      {"eu", {"european", "union"}},              {"uk", {"united", "kingdom"}},
      {"us", {"united", "states"}},               {"u.s.", {"united", "states"}},
      {"u.k.", {"united", "kingdom"}},            {"nato", {"north", "atlantic", "treaty", "organization"}},
  };
  for (Side side : {Side::kOriginal, Side::kRetranslated}) {
    const Document& d = view.doc(side);
    const Document& e = view.doc(other(side));
    const TokenRange here = view.tokens(side), there = view.tokens(other(side));
    for (std::size_t t = here.begin; t < here.end; ++t) {
      // "US" the country, capitalized; "us" the pronoun is none.
      // Both unlinked: initials the aligner paired with their own copy are no spelling.
      if (d.tokens[t].kind != TokenKind::kWord || !d.tokens[t].capitalized || view.linked(side, t)) continue;
      for (const Spelled& title : kTitles) {
        if (d.tokens[t].norm != title.initials) continue;
        const std::size_t n = static_cast<std::size_t>(
            std::count_if(title.words.begin(), title.words.end(), [](std::string_view w) { return !w.empty(); }));
        bool found = false;
        for (std::size_t u = there.begin; u + n <= there.end && !found; ++u) {
          std::size_t k = 0;
          while (k < n && e.tokens[u + k].norm == title.words[k] && !view.linked(other(side), u + k)) ++k;
          if (k < n) continue;
          found = true;
          out[side == Side::kOriginal ? 0 : 1].push_back(t);
          for (k = 0; k < n; ++k) out[side == Side::kOriginal ? 1 : 0].push_back(u + k);
        }
        if (found) break;
      }
    }
  }
  for (auto& v : out) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  return out;
}

std::array<std::vector<std::size_t>, 2> compound_spellings(const BeadView& view) {
  std::array<std::vector<std::size_t>, 2> out;
  auto letters = [](std::string_view norm) {
    std::string s;
    for (char c : norm)
      if (c != '-') s += c;
    return s;
  };
  for (Side split : {Side::kOriginal, Side::kRetranslated}) {
    const Side whole = other(split);
    const Document& ds = view.doc(split);
    const Document& dw = view.doc(whole);
    std::unordered_map<std::string, std::size_t> words;  // single words of `whole`, by letters
    const TokenRange rw = view.tokens(whole);
    for (std::size_t t = rw.begin; t < rw.end; ++t)
      if (dw.tokens[t].kind == TokenKind::kWord && dw.tokens[t].norm.size() >= 6)
        words.emplace(letters(dw.tokens[t].norm), t);
    if (words.empty()) continue;
    const TokenRange rs = view.tokens(split);
    for (std::size_t k = rs.begin; k < rs.end; ++k) {
      if (ds.tokens[k].kind != TokenKind::kWord || ds.tokens[k].norm.size() < 3) continue;
      std::size_t m = k + 1;
      if (m < rs.end && ds.tokens[m].norm == "-" && ds.tokens[m].sentence == ds.tokens[k].sentence) ++m;
      if (m >= rs.end || ds.tokens[m].kind != TokenKind::kWord || ds.tokens[m].norm.size() < 3 ||
          ds.tokens[m].sentence != ds.tokens[k].sentence)
        continue;
      const auto it = words.find(letters(ds.tokens[k].norm) + letters(ds.tokens[m].norm));
      if (it == words.end()) continue;
      auto& mine = out[split == Side::kOriginal ? 0 : 1];
      mine.push_back(k);
      mine.push_back(m);
      out[whole == Side::kOriginal ? 0 : 1].push_back(it->second);
    }
  }
  // A word written with and without its accents ("café" / "cafe", "naïve"
  // / "naive"): one spelling, as a compound is.
  std::unordered_map<std::string, std::size_t> plain;  // the retranslation's words, accents dropped
  const Document& dr = view.doc(Side::kRetranslated);
  const Document& dor = view.doc(Side::kOriginal);
  const TokenRange rr = view.tokens(Side::kRetranslated), ro = view.tokens(Side::kOriginal);
  for (std::size_t t = rr.begin; t < rr.end; ++t)
    if (dr.tokens[t].kind == TokenKind::kWord) plain.emplace(wordclass::without_diacritics(dr.tokens[t].norm), t);
  for (std::size_t t = ro.begin; t < ro.end; ++t) {
    if (dor.tokens[t].kind != TokenKind::kWord) continue;
    const std::string folded = wordclass::without_diacritics(dor.tokens[t].norm);
    const auto it = plain.find(folded);
    if (it == plain.end() || dr.tokens[it->second].norm == dor.tokens[t].norm) continue;
    out[0].push_back(t);
    out[1].push_back(it->second);
  }
  // Spoken contractions and what they contract (spoken_contractions).
  const auto& kSpoken = spoken_contractions();
  for (Side side : {Side::kOriginal, Side::kRetranslated}) {
    const Document& d = view.doc(side);
    const Document& e = view.doc(other(side));
    const TokenRange here = view.tokens(side), there = view.tokens(other(side));
    for (std::size_t t = here.begin; t < here.end; ++t)
      for (const auto& [short_form, first, second] : kSpoken) {
        if (d.tokens[t].norm != short_form) continue;
        for (std::size_t u = there.begin; u + 1 < there.end; ++u)
          if (e.tokens[u].norm == first && e.tokens[u + 1].norm == second) {
            out[side == Side::kOriginal ? 0 : 1].push_back(t);
            auto& theirs = out[side == Side::kOriginal ? 1 : 0];
            theirs.push_back(u);
            theirs.push_back(u + 1);
            break;
          }
      }
  }
  const auto titles = title_spellings(view);
  for (std::size_t k = 0; k < 2; ++k) out[k].insert(out[k].end(), titles[k].begin(), titles[k].end());
  for (auto& v : out) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  return out;
}

}  // namespace transdrift
