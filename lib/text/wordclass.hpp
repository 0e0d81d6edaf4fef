// Closed word classes of English used by the matching and detection stages.
// Every list works on Token::norm (NFKC + case folded, straight quotes).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace transdrift::wordclass {

// The key two tokens must share to count as the same word form: the norm
// without a possessive ('s or trailing ') and, for dotted abbreviations
// written in capitals (U.S.), without the dots. Contractions with n't are
// spelled out (can't -> cannot, won't -> will not -> "willnot").
std::string match_key(std::string_view norm, bool capitalized);

// `norm` without its combining marks ("café" -> "cafe", "naïve" ->
// "naive", "Zürich" -> "zurich"); ASCII comes back as it is.
std::string without_diacritics(std::string_view norm);

// The value of a number token ("54", "1,000", "3.5") or a spelled-out
// number word ("four", "dozen", "million"); nullopt otherwise.
std::optional<double> number_value(std::string_view norm);

// Verbs that introduce reported speech ("said", "told", "according",
// "confessed", "admitted") or a belief ("believe", "think": is_belief_verb).
bool is_speaker_verb(std::string_view norm);
// Verbs of belief that attribute a statement ("Police believe ...").
bool is_belief_verb(std::string_view norm);

// Words that flip polarity: not, n't forms, no, never, without, nobody, ...,
// and contractions written without their apostrophe ("dont", "isnt").
bool is_negator(std::string_view norm);

// The two lists as the similarity model's features count them: without the
// verbs of owning up ("confessed", "admitted") and the bare contractions
// ("dont"), which the detector learned after data/similarity_model.tsv was
// trained. Keeping the features as trained keeps the model reproducible bit
// for bit by tools/train_similarity.
bool is_feature_speaker_verb(std::string_view norm);
bool is_feature_negator(std::string_view norm);
// A day of the week or a month, written out or abbreviated ("tuesday",
// "tues", "sept", "dec"), with or without a possessive "'s".
bool is_calendar_name(std::string_view norm);

// Modal strength of a modal verb or hedging adverb: 1 = possibility (might,
// may, could, perhaps, maybe), 2 = likelihood or ability (can, would,
// should, probably), 3 = certainty or obligation (will, must, shall,
// certainly); 0 = not a modal.
int modal_strength(std::string_view norm);
// The strength of a verb that obliges, urges or permits, on the scale of
// modal_strength: 3 require/oblige/compel/mandate, 2 urge/encourage/advise,
// 1 allow/permit (base, -s and -ed forms); 0 = none.
int deontic_strength(std::string_view norm);

// Lemmas of opposite meaning that WordNet does not record as antonyms,
// common in news ("denied" / "confirmed", "allowed" / "banned", "increased"
// / "declined", "lifted" / "imposed"), judging for against judging against
// ("welcomed" / "criticized"), hoping against fearing or doubting, and
// holding a quantity against changing it ("kept" / "raised", "freeze" /
// "cut"), either order.
bool opposite_lemmas(std::string_view a, std::string_view b);

// Lemmas of events that exclude each other without being opposites, which
// WordNet keeps as close relatives and news reports must not mix up
// ("killed" / "injured", "destroyed" / "damaged", "cancelled" / "postponed",
// "won" / "nominated", "resigned" / "fired", "charged" / "convicted"),
// either order.
bool contrasting_lemmas(std::string_view a, std::string_view b);

// Nouns for speakers of one kind that WordNet keeps apart, by lemma, either
// order: "campaigner" / "activist" / "advocate", "critic" / "opponent",
// "reporter" / "correspondent", "expert" / "analyst", "resident" /
// "local", "lawmaker" / "legislator". "Campaigners said" / "Activists said"
// names the same speakers in other words.
bool same_speaker_kind(std::string_view a, std::string_view b);

// The relation a kin noun names, by lemma: one number per relation (parent,
// child, sibling, spouse, grandparent, grandchild, uncle or aunt, nephew or
// niece, cousin), both sexes alike ("mother" and "father" are one
// relation, "son" and "nephew" two); -1 for other words.
int kin_relation(std::string_view lemma);

// The currency a symbol token names ("$" -> "dollar", "\u20AC" -> "euro",
// "\u00A3" -> "pound", "\u00A5" -> "yen", ...), or "" for none.
std::string_view currency_of_symbol(std::string_view norm);
// The currency a word names, singular or plural ("dollars" -> "dollar",
// "yuan"), or "" for none.
std::string_view currency_of_word(std::string_view norm);

// The stance of a predicate toward its argument, by lemma (verb or noun):
// -1 = opposes or obstructs it ("conflict", "contradict", "undermine",
// "thwart"), +1 = supports or drives it ("drive", "support", "promote",
// "fuel"), 0 = neither or not a stance word. "comes into conflict with"
// against "is driven by" is a relation inverted.
int relation_polarity(std::string_view lemma);

// The dimension of a unit word, singular, plural or possessive ("a
// month's"): 1 time (second ...
// century), 2 length (millimeter ... mile), 3 mass (gram ... ton), 4 volume
// (liter, gallon, ...), 5 money (dollar, euro, cent, ...), 6 area (acre,
// hectare), 7 speed ("km/h", "mph", "knots"), 8 data ("MB", "gigabytes"), 9 power ("megawatts",
// "kW"), 10 energy ("kWh", "terawatt-hours"); 0 = not a unit. Common
// abbreviations count ("km", "kg", "lbs", "ft"). "three weeks" -> "three
// months" changes a quantity.
int unit_dimension(std::string_view norm);
// The size of the unit a word names in its dimension's base unit: seconds,
// metres, grams, litres, square metres, metres per second, bytes, watts or watt-hours ("weeks" 604,800, "miles" 1,609.344;
// a month is a twelfth of a mean Gregorian year). 0 for money and unknown words.
double unit_size(std::string_view norm);

// Personal pronouns that stand for a speaker or agent (he, she, they, I, we, you).
bool is_personal_pronoun(std::string_view norm);

// Words a complete English sentence does not end with (articles,
// prepositions, conjunctions, possessive determiners).
bool is_dangling_word(std::string_view norm);

}  // namespace transdrift::wordclass
