// Names of the enums of the public API: one name per concept, used in code,
// JSON and docs alike.
#include <array>
#include <string>
#include <utility>

#include "transdrift/result.hpp"
#include "transdrift/types.hpp"

namespace transdrift {
namespace {

template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [e, name] : table)
    if (e == value) return name;
  return "unknown";
}

template <class E, std::size_t N>
std::optional<E> parse_name(const std::array<std::pair<E, std::string_view>, N>& table,
                            std::string_view name) {
  for (const auto& [e, n] : table)
    if (n == name) return e;
  return std::nullopt;
}

constexpr std::array<std::pair<Category, std::string_view>, 4> kCategories{{
    {Category::kOmission, "omission"},
    {Category::kAddition, "addition"},
    {Category::kMistranslation, "mistranslation"},
    {Category::kMoved, "moved"},
}};
constexpr std::array<std::pair<Severity, std::string_view>, 3> kSeverities{{
    {Severity::kMinor, "minor"},
    {Severity::kMajor, "major"},
    {Severity::kCritical, "critical"},
}};
constexpr std::array<std::pair<Check, std::string_view>, 13> kChecks{{
    {Check::kSentence, "sentence"},
    {Check::kPartial, "partial"},
    {Check::kLexical, "lexical"},
    {Check::kFragment, "fragment"},
    {Check::kAttribution, "attribution"},
    {Check::kNumber, "number"},
    {Check::kEntity, "entity"},
    {Check::kQuote, "quote"},
    {Check::kNegation, "negation"},
    {Check::kModality, "modality"},
    {Check::kStructure, "structure"},
    {Check::kMoved, "moved"},
    {Check::kPlaceholder, "placeholder"},
}};
constexpr std::array<std::pair<ErrorCode, std::string_view>, 7> kErrorCodes{{
    {ErrorCode::kInvalidArgument, "invalid_argument"},
    {ErrorCode::kInvalidUtf8, "invalid_utf8"},
    {ErrorCode::kEmptyInput, "empty_input"},
    {ErrorCode::kBinaryInput, "binary_input"},
    {ErrorCode::kIoError, "io_error"},
    {ErrorCode::kDataMissing, "data_missing"},
    {ErrorCode::kInternal, "internal"},
}};

}  // namespace

std::string_view to_string(Side side) { return side == Side::kOriginal ? "original" : "retranslated"; }
std::string_view to_string(Category c) { return name_of(kCategories, c); }
std::string_view to_string(Severity s) { return name_of(kSeverities, s); }
std::string_view to_string(Check c) { return name_of(kChecks, c); }
std::string_view to_string(ErrorCode code) { return name_of(kErrorCodes, code); }
std::optional<Category> parse_category(std::string_view name) { return parse_name(kCategories, name); }
std::optional<Severity> parse_severity(std::string_view name) { return parse_name(kSeverities, name); }
std::optional<Check> parse_check(std::string_view name) { return parse_name(kChecks, name); }

std::string Bead::kind() const {
  return std::to_string(original.size()) + "-" + std::to_string(retranslated.size());
}

}  // namespace transdrift
