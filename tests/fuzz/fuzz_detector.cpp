// Fuzz target: the whole pipeline, Detector::run on two inputs, then every
// report writer. The fuzz input is split at its first 0xFF byte (a byte that
// never occurs in UTF-8) into the original and the retranslation; without
// one, at its middle. Every sentence aligner is also run on the two parsed
// documents.
//
// Checks beyond "no crash": a failed run names an input error; a report
// keeps its invariants (every sentence of both inputs in exactly one bead,
// in order; findings inside their inputs and beads); every writer accepts it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_check.hpp"
#include "transdrift/transdrift.hpp"

namespace {

using namespace transdrift;

const Detector& detector() {
  static const Detector* d = [] {
    Result<Detector> made = Detector::create(Options{});
    if (!made.ok()) {
      std::fprintf(stderr, "fuzz_detector: %s\n", made.error().message.c_str());
      std::exit(2);
    }
    return new Detector(std::move(made).value());
  }();
  return *d;
}

void check_alignment(const Alignment& a, const Document& o, const Document& r) {
  std::size_t next_o = 0, next_r = 0;
  for (const Bead& b : a.beads) {
    TRANSDRIFT_FUZZ_CHECK(!b.original.empty() || !b.retranslated.empty());
    for (std::size_t id : b.original) TRANSDRIFT_FUZZ_CHECK(id == next_o++);
    for (std::size_t id : b.retranslated) TRANSDRIFT_FUZZ_CHECK(id == next_r++);
    TRANSDRIFT_FUZZ_CHECK(b.score >= 0.0 && b.score <= 1.0);
  }
  TRANSDRIFT_FUZZ_CHECK(next_o == o.sentences.size());
  TRANSDRIFT_FUZZ_CHECK(next_r == r.sentences.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::size_t cut = input.find('\xFF');
  const std::size_t skip = cut == std::string::npos ? 0 : 1;
  if (cut == std::string::npos) cut = size / 2;
  const std::string original = input.substr(0, cut);
  const std::string retranslated = input.substr(cut + skip);

  Result<Report> report = detector().run(Input{original, "original"}, Input{retranslated, "retranslated"});
  if (!report.ok()) {
    const Error& e = report.error();
    TRANSDRIFT_FUZZ_CHECK(e.code == ErrorCode::kInvalidUtf8 || e.code == ErrorCode::kBinaryInput ||
                          e.code == ErrorCode::kEmptyInput || e.code == ErrorCode::kInvalidArgument);
    TRANSDRIFT_FUZZ_CHECK(e.message.find('\n') == std::string::npos);
    // The same error as parsing the inputs alone.
    Result<Document> o = parse_document(original);
    Result<Document> r = parse_document(retranslated);
    TRANSDRIFT_FUZZ_CHECK(!o.ok() || !r.ok());
    TRANSDRIFT_FUZZ_CHECK(e.code == (!o.ok() ? o.error() : r.error()).code);
    return 0;
  }

  const Report& rep = *report;
  TRANSDRIFT_FUZZ_CHECK(rep.original.text == original && rep.retranslated.text == retranslated);
  fuzz::check_document(rep.original);
  fuzz::check_document(rep.retranslated);
  check_alignment(rep.alignment, rep.original, rep.retranslated);
  TRANSDRIFT_FUZZ_CHECK(rep.words.size() == rep.alignment.beads.size());
  for (const Finding& f : rep.findings) {
    TRANSDRIFT_FUZZ_CHECK(f.bead < rep.alignment.beads.size());
    TRANSDRIFT_FUZZ_CHECK(fuzz::fits(f.original, rep.original) && fuzz::fits(f.retranslated, rep.retranslated));
    TRANSDRIFT_FUZZ_CHECK(f.score >= 0.0 && f.score <= 1.0);
    TRANSDRIFT_FUZZ_CHECK(f.explanation.find('\n') == std::string::npos);
  }
  std::size_t counted = 0;
  for (const auto& [severity, n] : rep.summary.by_severity) counted += n;
  TRANSDRIFT_FUZZ_CHECK(counted == rep.findings.size());
  TRANSDRIFT_FUZZ_CHECK(rep.summary.similarity >= 0.0 && rep.summary.similarity <= 1.0);

  for (const std::string& name : report_writer_names()) {
    Result<std::unique_ptr<ReportWriter>> writer = make_report_writer(name);
    TRANSDRIFT_FUZZ_CHECK(writer.ok());
    std::ostringstream out;
    TRANSDRIFT_FUZZ_CHECK((*writer)->write(rep, out).ok());
  }

  for (const std::string& name : aligner_names()) {
    Result<std::unique_ptr<Aligner>> aligner = make_aligner(name);
    TRANSDRIFT_FUZZ_CHECK(aligner.ok());
    Result<Alignment> a = (*aligner)->align(rep.original, rep.retranslated);
    TRANSDRIFT_FUZZ_CHECK(a.ok());
    check_alignment(*a, rep.original, rep.retranslated);
  }
  return 0;
}
