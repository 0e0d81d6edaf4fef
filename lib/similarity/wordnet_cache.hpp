// The binary WordNet cache: the database pre-parsed once into one file that
// later opens memory-map and use in place, with no parsing.
//
// Where: Options::cache_dir, else $TRANSDRIFT_CACHE_DIR, else
// $XDG_CACHE_HOME/transdrift, else $HOME/.cache/transdrift; file name
// wordnet-<WordNet version>-f<kCacheFormat>-<16 hex digits: hash of the
// database directory>.bin. Built on first use (or when stale or damaged),
// written to a temporary file in the same directory and renamed over the old
// one, so a reader never sees a partial file and concurrent builders are
// safe. If no cache file can be written there, nothing is built (a build
// would be lost with the process): the text files are read instead.
//
// Format (all integers little-endian, fixed width; references are indices
// into sections, never pointers):
//
//   header, 64 bytes
//     0  char[8]  magic "TDWNCACH"
//     8  u32      format version (kCacheFormat)
//    12  u32      section count (kCacheSections)
//    16  u64      file size in bytes
//    24  u64      checksum of bytes [32, file size) (cache_checksum)
//    32  u64      fingerprint of the database files and of this build's
//                 lexicon code (source_fingerprint)
//    40  u32      senses kept per lemma and part of speech (kMaxSenses)
//    44  u32      0
//    48  char[16] WordNet version from data.noun's header, NUL padded
//   section table: per section u64 byte offset, u64 byte size
//   sections, each starting at a multiple of 8 bytes:
//     strings        u32 offsets[n + 1] into the string bytes; string i is
//                    bytes [offsets[i], offsets[i + 1]) (lemmas, synset
//                    words as in the data files, exception forms)
//     string bytes   char[]
//     collocation    u64 hash slots (collocation_prefix_table) over the
//      prefixes      collocation prefixes (add_collocation_prefixes) of the
//                    index lemmas and exception forms of all parts of speech
//     word data      what the lexicon works out for a word and otherwise
//                    computes on its first question (word_data_section):
//                    for a vocabulary of common single words (the lemmas
//                    tagged at least 5 times in data/word_freq.tsv, their
//                    regular inflections that morphy accepts, their
//                    exception-list forms), u64 slot count (a power of
//                    two), u64 key count, u64 record count, u64 0; u64 hash
//                    slots: key number + 1 (0: empty) in the low 32 bits,
//                    the high 32 bits of FNV-1a(key) in the high ones, at
//                    FNV-1a(key) & (slots - 1) with linear probing; u32 key
//                    begin[keys + 1] into the key bytes; u32 record number
//                    of each key; the key bytes; u64 record begin[records +
//                    1], byte offsets into the records, each a multiple of
//                    8; the records, one per distinct set of lemmas (words
//                    with the same lemmas per part of speech share one),
//                    each the word's relatedness data (senses, hypernym
//                    path, gloss vocabulary, bag sizes), relation data
//                    (senses, links, satellite heads, head antonyms) and
//                    lemmas, laid out as the lexicon's structs so that it
//                    uses them in place (layout in wordnet.cpp, "stored word
//                    data"); each u32 and u64 array padded to 8 bytes
//   and, for each part of speech (noun, verb, adj, adv), thirteen more:
//     index          u32 lemma string ids, sorted by lemma bytes;
//                    u32 sense begin[n + 1]; u32 synset offsets: the first
//                    kMaxSenses of each lemma, in index (frequency) order;
//                    u64 hash slots (a power of two, at least 2n): lemma
//                    number + 1, or 0 for empty, in the low 32 bits and the
//                    high 32 bits of FNV-1a(lemma) in the high ones (a
//                    probe reads no string of another hash), at
//                    FNV-1a(lemma) & (slots - 1) with linear probing; u32
//                    tagged-sense counts (tagsense_cnt of each lemma's
//                    index line)
//     synsets        u32 byte offsets in data.<pos>, ascending (the synset
//                    ids); u32 record begin[n + 1], byte offsets into the
//                    records: one per synset, all of it in one place, each
//                    starting at a multiple of 8 bytes: u8 type ('n' 'v' 'a'
//                    's' 'r'), u8 lexicographer file (lex_filenum, or
//                    kUnknownLexfile if malformed), u16 0, u32 word count,
//                    u32 pointer count, u32 content-word count; the content
//                    words of the synset's words and gloss definition as u64
//                    hashes (add_content_words), sorted, unique; the 8-byte
//                    pointers (u8 kind (PointerKind), u8 target part of
//                    speech, u8 source word, u8 target word, u32 target
//                    offset; only the kinds the lexicon uses); the words as
//                    in the data file, each a u32 length and its bytes;
//                    u32 buckets: for each 256 bytes of data.<pos>, the
//                    number of the first synset at or after their start,
//                    and one more entry after the last synset's bucket
//     exceptions     u32 inflected-form string ids, sorted by bytes;
//                    u32 base begin[n + 1]; u32 base string ids; u64 hash
//                    slots over the inflected forms, as for the index
//
// The cache holds exactly what the text source would answer: index lines
// that the text source's binary search finds, data records starting a line,
// the merged exception lists. A file is used only if its header, size,
// checksum, fingerprint and section table check out; anything else is
// rebuilt. Every read is bounds-checked as well, so even a damaged file that
// passed the checks could give wrong answers but not crash.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "similarity/wordnet_db.hpp"
#include "transdrift/wordnet.hpp"

namespace transdrift::wordnet_detail {

// Bump whenever the layout or anything the cache pre-computes changes: the
// parsers, add_content_words (stems, stopwords), the collocation prefixes,
// kMaxSenses, or how the lexicon computes a word's relation or relatedness
// data (the word data section stores them). A change to the lexicon's
// sources also changes the fingerprint (TRANSDRIFT_LEXICON_HASH, set by
// lib/similarity/similarity.cmake), so a forgotten bump costs a rebuild of
// the file, not stale answers.
// Format 2 added the tagged-sense counts and the lexicographer files, format
// 5 the part and member holonym pointers (PointerKind::kHolonym) and the
// collocation prefixes (formats 3 and 4 each held one of the two), format 6
// one record per synset in place of eight columns and a table of stems,
// buckets of synset offsets and hash fingerprints in the hash slots, format
// 7 the word data section.
inline constexpr std::uint32_t kCacheFormat = 7;

// False if options.use_cache is false, $TRANSDRIFT_WORDNET_CACHE is "off" or
// "0", or the machine is not little-endian.
bool cache_enabled(const WordNet::Options& options);

// $TRANSDRIFT_CACHE_DIR, else $XDG_CACHE_HOME/transdrift, else
// $HOME/.cache/transdrift; empty if none of them is set.
std::string default_cache_dir();

// The cache's file name for the database in `dir` (see above).
std::string cache_file_name(const std::string& dir, std::string_view version);

// Hash of the format, kMaxSenses, the directory and each database file's
// size, modification time and inode; nullopt if a file cannot be stat'ed.
std::optional<std::uint64_t> source_fingerprint(const std::string& dir);

// Checksum stored in the header.
std::uint64_t cache_checksum(std::string_view bytes);

// The cache image of `files`.
std::string build_cache(const DatabaseFiles& files, std::string_view version, std::uint64_t fingerprint);

// True if `bytes` is a well-formed cache of this format for `fingerprint`
// and `version`.
bool valid_cache(std::string_view bytes, std::uint64_t fingerprint, std::string_view version);

// How open_cache_source got its cache.
enum class CacheOrigin {
  kMapped,         // an existing valid file, memory-mapped
  kBuiltAndSaved,  // built, written to the cache directory, used from memory
  kBuiltNotSaved,  // built, but writing the file failed (e.g. disk full); used from memory
  kNotWritable,    // no cache directory, or no file can be created in it: no cache
};

// The cache source for the database in `dir` (whose `files` are mapped):
// maps the cache file in `cache_dir` (empty: default_cache_dir()) if it is
// valid, else builds it, saves it and uses it from memory. Null if no cache
// file can be created (kNotWritable) or the fingerprint cannot be taken; the
// caller then reads the text files.
std::unique_ptr<const WordNetSource> open_cache_source(const std::string& dir, const DatabaseFiles& files,
                                                       const std::string& version, const std::string& cache_dir,
                                                       CacheOrigin* origin = nullptr);

}  // namespace transdrift::wordnet_detail
