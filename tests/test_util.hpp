// Helpers shared by the unit tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace transdrift::test {

// The bytes of a file, exactly as stored (empty when it cannot be read).
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A file of the reference pair in corpus/digital-solidarity/.
inline std::string corpus_file(const std::string& name) {
  return read_file(std::string(TRANSDRIFT_SOURCE_DIR) + "/corpus/digital-solidarity/" + name);
}

}  // namespace transdrift::test
