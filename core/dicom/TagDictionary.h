#pragma once

#include <QString>

#include <array>
#include <cstdint>

namespace scanshield::dicom {

// DCMTK's data dictionary, as the exposure report needs it: names for people and VRs for
// implicit VR files. Loading it takes about 10 ms, so it is loaded on first use, or ahead of
// time on another thread with preloadTagDictionary().

// Starts loading the dictionary on a background thread and returns at once.
void preloadTagDictionary();

// The VR the dictionary gives a tag ("PN", "SQ"...), "UN" when it does not know the tag.
// Private tags: "UN", except private creators (gggg,0010-00FF), which are "LO".
std::array<char, 2> dictionaryVr(std::uint32_t tag);

// The two letters a file would carry for one of DCMTK's VRs. DCMTK's internal VRs stand
// for values that are binary or numbers either way: "up" (a DICOMDIR offset) is UL, "xs" US,
// "ox" and "px" OB, "lt" OW; anything else it cannot name is UN.
std::array<char, 2> vrLettersOf(int dcmtkEvr);

// A tag's name for people ("Request Attributes Sequence"), from the dictionary's keyword with
// spaces put back; private tags are looked up with their creator. Empty when unknown.
QString tagName(std::uint32_t tag, const QString& privateCreator = QString());

// "(0040,0275)": how advocates write a tag.
QString tagNumber(std::uint32_t tag);

} // namespace scanshield::dicom
