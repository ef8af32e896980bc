#pragma once

#include <QString>

#include <array>
#include <cstdint>

namespace scanshield::media {

// One element met by the header walker (HeaderParse.h) in visiting mode.
struct RawElement {
    std::uint32_t tag = 0;
    char vr[2] = {'U', 'N'};      // as written; for implicit VR files from DCMTK's dictionary ("UN" when unknown)
    std::uint32_t length = 0;     // bytes of the value as stored
    // The value's bytes when the walker read them (values that may be text or numbers, up
    // to kMaxVisitedValueBytes), else null. Valid only during the call.
    const std::uint8_t* value = nullptr;
};

// What a VR's value is, as far as finding a person in it goes.
enum class VrKind : std::uint8_t {
    Other,    // binary data (OW, OF, SQ...): only counted
    Text,     // AE AS CS DA DS DT IS LO LT PN SH ST TM UC UI UR UT
    Numbers,  // binary numbers: AT FD FL SL SS SV UL US UV
    Bytes,    // UN and OB, which often hold a vendor's text
};

namespace detail {
constexpr std::array<VrKind, 26 * 26> makeVrKinds()
{
    std::array<VrKind, 26 * 26> kinds{};
    const auto set = [&kinds](const char* vr, VrKind kind) { kinds[std::size_t((vr[0] - 'A') * 26 + (vr[1] - 'A'))] = kind; };
    for (const char* vr : {"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST", "TM", "UC", "UI", "UR", "UT"})
        set(vr, VrKind::Text);
    for (const char* vr : {"AT", "FD", "FL", "SL", "SS", "SV", "UL", "US", "UV"})
        set(vr, VrKind::Numbers);
    for (const char* vr : {"UN", "OB"})
        set(vr, VrKind::Bytes);
    return kinds;
}
inline constexpr std::array<VrKind, 26 * 26> kVrKinds = makeVrKinds();
} // namespace detail

// A table lookup: the walker asks for every element.
inline VrKind vrKind(const char vr[2])
{
    const auto a = unsigned(vr[0] - 'A');
    const auto b = unsigned(vr[1] - 'A');
    return a < 26 && b < 26 ? detail::kVrKinds[a * 26 + b] : VrKind::Other;
}

// Values an element sink may want to read: text, numbers, and the unknown or byte values
// that often hold a vendor's text. Other binary values (OW, OF...) are only counted.
inline bool valueMayBeText(const char vr[2])
{
    return vrKind(vr) != VrKind::Other;
}

// Values longer than this are never read: a longer "text" is not text a person wrote.
inline constexpr std::uint32_t kMaxVisitedValueBytes = 1024 * 1024;

// Receives every element of a file as the header walker meets it, nested sequences at any
// depth included, so that the exposure report is made in the same pass that reads the disc
// (core/exposure/HeaderExaminer). Pixel data values are skipped by offset, never read.
//
// Calls for one file: beginFile, then element / enterSequence / enterItem / leaveItem /
// leaveSequence in file order, then endFile. endFile(false) means the walk did not finish
// (a damaged file, an encoding the walker leaves to DCMTK, or a file that is not in the
// index): the sink forgets what it got for that file.
class ElementSink {
public:
    virtual ~ElementSink() = default;
    virtual void beginFile(const QString& path) = 0;
    virtual void element(const RawElement& element) = 0;
    virtual void enterSequence(std::uint32_t tag) = 0;
    virtual void enterItem() = 0;
    virtual void leaveItem() = 0;
    virtual void leaveSequence() = 0;
    virtual void endFile(bool complete) = 0;
};

} // namespace scanshield::media
