// Tests of the Markdown and HTML readers (parse_document with
// InputFormat::kMarkdown / kHtml): spans slice the visible words out of the
// markup source, character references map to their source bytes, block
// elements end paragraphs, and hidden content (script, style) is not text.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "transdrift/text.hpp"

namespace {

using transdrift::Document;
using transdrift::InputFormat;
using transdrift::parse_document;
using transdrift::TokenKind;

Document parse(std::string_view bytes, InputFormat format) {
  auto doc = parse_document(std::string(bytes), format);
  REQUIRE(doc.ok());
  return std::move(doc).value();
}

// The source bytes of every token, in order.
std::vector<std::string> token_sources(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& t : doc.tokens) out.emplace_back(doc.slice(t.span));
  return out;
}

// The source bytes of every word or number token, in order.
std::vector<std::string> words(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& t : doc.tokens)
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) out.emplace_back(doc.slice(t.span));
  return out;
}

std::vector<std::string> paragraphs(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& p : doc.paragraphs) out.emplace_back(doc.slice(p));
  return out;
}

// Every token has a non-empty span inside the input, in order.
void check_spans(const Document& doc) {
  std::size_t last = 0;
  for (const auto& t : doc.tokens) {
    INFO("token at [" << t.span.start << ", " << t.span.end << ") norm " << t.norm);
    CHECK(t.span.start < t.span.end);
    CHECK(t.span.end <= doc.text.size());
    CHECK(t.span.start >= last);
    last = t.span.end;
  }
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("Markdown spans slice the visible words out of the source", "[markup]") {
  const Document doc = parse("# Title here\n\nSome *emphasised* and **bold** `code` [link text](http://x.org).\n",
                             InputFormat::kMarkdown);
  check_spans(doc);
  CHECK(doc.text == "# Title here\n\nSome *emphasised* and **bold** `code` [link text](http://x.org).\n");
  CHECK(words(doc) == Strings{"Title", "here", "Some", "emphasised", "and", "bold", "code", "link", "text"});
  CHECK(paragraphs(doc).size() == 2);
}

TEST_CASE("Markdown entities and escapes map to their source bytes", "[markup]") {
  const Document doc = parse("Fish &amp; chips, caf&eacute; \\*not emphasis\\*.\n", InputFormat::kMarkdown);
  check_spans(doc);
  const Strings src = token_sources(doc);
  CHECK(std::find(src.begin(), src.end(), "&amp;") != src.end());
  CHECK(std::find(src.begin(), src.end(), "caf&eacute;") != src.end());
  CHECK(words(doc) == Strings{"Fish", "chips", "caf&eacute;", "not", "emphasis"});
}

TEST_CASE("Markdown code spans across a line end and lone CR line ends keep their spans", "[markup]") {
  const Document doc = parse("Some ``\ncode`` here.\rNext line\r\n\r\nLast para.\n", InputFormat::kMarkdown);
  check_spans(doc);
  CHECK(words(doc) == Strings{"Some", "code", "here", "Next", "line", "Last", "para"});
}

TEST_CASE("Markdown code keeps character references and escapes as they are", "[markup]") {
  // cmark decodes &amp; in text but not in code: the scanner took "&amp;" for one '&' there too.
  SECTION("indented code block") {
    const Document doc = parse("    a&amp;b c\n", InputFormat::kMarkdown);
    check_spans(doc);
    CHECK(token_sources(doc) == Strings{"a", "&", "amp", ";", "b", "c"});
  }
  SECTION("code span inside a block quote, escapes outside") {
    const Document doc = parse("> `x&#38;y` and \\*z\\*\n", InputFormat::kMarkdown);
    check_spans(doc);
    CHECK(words(doc) == Strings{"x", "38", "y", "and", "z"});
  }
  SECTION("fenced code: the info string is not code") {
    // The scan started at the opening fence, so "ab" was taken from "aTb".
    const Document doc = parse("```aTb\nab\n```\n", InputFormat::kMarkdown);
    check_spans(doc);
    CHECK(token_sources(doc) == Strings{"ab"});
  }
  SECTION("fenced code with U+FEFF") {
    const Document doc = parse("```\n&amp;\xEF\xBB\xBF x\n```\n", InputFormat::kMarkdown);
    check_spans(doc);
    CHECK(words(doc) == Strings{"amp", "x"});
  }
}

TEST_CASE("Markdown tabs turned into spaces and two-character references keep their spans", "[markup]") {
  SECTION("a tab split between list indentation and code") {
    const Document doc = parse("-\t\ta b\n", InputFormat::kMarkdown);
    check_spans(doc);
    CHECK(token_sources(doc) == Strings{"a", "b"});
  }
  SECTION("&ngE; stands for two characters, &#10; for a line end in text") {
    const Document doc = parse("&ngE; x&#10;y\n", InputFormat::kMarkdown);
    check_spans(doc);
    CHECK(token_sources(doc) == Strings{"&ngE;", "x", "y"});
  }
}

TEST_CASE("Markdown blocks end paragraphs", "[markup]") {
  const Document doc = parse("First paragraph\ncontinues here.\n\n- an item\n- another item\n\n> quoted text\n",
                             InputFormat::kMarkdown);
  check_spans(doc);
  CHECK(paragraphs(doc).size() >= 4);  // the paragraph, both items, the quote
  CHECK(paragraphs(doc).front() == "First paragraph\ncontinues here.");
  for (const auto& s : doc.sentences) CHECK(doc.slice(s.span).find("item\n- another") == std::string_view::npos);
}

TEST_CASE("HTML spans slice the visible words out of the source", "[markup]") {
  const std::string_view html =
      "<!DOCTYPE html><html><head><title>Not text</title></head>"
      "<body><h1>A title</h1><p>Some <em>emphasised</em> and <a href=\"x\">linked</a> words.</p></body></html>";
  const Document doc = parse(html, InputFormat::kHtml);
  check_spans(doc);
  CHECK(doc.text == html);
  CHECK(words(doc) == Strings{"A", "title", "Some", "emphasised", "and", "linked", "words"});
}

TEST_CASE("HTML character references map to their source bytes", "[markup]") {
  const Document doc = parse("<p>Caf&eacute; &amp; bar&#8217;s &#x41;BC &copy 2024 &lt;x&gt;.</p>", InputFormat::kHtml);
  check_spans(doc);
  const Strings w = words(doc);
  CHECK(w == Strings{"Caf&eacute;", "bar&#8217;s", "&#x41;BC", "2024", "x"});
  const Strings src = token_sources(doc);
  CHECK(std::find(src.begin(), src.end(), "&amp;") != src.end());
  CHECK(std::find(src.begin(), src.end(), "&copy") != src.end());
  CHECK(std::find(src.begin(), src.end(), "&lt;") != src.end());
}

TEST_CASE("HTML unknown references keep their source bytes, never empty spans", "[markup]") {
  SECTION("a legacy name prefixing an unknown one: &not + text") {
    // gumbo reads "&notanentity;" as U+00AC then the text "anentity;".
    const Document doc = parse("<p>&notanentity;</p>", InputFormat::kHtml);
    check_spans(doc);
    std::string joined;
    for (const auto& s : token_sources(doc)) joined += s;
    CHECK(joined == "&notanentity;");
    CHECK(token_sources(doc).front().rfind("&not", 0) == 0);
  }
  SECTION("an unknown name stays text as it is") {
    const Document doc = parse("<p>A &foo; B &#; C &unknown</p>", InputFormat::kHtml);
    check_spans(doc);
    CHECK(words(doc) == Strings{"A", "foo", "B", "C", "unknown"});
  }
  SECTION("numeric references without a semicolon end at their digits") {
    const Document doc = parse("<p>x&#65abc y&notin;in;</p>", InputFormat::kHtml);
    check_spans(doc);
    const Strings src = token_sources(doc);
    std::string joined;
    for (const auto& s : src) joined += s;
    CHECK(joined == "x&#65abcy&notin;in;");
  }
}

TEST_CASE("HTML source the tokenizer drops inside text keeps later spans in place", "[markup]") {
  // "</>" is a parse error that gumbo drops: the text node's source holds it, its text does not.
  const Document doc = parse("<p>one </> two&amp;three </>\r\nfour</p>", InputFormat::kHtml);
  check_spans(doc);
  CHECK(words(doc) == Strings{"one", "two", "three", "four"});
}

TEST_CASE("HTML markup dropped inside text never shifts later spans", "[markup]") {
  // gumbo drops a stray "</b>" or "<tr>" in a paragraph, but the text node's source still holds it.
  SECTION("a legacy reference after a dropped end tag (o&gteltr)") {
    const Document doc = parse("<p>a</b>ba o&gteltr", InputFormat::kHtml);
    check_spans(doc);
    CHECK(token_sources(doc) == Strings{"a</b>ba", "o", "&gt", "eltr"});
  }
  SECTION("a literal '<' after a dropped start tag") {
    const Document doc = parse("<p>one<tr>< two</p>", InputFormat::kHtml);
    check_spans(doc);
    CHECK(token_sources(doc) == Strings{"one", "<", "two"});
    CHECK(doc.tokens[1].span.start == 10);
  }
  SECTION("an unknown reference is text, not a match for a '<' looked for after a dropped \"</>\"") {
    const Document doc = parse("<</><<<<<<<<&j;", InputFormat::kHtml);
    check_spans(doc);
    const Strings src = token_sources(doc);
    REQUIRE(src.size() == 12);
    CHECK(src.front() == "<");
    CHECK(doc.tokens.front().span.start == 0);
    CHECK(Strings(src.end() - 3, src.end()) == Strings{"&", "j", ";"});
  }
  SECTION("the '&' of a legacy reference (&gta) is no literal '&' to jump to") {
    const Document doc = parse("<<<</><<<<&g<<<<<<<&gta", InputFormat::kHtml);
    check_spans(doc);
    const Strings src = token_sources(doc);
    REQUIRE(src.size() == 18);
    CHECK(doc.tokens[3].span.start == 6);  // after the dropped "</>"
    CHECK(Strings(src.begin() + 7, src.begin() + 9) == Strings{"&", "g"});
    CHECK(Strings(src.end() - 2, src.end()) == Strings{"&gt", "a"});
  }
  SECTION("a literal '<' never comes from a '<' that opens markup, so no copy inside a dropped tag is taken") {
    // The text "<<<2as+\uFFFDen" stands around a dropped "</>" and again inside the dropped end tag
    // "</a<<<2as+&#0ean>"; the '<' of "</>" is no literal '<', so the text keeps its own bytes.
    const Document doc = parse("<</><<2as+&#0en</a<<<2as+&#0ean>", InputFormat::kHtml);
    check_spans(doc);
    const Strings src = token_sources(doc);
    CHECK(src == Strings{"<", "<", "<", "2as", "+", "&#0", "en"});
    REQUIRE(doc.tokens.size() == 7);
    CHECK(doc.tokens[1].span.start == 4);
    CHECK(doc.tokens.back().span.start == 13);
  }
  SECTION("in raw text and before the end of the input a '<' followed by a letter or '/' is text") {
    const Document xmp = parse("<xmp>a <b </p> c</xmp>", InputFormat::kHtml);
    check_spans(xmp);
    CHECK(token_sources(xmp) == Strings{"a", "<", "b", "<", "/", "p", ">", "c"});
    const Document end = parse("<p>x </", InputFormat::kHtml);
    check_spans(end);
    CHECK(token_sources(end) == Strings{"x", "<", "/"});
  }
  SECTION("a replaced control character and a literal '&' after a dropped \"</>\"") {
    const Document doc = parse("<p>x</>\x1d&y</p>", InputFormat::kHtml);
    check_spans(doc);
    CHECK(token_sources(doc) == Strings{"x", "\x1d", "&", "y"});
  }
}

TEST_CASE("HTML numeric references past U+10FFFF", "[markup]") {
  SECTION("gumbo's overflowing value is not UTF-8: it reads as U+FFFD, the input is not rejected") {
    const Document doc = parse("<p>A &#11111111111 B</p>", InputFormat::kHtml);
    check_spans(doc);
    CHECK(token_sources(doc) == Strings{"A", "&#11111111111", "B"});
    CHECK(doc.tokens[1].norm == "\xEF\xBF\xBD");
  }
  SECTION("the character gumbo swallowed after it is the one left out") {
    // A value that wraps around to -1 is gumbo's "no character": '&' in place of the next character.
    const Document doc = parse("<p>&#xFFFFFFFFrra &#xFFFFFFFFrrrrrrrrrra</p>", InputFormat::kHtml);
    check_spans(doc);
    CHECK(token_sources(doc) == Strings{"&#xFFFFFFFFr", "ra", "&#xFFFFFFFFr", "rrrrrrrrra"});
  }
  SECTION("a character after it is not looked for inside its digits") {
    // gumbo may swallow the character after such a reference; the hex digits "eee" are not text.
    const Document doc = parse("<p>A &#xD8eeeeeeeeeeeeeem eB</p>", InputFormat::kHtml);
    check_spans(doc);
    CHECK(token_sources(doc) == Strings{"A", "&#xD8eeeeeeeeeeeeee", "m", "eB"});
  }
}

TEST_CASE("HTML references that stand for two characters keep one span", "[markup]") {
  const Document doc = parse("<p>a &nvlt;x &fjlig;ord</p>", InputFormat::kHtml);
  check_spans(doc);
  CHECK(token_sources(doc) == Strings{"a", "&nvlt;", "x", "&fjlig;ord"});
}

TEST_CASE("HTML text moved by the parser stays in source order", "[markup]") {
  // Text inside a table but outside a cell goes before the table in the DOM.
  const Document doc = parse("<p>Before.</p><table><tr><td>cell</td></tr>loose text<tr><td>last</td></tr></table>",
                             InputFormat::kHtml);
  check_spans(doc);
  CHECK(words(doc) == Strings{"Before", "cell", "loose", "text", "last"});
}

TEST_CASE("HTML block elements end paragraphs", "[markup]") {
  const Document doc =
      parse("<div>One block</div><p>Two <b>bold</b> block</p><ul><li>three</li><li>four</li></ul>two<br>lines",
            InputFormat::kHtml);
  check_spans(doc);
  CHECK(paragraphs(doc) == Strings{"One block", "Two <b>bold</b> block", "three", "four", "two", "lines"});
}

TEST_CASE("HTML script, style and head content is not text", "[markup]") {
  const Document doc = parse(
      "<html><head><style>p { color: red }</style><script>var hidden = 1;</script></head>"
      "<body><p>Visible words.</p><script>alsoHidden();</script><noscript>nope</noscript></body></html>",
      InputFormat::kHtml);
  check_spans(doc);
  CHECK(words(doc) == Strings{"Visible", "words"});
  CHECK(parse_document("<script>only code</script><style>x{}</style>", InputFormat::kHtml).error().code ==
        transdrift::ErrorCode::kEmptyInput);
}
