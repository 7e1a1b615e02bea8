#pragma once
/// A streaming, pretty-printing JSON writer: reports of tens of thousands of findings are written
/// straight to the stream instead of through a DOM that costs ten times the output in memory.
#include <algorithm>
#include <cstdint>
#include <ostream>
#include <string_view>
#include <vector>

namespace crmflow {

class JsonStream {
 public:
  explicit JsonStream(std::ostream& out) : out_(out) {}
  ~JsonStream() { out_ << '\n'; }

  JsonStream& beginObject() { return open('{'); }
  JsonStream& endObject() { return close('}'); }
  JsonStream& beginArray() { return open('['); }
  JsonStream& endArray() { return close(']'); }

  JsonStream& key(std::string_view k) {
    separate();
    string(k);
    out_ << ": ";
    afterKey_ = true;
    return *this;
  }
  JsonStream& value(std::string_view s) { return scalar([&] { string(s); }); }
  JsonStream& value(const char* s) { return value(std::string_view(s)); }
  JsonStream& value(bool b) { return scalar([&] { out_ << (b ? "true" : "false"); }); }
  JsonStream& value(uint64_t n) { return scalar([&] { out_ << n; }); }
  JsonStream& value(uint32_t n) { return value(static_cast<uint64_t>(n)); }
  JsonStream& value(int n) { return scalar([&] { out_ << n; }); }

  template <class V>
  JsonStream& field(std::string_view k, const V& v) { return key(k).value(v); }

 private:
  template <class F>
  JsonStream& scalar(F write) {
    separate();
    write();
    return *this;
  }
  JsonStream& open(char c) {
    separate();
    out_ << c;
    first_.push_back(true);
    return *this;
  }
  JsonStream& close(char c) {
    bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline();
    out_ << c;
    return *this;
  }
  /// Comma and indentation before an element (nothing after a key).
  void separate() {
    if (afterKey_) {
      afterKey_ = false;
      return;
    }
    if (first_.empty()) return;
    if (!first_.back()) out_ << ',';
    first_.back() = false;
    newline();
  }
  void newline() {
    static constexpr std::string_view spaces = "                                                                ";
    out_.put('\n');
    for (std::size_t n = 2 * first_.size(); n > 0;) {
      std::size_t k = std::min(n, spaces.size());
      out_.write(spaces.data(), static_cast<std::streamsize>(k));
      n -= k;
    }
  }
  /// Writes runs of characters that need no escaping in one call: streams are slow per character.
  void string(std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out_.put('"');
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.write(s.data() + run, static_cast<std::streamsize>(i - run));
      run = i + 1;
      switch (c) {
        case '"': out_.write("\\\"", 2); break;
        case '\\': out_.write("\\\\", 2); break;
        case '\n': out_.write("\\n", 2); break;
        case '\r': out_.write("\\r", 2); break;
        case '\t': out_.write("\\t", 2); break;
        default: {
          const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
          out_.write(esc, 6);
        }
      }
    }
    out_.write(s.data() + run, static_cast<std::streamsize>(s.size() - run));
    out_.put('"');
  }

  std::ostream& out_;
  std::vector<bool> first_;  ///< per open container: no element written yet
  bool afterKey_ = false;
};

}  // namespace crmflow
