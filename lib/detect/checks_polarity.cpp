// Checks on what the words of a pair assert rather than which words they
// are: polarity, modal strength and who is speaking.
#include <algorithm>
#include <array>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

#include "detect/checks.hpp"
#include "similarity/word_aligner.hpp"
#include "text/wordclass.hpp"

namespace transdrift {
namespace {

std::vector<std::size_t> tokens_where(const BeadView& view, Side side, bool (*pred)(std::string_view)) {
  std::vector<std::size_t> out;
  const Document& doc = view.doc(side);
  const TokenRange r = view.tokens(side);
  for (std::size_t t = r.begin; t < r.end; ++t)
    if (doc.tokens[t].kind == TokenKind::kWord && pred(doc.tokens[t].norm)) out.push_back(t);
  return out;
}

bool is_ever(std::string_view norm) { return norm == "ever"; }

// Words that start a noun phrase: articles, demonstratives, possessives,
// quantifiers. What follows one is a noun, not a verb.
bool is_determiner(std::string_view norm) {
  static const std::vector<std::string_view> kDeterminers = {
      "the", "a", "an", "this", "that", "these", "those", "each", "every", "any", "no",
      "its", "their", "our", "his", "her", "my", "your", "whose"};
  return one_of(norm, kDeterminers);
}

// "declined to comment" = "did not comment"; not "declined to record
// lows", where "to" starts no verb: the verbs news puts after it.
bool declined_to(std::string_view w, std::string_view next, std::string_view verb) {
  static const std::vector<std::string_view> kDecline = {"decline", "declines", "declined", "declining"};
  static const std::vector<std::string_view> kVerbs = {
      "comment", "say",     "discuss", "elaborate", "confirm",     "answer", "respond", "specify",
      "reveal",  "identify", "name",   "disclose",  "give",        "provide", "be",     "sign",
      "join",    "testify", "speak",   "reply",     "participate", "attend", "release", "explain"};
  return one_of(w, kDecline) && next == "to" && one_of(verb, kVerbs);
}

// A refusal whose verb is left out or put off: "declined comment",
// "declined, through a spokesman, to comment" (a phrase between commas
// before the "to"), and "refused" ending its clause ("the parents have
// refused, fearing ...").
bool refused_outright(const Document& d, TokenRange r, std::size_t t) {
  static const std::vector<std::string_view> kRefuse = {"refuse", "refuses", "refused", "decline", "declines",
                                                        "declined"};
  const std::string_view w = d.tokens[t].norm;
  if (!one_of(w, kRefuse)) return false;
  auto norm_at = [&](std::size_t k) -> std::string_view {
    return k < r.end && d.tokens[k].sentence == d.tokens[t].sentence ? std::string_view(d.tokens[k].norm)
                                                                      : std::string_view();
  };
  const std::string_view next = norm_at(t + 1);
  if (w.starts_with("decline") && next == "comment") return true;
  // "declined (written and telephone) requests for an interview" = "did not
  // respond to requests": a refusal of what was asked, up to four words on.
  static const std::vector<std::string_view> kAsked = {"request", "requests", "invitation", "invitations",
                                                       "offer",   "offers",   "interview",  "interviews"};
  // Only determiners, "and" and modifiers between ("declined after the
  // offer" fell).
  static const std::vector<std::string_view> kBetween = {"a",   "an",  "the", "his", "her",      "their",
                                                         "its", "our", "my",  "and", "repeated", "several"};
  for (std::size_t k = t + 1; k <= t + 4; ++k) {
    const std::string_view a = norm_at(k);
    if (one_of(a, kAsked)) return true;
    if (a.empty() || (is_function_word(a) && !one_of(a, kBetween)) || d.tokens[k].kind != TokenKind::kWord) break;
  }
  if (next == ",") {
    for (std::size_t k = t + 2; k < r.end && k <= t + 8 && d.tokens[k].sentence == d.tokens[t].sentence; ++k)
      if (d.tokens[k].norm == ",") {
        if (norm_at(k + 1) == "to") return declined_to("declined", "to", norm_at(k + 2)) || w.starts_with("refus");
        break;
      }
  }
  // The clause ends: a full stop, a semicolon, or a comma before a
  // participle or a conjunction ("refused, fearing", "refused, and"). Not
  // "declined": "revenues have declined." fell.
  if (!w.starts_with("refus")) return false;
  if (next == "." || next == ";" || next.empty()) return true;
  if (next == ",") {
    const std::string_view then = norm_at(t + 2);
    return then.ends_with("ing") || then == "and" || then == "but" || then == "saying";
  }
  return false;
}

// A word with a negative prefix that holds a negation: one that WordNet
// makes the antonym of itself without the prefix ("unsatisfactory",
// "insignificant"), or "un" before an adjective or participle WordNet
// knows, where WordNet records no antonym pair ("unbeaten", "unannounced").
bool holds_negation(const CheckContext& ctx, std::string_view w) {
  if (!ctx.wordnet) return false;
  for (std::string_view prefix : {"un", "in", "im", "il", "ir", "non", "dis"})
    if (w.size() > prefix.size() + 3 && w.substr(0, prefix.size()) == prefix &&
        ctx.wordnet->relation(w, w.substr(prefix.size())) == WordRelation::kAntonym)
      return true;
  return w.size() > 5 && w.starts_with("un") && !is_function_word(w) &&
         (!ctx.wordnet->lemmas(w.substr(2), Pos::kAdj).empty() || !ctx.wordnet->lemmas(w.substr(2), Pos::kVerb).empty());
}

// The negators of one side of the bead, read in context: the words
// wordclass::is_negator lists, "impossible" / "unable" / "incapable" (=
// "cannot"), "unless" (= "if not"), "fail / refuse to", "decline to <say ...>" (declined_to) and
// "too <word> ... to <verb>"; but not those that deny nothing: "(it goes)
// without saying", "without (a) doubt" (= undoubtedly), a sentence-opening
// "No," that answers, a "without" just after "except (for)" that says the
// exception again ("except for maybe without the grid"), "not (for) the
// first time" (= "before", "again"),
// "can't help (but)" (= "have to"), "not only ... but (also)" and "not
// only did ..." (= "and"),
// "no more / less / fewer than" (a bound; also after "not"), "no later /
// earlier than" against a deadline on the other side ("by the fifth"),
// adverbial "without difficulty / incident / a hitch ...", "No. 1", "three
// no votes", "Not surprisingly,", "nothing but" (= "only"), and a negator
// with a "fail to" just after it ("did not fail to mention" = "mentioned"):
// both go. A refusal said without its verb counts (refused_outright).
// "-free" glued to a word says "without" it: "nut-free", "sugar-free",
// "tax-free" (one token, or the word, "-" and "free" with no space between).
bool free_of(const Document& d, TokenRange r, std::size_t t) {
  const std::string_view w = d.tokens[t].norm;
  if (w.size() > 5 && w.ends_with("-free")) return true;
  return w == "free" && t >= r.begin + 2 && d.tokens[t - 1].norm == "-" &&
         d.tokens[t - 1].span.start == d.tokens[t - 2].span.end && d.tokens[t].span.start == d.tokens[t - 1].span.end &&
         d.tokens[t - 2].kind == TokenKind::kWord;
}

// How a "too" denies: "too ... for" ("too late for surgery") or "too ... to".
std::string too_phrase(const Document& d, std::size_t t) {
  return t + 2 < d.tokens.size() && d.tokens[t + 2].norm == "for" ? "\"too ... for\"" : "\"too ... to\"";
}

// "non-" written apart before a word the word aligner linked to itself on
// the other side: "The deposit is refundable" / "non-refundable". (Not
// before a word linked to another one: "non-profit" / "charity".)
bool non_before_linked(const BeadView& view, Side side, std::size_t t) {
  const Document& d = view.doc(side);
  const TokenRange r = view.tokens(side);
  if (d.tokens[t].norm != "non" || t + 2 >= r.end || d.tokens[t + 1].norm != "-" ||
      d.tokens[t + 1].span.start != d.tokens[t].span.end || d.tokens[t + 2].span.start != d.tokens[t + 1].span.end)
    return false;
  const auto u = view.linked(side, t + 2);
  return u && view.doc(other(side)).tokens[*u].norm == d.tokens[t + 2].norm;
}

// A verb of advice or choice before "against", which then denies what
// follows: "advised against the vaccine" = "did not recommend it",
// "decided against selling" = "decided not to sell".
bool advice_or_choice(std::string_view before) {
  static const std::vector<std::string_view> kVerbs = {
      "advise",  "advises",  "advised",  "advising", "warn",       "warns",       "warned",      "warning",
      "decide",  "decides",  "decided",  "deciding", "recommend",  "recommends",  "recommended", "counsel",
      "counsels", "counselled", "counseled", "caution", "cautions", "cautioned"};
  return one_of(before, kVerbs);
}

std::vector<std::size_t> negators_of(const BeadView& view, Side side) {
  std::vector<std::size_t> out;
  const Document& d = view.doc(side);
  const TokenRange r = view.tokens(side);
  auto norm_at = [&](std::size_t k) -> std::string_view {
    return k >= r.begin && k < r.end ? std::string_view(d.tokens[k].norm) : std::string_view();
  };
  for (std::size_t t = r.begin; t < r.end; ++t) {
    if (d.tokens[t].kind != TokenKind::kWord) continue;
    const std::string_view w = d.tokens[t].norm;
    // "too heavy (for him) to lift" = "so heavy that he cannot lift it"; not
    // "too much work to do", nor "too close to it" (a preposition's "to").
    bool too_to = false;
    if (w == "too" && norm_at(t + 1) != "much" && norm_at(t + 1) != "many")
      for (std::size_t j = t + 2; j < r.end && j <= t + 6 && d.tokens[j].sentence == d.tokens[t].sentence; ++j)
        if (d.tokens[j].norm == "to") {
          // Not a determiner where a speaker verb may follow ("some say"), but not a verb after "to" either.
          static const std::vector<std::string_view> kObjects = {"it", "him", "her", "them", "us", "me", "you", "some"};
          const std::string_view next = norm_at(j + 1);
          too_to = j + 1 < r.end && d.tokens[j + 1].kind == TokenKind::kWord && !d.tokens[j + 1].capitalized &&
                   !is_determiner(next) && !one_of(next, kObjects);
          break;
        }
    // "too late for surgery" = surgery no longer possible: "too", one word,
    // "for" and a noun phrase (not "too much for", "too many for").
    const bool too_for = w == "too" && !too_to && norm_at(t + 1) != "much" && norm_at(t + 1) != "many" &&
                         norm_at(t + 2) == "for" && t + 3 < r.end && d.tokens[t + 3].sentence == d.tokens[t].sentence &&
                         d.tokens[t + 1].kind == TokenKind::kWord && d.tokens[t + 3].kind == TokenKind::kWord;
    const bool listed = wordclass::is_negator(w) || w == "impossible" || w == "unable" || w == "incapable" || too_for ||
                        w == "unless" || (w == "except" && (norm_at(t + 1) == "if" || norm_at(t + 1) == "when")) ||
                        too_to ||
                        ((w == "fail" || w == "fails" || w == "failed" || w == "failing" || w == "refuse" ||
                          w == "refuses" || w == "refused" || w == "refusing") &&
                         norm_at(t + 1) == "to") ||
                        declined_to(w, norm_at(t + 1), norm_at(t + 2)) || refused_outright(d, r, t) ||
                        free_of(d, r, t) || non_before_linked(view, side, t) ||
                        (w == "against" && t > r.begin && advice_or_choice(norm_at(t - 1)));
    if (!listed) continue;
    if (w == "without") {
      const std::string_view next = norm_at(t + 1);
      if (next == "saying" || next == "doubt" || (next == "a" && norm_at(t + 2) == "doubt")) continue;
      // Adverbial phrases that deny nothing of the clause: "saved par
      // without difficulty" (= easily), "ended without incident", "without
      // a hitch", "without delay" (= at once), "without fail" (= always),
      // "without question", "without exception" (= all), "without a shot
      // (being) fired" (= peacefully).
      static const std::vector<std::string_view> kIdioms = {"difficulty", "incident", "delay", "fail",
                                                            "question",   "exception", "hesitation"};
      const std::string_view after_a = next == "a" ? norm_at(t + 2) : std::string_view();
      if (one_of(next, kIdioms) || after_a == "hitch" || after_a == "shot") continue;
      bool after_except = false;
      for (std::size_t k = t; k-- > r.begin && k + 3 >= t && d.tokens[k].sentence == d.tokens[t].sentence;)
        after_except = after_except || d.tokens[k].norm == "except";
      if (after_except) continue;
    }
    if (w == "no" && norm_at(t + 1) == "," && (t == r.begin || d.tokens[t - 1].sentence != d.tokens[t].sentence))
      continue;
    // "No. 1 Intermediate Court": the abbreviation of "number"; "three no
    // votes": the noun of a vote against.
    if (w == "no" && d.tokens[t].capitalized) {
      const std::size_t k = norm_at(t + 1) == "." ? t + 2 : t + 1;
      if (k < r.end && d.tokens[k].sentence == d.tokens[t].sentence && d.tokens[k].kind == TokenKind::kNumber)
        continue;
    }
    if (w == "no" && t > r.begin && d.tokens[t - 1].sentence == d.tokens[t].sentence &&
        (d.tokens[t - 1].kind == TokenKind::kNumber || wordclass::number_value(d.tokens[t - 1].norm)) &&
        (norm_at(t + 1) == "votes" || norm_at(t + 1) == "vote"))
      continue;
    // "That wasn't all:" / "That's not all." = "What's more": it adds, it
    // denies nothing.
    if ((w == "not" || w.ends_with("n't")) && norm_at(t + 1) == "all" &&
        (norm_at(t + 2) == ":" || norm_at(t + 2) == "." || norm_at(t + 2) == ";" || norm_at(t + 2) == ",") &&
        t > r.begin && d.tokens[t - 1].sentence == d.tokens[t].sentence) {
      const std::size_t k = (w == "not" && (norm_at(t - 1) == "is" || norm_at(t - 1) == "was" ||
                                             norm_at(t - 1) == "'s" || norm_at(t - 1) == "\u2019s"))
                                ? t - 1
                                : t;
      const std::string_view subject = k > r.begin && d.tokens[k - 1].sentence == d.tokens[t].sentence
                                           ? std::string_view(d.tokens[k - 1].norm)
                                           : std::string_view();
      if (subject == "that" || subject == "this" || subject == "that's" || subject == "that\u2019s") continue;
    }
    // "No player is younger than him" = "he is the youngest player".
    if (superlative_as_negated_comparative(view, side, t)) continue;
    // "had nothing but praise" = "had only praise", "is nothing but a
    // liar" = "is a liar": a restriction, not a denial.
    if ((w == "nothing" || w == "none") && norm_at(t + 1) == "but") continue;
    // "Not surprisingly, Korea leads": a comment on the sentence, which
    // asserts it ("not unexpectedly,", "not coincidentally,").
    if (w == "not" && norm_at(t + 1).size() > 4 && norm_at(t + 1).ends_with("ly") && norm_at(t + 2) == ",") continue;
    // "(it is) not the first time" / "not for the first time" says it
    // happened before: no denial ("... has faced criticism before").
    if (w == "not" || w == "n't") {
      const std::size_t k = norm_at(t + 1) == "for" ? t + 2 : t + 1;
      if (norm_at(k) == "the" && norm_at(k + 1) == "first" && norm_at(k + 2) == "time") continue;
    }
    // "no more than 10" = "at most 10", "no fewer than" = "at least": a
    // bound on a number, which the number check compares; "no later than
    // the fifth" = "by the fifth", a deadline. "not" too ("not later than").
    // A deadline counts as one only when the other side sets one too ("by",
    // "before", "until", "within"): "no later than Friday" / "after Friday"
    // turned it round.
    static const std::vector<std::string_view> kBounds = {"more", "less", "fewer", "longer", "greater"};
    static const std::vector<std::string_view> kDeadlines = {"later", "earlier", "sooner"};
    static const std::vector<std::string_view> kDeadlineWords = {"by",    "before", "until", "till",   "within",
                                                                 "later", "earlier", "sooner", "deadline"};
    auto deadline_there = [&] {
      const Document& e = view.doc(other(side));
      for (std::size_t k = view.tokens(other(side)).begin; k < view.tokens(other(side)).end; ++k)
        if (one_of(e.tokens[k].norm, kDeadlineWords)) return true;
      return false;
    };
    if ((w == "no" || w == "not") && norm_at(t + 2) == "than" &&
        (one_of(norm_at(t + 1), kBounds) || (one_of(norm_at(t + 1), kDeadlines) && deadline_there())))
      continue;
    // "not only X but (also) Y" adds Y to X, and so do "not just", "not
    // merely", "not simply" with a "but" or "also" after them in the
    // sentence; "not just anyone can do it" still denies.
    if (w == "not") {
      static const std::vector<std::string_view> kOnly = {"only", "just", "merely", "simply"};
      if (one_of(norm_at(t + 1), kOnly)) {
        bool but = false;
        for (std::size_t k = t + 2; k < r.end && d.tokens[k].sentence == d.tokens[t].sentence && !but; ++k)
          but = d.tokens[k].norm == "but" || d.tokens[k].norm == "also";
        // "Not only did he win, he broke the record": the auxiliary put
        // before its subject says the same.
        static const std::vector<std::string_view> kAuxiliaries = {
            "did", "does", "do", "is", "was", "are", "were", "has", "have", "had", "can", "could", "will", "would"};
        if (but || one_of(norm_at(t + 2), kAuxiliaries)) continue;
      }
    }
    // "did not fail to mention" = "mentioned": a "fail to" up to three
    // words after a negator cancels it, and is not counted either.
    if (w == "fail" || w == "fails" || w == "failed" || w == "failing") {
      if (!out.empty() && out.back() + 3 >= t && d.tokens[out.back()].sentence == d.tokens[t].sentence) {
        out.pop_back();
        continue;
      }
    }
    // "we can't help but ask" = "we have to ask".
    if ((w == "can't" || w == "cannot" || w == "couldn't") && norm_at(t + 1) == "help") continue;
    if ((w == "not" || w == "n't") && norm_at(t + 1) == "help" && t > r.begin &&
        (d.tokens[t - 1].norm == "can" || d.tokens[t - 1].norm == "could"))
      continue;
    out.push_back(t);
  }
  return out;
}

// Words that deny by degree or in their meaning, not outright: "hardly",
// "barely", "scarcely", "few" (not "a few", "quite a few", "the few"), "yet
// to" after an auxiliary ("has yet to respond" = "has not responded yet"),
// "prohibited", "forbidden", "banned", "optional", "avoid", "absent",
// "missed", "lacked", ..., and "stayed away". They
// balance a negator of the other side ("could hardly believe" / "almost
// could not believe", "few people know" / "not many people know", "must not
// smoke" / "smoking is prohibited"), but are no negation of their own: "few"
// / "a small number of" is no flip.
std::size_t near_negators(const BeadView& view, Side side) {
  const Document& d = view.doc(side);
  const TokenRange r = view.tokens(side);
  auto norm_at = [&](std::size_t k, std::size_t sentence) -> std::string_view {
    return k >= r.begin && k < r.end && d.tokens[k].sentence == sentence ? std::string_view(d.tokens[k].norm)
                                                                         : std::string_view();
  };
  static const std::vector<std::string_view> kAuxiliaries = {"has", "have", "had", "is", "are", "was",
                                                             "were", "am", "remain", "remains", "remained"};
  const Document& other_doc = view.doc(other(side));
  auto to_within = [&](std::size_t t, std::size_t sentence, std::size_t span) {
    for (std::size_t k = t + 1; k <= t + span; ++k) {
      const std::string_view w = norm_at(k, sentence);
      if (w.empty() || w == "." || w == ";") return false;
      if (w == "to") return true;
    }
    return false;
  };
  std::size_t n = 0;
  for (std::size_t t = r.begin; t < r.end; ++t) {
    if (d.tokens[t].kind != TokenKind::kWord) continue;
    const std::string_view w = d.tokens[t].norm;
    const std::size_t sentence = d.tokens[t].sentence;
    const std::string_view before = t > r.begin ? norm_at(t - 1, sentence) : std::string_view();
    // Words that hold a "not" in their meaning: "must not smoke" /
    // "smoking is prohibited", "not required" / "optional".
    static const std::vector<std::string_view> kNegative = {
        "prohibit", "prohibits", "prohibited", "forbid",   "forbids",     "forbidden", "forbade",
        "ban",      "bans",      "banned",     "barred",   "optional",    "unnecessary", "voluntary",
        "refrain",  "refrains",  "refrained",  "avoid",    "avoids",      "avoided",
        // "did not attend" / "was absent from", "did not catch" / "missed".
        "absent",   "absence",   "missed",     "skipped",  "lacked",      "lacks",
        // "banning them in others" / "not in others", "missing the targets"
        // / "failing to meet", "declined requests" / "did not respond",
        // "denied a motion" / "refused", "on condition of anonymity" / "of
        // not being identified".
        "banning",  "prohibiting", "forbidding", "missing", "miss",   "misses",
        "decline",  "declines",  "declined",   "deny",     "denies",      "denied",
        "reject",   "rejects",   "rejected",   "anonymity", "anonymous", "anonymously",
        // "does not apply to small businesses" / "small businesses are
        // exempt", "will be closed to traffic" / "traffic will not be able
        // to use", "was unable to" / "could not".
        "exempt",   "exempted",  "exempts",    "exemption", "closed",     "shut",       "unable",
        // "postponed indefinitely" / "with no new date set".
        "indefinitely", "indefinite"};
    static const std::vector<std::string_view> kStay = {"stay", "stays", "stayed", "staying", "keep", "kept"};
    // (Unlinked: "did not ban" / "banned" is a negation lost.)
    // (A refusal counted as a negator is not counted again: "declined to
    // comment", "declined comment".)
    const bool refusal_negator = w.starts_with("declin") && (norm_at(t + 1, sentence) == "to" || refused_outright(d, r, t));
    // Linked, it balances only the negator it is linked to ("missing the
    // targets" / "failing to meet", "denied a motion" / "refused to").
    const auto link = view.linked(side, t);
    const bool to_negator = link && (wordclass::is_negator(other_doc.tokens[*link].norm) ||
                                     other_doc.tokens[*link].norm.starts_with("fail") ||
                                     other_doc.tokens[*link].norm.starts_with("refus"));
    if (w == "hardly" || w == "barely" || w == "scarcely" ||
        (one_of(w, kNegative) && (!link || to_negator) && !refusal_negator))
      ++n;
    // "the first time it has made a loss" = "it has never made a loss before".
    else if (w == "first" && norm_at(t + 1, sentence) == "time") ++n;
    // "did not attend" / "stayed away from".
    else if (w == "away" && one_of(before, kStay) && !view.linked(side, t)) ++n;
    else if (w == "few" && before != "a" && before != "the") ++n;
    // "rarely keep" / "do not keep", as "hardly".
    else if (w == "rarely" || w == "seldom") ++n;
    // "IE's failure to determine" / "IE does not determine", "his refusal
    // to participate" / "he refused to participate".
    // Also with a phrase before the "to" ("their failure, three times in
    // a row, to get"), and linked to the verb it names ("refusal" /
    // "refused to").
    else if ((w == "failure" || w == "refusal" || w == "inability") && to_within(t, sentence, 8) &&
             (!view.linked(side, t) || other_doc.tokens[*view.linked(side, t)].norm.substr(0, 4) == w.substr(0, 4) ||
              (w == "inability" && other_doc.tokens[*view.linked(side, t)].norm.starts_with("unabl"))))
      ++n;
    // "The upload failed" / "The upload did not work" ("failed to" is a
    // negator of its own).
    else if ((w == "fail" || w == "fails" || w == "failed") && norm_at(t + 1, sentence) != "to" &&
             !view.linked(side, t))
      ++n;
    else if (w == "yet" && norm_at(t + 1, sentence) == "to" &&
             one_of(before, kAuxiliaries))
      ++n;
  }
  return n;
}

std::string quoted(const Document& doc, std::size_t t) { return "\"" + std::string(doc.slice(doc.tokens[t].span)) + "\""; }

// One word t of `side` with nothing at its place on the other side, as a
// finding "<what> dropped: "word": <if_dropped>" (original) or "<what>
// added: "word": <if_added>" (retranslation).
Finding one_sided_word(const BeadView& view, Side side, Check check, Severity severity, double score,
                       std::size_t t, std::string_view what, std::string_view if_dropped, std::string_view if_added) {
  const Document& d = view.doc(side);
  const bool dropped = side == Side::kOriginal;
  return one_sided_finding(view, side, check, severity, score, d.tokens[t].span, view.gap_for(other(side), t, t),
                           std::string(what) + (dropped ? " dropped: " : " added: ") + quoted(d, t) + ": " +
                               std::string(dropped ? if_dropped : if_added));
}

// The stance word with the unlinked auxiliaries and light verbs before it and
// one unlinked preposition after it: "comes into conflict with", "is driven by".
Span stance_span(const BeadView& view, Side side, std::size_t t) {
  static const std::vector<std::string_view> kBefore = {"is",  "are",  "was",  "were", "be",    "been",   "being", "am",
                                                        "has", "have", "had",  "come", "comes", "came",   "coming",
                                                        "into", "in",  "get",  "gets", "got",   "become", "becomes"};
  static const std::vector<std::string_view> kAfter = {"with", "by", "against", "to", "into", "on", "from"};
  const Document& d = view.doc(side);
  const TokenRange range = view.tokens(side);
  auto joins = [&](std::size_t k, const std::vector<std::string_view>& words) {
    return d.tokens[k].sentence == d.tokens[t].sentence && !view.linked(side, k) &&
           std::find(words.begin(), words.end(), d.tokens[k].norm) != words.end();
  };
  std::size_t first = t, last = t;
  while (first > range.begin && joins(first - 1, kBefore)) --first;
  if (last + 1 < range.end && joins(last + 1, kAfter)) ++last;
  return {d.tokens[first].span.start, d.tokens[last].span.end};
}


// False for a word in a question (its sentence ends with "?") or in the
// condition of an "if", "unless" or "whether" clause (back to the clause's
// first punctuation): such a word asks or supposes, it does not assert.
bool asserts(const Document& d, std::size_t t) {
  const std::size_t sentence = d.tokens[t].sentence;
  std::string_view last;
  for (std::size_t k = t; k < d.tokens.size() && d.tokens[k].sentence == sentence; ++k) last = d.tokens[k].norm;
  if (last == "?") return false;
  for (std::size_t k = t; k-- > 0 && d.tokens[k].sentence == sentence;) {
    const std::string_view w = d.tokens[k].norm;
    if (!is_word_token(d.tokens[k])) {
      if (w == "," || w == ";" || w == ":" || w == "\u2014" || w == "\u2013" || w == "-" || w == "--") break;
      continue;
    }
    if (w == "if" || w == "unless" || w == "whether") return false;
  }
  return true;
}

// True for a word up to three words after "than" in its sentence: the
// measure of a comparison, not a claim ("more than he could bear", "faster
// than anyone can").
bool in_comparison(const Document& d, std::size_t t) {
  for (std::size_t k = t; k-- > 0 && k + 3 >= t && d.tokens[k].sentence == d.tokens[t].sentence;)
    if (d.tokens[k].norm == "than") return true;
  return false;
}

// A verb form that states a past event on its own: "visited", "went" (a
// verb form WordNet derives from another lemma, not an -s or -ing form).
bool simple_past(const CheckContext& ctx, const Token& tok) {
  if (!ctx.wordnet || tok.kind != TokenKind::kWord) return false;
  const std::string_view w = tok.norm;
  if (w.size() < 3 || w.ends_with("ing") || w.ends_with("s")) return false;
  const auto lemmas = ctx.wordnet->lemmas(w, Pos::kVerb);
  if (lemmas.empty() || std::find(lemmas.begin(), lemmas.end(), w) != lemmas.end()) return false;
  return true;
}

// Future turned past, or past turned future: "will visit" / "visited", "is
// going to resign" / "has resigned". The event happened, or it has yet to:
// a fact, reported with the modals. The verb is linked by its lemma; the
// past form stands alone or after "has", "have" or "had" (no other
// auxiliary or "to" before it: "was visited", "to visit", "will have
// visited" are left alone).
void check_tense(const CheckContext& ctx, const BeadView& view, std::vector<Finding>& out) {
  static const std::vector<std::string_view> kFuture = {"will", "'ll", "shall"};
  static const std::vector<std::string_view> kBefore = {
      "have", "has", "had", "having", "is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "'ve",
      "'d", "to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "'ll",
      "get", "gets", "got"};
  static const std::vector<std::string_view> kAuxiliaryVerbs = {"be", "have", "do", "get"};
  static const std::vector<std::string_view> kBeForms = {"is", "are", "was", "were", "am", "'s", "'re", "'m"};
  static const std::vector<std::string_view> kPerfect = {"has", "have", "had", "'ve"};
  static const std::vector<std::string_view> kWish = {"like", "love", "prefer", "rather", "want"};
  for (const Side side : {Side::kOriginal, Side::kRetranslated}) {
    const Document& d = view.doc(side);
    const Document& e = view.doc(other(side));
    const TokenRange range = view.tokens(side);
    const TokenRange there = view.tokens(other(side));
    // A future of `side` at `future` against a past of the other side at `past`.
    auto report = [&](Span future, Span past) {
      const std::string future_text(d.slice(future)), past_text(e.slice(past));
      const bool to_past = side == Side::kOriginal;
      out.push_back(make_finding(view, Category::kMistranslation, Check::kModality, Severity::kMajor, 0.7,
                                 to_past ? future : past, to_past ? past : future,
                                 to_past ? "tense changed: \"" + future_text + "\" (to come) -> \"" + past_text +
                                               "\" (done)"
                                         : "tense changed: \"" + past_text + "\" (done) -> \"" + future_text +
                                               "\" (to come)"));
    };
    for (std::size_t t = range.begin; t + 1 < range.end; ++t) {
      // "will" / "shall", or "going to" after a form of "be" ("is going to resign").
      std::size_t verb = t + 1;
      // "would" counts as "will" in reported speech, after a speaker verb
      // in its sentence ("said the merger would be completed", "said the
      // economy would grow"; not "would like", "would rather": a wish).
      auto reported = [&] {
        for (std::size_t k = t; k-- > range.begin && d.tokens[k].sentence == d.tokens[t].sentence;)
          if (wordclass::is_speaker_verb(d.tokens[k].norm)) return true;
        return false;
      };
      if (d.tokens[t].norm == "going" && t > range.begin && t + 2 < range.end &&
          one_of(d.tokens[t - 1].norm, kBeForms) && d.tokens[t + 1].norm == "to" && !view.linked(side, t + 1))
        verb = t + 2;
      else if (!one_of(d.tokens[t].norm, kFuture) &&
               !(d.tokens[t].norm == "would" && !one_of(d.tokens[t + 1].norm, kWish) && reported()))
        continue;
      if (view.linked(side, t) || d.tokens[verb].sentence != d.tokens[t].sentence) continue;
      // "will be completed" / "was completed" ("would be" after a speaker
      // verb: "said the merger would be completed"): a passive to come, or
      // done. The participle is linked to itself and stands right after "was"
      // / "were", or after "has / have / had been".
      if (d.tokens[verb].norm == "be" && verb + 1 < range.end && d.tokens[verb + 1].sentence == d.tokens[t].sentence) {
        const std::size_t participle = verb + 1;
        const auto u = view.linked(side, participle);
        // A participle: a form WordNet derives from a verb ("completed",
        // "known"); "will be happy" / "were happy" is the auxiliary's tense.
        auto participle_form = [&](std::string_view w) {
          if (!ctx.wordnet) return false;
          const auto lemmas = ctx.wordnet->lemmas(w, Pos::kVerb);
          return std::any_of(lemmas.begin(), lemmas.end(), [&](const std::string& l) { return l != w; });
        };
        if (!u || *u < there.begin + 1 || e.tokens[*u].norm != d.tokens[participle].norm ||
            !participle_form(d.tokens[participle].norm) || !asserts(d, t) || !asserts(e, *u))
          continue;
        const std::string_view before = e.tokens[*u - 1].norm;
        const bool done = before == "was" || before == "were" ||
                          (before == "been" && *u >= there.begin + 2 && one_of(e.tokens[*u - 2].norm, kPerfect));
        if (!done) continue;
        report(Span{d.tokens[t].span.start, d.tokens[participle].span.end},
               Span{e.tokens[*u - (before == "been" ? 2 : 1)].span.start, e.tokens[*u].span.end});
        continue;
      }
      // "will be" / "were", "will have" / "had": auxiliaries of whatever
      // follows, not the event itself.
      if (one_of(d.tokens[verb].norm, kAuxiliaryVerbs)) continue;
      const auto u = view.linked(side, verb);
      if (!u || view.link_kind(side, verb) != LinkKind::kLemma || !simple_past(ctx, e.tokens[*u])) continue;
      // The past stands alone or after "has", "have", "had" ("has resigned"),
      // with no other auxiliary, modal or "to" before it ("will have
      // resigned", "to have resigned", "was resigned" are left alone).
      bool auxiliary = false;
      for (std::size_t k = *u; k-- > there.begin && k + 3 >= *u && e.tokens[k].sentence == e.tokens[*u].sentence;)
        auxiliary = auxiliary || (one_of(e.tokens[k].norm, kBefore) && !one_of(e.tokens[k].norm, kPerfect));
      if (auxiliary || !asserts(d, t) || !asserts(e, *u)) continue;
      report(Span{d.tokens[t].span.start, d.tokens[verb].span.end}, e.tokens[*u].span);
    }
  }
}

// The clause of the negator at `t` when it was dropped or added whole: back
// to the punctuation, clause opener ("who", "which", "that", "but",
// "while", "and", ...) or speaker verb before it, and on to the punctuation
// or clause opener after it, each way at most ten tokens in its sentence
// ("without": its noun phrase).
// The clause's words when the negator and every content word of the clause
// are unlinked and it has one, else nothing.
std::vector<std::size_t> gone_clause(const BeadView& view, Side side, std::size_t t) {
  static const std::vector<std::string_view> kOpeners = {
      "who",    "whom",    "whose", "which",  "that",     "where", "when",   "but",   "while",
      "whilst", "although", "though", "because", "whereas", "if",    "unless", "saying"};
  const Document& d = view.doc(side);
  const TokenRange range = view.tokens(side);
  if (view.linked(side, t)) return {};
  auto boundary = [&](std::size_t k) {
    return d.tokens[k].sentence != d.tokens[t].sentence ||
           (d.tokens[k].kind == TokenKind::kPunct && d.tokens[k].norm != "'" && d.tokens[k].norm != "\u2019");
  };
  std::vector<std::size_t> words{t};
  bool content = false;
  auto take = [&](std::size_t k) {  // false: a linked content word
    if (d.tokens[k].kind != TokenKind::kWord) return true;
    if (is_content_token(d.tokens[k]) && !is_contracted_auxiliary(d.tokens[k].norm)) {
      if (view.linked(side, k)) return false;
      content = true;
    }
    words.push_back(k);
    return true;
  };
  // "without" denies its noun phrase only: "abandoned without its license
  // plates in Virginia Beach".
  static const std::vector<std::string_view> kInPhrase = {"a",   "an",  "the", "its", "his", "her", "their",
                                                          "our", "my",  "your", "any", "and", "or"};
  const bool phrase = d.tokens[t].norm == "without";
  for (std::size_t k = t; !phrase && k-- > range.begin && k + 10 >= t;) {
    if (boundary(k) || wordclass::is_speaker_verb(d.tokens[k].norm)) break;
    if (!take(k)) return {};
    if (one_of(d.tokens[k].norm, kOpeners) || d.tokens[k].norm == "and") break;
  }
  for (std::size_t k = t + 1; k < range.end && k <= t + 10; ++k) {
    if (boundary(k) || one_of(d.tokens[k].norm, kOpeners) ||
        (phrase && is_function_word(d.tokens[k].norm) && !one_of(d.tokens[k].norm, kInPhrase)))
      break;
    if (!take(k)) return {};
  }
  if (!content) return {};
  std::sort(words.begin(), words.end());
  return words;
}

}  // namespace

bool superlative_as_negated_comparative(const BeadView& view, Side side, std::size_t t) {
  const Document& d = view.doc(side);
  const TokenRange r = view.tokens(side);
  const std::string_view w = d.tokens[t].norm;
  if (w != "no" && w != "nobody" && w != "none" && w != "nothing" && w != "neither" && w != "not" && w != "n't" &&
      w != "never")
    return false;
  // The word a comparative ("-er", "more") or superlative ("-est", "most")
  // is of: "young" for "younger" and "youngest", "more" for "more" and "most".
  auto degree_stem = [](std::string_view x, std::string_view suffix) -> std::string {
    static const std::vector<std::pair<std::string_view, std::string_view>> kIrregular = {
        {"more", "most"}, {"less", "least"}, {"better", "best"}, {"worse", "worst"}, {"fewer", "fewest"}};
    for (const auto& [comparative, superlative] : kIrregular)
      if (x == (suffix == "est" ? superlative : comparative)) return std::string(comparative);
    if (x.size() > suffix.size() + 2 && x.ends_with(suffix)) return std::string(x.substr(0, x.size() - suffix.size()));
    return {};
  };
  std::vector<std::string> superlatives;
  const Document& e = view.doc(other(side));
  for (std::size_t k = view.tokens(other(side)).begin; k < view.tokens(other(side)).end; ++k)
    if (std::string stem = degree_stem(e.tokens[k].norm, "est"); !stem.empty()) superlatives.push_back(std::move(stem));
  if (superlatives.empty()) return false;
  // A comparative of one of them in the negator's clause, or the plain
  // word after "this" / "so" ("not been this low").
  for (std::size_t k = t + 1; k < r.end && k <= t + 10 && d.tokens[k].sentence == d.tokens[t].sentence; ++k) {
    std::string stem = degree_stem(d.tokens[k].norm, "er");
    if (stem.empty() && (d.tokens[k - 1].norm == "this" || d.tokens[k - 1].norm == "so")) stem = d.tokens[k].norm;
    if (!stem.empty() && std::find(superlatives.begin(), superlatives.end(), stem) != superlatives.end()) return true;
  }
  return false;
}

// Verbs of stopping: "stop", "cease", "quit" in their forms.
bool is_stop_verb(std::string_view w) {
  static const std::vector<std::string_view> kStop = {"stop",   "stops",   "stopped", "stopping", "cease", "ceases",
                                                      "ceased", "ceasing", "quit",    "quits",    "quitting"};
  return one_of(w, kStop);
}

// A verb of stopping on one side only, right before a "-ing" form both
// sides keep: "Rescue teams are still searching" / "have stopped
// searching". What one side says goes on, the other says no longer does,
// as a negation added or lost: critical in a pair that otherwise agrees.
void check_cessation(const BeadView& view, std::vector<Finding>& out) {
  for (const Side side : {Side::kOriginal, Side::kRetranslated}) {
    const Document& d = view.doc(side);
    const Document& e = view.doc(other(side));
    const TokenRange range = view.tokens(side);
    for (std::size_t t = range.begin; t + 1 < range.end; ++t) {
      if (!is_stop_verb(d.tokens[t].norm) || view.linked(side, t) || d.tokens[t + 1].sentence != d.tokens[t].sentence ||
          !d.tokens[t + 1].norm.ends_with("ing"))
        continue;
      const auto u = view.linked(side, t + 1);
      if (!u || !e.tokens[*u].norm.ends_with("ing")) continue;
      // Stopping said on the other side too, at the same verb ("were
      // suspended from trading" / "ceased trading", "halted", "paused").
      static const std::vector<std::string_view> kHalt = {"stop", "ceas", "quit", "suspend", "halt",
                                                          "paus", "ban",  "bar",  "abandon", "end"};
      bool there = false;
      for (std::size_t k = *u; k-- > view.tokens(other(side)).begin && k + 3 >= *u && !there;)
        there = e.tokens[k].sentence == e.tokens[*u].sentence &&
                (std::any_of(kHalt.begin(), kHalt.end(), [&](std::string_view p) { return e.tokens[k].norm.starts_with(p); }) ||
                 wordclass::is_negator(e.tokens[k].norm));
      if (there) continue;
      const Severity severity = view.score()->score >= 0.5 ? Severity::kCritical : Severity::kMajor;
      out.push_back(one_sided_word(view, side, Check::kNegation, severity, 0.8, t, "end of the action",
                                   "the retranslation says it goes on, the original that it stopped",
                                   "the retranslation says it stopped, the original that it goes on"));
      return;
    }
  }
}

void check_negation(const CheckContext& ctx, const BeadView& view, std::vector<Finding>& out) {
  if (!view.paired()) return;
  check_cessation(view, out);
  auto neg_o = negators_of(view, Side::kOriginal);
  auto neg_r = negators_of(view, Side::kRetranslated);
  // An "ever" up to two words after a negator ("do not ever", "never --
  // ever"; punctuation between is skipped) is that negator's "never"; the
  // others are free.
  auto free_evers = [&](Side side) {
    const Document& d = view.doc(side);
    std::size_t n = 0;
    for (std::size_t t : tokens_where(view, side, is_ever)) {
      bool bound = false;
      std::size_t words = 0;
      for (std::size_t k = t; k-- > view.tokens(side).begin && k + 6 >= t && words < 2 && !bound;) {
        if (d.tokens[k].sentence != d.tokens[t].sentence) break;
        if (d.tokens[k].kind == TokenKind::kPunct) continue;
        ++words;
        bound = wordclass::is_negator(d.tokens[k].norm);
      }
      n += !bound;
    }
    return n;
  };
  // "has never been under greater threat" = "under greater threat than ever":
  // a "never" answered by a free "ever" on the other side keeps its polarity.
  auto balance_never = [&](std::vector<std::size_t>& neg, Side side) {
    const Document& d = view.doc(side);
    const std::size_t evers = free_evers(other(side));
    std::size_t removed = 0;
    std::erase_if(neg, [&](std::size_t t) {
      if (d.tokens[t].norm != "never" || removed >= evers) return false;
      ++removed;
      return true;
    });
  };
  balance_never(neg_o, Side::kOriginal);
  balance_never(neg_r, Side::kRetranslated);
  // Negators that deny nothing in their context: "It was not until decades
  // later that ..." = "It was decades later that ..." ("not until" places an
  // event in time; also "will not be approved until", up to four words
  // apart in one clause), and the "no" of a compound ("no-shows", "a
  // no-confidence vote"). One read so on one side only and linked to a
  // negator the other side counts stays: "had no leads until" / "had no
  // leads in Biggs' death until", "a no-confidence vote" / "a vote of no
  // confidence" say the same either way.
  auto denies_nothing = [&](Side side, std::size_t t) {
    const Document& d = view.doc(side);
    if (d.tokens[t].norm == "no" && t + 1 < view.tokens(side).end && d.tokens[t + 1].norm == "-" &&
        d.tokens[t].span.end == d.tokens[t + 1].span.start)
      return true;
    for (std::size_t k = t + 1; k < view.tokens(side).end && k <= t + 4; ++k) {
      const std::string_view w = d.tokens[k].norm;
      if (d.tokens[k].sentence != d.tokens[t].sentence ||
          (d.tokens[k].kind == TokenKind::kPunct && w != "'" && w != "\u2019"))
        return false;
      if (w == "until" || w == "till") return true;
    }
    return false;
  };
  {
    std::vector<std::size_t> gone_o, gone_r;
    for (std::size_t t : neg_o)
      if (denies_nothing(Side::kOriginal, t)) gone_o.push_back(t);
    for (std::size_t t : neg_r)
      if (denies_nothing(Side::kRetranslated, t)) gone_r.push_back(t);
    auto kept_partner = [&](Side side, std::size_t t) {
      const auto u = view.linked(side, t);
      const auto& there = side == Side::kOriginal ? neg_r : neg_o;
      const auto& there_gone = side == Side::kOriginal ? gone_r : gone_o;
      return u && std::find(there.begin(), there.end(), *u) != there.end() &&
             std::find(there_gone.begin(), there_gone.end(), *u) == there_gone.end();
    };
    std::vector<std::size_t> drop_o, drop_r;
    for (std::size_t t : gone_o)
      if (!kept_partner(Side::kOriginal, t)) drop_o.push_back(t);
    for (std::size_t t : gone_r)
      if (!kept_partner(Side::kRetranslated, t)) drop_r.push_back(t);
    std::erase_if(neg_o, [&](std::size_t t) { return std::find(drop_o.begin(), drop_o.end(), t) != drop_o.end(); });
    std::erase_if(neg_r, [&](std::size_t t) { return std::find(drop_r.begin(), drop_r.end(), t) != drop_r.end(); });
  }
  // "not without risks" = "with risks", "is not available without a
  // prescription" = "only with one": a negator up to four words before
  // "without" (no punctuation between) cancels it, and both go.
  auto drop_double = [&](std::vector<std::size_t>& neg, Side side) {
    const Document& d = view.doc(side);
    std::vector<std::size_t> gone;
    for (std::size_t t : neg) {
      if (d.tokens[t].norm == "without" || std::find(gone.begin(), gone.end(), t) != gone.end()) continue;
      for (std::size_t k = t + 1; k < view.tokens(side).end && k <= t + 4; ++k) {
        if (d.tokens[k].sentence != d.tokens[t].sentence || d.tokens[k].kind == TokenKind::kPunct) break;
        if (d.tokens[k].norm == "without" && std::find(neg.begin(), neg.end(), k) != neg.end() &&
            std::find(gone.begin(), gone.end(), k) == gone.end()) {
          gone.insert(gone.end(), {t, k});
          break;
        }
      }
    }
    std::erase_if(neg, [&](std::size_t t) { return std::find(gone.begin(), gone.end(), t) != gone.end(); });
  };
  drop_double(neg_o, Side::kOriginal);
  drop_double(neg_r, Side::kRetranslated);
  if (neg_o.size() == neg_r.size()) return;
  const bool lost = neg_o.size() > neg_r.size();
  const Side side = lost ? Side::kOriginal : Side::kRetranslated;
  const auto& extra = lost ? neg_o : neg_r;
  // What else balances a negator of the other side ("too small for us to
  // hear" = "so small that we can't hear" is counted in negators_of).
  {
    const Document& f = view.doc(other(side));
    const TokenRange range = view.tokens(other(side));
    std::size_t implicit = 0;
    // "they don't belong to our past or our future" = "they do not belong
    // to our past, and do not exist in our future": an "or" up to eight
    // tokens after a negator, in its sentence, carries the negation over.
    for (std::size_t n : lost ? neg_r : neg_o)
      for (std::size_t k = n + 1; k < range.end && k <= n + 8 && f.tokens[k].sentence == f.tokens[n].sentence; ++k)
        if (f.tokens[k].norm == "or") {
          ++implicit;
          break;
        }
    // "no longer sells" = "has stopped selling": "no longer", "not ...
    // anymore" against an unlinked verb of stopping on the other side.
    {
      const Document& here = view.doc(side);
      auto no_longer = [&](std::size_t n) {
        const std::size_t end = view.tokens(side).end;
        for (std::size_t k = n + 1; k < end && k <= n + 4 && here.tokens[k].sentence == here.tokens[n].sentence; ++k)
          if (here.tokens[k].norm == "longer" || here.tokens[k].norm == "anymore") return true;
        return false;
      };
      bool stop_there = false;
      for (std::size_t k = range.begin; k < range.end && !stop_there; ++k)
        stop_there = is_stop_verb(f.tokens[k].norm) && !view.linked(other(side), k);
      if (stop_there && std::any_of(extra.begin(), extra.end(), no_longer)) ++implicit;
    }
    // "not satisfactory" = "unsatisfactory": a word that WordNet makes the
    // antonym of itself without its negative prefix holds a negation.
    if (ctx.wordnet)
      for (std::size_t k = range.begin; k < range.end; ++k) {
        const std::string_view w = f.tokens[k].norm;
        const auto& counted = lost ? neg_r : neg_o;  // "unable" is counted already
        if (f.tokens[k].kind != TokenKind::kWord || view.linked(other(side), k) ||
            std::find(counted.begin(), counted.end(), k) != counted.end())
          continue;
        if (holds_negation(ctx, w)) ++implicit;
      }
    implicit += near_negators(view, other(side));
    // "left homes without power" = "homes lost power", "no longer had any
    // sense of time" = "having lost their sense of time": a negator is
    // balanced by a verb or adjective of lacking on the other side, unlinked.
    const Document& here = view.doc(side);
    {
      // ("lack", "lacks" are negators, "lacked" and "missing" words that
      // balance one already: not counted twice.)
      static const std::vector<std::string_view> kLacking = {"lacking",  "lose",     "loses",  "lost",
                                                             "losing",   "devoid",   "deprived", "deprive",
                                                             "deprives", "bereft",   "stripped", "removed",
                                                             "excluded", "omitted",  "eliminated"};
      for (std::size_t k = range.begin; k < range.end; ++k)
        if (f.tokens[k].kind == TokenKind::kWord && !view.linked(other(side), k) && one_of(f.tokens[k].norm, kLacking))
          ++implicit;
    }
    // "called the idea too drastic a remedy to be considered" / "called the
    // suggestion too drastic": the excess is said on both sides; a "too ...
    // to" whose "too" is linked to a "too" says no more.
    for (std::size_t n : extra)
      if (here.tokens[n].norm == "too")
        if (const auto u = view.linked(side, n); u && f.tokens[*u].norm == "too") ++implicit;
    // "costs nothing", "for nothing", "at no cost", "no charge" = "free": a
    // price denied against an unlinked "free" on the other side.
    for (std::size_t n : extra) {
      const std::string_view w = here.tokens[n].norm;
      const std::string_view before = n > view.tokens(side).begin ? std::string_view(here.tokens[n - 1].norm) : "";
      const std::string_view after = n + 1 < view.tokens(side).end ? std::string_view(here.tokens[n + 1].norm) : "";
      const bool no_price = (w == "nothing" && (before == "cost" || before == "costs" || before == "for")) ||
                            (w == "no" && (after == "cost" || after == "charge" || after == "fee"));
      if (!no_price) continue;
      for (std::size_t k = range.begin; k < range.end; ++k)
        if (f.tokens[k].norm == "free" && !view.linked(other(side), k) && !free_of(f, range, k)) {
          ++implicit;
          break;
        }
    }
    // "toll-free number" / "free call number", "nut-free" / "free of nuts",
    // "colour-free" / "colourless": a "-free" against an unlinked "free" or
    // a word ending in "less" on the other side.
    for (std::size_t n : lost ? neg_o : neg_r) {
      if (!free_of(here, view.tokens(side), n)) continue;
      auto says_free = [&](std::size_t k) {
        const std::string_view w = f.tokens[k].norm;
        return f.tokens[k].kind == TokenKind::kWord &&
               ((w == "free" && !free_of(f, range, k)) || (w.size() > 6 && w.ends_with("less")));
      };
      bool balanced = false;
      if (const auto u = view.linked(side, n)) balanced = says_free(*u);  // "toll-free" / "free call"
      // The stem linked to a word in "-less": "colour-free" / "colourless".
      if (const auto u = n >= view.tokens(side).begin + 2 ? view.linked(side, n - 2) : std::nullopt; u && !balanced)
        balanced = says_free(*u);
      for (std::size_t k = range.begin; k < range.end && !balanced; ++k)
        balanced = !view.linked(other(side), k) && says_free(k);
      if (balanced) ++implicit;
    }
    // "neither I nor my film are" = "he and his film are not": the "nor"
    // of a "neither" continues one denial.
    for (std::size_t n : extra)
      if (here.tokens[n].norm == "nor" &&
          std::any_of(extra.begin(), extra.end(), [&](std::size_t m) {
            return m < n && here.tokens[m].norm == "neither" && here.tokens[m].sentence == here.tokens[n].sentence;
          })) {
        ++implicit;
        break;
      }
    // "Do not exceed eight tablets" = "take up to eight tablets": a limit
    // not to pass against an unlinked bound ("up to", "at most", "maximum")
    // on the other side.
    {
      static const std::vector<std::string_view> kExceed = {"exceed", "exceeds", "exceeding", "surpass", "surpasses"};
      const bool limit = std::any_of(extra.begin(), extra.end(), [&](std::size_t n) {
        for (std::size_t k = n + 1; k < view.tokens(side).end && k <= n + 2; ++k)
          if (here.tokens[k].sentence == here.tokens[n].sentence && one_of(here.tokens[k].norm, kExceed)) return true;
        return false;
      });
      bool bound = false;
      for (std::size_t k = range.begin; k < range.end && limit && !bound; ++k) {
        if (view.linked(other(side), k)) continue;
        const std::string_view w = f.tokens[k].norm;
        const std::string_view next = k + 1 < range.end ? std::string_view(f.tokens[k + 1].norm) : "";
        bound = (w == "up" && next == "to") || (w == "at" && next == "most") || w == "maximum" || w == "max";
      }
      if (bound) ++implicit;
    }
    // "the only one who knows" = "nobody else knows": a negator that
    // excludes all but one ("nobody else", "nothing but", "no one except")
    // against an unlinked "only".
    static const std::vector<std::string_view> kAllBut = {"else", "but", "except", "other", "apart"};
    for (std::size_t n : extra) {
      bool excludes = false;
      for (std::size_t k = n + 1; k < view.tokens(side).end && k <= n + 3 &&
                                  here.tokens[k].sentence == here.tokens[n].sentence && !excludes;
           ++k)
        excludes = one_of(here.tokens[k].norm, kAllBut);
      if (!excludes) continue;
      for (std::size_t k = range.begin; k < range.end; ++k)
        if (f.tokens[k].norm == "only" && !view.linked(other(side), k)) {
          ++implicit;
          break;
        }
      break;
    }
    const std::size_t fewer = lost ? neg_r.size() : neg_o.size();
    if (fewer + implicit >= extra.size()) return;
  }
  // The unmatched negator: the first one not linked to the other side.
  std::size_t t = extra.front();
  for (std::size_t c : extra)
    if (!view.linked(side, c)) { t = c; break; }
  const Document& d = view.doc(side);
  // "The suspect, who has not been named, was arrested" / "The suspect was
  // arrested": the negator went with the words it denies (up to the next
  // punctuation, at most six tokens, all content words unlinked) and nothing
  // stands at their place on the other side. Nothing is asserted the other
  // way; the partial check reports the words dropped or added.
  {
    std::vector<std::size_t> clause;
    bool all_unlinked = true;
    std::size_t last = t;
    for (std::size_t k = t + 1; k < view.tokens(side).end && k <= t + 6; ++k) {
      if (d.tokens[k].sentence != d.tokens[t].sentence || d.tokens[k].kind == TokenKind::kPunct) break;
      last = k;
      if (!is_content_token(d.tokens[k])) continue;
      clause.push_back(k);
      all_unlinked = all_unlinked && !view.linked(side, k);
    }
    if (!clause.empty() && all_unlinked && !view.linked(side, t)) {
      const Document& e = view.doc(other(side));
      const auto there = view.counterpart(side, t, last);
      if (std::none_of(there.begin(), there.end(), [&](std::size_t u) { return e.tokens[u].kind == TokenKind::kWord; }))
        return;
    }
  }
  // "no doubt" -> "undoubtedly", "not happy" -> "unhappy", "no use" ->
  // "useless": the negation went into a prefix or suffix of the same word
  // on the other side (both words unlinked, in the bead).
  {
    const Document& e = view.doc(other(side));
    const TokenRange there = view.tokens(other(side));
    for (std::size_t k = t + 1; k < view.tokens(side).end && k <= t + 3; ++k) {
      const std::string& word = d.tokens[k].norm;
      if (d.tokens[k].sentence != d.tokens[t].sentence || d.tokens[k].kind != TokenKind::kWord || word.size() < 3 ||
          view.linked(side, k))
        continue;
      const std::string stem = word.substr(0, std::max<std::size_t>(3, std::min<std::size_t>(word.size(), 4)));
      for (std::size_t u = there.begin; u < there.end; ++u) {
        if (view.linked(other(side), u) || e.tokens[u].kind != TokenKind::kWord) continue;
        const std::string_view w = e.tokens[u].norm;
        for (std::string_view prefix : {"un", "in", "im", "il", "ir", "non", "dis"})
          if (w.size() > prefix.size() + 2 && w.substr(0, prefix.size()) == prefix &&
              w.substr(prefix.size()).substr(0, stem.size()) == stem)
            return;
        if (w.size() > 6 && w.substr(w.size() - 4) == "less" && word.rfind(w.substr(0, w.size() - 4), 0) == 0) return;
      }
    }
  }
  // "not strong enough" -> "a little weak": the negation went into an
  // opposite word (WordNet antonym) just after it; the lexical check reports
  // that pair, the polarity is kept.
  if (ctx.wordnet) {
    // Also into an opposite function word: "accepted within 14 days" /
    // "not accepted after 14 days".
    // ("in" / "out" and "to" / "from" are opposites only in their own
    // settings, which the lexical check looks for: not here.)
    auto opposite = [](std::string_view a, std::string_view b) {
      auto either = [&](std::string_view x, std::string_view y) { return (a == x && b == y) || (a == y && b == x); };
      return opposite_function_words(a, b) && !either("in", "out") && !either("to", "from");
    };
    std::vector<std::size_t> after;
    for (std::size_t k = t + 1; k < view.tokens(side).end && k <= t + 3; ++k)
      if (d.tokens[k].sentence == d.tokens[t].sentence && !view.linked(side, k) &&
          d.tokens[k].kind == TokenKind::kWord)
        after.push_back(k);
    const Document& e = view.doc(other(side));
    // wordclass::opposite_lemmas, for the word and for it as one phrase
    // with the word before it after the negator: "neither on time nor on
    // budget" / "late and over budget".
    auto listed_opposite = [&](std::size_t k, std::size_t u) {
      return lemmas_pair(*ctx.wordnet, d.tokens[k].norm, e.tokens[u].norm, wordclass::opposite_lemmas) ||
             (k > t + 1 && lemmas_pair(*ctx.wordnet, d.tokens[k - 1].norm + "_" + d.tokens[k].norm, e.tokens[u].norm,
                                       wordclass::opposite_lemmas));
    };
    if (!after.empty()) {
      for (std::size_t k : after)
        for (std::size_t u : view.counterpart(side, t, after.back()))
          if ((opposite(d.tokens[k].norm, e.tokens[u].norm) &&
               !(u > 0 && e.tokens[u - 1].norm == "a")) ||  // "a few" is some, not few
              (is_content_token(d.tokens[k]) &&
               (ctx.wordnet->relation(d.tokens[k].norm, e.tokens[u].norm) == WordRelation::kAntonym ||
                listed_opposite(k, u))))
            return;
    }
    // Or a word linked to its opposite (wordclass::opposite_lemmas, which
    // the word aligner links as relatives): "has not stopped working" /
    // "has kept working".
    for (std::size_t k = t + 1; k < view.tokens(side).end && k <= t + 3 && d.tokens[k].sentence == d.tokens[t].sentence;
         ++k)
      if (const auto u = view.linked(side, k); u && is_content_token(d.tokens[k]) && listed_opposite(k, *u)) return;
    // An opposite function word a little further on, at its own place:
    // "not suitable for children under six" / "suitable for children over six".
    for (std::size_t k = t + 4; k < view.tokens(side).end && k <= t + 6 && d.tokens[k].sentence == d.tokens[t].sentence;
         ++k) {
      if (d.tokens[k].kind != TokenKind::kWord || view.linked(side, k) || !has_opposite_function_word_pair(d.tokens[k].norm))
        continue;
      for (std::size_t u : view.counterpart(side, k, k))
        if (opposite(d.tokens[k].norm, e.tokens[u].norm) && !(u > 0 && e.tokens[u - 1].norm == "a")) return;
    }
    // "not bad" -> "good": WordNet lists the negated word as a phrase of
    // its own ("not bad", "not guilty", "not surprised"), which the word
    // aligner links as one; its counterpart says the same without a "not".
    if (t + 1 < view.tokens(side).end && d.tokens[t + 1].sentence == d.tokens[t].sentence &&
        d.tokens[t + 1].kind == TokenKind::kWord) {
      const std::string phrase = "not " + d.tokens[t + 1].norm;
      if (const auto u = view.linked(side, t + 1); u && ctx.wordnet->contains(phrase)) {
        const WordRelation rel = ctx.wordnet->relation(phrase, view.doc(other(side)).tokens[*u].norm);
        if (rel == WordRelation::kSynonym || rel == WordRelation::kSimilar || rel == WordRelation::kLemma) return;
      }
    }
  }
  // Litotes: "not uncommon" -> "often", "not insignificant" ->
  // "considerable". A "not" or "never" right before a word with a negative prefix
  // (WordNet's antonym of the word without it, or "un" before an adjective
  // or verb WordNet knows; one word of degree may stand between: "not
  // entirely unexpected") asserts the positive. When that word did not come
  // back (unlinked, or linked to another word), the other side saying it
  // without a negation kept the polarity; the lexical and partial checks
  // report the words. "not uncommon" -> "uncommon" and "not unhappy" ->
  // "sad" stay a negation lost.
  if (ctx.wordnet) {
    static const std::vector<std::string_view> kDegree = {"entirely", "altogether", "completely", "wholly",
                                                          "totally",  "exactly",    "so",         "too",
                                                          "very",     "at",         "all",        "quite"};
    const std::string_view negator = d.tokens[t].norm;
    const bool plain_not = negator == "not" || negator == "never" || negator.ends_with("n't");
    std::size_t k = t + 1;
    while (k < view.tokens(side).end && k <= t + 3 && d.tokens[k].sentence == d.tokens[t].sentence &&
           one_of(d.tokens[k].norm, kDegree))
      ++k;
    // (Not "immediate": WordNet's antonym of "mediate", but "did not
    // immediately respond" / "responded" is a negation lost.)
    if (plain_not && k < view.tokens(side).end && d.tokens[k].sentence == d.tokens[t].sentence &&
        d.tokens[k].kind == TokenKind::kWord && !d.tokens[k].norm.starts_with("immediat")) {
      const std::string_view w = d.tokens[k].norm;
      // Or a verb whose meaning denies: "have not ruled out the
      // possibility" = "continue to hold out the possibility", "did not
      // hesitate to", "not forgetting", "did not object".
      auto denying_verb = [&] {
        static const std::vector<std::string_view> kStems = {"hesitat", "exclud", "dismiss", "reject", "forget",
                                                             "forgot",  "ignor",  "doubt",   "object", "oppos",
                                                             "overlook", "neglect"};
        const std::string_view next = k + 1 < view.tokens(side).end ? std::string_view(d.tokens[k + 1].norm) : "";
        if ((w == "rule" || w == "rules" || w == "ruled" || w == "ruling") && next == "out") return true;
        return std::any_of(kStems.begin(), kStems.end(), [&](std::string_view stem) { return w.starts_with(stem); });
      };
      if (holds_negation(ctx, w) || denying_verb()) {
        // Came back as itself or a word of its meaning ("not unhappy" ->
        // "sad") without the negation: the polarity is lost.
        const auto u = view.linked(side, k);
        bool came_back = false;
        if (u) {
          const std::string_view there = view.doc(other(side)).tokens[*u].norm;
          const WordRelation rel = ctx.wordnet->relation(w, there);
          came_back = there == w || rel == WordRelation::kLemma || rel == WordRelation::kSynonym ||
                      rel == WordRelation::kSimilar;
        }
        if (!came_back) return;
      }
    }
  }
  // "The two men, whose names were not released, had passports" / "The men
  // had passports", "but he didn't show up" / "but he then had second
  // thoughts": the negator's whole clause has no word on the other side; it
  // went with that clause (gone_clause). The other side asserts nothing
  // about it, the other way or not: a denial dropped or added, reported
  // with its clause (major when the clause carries the mass of a partial
  // run that is major, the negation weighing one content word).
  if (const auto words = gone_clause(view, side, t); !words.empty()) {
    std::vector<std::size_t> content;
    for (std::size_t k : words)
      if (k != t && is_content_token(d.tokens[k])) content.push_back(k);
    const double mass = 1.0 + information_mass(ctx, d, content);
    const Span span = view.cover(side, words);
    const Span gap = view.gap_for(other(side), words.front(), words.back());
    const std::string what = d.tokens[t].norm == "too" ? too_phrase(d, t) : quoted(d, t);
    out.push_back(make_finding(view, lost ? Category::kOmission : Category::kAddition, Check::kNegation,
                               mass >= kMajorMass ? Severity::kMajor : Severity::kMinor,
                               std::min(1.0, mass / (2 * kMajorMass)), lost ? span : gap, lost ? gap : span,
                               "negation " + what + (lost ? " dropped with its clause: \"" : " added with its clause: \"") +
                                   excerpt(d, span) + "\""));
    return;
  }
  const double similarity = view.score()->score;
  const Severity severity = similarity >= 0.5 ? Severity::kCritical : Severity::kMajor;
  const std::string what = d.tokens[t].norm == "too" ? too_phrase(d, t) : quoted(d, t);
  const Span here = d.tokens[t].span;
  const Span there = view.gap_for(other(side), t, t);
  out.push_back(make_finding(view, Category::kMistranslation, Check::kNegation, severity, 0.5 + 0.4 * similarity,
                             lost ? here : there, lost ? there : here,
                             lost ? "negation " + what + " lost: the retranslation asserts the opposite"
                                  : "negation " + what + " added: the retranslation denies what the original asserts"));
}

// A condition on one side only: an unlinked "if", "unless" or "provided"
// whose clause (up to the next comma or the sentence end) has content words,
// at least half of them unlinked, while the other side has no unlinked
// conditional word. "If approved, the law would ban smoking" / "The law will
// ban smoking": the retranslation states without condition what the
// original makes conditional (or the other way round).
void check_condition(const BeadView& view, std::vector<Finding>& out) {
  static const std::vector<std::string_view> kConditional = {"if", "unless", "provided", "providing", "whether"};
  auto conditions = [&](Side side) {
    std::vector<std::pair<std::size_t, std::size_t>> v;  // [if, clause end)
    const Document& d = view.doc(side);
    const TokenRange range = view.tokens(side);
    for (std::size_t t = range.begin; t < range.end; ++t) {
      // "Without more funding, the programme will end" = "unless it gets
      // more funding": a phrase opening its sentence with "with" or
      // "without", up to a comma, before a clause with a modal, states a
      // condition too (balances one of the other side, never reported).
      // (Not "Without a doubt,", "With respect to ...,", "With that,".)
      static const std::vector<std::string_view> kIdioms = {"doubt",   "question", "exception", "fail",
                                                            "respect", "regard",   "reference", "that", "this"};
      auto idiom = [&] {
        if (t + 1 >= range.end) return false;
        const std::string_view next = d.tokens[t + 1].norm;
        return one_of(next, kIdioms) || (next == "a" && t + 2 < range.end && d.tokens[t + 2].norm == "doubt");
      };
      if ((d.tokens[t].norm == "without" || d.tokens[t].norm == "with") &&
          (t == range.begin || d.tokens[t - 1].sentence != d.tokens[t].sentence) && !idiom()) {
        // Only before a clause with a modal: "With the power back on,
        // workers headed back" states a fact.
        for (std::size_t k = t + 1; k < range.end && k <= t + 8 && d.tokens[k].sentence == d.tokens[t].sentence; ++k)
          if (d.tokens[k].norm == ",") {
            bool modal = false;
            for (std::size_t m = k + 1; m < range.end && d.tokens[m].sentence == d.tokens[t].sentence && !modal; ++m)
              modal = wordclass::modal_strength(d.tokens[m].norm) > 0;
            if (modal) v.emplace_back(t, t);
            break;
          }
        continue;
      }
      if (d.tokens[t].kind != TokenKind::kWord || !one_of(d.tokens[t].norm, kConditional) || view.linked(side, t))
        continue;
      const std::string_view w = d.tokens[t].norm;
      const std::string_view before = t > range.begin && d.tokens[t - 1].sentence == d.tokens[t].sentence
                                          ? std::string_view(d.tokens[t - 1].norm)
                                          : std::string_view();
      const std::string_view after = t + 1 < range.end && d.tokens[t + 1].sentence == d.tokens[t].sentence
                                         ? std::string_view(d.tokens[t + 1].norm)
                                         : std::string_view();
      // "as if", "as though": a comparison; "if anything", "if any", "if
      // at all": a hedge inside the clause, no condition on it.
      const bool at_all = after == "at" && t + 2 < range.end && d.tokens[t + 2].sentence == d.tokens[t].sentence &&
                          d.tokens[t + 2].norm == "all";
      if (w == "if" && (before == "as" || after == "anything" || after == "any" || at_all)) continue;
      // "has provided the only good news", "provided by recent data": the
      // verb, not "provided (that)".
      static const std::vector<std::string_view> kAuxiliaries = {
          "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "and", "to"};
      if ((w == "provided" || w == "providing") &&
          (one_of(before, kAuxiliaries) || after == "by" || after == "for" || after == "with" || after == "to" ||
           (t > range.begin && d.tokens[t - 1].sentence == d.tokens[t].sentence &&
            d.tokens[t - 1].kind == TokenKind::kWord && after != "that" && !is_function_word(before))))
        continue;
      std::size_t end = t + 1, content = 0, unlinked = 0;
      for (; end < range.end && d.tokens[end].sentence == d.tokens[t].sentence; ++end) {
        const Token& tok = d.tokens[end];
        if (tok.kind == TokenKind::kPunct && (tok.norm == "," || tok.norm == ";" || tok.norm == "." || tok.norm == ":"))
          break;
        if (!is_content_token(tok)) continue;
        ++content;
        unlinked += !view.linked(side, end);
      }
      if (d.tokens[t].norm != "whether" && content > 0 && 2 * unlinked >= content) v.emplace_back(t, end);
      else if (d.tokens[t].norm == "whether") v.emplace_back(t, t);  // balances, never reported
    }
    return v;
  };
  const auto co = conditions(Side::kOriginal), cr = conditions(Side::kRetranslated);
  if (co.empty() == cr.empty()) return;
  const Side side = co.empty() ? Side::kRetranslated : Side::kOriginal;
  const auto& here = co.empty() ? cr : co;
  const auto it = std::find_if(here.begin(), here.end(), [](const auto& c) { return c.second > c.first; });
  if (it == here.end()) return;
  const Document& d = view.doc(side);
  const Span clause{d.tokens[it->first].span.start, d.tokens[it->second - 1].span.end};
  const Span gap = view.gap_for(other(side), it->first, it->second - 1);
  out.push_back(one_sided_finding(view, side, Check::kModality, Severity::kMajor, 0.6, clause, gap,
                                  side == Side::kOriginal
                                      ? "condition dropped: \"" + excerpt(d, clause) +
                                            "\": the retranslation states it without the condition"
                                      : "condition added: \"" + excerpt(d, clause) +
                                            "\": the retranslation makes conditional what the original states"));
}

// A prohibition against the lack of an obligation: "must not enter" /
// "do not have to enter", "mustn't" / "needn't". The negation and the modal
// both survive, so neither check sees it; the rule it states is gone.
void check_prohibition(const BeadView& view, std::vector<Finding>& out) {
  struct Form {
    std::size_t first, last;  // its tokens
    int kind;                 // 1 prohibition, 2 no obligation
  };
  // 1: "must not", "mustn't"; 2: "need not", "needn't", "(do) not have to",
  // "(do) not need to", "(is) not required / obliged to".
  auto forms = [&](Side side) {
    std::vector<Form> v;
    const Document& d = view.doc(side);
    const TokenRange range = view.tokens(side);
    auto at = [&](std::size_t k, std::size_t sentence) -> std::string_view {
      return k >= range.begin && k < range.end && d.tokens[k].sentence == sentence ? std::string_view(d.tokens[k].norm)
                                                                                   : std::string_view();
    };
    for (std::size_t t = range.begin; t < range.end; ++t) {
      const std::string_view w = d.tokens[t].norm;
      const std::size_t s = d.tokens[t].sentence;
      const bool not_next = at(t + 1, s) == "not" || at(t + 1, s) == "n't";
      if (w == "mustn't") v.push_back({t, t, 1});
      else if (w == "must" && not_next) v.push_back({t, t + 1, 1});
      else if (w == "needn't") v.push_back({t, t, 2});
      else if (w == "need" && at(t + 1, s) == "not") v.push_back({t, t + 1, 2});
      else if (w != "must" && w != "need" && (w == "not" || wordclass::is_negator(w))) {
        const std::string_view next = at(t + 1, s), after = at(t + 2, s);
        if (after == "to" && (next == "have" || next == "has" || next == "need" || next == "required" ||
                              next == "obliged")) {
          const std::string_view before = t > range.begin ? at(t - 1, s) : std::string_view();
          const bool auxiliary = before == "do" || before == "does" || before == "did" || before == "is" ||
                                 before == "are" || before == "was" || before == "were";
          v.push_back({auxiliary ? t - 1 : t, t + 2, 2});
        }
      }
    }
    return v;
  };
  const auto fo = forms(Side::kOriginal), fr = forms(Side::kRetranslated);
  auto first_of = [](const std::vector<Form>& v, int kind) -> const Form* {
    for (const Form& f : v)
      if (f.kind == kind) return &f;
    return nullptr;
  };
  const Document& o = view.doc(Side::kOriginal);
  const Document& r = view.doc(Side::kRetranslated);
  for (const int kind : {1, 2}) {
    const Form* a = first_of(fo, kind);
    const Form* b = first_of(fr, 3 - kind);
    if (!a || !b || first_of(fr, kind)) continue;
    const Span so{o.tokens[a->first].span.start, o.tokens[a->last].span.end};
    const Span sr{r.tokens[b->first].span.start, r.tokens[b->last].span.end};
    out.push_back(make_finding(view, Category::kMistranslation, Check::kModality, Severity::kCritical, 0.85, so, sr,
                               std::string(kind == 1 ? "a prohibition became no obligation: \""
                                                     : "no obligation became a prohibition: \"") +
                                   std::string(o.slice(so)) + "\" -> \"" + std::string(r.slice(sr)) + "\""));
    return;
  }
}

namespace {

// Verbs of weighing a step, with its verb in -ing: "is considering closing the plant".
const std::vector<std::string_view> kConsider = {"considering", "weighing",   "contemplating", "mulling",
                                                 "discussing",  "debating",   "exploring"};

// Such a verb at `t` with an -ing form right after it in its sentence.
bool weighs_step(const Document& d, std::size_t t) {
  return one_of(d.tokens[t].norm, kConsider) && t + 1 < d.tokens.size() &&
         d.tokens[t + 1].sentence == d.tokens[t].sentence && d.tokens[t + 1].norm.ends_with("ing");
}

// An intention or expectation stated as a fact, or the other way round: "The government has
// promised to build 10,000 homes" / "The government has built 10,000 homes",
// "plans to cut 2,000 jobs" / "cut 2,000 jobs". An unlinked verb of intending
// with "to" after it (up to one word between: "plans not to"), whose verb
// (the next word) is linked; or a verb of weighing a step ("considering",
// "weighing") with a linked -ing form right after it ("is considering
// closing" / "is closing"). Before that verb's partner (up to three words
// back) the other side has no modal, no "to" and no such verb of its own,
// unlinked ("has pledged to build", "will build", "is going to build").
void check_intention(const BeadView& view, std::vector<Finding>& out) {
  static const std::vector<std::string_view> kIntend = {
      "promise", "promises", "promised", "promising", "pledge",  "pledges",   "pledged",  "pledging",
      "vow",     "vows",     "vowed",    "vowing",    "plan",    "plans",     "planned",  "planning",
      "intend",  "intends",  "intended", "intending", "aim",     "aims",      "aimed",    "aiming",
      "propose", "proposes", "proposed", "proposing", "threaten", "threatens", "threatened", "threatening",
      // Expecting: "is expected to resign" / "has resigned".
      "expect",  "expects",  "expected", "expecting", "scheduled"};
  for (const Side side : {Side::kOriginal, Side::kRetranslated}) {
    const Document& d = view.doc(side);
    const Document& e = view.doc(other(side));
    const TokenRange range = view.tokens(side), there = view.tokens(other(side));
    for (std::size_t t = range.begin; t + 2 < range.end; ++t) {
      if (d.tokens[t].kind != TokenKind::kWord || view.linked(side, t)) continue;
      std::size_t verb = t + 1;
      if (one_of(d.tokens[t].norm, kConsider)) {
        if (!weighs_step(d, t)) continue;  // "is considering closing": the -ing form right after
      } else {
        if (!one_of(d.tokens[t].norm, kIntend)) continue;
        std::size_t to = t + 1;
        if (d.tokens[to].norm != "to" && to + 1 < range.end && d.tokens[to + 1].norm == "to") ++to;
        // Or the act named as a noun after "a" / "an" / "the": "proposed a
        // ban on plastic straws" / "banned plastic straws", the noun linked
        // by its lemma to a verb of the other side.
        if (d.tokens[to].norm != "to" && !d.tokens[t].norm.starts_with("expect") && d.tokens[t].norm != "scheduled" &&
            (d.tokens[t + 1].norm == "a" || d.tokens[t + 1].norm == "an" || d.tokens[t + 1].norm == "the") &&
            t + 2 < range.end && d.tokens[t + 2].sentence == d.tokens[t].sentence) {
          const auto noun_partner = view.linked(side, t + 2);
          const auto kind = view.link_kind(side, t + 2);
          if (noun_partner && kind && *kind == LinkKind::kLemma && e.tokens[*noun_partner].norm.ends_with("ed") &&
              !d.tokens[t + 2].norm.ends_with("ed")) {
            verb = t + 2;
            to = t;  // no "to"
          }
        }
        if (verb == t + 1) {
          if (d.tokens[to].norm != "to" || to + 1 >= range.end || d.tokens[to + 1].sentence != d.tokens[t].sentence)
            continue;
          verb = to + 1;
        }
      }
      const auto partner = view.linked(side, verb);
      if (d.tokens[verb].kind != TokenKind::kWord || !partner) continue;
      bool hedged = false;
      for (std::size_t k = *partner; k-- > there.begin && k + 3 >= *partner && !hedged;) {
        if (e.tokens[k].sentence != e.tokens[*partner].sentence) break;
        const std::string_view w = e.tokens[k].norm;
        hedged = w == "to" || wordclass::modal_strength(w) > 0 || one_of(w, kIntend) || one_of(w, kConsider);
      }
      for (std::size_t k = there.begin; k < there.end && !hedged; ++k)
        hedged = (one_of(e.tokens[k].norm, kIntend) || one_of(e.tokens[k].norm, kConsider)) &&
                 !view.linked(other(side), k);
      if (hedged) continue;
      const bool from_original = side == Side::kOriginal;
      const Span here{d.tokens[t].span.start, d.tokens[verb].span.end};
      const Span gap = e.tokens[*partner].span;
      const std::string words(d.slice(here)), fact(e.slice(gap));
      const std::string what = one_of(d.tokens[t].norm, kConsider) ? "option"
                               : d.tokens[t].norm.starts_with("expect") || d.tokens[t].norm == "scheduled"
                                   ? "expectation"
                               : d.tokens[t].norm.starts_with("propos") ? "proposal"
                                                                        : "intention";
      out.push_back(make_finding(
          view, Category::kMistranslation, Check::kModality, Severity::kMajor, 0.7, from_original ? here : gap,
          from_original ? gap : here,
          from_original ? what + " stated as fact: \"" + words + "\" -> \"" + fact + "\""
                        : "fact turned into " + std::string(what == "proposal" ? "a " : "an ") + what + ": \"" + fact +
                              "\" -> \"" + words + "\""));
      break;
    }
  }
}

// A question on one side only: "Will the government cut taxes?" / "The
// government will cut taxes." asserts what the original asks (or asks what
// it asserts). Counted by sentences that end with a question mark; the first
// question mark is reported, against the final punctuation of the other
// side (the spans stay that small so that the words of the sentences are
// left to the other checks).
void check_question(const BeadView& view, std::vector<Finding>& out) {
  // A sentence worded as a question, whatever its final mark: it opens,
  // after a conjunction or an adverb, with an auxiliary or "why" ("Or
  // maybe, could we be ..."). ("What", "how", "when" open statements too.)
  static const std::vector<std::string_view> kLead = {"or", "and", "but", "so", "maybe", "perhaps", "then", "well", "now"};
  static const std::vector<std::string_view> kAsking = {
      "could", "would", "can",   "will", "is",  "are",  "was",  "were", "do",    "does", "did",   "should",
      "shall", "may",   "might", "have", "has", "had",  "why"};
  auto worded_as_question = [&](const Document& d, TokenRange tokens) {
    for (std::size_t t = tokens.begin, words = 0; t < tokens.end && words < 4; ++t) {
      if (d.tokens[t].kind != TokenKind::kWord) continue;
      ++words;
      if (one_of(d.tokens[t].norm, kAsking)) return true;
      if (!one_of(d.tokens[t].norm, kLead)) return false;
    }
    return false;
  };
  auto final_marks = [&](Side side) {
    std::vector<std::size_t> questions, ends;  // tokens: question marks (or opening words), final marks
    const Document& d = view.doc(side);
    for (std::size_t id : view.sentences(side)) {
      const TokenRange tokens = d.sentences[id].tokens;
      std::size_t mark = tokens.end;
      for (std::size_t t = tokens.end; t-- > tokens.begin;) {
        if (d.tokens[t].kind != TokenKind::kPunct) break;
        if (d.tokens[t].norm == "?" || d.tokens[t].norm == "." || d.tokens[t].norm == "!") {
          mark = t;
          break;
        }
      }
      if (mark != tokens.end) ends.push_back(mark);
      // A quoted question ("Is it safe?" she asked) may come back as an
      // indirect one (she asked whether it was safe): a reporting change.
      if (mark != tokens.end && d.tokens[mark].norm == "?" && !d.tokens[mark].quoted) questions.push_back(mark);
    }
    return std::pair{questions, ends};
  };
  const auto [qo, eo] = final_marks(Side::kOriginal);
  const auto [qr, er] = final_marks(Side::kRetranslated);
  if (qo.empty() == qr.empty()) return;
  // The side without a question mark may still ask, in its word order, or
  // in a quotation (whose marks the quote finder may not have paired).
  const Side plain = qo.empty() ? Side::kOriginal : Side::kRetranslated;
  const Document& pd = view.doc(plain);
  for (std::size_t t = view.tokens(plain).begin; t < view.tokens(plain).end; ++t)
    if (pd.tokens[t].norm == "?") return;
  for (std::size_t id : view.sentences(plain))
    if (worded_as_question(pd, pd.sentences[id].tokens)) return;
  const bool asked = !qo.empty();  // the original asks
  const Side side = asked ? Side::kOriginal : Side::kRetranslated;
  const Document& d = view.doc(side);
  const Span here = d.tokens[asked ? qo.front() : qr.front()].span;
  const auto& ends = asked ? er : eo;
  const std::size_t end = view.span(other(side)).end;
  const Span there = ends.empty() ? Span{end, end} : view.doc(other(side)).tokens[ends.back()].span;
  out.push_back(make_finding(view, Category::kMistranslation, Check::kModality, Severity::kMajor, 0.6,
                             asked ? here : there, asked ? there : here,
                             asked ? "question turned statement: the retranslation asserts what the original asks"
                                   : "statement turned question: the retranslation asks what the original asserts"));
}

// An open question stated as settled, or the reverse: an unlinked word of
// doubt ("unclear", "uncertain", "unknown", "undecided", "unsure") with a
// question word right after it (or after "as to"), on one side only, when
// the other side has no "whether" either. "It is unclear whether the
// deal will survive" / "The deal will survive".
void check_uncertainty(const BeadView& view, std::vector<Finding>& out) {
  static const std::vector<std::string_view> kDoubt = {"unclear", "uncertain", "unknown", "undecided", "unsure"};
  static const std::vector<std::string_view> kOpen = {"whether", "if",    "who", "what", "when",
                                                      "where",   "why",   "how", "which"};
  auto doubt = [&](Side side) -> std::optional<std::size_t> {
    const Document& d = view.doc(side);
    const TokenRange range = view.tokens(side);
    for (std::size_t t = range.begin; t < range.end; ++t) {
      if (d.tokens[t].kind != TokenKind::kWord || !one_of(d.tokens[t].norm, kDoubt) || view.linked(side, t)) continue;
      // Right after it, or after "as to" ("unclear as to whether"); not "an
      // unknown man who".
      std::size_t k = t + 1;
      if (k + 1 < range.end && d.tokens[k].norm == "as" && d.tokens[k + 1].norm == "to") k += 2;
      if (k < range.end && d.tokens[k].sentence == d.tokens[t].sentence && one_of(d.tokens[k].norm, kOpen)) return t;
    }
    return std::nullopt;
  };
  // "whether", or the doubt said with "not" ("It is unclear whether the
  // talks will resume" / "It is not clear if the talks will continue").
  static const std::vector<std::string_view> kSettled = {"clear", "certain", "known", "sure", "decided"};
  auto open_question = [&](Side side) {
    const Document& d = view.doc(side);
    const TokenRange range = view.tokens(side);
    for (std::size_t t = range.begin; t < range.end; ++t) {
      if (d.tokens[t].norm == "whether") return true;
      if (t > range.begin && one_of(d.tokens[t].norm, kSettled) &&
          (d.tokens[t - 1].norm == "not" || d.tokens[t - 1].norm.ends_with("n't")) && t + 1 < range.end &&
          one_of(d.tokens[t + 1].norm, kOpen))
        return true;
    }
    return false;
  };
  const auto o = doubt(Side::kOriginal), r = doubt(Side::kRetranslated);
  if (o.has_value() == r.has_value()) return;
  const Side side = o ? Side::kOriginal : Side::kRetranslated;
  if (open_question(other(side))) return;
  out.push_back(one_sided_word(view, side, Check::kModality, Severity::kMajor, 0.6, o ? *o : *r, "uncertainty",
                               "the retranslation states as settled what the original leaves open",
                               "the retranslation leaves open what the original states"));
}

// A restriction dropped or added: an unlinked "only", "solely" or
// "exclusively" on one side, when the other side has no unlinked word of
// restriction ("just", "merely", "alone", "else", "until", "restricted",
// ...). "The law applies only to large companies" / "The law applies to
// large companies" says more than the original. Not "not only" (and), nor
// "only" as an adjective ("the only woman": the one-of check's), nor "if
// only", nor "only to see" (what came after: "passed it, only to see it
// vetoed"). Before a number, an ordinal,
// "a" / "an", a word of time, or a verb or adjective that is no noun, it
// weighs what follows ("only 5 people came", "only the third nation",
// "only this week", "only able to") and is minor.
void check_restriction(const CheckContext& ctx, const BeadView& view, std::vector<Finding>& out) {
  static const std::vector<std::string_view> kRestrict = {"only", "solely", "exclusively"};
  // "nobody else", "nothing but", "not ... until" restrict too.
  // So do "restricted to", "limited to", "reserved for".
  static const std::vector<std::string_view> kAny = {"only",  "solely", "exclusively", "just",       "merely",
                                                     "alone", "sole",   "purely",      "simply",     "nothing",
                                                     "else",  "until",  "except",      "restricted", "limited",
                                                     "reserved"};
  static const std::vector<std::string_view> kNotBefore = {"not", "the", "an", "a",  "his", "her", "its", "their",
                                                           "our", "my",  "your", "if", "one's", "and", "or"};
  // "only this week", "only recently", "only the third nation": how soon or
  // how few, a weight on what follows (minor).
  static const std::vector<std::string_view> kWeighs = {"a",    "an",        "this",  "last", "recently", "yesterday",
                                                        "today", "now",      "then",  "just", "once",     "briefly",
                                                        "slightly", "partly", "about", "around", "after", "later"};
  auto restriction = [&](Side side) -> std::optional<std::size_t> {
    const Document& d = view.doc(side);
    const TokenRange range = view.tokens(side);
    for (std::size_t t = range.begin; t < range.end; ++t) {
      if (d.tokens[t].kind != TokenKind::kWord || !one_of(d.tokens[t].norm, kRestrict) || view.linked(side, t)) continue;
      if (t > range.begin && d.tokens[t - 1].sentence == d.tokens[t].sentence &&
          (one_of(d.tokens[t - 1].norm, kNotBefore) || d.tokens[t - 1].norm.ends_with("'s")))
        continue;
      // "only to see it vetoed": what came after, no restriction.
      static const std::vector<std::string_view> kAfterTo = {"see",   "find",  "be",    "have",   "lose",
                                                             "learn", "watch", "hear",  "return", "discover",
                                                             "face",  "fall",  "become", "die",   "end"};
      if (t + 2 < range.end && d.tokens[t + 1].norm == "to" && one_of(d.tokens[t + 2].norm, kAfterTo)) continue;
      return t;
    }
    return std::nullopt;
  };
  // "all but essential travel", "everyone but the driver": what is left
  // out of a whole, the restriction said from the other end.
  static const std::vector<std::string_view> kWhole = {"all",    "everything", "everyone", "everybody", "anything",
                                                       "anyone", "any",        "none",     "nobody",    "nothing"};
  auto any_unlinked = [&](Side side) {
    const Document& d = view.doc(side);
    const TokenRange range = view.tokens(side);
    for (std::size_t t = range.begin; t < range.end; ++t) {
      if (view.linked(side, t)) continue;
      if (one_of(d.tokens[t].norm, kAny)) return true;
      if (d.tokens[t].norm == "but" && t > range.begin && d.tokens[t - 1].sentence == d.tokens[t].sentence &&
          one_of(d.tokens[t - 1].norm, kWhole))
        return true;
    }
    return false;
  };
  for (const Side side : {Side::kOriginal, Side::kRetranslated}) {
    const auto t = restriction(side);
    if (!t || any_unlinked(other(side))) continue;
    const Document& d = view.doc(side);
    const std::size_t next = *t + 1;
    // A verb or adjective right after it, no noun: "only graduated last
    // May", "only able to": how much, not which (minor).
    auto describes = [&](std::string_view w) {
      if (!ctx.wordnet || w.empty()) return false;
      return ctx.wordnet->lemmas(w, Pos::kNoun).empty() &&
             (!ctx.wordnet->lemmas(w, Pos::kVerb).empty() || !ctx.wordnet->lemmas(w, Pos::kAdj).empty());
    };
    auto at = [&](std::size_t k) -> std::string_view {
      return k < view.tokens(side).end && d.tokens[k].sentence == d.tokens[*t].sentence
                 ? std::string_view(d.tokens[k].norm)
                 : std::string_view();
    };
    const bool weighs = (next < view.tokens(side).end && d.tokens[next].kind == TokenKind::kNumber &&
                         d.tokens[next].sentence == d.tokens[*t].sentence) ||
                        wordclass::number_value(at(next)) || one_of(at(next), kWeighs) ||
                        (at(next) == "the" && wordclass::number_value(at(next + 1))) || describes(at(next));
    out.push_back(one_sided_word(view, side, Check::kModality, weighs ? Severity::kMinor : Severity::kMajor,
                                 weighs ? 0.3 : 0.6, *t, "restriction",
                                 "the retranslation states broadly what the original restricts",
                                 "the retranslation restricts what the original states broadly"));
  }
}

}  // namespace

void check_modality(const CheckContext& ctx, const BeadView& view, std::vector<Finding>& out) {
  if (!view.paired()) return;
  check_tense(ctx, view, out);
  check_question(view, out);
  check_uncertainty(view, out);
  check_restriction(ctx, view, out);
  check_condition(view, out);
  check_prohibition(view, out);
  check_intention(view, out);
  // Verbs that oblige, urge or permit ("the law requires companies to
  // report" / "allows companies to report") weigh as "must", "should" and
  // "may", but only when both sides have one unlinked: "allows us to see" /
  // "lets us see" is no weakened statement.
  auto has_unlinked_deontic = [&](Side side) {
    const Document& d = view.doc(side);
    for (std::size_t t = view.tokens(side).begin; t < view.tokens(side).end; ++t)
      if (wordclass::deontic_strength(d.tokens[t].norm) > 0 && !view.linked(side, t)) return true;
    return false;
  };
  const bool deontic_both = has_unlinked_deontic(Side::kOriginal) && has_unlinked_deontic(Side::kRetranslated);
  auto has_unlinked_modal = [&](Side side) {
    const Document& d = view.doc(side);
    for (std::size_t t = view.tokens(side).begin; t < view.tokens(side).end; ++t)
      if (wordclass::modal_strength(d.tokens[t].norm) > 0 && !is_month_may(d, t) && !view.linked(side, t)) return true;
    return false;
  };
  const bool modal_o = has_unlinked_modal(Side::kOriginal), modal_r = has_unlinked_modal(Side::kRetranslated);
  // Modal verbs and hedges ("perhaps", "maybe"), and "possible" when it
  // hedges a clause ("it is possible that / for them to"), not a noun ("the
  // best possible outcome").
  auto strength = [&](const Document& d, std::size_t t) {
    if (deontic_both)
      if (const int level = wordclass::deontic_strength(d.tokens[t].norm)) return level;
    if (d.tokens[t].norm == "possible") {
      const std::string_view next = t + 1 < d.tokens.size() ? std::string_view(d.tokens[t + 1].norm) : "";
      return next == "that" || next == "for" || next == "to" ? 1 : 0;
    }
    // A step being weighed is a possibility against a modal of the other
    // side ("is considering closing" / "may close"); against a plain
    // statement it is the intention check's "option stated as fact".
    if (weighs_step(d, t)) return (&d == &view.doc(Side::kOriginal) ? modal_r : modal_o) ? 1 : 0;
    return is_month_may(d, t) ? 0 : wordclass::modal_strength(d.tokens[t].norm);
  };
  auto unlinked_modals = [&](Side side) {
    std::vector<std::size_t> v;
    const Document& d = view.doc(side);
    const TokenRange range = view.tokens(side);
    for (std::size_t t = range.begin; t < range.end; ++t)
      if (d.tokens[t].kind == TokenKind::kWord && strength(d, t) > 0 && !view.linked(side, t)) v.push_back(t);
    return v;
  };
  const auto all_o = unlinked_modals(Side::kOriginal);
  const auto all_r = unlinked_modals(Side::kRetranslated);
  const Document& o = view.doc(Side::kOriginal);
  const Document& r = view.doc(Side::kRetranslated);
  // A negated modal in one token ("cannot", "won't") keeps its modal: it
  // cancels a modal of that strength on the other side ("can undo" /
  // "cannot undo" is the negation check's alone), but is no modal of its own.
  auto negated_modals = [&](Side side) {
    static const std::vector<std::pair<std::string_view, int>> kNegated = {
        {"cannot", 2}, {"can't", 2},      {"couldn't", 1}, {"won't", 3},  {"wouldn't", 2},
        {"shouldn't", 2}, {"mustn't", 3}, {"mightn't", 1}, {"shan't", 3}};
    std::vector<int> v;
    const Document& d = view.doc(side);
    for (std::size_t t = view.tokens(side).begin; t < view.tokens(side).end; ++t)
      if (!view.linked(side, t))
        for (const auto& [word, level] : kNegated)
          if (d.tokens[t].norm == word) v.push_back(level);
    return v;
  };
  std::vector<int> negated_o = negated_modals(Side::kOriginal), negated_r = negated_modals(Side::kRetranslated);
  auto cancel_negated = [](std::vector<int>& levels, int level) {
    const auto it = std::find(levels.begin(), levels.end(), level);
    if (it == levels.end()) return false;
    levels.erase(it);
    return true;
  };
  // Modals of the same strength cancel wherever they stand ("we might never"
  // / "we may never"), as many as the side with fewer has; which ones is
  // chosen in order, nearest relative place first (four "might" against
  // three "maybe" leave the "might" whose place holds none); the rest pair in
  // order, and a modal with no partner is compared with a plain assertion
  // (strength 3).
  std::vector<bool> taken_o(all_o.size(), false), taken_r(all_r.size(), false);
  {
    auto place = [&](Side side, std::size_t t) {
      const TokenRange range = view.tokens(side);
      return range.end > range.begin + 1
                 ? static_cast<double>(t - range.begin) / static_cast<double>(range.end - range.begin - 1)
                 : 0.0;
    };
    for (int level = 1; level <= 3; ++level) {
      std::vector<std::size_t> io, ir;  // indices into all_o / all_r of this strength
      for (std::size_t i = 0; i < all_o.size(); ++i)
        if (strength(o, all_o[i]) == level) io.push_back(i);
      for (std::size_t j = 0; j < all_r.size(); ++j)
        if (strength(r, all_r[j]) == level) ir.push_back(j);
      if (io.empty() || ir.empty()) continue;
      // An order-keeping matching of least total distance; a skip costs 1,
      // more than any match (a distance is at most 1), so as many match as
      // the shorter list holds.
      const std::size_t n = io.size(), m = ir.size();
      std::vector<double> cost((n + 1) * (m + 1), 0.0);
      auto at = [&](std::size_t i, std::size_t j) -> double& { return cost[i * (m + 1) + j]; };
      for (std::size_t i = 0; i <= n; ++i)
        for (std::size_t j = 0; j <= m; ++j) {
          if (i == 0 || j == 0) {
            at(i, j) = static_cast<double>(i + j);
            continue;
          }
          const double match = at(i - 1, j - 1) + std::abs(place(Side::kOriginal, all_o[io[i - 1]]) -
                                                           place(Side::kRetranslated, all_r[ir[j - 1]]));
          at(i, j) = std::min({match, at(i - 1, j) + 1.0, at(i, j - 1) + 1.0});
        }
      for (std::size_t i = n, j = m; i > 0 && j > 0;) {
        const double match = at(i - 1, j - 1) + std::abs(place(Side::kOriginal, all_o[io[i - 1]]) -
                                                         place(Side::kRetranslated, all_r[ir[j - 1]]));
        if (at(i, j) == match) {
          taken_o[io[i - 1]] = taken_r[ir[j - 1]] = true;
          --i, --j;
        } else if (at(i, j) == at(i - 1, j) + 1.0) {
          --i;
        } else {
          --j;
        }
      }
    }
  }
  std::vector<std::size_t> mo, mr;
  for (std::size_t i = 0; i < all_o.size(); ++i)
    if (!taken_o[i] && !cancel_negated(negated_r, strength(o, all_o[i]))) mo.push_back(all_o[i]);
  for (std::size_t j = 0; j < all_r.size(); ++j)
    if (!taken_r[j] && !cancel_negated(negated_o, strength(r, all_r[j]))) mr.push_back(all_r[j]);
  // A negated modal left over against a modal one step off: "cannot be
  // found" / "could not be found" says the same.
  auto near_negated = [&](std::vector<std::size_t>& modals, const Document& d, std::vector<int>& levels) {
    std::erase_if(modals, [&](std::size_t t) {
      const auto it = std::find_if(levels.begin(), levels.end(), [&](int l) { return std::abs(l - strength(d, t)) <= 1; });
      if (it == levels.end()) return false;
      levels.erase(it);
      return true;
    });
  };
  near_negated(mo, o, negated_r);
  near_negated(mr, r, negated_o);
  // A statement made as a forecast ("Heavy rain is expected, with up to 50
  // mm falling" / "some places could see 50 mm") is not a plain assertion:
  // against a weak modal, a side whose bead holds a forecast verb counts its
  // missing modal as "likely" (one step, minor), not as a plain statement.
  auto forecast = [&](Side side) {
    static const std::vector<std::string_view> kForecast = {
        "expected", "expect", "expects", "forecast", "forecasts", "forecasted", "predicted", "predicts",
        "predict",  "projected", "anticipated"};
    const Document& d = view.doc(side);
    for (std::size_t t = view.tokens(side).begin; t < view.tokens(side).end; ++t)
      if (one_of(d.tokens[t].norm, kForecast)) return true;
    return false;
  };
  const std::size_t n = std::max(mo.size(), mr.size());
  for (std::size_t k = 0; k < n; ++k) {
    const int so = k < mo.size() ? strength(o, mo[k]) : 3;
    const int sr = k < mr.size() ? strength(r, mr[k]) : 3;
    if (so == sr) continue;
    const Span span_o = k < mo.size() ? o.tokens[mo[k]].span : view.gap_for(Side::kOriginal, mr[k], mr[k]);
    const Span span_r = k < mr.size() ? r.tokens[mr[k]].span : view.gap_for(Side::kRetranslated, mo[k], mo[k]);
    const bool forecast_o = k >= mo.size() && std::abs(so - sr) >= 2 && forecast(Side::kOriginal);
    const bool forecast_r = k >= mr.size() && std::abs(so - sr) >= 2 && forecast(Side::kRetranslated);
    const std::string from = k < mo.size() ? quoted(o, mo[k]) : forecast_o ? "a forecast" : "a plain statement";
    const std::string to = k < mr.size() ? quoted(r, mr[k]) : forecast_r ? "a forecast" : "a plain statement";
    // An obligation against a permission ("must carry out repairs" / "can
    // carry out repairs"): one step on the scale, but another duty.
    auto obliges = [](const Document& d, std::size_t t) { return d.tokens[t].norm == "must" || d.tokens[t].norm == "shall"; };
    // Only when both bear on the same verb: the first content word after
    // each (within three tokens) is linked to the other.
    const bool duty_to_leave = k < mo.size() && k < mr.size() &&
                               ((obliges(o, mo[k]) && r.tokens[mr[k]].norm == "can") ||
                                (o.tokens[mo[k]].norm == "can" && obliges(r, mr[k]))) &&
                               [&] {
                                 const auto vo = content_after(view, Side::kOriginal, mo[k]);
                                 const auto vr = content_after(view, Side::kRetranslated, mr[k]);
                                 return vo && vr && view.linked(Side::kOriginal, *vo) == vr;
                               }();
    const int diff = forecast_o || forecast_r ? 1 : duty_to_leave ? 2 : std::abs(so - sr);
    // A modal that asks ("could our universe be ...?" / "is our universe
    // ...?") or sits in a condition ("if we could detect" / "if we detect")
    // asserts nothing either way: at most minor.
    // A plain statement asks too when its sentence is a question ("could we
    // be ...?" / "are we ...?").
    auto question_at = [&](Side side, Span gap) {
      const Document& d = view.doc(side);
      const TokenRange range = view.tokens(side);
      std::size_t u = range.begin;
      while (u + 1 < range.end && d.tokens[u].span.end <= gap.start) ++u;
      std::size_t last = u;
      while (last + 1 < d.tokens.size() && d.tokens[last + 1].sentence == d.tokens[u].sentence) ++last;
      return d.tokens[last].norm == "?";
    };
    const bool asserted = (k < mo.size() ? asserts(o, mo[k]) : !question_at(Side::kOriginal, span_o)) &&
                          (k < mr.size() ? asserts(r, mr[k]) : !question_at(Side::kRetranslated, span_r));
    // A negated modal of ability against a plain statement: "could not be
    // reached" / "did not return a call" both deny; at most minor. (Not
    // "might not" / "does not": a possibility stated as fact.)
    auto negated = [](const Document& d, std::size_t t) {
      return (d.tokens[t].norm == "could" || d.tokens[t].norm == "can") && t + 1 < d.tokens.size() &&
             d.tokens[t + 1].sentence == d.tokens[t].sentence &&
             (d.tokens[t + 1].norm == "not" || d.tokens[t + 1].norm == "n't" || d.tokens[t + 1].norm == "never");
    };
    const bool denied = (k < mo.size() && k >= mr.size() && negated(o, mo[k])) ||
                        (k < mr.size() && k >= mo.size() && negated(r, mr[k]));
    const bool compared = (k < mo.size() && in_comparison(o, mo[k])) || (k < mr.size() && in_comparison(r, mr[k]));
    // "Only authorised staff may enter" states a rule, as "Access is
    // restricted to authorised staff" does: a "may" or "can" up to four
    // words after "only" in its sentence is a permission, not a possibility.
    auto permits = [](const Document& d, std::size_t t) {
      if (d.tokens[t].norm != "may" && d.tokens[t].norm != "can") return false;
      for (std::size_t j = t; j-- > 0 && j + 4 >= t && d.tokens[j].sentence == d.tokens[t].sentence;)
        if (d.tokens[j].norm == "only") return true;
      return false;
    };
    const bool permission = (k < mo.size() && k >= mr.size() && permits(o, mo[k])) ||
                            (k < mr.size() && k >= mo.size() && permits(r, mr[k]));
    out.push_back(make_finding(view, Category::kMistranslation, Check::kModality,
                               diff >= 2 && asserted && !denied && !compared && !permission ? Severity::kMajor
                                                                                            : Severity::kMinor,
                               0.3 + 0.25 * diff, span_o, span_r,
                               "modality " + std::string(sr > so ? "strengthened" : "weakened") + ": " + from +
                                   " -> " + to +
                                   (!asserted && diff >= 2   ? " (in a question or condition)"
                                    : denied && diff >= 2    ? " (under a negation)"
                                    : compared && diff >= 2  ? " (in a comparison)"
                                    : permission && diff >= 2 ? " (a permission after \"only\")"
                                                             : "")));
  }
}

namespace {

// How a connective relates two clauses (or a clause and a noun phrase): it
// gives a cause ("because", "due to"), concedes one ("although",
// "despite"), draws a consequence ("so", "therefore") or sets one thing
// against another ("but", "however"). The first two and the last two are
// opposites: what the original gives as the reason, the retranslation says
// happened in spite of it.
enum class Link { kCause, kConcession, kResult, kContrast };

bool causal(Link l) { return l == Link::kCause || l == Link::kResult; }

std::string_view describe(Link l) {
  switch (l) {
    case Link::kCause: return "a cause";
    case Link::kConcession: return "a concession";
    case Link::kResult: return "a consequence";
    case Link::kContrast: return "a contrast";
  }
  return {};
}

struct Connective {
  Link link = Link::kCause;
  std::size_t first = 0, last = 0;  // tokens [first, last]
};

// The connective that starts at token `t` of `range` of `d`, if one does.
// Words that are connectives only in some places are taken only there: "so"
// and "but" and "yet" after a comma, a semicolon, "and" or at the start of
// the sentence ("so far", "all but", "not yet" are not), "however" before a
// comma, "though" not after "as"; none right after "not" ("not because").
std::optional<Connective> connective_at(const Document& d, TokenRange range, std::size_t t) {
  struct Phrase {
    std::array<std::string_view, 4> words;
    Link link;
  };
  static const Phrase kPhrases[] = {
      {{"because", "of"}, Link::kCause},         {{"because"}, Link::kCause},
      {{"due", "to"}, Link::kCause},             {{"owing", "to"}, Link::kCause},
      {{"thanks", "to"}, Link::kCause},          {{"on", "account", "of"}, Link::kCause},
      {{"as", "a", "result", "of"}, Link::kCause}, {{"as", "a", "result"}, Link::kResult},
      {{"in", "spite", "of"}, Link::kConcession}, {{"despite"}, Link::kConcession},
      {{"although"}, Link::kConcession},         {{"even", "though"}, Link::kConcession},
      {{"though"}, Link::kConcession},           {{"notwithstanding"}, Link::kConcession},
      {{"regardless", "of"}, Link::kConcession}, {{"therefore"}, Link::kResult},
      {{"thus"}, Link::kResult},                 {{"hence"}, Link::kResult},
      {{"consequently"}, Link::kResult},         {{"so"}, Link::kResult},
      {{"but"}, Link::kContrast},                {{"however"}, Link::kContrast},
      {{"nevertheless"}, Link::kContrast},       {{"nonetheless"}, Link::kContrast},
      {{"yet"}, Link::kContrast},
  };
  const std::size_t sentence = d.tokens[t].sentence;
  auto norm = [&](std::size_t k) -> std::string_view {
    return k >= range.begin && k < range.end && d.tokens[k].sentence == sentence ? std::string_view(d.tokens[k].norm)
                                                                                  : std::string_view();
  };
  const std::string_view before = t > range.begin ? norm(t - 1) : std::string_view();
  if (before == "not" || before.ends_with("n't")) return std::nullopt;
  for (const Phrase& p : kPhrases) {
    std::size_t n = 0;
    while (n < p.words.size() && !p.words[n].empty() && norm(t + n) == p.words[n]) ++n;
    if (n == 0 || (n < p.words.size() && !p.words[n].empty())) continue;
    const std::string_view w = p.words[0], next = norm(t + n);
    const bool clause_start = before.empty() || before == "," || before == ";" || before == "and" ||
                              before == "\u2014" || before == "--";
    if (n == 1 && (w == "so" || w == "but" || w == "yet")) {
      static const std::vector<std::string_view> kNotAfterSo = {"that", "far", "much", "many", "few", "little",
                                                                "long", "too",  "to",   "as",   "on",  "forth",
                                                                "called", "what", "."};
      if (!clause_start || next.empty() || next == "." || next == "also" || next == "again" ||
          (w == "so" && one_of(next, kNotAfterSo)))
        return std::nullopt;
    }
    if (w == "however" && next != ",") return std::nullopt;
    if (w == "though" && (before == "as" || before == "even" || next.empty() || next == "." || next == ","))
      return std::nullopt;
    if (w == "thus" && next == "far") return std::nullopt;
    return Connective{p.link, t, t + n - 1};
  }
  return std::nullopt;
}

std::vector<Connective> connectives_of(const BeadView& view, Side side) {
  std::vector<Connective> out;
  const Document& d = view.doc(side);
  const TokenRange range = view.tokens(side);
  for (std::size_t t = range.begin; t < range.end; ++t)
    if (d.tokens[t].kind == TokenKind::kWord)
      if (auto c = connective_at(d, range, t)) {
        out.push_back(*c);
        t = c->last;
      }
  return out;
}

// A connective replaced at its place by one of the other family: "resigned
// because of the scandal" / "resigned despite the scandal", "Although sales
// fell, profits rose" / "Because sales fell, ...", "closed, so hundreds lost
// their jobs" / "closed, but hundreds ...". Its words are unlinked (or
// linked only to the other connective), and the other side's connective
// stands among the unlinked words between the counterparts of its linked
// neighbours. Neither side may hold another unlinked connective of the
// other's family (the relation may only have moved). A cause turned
// concession (or back) inverts the relation: critical, as any relation
// inverted in a pair this close; a consequence turned contrast is major.
void check_connectives(const BeadView& view, std::vector<Finding>& out) {
  const std::vector<Connective> co = connectives_of(view, Side::kOriginal);
  if (co.empty()) return;
  const std::vector<Connective> cr = connectives_of(view, Side::kRetranslated);
  if (cr.empty()) return;
  const Document& o = view.doc(Side::kOriginal);
  const Document& r = view.doc(Side::kRetranslated);
  // A connective of the family unlinked on `side` (one linked to the other
  // side, "However" / "However", is a relation both keep).
  auto has_family = [&](Side side, const std::vector<Connective>& cs, bool family) {
    return std::any_of(cs.begin(), cs.end(),
                       [&](const Connective& c) { return causal(c.link) == family && !view.linked(side, c.first); });
  };
  auto free = [&](Side side, const Connective& c, const Connective& partner) {
    for (std::size_t k = c.first; k <= c.last; ++k)
      if (auto l = view.linked(side, k); l && (*l < partner.first || *l > partner.last)) return false;
    return true;
  };
  for (const Connective& c : co) {
    if (has_family(Side::kRetranslated, cr, causal(c.link))) continue;
    std::vector<std::size_t> there = view.counterpart(Side::kOriginal, c.first, c.last);
    if (there.empty()) there = view.counterpart(Side::kOriginal, c.first, c.last, BeadView::Anchors::kContentWords);
    for (const Connective& d : cr) {
      if (causal(d.link) == causal(c.link) || has_family(Side::kOriginal, co, causal(d.link))) continue;
      if (std::find(there.begin(), there.end(), d.first) == there.end()) continue;
      if (!free(Side::kOriginal, c, d) || !free(Side::kRetranslated, d, c)) continue;
      const bool inverted = (c.link == Link::kCause && d.link == Link::kConcession) ||
                            (c.link == Link::kConcession && d.link == Link::kCause);
      const Span so{o.tokens[c.first].span.start, o.tokens[c.last].span.end};
      const Span sr{r.tokens[d.first].span.start, r.tokens[d.last].span.end};
      const double similarity = view.score()->score;
      out.push_back(make_finding(
          view, Category::kMistranslation, Check::kLexical,
          inverted && similarity >= 0.5 ? Severity::kCritical : Severity::kMajor,
          (inverted ? 0.6 : 0.5) + 0.3 * similarity, so, sr,
          std::string(inverted ? "relation inverted" : "relation changed") + ": \"" + std::string(o.slice(so)) +
              "\" (" + std::string(describe(c.link)) + ") -> \"" + std::string(r.slice(sr)) + "\" (" +
              std::string(describe(d.link)) + ")"));
      break;
    }
  }
}

}  // namespace

std::vector<std::size_t> kept_connective_tokens(const BeadView& view, Side side) {
  std::vector<std::size_t> out;
  const std::vector<Connective> here = connectives_of(view, side);
  if (here.empty()) return out;
  const std::vector<Connective> there = connectives_of(view, other(side));
  for (const Connective& c : here) {
    if (view.linked(side, c.first)) continue;
    const bool kept = std::any_of(there.begin(), there.end(), [&](const Connective& d) {
      return causal(d.link) == causal(c.link) && !view.linked(other(side), d.first);
    });
    if (!kept) continue;
    for (std::size_t t = c.first; t <= c.last; ++t) out.push_back(t);
  }
  return out;
}

void check_relation(const CheckContext& ctx, const BeadView& view, std::vector<Finding>& out) {
  if (!view.paired()) return;
  check_connectives(view, out);
  // An unlinked stance word on one side whose place on the other side (the
  // unlinked words between the counterparts of its linked neighbours) holds
  // an unlinked stance word of the opposite sign: "and that often comes into
  // conflict with the ... emphasis" -> "and this is driven by an emphasis".
  std::vector<std::pair<std::size_t, std::size_t>> seen;  // (original, retranslated) tokens reported
  // One clear stance on each side: a run that mixes signs or holds a
  // negation ("helps fight", "does not support") is left alone.
  auto clear = [&](const Document& doc, const std::vector<std::size_t>& toks, int sign) {
    for (std::size_t k : toks) {
      if (wordclass::is_negator(doc.tokens[k].norm)) return false;
      const int p = stance_of(ctx, doc.tokens[k]);
      if (p != 0 && p != sign) return false;
    }
    return true;
  };
  for (Side side : {Side::kRetranslated, Side::kOriginal}) {
    const Document& d = view.doc(side);
    const Document& e = view.doc(other(side));
    const TokenRange range = view.tokens(side);
    for (std::size_t t = range.begin; t < range.end; ++t) {
      if (view.linked(side, t)) continue;
      const int here = stance_of(ctx, d.tokens[t]);
      if (here == 0) continue;
      // The run of unlinked tokens around it, so that the counterpart search
      // anchors on the linked words around the whole changed phrase.
      std::size_t first = t, last = t;
      while (first > range.begin && d.tokens[first - 1].sentence == d.tokens[t].sentence && !view.linked(side, first - 1))
        --first;
      while (last + 1 < range.end && d.tokens[last + 1].sentence == d.tokens[t].sentence && !view.linked(side, last + 1))
        ++last;
      std::vector<std::size_t> run(last - first + 1);
      std::iota(run.begin(), run.end(), first);
      // Anchored on all linked words, else (crossing anchors, no
      // counterpart) on linked content words only: "companies committed to an
      // open web" / "companies' efforts to tackle the open web", where "to"
      // and "the" are linked across each other.
      std::vector<std::size_t> there = view.counterpart(side, first, last);
      if (there.empty()) there = view.counterpart(side, first, last, BeadView::Anchors::kContentWords);
      if (!clear(d, run, here) || !clear(e, there, -here)) continue;
      for (std::size_t u : there) {
        if (stance_of(ctx, e.tokens[u]) != -here) continue;
        const std::size_t to = side == Side::kOriginal ? t : u, tr = side == Side::kOriginal ? u : t;
        if (std::find(seen.begin(), seen.end(), std::make_pair(to, tr)) != seen.end()) break;
        seen.emplace_back(to, tr);
        const Span so = stance_span(view, Side::kOriginal, to), sr = stance_span(view, Side::kRetranslated, tr);
        const int from_sign = side == Side::kOriginal ? here : -here;
        const double similarity = view.score()->score;
        out.push_back(make_finding(
            view, Category::kMistranslation, Check::kLexical,
            similarity >= 0.5 ? Severity::kCritical : Severity::kMajor, 0.6 + 0.3 * similarity, so, sr,
            "relation inverted: \"" + std::string(view.doc(Side::kOriginal).slice(so)) + "\" (" +
                (from_sign < 0 ? "opposes" : "supports") + ") -> \"" + std::string(view.doc(Side::kRetranslated).slice(sr)) +
                "\" (" + (from_sign < 0 ? "supports" : "opposes") + ")"));
        break;
      }
    }
  }
}

namespace {

// The speaker of the original's unlinked speaker verb `t`, when it went with
// the verb: "Critics say the law will harm ..." / "The law will harm ...".
// The word before the verb, a subject pronoun or a noun (not "Let's say"),
// unlinked, with no content word at their place on the other side; and not
// when the verb introduces a quotation that the other side still has in
// quotation marks (""It's routine," she said." / ""It is routine."": still
// somebody's words). Then the retranslation states as fact what the
// original attributes.
std::optional<std::size_t> dropped_speaker(const CheckContext& ctx, const BeadView& view, std::size_t t) {
  const Document& o = view.doc(Side::kOriginal);
  const Document& r = view.doc(Side::kRetranslated);
  const TokenRange ro = view.tokens(Side::kOriginal), rr = view.tokens(Side::kRetranslated);
  static const std::vector<std::string_view> kSubjects = {"i", "you", "he", "she", "we", "they"};
  if (t == ro.begin) return std::nullopt;
  const std::size_t s = t - 1;
  const Token& w = o.tokens[s];
  if (w.sentence != o.tokens[t].sentence || w.kind != TokenKind::kWord || view.linked(Side::kOriginal, s) ||
      w.norm.find('\'') != std::string::npos || w.norm.find("\u2019") != std::string::npos)
    return std::nullopt;
  const bool noun = is_content_token(w) && ctx.wordnet &&
                    (!ctx.wordnet->lemmas(wordclass::match_key(w.norm, false), Pos::kNoun).empty() || w.capitalized);
  if (!one_of(w.norm, kSubjects) && !noun) return std::nullopt;
  const auto there = view.counterpart(Side::kOriginal, s, t);
  if (std::any_of(there.begin(), there.end(), [&](std::size_t u) { return is_content_token(r.tokens[u]); }))
    return std::nullopt;
  static const std::vector<std::string_view> kQuoteMarks = {"\"", "\u201C", "\u201D", "\u00AB", "\u00BB", "\u201E"};
  bool introduces = false;  // a mark up to three tokens before the speaker or after the verb
  for (std::size_t k = s >= ro.begin + 3 ? s - 3 : ro.begin; k <= t + 3 && k < ro.end; ++k)
    introduces = introduces || (o.tokens[k].sentence == o.tokens[t].sentence && one_of(o.tokens[k].norm, kQuoteMarks));
  if (introduces)
    for (std::size_t u = rr.begin; u < rr.end; ++u)
      if (one_of(r.tokens[u].norm, kQuoteMarks)) return std::nullopt;
  return s;
}

// The agent of a passive verb: "was killed by soldiers", "has been
// approved by the board". `t` is an unlinked "by" on `side` whose verb
// before it is an inflected verb linked to the other side, with a form of
// "be" or "get" up to three words before that, and whose other side has no
// "by" right after the verb's partner. Returns the last token of the agent
// phrase: up to seven words, determiners and then unlinked content words,
// ended by a linked word, a number, a time or a means ("by parliament last
// year"); none when such a word comes first ("by Friday", "by 5 percent",
// "by phone", "by the end of", "by a vote of").
std::optional<std::size_t> passive_agent(const CheckContext& ctx, const BeadView& view, Side side, std::size_t t) {
  const Document& d = view.doc(side);
  const Document& e = view.doc(other(side));
  const TokenRange range = view.tokens(side);
  if (d.tokens[t].norm != "by" || t == range.begin || view.linked(side, t) || !ctx.wordnet) return std::nullopt;
  const std::size_t verb = t - 1;
  const auto partner = view.linked(side, verb);
  if (!partner || d.tokens[verb].sentence != d.tokens[t].sentence || d.tokens[verb].kind != TokenKind::kWord)
    return std::nullopt;
  const auto lemmas = ctx.wordnet->lemmas(d.tokens[verb].norm, Pos::kVerb);
  if (lemmas.empty() || std::find(lemmas.begin(), lemmas.end(), d.tokens[verb].norm) != lemmas.end())
    return std::nullopt;  // not an inflected verb
  static const std::vector<std::string_view> kBe = {"be",  "is",  "are",  "was",  "were", "been",
                                                    "being", "get", "gets", "got", "gotten", "getting"};
  bool passive = false;
  for (std::size_t k = verb; k-- > range.begin && k + 3 >= verb && d.tokens[k].sentence == d.tokens[verb].sentence;)
    passive = passive || one_of(d.tokens[k].norm, kBe);
  if (!passive) return std::nullopt;
  const TokenRange there = view.tokens(other(side));
  for (std::size_t u = *partner + 1; u < there.end && u <= *partner + 2; ++u)
    if (e.tokens[u].norm == "by") return std::nullopt;
  static const std::vector<std::string_view> kNotAgents = {
      "far",     "hand",    "mistake", "chance",  "accident", "law",      "phone",    "telephone", "email",
      "mail",    "car",     "train",   "plane",   "air",      "sea",      "road",     "foot",      "bus",
      "force",   "default", "nature",  "design",  "end",      "time",     "now",      "then",      "tomorrow",
      "tonight", "today",   "noon",    "midnight", "year",    "years",    "month",    "months",    "week",
      "weeks",   "day",     "days",    "percent", "half",     "monday",   "tuesday",  "wednesday", "thursday",
      "friday",  "saturday", "sunday", "january", "february", "march",    "april",    "june",      "july",
      "august",  "september", "october", "november", "december", "way",   "means",    "contrast",  "comparison",
      "referendum", "ballot", "decree",
      "morning", "afternoon", "evening", "night", "dawn", "dusk", "lunchtime", "weekend", "summer", "winter",
      "spring", "autumn", "year's", "week's", "month's", "season", "decade", "century",
      // A cause, not who did it: "delayed by a lack of funding".
      "lack", "shortage", "absence"};
  // How a body decided, not who: no agent at all ("passed by a vote of 52
  // to 48", "by a narrow majority", "by a wide margin").
  static const std::vector<std::string_view> kDecisions = {"vote",      "votes",       "margin",   "majority",
                                                           "plurality", "acclamation", "consensus"};
  std::optional<std::size_t> last;
  for (std::size_t k = t + 1; k < range.end && k <= t + 7 && d.tokens[k].sentence == d.tokens[t].sentence; ++k) {
    const Token& w = d.tokens[k];
    if (one_of(w.norm, kDecisions)) return std::nullopt;
    // A linked noun right after unlinked adjectives is the agent, there on
    // the other side with other modifiers ("delayed by heavy fog" /
    // "because of thick fog"); a time word after them makes the phrase a
    // time ("by early afternoon", "by year's end").
    if (last && *last + 1 == k && w.kind == TokenKind::kWord &&
        ((is_content_token(w) && view.linked(side, k) && !ctx.wordnet->lemmas(w.norm, Pos::kNoun).empty()) ||
         one_of(w.norm, kNotAgents))) {
      bool modifiers = true;
      for (std::size_t j = t + 1; j < k && modifiers; ++j)
        modifiers = !is_content_token(d.tokens[j]) || !ctx.wordnet->lemmas(d.tokens[j].norm, Pos::kAdj).empty();
      if (modifiers) return std::nullopt;
    }
    // A number, time or means, or a linked word, ends the agent after its
    // first content word ("by parliament last year"); before, it is no agent.
    if (w.kind == TokenKind::kNumber || (w.kind == TokenKind::kWord && wordclass::number_value(w.norm)) ||
        one_of(w.norm, kNotAgents) || is_month_may(d, k) || (is_content_token(w) && view.linked(side, k)))
      break;
    if (w.kind != TokenKind::kWord) break;
    if (is_content_token(w)) {
      last = k;
    } else if (last || !is_determiner(w.norm)) {
      break;
    }
  }
  return last;
}

}  // namespace

void check_attribution(const CheckContext& ctx, const BeadView& view, std::vector<Finding>& out) {
  if (!view.paired()) return;
  const Document& o = view.doc(Side::kOriginal);
  const Document& r = view.doc(Side::kRetranslated);
  // "States" in "United States" is a name, not a speaker verb; "the state
  // Supreme Court", "a report", "their notes", "take note" are nouns.
  auto speakers = [&](Side side) {
    auto v = tokens_where(view, side, wordclass::is_speaker_verb);
    const Document& d = view.doc(side);
    std::erase_if(v, [&](std::size_t t) {
      if (d.tokens[t].capitalized) return true;
      // A belief inside a quotation is part of the quoted words ("\"I think
      // it will work,\" he said"), not who speaks; one the other side
      // keeps (linked) is no change; and "to think", "to believe" state no
      // belief of anyone's.
      if (wordclass::is_belief_verb(d.tokens[t].norm) &&
          (d.tokens[t].quoted || view.linked(side, t) ||
           (t > view.tokens(side).begin && d.tokens[t - 1].norm == "to")))
        return true;
      if (t == 0 || d.tokens[t - 1].sentence != d.tokens[t].sentence) return false;
      const std::string_view before = d.tokens[t - 1].norm;
      return is_determiner(before) || before == "take" || before == "takes" || before == "took" ||
             before == "taking" || before == "taken";  // "take note of"
    });
    return v;
  };
  auto speak_o = speakers(Side::kOriginal);
  auto speak_r = speakers(Side::kRetranslated);
  // A speaker verb that became a denial at its place, or the other way
  // round ("the minister said that" / "the minister denied that"): the
  // speaker now rejects what they asserted.
  auto denial = [](std::string_view w) {
    static const std::vector<std::string_view> kDenials = {
        "deny",    "denies",  "denied",   "denying",  "dispute", "disputes", "disputed", "disputing",
        "refute",  "refutes", "refuted",  "refuting", "rebut",   "rebuts",   "rebutted", "rebutting"};
    return one_of(w, kDenials);
  };
  for (const Side side : {Side::kOriginal, Side::kRetranslated}) {
    auto& here = side == Side::kOriginal ? speak_o : speak_r;
    const Document& d = view.doc(side);
    const Document& e = view.doc(other(side));
    for (auto it = here.begin(); it != here.end();) {
      const std::size_t t = *it;
      std::optional<std::size_t> turned;
      if (!view.linked(side, t))
        for (std::size_t u : view.counterpart(side, t, t))
          if (denial(e.tokens[u].norm)) {
            turned = u;
            break;
          }
      if (!turned) {
        ++it;
        continue;
      }
      // The denial said as a statement of the opposite: "denied any
      // wrongdoing" / "said it had done nothing wrong", "denied that he
      // had met" / "said he had never met". An unlinked negator in the
      // speaker verb's clause keeps the polarity.
      // (Not when the denial's own clause holds one too: "denied that he
      // had not paid" / "said he had not paid".)
      // Also a word that calls it false: "denied reports of a reshuffle" /
      // "said reports of a reshuffle were untrue".
      static const std::vector<std::string_view> kFalse = {"untrue",     "false",     "baseless", "unfounded",
                                                           "groundless", "inaccurate", "incorrect", "fabricated",
                                                           "fake",       "nonsense",  "lies"};
      auto negated_clause = [&](Side s, std::size_t verb) {
        const Document& x = view.doc(s);
        for (std::size_t k = verb + 1; k < view.tokens(s).end && k <= verb + 12 && x.tokens[k].sentence == x.tokens[verb].sentence;
             ++k)
          if ((wordclass::is_negator(x.tokens[k].norm) || one_of(x.tokens[k].norm, kFalse)) && !view.linked(s, k))
            return true;
        return false;
      };
      if (negated_clause(side, t) && !negated_clause(other(side), *turned)) {
        it = here.erase(it);
        continue;
      }
      const bool from_original = side == Side::kOriginal;
      const Span a = d.tokens[t].span, b = e.tokens[*turned].span;
      out.push_back(make_finding(
          view, Category::kMistranslation, Check::kAttribution,
          view.score()->score >= 0.5 ? Severity::kCritical : Severity::kMajor, 0.85, from_original ? a : b,
          from_original ? b : a,
          "attribution inverted: " + (from_original ? quoted(d, t) + " -> " + quoted(e, *turned)
                                                    : quoted(e, *turned) + " -> " + quoted(d, t)) +
              (from_original ? ": the speaker now denies what they said" : ": the speaker now says what they denied")));
      it = here.erase(it);
    }
  }
  // The same speaker verb on both sides, with another speaker just before
  // it: "The report said" / "The minister said", "Critics say" / "The
  // government says". Both subjects unlinked content words that WordNet
  // neither relates nor finds close; names are the entity check's.
  if (ctx.wordnet) {
    auto subject = [&](Side side, std::size_t verb) -> std::optional<std::size_t> {
      const Document& d = view.doc(side);
      const TokenRange range = view.tokens(side);
      if (verb == range.begin || d.tokens[verb - 1].norm == "to") return std::nullopt;  // "to add": no statement
      for (std::size_t k = verb; k-- > range.begin && k + 3 >= verb;) {
        if (d.tokens[k].sentence != d.tokens[verb].sentence || d.tokens[k].kind != TokenKind::kWord) return std::nullopt;
        if (!is_content_token(d.tokens[k])) continue;
        // A noun that can speak or write: "report", "critics", "police".
        if (is_contracted_auxiliary(d.tokens[k].norm) || d.tokens[k].norm.find('\'') != std::string::npos ||
            ctx.wordnet->lemmas(wordclass::match_key(d.tokens[k].norm, false), Pos::kNoun).empty())
          return std::nullopt;
        // The object of a preposition is no speaker ("an analyst looking at
        // the deal said": not "deal").
        static const std::vector<std::string_view> kPrepositions = {"at", "of", "on", "in", "for", "with", "about",
                                                                    "from", "into", "over", "by", "to"};
        std::size_t before = k;
        if (before > range.begin && is_determiner(d.tokens[before - 1].norm)) --before;
        if (before > range.begin && d.tokens[before - 1].sentence == d.tokens[k].sentence &&
            one_of(d.tokens[before - 1].norm, kPrepositions))
          return std::nullopt;
        return k;
      }
      return std::nullopt;
    };
    for (std::size_t t : speak_o) {
      const auto u = view.linked(Side::kOriginal, t);
      if (!u || std::find(speak_r.begin(), speak_r.end(), *u) == speak_r.end()) continue;
      auto so = subject(Side::kOriginal, t), sr = subject(Side::kRetranslated, *u);
      std::optional<std::size_t> head_o, head_r;  // a head both keep, after the modifiers compared
      // The head kept and its modifier replaced ("the prime minister said" /
      // "the finance minister said"): the modifiers are the speakers compared.
      if (so && sr && view.linked(Side::kOriginal, *so) == sr && *so > 0 && *sr > 0 &&
          o.tokens[*so - 1].sentence == o.tokens[*so].sentence && r.tokens[*sr - 1].sentence == r.tokens[*sr].sentence &&
          is_content_token(o.tokens[*so - 1]) && is_content_token(r.tokens[*sr - 1]) &&
          !o.tokens[*so - 1].capitalized && !r.tokens[*sr - 1].capitalized &&
          // A title WordNet lists ("prime minister"): another office, not
          // another word for the same speaker ("senior official" /
          // "government official").
          (ctx.wordnet->contains(o.tokens[*so - 1].norm + " " + o.tokens[*so].norm) ||
           ctx.wordnet->contains(r.tokens[*sr - 1].norm + " " + r.tokens[*sr].norm))) {
        head_o = *so;
        head_r = *sr;
        so = *so - 1;
        sr = *sr - 1;
      }
      if (!so || !sr || view.linked(Side::kOriginal, *so) || view.linked(Side::kRetranslated, *sr) ||
          o.tokens[*so].capitalized != (*so == 0 || o.tokens[*so - 1].sentence != o.tokens[*so].sentence) ||
          r.tokens[*sr].capitalized != (*sr == 0 || r.tokens[*sr - 1].sentence != r.tokens[*sr].sentence))
        continue;  // a capital inside the sentence: a name
      const std::string ko = wordclass::match_key(o.tokens[*so].norm, false);
      const std::string kr = wordclass::match_key(r.tokens[*sr].norm, false);
      if (ctx.wordnet->relation(ko, kr) != WordRelation::kNone || ctx.wordnet->relatedness(ko, kr) >= 0.5 ||
          lemmas_pair(*ctx.wordnet, ko, kr, wordclass::same_speaker_kind))
        continue;
      const Span speaker_o{o.tokens[*so].span.start, o.tokens[head_o.value_or(*so)].span.end};
      const Span speaker_r{r.tokens[*sr].span.start, r.tokens[head_r.value_or(*sr)].span.end};
      out.push_back(make_finding(view, Category::kMistranslation, Check::kAttribution, Severity::kMajor, 0.7, speaker_o,
                                 speaker_r,
                                 "speaker changed: \"" + std::string(o.slice(speaker_o)) + "\" -> \"" +
                                     std::string(r.slice(speaker_r)) + "\" " + std::string(r.slice(r.tokens[*u].span))));
    }
  }
  // A speaker verb with a pronoun subject ("He said", "he offers" after "He
  // said") that the original does not have puts words in someone's mouth;
  // not when the original gives them to a pronoun another way ("According to
  // him, ..." / "He said ...").
  auto according_to_pronoun = [&](Side side) {
    static const std::vector<std::string_view> kObjects = {"him", "her", "them", "us", "me"};
    const Document& d = view.doc(side);
    const TokenRange range = view.tokens(side);
    for (std::size_t t = range.begin; t + 2 < range.end; ++t)
      if (d.tokens[t].norm == "according" && d.tokens[t + 1].norm == "to" && one_of(d.tokens[t + 2].norm, kObjects) &&
          !view.linked(side, t))
        return true;
    return false;
  };
  // Nor is an attribution dropped when the retranslation gives the words
  // to a source another way ("..., the mobile operator said" / "According
  // to the company, ...").
  // The phrase: "According to the company", up to the next punctuation
  // (at most six words after "to").
  auto according_to = [&](Side side) -> std::optional<Span> {
    const Document& d = view.doc(side);
    const TokenRange range = view.tokens(side);
    for (std::size_t t = range.begin; t + 1 < range.end; ++t) {
      if (d.tokens[t].norm != "according" || d.tokens[t + 1].norm != "to" || view.linked(side, t)) continue;
      std::size_t last = t + 1;
      for (std::size_t k = t + 2; k < range.end && k <= t + 7 && d.tokens[k].sentence == d.tokens[t].sentence &&
                                  d.tokens[k].kind != TokenKind::kPunct;
           ++k)
        last = k;
      return Span{d.tokens[t].span.start, d.tokens[last].span.end};
    }
    return std::nullopt;
  };
  // Both sides mostly a quotation: the words are presented as someone's
  // either way, whether the speaker is named or not.
  auto quotes_most = [&](Side side) {
    const Document& d = view.doc(side);
    const TokenRange range = view.tokens(side);
    std::size_t quoted = 0;
    for (const Quote& q : d.quotes)
      if (q.tokens.begin >= range.begin && q.tokens.end <= range.end) quoted += q.tokens.end - q.tokens.begin;
    return 2 * quoted >= range.end - range.begin;
  };
  const bool both_quote = quotes_most(Side::kOriginal) && quotes_most(Side::kRetranslated);
  if (speak_r.size() > speak_o.size() && !according_to_pronoun(Side::kOriginal)) {
    for (std::size_t t : speak_r) {
      if (view.linked(Side::kRetranslated, t)) continue;
      std::size_t subject = t;
      if (t > 0 && r.tokens[t - 1].sentence == r.tokens[t].sentence && wordclass::is_personal_pronoun(r.tokens[t - 1].norm))
        subject = t - 1;
      // Or a noun of the retranslation's own in the place of another word
      // of the original ("The minister said he recommends" for "The report
      // recommends"): the source changed, with its determiner. A speaker
      // named where the original has nothing ("..., police said" after a
      // plain statement) is the other checks' (a name added, words added).
      else if (t > 0 && r.tokens[t - 1].sentence == r.tokens[t].sentence && is_content_token(r.tokens[t - 1]) &&
               !r.tokens[t - 1].capitalized && !view.linked(Side::kRetranslated, t - 1) && !r.tokens[t - 1].quoted &&
               ctx.wordnet && !ctx.wordnet->lemmas(r.tokens[t - 1].norm, Pos::kNoun).empty()) {
        // Not a noun phrase after a preposition, whose verb is a participle
        // ("in a fraud sweep announced Friday", "among the finalists
        // announced"); nor a name at the place (the company it names:
        // "Gilead had" / "the company said").
        static const std::vector<std::string_view> kPrepositions = {
            "in", "on", "at", "among", "of", "for", "with", "by", "from", "to", "into", "about", "during", "after",
            "before", "under", "over", "between", "against", "through"};
        // Nor a reporting clause after the statement (", the company said"):
        // the statement stays, its source is named.
        bool after_preposition = false;
        for (std::size_t k = t - 1; k-- > 0 && k + 5 >= t && r.tokens[k].sentence == r.tokens[t].sentence;) {
          if (r.tokens[k].kind != TokenKind::kWord) {
            after_preposition = r.tokens[k].norm == ",";
            break;
          }
          if (is_content_token(r.tokens[k]) || is_determiner(r.tokens[k].norm)) continue;
          after_preposition = one_of(r.tokens[k].norm, kPrepositions);
          break;
        }
        const auto there = view.counterpart(Side::kRetranslated, t - 1, t);
        if (!after_preposition &&
            std::any_of(there.begin(), there.end(), [&](std::size_t u) {
              return is_content_token(o.tokens[u]) && !o.tokens[u].capitalized && !view.linked(Side::kOriginal, u);
            }))
          subject = t > 1 && r.tokens[t - 2].sentence == r.tokens[t].sentence && is_determiner(r.tokens[t - 2].norm)
                        ? t - 2
                        : t - 1;
      }
      if (subject == t) continue;
      // "said sorry", "said thanks", "said goodbye": an act, not a report.
      static const std::vector<std::string_view> kAct = {"sorry", "thanks", "thank", "goodbye", "hello"};
      if (t + 1 < r.tokens.size() && r.tokens[t + 1].sentence == r.tokens[t].sentence && one_of(r.tokens[t + 1].norm, kAct))
        continue;
      const Span sr{r.tokens[subject].span.start, r.tokens[t].span.end};
      // The original quotes the words already, and the retranslation quotes
      // them too ("\"The result is ...\"" / "\"The result is ...,\" he
      // said"): it names whose words they are, it does not make them
      // someone's. Minor.
      const bool named = both_quote;
      out.push_back(make_finding(view, Category::kAddition, Check::kAttribution,
                                 named ? Severity::kMinor : Severity::kMajor, named ? 0.3 : 0.7,
                                 view.gap_for(Side::kOriginal, subject, t), sr,
                                 named ? "speaker named: \"" + std::string(r.slice(sr)) +
                                             "\" says whose words the quotation is"
                                       : "speaker added: \"" + std::string(r.slice(sr)) +
                                             "\" attributes the statement to someone"));
      break;
    }
  } else if (speak_o.size() > speak_r.size()) {
    const auto source = according_to(Side::kRetranslated);
    for (std::size_t t : speak_o) {
      if (view.linked(Side::kOriginal, t)) continue;
      const auto speaker = dropped_speaker(ctx, view, t);
      const Span so = speaker ? Span{o.tokens[*speaker].span.start, o.tokens[t].span.end} : o.tokens[t].span;
      // The retranslation keeps the words as a quotation: it no longer
      // says whose they are, but states nothing as fact. Minor.
      if (speaker && both_quote) {
        out.push_back(make_finding(view, Category::kOmission, Check::kAttribution, Severity::kMinor, 0.3, so,
                                   view.gap_for(Side::kRetranslated, *speaker, t),
                                   "speaker not named: \"" + std::string(o.slice(so)) +
                                       "\" is gone, the quotation marks stay"));
        break;
      }
      if (source) {
        out.push_back(make_finding(view, Category::kMistranslation, Check::kAttribution, Severity::kMinor, 0.3, so,
                                   *source,
                                   "attribution said another way: \"" + std::string(o.slice(so)) + "\" -> \"" +
                                       std::string(r.slice(*source)) + "\""));
        break;
      }
      out.push_back(make_finding(
          view, Category::kOmission, Check::kAttribution, speaker ? Severity::kMajor : Severity::kMinor,
          speaker ? 0.7 : 0.5, so, view.gap_for(Side::kRetranslated, speaker.value_or(t), t),
          speaker ? "attribution dropped: \"" + std::string(o.slice(so)) +
                        "\" is gone, the retranslation states as fact what the original attributes"
                  : "attribution dropped: " + quoted(o, t) + " has no counterpart"));
      break;
    }
  }
  // A hedge that attributes the claim to unnamed others ("allegedly",
  // "reportedly"), unlinked on one side: dropped, the retranslation states
  // as fact what the original only reports; added, it casts doubt on a fact.
  auto hedges = [&](Side side) {
    static const std::vector<std::string_view> kHedges = {"allegedly", "reportedly", "purportedly",
                                                          "supposedly", "reputedly",  "ostensibly"};
    // And the passive of reporting before "to": "is believed to have paid",
    // "are said to be", "was reported to have fled".
    static const std::vector<std::string_view> kReporting = {
        "believed", "thought", "said", "alleged", "reported", "understood", "rumoured", "rumored", "suspected",
        "presumed", "feared",  "claimed"};
    static const std::vector<std::string_view> kBe = {"is", "are", "was", "were", "be", "been", "being"};
    const Document& d = view.doc(side);
    const TokenRange range = view.tokens(side);
    auto v = tokens_where(view, side, [](std::string_view w) { return one_of(w, kHedges) || one_of(w, kReporting); });
    std::erase_if(v, [&](std::size_t t) {
      if (view.linked(side, t)) return true;
      if (one_of(d.tokens[t].norm, kHedges)) return false;
      return !(t > range.begin && t + 1 < range.end && one_of(d.tokens[t - 1].norm, kBe) &&
               d.tokens[t + 1].norm == "to" && d.tokens[t + 1].sentence == d.tokens[t].sentence);
    });
    return v;
  };
  // The other side says it in other words: "according to reports", "is
  // said to", "sources say", "is alleged to".
  auto reported = [&](Side side) {
    static const std::vector<std::string_view> kReported = {
        "report", "reports",  "reported", "allege",   "alleges", "alleged",  "allegation", "allegations",
        "claim",  "claims",   "claimed",  "purport",  "purported", "supposed", "rumored",  "rumoured",
        "believed", "thought", "understood", "sources", "according"};
    for (std::size_t t : tokens_where(view, side, [](std::string_view w) {
           return one_of(w, kReported) || wordclass::is_speaker_verb(w);
         }))
      if (!view.linked(side, t)) return true;
    return false;
  };
  const auto hedge_o = hedges(Side::kOriginal), hedge_r = hedges(Side::kRetranslated);
  const bool dropped = hedge_o.size() > hedge_r.size();
  if (hedge_o.size() != hedge_r.size() && !reported(dropped ? Side::kRetranslated : Side::kOriginal)) {
    out.push_back(one_sided_word(view, dropped ? Side::kOriginal : Side::kRetranslated, Check::kAttribution,
                                 Severity::kMajor, 0.7, dropped ? hedge_o.front() : hedge_r.front(), "hedge",
                                 "the retranslation states as fact what the original only reports",
                                 "the retranslation reports as a claim what the original states as fact"));
  }
  // A claim hedged by how it looks ("The company appears to have misled
  // investors", "seems to"), unlinked on one side, when the other side has
  // no hedge of its own ("apparently", "seemingly", a modal of possibility,
  // "likely"): dropped, it states as fact what the original presents as
  // apparent.
  {
    static const std::vector<std::string_view> kSeem = {"appear", "appears", "appeared", "seem", "seems", "seemed"};
    static const std::vector<std::string_view> kObjects = {"us", "me", "him", "her", "them", "you", "it"};
    // (Evidence or belief said instead: "initial information indicated it
    // had veered", "Police believe someone strangled her", "reports said".)
    static const std::vector<std::string_view> kOther = {
        "apparently", "seemingly", "evidently", "likely",     "probably",  "may",       "might",    "could",
        "perhaps",    "appear",    "appears",   "appeared",   "seem",      "seems",     "seemed",   "indicate",
        "indicates",  "indicated", "suggest",   "suggests",   "suggested", "believe",   "believes", "believed",
        "think",      "thinks",    "thought",   "reports",    "report",    "reportedly", "allegedly"};
    auto seems = [&](Side side) -> std::optional<std::size_t> {
      const Document& d = view.doc(side);
      const TokenRange range = view.tokens(side);
      // A verb after "to" ("appears to have misled"; not "appears to us",
      // "appear to the eye": coming into view).
      for (std::size_t t = range.begin; t + 2 < range.end; ++t)
        if (one_of(d.tokens[t].norm, kSeem) && !view.linked(side, t) && d.tokens[t + 1].norm == "to" &&
            d.tokens[t + 2].sentence == d.tokens[t].sentence && d.tokens[t + 2].kind == TokenKind::kWord &&
            !is_determiner(d.tokens[t + 2].norm) && !one_of(d.tokens[t + 2].norm, kObjects) && ctx.wordnet &&
            !ctx.wordnet->lemmas(d.tokens[t + 2].norm, Pos::kVerb).empty())
          return t;
      return std::nullopt;
    };
    auto other_hedge = [&](Side side) {
      const Document& d = view.doc(side);
      for (std::size_t t = view.tokens(side).begin; t < view.tokens(side).end; ++t)
        if (one_of(d.tokens[t].norm, kOther) && !view.linked(side, t)) return true;
      return false;
    };
    const auto so = seems(Side::kOriginal), sr = seems(Side::kRetranslated);
    if (so.has_value() != sr.has_value()) {
      const Side side = so ? Side::kOriginal : Side::kRetranslated;
      if (!other_hedge(other(side)))
        out.push_back(one_sided_word(view, side, Check::kAttribution, Severity::kMajor, 0.7, so ? *so : *sr, "hedge",
                                     "the retranslation states as fact what the original presents as apparent",
                                     "the retranslation presents as apparent what the original states as fact"));
    }
  }
  // A phrase [first, last] of `side` with nothing at its place on the other
  // side, as a major attribution finding: "<what> dropped: "...": <if_dropped>"
  // or "<what> added: "...": <if_added>".
  auto one_sided_phrase = [&](Side side, std::size_t first, std::size_t last, std::string_view what,
                              std::string_view if_dropped, std::string_view if_added) {
    const Document& d = view.doc(side);
    const Span here{d.tokens[first].span.start, d.tokens[last].span.end};
    const bool omitted = side == Side::kOriginal;
    out.push_back(one_sided_finding(view, side, Check::kAttribution, Severity::kMajor, 0.7, here,
                                    view.gap_for(other(side), first, last),
                                    std::string(what) + (omitted ? " dropped: \"" : " added: \"") +
                                        std::string(d.slice(here)) + "\": " + std::string(omitted ? if_dropped : if_added)));
  };
  // A source dropped or added: "According to the UN, 3 million people need
  // aid" / "3 million people need aid". An unlinked "according to" whose
  // source (up to the next punctuation, at most eight words) has content
  // words, none linked, while the other side has no unlinked "according",
  // speaker verb, reporting word or hedge ("reportedly") of its own.
  for (const Side side : {Side::kOriginal, Side::kRetranslated}) {
    const Document& d = view.doc(side);
    const TokenRange range = view.tokens(side);
    if (reported(other(side)) || !hedges(other(side)).empty()) continue;
    for (std::size_t t = range.begin; t + 2 < range.end; ++t) {
      if (d.tokens[t].norm != "according" || d.tokens[t + 1].norm != "to" || view.linked(side, t)) continue;
      std::optional<std::size_t> last;
      bool linked = false;
      for (std::size_t k = t + 2; k < range.end && k <= t + 9 && d.tokens[k].sentence == d.tokens[t].sentence &&
                                  d.tokens[k].kind == TokenKind::kWord;
           ++k) {
        if (!is_content_token(d.tokens[k])) continue;
        linked = linked || view.linked(side, k).has_value();
        last = k;
      }
      if (!last || linked) continue;
      one_sided_phrase(side, t, *last, "source", "the retranslation states as fact what the original attributes",
                       "the retranslation attributes what the original states as fact");
      break;
    }
  }
  // The agent of a passive verb dropped or added: "was killed by soldiers" /
  // "was killed" no longer says who did it.
  for (const Side side : {Side::kOriginal, Side::kRetranslated}) {
    const TokenRange range = view.tokens(side);
    for (std::size_t t = range.begin; t < range.end; ++t) {
      const auto last = passive_agent(ctx, view, side, t);
      if (!last) continue;
      one_sided_phrase(side, t, *last, "agent", "the retranslation no longer says who did it",
                       "the retranslation says who did it where the original does not");
      break;
    }
  }
  // Quotation marks added or removed change what is presented as someone's words.
  auto quotes_in = [&](Side side) {
    std::size_t n = 0;
    const TokenRange range = view.tokens(side);
    for (const Quote& q : view.doc(side).quotes)
      if (q.tokens.begin >= range.begin && q.tokens.end <= range.end) ++n;
    return n;
  };
  const std::size_t qo = quotes_in(Side::kOriginal), qr = quotes_in(Side::kRetranslated);
  if (qo != qr)
    out.push_back(make_finding(view, qo > qr ? Category::kOmission : Category::kAddition, Check::kAttribution,
                               Severity::kMinor, 0.4, view.span(Side::kOriginal), view.span(Side::kRetranslated),
                               qo > qr ? "quotation marks removed: quoted words are no longer presented as a quote"
                                       : "quotation marks added: words presented as a quote that the original does not quote"));
}

}  // namespace transdrift
