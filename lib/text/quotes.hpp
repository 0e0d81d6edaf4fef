// Quotations inside a paragraph.
#pragma once

#include "transdrift/text.hpp"
#include "transdrift/types.hpp"

namespace transdrift::text_detail {

// Finds the quotations among doc.tokens[tokens] (one paragraph, `paragraph`
// its span): appends the outermost ones to doc.quotes and sets Token::quoted
// on every token between the marks of any quotation, nested ones included.
void find_quotes(Document& doc, Span paragraph, TokenRange tokens);

}  // namespace transdrift::text_detail
