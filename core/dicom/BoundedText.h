#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctagkey.h>

#include <QByteArray>

#include <optional>

class DcmElement;
class DcmItem;

namespace scanshield::dicom {

// Values longer than this are not text a reader of ours needs (the fast header walker keeps
// the same limit for the same attributes).
inline constexpr Uint32 kMaxTextValueBytes = 64 * 1024;

// An element's value as DCMTK gives it as text (values joined by '\'), read only when its
// stored length is at most maxBytes; nothing otherwise, without loading it. A damaged file
// may claim gigabytes for an element it does not hold: DCMTK then allocates the claimed
// length to read it, and writes a value it cannot type (OB, UN) as hex digits, three bytes
// for one (a 2 KB file claimed 1.6 GB for its Specific Character Set; tests/fuzz).
std::optional<QByteArray> boundedText(DcmElement& element, Uint32 maxBytes = kMaxTextValueBytes);
// The same for the attribute `tag` of `item` (not searched in nested items).
std::optional<QByteArray> boundedText(DcmItem& item, const DcmTagKey& tag, Uint32 maxBytes = kMaxTextValueBytes);

} // namespace scanshield::dicom
