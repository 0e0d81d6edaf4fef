// The pipeline: text -> align -> similarity -> detect -> Report.
#include "transdrift/detector.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "detect/bead_view.hpp"
#include "detect/checks.hpp"
#include "detect/drift_model.hpp"
#include "similarity/word_weights.hpp"
#include "transdrift/version.hpp"

namespace transdrift {
namespace {

void log(const Options& o, LogLevel level, const std::string& message) {
  if (o.log) o.log(level, message);
}

// Names the input in an error message: "original.txt: invalid UTF-8 at byte 17".
Error with_source(Error e, const Input& input, Side side) {
  e.message = (input.path.empty() ? std::string(to_string(side)) : input.path) + ": " + e.message;
  return e;
}

int weight_of(Severity s) {
  switch (s) {
    case Severity::kMinor: return 1;
    case Severity::kMajor: return 5;
    case Severity::kCritical: return 10;
  }
  return 0;
}

// A sentence reported whole (added or dropped) makes the word-level findings
// inside it redundant: drop those. A fragment says something else (the
// sentence is also broken) and stays.
void drop_covered(std::vector<Finding>& findings) {
  std::vector<Finding> whole;
  for (const Finding& f : findings)
    if (f.check == Check::kSentence) whole.push_back(f);
  std::erase_if(findings, [&](const Finding& f) {
    if (f.check == Check::kSentence || f.check == Check::kFragment) return false;
    for (const Finding& w : whole) {
      if (w.category == Category::kAddition && !f.retranslated.empty() && w.retranslated.contains(f.retranslated))
        return true;
      if (w.category == Category::kOmission && !f.original.empty() && w.original.contains(f.original)) return true;
    }
    return false;
  });
}

Summary summarize(const Report& report) {
  Summary s;
  for (Category c : {Category::kOmission, Category::kAddition, Category::kMistranslation, Category::kMoved})
    s.by_category[c] = 0;
  for (Severity v : {Severity::kMinor, Severity::kMajor, Severity::kCritical}) s.by_severity[v] = 0;
  double penalty = 0;
  for (const Finding& f : report.findings) {
    ++s.by_category[f.category];
    ++s.by_severity[f.severity];
    penalty += weight_of(f.severity);
  }
  s.original_words = report.original.word_count;
  s.mqm_score = s.original_words ? penalty * 1000.0 / static_cast<double>(s.original_words) : 0.0;
  double weighted = 0, total = 0;
  for (const Bead& b : report.alignment.beads) {
    double len = 0;
    for (std::size_t id : b.original) len += report.original.sentences[id].span.size();
    for (std::size_t id : b.retranslated) len += report.retranslated.sentences[id].span.size();
    weighted += b.score * len;
    total += len;
  }
  s.similarity = total > 0 ? weighted / total : 0.0;
  return s;
}

// The settings signature (Report::signature): version, components and every
// threshold that changes the output, in a fixed order and format.
std::string settings_signature(const Options& o, const Report& r, const std::string& wordnet_version) {
  auto num = [](double v) {
    std::string s = std::to_string(v);  // "0.120000": trim the zeros
    while (s.size() > 1 && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  };
  return "transdrift:" + r.version + "|aligner:" + r.aligner + "|scorer:" + r.scorer + "|wordnet:" +
         wordnet_version + "|thresholds:pair=" + num(o.detect.min_pair_similarity) +
         ",unsupported=" + num(o.detect.unsupported_sentence_coverage) +
         ",moved=" + num(o.detect.moved_sentence_similarity) + ",fw=" +
         num(o.score.function_word_weight) + ",chrf=" + num(o.score.chrf_weight) + "/" +
         std::to_string(o.score.chrf_order) + ",structure=" + num(o.score.structure_weight) +
         "|drift:" + DriftModel::builtin().id() + "|text:" + o.text.locale +
         (o.text.sentence_per_line ? ",spl" : "");
}


// Calls f(item) for every item, on `threads` threads (0: one per hardware
// thread) when there are enough items to pay for starting them, else on the
// calling thread. f must be safe to call concurrently for different items.
// The first exception thrown by f is rethrown here once all threads stopped.
template <class F>
void for_each_parallel(const std::vector<std::size_t>& items, unsigned threads, F&& f) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, items.size()));
  if (threads <= 1 || items.size() < Options::kParallelMinPairs) {
    for (std::size_t item : items) f(item);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  std::exception_ptr error;
  std::mutex error_mutex;
  auto worker = [&] {
    for (std::size_t i; !stop && (i = next.fetch_add(1)) < items.size();) {
      try {
        f(items[i]);
      } catch (...) {
        std::lock_guard lock(error_mutex);
        if (!error) error = std::current_exception();
        stop = true;
      }
    }
  };
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
  }  // joins the pool
  if (error) std::rethrow_exception(error);
}

// Sentences reported whole (check "sentence") that are one sentence that
// moved: a dropped sentence of the original and an added one of the
// retranslation, in different beads, whose pair scores at least
// `threshold`; best pairs first, each sentence in one pair at most. Two 1-0
// and 0-1 beads next to each other are left alone (the aligner saw them side
// by side and did not pair them), and so is every pair when there would be
// more than kMaxMovedCandidates of them to score.
struct MovedPair {
  std::size_t dropped = 0, added = 0;  // indices into the findings as find_moved saw them
  std::size_t original_bead = 0, retranslated_bead = 0;  // the beads of the two sentences
  std::size_t original_sentence = 0, retranslated_sentence = 0;
  PairScore score;
};
constexpr std::size_t kMaxMovedCandidates = 10000;

std::size_t sentence_at(const Document& d, std::size_t byte) {
  const auto it = std::upper_bound(d.sentences.begin(), d.sentences.end(), byte,
                                   [](std::size_t b, const Sentence& s) { return b < s.span.start; });
  return static_cast<std::size_t>(it - d.sentences.begin()) - 1;
}

// Whether finding `g` says again, with at least the weight, what `f` says
// over the same words, so that `f` can go:
// - a negation lost or added whose negator the lexical check reports turned
//   into its opposite ("never" / "always");
// - a minor lexical finding inside a more severe lexical, attribution or
//   modality finding (an antonym, a relation inverted, opposite words, a
//   speaker verb turned denial, "requires" / "allows"), or on the negator
//   of a negation lost or added ("Nobody" / "Everybody"): "supported" ->
//   "opposed" is a relation inverted, critical; not also an "unrelated
//   meaning", minor; and a lexical finding inside a number finding as severe
//   ("two weeks" / "14 days" is a quantity in other units, "weeks" / "days"
//   says no more; "9 a.m." / "9 p.m." is a changed time, "a.m." / "p.m." no
//   second opposite);
// - a minor attribution finding inside a more severe one ("is said to be" /
//   "is": a hedge dropped, major; not also a speaker verb dropped, minor);
// - a name dropped or added inside an attribution finding as severe ("...,
//   Smith said." / "...": the speaker dropped, not also a name);
// - a name changed inside a quantity the number check reports ("Celsius" /
//   "Fahrenheit" in "30 degrees Celsius" / "86 degrees Fahrenheit"), and a
//   unit word replaced inside a quantity reported changed whole ("100
//   kilometers per hour" / "100 miles per hour"), and the words of one side
//   of a number written differently ("century" of "the 19th century" /
//   "the 1800s");
// - a modal's change of strength right before a negator whose loss or
//   addition is reported at least as severely ("could not be deleted" /
//   "was deleted": the negation lost, not also "could" -> a plain statement).
bool restated_by(const Finding& f, const Finding& g) {
  auto inside = [](const Span& in, const Span& out) { return !in.empty() && out.contains(in); };
  // An omission's gap in the retranslation (or an addition's in the
  // original) is inside the same gap.
  auto inside_or_at = [&](const Span& in, const Span& out) {
    return inside(in, out) || (in.empty() && out.empty() && in.start == out.start);
  };
  auto over_same_words = [&] {
    return inside_or_at(f.original, g.original) && inside_or_at(f.retranslated, g.retranslated);
  };
  auto just_before = [](const Span& modal, const Span& negator) {
    return !modal.empty() && !negator.empty() && negator.start >= modal.end && negator.start - modal.end <= 1;
  };
  // The words of a placeholder ("{0}", "%d") that changed, as another
  // check reads them ("number dropped: 0").
  // Of two placeholders swapped, the structure check's roles traded.
  if (g.check == Check::kPlaceholder && f.check != Check::kPlaceholder &&
      (inside(f.original, g.original) || inside(f.retranslated, g.retranslated)) &&
      (f.check == Check::kStructure || !g.explanation.starts_with("placeholders swapped")))
    return true;
  switch (f.check) {
    case Check::kLexical:
      // A negator lost or added names its word on one side only ("Nobody" /
      // "Everybody": "negation "Nobody" lost"): the replaced word on that side is it.
      if (f.severity == Severity::kMinor && g.check == Check::kNegation && g.severity > f.severity &&
          ((!f.original.empty() && f.original == g.original) ||
           (!f.retranslated.empty() && f.retranslated == g.retranslated)))
        return true;
      // (A minor attribution finding on the same words says it as well:
      // "argued" / "According to them" is the speaker said another way,
      // not also an unrelated word.)
      return ((f.severity == Severity::kMinor &&
               (((g.check == Check::kLexical || g.check == Check::kModality) && g.severity > f.severity) ||
                (g.check == Check::kAttribution &&
                 (g.severity > f.severity || g.explanation.starts_with("attribution said another way"))))) ||
              (g.check == Check::kNumber && g.severity >= f.severity) ||
              (g.check == Check::kAttribution && g.severity >= f.severity &&
               g.explanation.starts_with("attribution inverted"))) &&
             inside(f.original, g.original) && inside(f.retranslated, g.retranslated);
    case Check::kAttribution:
      return f.severity == Severity::kMinor && g.check == Check::kAttribution && g.severity > f.severity &&
             over_same_words();
    case Check::kEntity:
      // A month's name that a date in digits stands for ("April" /
      // "3/4/2020": the number check's "date written differently").
      if (g.check == Check::kNumber && g.explanation.starts_with("date written differently") &&
          ((f.category == Category::kAddition && inside(f.retranslated, g.retranslated)) ||
           (f.category == Category::kOmission && inside(f.original, g.original))))
        return true;
      // A unit's name in a quantity ("Celsius" / "Fahrenheit" in "30
      // degrees Celsius" / "86 degrees Fahrenheit", converted or changed).
      if (f.category == Category::kMistranslation && g.check == Check::kNumber &&
          g.explanation.starts_with("quantity ") && over_same_words())
        return true;
      return f.category != Category::kMistranslation && g.check == Check::kAttribution &&
             g.category == f.category && g.severity >= f.severity && over_same_words();
    case Check::kPartial:
      // The unit of a number written differently ("century" in "the 19th
      // century" / "the 1800s"), and a connective replaced by one of the
      // other family ("because of" / "despite": "despite" is not also words
      // added).
      return ((g.check == Check::kNumber && g.explanation.starts_with("number written differently")) ||
              (g.check == Check::kLexical && g.severity > f.severity && g.explanation.starts_with("relation "))) &&
             ((f.category == Category::kOmission && inside(f.original, g.original)) ||
              (f.category == Category::kAddition && inside(f.retranslated, g.retranslated)));
    case Check::kNumber:
      // A unit word replaced inside a quantity reported whole ("kilometers"
      // / "miles" in "100 kilometers per hour" / "100 miles per hour").
      // And a unit the number check finds converted with its number ("ninety
      // minutes" / "an hour and a half": the same quantity).
      return f.explanation.starts_with("quantity changed: unit") && g.check == Check::kNumber &&
             !g.explanation.starts_with("quantity changed: unit") &&
             (g.severity >= f.severity || g.explanation.starts_with("quantity in other units") ||
              g.explanation.starts_with("frequency in other words")) &&
             over_same_words();
    case Check::kNegation:
      // A negator turned into its opposite word ("never" / "always"): the
      // lexical check's opposite meaning says it, not also a negation lost.
      return g.check == Check::kLexical && g.severity >= f.severity && g.explanation.ends_with(": opposite meaning") &&
             inside(f.original, g.original) && (f.retranslated.empty() || inside(f.retranslated, g.retranslated));
    case Check::kModality:
      // (And a modal's change of strength inside a tense changed: "would be
      // completed" / "was completed" is that, not also "would" dropped.)
      return (g.check == Check::kNegation && g.severity >= f.severity && f.explanation.starts_with("modality ") &&
              (just_before(f.original, g.original) || just_before(f.retranslated, g.retranslated))) ||
             (g.check == Check::kModality && g.severity > f.severity && f.explanation.starts_with("modality ") &&
              g.explanation.starts_with("tense changed") &&
              (inside(f.original, g.original) || inside(f.retranslated, g.retranslated)));
    default:
      return false;
  }
}

// Drops, among findings[first, end) (one bead's), each finding another one
// restates (restated_by), and the second of two that are the same (one
// opposite found by two rules: "rarely" / "often").
void drop_restated(std::vector<Finding>& findings, std::size_t first) {
  auto same = [](const Finding& a, const Finding& b) {
    return a.check == b.check && a.category == b.category && a.severity == b.severity && a.original == b.original &&
           a.retranslated == b.retranslated && a.explanation == b.explanation;
  };
  std::vector<bool> drop(findings.size() - first, false);
  for (std::size_t i = first; i < findings.size(); ++i)
    for (std::size_t j = first; j < findings.size() && !drop[i - first]; ++j)
      drop[i - first] = j != i && (restated_by(findings[i], findings[j]) || (j < i && same(findings[i], findings[j])));
  std::size_t k = first;
  for (std::size_t i = first; i < findings.size(); ++i)
    if (!drop[i - first]) {
      if (k != i) findings[k] = std::move(findings[i]);
      ++k;
    }
  findings.resize(k);
}

// The lexical check's finding on a 1-1 pair that says different things.
bool low_pair(const Finding& f) {
  return f.check == Check::kLexical && f.explanation.starts_with("the sentences say different things");
}

std::vector<MovedPair> find_moved(const Report& report, const Scorer& scorer, double threshold) {
  const Document& o = report.original;
  const Document& r = report.retranslated;
  const auto& beads = report.alignment.beads;
  std::vector<std::size_t> dropped, added;
  for (std::size_t k = 0; k < report.findings.size(); ++k) {
    const Finding& f = report.findings[k];
    // A 1-1 pair that says different things (the lexical check's whole
    // pair) may be a sentence that moved paired with one added in its place:
    // each of its sentences is a candidate.
    if (low_pair(f)) {
      dropped.push_back(k);
      added.push_back(k);
      continue;
    }
    if (f.check != Check::kSentence) continue;
    if (f.category == Category::kOmission) dropped.push_back(k);
    if (f.category == Category::kAddition) added.push_back(k);
  }
  if (threshold > 1 || dropped.empty() || added.empty() || dropped.size() * added.size() > kMaxMovedCandidates)
    return {};
  auto words = [](const Document& d, const Sentence& s) {
    std::size_t n = 0;
    for (std::size_t t = s.tokens.begin; t < s.tokens.end; ++t) n += d.tokens[t].kind == TokenKind::kWord;
    return n;
  };
  auto lone = [&](std::size_t b) { return beads[b].original.empty() || beads[b].retranslated.empty(); };
  std::vector<MovedPair> candidates;
  for (std::size_t k : dropped) {
    const Finding& fo = report.findings[k];
    const std::size_t so = sentence_at(o, fo.original.start);
    if (words(o, o.sentences[so]) < 3) continue;  // "Leave a Reply" is not a sentence that moved
    for (std::size_t m : added) {
      const Finding& fa = report.findings[m];
      if (fa.bead == fo.bead || (lone(fo.bead) && lone(fa.bead) && (fa.bead + 1 == fo.bead || fo.bead + 1 == fa.bead)))
        continue;
      const std::size_t sr = sentence_at(r, fa.retranslated.start);
      if (words(r, r.sentences[sr]) < 3) continue;
      PairScore ps = scorer.score(o, o.sentences[so].tokens, r, r.sentences[sr].tokens);
      if (ps.score >= threshold) candidates.push_back({k, m, fo.bead, fa.bead, so, sr, std::move(ps)});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const MovedPair& a, const MovedPair& b) { return a.score.score > b.score.score; });
  std::vector<MovedPair> out;
  // A finding serves once as the dropped sentence and once as the added one
  // (a pair that says different things has one of each).
  std::vector<bool> used_dropped(report.findings.size(), false), used_added(report.findings.size(), false);
  for (MovedPair& c : candidates) {
    if (used_dropped[c.dropped] || used_added[c.added]) continue;
    used_dropped[c.dropped] = used_added[c.added] = true;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

Result<Detector> Detector::create(Options options) {
  auto wordnet = WordNet::open(options.wordnet_dir);
  if (!wordnet.ok()) return wordnet.error();
  auto aligner = make_aligner(options.aligner, options.align);
  if (!aligner.ok()) return aligner.error();
  auto scorer = make_scorer(options.scorer, options.score, *wordnet);
  if (!scorer.ok()) return scorer.error();
  const DetectOptions& d = options.detect;
  if (d.min_pair_similarity < 0 || d.min_pair_similarity > 1 || d.unsupported_sentence_coverage < 0 ||
      d.unsupported_sentence_coverage > 1)
    return Error{ErrorCode::kInvalidArgument, "detect thresholds must be in [0, 1]", {}};
  if (!(d.moved_sentence_similarity >= 0))
    return Error{ErrorCode::kInvalidArgument, "moved_sentence_similarity must be at least 0 (above 1: off)", {}};
  Detector detector;
  detector.options_ = std::move(options);
  detector.wordnet_ = std::move(wordnet).value();
  detector.aligner_ = std::move(aligner).value();
  detector.scorer_ = std::move(scorer).value();
  return detector;
}

Result<Report> Detector::run(Input original, Input retranslated) const {
  Report report;
  report.version = transdrift::version();
  report.aligner = std::string(aligner_->name());
  report.scorer = std::string(scorer_->name());
  report.signature = settings_signature(options_, report, wordnet_->version());

  auto doc_o = parse_document(std::move(original.text), original.format, options_.text, original.path);
  if (!doc_o.ok()) return with_source(doc_o.error(), original, Side::kOriginal);
  auto doc_r = parse_document(std::move(retranslated.text), retranslated.format, options_.text, retranslated.path);
  if (!doc_r.ok()) return with_source(doc_r.error(), retranslated, Side::kRetranslated);
  report.original = std::move(doc_o).value();
  report.retranslated = std::move(doc_r).value();
  const Document& o = report.original;
  const Document& r = report.retranslated;
  log(options_, LogLevel::kInfo,
      "segmented " + std::to_string(o.sentences.size()) + " + " + std::to_string(r.sentences.size()) + " sentences");

  auto alignment = aligner_->align(o, r);
  if (!alignment.ok()) return alignment.error();
  report.alignment = std::move(alignment).value();
  log(options_, LogLevel::kInfo, "aligned into " + std::to_string(report.alignment.beads.size()) + " beads");

  // Score every paired bead; remember where each empty side sits.
  const auto& beads = report.alignment.beads;
  std::vector<PairScore> scores(beads.size());
  report.words.resize(beads.size());
  const WordWeigher weigher(wordnet_.get());  // caches per run: cheap, and no state shared across threads
  const CheckContext ctx{wordnet_.get(), &options_.detect, &weigher};
  std::vector<std::size_t> paired_beads;
  for (std::size_t b = 0; b < beads.size(); ++b)
    if (!beads[b].original.empty() && !beads[b].retranslated.empty()) paired_beads.push_back(b);
  const auto scoring_start = std::chrono::steady_clock::now();
  for_each_parallel(paired_beads, options_.threads, [&](std::size_t b) {
    const Bead& bead = beads[b];
    scores[b] = scorer_->score(o, {o.sentences[bead.original.front()].tokens.begin,
                                   o.sentences[bead.original.back()].tokens.end},
                               r, {r.sentences[bead.retranslated.front()].tokens.begin,
                                   r.sentences[bead.retranslated.back()].tokens.end});
  });
  log(options_, LogLevel::kDebug,
      "scored " + std::to_string(paired_beads.size()) + " pairs in " +
          std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                                scoring_start).count()) +
          " ms");
  std::size_t gap_o = 0, gap_r = 0;
  for (std::size_t b = 0; b < beads.size(); ++b) {
    Bead& bead = report.alignment.beads[b];
    const bool paired = !bead.original.empty() && !bead.retranslated.empty();
    if (paired) {
      bead.score = scores[b].score;
      report.words[b] = scores[b].words;
    } else {
      bead.score = 0.0;
    }
    const BeadView view(b, bead, o, r, paired ? &scores[b] : nullptr, gap_o, gap_r);
    const std::size_t first_finding = report.findings.size();
    for (CheckFn check : all_checks()) check(ctx, view, report.findings);
    drop_restated(report.findings, first_finding);
    if (!bead.original.empty()) gap_o = o.sentences[bead.original.back()].span.end;
    if (!bead.retranslated.empty()) gap_r = r.sentences[bead.retranslated.back()].span.end;
  }
  // Sentences that moved: a dropped and an added sentence that are one
  // sentence become one "moved" note, and the pair is checked like an
  // aligned pair (its findings on the bead of the original sentence), in
  // place of what was reported on the two sentences in their beads.
  const std::vector<MovedPair> moved = find_moved(report, *scorer_, options_.detect.moved_sentence_similarity);
  // A 1-0 or 0-1 bead whose sentence moved takes its pair's score, word
  // alignment and drift (set once the other beads' drifts are).
  struct Lone {
    std::size_t bead;
    double drift;
  };
  std::vector<Lone> lone_moved;
  if (!moved.empty()) {
    log(options_, LogLevel::kInfo, std::to_string(moved.size()) + " sentences moved");
    std::vector<bool> gone(report.findings.size(), false);
    std::vector<Finding> notes;
    std::vector<Bead> pairs;
    pairs.reserve(moved.size());
    // A pair that said different things gave one sentence to a moved pair:
    // its other sentence has no counterpart left, unless it moved too.
    auto in_role = [&](std::size_t k, bool as_dropped) {
      return std::any_of(moved.begin(), moved.end(),
                         [&](const MovedPair& x) { return (as_dropped ? x.dropped : x.added) == k; });
    };
    std::vector<Bead> left_over;
    left_over.reserve(2 * moved.size());
    auto report_left_over = [&](std::size_t bead, const Bead& lone, Span at_o, Span at_r) {
      left_over.push_back(lone);
      const BeadView view(bead, left_over.back(), o, r, nullptr, at_o.start, at_r.start);
      check_sentence(ctx, view, notes);
    };
    for (const MovedPair& m : moved) {
      const Finding& fo = report.findings[m.dropped];
      const Finding& fa = report.findings[m.added];
      if (low_pair(fo) && !in_role(m.dropped, false)) {
        const Bead& home = beads[fo.bead];
        report_left_over(fo.bead, Bead{{}, home.retranslated}, Span{fo.original.start, fo.original.start},
                         r.sentences[home.retranslated.front()].span);
      }
      if (low_pair(fa) && !in_role(m.added, true)) {
        const Bead& home = beads[fa.bead];
        report_left_over(fa.bead, Bead{home.original, {}}, o.sentences[home.original.front()].span,
                         Span{fa.retranslated.start, fa.retranslated.start});
      }
      const Span from = o.sentences[m.original_sentence].span, to = r.sentences[m.retranslated_sentence].span;
      // What the two beads reported inside the two sentences.
      for (std::size_t k = 0; k < report.findings.size(); ++k) {
        const Finding& f = report.findings[k];
        gone[k] = gone[k] || (f.bead == fo.bead && !f.original.empty() && from.contains(f.original)) ||
                  (f.bead == fa.bead && !f.retranslated.empty() && to.contains(f.retranslated)) ||
                  // The other sentence of a pair that said different things
                  // is reported whole (report_left_over).
                  (low_pair(fo) && f.bead == fo.bead && f.original.empty() &&
                   r.sentences[beads[fo.bead].retranslated.front()].span.contains(f.retranslated)) ||
                  (low_pair(fa) && f.bead == fa.bead && f.retranslated.empty() &&
                   o.sentences[beads[fa.bead].original.front()].span.contains(f.original));
      }
      gone[m.dropped] = gone[m.added] = true;
      Finding note;
      note.category = Category::kMoved;
      note.check = Check::kMoved;
      note.severity = Severity::kMinor;
      note.score = 0.3;
      note.bead = fo.bead;
      note.original = from;
      note.retranslated = to;
      note.explanation = "sentence moved: its counterpart is in bead " + std::to_string(fa.bead) +
                         (fa.bead > fo.bead ? ", later" : ", earlier") + " in the retranslation";
      std::vector<Finding> found{std::move(note)};
      pairs.push_back(Bead{{m.original_sentence}, {m.retranslated_sentence}});
      pairs.back().score = m.score.score;
      const BeadView view(fo.bead, pairs.back(), o, r, &m.score, from.start, to.start);
      for (CheckFn check : all_checks()) check(ctx, view, found);
      drop_restated(found, 0);
      std::vector<const Finding*> of_pair;
      for (const Finding& f : found) of_pair.push_back(&f);
      const double drift = DriftModel::builtin().probability(
          drift_signals(report, weigher, pairs.back(), m.score.words, of_pair, wordnet_.get()));
      for (std::size_t b : {fo.bead, fa.bead})
        if (beads[b].original.empty() || beads[b].retranslated.empty()) {
          lone_moved.push_back({b, drift});
          report.alignment.beads[b].score = m.score.score;
          report.words[b] = m.score.words;
        }
      for (Finding& f : found) notes.push_back(std::move(f));
    }
    std::vector<Finding> kept;
    for (std::size_t k = 0; k < report.findings.size(); ++k)
      if (!gone[k]) kept.push_back(std::move(report.findings[k]));
    for (Finding& f : notes) kept.push_back(std::move(f));
    report.findings = std::move(kept);
  }
  drop_covered(report.findings);
  std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
    if (a.severity != b.severity) return a.severity > b.severity;
    if (a.score != b.score) return a.score > b.score;
    return a.original.start < b.original.start;
  });
  report.summary = summarize(report);
  const DriftModel& model = DriftModel::builtin();
  std::vector<std::vector<const Finding*>> by_bead(beads.size());
  for (const Finding& f : report.findings) {
    // A moved pair's findings sit on the bead of its original sentence but
    // are not that bead's drift when the bead has pairs of its own (a merge).
    const bool of_moved_pair = std::any_of(moved.begin(), moved.end(), [&](const MovedPair& m) {
      const Bead& home = beads[m.original_bead];
      return f.bead == m.original_bead && !home.original.empty() && !home.retranslated.empty() &&
             ((!f.original.empty() && o.sentences[m.original_sentence].span.contains(f.original)) ||
              (f.original.empty() && r.sentences[m.retranslated_sentence].span.contains(f.retranslated)));
    });
    if (!of_moved_pair) by_bead[f.bead].push_back(&f);
  }
  for (std::size_t b = 0; b < beads.size(); ++b) {
    Bead& bead = report.alignment.beads[b];
    // A sentence with no counterpart at all is drift by definition (the
    // model's data has almost none of them to learn it from).
    const bool unpaired = bead.original.empty() || bead.retranslated.empty();
    bead.drift = unpaired && !by_bead[b].empty()
                     ? 1.0
                     : model.probability(drift_signals(report, weigher, b, b + 1, &by_bead[b], wordnet_.get()));
  }
  for (const Lone& l : lone_moved) report.alignment.beads[l.bead].drift = l.drift;
  log(options_, LogLevel::kInfo, "found " + std::to_string(report.findings.size()) + " findings");
  return report;
}

}  // namespace transdrift
