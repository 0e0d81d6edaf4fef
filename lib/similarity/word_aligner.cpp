#include "similarity/word_aligner.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "similarity/word_vectors.hpp"
#include "text/wordclass.hpp"

namespace transdrift {
namespace {

// What the aligner knows about one word token.
struct Word {
  std::size_t token = 0;   // index into Document::tokens
  std::string key;         // wordclass::match_key
  bool function = false;
  bool capitalized = false;
  bool all_caps = false;   // an acronym candidate: "UN", "U.S.", "EU"
  std::optional<double> number;
  std::vector<std::string> lemmas;  // filled lazily for the lemma pass
  bool lemmas_ready = false;
};

struct Candidate {
  std::size_t a = 0, b = 0;  // indices into the two Word vectors
  LinkKind kind = LinkKind::kExact;
  double strength = 1.0;
  double tiebreak = 0.0;     // context agreement minus position distance
};

bool all_caps_letters(std::string_view text) {
  int letters = 0;
  for (unsigned char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '.' && c < 0x80) return false;
  }
  return letters >= 2;
}

std::vector<Word> collect_words(const Document& doc, TokenRange range) {
  std::vector<Word> words;
  words.reserve(range.end - range.begin);
  for (std::size_t t = range.begin; t < range.end; ++t) {
    const Token& tok = doc.tokens[t];
    if (!is_word_token(tok)) continue;
    Word w;
    w.token = t;
    w.capitalized = tok.capitalized;
    w.key = wordclass::match_key(tok.norm, tok.capitalized);
    w.function = is_function_word(tok.norm) || is_function_word(w.key);
    w.all_caps = all_caps_letters(doc.slice(tok.span));
    w.number = wordclass::number_value(tok.norm);
    words.push_back(std::move(w));
  }
  return words;
}

// Aligned state shared by the passes.
class Aligner {
 public:
  Aligner(const Document& da, TokenRange ra, const Document& db, TokenRange rb, const WordNet* wn,
          const WordAlignerOptions& options)
      : a_(collect_words(da, ra)), b_(collect_words(db, rb)), wordnet_(wn), options_(options),
        link_a_(a_.size(), kNone), link_b_(b_.size(), kNone) {
    links_.reserve(a_.size() + b_.size());
    candidates_.reserve(a_.size() + b_.size());
  }

  // The word tokens of both sides, moved out: the aligner is done with them.
  void take_words(std::vector<WordToken>& out_a, std::vector<WordToken>& out_b) {
    auto take = [](std::vector<Word>& ws, std::vector<WordToken>& out) {
      out.clear();
      out.reserve(ws.size());
      for (Word& w : ws) out.push_back(WordToken{w.token, std::move(w.key), w.function, w.number});
    };
    take(a_, out_a);
    take(b_, out_b);
  }

  WordAlignment run() {
    if (a_.size() * b_.size() > options_.max_pairwise_pairs) {  // see WordAlignerOptions
      hashed([](Aligner&, Word& w) { return std::vector<std::string>{w.key}; }, LinkKind::kExact, 1.0);
      if (wordnet_)
        hashed([](Aligner& s, Word& w) { return s.lemmas_of(w); }, LinkKind::kLemma, options_.lemma_strength);
      return result();
    }
    // Content words first, so that repeated function words ("the", "of")
    // can then follow the links of their content-word neighbours.
    pass([](Aligner& s, std::size_t i, std::size_t j) {
      return s.a_[i].function || s.b_[j].function ? std::nullopt : s.exact(i, j);
    });
    pass([](Aligner& s, std::size_t i, std::size_t j) {
      return s.a_[i].function || s.b_[j].function ? std::nullopt : s.lemma(i, j);
    });
    pass([](Aligner& s, std::size_t i, std::size_t j) { return s.exact(i, j); });
    pass([](Aligner& s, std::size_t i, std::size_t j) { return s.lemma(i, j); });
    acronyms(a_, b_, false);
    acronyms(b_, a_, true);
    if (wordnet_ && options_.collocations) collocations();
    if (wordnet_) pass([](Aligner& s, std::size_t i, std::size_t j) { return s.related(i, j); });
    pass([](Aligner& s, std::size_t i, std::size_t j) { return s.same_stem(i, j); });
    if (options_.vectors) pass([](Aligner& s, std::size_t i, std::size_t j) { return s.vector(i, j); });
    return result();
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  std::optional<Candidate> exact(std::size_t i, std::size_t j) {
    const Word& x = a_[i];
    const Word& y = b_[j];
    if (x.number && y.number) {
      if (*x.number != *y.number) return std::nullopt;
      return Candidate{i, j, x.key == y.key ? LinkKind::kExact : LinkKind::kNumber, 1.0, 0};
    }
    if (x.key != y.key) return std::nullopt;
    return Candidate{i, j, LinkKind::kExact, 1.0, 0};
  }

  const std::vector<std::string>& lemmas_of(Word& w) {
    if (!w.lemmas_ready) {
      if (wordnet_) w.lemmas = wordnet_->lemmas(w.key);
      if (std::find(w.lemmas.begin(), w.lemmas.end(), w.key) == w.lemmas.end()) w.lemmas.push_back(w.key);
      w.lemmas_ready = true;
    }
    return w.lemmas;
  }

  std::optional<Candidate> lemma(std::size_t i, std::size_t j) {
    if (!wordnet_ || a_[i].number || b_[j].number) return std::nullopt;
    const auto& la = lemmas_of(a_[i]);
    const auto& lb = lemmas_of(b_[j]);
    for (const auto& x : la)
      if (std::find(lb.begin(), lb.end(), x) != lb.end())
        return Candidate{i, j, LinkKind::kLemma, options_.lemma_strength, 0};
    return std::nullopt;
  }

  std::optional<Candidate> related(std::size_t i, std::size_t j) {
    const Word& x = a_[i];
    const Word& y = b_[j];
    // Function words only match by form or lemma; WordNet relations between
    // them ("in" / "at") are noise.
    if (x.function || y.function || x.number || y.number) return std::nullopt;
    switch (wordnet_->relation(x.key, y.key)) {
      case WordRelation::kLemma:
        return Candidate{i, j, LinkKind::kLemma, options_.lemma_strength, 0};
      case WordRelation::kSynonym:
        return Candidate{i, j, LinkKind::kSynonym, options_.synonym_strength, 0};
      case WordRelation::kSimilar:
      case WordRelation::kHypernym:
        return Candidate{i, j, LinkKind::kRelated, options_.related_strength, 0};
      case WordRelation::kAntonym:
      case WordRelation::kNone:
        return std::nullopt;
    }
    return std::nullopt;
  }

  // Clippings and derivations WordNet does not list: "tech" / "technology"
  // (one word starts the other, 4+ letters), "interoperative" /
  // "interoperable" (a shared start of 8+ letters and 3/4 of the shorter).
  std::optional<Candidate> same_stem(std::size_t i, std::size_t j) const {
    const Word& x = a_[i];
    const Word& y = b_[j];
    if (x.function || y.function || x.number || y.number) return std::nullopt;
    const std::string& s = x.key.size() <= y.key.size() ? x.key : y.key;
    const std::string& l = x.key.size() <= y.key.size() ? y.key : x.key;
    std::size_t common = 0;
    while (common < s.size() && s[common] == l[common]) ++common;
    const bool clipping = common == s.size() && s.size() >= 4;
    const bool derivation = common >= 8 && 4 * common >= 3 * s.size();
    if (!clipping && !derivation) return std::nullopt;
    return Candidate{i, j, LinkKind::kRelated, options_.related_strength, 0};
  }

  // User-supplied word vectors: a cosine at or above the threshold.
  std::optional<Candidate> vector(std::size_t i, std::size_t j) const {
    const Word& x = a_[i];
    const Word& y = b_[j];
    if (x.function || y.function || x.number || y.number) return std::nullopt;
    const double c = options_.vectors->cosine(x.key, y.key);
    if (c < options_.vector_min_cosine) return std::nullopt;
    return Candidate{i, j, LinkKind::kRelated, options_.related_strength * std::min(1.0, c), 0};
  }

  // A run of 1-3 adjacent words: one unlinked content word, or 2-3 words
  // whose joined form WordNet lists as a collocation ("look for", "give up",
  // "martial arts") with every content word in it unlinked.
  struct Run {
    std::size_t first = 0, n = 1;
    std::string text;
  };

  std::vector<Run> open_runs(const std::vector<Word>& ws, const std::vector<std::size_t>& links) const {
    std::vector<Run> out;
    out.reserve(ws.size());
    std::string text;  // reused: no allocation per word
    for (std::size_t i = 0; i < ws.size(); ++i) {
      if (!ws[i].function && !ws[i].number && links[i] == kNone) out.push_back(Run{i, 1, ws[i].key});
      bool has_content = false;
      text.clear();
      for (std::size_t n = 1; n <= 3 && i + n <= ws.size(); ++n) {
        const Word& v = ws[i + n - 1];
        if (v.number || (!v.function && links[i + n - 1] != kNone)) break;
        if (n > 1 && v.token != ws[i + n - 2].token + 1) break;  // punctuation between
        has_content = has_content || !v.function;
        if (n > 1) text += '_';  // a key as it is (key_view need not rewrite it)
        text += v.key;  // case-folded already (Token::norm)
        if (n > 1 && has_content && !wordnet_->lemmas(text).empty()) out.push_back(Run{i, n, text});
      }
    }
    return out;
  }

  // Collocations against words or collocations of the other side that WordNet
  // relates to them ("look for" / "seek", "give up" / "abandon", "karate" /
  // "martial arts"). Every unlinked word of a run is linked to the first word
  // of the other run (many-to-one, as for acronyms); strongest relation first,
  // then longer runs.
  void collocations() {
    const std::vector<Run> ra = open_runs(a_, link_a_);
    const std::vector<Run> rb = open_runs(b_, link_b_);
    struct Match { std::size_t p, q; LinkKind kind; double strength; };
    std::vector<Match> matches;
    for (std::size_t p = 0; p < ra.size(); ++p)
      for (std::size_t q = 0; q < rb.size(); ++q) {
        if (ra[p].n == 1 && rb[q].n == 1) continue;  // single words: the related pass
        switch (wordnet_->relation(ra[p].text, rb[q].text)) {
          case WordRelation::kLemma: matches.push_back({p, q, LinkKind::kLemma, options_.lemma_strength}); break;
          case WordRelation::kSynonym: matches.push_back({p, q, LinkKind::kSynonym, options_.synonym_strength}); break;
          case WordRelation::kSimilar:
          case WordRelation::kHypernym: matches.push_back({p, q, LinkKind::kRelated, options_.related_strength}); break;
          case WordRelation::kAntonym:
          case WordRelation::kNone: break;
        }
      }
    std::stable_sort(matches.begin(), matches.end(), [&](const Match& x, const Match& y) {
      if (x.strength != y.strength) return x.strength > y.strength;
      return ra[x.p].n + rb[x.q].n > ra[y.p].n + rb[y.q].n;
    });
    auto open = [](const std::vector<Word>& ws, const std::vector<std::size_t>& links, const Run& r) {
      for (std::size_t k = r.first; k < r.first + r.n; ++k)
        if (!ws[k].function && links[k] != kNone) return false;
      return true;
    };
    for (const Match& m : matches) {
      const Run& x = ra[m.p];
      const Run& y = rb[m.q];
      if (!open(a_, link_a_, x) || !open(b_, link_b_, y)) continue;
      std::size_t ax = x.first, by = y.first;  // the first unlinked word of each run
      while (link_a_[ax] != kNone) ++ax;
      while (link_b_[by] != kNone) ++by;
      for (std::size_t i = ax; i < x.first + x.n; ++i)
        if (link_a_[i] == kNone) links_.push_back(Candidate{i, by, m.kind, m.strength, 0}), link_a_[i] = by;
      for (std::size_t j = by; j < y.first + y.n; ++j)
        if (link_b_[j] == kNone) {
          if (j != by) links_.push_back(Candidate{ax, j, m.kind, m.strength, 0});
          link_b_[j] = ax;
        }
    }
  }

  // How many of the immediate neighbours of the two words are linked to each
  // other: a word between agreeing neighbours is the better candidate.
  int context_agreement(std::size_t i, std::size_t j) const {
    // A function word (article, preposition) belongs with the word after it
    // ("the" + its noun), so agreement on that side counts double.
    const int next_weight = a_[i].function && b_[j].function ? 2 : 1;
    int agree = 0;
    if (i > 0 && j > 0 && link_a_[i - 1] == j - 1) ++agree;
    if (i + 1 < a_.size() && j + 1 < b_.size() && link_a_[i + 1] == j + 1) agree += next_weight;
    if (i > 0 && j > 0 && a_[i - 1].key == b_[j - 1].key) ++agree;
    if (i + 1 < a_.size() && j + 1 < b_.size() && a_[i + 1].key == b_[j + 1].key) agree += next_weight;
    return agree;
  }

  double relative_distance(std::size_t i, std::size_t j) const {
    const double pi = a_.size() > 1 ? static_cast<double>(i) / (a_.size() - 1) : 0.5;
    const double pj = b_.size() > 1 ? static_cast<double>(j) / (b_.size() - 1) : 0.5;
    return std::abs(pi - pj);
  }

  // One matching pass over the still unlinked words: collect candidates,
  // then link greedily by strength, context and position.
  template <class Match>
  void pass(Match match) {
    std::vector<Candidate>& candidates = candidates_;  // reused by every pass
    candidates.clear();
    for (std::size_t i = 0; i < a_.size(); ++i) {
      if (link_a_[i] != kNone) continue;
      for (std::size_t j = 0; j < b_.size(); ++j) {
        if (link_b_[j] != kNone) continue;
        if (auto c = match(*this, i, j)) {
          c->tiebreak = context_agreement(i, j) - relative_distance(i, j);
          candidates.push_back(*c);
        }
      }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
      if (x.strength != y.strength) return x.strength > y.strength;
      return x.tiebreak > y.tiebreak;
    });
    for (const Candidate& c : candidates) {
      if (link_a_[c.a] != kNone || link_b_[c.b] != kNone) continue;
      link(c);
    }
  }

  // A pass for huge beads: each unlinked word of a_ is linked to the first
  // unlinked word of b_ that shares one of its keys, in order. Linear.
  template <class Keys>
  void hashed(Keys keys_of, LinkKind kind, double strength) {
    std::unordered_map<std::string, std::vector<std::size_t>> where;  // key -> words of b_, ascending
    for (std::size_t j = 0; j < b_.size(); ++j)
      if (link_b_[j] == kNone)
        for (const std::string& k : keys_of(*this, b_[j])) where[k].push_back(j);
    std::unordered_map<std::string, std::size_t> next;  // key -> first entry of where[key] to try
    for (std::size_t i = 0; i < a_.size(); ++i) {
      if (link_a_[i] != kNone) continue;
      for (const std::string& k : keys_of(*this, a_[i])) {
        const auto it = where.find(k);
        if (it == where.end()) continue;
        std::size_t& n = next[k];
        while (n < it->second.size() && link_b_[it->second[n]] != kNone) ++n;
        if (n == it->second.size()) continue;
        link(Candidate{i, it->second[n], kind, strength, 0});
        break;
      }
    }
  }

  void link(const Candidate& c) {
    link_a_[c.a] = c.b;
    link_b_[c.b] = c.a;
    links_.push_back(c);
  }

  // An unlinked acronym on one side ("UN") against a run of unlinked
  // capitalized words on the other whose initials spell it ("United Nations";
  // "of", "the", "and" may sit inside the run).
  void acronyms(const std::vector<Word>& short_side, const std::vector<Word>& long_side, bool swapped) {
    const auto& link_short = swapped ? link_b_ : link_a_;
    const auto& link_long = swapped ? link_a_ : link_b_;
    for (std::size_t i = 0; i < short_side.size(); ++i) {
      if (link_short[i] != kNone || !short_side[i].all_caps) continue;
      std::string letters;
      for (char ch : short_side[i].key)
        if (ch != '.') letters += ch;
      for (std::size_t start = 0; start < long_side.size(); ++start) {
        std::vector<std::size_t> run;
        std::size_t pos = 0;
        for (std::size_t j = start; j < long_side.size() && pos < letters.size(); ++j) {
          const Word& w = long_side[j];
          if (link_long[j] != kNone) break;
          if (!run.empty() && (w.key == "of" || w.key == "the" || w.key == "and")) continue;
          if (!w.capitalized || w.key.empty() || w.key[0] != letters[pos]) break;
          run.push_back(j);
          ++pos;
        }
        if (pos != letters.size() || run.size() < 2) continue;
        for (std::size_t j : run) {
          Candidate c = swapped ? Candidate{j, i, LinkKind::kEntity, options_.entity_strength, 0}
                                : Candidate{i, j, LinkKind::kEntity, options_.entity_strength, 0};
          links_.push_back(c);
          if (swapped) link_a_[j] = i; else link_b_[j] = i;
        }
        if (swapped) link_b_[i] = run.front(); else link_a_[i] = run.front();
        break;
      }
    }
  }

  WordAlignment result() const {
    WordAlignment out;
    out.links.reserve(links_.size());
    for (const Candidate& c : links_)
      out.links.push_back(WordLink{a_[c.a].token, b_[c.b].token, c.kind, c.strength});
    std::sort(out.links.begin(), out.links.end(), [](const WordLink& x, const WordLink& y) {
      return x.original != y.original ? x.original < y.original : x.retranslated < y.retranslated;
    });
    for (std::size_t i = 0; i < a_.size(); ++i)
      if (link_a_[i] == kNone) out.unaligned_original.push_back(a_[i].token);
    for (std::size_t j = 0; j < b_.size(); ++j)
      if (link_b_[j] == kNone) out.unaligned_retranslated.push_back(b_[j].token);
    return out;
  }

  std::vector<Word> a_, b_;
  const WordNet* wordnet_;
  WordAlignerOptions options_;
  std::vector<std::size_t> link_a_, link_b_;
  std::vector<Candidate> links_;
  std::vector<Candidate> candidates_;  // pass()'s buffer
};

}  // namespace

bool is_word_token(const Token& token) {
  return token.kind == TokenKind::kWord || token.kind == TokenKind::kNumber;
}

namespace {

// Both align_words: one place that runs the aligner (so that its passes stay
// inlined into one function); `words_a` and `words_b` are both null or not.
WordAlignment run_aligner(const Document& original, TokenRange original_tokens, const Document& retranslated,
                          TokenRange retranslated_tokens, const WordNet* wordnet, const WordAlignerOptions& options,
                          std::vector<WordToken>* words_a, std::vector<WordToken>* words_b) {
  Aligner aligner(original, original_tokens, retranslated, retranslated_tokens, wordnet, options);
  WordAlignment out = aligner.run();
  if (words_a != nullptr && words_b != nullptr) aligner.take_words(*words_a, *words_b);
  return out;
}

}  // namespace

WordAlignment align_words(const Document& original, TokenRange original_tokens,
                          const Document& retranslated, TokenRange retranslated_tokens,
                          const WordNet* wordnet, const WordAlignerOptions& options) {
  return run_aligner(original, original_tokens, retranslated, retranslated_tokens, wordnet, options, nullptr,
                     nullptr);
}

WordAlignment align_words(const Document& original, TokenRange original_tokens,
                          const Document& retranslated, TokenRange retranslated_tokens,
                          const WordNet* wordnet, const WordAlignerOptions& options,
                          std::vector<WordToken>& original_words, std::vector<WordToken>& retranslated_words) {
  return run_aligner(original, original_tokens, retranslated, retranslated_tokens, wordnet, options,
                     &original_words, &retranslated_words);
}

}  // namespace transdrift
