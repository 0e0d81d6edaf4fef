// Runs the whole pipeline through the installed package: two sentences, one
// number changed. Exit 0 if the library works and finds the change.
#include <iostream>
#include <sstream>
#include <string>

#include <transdrift/transdrift.hpp>

int main() {
  if (std::string(transdrift::version()) != TRANSDRIFT_VERSION_STRING) {
    std::cerr << "consumer: header version " << TRANSDRIFT_VERSION_STRING << " but library "
              << transdrift::version() << '\n';
    return 1;
  }
  auto detector = transdrift::Detector::create(transdrift::Options{});
  if (!detector.ok()) {
    std::cerr << "consumer: " << detector.error().message << '\n';
    return 1;
  }
  auto report = detector->run("The treaty was signed in 2024 by four countries. It takes effect in May.",
                              "The treaty was signed in 2023 by four countries. It takes effect in May.");
  if (!report.ok()) {
    std::cerr << "consumer: " << report.error().message << '\n';
    return 1;
  }
  auto writer = transdrift::make_report_writer("json");
  std::ostringstream json;
  if (!writer.ok() || !(*writer)->write(*report, json).ok()) {
    std::cerr << "consumer: cannot write the report\n";
    return 1;
  }
  std::cout << "consumer: " << report->alignment.beads.size() << " beads, " << report->findings.size()
            << " findings, " << json.str().size() << " bytes of JSON\n";
  if (report->alignment.beads.size() != 2 || report->findings.empty()) {
    std::cerr << "consumer: expected 2 beads and the changed year\n";
    return 1;
  }
  return 0;
}
