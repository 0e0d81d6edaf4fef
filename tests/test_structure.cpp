// Structure signals and the structure check on hand-made swaps (roles or
// modifiers trade places) and hand-made benign reorderings (passives, list
// order, "X and Y" -> "Y and X", clause fronting).
#include <catch2/catch.hpp>

#include <string>

#include "similarity/structure.hpp"
#include "similarity/word_aligner.hpp"
#include "detect_test_util.hpp"
#include "transdrift/detector.hpp"
#include "transdrift/scorer.hpp"
#include "transdrift/wordnet.hpp"

using namespace transdrift;

namespace {

std::shared_ptr<const WordNet> wordnet() {
  static auto wn = WordNet::open();
  REQUIRE(wn.ok());
  return *wn;
}

struct Analyzed {
  Document a, b;
  StructureAnalysis s;
};

Analyzed analyze(const std::string& x, const std::string& y) {
  auto a = parse_document(x);
  auto b = parse_document(y);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  Analyzed out{std::move(a).value(), std::move(b).value(), {}};
  const TokenRange ra{0, out.a.tokens.size()}, rb{0, out.b.tokens.size()};
  const WordAlignment words = align_words(out.a, ra, out.b, rb, wordnet().get());
  out.s = analyze_structure(out.a, ra, out.b, rb, words);
  return out;
}

std::size_t count(const StructureAnalysis& s, StructureChange c) {
  std::size_t n = 0;
  for (const StructureEvent& e : s.events) n += e.change == c;
  return n;
}

// The words of a token list, space-separated.
std::string words(const Document& d, const std::vector<std::size_t>& tokens) {
  std::string out;
  for (std::size_t t : tokens) out += (out.empty() ? "" : " ") + std::string(d.slice(d.tokens[t].span));
  return out;
}

using test::detector;
using test::run;

const Finding* structure_finding(const Report& rep) {
  for (const Finding& f : rep.findings)
    if (f.check == Check::kStructure) return &f;
  return nullptr;
}

double pair_score(const std::string& x, const std::string& y) {
  auto scorer = make_scorer("wordnet", {}, wordnet());
  REQUIRE(scorer.ok());
  auto a = parse_document(x);
  auto b = parse_document(y);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  return (*scorer)->score(*a, {0, a->tokens.size()}, *b, {0, b->tokens.size()}).score;
}

}  // namespace

TEST_CASE("structure: identical sentences have no structure drift", "[structure]") {
  const auto r = analyze("The committee approved the new budget on Friday.",
                         "The committee approved the new budget on Friday.");
  CHECK(r.s.events.empty());
  CHECK(r.s.signals.drift == 0.0);
}

TEST_CASE("structure: subject and object trade places", "[structure]") {
  const auto r = analyze("The senator criticized the governor for the delay.",
                         "The governor criticized the senator for the delay.");
  REQUIRE(count(r.s, StructureChange::kRoleSwap) == 1);
  const StructureEvent& e = r.s.events.front();
  CHECK(words(r.a, e.original) == "senator");
  CHECK(words(r.a, e.partner_original) == "governor");
  CHECK(words(r.b, e.retranslated) == "senator");
  CHECK(r.s.signals.drift > 0.3);
}

TEST_CASE("structure: a place and its container swap", "[structure]") {
  const auto r = analyze("His parents emigrated to Missouri so that the children could go to school in America.",
                         "His parents emigrated to America so that the children could go to school in Missouri.");
  REQUIRE(count(r.s, StructureChange::kRoleSwap) == 1);
  CHECK(r.s.signals.drift > 0.3);
}

TEST_CASE("structure: a modifier moves to another noun", "[structure]") {
  const auto r = analyze("He is a Brazilian football coach and former player.",
                         "He is a former football coach and Brazilian player.");
  REQUIRE(count(r.s, StructureChange::kRoleSwap) == 1);
  const StructureEvent& e = r.s.events.front();
  CHECK(words(r.a, e.original) == "Brazilian");
  CHECK(words(r.a, e.partner_original) == "former");
}

TEST_CASE("structure: multi-word names swap around a relation", "[structure]") {
  const auto r = analyze("The Tabaci River is a tributary of the Leurda River in Romania.",
                         "The Leurda River is a tributary of the Tabaci River in Romania.");
  CHECK(count(r.s, StructureChange::kRoleSwap) == 1);
}

TEST_CASE("structure: a swap with other edits around it is still a role swap", "[structure]") {
  const auto r = analyze("The museum in Paris bought the painting from a collector in London.",
                         "The museum in London bought the painting from a dealer in Paris.");
  REQUIRE(count(r.s, StructureChange::kRoleSwap) == 1);
  CHECK(words(r.a, r.s.events.front().original) == "Paris");
  CHECK(words(r.a, r.s.events.front().partner_original) == "London");
  const auto t = analyze("He played for the Kane County Cougars in 1993 and later for the Portland Sea Dogs.",
                         "He played for the Portland Sea Dogs in 1993 and afterwards for the Kane County Cougars.");
  REQUIRE(count(t.s, StructureChange::kRoleSwap) == 1);
  CHECK(count(t.s, StructureChange::kMove) == 0);  // the words around the swap stayed
  CHECK(t.s.signals.drift > 0.5);
}

TEST_CASE("structure: 'X and Y' -> 'Y and X' is a benign list swap", "[structure]") {
  const auto r = analyze("She speaks French and German at home.", "She speaks German and French at home.");
  CHECK(count(r.s, StructureChange::kRoleSwap) == 0);
  CHECK(count(r.s, StructureChange::kListSwap) == 1);
}

TEST_CASE("structure: a reordered list is benign", "[structure]") {
  const auto r = analyze("He is a member of the IEEE, the ACM, Sigma Xi and Phi Beta Kappa.",
                         "He is a member of the ACM, the IEEE, Sigma Xi and Phi Beta Kappa.");
  CHECK(count(r.s, StructureChange::kRoleSwap) == 0);
  CHECK(count(r.s, StructureChange::kListSwap) == 1);
}

TEST_CASE("structure: an active sentence rewritten as passive is benign", "[structure]") {
  const auto r = analyze("The committee rejected the proposal.", "The proposal was rejected by the committee.");
  CHECK(count(r.s, StructureChange::kRoleSwap) == 0);
  CHECK(count(r.s, StructureChange::kPassive) == 1);
  const auto back = analyze("The proposal was rejected by the committee.", "The committee rejected the proposal.");
  CHECK(count(back.s, StructureChange::kRoleSwap) == 0);
  CHECK(count(back.s, StructureChange::kPassive) == 1);
}

TEST_CASE("structure: clause fronting moves a phrase, not roles", "[structure]") {
  const auto r = analyze("The family moved to Camp Hill in 1972, where he attended school.",
                         "In 1972, the family moved to Camp Hill, where he attended school.");
  CHECK(count(r.s, StructureChange::kRoleSwap) == 0);
  for (const StructureEvent& e : r.s.events)
    if (e.change == StructureChange::kMove) CHECK(e.phrase);
}

TEST_CASE("structure: a swap drifts more than a benign reordering", "[structure]") {
  const auto swap = analyze("The senator criticized the governor for the delay.",
                            "The governor criticized the senator for the delay.");
  const auto list = analyze("She speaks French and German at home.", "She speaks German and French at home.");
  const auto passive = analyze("The committee rejected the proposal.", "The proposal was rejected by the committee.");
  CHECK(swap.s.signals.drift > list.s.signals.drift);
  CHECK(swap.s.signals.drift > passive.s.signals.drift);
}

TEST_CASE("structure: weights parse by name, no evidence is no drift", "[structure]") {
  const StructureWeights w = StructureWeights::parse("# comment\nbias\t-2\nrole_swap\t3\nunknown\t9\n");
  CHECK(w.bias == -2);
  CHECK(w.weights[0] == 3);
  StructureSignals s;
  CHECK(w.combine(s) == 0.0);
  s.role_swap = 1;
  CHECK(w.combine(s) > 0.5);
}

TEST_CASE("structure: the pair score of a swap is below that of a paraphrase", "[structure]") {
  const double swapped = pair_score("The senator criticized the governor for the delay.",
                                    "The governor criticized the senator for the delay.");
  const double passive = pair_score("The senator criticized the governor for the delay.",
                                    "The governor was criticized by the senator for the delay.");
  CHECK(swapped < passive);
}

TEST_CASE("structure check: a role swap is a major mistranslation with both spans", "[structure][detect]") {
  const Report rep = run("Her parents emigrated to Missouri before she could go to America.",
                         "Her parents emigrated to America before she could go to Missouri.");
  const Finding* f = structure_finding(rep);
  REQUIRE(f);
  CHECK(f->category == Category::kMistranslation);
  CHECK(f->severity == Severity::kMajor);
  CHECK(rep.original.slice(f->original) == "Missouri before she could go to America");
  CHECK(rep.retranslated.slice(f->retranslated) == "America before she could go to Missouri");
  CHECK(f->explanation.find("Missouri") != std::string::npos);
  CHECK(f->explanation.find("America") != std::string::npos);
  CHECK(to_string(Check::kStructure) == "structure");
  CHECK(parse_check("structure") == Check::kStructure);
}

TEST_CASE("structure check: benign reorderings stay below major", "[structure][detect]") {
  for (const auto& [a, b] : std::vector<std::pair<std::string, std::string>>{
           {"She speaks French and German at home.", "She speaks German and French at home."},
           {"The committee rejected the proposal.", "The proposal was rejected by the committee."},
           {"The family moved to Camp Hill in 1972.", "In 1972, the family moved to Camp Hill."},
       }) {
    const Report rep = run(a, b);
    for (const Finding& f : rep.findings)
      if (f.check == Check::kStructure) CHECK(f.severity < Severity::kMajor);
  }
}

TEST_CASE("structure check: a reporting clause moved to the end is no finding", "[structure][detect]") {
  for (const auto& [a, b] : std::vector<std::pair<std::string, std::string>>{
           {"She added that the company remained committed to the region.",
            "The company remains committed to the region, she added."},
           {"Police said three people were injured in the blast.",
            "Three people were injured in the blast, police said."},
       }) {
    INFO(a << " / " << b);
    CHECK(structure_finding(run(a, b)) == nullptr);
  }
}

TEST_CASE("structure check: names that open the sentence trading places around a verb are a critical swap",
          "[structure][detect]") {
  // "Alice" opens the sentence, where any word is capitalized: WordNet not
  // knowing it makes it a name; the two names traded places around "told".
  const Finding* f = nullptr;
  const Report rep = run("Alice told Bob the truth.", "Bob told Alice the truth.");
  f = structure_finding(rep);
  REQUIRE(f);
  CHECK(f->severity == Severity::kCritical);
  CHECK(rep.original.slice(f->original) == "Alice told Bob");
}
