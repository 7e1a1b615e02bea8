#pragma once
/// Small string utilities shared by the loader and the report: suggestions, UTF-8, hashing.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace crmflow {

/// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
std::optional<std::string_view> closest(std::string_view word, std::span<const std::string_view> candidates);

/// " (did you mean 'x'?)" or "".
std::string didYouMean(std::string_view word, std::span<const std::string_view> candidates);

/// Byte offset of the first invalid UTF-8 sequence, if any.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

/// 1-based line and column (in code points) of a byte offset.
std::pair<uint32_t, uint32_t> lineColumnOf(std::string_view text, std::size_t offset);

/// 64-bit FNV-1a, printed as 16 hex digits: stable across platforms and runs.
std::string stableHash(std::string_view text);

/// "a, b and c" style joining with quotes: 'a', 'b', 'c'.
std::string quotedList(std::span<const std::string> items);

}  // namespace crmflow
