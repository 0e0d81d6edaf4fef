// Value types shared by every stage: spans, sentences, beads, findings.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace transdrift {

// A half-open range [start, end) of UTF-8 *byte* offsets into an input exactly
// as it was given to the library (BOM, CRLF and all).
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - start; }
  bool empty() const { return end == start; }
  bool contains(const Span& other) const { return start <= other.start && other.end <= end; }
  friend bool operator==(const Span& a, const Span& b) { return a.start == b.start && a.end == b.end; }
  friend bool operator!=(const Span& a, const Span& b) { return !(a == b); }
};

// The two inputs of a comparison. "original" is the source-language text,
// "retranslated" its round-trip translation back into that language.
enum class Side { kOriginal, kRetranslated };
std::string_view to_string(Side side);  // "original" | "retranslated"

// A half-open range of token indices into Document::tokens.
struct TokenRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool empty() const { return end == begin; }
};

struct Sentence {
  std::size_t id = 0;         // 0-based index in its document
  Span span;                  // bytes of the sentence, without trailing white space
  std::size_t paragraph = 0;  // 0-based paragraph index (line breaks end paragraphs)
  TokenRange tokens;          // the sentence's tokens in Document::tokens
};

// One unit of a sentence alignment: consecutive sentences of the original
// paired with consecutive sentences of the retranslation. Either side may be
// empty (a 1-0 bead is an omission candidate, 0-1 an addition candidate).
struct Bead {
  std::vector<std::size_t> original;      // sentence ids, ascending, consecutive
  std::vector<std::size_t> retranslated;  // sentence ids, ascending, consecutive
  double score = 0.0;                     // pair similarity in [0, 1]; 0 for 1-0 / 0-1
  // Calibrated drift score in (0, 1): the fitted probability that the bead
  // holds a major meaning error (an MQM major accuracy error), from its
  // unmatched content, weak links, findings and similarity. See docs/detection.md.
  double drift = 0.0;

  // "1-1", "1-0", "2-1", ...
  std::string kind() const;
};

// Beads in document order; every sentence of both inputs is in exactly one bead.
struct Alignment {
  std::vector<Bead> beads;
};

// kMoved: the same sentence stands elsewhere in the other text (a note, not
// a change of meaning; what changed inside it is reported as usual).
enum class Category { kOmission, kAddition, kMistranslation, kMoved };
enum class Severity { kMinor, kMajor, kCritical };  // ordered: minor < major < critical
// What fired. See docs/detection.md for each check's rules.
enum class Check {
  kSentence,     // a whole sentence with no counterpart (1-0 / 0-1, or inside a split)
  kPartial,      // a run of content words on one side only, inside an aligned pair
  kLexical,      // an aligned content word replaced by an unrelated or opposite one
  kFragment,     // an incomplete retranslated sentence ("We are seeking the approval of the")
  kAttribution,  // who says or does what changed; speaker verbs or quotation marks added/removed
  kNumber,       // a number, date or quantity changed, added or dropped
  kEntity,       // a named entity changed, added or dropped
  kQuote,        // words inside quotation marks changed
  kNegation,     // polarity flipped
  kModality,     // modal strength changed (might -> will)
  kStructure,    // aligned words changed roles: swapped places, a modifier moved to another head
  kMoved,        // a sentence with no counterpart in place whose counterpart stands elsewhere
  kPlaceholder,  // a placeholder or markup tag ("{0}", "%s", "<b>") changed, added or dropped
};

std::string_view to_string(Category c);  // "omission" | "addition" | "mistranslation" | "moved"
std::string_view to_string(Severity s);  // "minor" | "major" | "critical"
std::string_view to_string(Check c);     // "sentence" | "partial" | "lexical" | ... (the JSON "check" names)
std::optional<Category> parse_category(std::string_view name);
std::optional<Severity> parse_severity(std::string_view name);
std::optional<Check> parse_check(std::string_view name);

struct Finding {
  Category category = Category::kMistranslation;
  Check check = Check::kLexical;
  Severity severity = Severity::kMinor;
  double score = 0.0;        // confidence that this is real drift, in [0, 1]
  std::size_t bead = 0;      // index into Alignment::beads
  Span original;             // bytes in the original; empty (at the gap) for an addition
  Span retranslated;         // bytes in the retranslation; empty (at the gap) for an omission
  std::string explanation;   // one line, for people
};

}  // namespace transdrift
