// Internal to the transdrift command: the output of `transdrift align`.
#pragma once

#include <string>

#include "transdrift/text.hpp"
#include "transdrift/types.hpp"

namespace transdrift::cli {

// JSON: an array of beads shaped like the report's "alignment"
// ({"original": [ids], "retranslated": [ids], "score": x}).
std::string alignment_json(const Alignment& alignment);

// Text: one bead per line, tab-separated: index, kind ("1-2"), score, the
// original sentences, the retranslated sentences. White space inside the
// sentences is collapsed to single spaces so every bead stays on one line.
std::string alignment_text(const Alignment& alignment, const Document& original, const Document& retranslated);

}  // namespace transdrift::cli
