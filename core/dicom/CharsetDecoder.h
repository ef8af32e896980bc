#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace scanshield::dicom {

// Decodes the raw bytes of a DICOM text value (PN, LO, SH, ST, LT, UT, UC) as stored in the file,
// given the raw value of SpecificCharacterSet (0008,0005) (possibly multi-valued, backslash separated,
// possibly empty = ISO-IR 6 default). Trailing spaces/NULs are trimmed. Never throws; bytes that cannot
// be decoded become U+FFFD, never lost silently. For Person Names, '^' and '=' reset the code extension
// state to the default (PS3.5 6.1.2.5.3); for other VRs CR, LF, FF, TAB and '\\' do.
QString decodeDicomText(QByteArrayView raw, QByteArrayView specificCharacterSet, bool isPersonName);

// True when the character set term is one we decode (for messages): e.g. "ISO_IR 100", "ISO 2022 IR 87".
bool isKnownCharacterSet(const QByteArray& term);

} // namespace scanshield::dicom
