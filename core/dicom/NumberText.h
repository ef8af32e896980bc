#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace scanshield::dicom {

// The values of a binary number element (US, SS, UL, SL, FL, FD, SV, UV, AT) written as DICOM
// writes numbers in text: separated by backslashes ("512", "0.5\0.5", "(0010,0010)").
// `bytes` are little endian, as stored in a little-endian file. nullopt for another VR, a
// length that is not a whole number of values, or more than kMaxNumbersAsText values (a
// lookup table is not something a person reads).
inline constexpr int kMaxNumbersAsText = 256;
std::optional<QString> numbersAsText(const char vr[2], const std::uint8_t* bytes, std::uint32_t length);

} // namespace scanshield::dicom
