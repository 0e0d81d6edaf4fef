// Markdown inputs: CommonMark parsed with cmark; the visible text is the
// literal text of the inline nodes, each character located in the input by
// scanning forward from the block's start (cmark keeps block source
// positions; inline literals are unescaped and entity-decoded, so the scan
// accepts "\*" for "*" and "&amp;" for "&").
#include <cmark.h>

#include <algorithm>
#include <cctype>
#include <memory>
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
    const std::size_t start = offset_of(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
    if (start > cursor_) cursor_ = start;
    const int end_line = cmark_node_get_end_line(node);
    limit_ = end_line > 0 ? std::min(src_.size(), offset_of(end_line + 1, 1)) : src_.size();
    if (limit_ < cursor_) limit_ = src_.size();
  }

  void end_block() { out_.paragraph_break(cursor_); }

  // A literal (text, code): each character found in the input.
  void literal(std::string_view text, bool keep_newlines) {
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t n = std::min(utf8_length(static_cast<unsigned char>(text[i])), text.size() - i);
      const std::string_view ch = text.substr(i, n);
      i += n;
      if (ch == "\n") {
        const std::size_t at = find_newline();
        if (keep_newlines) out_.paragraph_break(at);
        else out_.space(at, cursor_);
        continue;
      }
      locate(ch);
    }
  }

  // A soft or hard line break: the next line end in the input.
  void line_break() {
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

  // Whether src_[p] starts a character reference that cmark decodes to '&'
  // (&amp; &#38; &#x26;): then a decoded '&' there is the whole reference,
  // not the literal '&' it starts with.
  std::size_t ampersand_reference_end(std::size_t p) const {
    for (std::string_view ref : {"&amp;", "&#38;", "&#x26;", "&#X26;", "&#038;", "&#x0026;", "&#X0026;"}) {
      if (p + ref.size() <= limit_ && src_.compare(p, ref.size(), ref) == 0) return p + ref.size();
    }
    return 0;
  }

  void locate(std::string_view ch) {
    for (std::size_t p = cursor_; p < limit_; ++p) {
      if (ch == "&" && src_[p] == '&') {
        if (const std::size_t e = ampersand_reference_end(p)) {
          out_.add(ch, p, e);
          cursor_ = e;
          return;
        }
      }
      if (src_.compare(p, ch.size(), ch) == 0) {
        out_.add(ch, p, p + ch.size());
        cursor_ = p + ch.size();
        return;
      }
      // A code span turns each line ending inside it into a space.
      if (ch == " " && (src_[p] == '\n' || src_[p] == '\r')) {
        const std::size_t len = (src_[p] == '\r' && p + 1 < src_.size() && src_[p + 1] == '\n') ? 2 : 1;
        out_.add(ch, p, p + len);
        cursor_ = p + len;
        return;
      }
      if (src_[p] == '\\' && src_.compare(p + 1, ch.size(), ch) == 0) {
        out_.add(ch, p, p + 1 + ch.size());
        cursor_ = p + 1 + ch.size();
        return;
      }
      if (src_[p] == '&') {
        std::size_t e = p + 1;
        while (e < limit_ && e - p < 40 && (std::isalnum(static_cast<unsigned char>(src_[e])) || src_[e] == '#')) ++e;
        if (e > p + 1 && e < limit_ && src_[e] == ';') {
          out_.add(ch, p, e + 1);
          cursor_ = e + 1;
          return;
        }
      }
    }
    // Not found (should not happen): keep the character, of no width.
    out_.add(ch, cursor_, cursor_);
  }

  std::string_view src_;
  VisibleText& out_;
  std::size_t cursor_;
  std::size_t limit_ = 0;
  std::vector<std::size_t> line_start_;
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
          if (lit) scan.literal(lit, true);
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
        if (lit) scan.literal(lit, false);
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
