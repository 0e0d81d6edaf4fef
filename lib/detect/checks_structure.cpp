// Who did what to whom: aligned words that kept their form but changed their
// place in the structure (similarity/structure.hpp). Two words or phrases
// that trade places around a verb, a preposition or other content words
// ("emigrated to Missouri ... go to America" -> "emigrated to America ... go
// to Missouri", "a Brazilian football coach and former player" -> "a former
// football coach and Brazilian player") are a major mistranslation, and a
// critical one when two short participants trade places around a short verb
// phrase ("Smith defeated Jones" -> "Jones defeated Smith"), two numbers
// trade places, or two opposites do ("grew ... fell" -> "fell ... grew"); a
// verb that goes both ways ("met") makes it minor; a list reordered ("X and
// Y" -> "Y and X") is minor. A passive turned active with
// the roles the other way round is major; other passive/active and copula
// rewrites and moved words or phrases are not reported (moved words, such as
// clause fronting, are mostly benign; they count in the structure drift of
// the pair score).
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "detect/checks.hpp"
#include "similarity/structure.hpp"
#include "text/wordclass.hpp"

namespace transdrift {
namespace {

// Findings only for pairs that kept their words: the harmonic mean of the two
// alignment coverages at least this. Below it, as between two independent
// translations, word order differs for many reasons.
constexpr double kMinCoverage = 0.95;
// ... and for swapped words linked by form or lemma (mean link strength).
constexpr double kMinStrength = 0.9;

std::string words_of(const Document& doc, const std::vector<std::size_t>& tokens, std::size_t max_chars = 40) {
  if (tokens.empty()) return {};
  return excerpt(doc, Span{doc.tokens[tokens.front()].span.start, doc.tokens[tokens.back()].span.end}, max_chars);
}

// A word for a person, place or thing: a name (capitalized inside the
// sentence) or a word WordNet lists as a noun or adjective.
bool thing_like(const CheckContext& ctx, const Document& doc, const std::vector<std::size_t>& tokens) {
  for (std::size_t t : tokens) {
    const Token& tok = doc.tokens[t];
    if (!is_content_token(tok)) continue;
    const bool sentence_start = t == 0 || doc.tokens[t - 1].sentence != tok.sentence;
    if (tok.capitalized && !sentence_start) return true;
    if (!ctx.wordnet) return true;
    if (!ctx.wordnet->lemmas(tok.norm, Pos::kNoun).empty() || !ctx.wordnet->lemmas(tok.norm, Pos::kAdj).empty())
      return true;
    // A capitalized word opening the sentence that WordNet does not know: a
    // name ("Alice told Bob").
    if (tok.capitalized && ctx.wordnet->lemmas(tok.norm).empty()) return true;
  }
  return false;
}

// A reporting clause: the block's content words are all speaker verbs
// ("She added that X" / "X, she added" moves "added", not a role); a
// speaker word after a determiner is a noun ("wrote the report").
bool reporting_clause(const Document& doc, const std::vector<std::size_t>& tokens) {
  static const std::vector<std::string_view> kDeterminers = {"the", "a",   "an",  "this",  "that", "these", "those",
                                                             "his", "her", "its", "their", "our",  "my",    "your"};
  bool verb = false;
  for (std::size_t t : tokens) {
    const Token& tok = doc.tokens[t];
    if (!is_content_token(tok)) continue;
    if (!wordclass::is_speaker_verb(tok.norm) || (t > 0 && one_of(doc.tokens[t - 1].norm, kDeterminers)))
      return false;
    verb = true;
  }
  return verb;
}

// Words in a swapped block above which it is a clause that moved, not a
// participant (no finding); and up to which two participants that traded
// places around a short verb phrase turn the statement round (critical).
constexpr std::size_t kMaxRoleWords = 6;
constexpr std::size_t kMaxInvertedWords = 4;

std::size_t word_count(const Document& doc, const std::vector<std::size_t>& tokens) {
  return static_cast<std::size_t>(std::count_if(tokens.begin(), tokens.end(), [&](std::size_t t) {
    return doc.tokens[t].kind == TokenKind::kWord;
  }));
}

bool is_quote_mark(std::string_view norm) {
  static const std::vector<std::string_view> kMarks = {"\"", "\u201c", "\u201d", "``", "''", "\u00ab", "\u00bb"};
  return one_of(norm, kMarks);
}

// The block holds quoted words (a quotation mark inside it or right around it).
bool quoted_block(const Document& doc, const std::vector<std::size_t>& tokens) {
  if (tokens.empty()) return false;
  const std::size_t from = tokens.front() > 0 ? tokens.front() - 1 : 0;
  for (std::size_t t = from; t <= tokens.back() + 1 && t < doc.tokens.size(); ++t)
    if (is_quote_mark(doc.tokens[t].norm)) return true;
  return false;
}

// Between the blocks (tokens [first, last)): a quotation mark.
bool speech_between(const Document& doc, std::size_t first, std::size_t last) {
  for (std::size_t t = first; t < last; ++t)
    if (is_quote_mark(doc.tokens[t].norm)) return true;
  return false;
}

// A block of words one after the other (no punctuation inside: "Grandview,
// Missouri" is a place and its state, not one participant).
bool contiguous(const std::vector<std::size_t>& tokens) {
  return !tokens.empty() && tokens.back() - tokens.front() + 1 == tokens.size();
}

// Verbs whose two participants can trade places without changing what is
// said ("Wornell married Mildred" / "Mildred married Wornell").
bool symmetric_verb(std::string_view norm) {
  static const std::vector<std::string_view> kSymmetric = {
      "married", "marries", "marry", "met", "meets", "meet", "divorced", "divorces", "dated", "resembled",
      "resembles", "equals", "equalled", "equaled", "tied", "drew", "faced", "faces", "fought", "fights",
      "merged", "partnered", "collaborated", "competed", "debated"};
  return one_of(norm, kSymmetric);
}

// Between the blocks (tokens [first, last) of the original): one to four
// word tokens, no "and" / "or" (lists, coordinated names) and no "by" (a
// passive: "the final won by X" / "X won the final"), holding a verb linked
// by form or lemma that relates the two and is not symmetric.
bool simple_clause(const CheckContext& ctx, const BeadView& view, std::size_t first, std::size_t last) {
  if (first >= last || last - first > 4 || !ctx.wordnet) return false;
  const Document& o = view.doc(Side::kOriginal);
  // "and" / "or" first, then the verb of a second clause ("born in Vienna
  // and moved to London", "makes cars and sells trucks"): each clause
  // holds one of the two, so they did not trade places as a list's items do.
  const bool joined = o.tokens[first].norm == "and" || o.tokens[first].norm == "or";
  bool verb = false;
  for (std::size_t t = joined ? first + 1 : first; t < last; ++t) {
    const Token& tok = o.tokens[t];
    if (tok.kind != TokenKind::kWord || tok.norm == "and" || tok.norm == "or" || tok.norm == "by") return false;
    if (symmetric_verb(tok.norm)) return false;
    const auto kind = view.link_kind(Side::kOriginal, t);
    // (A speaker verb counts although it is no content word: "Police said
    // the suspect was armed" / "The suspect said police were armed".)
    const bool linked_verb = (is_content_token(tok) || wordclass::is_speaker_verb(tok.norm)) && kind &&
                             (*kind == LinkKind::kExact || *kind == LinkKind::kLemma) && !tok.capitalized &&
                             !ctx.wordnet->lemmas(tok.norm, Pos::kVerb).empty();
    // After "and", the verb comes first: "Smith and Jones signed" has none.
    // And it reads as a verb only: "moved", "died", not "parts" or
    // "springs" ("wear or springs that can break"), which WordNet also
    // knows as nouns.
    if (joined && t == first + 1 &&
        (!linked_verb || (!tok.norm.ends_with("ed") && !ctx.wordnet->lemmas(tok.norm, Pos::kNoun).empty())))
      return false;
    verb |= linked_verb;
  }
  return verb;
}

// Between the blocks (tokens [first, last) of the original, at most six
// words, ten for a comparison, no "and" / "or"): a word that sets the two against each other, so
// that trading them turns the statement round. A negation ("adults but not
// children", "Dogs, not cats,"), a preference or replacement ("bonds rather
// than stocks", "butter instead of oil", "tea over coffee"), a comparison
// ("higher than in"), or a direction when the first block follows "from"
// ("from Paris to Brussels", "from Tuesday to Friday").
bool contrast_between(const Document& doc, std::size_t before, std::size_t first, std::size_t last) {
  if (first >= last) return false;
  std::size_t words = 0;
  bool contrast = false, than = false;
  for (std::size_t t = first; t < last; ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.kind != TokenKind::kWord) continue;
    // A comparison may take up to ten words ("Rents in the capital have
    // risen much faster than wages").
    if (++words > 10 || tok.norm == "and" || tok.norm == "or" || tok.norm == "versus" || tok.norm == "vs") return false;
    than |= tok.norm == "than";
    contrast |= wordclass::is_negator(tok.norm) || tok.norm == "rather" || tok.norm == "instead" ||
                (tok.norm == "over" && words == 1);
  }
  if (than || (contrast && words <= 6)) return true;
  if (words > 6) return false;
  // "from A to B": A right after "from", only "to" / "into" between.
  const bool from = before < first && before < doc.tokens.size() && doc.tokens[before].norm == "from";
  return from && words == 1 && (doc.tokens[first].norm == "to" || doc.tokens[first].norm == "into");
}

// One side says it in the passive where the other is active, which puts
// the two participants in the other order with their roles kept ("The
// hospital treated more than 200 patients" / "More than 200 patients were
// treated at the hospital"): between the blocks on one side a form of "be"
// right before a word linked to a word between them on the other side.
bool voice_changed(const CheckContext& ctx, const BeadView& view, const StructureEvent& e) {
  static const std::vector<std::string_view> kBe = {"is", "are", "was", "were", "be", "been", "being", "am"};
  if (!ctx.wordnet) return false;
  const std::size_t o_first = e.original.back() + 1, o_last = e.partner_original.front();
  const std::size_t r_first = std::min(e.retranslated.back(), e.partner_retranslated.back()) + 1;
  const std::size_t r_last = std::max(e.retranslated.front(), e.partner_retranslated.front());
  auto passive_in = [&](Side side, std::size_t first, std::size_t last, std::size_t other_first, std::size_t other_last) {
    const Document& d = view.doc(side);
    const Document& e_doc = view.doc(other(side));
    for (std::size_t t = first; t + 1 < last; ++t) {
      if (!one_of(d.tokens[t].norm, kBe)) continue;
      // A participle: a verb's form, not the verb itself ("treated",
      // "defeated", "taken"), and not a passive on the other side too
      // ("is situated on" / "is situated on").
      const Token& verb = d.tokens[t + 1];
      const auto lemmas = ctx.wordnet->lemmas(verb.norm, Pos::kVerb);
      if (!is_content_token(verb) || verb.capitalized || lemmas.empty() ||
          std::find(lemmas.begin(), lemmas.end(), verb.norm) != lemmas.end())
        continue;
      const auto partner = view.linked(side, t + 1);
      if (!partner || *partner < other_first || *partner >= other_last) continue;
      // The partner active: no "be", "and", "or" or comma before it (a
      // passive whose "was" the list shares: "photographed by A and edited
      // by B"), no "by" up to three words after it.
      if (*partner > 0 && (one_of(e_doc.tokens[*partner - 1].norm, kBe) || e_doc.tokens[*partner - 1].norm == "and" ||
                           e_doc.tokens[*partner - 1].norm == "or" || e_doc.tokens[*partner - 1].norm == ","))
        continue;
      bool agent = false;
      for (std::size_t k = *partner + 1; k < e_doc.tokens.size() && k <= *partner + 3 &&
                                         e_doc.tokens[k].sentence == e_doc.tokens[*partner].sentence;
           ++k)
        agent = agent || e_doc.tokens[k].norm == "by";
      if (agent) continue;
      return true;
    }
    return false;
  };
  // Short stretches between them only, as a clause's verb phrase is.
  auto words = [&](Side side, std::size_t first, std::size_t last) {
    std::size_t n = 0;
    for (std::size_t t = first; t < last; ++t) n += view.doc(side).tokens[t].kind == TokenKind::kWord;
    return n;
  };
  return o_first < o_last && r_first < r_last && words(Side::kOriginal, o_first, o_last) <= 6 &&
         words(Side::kRetranslated, r_first, r_last) <= 6 &&
         (passive_in(Side::kRetranslated, r_first, r_last, o_first, o_last) ||
          passive_in(Side::kOriginal, o_first, o_last, r_first, r_last));
}

// The block is a number in digits ("12", "3.5", "1,200"), a time of day
// ("9 a.m.", "6 pm") or a percentage ("5 %"): its first token holds a
// digit, and every other one too or is such a marker.
bool all_digits(const Document& doc, const std::vector<std::size_t>& tokens) {
  // A number written out counts too when it stands alone ("two tablets
  // three times a day"), but not an ordinal or a word of proportion.
  static const std::vector<std::string_view> kNotCounts = {"first", "second", "third", "fourth", "fifth", "tenth",
                                                           "half",  "single", "double", "triple"};
  auto digit = [&](std::size_t t) {
    const std::string_view n = doc.tokens[t].norm;
    return std::any_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
           (tokens.size() == 1 && wordclass::number_value(n) && !one_of(n, kNotCounts));
  };
  static const std::vector<std::string_view> kMarkers = {"a.m.", "p.m.", "am", "pm", "%", "percent"};
  return !tokens.empty() && digit(tokens.front()) &&
         std::all_of(tokens.begin() + 1, tokens.end(), [&](std::size_t t) { return digit(t) || one_of(doc.tokens[t].norm, kMarkers); });
}

// A content word linked to the other side among tokens [first, last) of the original.
bool linked_content_between(const BeadView& view, std::size_t first, std::size_t last) {
  const Document& o = view.doc(Side::kOriginal);
  for (std::size_t t = first; t < last; ++t)
    if (is_content_token(o.tokens[t]) && view.linked(Side::kOriginal, t)) return true;
  return false;
}

// Two single words of opposite meaning (a WordNet antonym by lemma, an
// opposite WordNet lacks, or opposite closed-class words): "grew" / "fell",
// "bans" / "allows".
bool opposite_words(const CheckContext& ctx, const Document& doc, const std::vector<std::size_t>& a,
                    const std::vector<std::size_t>& b) {
  if (a.size() != 1 || b.size() != 1 || !ctx.wordnet) return false;
  const std::string& x = doc.tokens[a[0]].norm;
  const std::string& y = doc.tokens[b[0]].norm;
  if (opposite_function_words(x, y) || ctx.wordnet->relation(x, y) == WordRelation::kAntonym) return true;
  // Events that exclude each other count too ("40 people were killed and
  // dozens injured" / "40 were injured and dozens killed": each number now
  // counts another event).
  return lemmas_pair(*ctx.wordnet, x, y, [](std::string_view p, std::string_view q) {
    return wordclass::opposite_lemmas(p, q) || wordclass::contrasting_lemmas(p, q);
  });
}

std::vector<std::size_t> joined(std::vector<std::size_t> a, const std::vector<std::size_t>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// A word between the two swapped phrases on the original side whose
// opposite (opposite_function_words, or a WordNet antonym) sits between them
// on the retranslated side: the relation was inverted along with the order.
bool converse(const CheckContext& ctx, const BeadView& view, std::size_t first, std::size_t last,
              const StructureEvent& e) {
  const Document& o = view.doc(Side::kOriginal);
  const Document& r = view.doc(Side::kRetranslated);
  // Between the two blocks on the retranslated side, in whichever order they stand there.
  const std::size_t r_first = std::min(e.retranslated.back(), e.partner_retranslated.back()) + 1;
  const std::size_t r_last = std::max(e.retranslated.front(), e.partner_retranslated.front());
  for (std::size_t t = first; t < last; ++t) {
    if (o.tokens[t].kind != TokenKind::kWord) continue;
    for (std::size_t u = r_first; u < r_last; ++u) {
      if (r.tokens[u].kind != TokenKind::kWord) continue;
      // A preposition that governs a word both sides have right after it
      // belongs to its noun phrase, not to the relation between the two
      // blocks: "Exports to China grew faster than imports" / "Imports from
      // China grew faster than exports" (degree words do turn the
      // relation: "more expensive" / "less expensive").
      static const std::vector<std::string_view> kDegree = {"more", "less", "fewer", "most", "least"};
      const bool attached = !one_of(o.tokens[t].norm, kDegree) && t + 1 < last && u + 1 < r_last &&
                            is_content_token(o.tokens[t + 1]) && view.linked(Side::kOriginal, t + 1) == u + 1;
      if (opposite_function_words(o.tokens[t].norm, r.tokens[u].norm) && !attached) return true;
      if (ctx.wordnet && is_content_token(o.tokens[t]) && is_content_token(r.tokens[u]) &&
          ctx.wordnet->relation(o.tokens[t].norm, r.tokens[u].norm) == WordRelation::kAntonym)
        return true;
    }
  }
  return false;
}

// A passive turned into an active with the roles the other way round: "the
// suspect was arrested by police" / "the suspect arrested the police". The
// verb is linked (by form or lemma) and has a form of "be" just before it
// and "by" and its agent just after it on the original side; on the other
// side it has neither, and the original's subject now stands before it and
// its agent after it, the doer become the one done to. (The faithful active,
// "police arrested the suspect", has them the other way round.)
void check_passive_turned(const BeadView& view, std::vector<Finding>& out) {
  static const std::vector<std::string_view> kBe = {"is", "are", "was", "were", "be", "been", "being", "am"};
  // The passive on either side: the original's, or the retranslation's ("police arrested the suspect" / "police
  // were arrested by the suspect").
  for (const Side side : {Side::kOriginal, Side::kRetranslated}) {
    const Document& d = view.doc(side);
    const Document& e = view.doc(other(side));
    const TokenRange here = view.tokens(side), there = view.tokens(other(side));
    auto same_sentence = [](const Document& doc, std::size_t a, std::size_t b) {
      return doc.tokens[a].sentence == doc.tokens[b].sentence;
    };
    for (std::size_t v = here.begin + 1; v + 2 < here.end; ++v) {
      const auto kind = view.link_kind(side, v);
      if (!kind || (*kind != LinkKind::kExact && *kind != LinkKind::kLemma)) continue;
      if (!one_of(d.tokens[v - 1].norm, kBe) || d.tokens[v + 1].norm != "by" || !same_sentence(d, v - 1, v + 1)) continue;
      const std::size_t w = *view.linked(side, v);
      // The agent: the first linked content word within three tokens after "by".
      std::optional<std::size_t> agent;
      for (std::size_t k = v + 2; k < here.end && k <= v + 4 && same_sentence(d, k, v) && !agent; ++k)
        if (is_content_token(d.tokens[k]) && view.linked(side, k)) agent = k;
      // The subject: the nearest linked content word before the form of "be", up to six tokens back.
      std::optional<std::size_t> subject;
      for (std::size_t k = v - 1; k-- > here.begin && k + 7 >= v && same_sentence(d, k, v) && !subject;)
        if (is_content_token(d.tokens[k]) && view.linked(side, k)) subject = k;
      if (!agent || !subject) continue;
      const std::size_t a = *view.linked(side, *agent), s = *view.linked(side, *subject);
      // Active on the other side: no "be" just before the verb, no "by" just after it.
      const bool passive_there = (w > there.begin && one_of(e.tokens[w - 1].norm, kBe)) ||
                                 (w + 1 < there.end && e.tokens[w + 1].norm == "by");
      if (passive_there || !(s < w && w < a) || !same_sentence(e, s, a)) continue;
      const Span passive{d.tokens[*subject].span.start, d.tokens[*agent].span.end};
      const Span active{e.tokens[s].span.start, e.tokens[a].span.end};
      const bool original_passive = side == Side::kOriginal;
      // The doer: the passive's agent, and the active's subject.
      const std::string doer_before(original_passive ? d.slice(d.tokens[*agent].span) : e.slice(e.tokens[s].span));
      const std::string doer_now(original_passive ? e.slice(e.tokens[s].span) : d.slice(d.tokens[*agent].span));
      out.push_back(make_finding(view, Category::kMistranslation, Check::kStructure, Severity::kMajor, 0.8,
                                 original_passive ? passive : active, original_passive ? active : passive,
                                 "who did it changed: \"" + doer_before + "\" did, now \"" + doer_now +
                                     "\" does (" + (original_passive ? "a passive became an active" : "an active became a passive") +
                                     " with the roles the other way round)"));
    }
  }
}

}  // namespace

void check_structure(const CheckContext& ctx, const BeadView& view, std::vector<Finding>& out) {
  if (!view.paired()) return;
  check_passive_turned(view, out);
  const double co = view.score()->coverage_original, cr = view.score()->coverage_retranslated;
  if (co + cr <= 0 || 2 * co * cr / (co + cr) < kMinCoverage) return;
  const Document& o = view.doc(Side::kOriginal);
  const Document& r = view.doc(Side::kRetranslated);
  const StructureAnalysis a = analyze_structure(o, view.tokens(Side::kOriginal), r, view.tokens(Side::kRetranslated),
                                                view.score()->words);
  for (const StructureEvent& e : a.events) {
    if (e.original.empty() || e.retranslated.empty()) continue;
    switch (e.change) {
      case StructureChange::kRoleSwap:
      case StructureChange::kListSwap: {
        if (e.weight < kMinStrength) break;
        // The clause that says who speaks moved to the other end: same statement.
        if (reporting_clause(o, e.original) || reporting_clause(o, e.partner_original)) break;
        // Active said as passive, or the reverse: the roles kept.
        if (e.change == StructureChange::kRoleSwap && voice_changed(ctx, view, e)) break;
        const bool role = e.change == StructureChange::kRoleSwap;
        // Major when people, places or things (or their qualities) trade
        // roles; two verbs or adverbs trading places is minor.
        const bool things = thing_like(ctx, o, e.original) && thing_like(ctx, o, e.partner_original);
        const std::string x = words_of(o, e.original), y = words_of(o, e.partner_original);
        std::string explanation = "\"" + x + "\" and \"" + y + "\" traded places";
        const std::size_t first = e.original.back() + 1, last = e.partner_original.front();  // [first, last)
        // The relation between them turned as well ("the car is more
        // expensive than the bike" / "the bike is less expensive than the
        // car"): the same statement, a minor rewording.
        if (role && first < last && converse(ctx, view, first, last, e)) {
          out.push_back(make_finding(view, Category::kMistranslation, Check::kStructure, Severity::kMinor, 0.2,
                                     view.cover(Side::kOriginal, joined(e.original, e.partner_original)),
                                     view.cover(Side::kRetranslated, joined(e.retranslated, e.partner_retranslated)),
                                     "\"" + x + "\" and \"" + y +
                                         "\" traded places and the relation between them turned: same meaning"));
          break;
        }
        // Two opposites that traded places ("revenue grew ..., while costs
        // fell" / "revenue fell ..., while costs grew"): each clause now says
        // the opposite of what it said.
        if (role && opposite_words(ctx, o, e.original, e.partner_original)) {
          const bool events = lemmas_pair(*ctx.wordnet, wordclass::match_key(x, false), wordclass::match_key(y, false),
                                          wordclass::contrasting_lemmas);
          out.push_back(make_finding(view, Category::kMistranslation, Check::kStructure,
                                     view.score()->score >= 0.5 ? Severity::kCritical : Severity::kMajor, 0.9,
                                     view.cover(Side::kOriginal, joined(e.original, e.partner_original)),
                                     view.cover(Side::kRetranslated, joined(e.retranslated, e.partner_retranslated)),
                                     "\"" + x + "\" and \"" + y + "\" traded places: " +
                                         (events ? "each now names the other event" : "each now says the opposite of what it said")));
          break;
        }
        // A quotation mark between them: the speaker and
        // the words spoken changed ends ("\"The gloves are off,\" said Rob
        // O'Neill" / "Rob O'Neill said: \"The gloves are off.\""); a block
        // of more than six words is a clause that moved, not a role.
        if (role && (speech_between(o, first, last) || quoted_block(o, e.original) ||
                     quoted_block(o, e.partner_original) || word_count(o, e.original) > kMaxRoleWords ||
                     word_count(o, e.partner_original) > kMaxRoleWords))
          break;
        // Two numbers that traded places around linked content words ("killed
        // 12 people and injured 30" / "killed 30 people and injured 12"):
        // each fact changed, critical as a number changed is.
        const bool numbers = role && all_digits(o, e.original) && all_digits(o, e.partner_original) &&
                             words_of(o, e.original) != words_of(o, e.partner_original) &&
                             linked_content_between(view, first, last);
        if (role && first < last)
          explanation += " around \"" + excerpt(o, Span{o.tokens[first].span.start, o.tokens[last - 1].span.end}, 40) +
                         (numbers ? "\": each number now counts something else"
                                  : "\": who or what each one refers to changed");
        else if (role)
          explanation += ": who or what each one refers to changed";
        else
          explanation += " in a list (order only)";
        // Two short noun phrases on either side of a short verb phrase
        // ("Smith defeated Jones" / "Jones defeated Smith", "The bank lent
        // the city" / "The city lent the bank"): the statement turned round,
        // critical in a pair this close. Longer stretches between them, or
        // "and" / "or" there (lists, coordinated names), stay major.
        const bool inverted = (role && things &&
                               (simple_clause(ctx, view, first, last) ||
                                contrast_between(o, e.original.front() - 1, first, last)) &&
                               contiguous(e.original) &&
                               contiguous(e.partner_original) &&
                               word_count(o, e.original) <= kMaxInvertedWords &&
                               word_count(o, e.partner_original) <= kMaxInvertedWords &&
                               view.score()->score >= 0.5) ||
                              numbers;
        // A verb that goes both ways between them ("Merkel met Macron" /
        // "Macron met Merkel", "married"): the same statement, minor.
        // (Not when a noun of its own stands between them as well:
        // "The president of France met the chancellor of Germany" / "The
        // president of Germany met the chancellor of France" changed who
        // holds which office.)
        bool symmetric = false, other_content = false;
        for (std::size_t t = first; role && last - first <= 4 && t < last; ++t) {
          const bool verb = symmetric_verb(o.tokens[t].norm);
          symmetric |= verb;
          other_content |= !verb && is_content_token(o.tokens[t]) && ctx.wordnet &&
                           !ctx.wordnet->lemmas(o.tokens[t].norm, Pos::kNoun).empty() &&
                           ctx.wordnet->lemmas(o.tokens[t].norm, Pos::kAdv).empty();
        }
        symmetric = symmetric && !other_content;
        if (symmetric && !numbers)
          if (const auto k = explanation.rfind(": who or what each one refers to changed"); k != std::string::npos)
            explanation.replace(k, std::string::npos, ", a verb that goes both ways: the same statement");
        const Severity severity = inverted                       ? Severity::kCritical
                                  : role && things && !symmetric ? Severity::kMajor
                                                                 : Severity::kMinor;
        out.push_back(make_finding(view, Category::kMistranslation, Check::kStructure, severity,
                                   role ? (things ? 0.5 : 0.3) + 0.4 * e.weight : 0.2,
                                   view.cover(Side::kOriginal, joined(e.original, e.partner_original)),
                                   view.cover(Side::kRetranslated, joined(e.retranslated, e.partner_retranslated)),
                                   std::move(explanation)));
        break;
      }
      case StructureChange::kCopula:
      case StructureChange::kPassive:
      case StructureChange::kMove: break;
    }
  }
}

}  // namespace transdrift
