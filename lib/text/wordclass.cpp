#include "text/wordclass.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "transdrift/text.hpp"

namespace transdrift {
namespace {

// The hash of the word lists below: FNV-1a, a few instructions per byte of a
// short word, where std::hash (a call working through 8-byte blocks) cost
// more than the rest of a lookup. Asked several times per word of every
// sentence pair.
struct WordHash {
  std::size_t operator()(std::string_view w) const {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h);
  }
};

// A fixed table of words (the lists below) and their values: open
// addressing with linear probing over a power of two of slots at most a
// quarter full, so that a lookup mostly ends at its first or second slot.
// An unordered_map spent most of a lookup in the division that picks its
// bucket and in following the bucket's node; is_function_word alone is asked
// 110,000 times when scoring the 1,500 STS-B dev pairs. As with an
// unordered_map built from a list, the first entry of a word counts.
template <class V>
class WordMap {
 public:
  WordMap(std::initializer_list<std::pair<std::string_view, V>> entries) {
    reserve(entries.size());
    for (const auto& [word, value] : entries) add(word, value);
  }
  // The value of `word`, or null. No listed word is empty, so an empty slot
  // ends the probe.
  const V* find(std::string_view word) const {
    for (std::size_t at = WordHash{}(word) & mask_;; at = (at + 1) & mask_) {
      const auto& slot = slots_[at];
      if (slot.first.empty()) return nullptr;
      if (slot.first == word) return &slot.second;
    }
  }

 protected:
  WordMap() = default;
  void reserve(std::size_t words) {
    std::size_t n = 16;
    while (n < 4 * words) n *= 2;
    slots_.assign(n, {});
    mask_ = n - 1;
  }
  void add(std::string_view word, V value) {
    if (find(word) != nullptr) return;
    std::size_t at = WordHash{}(word) & mask_;
    while (!slots_[at].first.empty()) at = (at + 1) & mask_;
    slots_[at] = {word, value};
  }

 private:
  std::vector<std::pair<std::string_view, V>> slots_;
  std::size_t mask_ = 0;
};

// A WordMap without values.
class WordSet : private WordMap<bool> {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    reserve(words.size());
    for (const std::string_view w : words) add(w, true);
  }
  // 1 if `word` is in the set, else 0 (as unordered_set::count).
  std::size_t count(std::string_view word) const { return find(word) != nullptr ? 1 : 0; }
};

const WordSet& function_words() {
  static const WordSet words = {
      // articles, determiners, quantifiers
      "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all",
      "both", "either", "neither", "such", "other", "another", "much", "many", "more", "most",
      "few", "less", "least", "own", "same", "several", "what", "which", "whose",
      // pronouns
      "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "he", "him", "his",
      "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us", "our",
      "ours", "ourselves", "they", "them", "their", "theirs", "themselves", "who", "whom",
      "one", "it's", "that's", "there's", "we've", "we're", "they're", "i'm", "he's", "she's",
      // prepositions
      "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "over", "under",
      "about", "above", "below", "between", "among", "through", "during", "before", "after",
      "around", "against", "within", "without", "toward", "towards", "upon", "across", "along",
      "behind", "beyond", "via", "per", "than", "as", "like", "off", "out", "up", "down",
      // conjunctions and particles
      "and", "or", "but", "nor", "so", "yet", "if", "then", "because", "while", "whether",
      "although", "though", "when", "where", "how", "why", "also", "just", "only", "very",
      "too", "there", "here", "not", "no", "n't", "even", "still", "now",
      // auxiliaries and light verbs
      "be", "is", "am", "are", "was", "were", "been", "being", "have", "has", "had", "having",
      "do", "does", "did", "doing", "done", "will", "would", "shall", "should", "can", "could",
      "may", "might", "must", "cannot", "get", "got", "make", "made",
      "say", "says", "said", "saying",
  };
  return words;
}

const WordSet& speaker_verbs() {
  static const WordSet words = {
      "say", "says", "said", "saying", "state", "states", "stated", "claim", "claims", "claimed",
      "argue", "argues", "argued", "tell", "tells", "told", "according", "describe", "describes",
      "described", "warn", "warns", "warned", "note", "notes", "noted", "insist", "insisted",
      "explain", "explained", "announce", "announced", "assert", "asserted", "add", "added",
      "remark", "remarked", "contend", "contended", "maintain", "maintained", "declare",
      "declared", "suggest", "suggested", "report", "reported", "reports",
  };
  return words;
}

// Saying while owning up or answering: "he confessed:" / "he said" (not
// "reply" or "recall", more often nouns: "a recall election"). Added after
// the similarity model was trained, so its features leave them out.
const WordSet& owning_up_verbs() {
  static const WordSet words = {"confess", "confesses", "confessed", "concede", "concedes", "conceded",
                                "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted",
                                "replied"};
  return words;
}

// Contractions written without their apostrophe (not "cant", "wont": words
// of their own). Added after the similarity model was trained, as above.
const WordSet& bare_contractions() {
  static const WordSet words = {"dont",  "doesnt", "didnt",  "isnt",    "arent",    "wasnt",    "werent", "havent",
                                "hasnt", "hadnt",  "couldnt", "wouldnt", "shouldnt", "mustnt", "neednt"};
  return words;
}

const WordSet& negators() {
  static const WordSet words = {"not", "n't", "no", "never", "none", "nobody", "nothing",
                                "nowhere", "neither", "nor", "without", "cannot", "can't",
                                "won't", "don't", "doesn't", "didn't", "isn't", "aren't",
                                "wasn't", "weren't", "haven't", "hasn't", "hadn't", "couldn't",
                                "wouldn't", "shouldn't", "mustn't", "needn't", "lack", "lacks"};
  return words;
}

const WordSet& dangling_words() {
  static const WordSet words = {
      "a", "an", "the", "of", "in", "on", "at", "by", "for", "with", "from", "to", "into",
      "and", "or", "but", "nor", "than", "as", "my", "your", "his", "her", "its", "our",
      "their", "this", "these", "those", "that", "which", "whose", "because", "if", "while",
      "whether", "although", "about", "between", "among", "through", "during", "is", "are",
      "was", "were", "be", "been", "will", "would", "can", "could", "should", "may", "might",
      "must", "very", "such",
  };
  return words;
}

}  // namespace

bool is_function_word(std::string_view norm) { return function_words().count(norm) > 0; }

namespace wordclass {

std::string match_key(std::string_view norm, bool capitalized) {
  std::string key(norm);
  static const std::array<std::pair<std::string_view, std::string_view>, 4> kContractions{{
      {"can't", "cannot"}, {"won't", "willnot"}, {"shan't", "shallnot"}, {"ain't", "isnot"}}};
  for (const auto& [from, to] : kContractions)
    if (key == from) return std::string(to);
  if (key.size() > 3 && key.compare(key.size() - 3, 3, "n't") == 0)
    return key.substr(0, key.size() - 3) + "not";  // doesn't -> doesnot, matches "does not" poorly but consistently
  if (key.size() > 2 && key.compare(key.size() - 2, 2, "'s") == 0) key.resize(key.size() - 2);
  else if (key.size() > 1 && key.back() == '\'') key.pop_back();
  if (capitalized && key.find('.') != std::string::npos) {
    std::string no_dots;
    for (char c : key)
      if (c != '.') no_dots += c;
    if (!no_dots.empty()) key = no_dots;
  }
  return key;
}

std::string without_diacritics(std::string_view norm) {
  if (std::all_of(norm.begin(), norm.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return std::string(norm);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(norm);
  const icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(norm.data(), static_cast<int32_t>(norm.size()))),
                     status);
  if (U_FAILURE(status)) return std::string(norm);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
    i = decomposed.moveIndex32(i, 1);
  }
  std::string out;
  kept.toUTF8String(out);
  return out;
}

std::optional<double> number_value(std::string_view norm) {
  static const WordMap<double> kWords = {
      {"zero", 0},      {"one", 1},        {"two", 2},         {"three", 3},      {"four", 4},
      {"five", 5},      {"six", 6},        {"seven", 7},       {"eight", 8},      {"nine", 9},
      {"ten", 10},      {"eleven", 11},    {"twelve", 12},     {"thirteen", 13},  {"fourteen", 14},
      {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17},  {"eighteen", 18},  {"nineteen", 19},
      {"twenty", 20},   {"thirty", 30},    {"forty", 40},      {"fifty", 50},     {"sixty", 60},
      {"seventy", 70},  {"eighty", 80},    {"ninety", 90},     {"hundred", 100},  {"thousand", 1e3},
      {"million", 1e6}, {"billion", 1e9},  {"trillion", 1e12}, {"dozen", 12},     {"half", 0.5},
      {"first", 1},     {"second", 2},     {"third", 3},       {"fourth", 4},     {"fifth", 5},
      {"tenth", 10},    {"twice", 2},      {"single", 1},      {"double", 2},     {"triple", 3},
  };
  if (const double* value = kWords.find(norm)) return *value;
  // Digits with "," thousands separators and one "." decimal point.
  std::string digits;
  bool seen_point = false, any_digit = false;
  for (char c : norm) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits += c;
      any_digit = true;
    } else if (c == ',' && any_digit && !seen_point) {
      continue;
    } else if (c == '.' && any_digit && !seen_point) {
      digits += c;
      seen_point = true;
    } else {
      return std::nullopt;
    }
  }
  if (!any_digit || digits.back() == '.') return std::nullopt;
  return std::stod(digits);
}

bool is_feature_speaker_verb(std::string_view norm) { return speaker_verbs().count(norm) > 0; }

// Verbs of belief, which attribute a statement as saying does: "Police
// believe the fire was set" / "The fire was set" states as fact what the
// original attributes (not "suspect", "fear", "estimate": as often nouns;
// nor "supposed", as often "is supposed to", nor "assume", as often "assume
// control").
// Added after the similarity model was trained, as above.
const WordSet& belief_verbs() {
  static const WordSet words = {"believe", "believes", "believed", "think",     "thinks",   "suppose",
                                "supposes", "reckon",  "reckons",  "estimate", "estimates", "estimated"};
  return words;
}

bool is_belief_verb(std::string_view norm) { return belief_verbs().count(norm) > 0; }

bool is_speaker_verb(std::string_view norm) {
  return is_feature_speaker_verb(norm) || owning_up_verbs().count(norm) > 0 || is_belief_verb(norm);
}

bool is_feature_negator(std::string_view norm) {
  if (negators().count(norm) > 0) return true;
  return norm.size() > 3 && norm.substr(norm.size() - 3) == "n't";
}

bool is_calendar_name(std::string_view norm) {
  static const WordSet names = {
      "monday",  "tuesday",  "wednesday", "thursday", "friday",   "saturday", "sunday",  "mon",      "tue",
      "tues",    "wed",      "thu",       "thur",     "thurs",    "fri",      "sat",     "sun",      "january",
      "february", "march",   "april",     "may",      "june",     "july",     "august",  "september", "october",
      "november", "december", "jan",      "feb",      "mar",      "apr",      "jun",     "jul",      "aug",
      "sep",     "sept",     "oct",       "nov",      "dec"};
  for (std::string_view suffix : {"'s", "\u2019s"})
    if (norm.size() > suffix.size() && norm.ends_with(suffix)) norm.remove_suffix(suffix.size());
  if (!norm.empty() && norm.back() == '.') norm.remove_suffix(1);
  return names.count(norm) > 0;
}

bool is_negator(std::string_view norm) { return is_feature_negator(norm) || bare_contractions().count(norm) > 0; }

int modal_strength(std::string_view norm) {
  static const WordMap<int> kModals = {
      {"might", 1}, {"may", 1},    {"could", 1},  {"perhaps", 1}, {"possibly", 1}, {"maybe", 1}, {"potentially", 1},
      {"can", 2},   {"would", 2},  {"should", 2}, {"likely", 2},  {"probably", 2},
      {"will", 3},  {"must", 3},   {"shall", 3},  {"certainly", 3}, {"definitely", 3},
  };
  const int* strength = kModals.find(norm);
  return strength != nullptr ? *strength : 0;
}

int deontic_strength(std::string_view norm) {
  static const WordMap<int> kDeontic = {
      {"require", 3},   {"requires", 3},   {"required", 3},   {"oblige", 3},    {"obliges", 3},
      {"obliged", 3},   {"compel", 3},     {"compels", 3},    {"compelled", 3}, {"mandate", 3},
      {"mandates", 3},  {"mandated", 3},   {"urge", 2},       {"urges", 2},     {"urged", 2},
      {"encourage", 2}, {"encourages", 2}, {"encouraged", 2}, {"advise", 2},    {"advises", 2},
      {"advised", 2},   {"allow", 1},      {"allows", 1},     {"allowed", 1},   {"permit", 1},
      {"permits", 1},   {"permitted", 1}};
  const int* strength = kDeontic.find(norm);
  return strength != nullptr ? *strength : 0;
}

int relation_polarity(std::string_view lemma) {
  static const WordMap<int> kStance = {
      // Opposing or obstructing what follows.
      {"conflict", -1}, {"contradict", -1}, {"contradiction", -1}, {"clash", -1}, {"oppose", -1},
      {"opposition", -1}, {"counter", -1}, {"counteract", -1}, {"resist", -1}, {"resistance", -1},
      {"undermine", -1}, {"threaten", -1}, {"threat", -1}, {"hinder", -1}, {"hamper", -1},
      {"thwart", -1}, {"discourage", -1}, {"prevent", -1}, {"obstruct", -1}, {"impede", -1},
      {"obstacle", -1}, {"barrier", -1}, {"contravene", -1}, {"violate", -1}, {"inhibit", -1},
      {"suppress", -1}, {"deter", -1}, {"combat", -1}, {"fight", -1}, {"defy", -1},
      {"jeopardize", -1}, {"sabotage", -1}, {"frustrate", -1}, {"erode", -1}, {"weaken", -1},
      {"tackle", -1},
      // Supporting or driving what follows (or, passive, driven by it).
      {"drive", 1}, {"driver", 1}, {"support", 1}, {"promote", 1}, {"promotion", 1},
      {"encourage", 1}, {"encouragement", 1}, {"enable", 1}, {"strengthen", 1}, {"foster", 1},
      {"fuel", 1}, {"spur", 1}, {"boost", 1}, {"motivate", 1}, {"favor", 1}, {"favour", 1},
      {"advance", 1}, {"reinforce", 1}, {"facilitate", 1}, {"bolster", 1}, {"underpin", 1},
      {"help", 1}, {"aid", 1}, {"assist", 1}, {"inspire", 1}, {"stimulate", 1}, {"accelerate", 1},
      {"nurture", 1}, {"champion", 1}, {"endorse", 1}, {"embrace", 1},
      // "companies committed to an open web": devoted to, for it.
      {"committed", 1}, {"dedicated", 1}, {"devoted", 1},
  };
  const int* polarity = kStance.find(lemma);
  return polarity != nullptr ? *polarity : 0;
}

namespace {

// Whether `w` is one of `words`.
template <class Words>
bool listed(const Words& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// The index of the group of `groups` that lists `w`, or -1.
int group_of(const std::vector<std::vector<std::string_view>>& groups, std::string_view w) {
  for (std::size_t k = 0; k < groups.size(); ++k)
    if (listed(groups[k], w)) return static_cast<int>(k);
  return -1;
}

}  // namespace

bool opposite_lemmas(std::string_view a, std::string_view b) {
  static const std::array<std::pair<std::string_view, std::string_view>, 235> kPairs{{
      {"deny", "confirm"},     {"deny", "affirm"},      {"allow", "ban"},        {"permit", "ban"},
      {"lift", "impose"},      {"increase", "decline"}, {"increase", "drop"},    {"increase", "fall"},
      {"increase", "reduce"},  {"increase", "cut"},     {"rise", "drop"},        {"grow", "shrink"},
      {"grow", "decline"},     {"grow", "fall"},        {"raise", "cut"},        {"raise", "reduce"},
      {"gain", "drop"},        {"climb", "fall"},       {"climb", "drop"},       {"soar", "plunge"},
      {"surge", "plunge"},     {"boost", "cut"},        {"arrive", "depart"},    {"expand", "contract"},
      {"arrest", "release"},   {"detain", "release"},   {"convict", "acquit"},   {"hire", "fire"},
      {"approve", "reject"},   {"approve", "veto"},     {"lose", "earn"},        {"accept", "refuse"},
      {"loss", "profit"},      {"loss", "gain"},        {"double", "halve"},     {"triple", "halve"},
      {"sign", "reject"},      {"ratify", "reject"},    {"reopen", "close"},     {"reopen", "shut"},
      {"succeed", "collapse"}, {"morning", "evening"},  {"morning", "afternoon"},
      {"morning", "night"},    {"confirm", "reject"},   {"confirm", "refute"},   {"withdraw", "enter"},
      {"pass", "fail"},        {"pass", "reject"},      {"adopt", "reject"},     {"midnight", "noon"},
      {"doubt", "trust"},     {"doubt", "believe"},    {"uphold", "overturn"},
      {"uphold", "reverse"},   {"uphold", "quash"},     {"expand", "reduce"},    {"expand", "shrink"},
      {"expand", "cut"},       {"resume", "suspend"},   {"resume", "halt"},      {"join", "leave"},
      {"join", "quit"},        {"legalize", "ban"},     {"legalise", "ban"},     {"legalize", "outlaw"},
      {"tighten", "ease"},     {"tighten", "loosen"},   {"tighten", "relax"},    {"boost", "hurt"},
      {"boost", "harm"},       {"boost", "weaken"},     {"renew", "expire"},     {"hire", "lay_off"},
      {"hire", "dismiss"},     {"accept", "turn_down"}, {"approve", "turn_down"}, {"hold", "call_off"},
      {"violate", "respect"},  {"violate", "honor"},    {"violate", "honour"},   {"violate", "observe"},
      {"breach", "respect"},   {"breach", "honor"},     {"breach", "honour"},    {"automatically", "manually"},
      {"automatic", "manual"},
      // Software and interface text: actions and states a user interface
      // or a manual must not turn round.
      {"pause", "resume"},     {"pause", "continue"},   {"suspend", "continue"}, {"save", "discard"},
      {"keep", "discard"},     {"show", "hide"},        {"lock", "unlock"},      {"install", "uninstall"},
      {"connect", "disconnect"}, {"mute", "unmute"},    {"subscribe", "unsubscribe"}, {"encrypt", "decrypt"},
      {"upload", "download"},  {"import", "export"},    {"online", "offline"},   {"visible", "hidden"},
      {"enable", "disable"},   {"enabled", "disabled"}, {"allow", "block"},
      {"overwrite", "keep"},   {"overwrite", "preserve"}, {"overwrite", "retain"}, {"delete", "keep"},
      {"delete", "retain"},    {"delete", "preserve"},  {"delete", "restore"},  {"deprecated", "new"},
      {"deprecate", "introduce"},
      // The two parties of a contract, a trial or a match: the one who does
      // the act traded for the one it is done to.
      {"buyer", "seller"},     {"buyer", "vendor"},     {"purchaser", "seller"}, {"purchaser", "vendor"},
      {"landlord", "tenant"},  {"lessor", "lessee"},    {"licensor", "licensee"}, {"employer", "employee"},
      {"lender", "borrower"},  {"creditor", "debtor"},  {"plaintiff", "defendant"}, {"claimant", "defendant"},
      {"prosecution", "defence"}, {"prosecution", "defense"}, {"winner", "loser"}, {"sender", "recipient"},
      {"sender", "receiver"},  {"importer", "exporter"}, {"insurer", "insured"},
      // Winning against losing, beating a forecast against missing it.
      {"beat", "lose"},        {"defeat", "lose"},      {"beat", "miss"},        {"exceed", "miss"},
      {"beat", "fall_short"},  {"exceed", "fall_short"}, {"surpass", "fall_short"}, {"surpass", "miss"},
      {"win", "lose"},         {"be_defeated", "win"},  {"be_defeated", "pass"}, {"be_defeated", "triumph"},
      {"be_defeated", "prevail"}, {"veto", "sign"},
      // Jobs and capacity made against done away with ("cut 1,200 jobs" /
      // "created 1,200 jobs").
      {"create", "cut"},       {"create", "eliminate"}, {"create", "shed"},      {"add", "shed"},
      // Money, friends, ground or time lost against made ("has been losing
      // money" / "making money").
      {"lose", "make"},
      // A truce, a promise or a rule broken against kept ("the ceasefire was
      // broken" / "held").
      {"break", "hold"},       {"break", "keep"},       {"break", "honor"},      {"break", "honour"},
      {"break", "respect"},    {"break", "observe"},    {"breach", "keep"},      {"violate", "keep"},
      // Stopping against going on ("should stop using" / "keep using", "are
      // still searching" / "have stopped searching"), keeping away against
      // going ("avoid the border area" / "visit").
      {"stop", "keep"},        {"stop", "continue"},    {"still", "stop"},       {"still", "cease"},
      {"avoid", "visit"},      {"avoid", "seek"},       {"avoid", "attend"},     {"avoid", "enter"},
      // Support or a feature taken away against given ("drops support for
      // Windows 7" / "adds"), a lead against a deficit, results that
      // encourage against results that disappoint.
      {"drop", "add"},         {"remove", "add"},       {"lead", "trail"},       {"encourage", "disappoint"},
      {"approve", "block"},    {"doubt", "agree"},      {"red", "green"},
      // A fault removed against one brought in ("fixes a bug" / "introduces
      // a bug"), text kept secret against text left readable.
      {"fix", "introduce"},    {"fix", "cause"},        {"resolve", "introduce"}, {"resolve", "cause"},
      {"plaintext", "encrypt"}, {"plain", "encrypt"},   {"cleartext", "encrypt"}, {"unencrypted", "encrypt"},
      {"plaintext", "hash"},   {"plain", "hash"},       {"cleartext", "hash"},    {"unencrypted", "hash"},
      // Pressure or prices easing against growing, a boycott against
      // taking part, a conviction against a clearing.
      {"ease", "accelerate"},  {"ease", "intensify"},   {"ease", "escalate"},    {"ease", "worsen"},
      {"boycott", "participate"}, {"boycott", "take_part"}, {"boycott", "attend"}, {"convict", "clear"},
      {"convict", "exonerate"},
      // A dose with food against one on an empty stomach.
      {"food", "empty_stomach"}, {"meal", "empty_stomach"},
      // Kept to the plan against not ("neither on time nor on budget" /
      // "late and over budget"), peace against violence.
      {"on_time", "late"},     {"on_schedule", "late"}, {"on_budget", "over_budget"}, {"peaceful", "violence"},
      {"peacefully", "violence"},
      // A margin won big against one won narrowly.
      {"large", "narrow"},     {"big", "narrow"},       {"overwhelming", "narrow"}, {"comfortable", "narrow"},
      {"landslide", "narrow"}, {"unanimously", "narrow"}, {"unanimous", "narrow"}, {"unanimously", "narrowly"},
      // Much snow or rain against little.
      {"heavy", "little"},
      // Put off against brought forward.
      {"postpone", "bring_forward"}, {"delay", "bring_forward"}, {"postpone", "advance"},
      // A law repealed against one brought in; the weekend against the week.
      {"repeal", "enact"},     {"repeal", "introduce"}, {"repeal", "adopt"},     {"repeal", "pass"},
      {"repeal", "take_effect"}, {"abolish", "introduce"},
      {"weekend", "weekday"},
      // Kin and titles by sex that WordNet keeps as sisters, not antonyms.
      {"mother", "father"},    {"mom", "dad"},          {"mum", "dad"},          {"king", "queen"},
      {"prince", "princess"},  {"uncle", "aunt"},       {"nephew", "niece"},     {"grandmother", "grandfather"},
      {"grandson", "granddaughter"}, {"stepmother", "stepfather"}, {"duke", "duchess"}, {"emperor", "empress"},
  }};
  if (std::any_of(kPairs.begin(), kPairs.end(), [&](const auto& p) {
        return (a == p.first && b == p.second) || (a == p.second && b == p.first);
      }))
    return true;
  // Judging for against judging against ("welcomed" / "criticized",
  // "praised" / "condemned"), and hoping against fearing or doubting.
  // The nouns too ("wide support" / "wide criticism", "praise" / "condemnation").
  static constexpr std::array<std::string_view, 12> kPraise = {"praise", "welcome",   "hail",    "applaud",
                                                               "commend", "laud",     "celebrate", "hope",
                                                               "expect", "support",   "acclaim", "applause"};
  static constexpr std::array<std::string_view, 16> kBlame = {"criticize", "criticise", "condemn",  "denounce",
                                                              "decry",     "deplore",   "slam",     "lambaste",
                                                              "censure",   "fear",      "doubt",    "blast",
                                                              "blame",     "criticism", "condemnation", "denunciation"};
  // "hope" only against "fear" / "doubt", "expect" only against "doubt"
  // ("expects" / "fears" profits will grow: the same belief, another mood).
  auto judged = [&](std::string_view x, std::string_view y) {
    if (!listed(kPraise, x) || !listed(kBlame, y)) return false;
    if (x == "expect") return y == "doubt";
    return (x == "hope") == (y == "fear" || y == "doubt");
  };
  if (judged(a, b) || judged(b, a)) return true;
  // A little against a lot: "grew slightly" / "grew sharply".
  // And a light injury or damage against a grave one ("slightly injured"
  // / "seriously injured").
  static constexpr std::array<std::string_view, 7> kSlight = {"slightly", "marginally", "somewhat", "modestly",
                                                              "barely",   "lightly",    "mildly"};
  static constexpr std::array<std::string_view, 17> kGreat = {
      "sharply",  "dramatically", "significantly", "greatly",   "enormously", "hugely",
      "vastly",   "massively",    "substantially", "markedly",  "considerably", "tremendously",
      "seriously", "severely",    "badly",         "critically", "gravely"};
  if ((listed(kSlight, a) && listed(kGreat, b)) || (listed(kGreat, a) && listed(kSlight, b))) return true;
  // Holding a quantity where the other side changes it ("keep rates
  // unchanged" / "raise rates", "freeze" / "cut").
  static constexpr std::array<std::string_view, 4> kHold = {"keep", "hold", "maintain", "freeze"};
  static constexpr std::array<std::string_view, 9> kChange = {"raise", "lower",  "cut",    "increase", "reduce",
                                                              "hike",  "change", "alter", "slash"};
  return (listed(kHold, a) && listed(kChange, b)) || (listed(kHold, b) && listed(kChange, a));
}

bool same_speaker_kind(std::string_view a, std::string_view b) {
  static const std::vector<std::vector<std::string_view>> kKinds = {
      {"campaigner", "activist", "advocate", "protester", "protestor", "demonstrator", "crusader", "reformer"},
      {"critic", "opponent", "detractor", "sceptic", "skeptic"},
      {"reporter", "journalist", "correspondent"},
      {"expert", "specialist", "analyst", "observer", "commentator"},
      {"researcher", "scientist", "scholar", "academic"},
      {"resident", "local", "inhabitant", "villager"},
      {"lawmaker", "legislator", "parliamentarian"},
  };
  const int kind = group_of(kKinds, a);
  return a != b && kind >= 0 && kind == group_of(kKinds, b);
}

int kin_relation(std::string_view lemma) {
  static const std::vector<std::vector<std::string_view>> kRelations = {
      {"parent", "mother", "father", "mom", "mum", "dad", "mommy", "daddy", "stepmother", "stepfather", "stepparent"},
      {"child", "son", "daughter", "kid", "stepson", "stepdaughter", "stepchild"},
      {"sibling", "brother", "sister", "stepbrother", "stepsister"},
      {"spouse", "husband", "wife"},
      {"grandparent", "grandmother", "grandfather", "grandma", "grandpa", "granny"},
      {"grandchild", "grandson", "granddaughter"},
      {"uncle", "aunt", "auntie"},
      {"nephew", "niece"},
      {"cousin"},
  };
  return group_of(kRelations, lemma);
}

bool contrasting_lemmas(std::string_view a, std::string_view b) {
  // Outcomes that exclude each other: a word of one list against a word of
  // the other ("wounded" / "injured" are one outcome).
  using List = std::vector<std::string_view>;
  static const std::vector<std::pair<List, List>> kContrasts = {
      {{"kill"}, {"injure", "wound", "hurt"}},
      {{"destroy"}, {"damage"}},
      {{"cancel", "suspend"}, {"postpone", "delay"}},
      {{"win"}, {"nominate"}},
      {{"resign"}, {"fire", "dismiss", "sack"}},
      {{"charge"}, {"convict", "sentence"}},
      {{"convict"}, {"sentence"}},
      {{"arrest"}, {"question", "interview"}},
      // A prison term against a sentence served outside ("five years in
      // prison" / "five years of probation").
      {{"prison", "jail", "gaol", "imprisonment", "incarceration", "custody"},
       {"probation", "parole", "fine", "exile", "house_arrest", "community_service"}},
      // On foot against by a vehicle ("fled on foot" / "fled by car", "a
      // five-minute walk" / "five minutes by car").
      {{"foot", "walk"}, {"car", "bus", "train", "taxi", "cab", "plane", "bike", "bicycle", "drive", "motorbike"}},
      // A level held against a change of it ("prices are expected to remain
      // flat" / "to grow").
      {{"flat", "unchanged", "stable", "steady", "stagnant", "stagnate", "plateau", "level_off", "flatline"},
       {"rise", "grow", "increase", "climb", "gain", "jump", "soar", "surge", "fall", "drop", "decline", "decrease",
        "shrink", "slump", "plunge", "tumble", "raise", "lower", "cut", "hike", "reduce", "slash"}},
  };
  for (const auto& [x, y] : kContrasts)
    if ((listed(x, a) && listed(y, b)) || (listed(x, b) && listed(y, a))) return true;
  return false;
}

std::string_view currency_of_symbol(std::string_view norm) {
  static const std::vector<std::pair<std::string_view, std::string_view>> kSymbols = {
      {"$", "dollar"}, {"\u20AC", "euro"}, {"\u00A3", "pound"}, {"\u00A5", "yen"},
      {"\u20B9", "rupee"}, {"\u20BD", "ruble"}, {"\u20A9", "won"}};
  for (const auto& [symbol, name] : kSymbols)
    if (norm == symbol) return name;
  return {};
}

std::string_view currency_of_word(std::string_view norm) {
  static const std::vector<std::pair<std::string_view, std::string_view>> kWords = {
      {"dollar", "dollar"}, {"dollars", "dollar"}, {"euro", "euro"},    {"euros", "euro"},
      {"pound", "pound"},   {"pounds", "pound"},   {"yen", "yen"},      {"rupee", "rupee"},
      {"rupees", "rupee"},  {"ruble", "ruble"},    {"rubles", "ruble"}, {"yuan", "yuan"}};
  for (const auto& [word, name] : kWords)
    if (norm == word) return name;
  return {};
}

namespace {

struct Unit {
  int dimension;  // as unit_dimension
  double size;    // in seconds, metres, grams, litres, or square metres; 0: no fixed size (money)
};

// The unit a word names, singular or plural ("weeks", "centuries", "inches").
const Unit* find_unit(std::string_view norm) {
  constexpr double kDay = 86400, kYear = 365.2425 * kDay;
  static const std::unordered_map<std::string_view, Unit> kUnits = {
      {"second", {1, 1}},           {"minute", {1, 60}},          {"hour", {1, 3600}},
      {"day", {1, kDay}},           {"week", {1, 7 * kDay}},      {"fortnight", {1, 14 * kDay}},
      {"month", {1, kYear / 12}},   {"year", {1, kYear}},         {"decade", {1, 10 * kYear}},
      {"century", {1, 100 * kYear}}, {"millennium", {1, 1000 * kYear}},
      {"millimeter", {2, 1e-3}},    {"millimetre", {2, 1e-3}},    {"centimeter", {2, 1e-2}},
      {"centimetre", {2, 1e-2}},    {"meter", {2, 1}},            {"metre", {2, 1}},
      {"kilometer", {2, 1e3}},      {"kilometre", {2, 1e3}},      {"inch", {2, 0.0254}},
      {"foot", {2, 0.3048}},        {"feet", {2, 0.3048}},        {"yard", {2, 0.9144}},
      {"mile", {2, 1609.344}},      {"milligram", {3, 1e-3}},     {"gram", {3, 1}},
      {"kilogram", {3, 1e3}},       {"kilo", {3, 1e3}},           {"ounce", {3, 28.349523125}},
      {"pound", {3, 453.59237}},    {"ton", {3, 907184.74}},      {"tonne", {3, 1e6}},
      {"milliliter", {4, 1e-3}},    {"millilitre", {4, 1e-3}},    {"liter", {4, 1}},
      {"litre", {4, 1}},            {"gallon", {4, 3.785411784}}, {"barrel", {4, 158.987294928}},
      {"pint", {4, 0.473176473}},   {"dollar", {5, 0}},           {"euro", {5, 0}},
      {"cent", {5, 0}},             {"yuan", {5, 0}},             {"yen", {5, 0}},
      {"rupee", {5, 0}},            {"franc", {5, 0}},            {"acre", {6, 4046.8564224}},
      {"hectare", {6, 1e4}},
      // Abbreviations ("5 km", "10 kg", "6 ft"); not "m", "g", "l", "in",
      // "t" or "ha", which are too often other words or "million".
      {"km", {2, 1e3}},             {"cm", {2, 1e-2}},            {"mm", {2, 1e-3}},
      {"mi", {2, 1609.344}},        {"ft", {2, 0.3048}},          {"yd", {2, 0.9144}},
      {"kg", {3, 1e3}},             {"mg", {3, 1e-3}},            {"lb", {3, 453.59237}},
      {"oz", {3, 28.349523125}},    {"ml", {4, 1e-3}},
      // Speeds, in metres per second ("km/h" is one token).
      {"km/h", {7, 1e3 / 3600}},    {"kmh", {7, 1e3 / 3600}},     {"kph", {7, 1e3 / 3600}},
      {"mph", {7, 1609.344 / 3600}}, {"m/s", {7, 1}},             {"knot", {7, 1852.0 / 3600}},
      // Amounts of data, in bytes (decimal prefixes, as storage is sold).
      {"byte", {8, 1}},             {"kilobyte", {8, 1e3}},       {"megabyte", {8, 1e6}},
      {"gigabyte", {8, 1e9}},       {"terabyte", {8, 1e12}},      {"kb", {8, 1e3}},
      {"mb", {8, 1e6}},             {"gb", {8, 1e9}},             {"tb", {8, 1e12}},
      // Power, in watts ("500 megawatts", "5 kW"); energy, in watt-hours.
      {"watt", {9, 1}},             {"kilowatt", {9, 1e3}},       {"megawatt", {9, 1e6}},
      {"gigawatt", {9, 1e9}},       {"kw", {9, 1e3}},             {"mw", {9, 1e6}},
      {"gw", {9, 1e9}},             {"kwh", {10, 1e3}},           {"mwh", {10, 1e6}},
      {"gwh", {10, 1e9}},           {"twh", {10, 1e12}},          {"kilowatt-hour", {10, 1e3}},
      {"megawatt-hour", {10, 1e6}}, {"gigawatt-hour", {10, 1e9}}, {"terawatt-hour", {10, 1e12}},
  };
  // A possessive is the unit itself ("a month's notice", "30 days' notice").
  if (norm.size() > 3 && norm.ends_with("'s")) norm.remove_suffix(2);
  else if (norm.size() > 2 && norm.ends_with("s'")) norm.remove_suffix(1);
  if (auto it = kUnits.find(norm); it != kUnits.end()) return &it->second;
  if (norm.size() > 3 && norm.ends_with("ies")) {
    const std::string singular = std::string(norm.substr(0, norm.size() - 3)) + "y";
    if (auto it = kUnits.find(singular); it != kUnits.end()) return &it->second;
  }
  if (norm.size() > 3 && norm.ends_with("es"))
    if (auto it = kUnits.find(norm.substr(0, norm.size() - 2)); it != kUnits.end()) return &it->second;
  if (norm.size() > 2 && norm.back() == 's')
    if (auto it = kUnits.find(norm.substr(0, norm.size() - 1)); it != kUnits.end()) return &it->second;
  return nullptr;
}

}  // namespace

int unit_dimension(std::string_view norm) {
  const Unit* unit = find_unit(norm);
  return unit ? unit->dimension : 0;
}

double unit_size(std::string_view norm) {
  const Unit* unit = find_unit(norm);
  return unit ? unit->size : 0.0;
}

bool is_personal_pronoun(std::string_view norm) {
  static const WordSet kPronouns = {"i", "you", "he", "she", "we", "they"};
  return kPronouns.count(norm) > 0;
}

bool is_dangling_word(std::string_view norm) { return dangling_words().count(norm) > 0; }

}  // namespace wordclass
}  // namespace transdrift
