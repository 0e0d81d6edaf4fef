// Monolingual word alignment of an aligned pair (in the spirit of Sultan,
// Bethard & Sumner 2014, "Back to Basics for Monolingual Alignment"): exact
// forms first, then lemmas, names and acronyms, then WordNet relations; ties
// between candidates are broken by how many aligned neighbours agree.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "transdrift/scorer.hpp"
#include "transdrift/text.hpp"
#include "transdrift/wordnet.hpp"

namespace transdrift {

class WordVectors;

struct WordAlignerOptions {
  // Link strengths by kind (how much of a word's weight a link covers).
  double lemma_strength = 0.95;
  double synonym_strength = 0.85;
  double related_strength = 0.6;
  double entity_strength = 0.9;
  // Link WordNet collocations of 2-3 words to the words or collocations of
  // the other side that WordNet relates to them ("look for" / "seek").
  bool collocations = true;
  // Optional user-supplied word vectors: after the WordNet passes, still
  // unlinked content words whose cosine is at least vector_min_cosine are
  // linked as kRelated with strength related_strength * cosine.
  const WordVectors* vectors = nullptr;
  double vector_min_cosine = 0.6;
  // Beads with more word pairs than this (words of one side times words of
  // the other; 1,000,000 is 1,000 words a side) are aligned by hashing only:
  // exact forms, then shared lemmas, each word paired with the first unlinked
  // occurrence of its key in order. The passes that compare every pair
  // (WordNet relations, stems, acronyms, vectors) would take minutes on a
  // text without sentence punctuation, which arrives as one huge "sentence".
  std::size_t max_pairwise_pairs = 1'000'000;
};

// Aligns the word and number tokens of two token ranges. `wordnet` may be
// null: then only exact, number and acronym links are made.
WordAlignment align_words(const Document& original, TokenRange original_tokens,
                          const Document& retranslated, TokenRange retranslated_tokens,
                          const WordNet* wordnet, const WordAlignerOptions& options = {});

// What the aligner reads of each word token of a range, in token order: the
// similarity features need the same, so align_words can hand it over rather
// than have it worked out twice.
struct WordToken {
  std::size_t token = 0;          // index into Document::tokens
  std::string key;                // wordclass::match_key
  bool function = false;          // of its norm or key
  std::optional<double> number;   // wordclass::number_value of its norm
};

// align_words, and the word tokens of the two ranges in `original_words`
// and `retranslated_words` (replacing their contents).
WordAlignment align_words(const Document& original, TokenRange original_tokens,
                          const Document& retranslated, TokenRange retranslated_tokens,
                          const WordNet* wordnet, const WordAlignerOptions& options,
                          std::vector<WordToken>& original_words, std::vector<WordToken>& retranslated_words);

// True for tokens that carry words (kWord or kNumber).
bool is_word_token(const Token& token);

}  // namespace transdrift
