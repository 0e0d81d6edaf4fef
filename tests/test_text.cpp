// Tests of the text stage: UTF-8 validation, normalization with its offset
// map, segmentation into paragraphs/sentences/tokens and quotation finding.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "text/words.hpp"
#include "transdrift/text.hpp"

namespace Catch {
template <>
struct StringMaker<transdrift::Span> {
  static std::string convert(const transdrift::Span& s) {
    return "[" + std::to_string(s.start) + ", " + std::to_string(s.end) + ")";
  }
};
}  // namespace Catch

namespace {

using transdrift::Document;
using transdrift::ErrorCode;
using transdrift::normalize;
using transdrift::NormalizedText;
using transdrift::parse_document;
using transdrift::Quote;
using transdrift::Sentence;
using transdrift::Span;
using transdrift::TextOptions;
using transdrift::Token;
using transdrift::TokenKind;
using transdrift::validate_utf8;

std::string read_corpus(const std::string& name) {
  std::ifstream in(std::string(TRANSDRIFT_SOURCE_DIR) + "/corpus/digital-solidarity/" + name,
                   std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Document parse_ok(std::string text, const TextOptions& options = {}) {
  auto result = parse_document(std::move(text), options);
  if (!result.ok()) FAIL("parse_document failed: " << result.error().message);
  return std::move(result).value();
}


bool is_continuation(std::string_view text, std::size_t offset) {
  return offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80;
}

// Length of the UTF-8 character whose lead byte is `lead` (valid input).
std::size_t char_length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// Character starts of `text` (plus its end).
std::vector<std::size_t> char_starts(std::string_view text) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < text.size(); i += char_length(static_cast<unsigned char>(text[i]))) {
    starts.push_back(i);
  }
  starts.push_back(text.size());
  return starts;
}

// White space as the text stage sees it, for the characters that occur in
// the tests: ASCII space/tab/line ends, U+00A0, U+2000..U+200A, U+3000.
bool is_space_at(std::string_view text, std::size_t i) {
  const std::string_view rest = text.substr(i);
  if (rest.empty()) return false;
  if (rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\n' || rest[0] == '\r') return true;
  if (rest.starts_with("\u00A0") || rest.starts_with("\u3000") || rest.starts_with("\u202F")) return true;
  return rest.size() >= 3 && rest.substr(0, 2) == "\xE2\x80" &&
         static_cast<unsigned char>(rest[2]) >= 0x80 && static_cast<unsigned char>(rest[2]) <= 0x8A;
}

std::size_t find_sentence(const Document& doc, std::string_view starting_with) {
  for (const Sentence& s : doc.sentences) {
    if (doc.slice(s.span).starts_with(starting_with)) return s.id;
  }
  FAIL("no sentence starts with: " << starting_with);
  return 0;
}

std::size_t find_token(const Document& doc, std::string_view text, std::size_t from = 0) {
  for (std::size_t i = from; i < doc.tokens.size(); ++i) {
    if (doc.slice(doc.tokens[i].span) == text) return i;
  }
  FAIL("no token: " << text);
  return 0;
}

const Quote* find_quote(const Document& doc, std::string_view inner) {
  for (const Quote& q : doc.quotes) {
    if (doc.slice(q.inner) == inner) return &q;
  }
  return nullptr;
}

bool inside_some_quote(const Document& doc, Span span) {
  return std::any_of(doc.quotes.begin(), doc.quotes.end(),
                     [&](const Quote& q) { return q.span.contains(span); });
}

// The structural contract of Document, checked on any parsed input.
void check_invariants(const Document& doc, bool sentence_per_line = false) {
  const std::string_view text = doc.text;
  const std::size_t body = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;

  // Paragraphs: non-empty, trimmed, in order, on character boundaries.
  for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Span span = doc.paragraphs[p];
    REQUIRE(!span.empty());
    REQUIRE(span.start >= body);
    REQUIRE(span.end <= text.size());
    REQUIRE(!is_continuation(text, span.start));
    REQUIRE(!is_continuation(text, span.end));
    REQUIRE(!is_space_at(text, span.start));
    if (p > 0) REQUIRE(doc.paragraphs[p - 1].end < span.start);
  }

  // Sentences: ids, order, boundaries, trimmed, inside their paragraph.
  std::vector<int> covered(text.size(), 0);
  std::size_t next_token = 0;
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    INFO("sentence " << i << ": " << doc.slice(s.span));
    REQUIRE(s.id == i);
    REQUIRE(s.span.start <= s.span.end);
    REQUIRE(s.span.end <= text.size());
    REQUIRE(!is_continuation(text, s.span.start));
    REQUIRE(!is_continuation(text, s.span.end));
    if (i > 0) REQUIRE(doc.sentences[i - 1].span.end <= s.span.start);
    REQUIRE(s.paragraph < doc.paragraphs.size());
    if (!sentence_per_line) REQUIRE(!s.span.empty());
    if (!s.span.empty()) {
      REQUIRE(doc.paragraphs[s.paragraph].contains(s.span));
      REQUIRE(!is_space_at(text, s.span.start));
      // The last character is not white space.
      std::size_t last = s.span.end - 1;
      while (is_continuation(text, last)) --last;
      REQUIRE(!is_space_at(text, last));
    }
    for (std::size_t b = s.span.start; b < s.span.end; ++b) ++covered[b];
    // Tokens: the sentence's range is the next run of tokens.
    REQUIRE(s.tokens.begin == next_token);
    REQUIRE(s.tokens.begin <= s.tokens.end);
    for (std::size_t t = s.tokens.begin; t < s.tokens.end; ++t) {
      REQUIRE(doc.tokens[t].sentence == s.id);
      REQUIRE(s.span.contains(doc.tokens[t].span));
    }
    next_token = s.tokens.end;
  }
  REQUIRE(next_token == doc.tokens.size());

  // Every byte that is not white space (and not the BOM) is in exactly one sentence.
  for (std::size_t b = body; b < text.size();) {
    const std::size_t len = char_length(static_cast<unsigned char>(text[b]));
    if (!is_space_at(text, b)) {
      INFO("byte " << b << " in: " << text.substr(b >= 20 ? b - 20 : 0, 40));
      REQUIRE(covered[b] == 1);
    }
    b += len;
  }

  // Tokens: in order, disjoint, no white space, norm = normalize(slice).
  std::size_t words = 0;
  for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
    const Token& token = doc.tokens[t];
    INFO("token " << t << ": " << doc.slice(token.span));
    REQUIRE(!token.span.empty());
    if (t > 0) REQUIRE(doc.tokens[t - 1].span.end <= token.span.start);
    REQUIRE(!is_continuation(text, token.span.start));
    REQUIRE(!is_continuation(text, token.span.end));
    for (std::size_t b = token.span.start; b < token.span.end; ++b) REQUIRE(!is_space_at(text, b));
    REQUIRE(token.norm == normalize(doc.slice(token.span)).text);
    if (token.kind == TokenKind::kWord || token.kind == TokenKind::kNumber) ++words;
  }
  REQUIRE(doc.word_count == words);

  // Quotes: in order, not nested, marks around the inner span, token ranges
  // strictly between the marks, tokens inside marked quoted.
  for (std::size_t q = 0; q < doc.quotes.size(); ++q) {
    const Quote& quote = doc.quotes[q];
    REQUIRE(quote.span.contains(quote.inner));
    REQUIRE(quote.span.start < quote.inner.start);
    REQUIRE(quote.inner.end < quote.span.end);
    if (q > 0) REQUIRE(doc.quotes[q - 1].span.end <= quote.span.start);
    REQUIRE(quote.tokens.begin >= 1);
    REQUIRE(quote.tokens.end < doc.tokens.size());
    // A mark is one token, or two ("``", "''").
    const std::size_t b = quote.tokens.begin, e = quote.tokens.end;
    REQUIRE(doc.tokens[b - 1].span.end == quote.inner.start);
    REQUIRE(doc.tokens[e].span.start == quote.inner.end);
    REQUIRE((doc.tokens[b - 1].span.start == quote.span.start ||
             (b >= 2 && doc.tokens[b - 2].span.start == quote.span.start)));
    REQUIRE((doc.tokens[e].span.end == quote.span.end ||
             (e + 1 < doc.tokens.size() && doc.tokens[e + 1].span.end == quote.span.end)));
    REQUIRE_FALSE(doc.tokens[quote.tokens.begin - 1].quoted);
    for (std::size_t t = quote.tokens.begin; t < quote.tokens.end; ++t) {
      REQUIRE(doc.tokens[t].quoted);
      REQUIRE(quote.inner.contains(doc.tokens[t].span));
    }
  }
}

// `text` parses (every Document invariant holding) into exactly the
// sentences `expected`, in order.
void expect_sentences(std::string text, const std::vector<std::string_view>& expected) {
  const Document doc = parse_ok(std::move(text));
  check_invariants(doc);
  std::vector<std::string_view> sentences;
  for (const Sentence& s : doc.sentences) sentences.push_back(doc.slice(s.span));
  CHECK(sentences == expected);
}

// The normalized map's contract on any input.
void check_map(std::string_view input, const NormalizedText& n, std::size_t base = 0) {
  REQUIRE(n.source.size() == n.text.size() + 1);
  REQUIRE(n.source.back() == base + input.size());
  const std::vector<std::size_t> starts = char_starts(input);
  for (std::size_t i = 0; i < n.source.size(); ++i) {
    REQUIRE(n.source[i] >= base);
    REQUIRE(std::binary_search(starts.begin(), starts.end(), n.source[i] - base));
    if (i > 0) REQUIRE(n.source[i - 1] <= n.source[i]);
  }
}

}  // namespace

// ---------------------------------------------------------------- validate_utf8

TEST_CASE("validate_utf8 accepts well-formed text", "[text]") {
  CHECK(validate_utf8("").ok());
  CHECK(validate_utf8("plain ASCII text, long enough for the 8-byte fast path").ok());
  CHECK(validate_utf8("\u00E9\u20AC\U0001F600 \u2019\u201C\u00A0\uFEFF\U0010FFFF\uD7FF\uE000").ok());
  CHECK(validate_utf8(read_corpus("original.txt")).ok());
  CHECK(validate_utf8(read_corpus("retranslated.txt")).ok());
}

TEST_CASE("validate_utf8 rejects ill-formed sequences at their offset", "[text]") {
  struct Case {
    const char* name;
    std::string bad;
  };
  const std::vector<Case> cases = {
      {"overlong 2-byte", "\xC0\xAF"},
      {"overlong C1", "\xC1\xBF"},
      {"overlong 3-byte", "\xE0\x80\xAF"},
      {"overlong 4-byte", "\xF0\x80\x80\xAF"},
      {"surrogate", "\xED\xA0\x80"},
      {"low surrogate", "\xED\xBF\xBF"},
      {"above U+10FFFF", "\xF4\x90\x80\x80"},
      {"F5 lead", "\xF5\x80\x80\x80"},
      {"FF byte", "\xFF"},
      {"stray continuation", "\x80"},
      {"stray continuation BF", "\xBF"},
      {"missing continuation", "\xE2\x82" "A"},
      {"4-byte cut short", "\xF0\x9F\x98" " "},
  };
  // Offsets around the 8-byte fast path's steps.
  for (const Case& c : cases) {
    for (std::size_t prefix : {0u, 1u, 7u, 8u, 9u, 16u, 23u}) {
      const std::string text = std::string(prefix, 'a') + c.bad + " tail \u00E9";
      const auto status = validate_utf8(text);
      INFO(c.name << " after " << prefix << " bytes");
      REQUIRE_FALSE(status.ok());
      CHECK(status.error().code == ErrorCode::kInvalidUtf8);
      REQUIRE(status.error().offset.has_value());
      CHECK(*status.error().offset == prefix);
      CHECK_THAT(status.error().message,
                 Catch::Contains("invalid UTF-8 at byte " + std::to_string(prefix)));
    }
  }
}

TEST_CASE("validate_utf8 reports truncation at the end and after valid text", "[text]") {
  const std::string text = "price \u20AC5 and \xE2\x82";  // E2 82: a euro sign cut short
  const auto status = validate_utf8(text);
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().code == ErrorCode::kInvalidUtf8);
  CHECK(status.error().offset == text.size() - 2);

  const std::string stray = "caf\u00E9\xA9";  // the 2nd continuation after a complete é
  CHECK(validate_utf8(stray).error().offset == stray.size() - 1);
}

TEST_CASE("validate_utf8 reports NUL as binary input", "[text]") {
  for (std::size_t prefix : {0u, 5u, 8u, 13u}) {
    std::string text = std::string(prefix, 'x') + std::string(1, '\0') + "more";
    const auto status = validate_utf8(text);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::kBinaryInput);
    CHECK(status.error().offset == prefix);
  }
}

// ---------------------------------------------------------------- normalize

TEST_CASE("normalize folds case, quotes, spaces and dashes with an exact map", "[text]") {
  const std::string input = "\u201CKyiv\u201D\u00A0\u2014 ABC";
  const NormalizedText n = normalize(input);
  CHECK(n.text == "\"kyiv\" - abc");
  check_map(input, n);
  // Output char -> input char, one by one.
  const std::vector<std::pair<Span, std::string_view>> expected = {
      {{0, 1}, "\u201C"}, {{1, 2}, "K"}, {{5, 6}, "\u201D"}, {{6, 7}, "\u00A0"},
      {{7, 8}, "\u2014"}, {{8, 9}, " "}, {{9, 10}, "A"},   {{11, 12}, "C"},
  };
  for (const auto& [out, in] : expected) {
    const Span src = n.to_source(out);
    CHECK(std::string_view(input).substr(src.start, src.size()) == in);
  }
  // The whole text and an empty span.
  CHECK(n.to_source({0, n.text.size()}) == Span{0, input.size()});
  CHECK(n.to_source({3, 3}) == Span{5, 5});  // before the 'i' of "kyiv"
}

TEST_CASE("normalize round-trips every input character through to_source", "[text]") {
  const std::string input =
      "\u2018It\u2019s\u2019 \u201E\u00DCber\u201C \u00AB\uFB01n\u00BB x\u2212y \u2033 \u2032 "
      "\u2010\u2011\u2013\u2015 A\u2003B\u3000C\u202FD \uFF21\uFF22 \u00BD \U0001F600 \u65E5\u672C";
  const NormalizedText n = normalize(input);
  check_map(input, n);
  const std::vector<std::size_t> starts = char_starts(input);
  for (std::size_t c = 0; c + 1 < starts.size(); ++c) {
    const Span in{starts[c], starts[c + 1]};
    // The output bytes this character produced: all bytes mapped to its start.
    std::size_t first = n.text.size();
    std::size_t last = 0;
    for (std::size_t i = 0; i < n.text.size(); ++i) {
      if (n.source[i] == in.start) {
        first = std::min(first, i);
        last = i + 1;
      }
    }
    INFO("input char " << std::string_view(input).substr(in.start, in.size()));
    REQUIRE(first < last);  // every character here produces output
    CHECK(n.to_source({first, last}) == in);
  }
  CHECK(n.text ==
        "'it's' \"\u00FCber\" \"fin\" x-y \" ' ---- a b c d ab 1\u20442 \U0001F600 \u65E5\u672C");
}

TEST_CASE("normalize maps NFKC expansions and compositions to whole input characters", "[text]") {
  SECTION("ligature fi expands to two bytes from one 3-byte character") {
    const std::string input = "\uFB01ne";  // "ﬁne"
    const NormalizedText n = normalize(input);
    CHECK(n.text == "fine");
    check_map(input, n);
    CHECK(n.to_source({0, 1}) == Span{0, 3});
    CHECK(n.to_source({1, 2}) == Span{0, 3});
    CHECK(n.to_source({0, 2}) == Span{0, 3});
    CHECK(n.to_source({2, 3}) == Span{3, 4});
  }
  SECTION("sharp s case-folds to ss") {
    const NormalizedText n = normalize("Stra\u00DFe");
    CHECK(n.text == "strasse");
    CHECK(n.to_source({4, 5}) == Span{4, 6});
  }
  SECTION("base letter and combining mark compose") {
    const std::string input = "Cafe\u0301!";
    const NormalizedText n = normalize(input);
    CHECK(n.text == "caf\u00E9!");
    check_map(input, n);
    CHECK(n.to_source({3, 5}) == Span{3, 6});  // é <- e + U+0301
    CHECK(n.to_source({5, 6}) == Span{6, 7});
  }
  SECTION("base offset is added") {
    const std::string input = "\u00A0A\uFB01";
    const NormalizedText n = normalize(input, 100);
    CHECK(n.text == " afi");
    check_map(input, n, 100);
    CHECK(n.source.front() == 100);
    CHECK(n.to_source({1, 2}) == Span{102, 103});
    CHECK(n.to_source({2, 4}) == Span{103, 106});
  }
  SECTION("empty input") {
    const NormalizedText n = normalize("", 7);
    CHECK(n.text.empty());
    REQUIRE(n.source.size() == 1);
    CHECK(n.source[0] == 7);
    CHECK(n.to_source({0, 0}) == Span{7, 7});
  }
}

TEST_CASE("normalize keeps a valid map over the whole corpus", "[text]") {
  for (const char* name : {"original.txt", "retranslated.txt"}) {
    const std::string input = read_corpus(name);
    const NormalizedText n = normalize(input);
    check_map(input, n);
    CHECK(n.text.find("\u2019") == std::string::npos);
    CHECK(n.text.find("\u201C") == std::string::npos);
    CHECK(n.text.find("\u00A0") == std::string::npos);
    CHECK(n.text.find("\u2014") == std::string::npos);
  }
}

// ---------------------------------------------------------------- parse_document errors

TEST_CASE("parse_document rejects empty, white-space-only and invalid input", "[text]") {
  for (const std::string text : {std::string(), std::string(" \t\r\n\n"), std::string("\u00A0\u3000\n"),
                                 std::string("\xEF\xBB\xBF"), std::string("\xEF\xBB\xBF \r\n")}) {
    const auto result = parse_document(text);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::kEmptyInput);
    CHECK_THAT(result.error().message, Catch::Contains("empty"));
  }
  const auto invalid = parse_document("Fine text.\nThen \xC0\xAF bad.");
  REQUIRE_FALSE(invalid.ok());
  CHECK(invalid.error().code == ErrorCode::kInvalidUtf8);
  CHECK(invalid.error().offset == 16);

  const auto binary = parse_document(std::string("ab\0cd", 5));
  REQUIRE_FALSE(binary.ok());
  CHECK(binary.error().code == ErrorCode::kBinaryInput);
  CHECK(binary.error().offset == 2);
}

// ---------------------------------------------------------------- corpus segmentation

TEST_CASE("corpus original: sentences, tokens and quotes", "[text]") {
  const Document doc = parse_ok(read_corpus("original.txt"));
  check_invariants(doc);
  CHECK(doc.paragraphs.size() == 23);  // 23 non-blank lines

  // The headline is the first sentence and a paragraph of its own.
  REQUIRE(!doc.sentences.empty());
  CHECK(doc.slice(doc.sentences[0].span) ==
        "State Department wants \u2018digital solidarity\u2019 at center of tech diplomacy");
  CHECK(doc.sentences[0].paragraph == 0);
  CHECK(doc.sentences[1].paragraph == 1);

  // "U.S." does not end the sentence (ICU misses this abbreviation itself).
  const std::size_t lead = find_sentence(doc, "SAN FRANCISCO \u2014\u00A0A U.S. State Department strategy");
  const std::string_view lead_text = doc.slice(doc.sentences[lead].span);
  CHECK(lead_text.find("A U.S. State Department strategy document released Monday said") !=
        std::string_view::npos);
  CHECK(lead_text.ends_with("grow their economies."));  // trailing U+00A0 trimmed
  CHECK(lead == 1);

  // Both sentences of the Blinken paragraph stay apart, the quote ending
  // the first ("North Star.”) included.
  const std::size_t north = find_sentence(doc, "In remarks at the RSA Conference");
  CHECK(doc.slice(doc.sentences[north].span).ends_with("\u201CNorth Star.\u201D"));
  CHECK(doc.slice(doc.sentences[north + 1].span).starts_with("Blinken said that while"));
  CHECK(doc.sentences[north].paragraph == doc.sentences[north + 1].paragraph);

  // Tokens: contractions and possessives stay whole; kinds and flags.
  const Token& washington = doc.tokens[find_token(doc, "Washington\u2019s")];
  CHECK(washington.norm == "washington's");
  CHECK(washington.kind == TokenKind::kWord);
  CHECK(washington.capitalized);
  CHECK_FALSE(washington.quoted);
  CHECK_FALSE(inside_some_quote(doc, washington.span));
  CHECK(doc.tokens[find_token(doc, "it\u2019s")].norm == "it's");
  const std::size_t fifty_four = find_token(doc, "54");
  CHECK(doc.tokens[fifty_four].kind == TokenKind::kNumber);
  CHECK(doc.tokens[fifty_four + 1].kind == TokenKind::kPunct);
  CHECK(doc.slice(doc.tokens[fifty_four + 2].span) == "page");
  CHECK(doc.tokens[find_token(doc, "5G")].kind == TokenKind::kWord);
  CHECK(doc.tokens[find_token(doc, "\u2014")].norm == "-");
  CHECK(doc.tokens[find_token(doc, "\u2014")].kind == TokenKind::kPunct);
  CHECK_FALSE(doc.tokens[find_token(doc, "strategy")].capitalized);

  // Quotes.
  const Quote* headline = find_quote(doc, "digital solidarity");
  REQUIRE(headline != nullptr);
  CHECK(doc.slice(headline->span) == "\u2018digital solidarity\u2019");
  CHECK(headline->tokens.size() == 2);

  const Quote* sui = find_quote(doc, "sui generis");
  REQUIRE(sui != nullptr);
  CHECK(doc.slice(sui->span) == "\u201Csui generis\u201D");
  REQUIRE(sui->tokens.size() == 2);
  CHECK(doc.tokens[sui->tokens.begin].norm == "sui");
  CHECK(doc.tokens[sui->tokens.begin].quoted);

  // Nested: only the outer quotation is listed; its inner ‘…’ is not.
  const std::string_view outer =
      "\u2018move fast and break things\u2019 is the literal opposite of what we try to do at the "
      "State Department,";
  const Quote* blinken = find_quote(doc, outer);
  REQUIRE(blinken != nullptr);
  CHECK(find_quote(doc, "move fast and break things") == nullptr);
  CHECK(doc.tokens[find_token(doc, "move")].quoted);
  CHECK(doc.tokens[find_token(doc, "opposite")].quoted);
  CHECK(doc.tokens[blinken->tokens.begin].norm == "'");  // the inner mark, inside the outer quote
  CHECK_FALSE(doc.tokens[blinken->tokens.begin - 1].quoted);
  CHECK_FALSE(doc.tokens[blinken->tokens.end].quoted);
  CHECK_FALSE(doc.tokens[blinken->tokens.end + 1].quoted);  // "technology"

  // Plural possessives are apostrophes, not closing quotes.
  const std::size_t states = find_sentence(doc, "Open internet advocates");
  const Token& states_mark = doc.tokens[find_token(doc, "\u2019", doc.sentences[states].tokens.begin)];
  CHECK_FALSE(inside_some_quote(doc, states_mark.span));
  CHECK_FALSE(doc.tokens[find_token(doc, "commitment", doc.sentences[states].tokens.begin)].quoted);

  CHECK(doc.quotes.size() == 12);
  for (const Quote& q : doc.quotes) {
    CHECK(doc.sentences[doc.tokens[q.tokens.begin].sentence].paragraph ==
          doc.sentences[doc.tokens[q.tokens.end].sentence].paragraph);
  }
}

TEST_CASE("corpus retranslated: sentences, straight quotes and apostrophes", "[text]") {
  const Document doc = parse_ok(read_corpus("retranslated.txt"));
  check_invariants(doc);
  CHECK(doc.paragraphs.size() == 18);
  const std::size_t first = find_sentence(doc, "San Francisco \u2013 The Biden administration");
  CHECK(first == 0);
  CHECK(doc.slice(doc.sentences[0].span).ends_with("according to a U.S. State Department strategy "
                                                   "document released on Monday."));
  CHECK(doc.slice(doc.sentences.back().span) == "I learned.''");

  // “'moving fast and breaking things' is ... Department,”: straight single
  // quotes nested in curly double quotes.
  const Quote* outer = find_quote(
      doc, "'moving fast and breaking things' is literally the opposite of what we're trying to do at "
           "the State Department,");
  REQUIRE(outer != nullptr);
  CHECK(doc.tokens[find_token(doc, "moving")].quoted);
  CHECK(doc.tokens[find_token(doc, "we're")].quoted);
  // "other countries' cyber security": possessive after the quote closed.
  const std::size_t countries = find_token(doc, "countries", outer->tokens.end);
  CHECK(doc.slice(doc.tokens[countries + 1].span) == "'");
  CHECK_FALSE(doc.tokens[countries].quoted);
  CHECK_FALSE(doc.tokens[countries + 2].quoted);  // "cyber"
  // The two straight quotes at the very end open nothing.
  CHECK_FALSE(inside_some_quote(doc, doc.sentences.back().span));

  REQUIRE(find_quote(doc, "general") != nullptr);
  CHECK(doc.quotes.size() == 11);
}

TEST_CASE("BOM and CRLF or CR line ends give the same sentences", "[text]") {
  const std::string plain = read_corpus("original.txt");
  const Document a = parse_ok(plain);

  for (const std::string ending : {"\r\n", "\r"}) {
    std::string converted = "\xEF\xBB\xBF";
    for (char c : plain) {
      if (c == '\n') {
        converted += ending;
      } else {
        converted += c;
      }
    }
    const Document b = parse_ok(converted);
    check_invariants(b);
    REQUIRE(b.sentences.size() == a.sentences.size());
    REQUIRE(b.paragraphs.size() == a.paragraphs.size());
    REQUIRE(b.tokens.size() == a.tokens.size());
    // Offsets shift by the BOM plus one byte per earlier line end (CRLF).
    const auto lines_before = [&](std::size_t offset) {
      return static_cast<std::size_t>(std::count(plain.begin(), plain.begin() + offset, '\n'));
    };
    const std::size_t extra = ending.size() - 1;
    for (std::size_t i = 0; i < a.sentences.size(); ++i) {
      CHECK(b.slice(b.sentences[i].span) == a.slice(a.sentences[i].span));
      CHECK(b.sentences[i].span.start == a.sentences[i].span.start + 3 + extra * lines_before(a.sentences[i].span.start));
      CHECK(b.sentences[i].paragraph == a.sentences[i].paragraph);
    }
    CHECK(b.quotes.size() == a.quotes.size());
    CHECK(b.word_count == a.word_count);
    CHECK(b.paragraphs[0].start == 3);
  }
}

// ---------------------------------------------------------------- small inputs

TEST_CASE("sentence_per_line keeps one sentence per line, blank lines included", "[text]") {
  TextOptions options;
  options.sentence_per_line = true;
  const std::string text = "First line. Still line 0.\n\nThird line.\r\n \u00A0 \nU.S. officials\n";
  const Document doc = parse_ok(text, options);
  check_invariants(doc, true);
  REQUIRE(doc.sentences.size() == 5);  // the final newline adds no line
  CHECK(doc.slice(doc.sentences[0].span) == "First line. Still line 0.");
  CHECK(doc.sentences[1].span == Span{26, 26});
  CHECK(doc.slice(doc.sentences[2].span) == "Third line.");
  CHECK(doc.sentences[3].span.empty());
  CHECK(doc.sentences[3].span.start == text.find(" \u00A0"));
  CHECK(doc.slice(doc.sentences[4].span) == "U.S. officials");
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) CHECK(doc.sentences[i].id == i);
  CHECK(doc.sentences[1].tokens.empty());
  CHECK(doc.paragraphs.size() == 3);
  CHECK(doc.sentences[2].paragraph == 1);
  CHECK(doc.sentences[4].paragraph == 2);

  // Leading blank line, no final newline.
  const Document lead = parse_ok("\nOnly line", options);
  check_invariants(lead, true);
  REQUIRE(lead.sentences.size() == 2);
  CHECK(lead.sentences[0].span == Span{0, 0});
  CHECK(lead.slice(lead.sentences[1].span) == "Only line");

  // Two trailing newlines: one blank line at the end.
  CHECK(parse_ok("a\nb\n\n", options).sentences.size() == 3);
}

TEST_CASE("each line is a paragraph, sentences never cross line breaks", "[text]") {
  const Document doc = parse_ok("  Title without a period\nOne. Two!\n\n\nThree? \u00A0 Four\n");
  check_invariants(doc);
  REQUIRE(doc.paragraphs.size() == 3);
  REQUIRE(doc.sentences.size() == 5);
  CHECK(doc.slice(doc.paragraphs[0]) == "Title without a period");
  CHECK(doc.slice(doc.sentences[1].span) == "One.");
  CHECK(doc.slice(doc.sentences[2].span) == "Two!");
  CHECK(doc.slice(doc.sentences[3].span) == "Three?");
  CHECK(doc.slice(doc.sentences[4].span) == "Four");
  CHECK(doc.sentences[4].paragraph == 2);
}

TEST_CASE("abbreviation exceptions follow the locale option", "[text]") {
  const std::string text = "Mr. Smith met U.S. officials. The U.S. State Department agreed.";
  const Document standard = parse_ok(text);
  check_invariants(standard);
  CHECK(standard.sentences.size() == 2);

  TextOptions plain;
  plain.locale = "en";  // no "@ss=standard": ICU breaks after every abbreviation
  const Document split = parse_ok(text, plain);
  check_invariants(split);
  CHECK(split.sentences.size() == 4);
}

TEST_CASE("titles before a name do not end an English sentence", "[text]") {
  const Document doc = parse_ok("Dr. Jane Smith met Gov. Newsom and Sen. Lee. They agreed. It is on Main St. Go there.");
  check_invariants(doc);
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.slice(doc.sentences[0].span) == "Dr. Jane Smith met Gov. Newsom and Sen. Lee.");
  CHECK(doc.slice(doc.sentences[2].span) == "It is on Main St.");  // "St." may be "Street": a sentence may end there
  // Only with the abbreviation exceptions on, as for CLDR's own.
  TextOptions plain;
  plain.locale = "en";
  CHECK(parse_ok("Dr. Jane Smith agreed.", plain).sentences.size() == 2);
}

TEST_CASE("middle initials, tickers and times before their zone do not end an English sentence", "[text]") {
  expect_sentences(
      "He met President George W. Bush on Monday. The Dow Jones industrial average .DJI fell 28 points. "
      "The Nasdaq Composite Index <.IXIC> rose 6 points. The contest ended at 7 p.m. EST Sunday. "
      "He was joined by Chief Justice William H. Rehnquist. We met at 7 p.m. Then it rained. "
      "Vans may enter before 10 a.m. Shop owners had warned. At 11 a.m. (1500 GMT), the note was up.",
      {"He met President George W. Bush on Monday.",
       "The Dow Jones industrial average .DJI fell 28 points.",
       "The Nasdaq Composite Index <.IXIC> rose 6 points.",
       "The contest ended at 7 p.m. EST Sunday.",
       "He was joined by Chief Justice William H. Rehnquist.",
       "We met at 7 p.m.",
       "Then it rained.",
       "Vans may enter before 10 a.m.",
       "Shop owners had warned.",
       "At 11 a.m. (1500 GMT), the note was up."});
}

TEST_CASE("two initials in a row do not end an English sentence", "[text]") {
  expect_sentences(
      "The manuscript was seen in 1883 by C. R. Gregory. The books of J. K. Rowling sold well. "
      "Sales rose. Prices fell.",
      {"The manuscript was seen in 1883 by C. R. Gregory.",
       "The books of J. K. Rowling sold well.", "Sales rose.",
       "Prices fell."});
}

TEST_CASE("an abbreviation before a number does not end an English sentence", "[text]") {
  expect_sentences(
      "They were tried in the No. 1 Intermediate Court. The case is Madigan v. Telemarketing Associates, No. "
      "01-1806. See Vol. 3, Fig. 2 and pp. 10-12.",
      {"They were tried in the No. 1 Intermediate Court.",
       "The case is Madigan v. Telemarketing Associates, No. 01-1806.",
       "See Vol. 3, Fig. 2 and pp. 10-12."});
}

TEST_CASE("token kinds, norms and capitalization", "[text]") {
  const Document doc = parse_ok("In 2024, 1,000 people paid $3.5 for 5G \U0001F642! It\u2019s 54-page \uFB01ne.");
  check_invariants(doc);
  std::vector<std::string> texts;
  for (const Token& t : doc.tokens) texts.emplace_back(doc.slice(t.span));
  CHECK(texts == std::vector<std::string>{"In", "2024", ",", "1,000", "people", "paid", "$", "3.5", "for",
                                          "5G", "\U0001F642", "!", "It\u2019s", "54", "-", "page",
                                          "\uFB01ne", "."});
  const auto kind = [&](std::string_view s) { return doc.tokens[find_token(doc, s)].kind; };
  CHECK(kind("In") == TokenKind::kWord);
  CHECK(kind("2024") == TokenKind::kNumber);
  CHECK(kind("1,000") == TokenKind::kNumber);
  CHECK(kind("3.5") == TokenKind::kNumber);
  CHECK(kind(",") == TokenKind::kPunct);
  CHECK(kind("$") == TokenKind::kSymbol);
  CHECK(kind("\U0001F642") == TokenKind::kSymbol);
  CHECK(kind("5G") == TokenKind::kWord);
  CHECK(doc.tokens[find_token(doc, "It\u2019s")].norm == "it's");
  CHECK(doc.tokens[find_token(doc, "It\u2019s")].capitalized);
  CHECK(doc.tokens[find_token(doc, "\uFB01ne")].norm == "fine");
  CHECK_FALSE(doc.tokens[find_token(doc, "people")].capitalized);
  CHECK_FALSE(doc.tokens[find_token(doc, "2024")].capitalized);
  CHECK(doc.word_count == 12);
  CHECK(doc.sentences.size() == 2);
}

TEST_CASE("dotted abbreviations keep their final period", "[text]") {
  const Document doc = parse_ok("The U.S. response came from a Ph.D. in D.C. on Monday, e.g. at 3.5. "
                                "See www.example.com. He lives in the U.S.");
  check_invariants(doc);
  std::vector<std::string> texts;
  for (const Token& t : doc.tokens) texts.emplace_back(doc.slice(t.span));
  CHECK(texts == std::vector<std::string>{"The", "U.S.", "response", "came", "from", "a", "Ph.D.", "in",
                                          "D.C.", "on", "Monday", ",", "e.g.", "at", "3.5", ".", "See",
                                          "www.example.com", ".", "He", "lives", "in", "the", "U.S."});
  const Token& us = doc.tokens[1];
  CHECK(us.kind == TokenKind::kWord);
  CHECK(us.norm == "u.s.");
  CHECK(us.capitalized);
  // Sentences still end where ICU and the abbreviation list say.
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.slice(doc.sentences[2].span) == "He lives in the U.S.");
}

TEST_CASE("quotation marks of several styles", "[text]") {
  SECTION("straight double quotes toggle") {
    const Document doc = parse_ok("He said \"yes\" and then \"no, never\".");
    check_invariants(doc);
    REQUIRE(doc.quotes.size() == 2);
    CHECK(doc.slice(doc.quotes[0].inner) == "yes");
    CHECK(doc.slice(doc.quotes[1].inner) == "no, never");
  }
  SECTION("unbalanced marks make no quote") {
    const Document doc = parse_ok("He said \u201Cyes. Then he left.\nShe said \"maybe.\nIt\u2019s ok\u201D.");
    check_invariants(doc);
    CHECK(doc.quotes.empty());
    for (const Token& t : doc.tokens) CHECK_FALSE(t.quoted);
  }
  SECTION("a quotation spans sentences but not paragraphs") {
    const Document doc = parse_ok("\u201CWe came. We saw.\u201D he said.\n\u201COpen\nclosed\u201D");
    check_invariants(doc);
    REQUIRE(doc.quotes.size() == 1);
    CHECK(doc.slice(doc.quotes[0].inner) == "We came. We saw.");
    CHECK(doc.sentences.size() >= 3);
    CHECK(doc.tokens[doc.quotes[0].tokens.begin].sentence != doc.tokens[doc.quotes[0].tokens.end - 1].sentence);
  }
  SECTION("guillemets, German and CJK quotes") {
    const Document doc = parse_ok("\u00ABBonjour\u00BB, \u201EHallo\u201C und \u201AServus\u2018 \u300C\u3053\u3093\u306B\u3061\u306F\u300D");
    check_invariants(doc);
    REQUIRE(doc.quotes.size() == 4);
    CHECK(doc.slice(doc.quotes[0].inner) == "Bonjour");
    CHECK(doc.slice(doc.quotes[1].inner) == "Hallo");
    CHECK(doc.slice(doc.quotes[2].inner) == "Servus");
    CHECK(doc.slice(doc.quotes[3].inner) == "\u3053\u3093\u306B\u3061\u306F");
  }
  SECTION("straight single quotes versus apostrophes and primes") {
    const Document doc = parse_ok("'Hi,' she said to the states' envoy. He is 6' 2\" tall and said \"rock'n'roll\".");
    check_invariants(doc);
    REQUIRE(doc.quotes.size() == 2);
    CHECK(doc.slice(doc.quotes[0].inner) == "Hi,");
    CHECK(doc.slice(doc.quotes[1].inner) == "rock'n'roll");
    CHECK_FALSE(doc.tokens[find_token(doc, "envoy")].quoted);
  }
  SECTION("typewriter and treebank marks: ``...'' and ''...'', each of two characters") {
    const Document doc = parse_ok(
        "He used a ``peculiar slipknot'' and wanted ''to see it,'' he said. \"We'll build,'' he vowed. "
        "He learned.'' Then 'twas over.");
    check_invariants(doc);
    REQUIRE(doc.quotes.size() == 3);
    CHECK(doc.slice(doc.quotes[0].inner) == "peculiar slipknot");
    CHECK(doc.slice(doc.quotes[0].span) == "``peculiar slipknot''");
    CHECK(doc.slice(doc.quotes[1].inner) == "to see it,");
    CHECK(doc.slice(doc.quotes[2].inner) == "We'll build,");
    CHECK(doc.tokens[find_token(doc, "slipknot")].quoted);
    CHECK_FALSE(doc.tokens[find_token(doc, "learned")].quoted);
    // Tokenized text: spaces inside the marks.
    const Document spaced = parse_ok("In the series '' Dead Gorgeous '' and `` Air '' , she played Hazel .");
    check_invariants(spaced);
    REQUIRE(spaced.quotes.size() == 2);
    CHECK(spaced.slice(spaced.quotes[0].inner) == " Dead Gorgeous ");
    CHECK(spaced.slice(spaced.quotes[1].inner) == " Air ");
  }
  SECTION("elisions and plural possessives with no opening mark") {
    const Document doc = parse_ok("The \u201990s were the states\u2019 era of the \u2019net. \u2018Quoted\u2019 here.");
    check_invariants(doc);
    // ’ after a space closes nothing; after "states" no ‘ is open.
    REQUIRE(doc.quotes.size() == 1);
    CHECK(doc.slice(doc.quotes[0].inner) == "Quoted");
    CHECK_FALSE(doc.tokens[find_token(doc, "era")].quoted);
  }
}

TEST_CASE("non-Latin scripts and emoji segment without trouble", "[text]") {
  const std::string text =
      "\u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8\u3067\u3059\u3002\u3053\u308C\u306F\u4E8C\u6587\u76EE"
      "\u3067\u3059\u3002\n"
      "\U0001F44D\U0001F3FD Emoji \U0001F468\u200D\U0001F469\u200D\U0001F467 family\u200B! \u2764\uFE0F\n"
      "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645. \u041F\u0440\u0438\u0432\u0435\u0442, "
      "\u043C\u0438\u0440! \u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35\u0E04\u0E23\u0E31\u0E1A";
  const Document doc = parse_ok(text);
  check_invariants(doc);
  CHECK(doc.paragraphs.size() == 3);
  CHECK(doc.slice(doc.sentences[0].span) ==
        "\u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8\u3067\u3059\u3002");
  CHECK(doc.sentences[1].paragraph == 0);
  CHECK(doc.tokens[find_token(doc, "\u65E5\u672C\u8A9E")].kind == TokenKind::kWord);
  CHECK(doc.tokens[find_token(doc, "\U0001F44D\U0001F3FD")].kind == TokenKind::kSymbol);
  CHECK(doc.tokens[find_token(doc, "\U0001F468\u200D\U0001F469\u200D\U0001F467")].kind == TokenKind::kSymbol);
  CHECK(doc.tokens[find_token(doc, "\u041F\u0440\u0438\u0432\u0435\u0442")].capitalized);
  CHECK(doc.tokens[find_token(doc, "\u041F\u0440\u0438\u0432\u0435\u0442")].norm ==
        "\u043F\u0440\u0438\u0432\u0435\u0442");
}

// ---------------------------------------------------------------- properties on generated input

TEST_CASE("validate_utf8 on random bytes: the prefix before the offset is valid", "[text]") {
  std::uint32_t state = 12345;
  const auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 24;
  };
  // Bytes biased toward UTF-8 structure: ASCII, lead bytes, continuations.
  const std::vector<unsigned char> pool = {'a', ' ', 'Z', 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2,
                                           0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const std::size_t length = 1 + next() % 24;
    for (std::size_t i = 0; i < length; ++i) text += static_cast<char>(pool[next() % pool.size()]);
    const auto status = validate_utf8(text);
    if (status.ok()) {
      CHECK(normalize(text).source.size() == normalize(text).text.size() + 1);
      continue;
    }
    INFO("round " << round);
    REQUIRE(status.error().offset.has_value());
    const std::size_t offset = *status.error().offset;
    REQUIRE(offset < text.size());
    CHECK(validate_utf8(std::string_view(text).substr(0, offset)).ok());
    const auto rest = validate_utf8(std::string_view(text).substr(offset));
    REQUIRE_FALSE(rest.ok());
    CHECK(rest.error().offset == 0);
    // normalize() accepts anything and still maps every byte.
    const NormalizedText n = normalize(text);
    REQUIRE(n.source.size() == n.text.size() + 1);
    CHECK(n.source.back() == text.size());
  }
}

TEST_CASE("parse_document on random mixes of tricky characters keeps its invariants", "[text]") {
  const std::vector<std::string> pieces = {
      "word", "Word", "U.S.", "Mr.", ". ", "! ", "? ", " ", "  ", "\n", "\r\n", "\r", "\n\n", "\u00A0",
      "\u3000", "\u2019", "\u2018", "\u201C", "\u201D", "\"", "'", "\u00AB", "\u00BB", "\u201E", "-", "\u2014",
      "e\u0301", "\uFB01", "\U0001F600", "\u200D", "\u200B", "\uFEFF", "42", "3.5", "\u65E5\u672C", "\u3002",
      ",", "(", ")", "it\u2019s", "states\u2019 "};
  std::uint32_t state = 987654321;
  const auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 16;
  };
  for (int round = 0; round < 400; ++round) {
    std::string text = round % 7 == 0 ? "\xEF\xBB\xBF" : "";
    const std::size_t length = 1 + next() % 40;
    for (std::size_t i = 0; i < length; ++i) text += pieces[next() % pieces.size()];
    INFO("round " << round << ": " << text);
    for (bool per_line : {false, true}) {
      TextOptions options;
      options.sentence_per_line = per_line;
      const auto result = parse_document(text, options);
      if (!result.ok()) {
        CHECK(result.error().code == ErrorCode::kEmptyInput);
        continue;
      }
      check_invariants(*result, per_line);
    }
  }
}

namespace {

// The ASCII word segments (transdrift::text_detail::ascii_word_segments) against ICU's
// word break iterator on `s`; non-ASCII text must be declined.
void check_ascii_segments(transdrift::text_detail::WordTokenizer& icu, const std::string& s) {
  std::vector<transdrift::text_detail::WordSegment> fast, slow;
  const bool ascii = std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  INFO("text: " << s);
  REQUIRE(transdrift::text_detail::ascii_word_segments(s, fast) == ascii);
  if (!ascii) return;
  icu.icu_word_segments(icu::UnicodeString::fromUTF8(s), slow);
  REQUIRE(fast == slow);  // begin, end and rule status of every segment
  // And the tokens made from them (spans, norms, kinds, capitalization).
  const auto text = transdrift::text_detail::to_utf16(s, 0);
  const transdrift::text_detail::Utf16Range range{0, text.text.length()};
  std::vector<Token> from_table, from_icu;
  icu.tokenize(s, text, range, 7, from_table);
  icu.set_icu_only(true);
  icu.tokenize(s, text, range, 7, from_icu);
  icu.set_icu_only(false);
  const auto same = [](const Token& x, const Token& y) {
    return x.span.start == y.span.start && x.span.end == y.span.end && x.norm == y.norm && x.kind == y.kind &&
           x.sentence == y.sentence && x.capitalized == y.capitalized && x.quoted == y.quoted;
  };
  REQUIRE(std::equal(from_table.begin(), from_table.end(), from_icu.begin(), from_icu.end(), same));
}

}  // namespace

TEST_CASE("ASCII word segments and tokens equal ICU's on tricky strings", "[text]") {
  auto icu = transdrift::text_detail::WordTokenizer::create("en");
  REQUIRE(icu.ok());
  const std::vector<std::string> cases = {
      "A man is playing a guitar.", "U.S. and U.K.", "e.g. i.e. Ph.D.", "It's the dogs' bone.", "don't", "rock'n'roll",
      "1,000,000 and 3.14 and 1;2 and 1:2 and 1'000", "1..2 1,,2 1.a a.1 a.b.c a1.2 1a,2", "x_1_y _ __ 1_ _1 1__ a__ _a",
      "$5 5% #1 @home user@example.com a@b", "a:b 10:30 a-b well-known -5 +3", "\"quoted\" 'single' (paren) [x] {y}",
      "tab\there", "line\nend", "cr\r\nlf", "cr\ronly", "vt\vff\f", "  leading and trailing  ", "multiple   spaces",
      "A.B.C.D.", "...", "?!", "--", "a--b", "9/11 24/7 1/2", "3rd 21st 1990s '90s", "C++ C# .NET", "~`^|\\<>=",
      "\x01\x02\x1f\x7f", "@", "@@ a@", "x@1", "1@x",
      // Not ASCII: ICU's path (curly quotes, no-break space, dashes, separators, emoji, combining marks).
      "It\u2019s \u201Cquoted\u201D", "100\u00A0km", "a\u2014b \u2013 c", "1\u202F000 1\u2009000", "caf\u00E9",
      "cafe\u0301", "\U0001F600 smile", "\u00BD", "na\u00EFve", "\u0661\u0662", "\uFB01nd"};
  for (const std::string& s : cases) check_ascii_segments(*icu, s);
}

TEST_CASE("ASCII word segments and tokens equal ICU's on random ASCII strings", "[text]") {
  auto icu = transdrift::text_detail::WordTokenizer::create("en");
  REQUIRE(icu.ok());
  // Word characters and their joiners often, every other ASCII character too.
  std::string alphabet = "aZ19_.',;:@ aZ19_.',;:@ ";
  for (int c = 1; c < 128; ++c) alphabet += static_cast<char>(c);
  std::uint32_t state = 12345;
  const auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const std::size_t length = 1 + next() % 16;
    for (std::size_t i = 0; i < length; ++i) s += alphabet[next() % alphabet.size()];
    check_ascii_segments(*icu, s);
  }
}

TEST_CASE("ASCII word segments and tokens equal ICU's on every STS-B and MRPC sentence", "[text][data]") {
  auto icu = transdrift::text_detail::WordTokenizer::create("en");
  REQUIRE(icu.ok());
  std::size_t sentences = 0;
  for (const char* name : {"stsb/dev.tsv", "stsb/train.tsv", "mrpc/train.tsv"}) {
    std::ifstream in(std::string(TRANSDRIFT_SOURCE_DIR) + "/../shared/data/" + name);
    if (!in) {
      WARN("SKIPPED: ../shared/data/" << name << " not found");
      continue;
    }
    std::string line;
    while (std::getline(in, line)) {
      std::stringstream fields(line);
      std::string field;
      while (std::getline(fields, field, '\t')) {
        check_ascii_segments(*icu, field);
        ++sentences;
      }
    }
  }
  INFO(sentences << " fields");
}
