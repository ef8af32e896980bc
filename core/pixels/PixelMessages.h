#pragma once

#include <QString>

// The words a person reads when a picture cannot be shown. Kept in one place so that the
// viewer, the file list and the reports all say the same thing.
namespace scanshield::pixels::messages {

QString couldNotOpen();           // missing, unreadable
QString notReadable();            // not DICOM, or too damaged to parse
QString noPicture();              // no pixel data (reports, ECGs, plans, folders' index files)
QString cutShort();               // the file ends before its picture does
QString unsupportedCompression(); // compressed with a method nothing here can decode
QString unsupportedStorage();     // pixels stored in a form nothing here can show (e.g. float)
QString damaged();                // the picture data is there but cannot be decoded
QString damagedFile();            // the file's structure is broken before the picture
QString noSuchFrame(int index, int count);
QString tooLarge();               // not enough memory

} // namespace scanshield::pixels::messages
