// The drift checks. Each looks at one bead and appends the Findings it is
// sure of; the detector runs all of them over every bead.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "detect/bead_view.hpp"
#include "transdrift/detector.hpp"
#include "transdrift/wordnet.hpp"

namespace transdrift {

class WordWeigher;

struct CheckContext {
  const WordNet* wordnet = nullptr;
  const DetectOptions* options = nullptr;
  const WordWeigher* weigher = nullptr;  // information content of words
};

using CheckFn = void (*)(const CheckContext&, const BeadView&, std::vector<Finding>&);

void check_sentence(const CheckContext&, const BeadView&, std::vector<Finding>&);     // checks_sentence.cpp
void check_fragment(const CheckContext&, const BeadView&, std::vector<Finding>&);     // checks_sentence.cpp
void check_partial(const CheckContext&, const BeadView&, std::vector<Finding>&);      // checks_partial.cpp
void check_quote(const CheckContext&, const BeadView&, std::vector<Finding>&);        // checks_words.cpp
void check_lexical(const CheckContext&, const BeadView&, std::vector<Finding>&);      // checks_words.cpp
void check_number(const CheckContext&, const BeadView&, std::vector<Finding>&);       // checks_words.cpp
void check_entity(const CheckContext&, const BeadView&, std::vector<Finding>&);       // checks_words.cpp
void check_negation(const CheckContext&, const BeadView&, std::vector<Finding>&);     // checks_polarity.cpp
void check_modality(const CheckContext&, const BeadView&, std::vector<Finding>&);     // checks_polarity.cpp
void check_relation(const CheckContext&, const BeadView&, std::vector<Finding>&);     // checks_polarity.cpp
void check_attribution(const CheckContext&, const BeadView&, std::vector<Finding>&);  // checks_polarity.cpp
void check_structure(const CheckContext&, const BeadView&, std::vector<Finding>&);    // checks_structure.cpp
void check_placeholder(const CheckContext&, const BeadView&, std::vector<Finding>&);  // checks_markup.cpp

// Every check, in the order the detector runs them.
const std::vector<CheckFn>& all_checks();

// Helpers shared by the checks.
Finding make_finding(const BeadView& view, Category category, Check check, Severity severity, double score,
                     Span original, Span retranslated, std::string explanation);
// Something on one side only: `here` on `side` (an omission when that is the
// original, an addition when it is the retranslation), `gap` on the other.
Finding one_sided_finding(const BeadView& view, Side side, Check check, Severity severity, double score, Span here,
                          Span gap, std::string explanation);
// The input text of `span`, shortened to at most `max_chars` code points with "…".
std::string excerpt(const Document& doc, Span span, std::size_t max_chars = 60);
// `word` is one of `words` (a short fixed list, searched in order).
bool one_of(std::string_view word, std::span<const std::string_view> words);
// True for a word token that carries content (not a function word, not punctuation).
bool is_content_token(const Token& token);
// A contracted auxiliary ("won't", "didn't", "we'll", "I'd", "they've"): it
// says what "will not" or "we will" say, function words, so it carries no
// information mass of its own ("won't be able to" / "will not").
bool is_contracted_auxiliary(std::string_view norm);
// Information mass of `tokens` of `doc`, in content-word units: the sum of
// their weights (WordWeigher::content_weight; 1 each without a weigher),
// contracted auxiliaries weighing nothing.
double information_mass(const CheckContext& ctx, const Document& doc, const std::vector<std::size_t>& tokens);
// Information mass, in content-word units, from which words dropped or added
// are a major finding: about two rare words or three common ones.
inline constexpr double kMajorMass = 1.6;
// The month "May": "may" capitalized inside its sentence ("in May 2019"),
// not the modal.
bool is_month_may(const Document& doc, std::size_t token);
// Word tokens of each side (index 0 original, 1 retranslated; sorted) that
// spell, with the next word (a hyphen between or not), one word of the other
// side, and those single words: "cyberattacks" / "cyber-attacks" / "cyber
// attacks", "self-luminous" / "selfluminous"; words written with and
// without their accents ("café" / "cafe"); and spoken contractions and the
// words they contract ("gonna" / "going to"). The same words, spelled
// another way: no finding of their own.
std::array<std::vector<std::size_t>, 2> compound_spellings(const BeadView& view);
// Titles and bodies news writes as initials, capitalized, against their words
// one after the other on the other side ("CEO" / "chief executive", "MP" /
// "member of parliament", "UN" / "United Nations", "US" / "United States";
// not the pronoun "us"): the tokens of both, per side as compound_spellings.
// Part of compound_spellings; the entity check reads them as names spelled
// out.
std::array<std::vector<std::size_t>, 2> title_spellings(const BeadView& view);
// Spoken contractions and the two words each contracts: "gonna" / "going
// to", "wanna" / "want to", "gotta" / "got to", "kinda" / "kind of", ...
const std::array<std::array<std::string_view, 3>, 8>& spoken_contractions();
bool is_spoken_contraction(std::string_view norm);
// A number as a reader takes it, over one or more tokens: "40", "ten
// thousand", "two and a half million", "1.5 billion", "three hundred and
// six", "a dozen", "twenty-five", "3 p.m.", "thousands", a fraction ("a
// third of", "two thirds", "three-quarters", "half of"), or a single
// number-like token (an ordinal "third", "6km"). Word tokens [begin, end) of one sentence.
struct NumberPhrase {
  std::size_t begin = 0;
  std::size_t end = 0;
  double value = 0;
  // It states a fact on its own: a numeral in digits, or a value of two and
  // up in words ("one" and "a" alone are too often not numbers).
  bool fact = false;
  // A round quantity in the plural ("thousands", "hundreds of thousands";
  // the value is its unit): a fact only against another number ("thousands"
  // / "hundreds" changed), not dropped or added ("thousands" / "many").
  bool vague = false;
  // A time of day ("3 p.m.", "15:00"; the value is the hour on a 24-hour
  // clock): a plain "5" may be its hour.
  bool clock = false;
  // A fraction ("a third", "two-thirds", "half of"; the value is below 1):
  // a percentage of a hundred times its value is the same number.
  bool fraction = false;
};

// The number phrases of `range` of `doc`, in text order, not overlapping.
std::vector<NumberPhrase> number_phrases(const Document& doc, TokenRange range);

// Closed-class words whose swap inverts what a sentence says: "went up" /
// "went down", "before the vote" / "after the vote", "above zero" / "below
// zero", "more people" / "fewer people", "switched on" / "switched off",
// "over 100" / "under 100", "next month" / "last month". WordNet lists none
// of them as antonyms (most are function words, which the word aligner
// leaves alone).
bool opposite_function_words(std::string_view a, std::string_view b);
// Whether a WordNet lemma of `a` (or `a` itself) and one of `b` (or `b`)
// make a pair `pair` accepts (wordclass::opposite_lemmas,
// wordclass::contrasting_lemmas): "defeated" / "lost" through "defeat" / "lose".
bool lemmas_pair(const WordNet& wordnet, std::string_view a, std::string_view b,
                 bool (*pair)(std::string_view, std::string_view));
// Whether `w` is a word of one of those pairs ("under", "before", "more").
bool has_opposite_function_word_pair(std::string_view w);

// Tokens of `side` (ascending) in unlinked connectives ("because of",
// "despite", "so", "however", ...; check_relation) for which the other side
// has an unlinked connective of the same family, cause or consequence
// against cause or consequence, concession or contrast against concession
// or contrast: "Despite the rain" / "even though it was raining", "Because
// of the strike" / "due to the strike". The same relation in other words:
// no words added or dropped.
std::vector<std::size_t> kept_connective_tokens(const BeadView& view, Side side);

// The first content word of `side` after token `t`, up to `reach` tokens
// on, in its sentence and bead: the verb a modal or "before" bears on.
std::optional<std::size_t> content_after(const BeadView& view, Side side, std::size_t t, std::size_t reach = 3);

// Whether the negator at token `t` of `side` says a superlative of the
// other side with a comparative of the same word in its clause: "No player
// is younger than him" / "He is the youngest player", "has not been this
// low" / "at its lowest level", "have never tried a harder problem" / "the
// hardest problem we have ever tried". Such a negator denies nothing.
bool superlative_as_negated_comparative(const BeadView& view, Side side, std::size_t t);

// wordclass::relation_polarity of a word token through its WordNet lemmas
// ("driven" -> "drive"): -1 opposes, +1 supports, 0 neither, a name or not a word.
int stance_of(const CheckContext& ctx, const Token& token);

}  // namespace transdrift
