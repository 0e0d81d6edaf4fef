// Markdown inputs: CommonMark parsed with cmark; the visible text is the
// literal text of the inline nodes, each character located in the input by
// scanning forward from the block's start (cmark keeps block source
// positions; inline literals are unescaped and entity-decoded, so the scan
// accepts "\*" for "*" and "&amp;" for "&").
#include <cmark.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "text/markup_common.hpp"

namespace transdrift::text_detail {
namespace {

class MarkdownScanner {
 public:
  MarkdownScanner(std::string_view bytes, std::size_t body, VisibleText& out)
      : src_(bytes), out_(out), cursor_(body) {
    line_start_.push_back(body);
    // Lines as cmark numbers them: "\r\n", "\n" and a lone "\r" each end one.
    for (std::size_t i = body; i < src_.size(); ++i) {
      if (src_[i] == '\n' || (src_[i] == '\r' && (i + 1 == src_.size() || src_[i + 1] != '\n')))
        line_start_.push_back(i + 1);
    }
  }

  // Byte offset of cmark's 1-based line and byte column.
  std::size_t offset_of(int line, int column) const {
    if (line <= 0) return cursor_;
    const auto l = static_cast<std::size_t>(line - 1);
    if (l >= line_start_.size()) return src_.size();
    const std::size_t at = line_start_[l] + static_cast<std::size_t>(column > 0 ? column - 1 : 0);
    return std::min(at, src_.size());
  }

  void enter_block(cmark_node* node) {
    leave_tab();
    pending_ = {};
    const std::size_t start = offset_of(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
    if (start > cursor_) cursor_ = start;
    const int end_line = cmark_node_get_end_line(node);
    limit_ = end_line > 0 ? std::min(src_.size(), offset_of(end_line + 1, 1)) : src_.size();
    if (limit_ < cursor_) limit_ = src_.size();
  }

  void end_block() { out_.paragraph_break(cursor_); }

  // A fenced code block starts at its opening fence, which is not part of
  // its literal: the scan starts on the next line. A line that only looks
  // like a fence (indented code "    ```x") is the literal's first line.
  void skip_opening_fence(std::string_view literal) {
    const std::size_t p = cursor_;
    if (p >= limit_ || (src_[p] != '`' && src_[p] != '~')) return;
    std::size_t run = p;
    while (run < limit_ && src_[run] == src_[p]) ++run;
    if (run - p < 3) return;
    std::size_t eol = p;
    while (eol < limit_ && src_[eol] != '\n' && src_[eol] != '\r') ++eol;
    const std::string_view line = src_.substr(p, eol - p);
    if (literal.substr(0, line.size()) == line &&
        (literal.size() == line.size() || literal[line.size()] == '\n'))
      return;
    cursor_ = eol;
    find_newline();
  }

  // A literal: each character found in the input. Text is unescaped and
  // entity-decoded by cmark; code (`verbatim`) is not.
  void literal(std::string_view text, bool keep_newlines, bool verbatim) {
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t n = std::min(utf8_length(static_cast<unsigned char>(text[i])), text.size() - i);
      const std::string_view ch = text.substr(i, n);
      i += n;
      // In text a line end can only be a character reference (&#10;): found
      // as any other character. In code it is a line end of the input.
      if (ch == "\n" && (keep_newlines || verbatim)) {
        leave_tab();
        pending_ = {};
        const std::size_t at = find_newline();
        if (keep_newlines) out_.paragraph_break(at);
        else out_.space(at, cursor_);
        continue;
      }
      locate(ch, verbatim);
    }
  }

  // A soft or hard line break: the next line end in the input.
  void line_break() {
    leave_tab();
    pending_ = {};
    const std::size_t at = find_newline();
    out_.space(at, cursor_);
  }

 private:
  std::size_t find_newline() {
    for (std::size_t p = cursor_; p < limit_; ++p) {
      if (src_[p] == '\n' || src_[p] == '\r') {
        const std::size_t len = (src_[p] == '\r' && p + 1 < src_.size() && src_[p + 1] == '\n') ? 2 : 1;
        cursor_ = p + len;
        return p;
      }
    }
    return cursor_;
  }

  // A tab cmark expanded into spaces stays under the cursor while spaces
  // come from it; anything else goes on after it.
  void leave_tab() {
    if (in_tab_) ++cursor_;
    in_tab_ = false;
  }

  // What cmark decodes the character reference src_[p, e) to (&amp; &#38;
  // &eacute; &ngE; ...); empty if it is not one (then it is text as it is).
  const std::string& decoded_reference(std::size_t p, std::size_t e) {
    const std::string ref(src_.substr(p, e - p));
    auto it = references_.find(ref);
    if (it != references_.end()) return it->second;
    std::string value;
    // cmark's own decoder, on the reference alone: a paragraph of one text node.
    std::unique_ptr<cmark_node, void (*)(cmark_node*)> doc(cmark_parse_document(ref.data(), ref.size(), 0),
                                                            cmark_node_free);
    cmark_node* para = doc ? cmark_node_first_child(doc.get()) : nullptr;
    cmark_node* text = para ? cmark_node_first_child(para) : nullptr;
    if (text != nullptr && cmark_node_get_type(text) == CMARK_NODE_TEXT && cmark_node_next(text) == nullptr) {
      const char* lit = cmark_node_get_literal(text);
      if (lit != nullptr && ref != lit) value = lit;
    }
    return references_.emplace(ref, std::move(value)).first->second;
  }

  // End of a character reference at src_[p] that cmark decodes to text
  // starting with `ch` (the rest, if any, is left in pending_), or 0.
  std::size_t reference_at(std::size_t p, std::string_view ch) {
    if (src_[p] != '&') return 0;
    std::size_t e = p + 1;
    while (e < limit_ && e - p < 40 && (std::isalnum(static_cast<unsigned char>(src_[e])) || src_[e] == '#')) ++e;
    if (e == p + 1 || e >= limit_ || src_[e] != ';') return 0;
    const std::string& value = decoded_reference(p, e + 1);
    if (value.size() < ch.size() || value.compare(0, ch.size(), ch) != 0) return 0;
    pending_ = std::string_view(value).substr(ch.size());
    pending_from_ = p;
    pending_to_ = e + 1;
    return e + 1;
  }

  void take(std::string_view ch, std::size_t from, std::size_t to) {
    if (ch == "\n" || ch == "\r")  // from a reference: a space, not a paragraph end
      out_.space(from, to);
    else
      out_.add(ch, from, to);
    cursor_ = to;
  }

  void locate(std::string_view ch, bool verbatim) {
    // The second character of a reference that stands for two (&ngE;): the same bytes.
    if (!pending_.empty()) {
      if (pending_.substr(0, ch.size()) == ch) {
        pending_.remove_prefix(ch.size());
        if (ch == "\n" || ch == "\r")
          out_.space(pending_from_, pending_to_);
        else
          out_.add(ch, pending_from_, pending_to_);
        return;
      }
      pending_ = {};
    }
    if (in_tab_) {
      if (ch == " ") {
        out_.add(ch, cursor_, cursor_ + 1);
        return;
      }
      leave_tab();
    }
    for (std::size_t p = cursor_; p < limit_; ++p) {
      if (!verbatim) {
        if (const std::size_t e = reference_at(p, ch)) {
          take(ch, p, e);
          return;
        }
        pending_ = {};
      }
      if (src_.compare(p, ch.size(), ch) == 0) {
        take(ch, p, p + ch.size());
        return;
      }
      // A tab cmark turned into spaces (part of it went to indentation).
      if (ch == " " && src_[p] == '\t') {
        out_.add(ch, p, p + 1);
        cursor_ = p;
        in_tab_ = true;
        return;
      }
      // cmark replaces NUL with U+FFFD.
      if (src_[p] == '\0' && ch == "\xEF\xBF\xBD") {
        take(ch, p, p + 1);
        return;
      }
      // A code span turns each line ending inside it into a space.
      if (verbatim && ch == " " && (src_[p] == '\n' || src_[p] == '\r')) {
        const std::size_t len = (src_[p] == '\r' && p + 1 < src_.size() && src_[p + 1] == '\n') ? 2 : 1;
        take(ch, p, p + len);
        return;
      }
      if (!verbatim && src_[p] == '\\' && src_.compare(p + 1, ch.size(), ch) == 0) {
        take(ch, p, p + 1 + ch.size());
        return;
      }
    }
    // Not found (should not happen): the character is left out rather than
    // given a span of no width.
  }

  std::string_view src_;
  VisibleText& out_;
  std::size_t cursor_;
  std::size_t limit_ = 0;
  std::vector<std::size_t> line_start_;
  bool in_tab_ = false;           // the cursor stands on a tab that gave spaces
  std::string_view pending_;      // rest of the text of the last character reference
  std::size_t pending_from_ = 0, pending_to_ = 0;
  std::map<std::string, std::string> references_;  // decoded character references
};

bool is_block(cmark_node_type t) {
  switch (t) {
    case CMARK_NODE_PARAGRAPH: case CMARK_NODE_HEADING: case CMARK_NODE_CODE_BLOCK: case CMARK_NODE_ITEM:
    case CMARK_NODE_BLOCK_QUOTE: case CMARK_NODE_LIST: case CMARK_NODE_THEMATIC_BREAK: case CMARK_NODE_HTML_BLOCK:
      return true;
    default:
      return false;
  }
}

struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterDeleter {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};

}  // namespace

VisibleText markdown_visible_text(std::string_view bytes, std::size_t body) {
  VisibleText out;
  const std::string_view text = bytes.substr(body);
  std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parse_document(text.data(), text.size(), CMARK_OPT_DEFAULT));
  if (!root) return out;
  MarkdownScanner scan(bytes, body, out);
  std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(root.get()));
  int image_depth = 0;
  for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(it.get());
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_IMAGE) {  // alt text is not shown on the page
      image_depth += ev == CMARK_EVENT_ENTER ? 1 : -1;
      continue;
    }
    if (image_depth > 0) continue;
    if (is_block(type)) {
      if (ev == CMARK_EVENT_ENTER) {
        scan.enter_block(node);
        if (type == CMARK_NODE_CODE_BLOCK) {
          const char* lit = cmark_node_get_literal(node);
          scan.skip_opening_fence(lit ? lit : "");
          if (lit) scan.literal(lit, true, true);
        }
      }
      if (ev == CMARK_EVENT_EXIT || type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_THEMATIC_BREAK ||
          type == CMARK_NODE_HTML_BLOCK)
        scan.end_block();
      continue;
    }
    if (ev != CMARK_EVENT_ENTER) continue;
    switch (type) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE: {
        const char* lit = cmark_node_get_literal(node);
        if (lit) scan.literal(lit, false, type == CMARK_NODE_CODE);
        break;
      }
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        scan.line_break();
        break;
      default:
        break;  // inline HTML, emphasis and link containers: no text of their own
    }
  }
  return out;
}

}  // namespace transdrift::text_detail
