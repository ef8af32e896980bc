#pragma once

#include "media/InstanceHeader.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace scanshield::media {

class ElementSink;
class RandomAccessBytes;

// What reading one file's header found.
enum class HeaderOutcome {
    Ok,           // a DICOM header was read; header holds its fields
    NotDicom,     // no DICOM signature and nothing that looks like a dataset
    CutShort,     // the file ends in the middle of an element
    Damaged,      // the structure is inconsistent (impossible lengths, broken sequences)
    Unreadable,   // the operating system could not read the bytes
    Unsupported,  // the fast walker does not handle this encoding (big endian, deflate):
                  // the caller hands the file to DCMTK instead
};

struct HeaderResult {
    HeaderOutcome outcome = HeaderOutcome::Damaged;
    InstanceHeader header;
    QString detail; // technical detail for advocates, e.g. "element (0010,0010) runs past the end"
    // With an element sink: true when every element of the file reached it. A walk can stop
    // early (damage inside a sequence, after the pixel data) without changing the outcome,
    // which stays what the index needs.
    bool elementsComplete = false;
};

// The fast path of the disc index: walks the elements of a little-endian DICOM file (explicit
// or implicit VR, with or without the 128-byte preamble) up to the pixel data, skipping every
// value it does not need by offset, and stops there. It never reads pixel data. Everything is
// bounds-checked: a damaged file yields CutShort or Damaged, never a crash.
//
// It exists because a disc has thousands of files and the index must be close to the cost of
// reading a few kilobytes of each; anything unusual is reported as Unsupported so that the
// DCMTK reader (DcmtkHeaderReader) handles it. A test checks both agree on every shared file.
//
// With a sink, the walker also visits every element, nested sequences at any depth included,
// and the elements after the pixel data, and hands each to the sink (ElementSink.h), so the
// exposure report needs no second reading of the disc. The outcome and the header fields are
// the same with or without a sink.
HeaderResult parseHeaderFast(RandomAccessBytes& bytes, ElementSink* sink = nullptr);

// The files a DICOMDIR names (ReferencedFileID of every record, '/' separated, in record
// order), read by the same walker: a disc's table of contents without loading DCMTK's data
// dictionary. nullopt for anything unusual (big endian, nested records, damage): the caller
// then asks DCMTK (readDicomDir). A test checks both agree on every DICOMDIR we have.
std::optional<QStringList> readReferencedFilesFast(RandomAccessBytes& bytes);

} // namespace scanshield::media
