// The similarity stage: chrF, the word aligner and the pair score.
#include <catch2/catch.hpp>

#include <string>

#include "similarity/cached_wordnet.hpp"
#include "similarity/model.hpp"
#include "similarity/wordnet_vectors.hpp"
#include "transdrift/scorer.hpp"
#include "transdrift/text.hpp"
#include "transdrift/wordnet.hpp"

using namespace transdrift;

namespace {

struct Pair {
  Document a, b;
};

Pair pair_of(const std::string& x, const std::string& y) {
  auto a = parse_document(x);
  auto b = parse_document(y);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  return {std::move(a).value(), std::move(b).value()};
}

TokenRange all(const Document& d) { return {0, d.tokens.size()}; }

std::shared_ptr<const WordNet> wordnet() {
  static auto wn = WordNet::open();
  REQUIRE(wn.ok());
  return *wn;
}

PairScore score(const std::string& x, const std::string& y) {
  auto scorer = make_scorer("wordnet", {}, wordnet());
  REQUIRE(scorer.ok());
  const Pair p = pair_of(x, y);
  return (*scorer)->score(p.a, all(p.a), p.b, all(p.b));
}

// The link kind of the original word `from`, or "none".
std::string link_of(const std::string& x, const std::string& y, const std::string& from) {
  auto scorer = make_scorer("wordnet", {}, wordnet());
  REQUIRE(scorer.ok());
  const Pair p = pair_of(x, y);
  const PairScore s = (*scorer)->score(p.a, all(p.a), p.b, all(p.b));
  for (const WordLink& l : s.words.links)
    if (p.a.slice(p.a.tokens[l.original].span) == from) return std::string(to_string(l.kind));
  return "none";
}

}  // namespace

TEST_CASE("chrF matches its definition on small cases", "[scorer]") {
  CHECK(chrf("abc", "abc") == Approx(1.0));
  CHECK(chrf("abc", "xyz") == Approx(0.0));
  CHECK(chrf("", "") == Approx(1.0));
  CHECK(chrf("abc", "") == Approx(0.0));
  // White space does not count.
  CHECK(chrf("a b c", "abc") == Approx(1.0));
  // "ab" vs "abc", orders 1..2: unigram P=2/3 R=1, bigram P=1/2 R=1.
  // P = 7/12, R = 1, F2 = 5PR / (4P + R) = (35/12) / (40/12) = 0.875.
  CHECK(chrf("ab", "abc", 2) == Approx(0.875));
}

TEST_CASE("the word aligner links exact, lemma, synonym and acronym matches", "[scorer]") {
  CHECK(link_of("The policies changed.", "The policy changed.", "policies") == "lemma");
  CHECK(link_of("It is our obligation to help.", "It is our duty to help.", "obligation") == "synonym");
  CHECK(link_of("Talks at the UN continued.", "Talks at the United Nations continued.", "UN") == "entity");
  CHECK(link_of("Four areas were named.", "4 areas were named.", "Four") == "number");
  CHECK(link_of("Russia’s invasion began.", "Russia's invasion began.", "Russia’s") == "exact");
  CHECK(link_of("The U.S. response was quick.", "The US response was quick.", "U.S.") == "exact");
  CHECK(link_of("The treaty was signed.", "The banana was signed.", "treaty") == "none");
}

TEST_CASE("repeated words are linked by context", "[scorer]") {
  const Pair p = pair_of("the cat saw the dog", "the dog saw the cat");
  auto scorer = make_scorer("wordnet", {}, wordnet());
  REQUIRE(scorer.ok());
  const PairScore s = (*scorer)->score(p.a, all(p.a), p.b, all(p.b));
  CHECK(s.words.links.size() == 5);
  CHECK(s.words.unaligned_original.empty());
}

TEST_CASE("the pair score orders paraphrase above unrelated text", "[scorer]") {
  const double same = score("The long-awaited strategy reiterates the commitment to an open internet.",
                            "The long-awaited strategy reiterates the commitment to an open internet.").score;
  const double para = score("It's our obligation to provide a compelling choice.",
                            "It's our duty to offer attractive options.").score;
  const double other = score("It's our obligation to provide a compelling choice.",
                             "Football fans celebrated late into the night.").score;
  CHECK(same == Approx(1.0));
  CHECK(para > other);
  CHECK(para > 0.4);
  CHECK(other < 0.25);
  for (double s : {same, para, other}) {
    CHECK(s >= 0.0);
    CHECK(s <= 1.0);
  }
}

TEST_CASE("content words outweigh function words in coverage", "[scorer]") {
  // Losing "treaty" costs more than losing "the".
  const PairScore lost_content = score("the treaty was signed", "the was signed");
  const PairScore lost_function = score("the treaty was signed", "treaty was signed");
  CHECK(lost_content.coverage_original < lost_function.coverage_original);
}

TEST_CASE("make_scorer validates its arguments", "[scorer]") {
  CHECK_FALSE(make_scorer("nonsense", {}, wordnet()).ok());
  CHECK_FALSE(make_scorer("wordnet", {}, nullptr).ok());
  ScorerOptions bad;
  bad.chrf_weight = 2;
  CHECK_FALSE(make_scorer("wordnet", bad, wordnet()).ok());
}

TEST_CASE("WordNet vectors: the compiled-in table ranks related words above unrelated ones", "[scorer]") {
  const WordNetVectors& v = WordNetVectors::builtin();
  REQUIRE(v.size() >= 10000);
  REQUIRE(v.dim() > 0);
  const long dog = v.find("dog"), cat = v.find("cat"), tax = v.find("tax");
  REQUIRE(dog >= 0);
  REQUIRE(cat >= 0);
  REQUIRE(tax >= 0);
  CHECK(v.find("no-such-word-xyz") == -1);
  CHECK(v.cosine(dog, dog) == Approx(1.0).margin(1e-6));
  CHECK(v.cosine(dog, cat) > v.cosine(dog, tax));
  CHECK(v.cosine(dog, cat) == Approx(v.cosine(cat, dog)));
}

TEST_CASE("CachedWordNet answers as WordNet does, in either order", "[scorer]") {
  const CachedWordNet cached(wordnet());
  for (int round = 0; round < 2; ++round) {  // second round: from the memo
    CHECK(cached.relation("obligation", "duty") == wordnet()->relation("obligation", "duty"));
    CHECK(cached.relation("duty", "obligation") == wordnet()->relation("obligation", "duty"));
    CHECK(cached.relatedness("firms", "companies") == wordnet()->relatedness("firms", "companies"));
    CHECK(cached.relatedness("companies", "firms") == wordnet()->relatedness("firms", "companies"));
    CHECK(cached.lemmas("countries") == wordnet()->lemmas("countries"));
    CHECK(cached.lexicographer_file("women") == wordnet()->lexicographer_file("women"));
    CHECK(cached.lexicographer_file("xqzzy") == -1);
  }
}

TEST_CASE("similarity model: text form round trip, tree routing, malformed input", "[scorer]") {
  SimilarityModel m;
  m.bias = 0.25;
  for (std::size_t i = 0; i < kFeatureCount; ++i) m.mean[i] = 0.5, m.scale[i] = 2.0, m.weight[i] = 0.0;
  m.weight[0] = 0.2;  // linear: 0.25 + 0.2 * (x0 - 0.5) / 2
  // One tree: x1 <= 0.3 -> +0.1, else -0.05.
  m.trees.push_back({{1, 0.3, 1, 2, 0.0}, {-1, 0, -1, -1, 0.1}, {-1, 0, -1, -1, -0.05}});
  FeatureVector x{};
  x[0] = 1.5;
  x[1] = 0.3;
  CHECK(m.raw(x) == Approx(0.25 + 0.1 + 0.1));
  x[1] = 0.31;
  CHECK(m.raw(x) == Approx(0.25 + 0.1 - 0.05));
  x[0] = 100;
  CHECK(m.predict(x) == 1.0);
  const auto back = SimilarityModel::parse(m.to_text("# test\n"));
  REQUIRE(back.ok());
  CHECK(back->to_text("# test\n") == m.to_text("# test\n"));
  CHECK(back->raw(x) == m.raw(x));
  // Nodes out of order and children pointing backwards are rejected.
  std::string text = m.to_text("");
  CHECK_FALSE(SimilarityModel::parse(text + "node\t3\t0\t-\t0\t-1\t-1\t0\n").ok());
  const std::string name(feature_names()[1]);
  CHECK_FALSE(SimilarityModel::parse(text + "node\t1\t0\t" + name + "\t0\t0\t0\t0\n").ok());
  CHECK(SimilarityModel::builtin().predict(FeatureVector{}) >= 0.0);
}

TEST_CASE("ensemble scorer links spelling variants and split compounds", "[scorer]") {
  auto scorer = make_scorer("ensemble", {}, wordnet());
  REQUIRE(scorer.ok());
  auto linked = [&](const std::string& x, const std::string& y, const std::string& from) {
    const Pair p = pair_of(x, y);
    const PairScore s = (*scorer)->score(p.a, all(p.a), p.b, all(p.b));
    for (const WordLink& l : s.words.links)
      if (p.a.slice(p.a.tokens[l.original].span) == from) return true;
    return false;
  };
  CHECK(linked("A kangroo is eating.", "A kangaroo is eating.", "kangroo"));
  CHECK(linked("Mohamed Morsi sworn in.", "Mursi sworn in.", "Morsi"));
  CHECK(linked("The boy is stuck in the doghouse.", "A boy is stuck in a dog house.", "doghouse"));
  CHECK_FALSE(linked("A cat is eating.", "A car is eating.", "cat"));  // three letters: no typo link
}

TEST_CASE("ensemble scorer: a role swap scores below a paraphrase", "[scorer][structure]") {
  auto scorer = make_scorer("ensemble", {}, wordnet());
  REQUIRE(scorer.ok());
  auto run = [&](const std::string& x, const std::string& y) {
    const Pair p = pair_of(x, y);
    return (*scorer)->score(p.a, all(p.a), p.b, all(p.b));
  };
  const std::string original = "The senator criticized the governor for the delay.";
  const PairScore swapped = run(original, "The governor criticized the senator for the delay.");
  const PairScore passive = run(original, "The governor was criticized by the senator for the delay.");
  const PairScore same = run(original, original);
  CHECK(swapped.structure > 0.3);
  CHECK(passive.structure < swapped.structure);  // the passive rewrite is benign, its context changes are not
  CHECK(same.structure == 0.0);
  CHECK(swapped.score < passive.score);
  CHECK(swapped.score < same.score - 0.1);
  // The structure signals are symmetric in the two sides.
  const PairScore back = run("The governor criticized the senator for the delay.", original);
  CHECK(back.structure == Approx(swapped.structure));
  CHECK(back.score == Approx(swapped.score));
}
