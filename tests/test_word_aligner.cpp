// The monolingual word aligner (lib/similarity/word_aligner.*) and the
// ensemble scorer's word weights, data tables and score range.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <string>

#include "similarity/features.hpp"
#include "similarity/model.hpp"
#include "similarity/word_aligner.hpp"
#include "similarity/word_vectors.hpp"
#include "similarity/word_weights.hpp"
#include "transdrift/scorer.hpp"
#include "transdrift/text.hpp"
#include "transdrift/wordnet.hpp"

using namespace transdrift;

namespace {

std::shared_ptr<const WordNet> wn() {
  static auto w = WordNet::open();
  REQUIRE(w.ok());
  return *w;
}

struct Aligned {
  Document a, b;
  WordAlignment words;

  // "kind:strength-bucket" of the link from original word `from`, or "none".
  std::string link(const std::string& from) const {
    for (const WordLink& l : words.links)
      if (a.slice(a.tokens[l.original].span) == from) return std::string(to_string(l.kind));
    return "none";
  }
  std::string partner(const std::string& from) const {
    for (const WordLink& l : words.links)
      if (a.slice(a.tokens[l.original].span) == from) return std::string(b.slice(b.tokens[l.retranslated].span));
    return "";
  }
  bool unaligned_original(const std::string& w) const {
    for (std::size_t t : words.unaligned_original)
      if (a.slice(a.tokens[t].span) == w) return true;
    return false;
  }
  bool unaligned_retranslated(const std::string& w) const {
    for (std::size_t t : words.unaligned_retranslated)
      if (b.slice(b.tokens[t].span) == w) return true;
    return false;
  }
};

Aligned align(const std::string& x, const std::string& y, const WordAlignerOptions& o = {}) {
  auto a = parse_sentence(x);
  auto b = parse_sentence(y);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  Aligned r{std::move(a).value(), std::move(b).value(), {}};
  r.words = align_words(r.a, {0, r.a.tokens.size()}, r.b, {0, r.b.tokens.size()}, wn().get(), o);
  return r;
}

double ensemble(const std::string& x, const std::string& y) {
  static auto s = make_scorer("ensemble", {}, wn());
  REQUIRE(s.ok());
  auto a = parse_sentence(x);
  auto b = parse_sentence(y);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  return (*s)->score(*a, {0, a->tokens.size()}, *b, {0, b->tokens.size()}).score;
}

}  // namespace

TEST_CASE("word aligner: synonyms, inflections and irregular forms", "[word_aligner]") {
  const Aligned s = align("It is our obligation to help.", "It is our duty to help.");
  CHECK(s.link("obligation") == "synonym");
  CHECK(s.partner("obligation") == "duty");
  CHECK(align("Many countries agreed.", "Many a country agreed.").link("countries") == "lemma");
  const Aligned led = align("She led the team.", "She will lead the team.");
  CHECK(led.link("led") == "lemma");
  CHECK(led.partner("led") == "lead");
}

TEST_CASE("word aligner: unrelated rare words stay unaligned", "[word_aligner]") {
  const Aligned s = align("The court called the case sui generis.", "The court called the case general.");
  CHECK(s.unaligned_original("sui"));
  CHECK(s.unaligned_original("generis"));
  CHECK(s.unaligned_retranslated("general"));
  CHECK(s.link("court") == "exact");
}

TEST_CASE("word aligner: numbers and names", "[word_aligner]") {
  const Aligned n = align("Four ministers resigned in 2024.", "4 ministers resigned in 2024.");
  CHECK(n.link("Four") == "number");
  CHECK(n.link("2024") == "exact");
  const Aligned m = align("Five ministers resigned.", "Six ministers resigned.");
  CHECK(m.unaligned_original("Five"));
  CHECK(m.unaligned_retranslated("Six"));
  const Aligned e = align("The EU and Merkel agreed.", "The European Union and Merkel agreed.");
  CHECK(e.link("EU") == "entity");
  CHECK(e.link("Merkel") == "exact");
  const Aligned x = align("Merkel spoke.", "Macron spoke.");
  CHECK(x.unaligned_original("Merkel"));
}

TEST_CASE("word aligner: WordNet collocations against words and collocations", "[word_aligner]") {
  // A phrasal verb against its one-word synonym: both words of the phrase linked.
  const Aligned s = align("They look for work.", "They seek work.");
  CHECK(s.link("look") == "synonym");
  CHECK(s.partner("look") == "seek");
  CHECK(s.partner("for") == "seek");
  CHECK_FALSE(s.unaligned_retranslated("seek"));
  // The other direction, and a phrase against a phrase.
  const Aligned g = align("He abandoned the plan.", "He gave up the plan.");
  CHECK(g.link("abandoned") == "synonym");
  CHECK_FALSE(g.unaligned_retranslated("gave"));
  CHECK_FALSE(g.unaligned_retranslated("up"));
  const Aligned k = align("She teaches karate.", "She teaches martial arts.");
  CHECK(k.link("karate") == "related");
  CHECK_FALSE(k.unaligned_retranslated("arts"));
  // Words that only look like a collocation stay apart: no relation, no link.
  const Aligned n = align("They look for work.", "They eat work.");
  CHECK(n.unaligned_original("look"));
  CHECK(n.unaligned_retranslated("eat"));
  // Turned off, only the single-word relation is found ("look" / "seek" as
  // related words) and "for" stays unlinked.
  WordAlignerOptions off;
  off.collocations = false;
  const Aligned o = align("They look for work.", "They seek work.", off);
  CHECK(o.link("look") == "related");
  CHECK(o.link("for") == "none");
}

TEST_CASE("word aligner: repeated function words follow their aligned neighbours", "[word_aligner]") {
  const Aligned s = align("the cat saw the dog", "the dog saw the cat");
  for (const WordLink& l : s.words.links) {
    const std::string_view from = s.a.slice(s.a.tokens[l.original].span);
    if (from == "the") {
      // Each "the" is linked to the "the" before the same noun.
      const std::string_view next_a = s.a.slice(s.a.tokens[l.original + 1].span);
      const std::string_view next_b = s.b.slice(s.b.tokens[l.retranslated + 1].span);
      CHECK(next_a == next_b);
    }
  }
}

TEST_CASE("word aligner: user word vectors add links only when given", "[word_aligner]") {
  auto v = WordVectors::parse("3 2\nflorp 1 0\nglorp 0.9 0.1\ntreaty 0 1\n");
  REQUIRE(v.ok());
  CHECK((*v)->size() == 3);
  CHECK((*v)->cosine("florp", "glorp") > 0.9);
  CHECK((*v)->cosine("florp", "treaty") == Approx(0.0).margin(1e-6));
  CHECK(align("A florp fell.", "A glorp fell.").link("florp") == "none");
  WordAlignerOptions o;
  o.vectors = v->get();
  CHECK(align("A florp fell.", "A glorp fell.", o).link("florp") == "related");
  CHECK(!WordVectors::parse("a 1 2\nb 1\n").ok());
}

TEST_CASE("word weights: rare words weigh more than common ones", "[word_aligner]") {
  const WordFrequencies& f = WordFrequencies::builtin();
  CHECK(f.size() > 10000);
  CHECK(f.count("be") > f.count("obligation"));
  WordWeigher w(wn().get());
  CHECK(w.content_weight("generis") == Approx(1.0));
  CHECK(w.content_weight("man") < w.content_weight("obligation"));
  CHECK(w.content_weight("obligation") < w.content_weight("generis"));
  CHECK(w.content_weight("countries") == Approx(w.content_weight("country")));
}

TEST_CASE("ensemble signals: the kind of text and the kind of word left out", "[word_aligner]") {
  const WordWeigher weigher(wn().get());
  FeatureContext ctx;
  ctx.wordnet = wn().get();
  ctx.weigher = &weigher;
  auto features = [&](const std::string& x, const std::string& y) {
    auto a = parse_sentence(x);
    auto b = parse_sentence(y);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    PairScore out;
    return compute_features(*a, {0, a->tokens.size()}, *b, {0, b->tokens.size()}, ctx, out);
  };
  auto at = [](const FeatureVector& f, std::string_view name) {
    const auto& names = feature_names();
    const auto it = std::find(names.begin(), names.end(), name);
    REQUIRE(it != names.end());
    return f[static_cast<std::size_t>(it - names.begin())];
  };
  // A caption: both sides end with a period and start with an article; a
  // person and an instrument were replaced, nothing else.
  const FeatureVector c = features("A man is playing a guitar.", "A woman is playing a flute.");
  CHECK(at(c, "terminal_min") == 1.0);
  CHECK(at(c, "det_start_min") == 1.0);
  CHECK(at(c, "lower_start_max") == 0.0);
  CHECK(at(c, "left_person_min") > 0.0);    // "man" and "woman"
  CHECK(at(c, "left_artifact_min") > 0.0);  // "guitar" and "flute"
  CHECK(at(c, "left_adv_max") == 0.0);
  CHECK(at(c, "left_name_max") == 0.0);
  // A headline against a sentence: no final period on one side, capitalized
  // words, a digit; a dropped adverb and an added name.
  const FeatureVector h = features("Tornadoes Hit Kansas Towns in 2013", "Tornadoes quickly hit the towns of Kansas and Ohio in 2013.");
  CHECK(at(h, "terminal_min") == 0.0);
  CHECK(at(h, "terminal_max") == 1.0);
  CHECK(at(h, "caps_share_max") > at(h, "caps_share_min"));
  CHECK(at(h, "digits_min") == 1.0);
  CHECK(at(h, "left_adv_min") == 0.0);
  CHECK(at(h, "left_adv_max") > 0.0);   // "quickly"
  CHECK(at(h, "left_name_max") > 0.0);  // "Ohio"
  // Symmetric: swapping the sides gives the same signals.
  const FeatureVector s = features("A woman is playing a flute.", "A man is playing a guitar.");
  for (std::size_t k = 0; k < kFeatureCount; ++k) CHECK(s[k] == Approx(c[k]).margin(1e-12));
}

TEST_CASE("ensemble scorer: range, symmetry and order", "[word_aligner]") {
  REQUIRE(LinearModel::parse("bias 0\n").ok() == false);
  const double same = ensemble("A man is playing a guitar.", "A man is playing a guitar.");
  const double close = ensemble("A man is playing a guitar.", "A man plays the guitar.");
  const double far = ensemble("A man is playing a guitar.", "The stock market fell sharply today.");
  CHECK(same <= 1.0);
  CHECK(far >= 0.0);
  CHECK(same >= close);
  CHECK(close > 0.7);
  CHECK(far < 0.2);
  CHECK(ensemble("The cat sat on the mat.", "A dog lay on the rug.") ==
        Approx(ensemble("A dog lay on the rug.", "The cat sat on the mat.")).margin(1e-9));
}

TEST_CASE("ensemble scorer: quality floor on the first 300 STS-B dev pairs", "[word_aligner][data]") {
  std::ifstream in(std::string(TRANSDRIFT_SOURCE_DIR) + "/../shared/data/stsb/dev.tsv");
  if (!in) {
    WARN("SKIPPED: ../shared/data/stsb/dev.tsv not found");
    return;
  }
  std::vector<double> gold, pred;
  std::string line;
  while (gold.size() < 300 && std::getline(in, line)) {
    const auto t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    if (t1 == std::string::npos || t2 == std::string::npos) continue;
    gold.push_back(std::stod(line.substr(0, t1)));
    pred.push_back(ensemble(line.substr(t1 + 1, t2 - t1 - 1), line.substr(t2 + 1)));
  }
  REQUIRE(gold.size() == 300);
  double mg = 0, mp = 0;
  for (std::size_t i = 0; i < gold.size(); ++i) mg += gold[i] / 300, mp += pred[i] / 300;
  double sgp = 0, sgg = 0, spp = 0;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    sgp += (gold[i] - mg) * (pred[i] - mp);
    sgg += (gold[i] - mg) * (gold[i] - mg);
    spp += (pred[i] - mp) * (pred[i] - mp);
  }
  const double r = sgp / std::sqrt(sgg * spp);
  INFO("Pearson on 300 dev pairs: " << r);
  CHECK(r > 0.75);
}
